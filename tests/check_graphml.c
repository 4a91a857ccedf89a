/*
 * check_graphml.c - the GraphML reader: what real writers produce, every
 * feature of the format, every error class, every input source.
 */
#include "testutil.h"

#include <dirent.h>
#include <fcntl.h>
#include <iconv.h>
#include <math.h>
#include <stdint.h>
#include <sys/stat.h>
#include <unistd.h>

static size_t edge_by_id(const sn_graph *g, const char *id)
{
	size_t e = (size_t)-1;
	ck_assert_msg(sn_graph_edge_find(g, id, &e) == SN_OK, "no edge %s", id);
	return e;
}

static const char *str(const sn_graph *g, sn_domain d, const char *name, size_t i)
{
	const char *s = NULL;
	sn_status st = sn_attr_get_string(g, key(g, d, name), d, i, &s);
	return st == SN_OK ? s : NULL;
}

static double num(const sn_graph *g, sn_domain d, const char *name, size_t i)
{
	double x = -12345;
	ck_assert_int_eq(sn_attr_get_double(g, key(g, d, name), d, i, &x), SN_OK);
	return x;
}

START_TEST(networkx_multigraph)
{
	sn_graph *g = load_fixture("graphml/networkx-multigraph.graphml");
	size_t kr = vertex(g, "KR"), uz = vertex(g, "UZ"), k;
	int b;
	int64_t l;

	ck_assert_uint_eq(sn_graph_vertex_count(g), 7);
	ck_assert_uint_eq(sn_graph_edge_count(g), 8);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	ck_assert_uint_eq(sn_key_count(g), 11);
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "label", uz), "Uzbekistan");
	ck_assert_str_eq(str(g, SN_DOMAIN_GRAPH, "name", 0), "actors");
	ck_assert_double_eq(num(g, SN_DOMAIN_NODE, "lat", kr), 37.57);
	k = key(g, SN_DOMAIN_NODE, "landlocked");
	ck_assert_int_eq(sn_attr_get_bool(g, k, SN_DOMAIN_NODE, uz, &b), SN_OK); /* "True" */
	ck_assert_int_eq(b, 1);
	ck_assert_int_eq(sn_attr_get_bool(g, k, SN_DOMAIN_NODE, kr, &b), SN_OK); /* "False" */
	ck_assert_int_eq(b, 0);
	ck_assert_int_eq(sn_attr_get_bool(g, k, SN_DOMAIN_NODE, vertex(g, "ADB"), &b), SN_ENOTFOUND);
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_NODE, "population"), SN_DOMAIN_NODE,
	                                  vertex(g, "CN"), &l), SN_OK);
	ck_assert_int_eq(l, 1410000000LL);
	/* the parallel KR-UZ edges (trade, aid) and the CN self-loop are kept */
	{
		size_t s, t, n = 0;
		for (size_t e = 0; e < sn_graph_edge_count(g); e++) {
			sn_graph_edge_endpoints(g, e, &s, &t);
			if ((s == kr && t == uz) || (s == uz && t == kr))
				n++;
		}
		ck_assert_uint_eq(n, 2);
		ck_assert_str_eq(str(g, SN_DOMAIN_EDGE, "relation", 7), "policy");
		sn_graph_edge_endpoints(g, 7, &s, &t);
		ck_assert_uint_eq(s, t);
	}
	/* NetworkX repeats multigraph keys as edge ids: kept, with a note */
	ck_assert_str_eq(sn_graph_edge_id(g, 0), "0");
	ck_assert_str_eq(sn_graph_edge_id(g, 1), "1");
	ck_assert_str_eq(sn_graph_edge_id(g, 2), "0");
	ck_assert_uint_eq(edge_by_id(g, "0"), 0);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 0), "used more than once"));
	sn_graph_free(g);
	ASSERT_FINALLY_EMPTY();
}
END_TEST

START_TEST(networkx_digraph_exact_numbers)
{
	sn_graph *g = load_fixture("graphml/networkx-digraph.graphml");
	size_t a = vertex(g, "a"), kbig = key(g, SN_DOMAIN_NODE, "big");
	int64_t l;
	double d;

	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	/* beyond 2^53: a double would round it */
	ck_assert_int_eq(sn_attr_get_long(g, kbig, SN_DOMAIN_NODE, a, &l), SN_OK);
	ck_assert_int_eq(l, (int64_t)4611686018427387905LL);
	ck_assert_double_eq(num(g, SN_DOMAIN_NODE, "ratio", a), 1.0 / 3.0);
	ck_assert_double_infinite(num(g, SN_DOMAIN_EDGE, "km", 2)); /* "inf" */
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_EDGE, "days"), SN_DOMAIN_EDGE, 0, &l), SN_OK);
	ck_assert_int_eq(l, 3);
	ck_assert_int_eq(sn_attr_get_double(g, kbig, SN_DOMAIN_NODE, vertex(g, "c"), &d), SN_ENOTFOUND);
	sn_graph_free(g);
}
END_TEST

/* NetworkX's way with an attribute of ints and floats: a double key and a
 * long key of one name. One double column, a warning, the long key not
 * written back. */
START_TEST(networkx_number_keys_merged)
{
	static const char doc[] =
		"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
		"<key id=\"d1\" for=\"edge\" attr.name=\"km\" attr.type=\"double\"/>"
		"<key id=\"d0\" for=\"edge\" attr.name=\"km\" attr.type=\"long\"/>"
		"<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>"
		"<edge source=\"a\" target=\"b\"><data key=\"d0\">100</data></edge>"
		"<edge source=\"b\" target=\"c\"><data key=\"d1\">250.5</data></edge>"
		"</graph></graphml>";
	sn_graph *g;
	size_t k;
	double x;
	char *text;
	size_t len;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "nx", NULL), SN_OK);
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_EDGE, "km", &k), SN_OK);
	ck_assert_str_eq(sn_key_id(g, k), "d1");
	ck_assert_int_eq(sn_attr_get_double(g, k, SN_DOMAIN_EDGE, 0, &x), SN_OK);
	ck_assert_double_eq(x, 100);
	ck_assert_int_eq(sn_attr_get_double(g, k, SN_DOMAIN_EDGE, 1, &x), SN_OK);
	ck_assert_double_eq(x, 250.5);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 0), "read as one double column (1 values moved)"));
	ck_assert_int_eq(sn_graph_write_graphml_memory(&text, &len, g, NULL), SN_OK);
	ck_assert_ptr_null(strstr(text, "\"d0\""));
	ck_assert_ptr_nonnull(strstr(text, "<data key=\"d1\">100</data>"));
	sn_free(text);
	sn_graph_free(g);
}
END_TEST

/* What silknet writes of g it reads back, and writes again the same;
 * returns the first text (the caller frees it with sn_free). */
static char *assert_round_trip(const sn_graph *g)
{
	sn_graph *back;
	char *text, *text2;
	size_t len, len2;

	ck_assert_int_eq(sn_graph_write_graphml_memory(&text, &len, g, NULL), SN_OK);
	ck_assert_msg(sn_graph_read_graphml_memory(&back, text, len, "again", NULL) == SN_OK, "%s", sn_last_error());
	ck_assert_int_eq(sn_graph_write_graphml_memory(&text2, &len2, back, NULL), SN_OK);
	ck_assert_str_eq(text2, text);
	sn_free(text2);
	sn_graph_free(back);
	return text;
}

/* An attribute silknet does not interpret survives the round trip, even
 * alone beside source and target. */
START_TEST(single_extra_attribute_kept)
{
	static const char doc[] = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
	                          "<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>"
	                          "<edge source=\"a\" target=\"b\" foo=\"1\"/></graph></graphml>";
	sn_graph *g;
	char *text;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "extra", NULL), SN_OK);
	text = assert_round_trip(g);
	ck_assert_ptr_nonnull(strstr(text, "<edge source=\"a\" target=\"b\" foo=\"1\"/>"));
	sn_free(text);
	sn_graph_free(g);
}
END_TEST

/* A namespace declared on the element that uses it (yEd Live declares
 * its y: on <key>) reaches <graphml>, where the writer declares them, so
 * that what silknet writes it reads back the same. */
START_TEST(inner_namespace_declarations_kept)
{
	static const char doc[] = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
	                          "<key id=\"d0\" for=\"node\" attr.name=\"n\" attr.type=\"string\" "
	                          "xmlns:y=\"http://www.yworks.com/xml/yfiles-common/4.0\" y:attr.uri=\"u\"/>"
	                          "<graph edgedefault=\"undirected\">"
	                          "<node id=\"a\" xmlns:z=\"http://z.org\" z:flag=\"1\"/></graph></graphml>";
	sn_graph *g;
	char *text;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "ns", NULL), SN_OK);
	text = assert_round_trip(g);
	ck_assert_ptr_nonnull(strstr(text, "xmlns:z=\"http://z.org\""));
	ck_assert_ptr_nonnull(strstr(text, "xmlns:y=\"http://www.yworks.com/xml/yfiles-common/4.0\""));
	sn_free(text);
	sn_graph_free(g);
}
END_TEST

/* Names longer than any buffer: an attribute of 601 characters and a
 * verbatim element of 700 read back the same. */
START_TEST(long_names_kept)
{
	char name[702], attr[602], *doc = malloc(4096), *text;
	sn_graph *g;
	size_t len;

	ck_assert_ptr_nonnull(doc);
	memset(name, 'q', 700);
	name[700] = '\0';
	attr[0] = 'a';
	memset(attr + 1, 'b', 600);
	attr[601] = '\0';
	len = (size_t)snprintf(doc, 4096,
	                       "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><key id=\"d0\" for=\"node\" "
	                       "yfiles.type=\"nodegraphics\"/><graph edgedefault=\"undirected\"><node id=\"a\" %s=\"1\">"
	                       "<data key=\"d0\"><%s x=\"1\"><inner/></%s></data></node></graph></graphml>",
	                       attr, name, name);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "long", NULL), SN_OK);
	text = assert_round_trip(g);
	ck_assert_ptr_nonnull(strstr(text, attr));
	sn_free(text);
	sn_graph_free(g);
	free(doc);
}
END_TEST

/* A million skipped elements must not take a million notes. */
START_TEST(warnings_capped)
{
	static const char head[] =
		"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"undirected\"><node id=\"a\"/>";
	static const char tail[] = "</graph></graphml>";
	size_t n = 5000, len = strlen(head) + 4 * n + strlen(tail);
	char *doc = malloc(len + 1), *p = doc;
	sn_graph *g;

	ck_assert_ptr_nonnull(doc);
	p += sprintf(p, "%s", head);
	for (size_t i = 0; i < n; i++)
		p += sprintf(p, "<x/>");
	sprintf(p, "%s", tail);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "many", NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_warning_count(g), 201);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 199), "skipped element <x>"));
	ck_assert_str_eq(sn_graph_warning(g, 200), "and 4800 more notes like these");
	ck_assert_ptr_null(sn_graph_warning(g, 201));
	sn_graph_free(g);
	free(doc);
}
END_TEST

START_TEST(igraph_written)
{
	sn_graph *g = load_fixture("graphml/igraph-corridors.graphml");
	const igraph_t *ig = sn_graph_igraph(g);

	ck_assert_uint_eq(sn_graph_vertex_count(g), 5);
	ck_assert_uint_eq(sn_graph_edge_count(g), 6);
	ck_assert_int_eq(igraph_vcount(ig), 5);
	ck_assert_int_eq(igraph_ecount(ig), 6);
	ck_assert_int_ne(igraph_is_directed(ig), 0);
	ck_assert_str_eq(sn_graph_id(g), "G");
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "name", vertex(g, "n4")), "Istanbul");
	ck_assert_double_eq(num(g, SN_DOMAIN_EDGE, "km", 3), 1750.0);
	sn_graph_free(g);
}
END_TEST

START_TEST(cytoscape_names_shared_across_domains)
{
	sn_graph *g = load_fixture("graphml/cytoscape.graphml");
	int64_t l;
	int b;

	/* one attr.name, three keys: each domain finds its own */
	ck_assert_str_eq(str(g, SN_DOMAIN_GRAPH, "name", 0), "Korea–Central Asia");
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "name", vertex(g, "130")), "Uzbekistan");
	ck_assert_str_eq(str(g, SN_DOMAIN_EDGE, "name", 0), "Republic of Korea (aid) Uzbekistan");
	ck_assert_str_eq(sn_key_id(g, key(g, SN_DOMAIN_NODE, "SUID")), "node SUID");
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_EDGE, "SUID"), SN_DOMAIN_EDGE, 0, &l), SN_OK);
	ck_assert_int_eq(l, 132);
	ck_assert_int_eq(sn_attr_get_bool(g, key(g, SN_DOMAIN_NODE, "selected"), SN_DOMAIN_NODE, 1, &b), SN_OK);
	ck_assert_int_eq(b, 1);
	sn_graph_free(g);
}
END_TEST

START_TEST(handwritten_features)
{
	sn_graph *g = load_fixture("graphml/handwritten.graphml");
	size_t kr = vertex(g, "KR"), uz = vertex(g, "UZ"), eu = vertex(g, "EU"), s, t, e;
	size_t knote = key(g, SN_DOMAIN_NODE, "note");
	int64_t l;
	int b;

	ck_assert_uint_eq(sn_graph_vertex_count(g), 5);
	ck_assert_uint_eq(sn_graph_edge_count(g), 5);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	ck_assert_str_eq(sn_graph_id(g), "actors");
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_GRAPH, 0), "five actors");
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_NODE, kr), "Republic of Korea");
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_EDGE, edge_by_id(g, "e2")), "parallel");
	ck_assert_ptr_null(sn_graph_desc(g, SN_DOMAIN_NODE, uz));

	/* for="all": one key, values on the graph, a node and an edge */
	ck_assert_int_eq(sn_key_domain(g, knote), SN_DOMAIN_ALL);
	ck_assert_uint_eq(key(g, SN_DOMAIN_EDGE, "note"), knote);
	ck_assert_str_eq(str(g, SN_DOMAIN_GRAPH, "note", 0), "graph-level note");
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "note", eu), "note on a node");
	ck_assert_str_eq(str(g, SN_DOMAIN_EDGE, "note", edge_by_id(g, "e1")), "forward reference");

	/* defaults apply where an element has no value of its own */
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "kind", kr), "state");
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "kind", eu), "bloc");
	ck_assert_str_eq(sn_key_default(g, key(g, SN_DOMAIN_NODE, "kind")), "state");
	ck_assert_double_eq(num(g, SN_DOMAIN_EDGE, "weight", edge_by_id(g, "e2")), 1.0);
	ck_assert_double_eq(num(g, SN_DOMAIN_EDGE, "weight", edge_by_id(g, "e1")), 2.5); /* " 2.5 " */
	ck_assert_double_infinite(num(g, SN_DOMAIN_EDGE, "weight", edge_by_id(g, "e4")));
	ck_assert_double_eq(num(g, SN_DOMAIN_EDGE, "weight", 4), 1e-320); /* subnormal, kept */
	ck_assert_int_eq(sn_attr_get_bool(g, key(g, SN_DOMAIN_EDGE, "member"), SN_DOMAIN_EDGE, 1, &b), SN_OK);
	ck_assert_int_eq(b, 1);
	ck_assert_int_eq(sn_attr_get_bool(g, key(g, SN_DOMAIN_EDGE, "member"), SN_DOMAIN_EDGE, 0, &b), SN_OK);
	ck_assert_int_eq(b, 0);

	/* exact integers at the limits */
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_NODE, "big"), SN_DOMAIN_NODE, kr, &l), SN_OK);
	ck_assert_int_eq(l, 9007199254740993LL);
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_NODE, "big"), SN_DOMAIN_NODE, uz, &l), SN_OK);
	ck_assert_int_eq(l, INT64_MIN);
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_NODE, "rank"), SN_DOMAIN_NODE, kr, &l), SN_OK);
	ck_assert_int_eq(l, INT32_MIN);
	ck_assert_double_eq(num(g, SN_DOMAIN_NODE, "score", uz), 0.1); /* a float, read as written */
	/* attr.type absent means string; strings keep their spaces */
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_NODE, "untyped")), SN_TYPE_STRING);
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "untyped", uz), "  spaced & kept  ");

	/* the edge declared before its nodes, the parallel edge, the self-loop */
	sn_graph_edge_endpoints(g, edge_by_id(g, "e1"), &s, &t);
	ck_assert_uint_eq(s, kr);
	ck_assert_uint_eq(t, uz);
	sn_graph_edge_endpoints(g, edge_by_id(g, "e3"), &s, &t);
	ck_assert_uint_eq(s, eu);
	ck_assert_uint_eq(t, eu);
	ck_assert_ptr_null(sn_graph_edge_id(g, 4));
	ck_assert_int_eq(sn_graph_edge_find(g, "e9", &e), SN_ENOTFOUND);
	ck_assert_uint_eq(sn_graph_warning_count(g), 0);
	{
		size_t n, memb[5];
		ck_assert_int_eq(sn_graph_components(g, memb, 5, &n), SN_OK);
		ck_assert_uint_eq(n, 3);
		ck_assert_uint_eq(memb[kr], memb[vertex(g, "KOICA")]);
		ck_assert_uint_ne(memb[kr], memb[eu]);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(nested_graphs_flattened)
{
	sn_graph *g = load_fixture("graphml/nested.graphml");
	size_t p;

	ck_assert_uint_eq(sn_graph_vertex_count(g), 7);
	ck_assert_uint_eq(sn_graph_edge_count(g), 2);
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "KZ"), &p), SN_ENOTFOUND);
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "Aktau"), &p), SN_OK);
	ck_assert_uint_eq(p, vertex(g, "KZ"));
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "Aktau-grain"), &p), SN_OK);
	ck_assert_uint_eq(p, vertex(g, "Aktau"));
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "Baku"), &p), SN_OK);
	ck_assert_uint_eq(p, vertex(g, "AZ"));
	/* an edge between nested graphs joins them */
	{
		size_t s, t;
		sn_graph_edge_endpoints(g, 1, &s, &t);
		ck_assert_uint_eq(s, vertex(g, "Aktau-ferry"));
		ck_assert_uint_eq(t, vertex(g, "Baku"));
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(yed_kept_verbatim)
{
	sn_graph *g = load_fixture("graphml/yed-groups.graphml");
	size_t n0 = vertex(g, "n0"), p, k;
	const char *s;

	ck_assert_uint_eq(sn_graph_vertex_count(g), 4);
	ck_assert_uint_eq(sn_graph_edge_count(g), 2);
	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "n0::n1"), &p), SN_OK);
	ck_assert_uint_eq(p, n0);
	ck_assert_int_eq(sn_key_find_id(g, "d6", &k), SN_OK);
	ck_assert_int_eq(sn_key_type(g, k), SN_TYPE_OPAQUE);
	ck_assert_int_eq(sn_key_domain(g, k), SN_DOMAIN_NODE);
	ck_assert_int_eq(sn_attr_get_string(g, k, SN_DOMAIN_NODE, n0, &s), SN_OK);
	/* markup kept as yEd wrote it, byte for byte */
	ck_assert_ptr_nonnull(strstr(s, "<y:ProxyAutoBoundsNode>"));
	ck_assert_ptr_nonnull(strstr(s, "<y:Geometry height=\"120.0\" width=\"200.0\" x=\"0.0\" y=\"0.0\"/>"));
	ck_assert_ptr_nonnull(strstr(s, ">Uzbekistan &amp; its ports</y:NodeLabel>"));
	ck_assert_int_eq(sn_key_find_id(g, "d1", &k), SN_OK);
	ck_assert_int_eq(sn_key_domain(g, k), SN_DOMAIN_OTHER);
	/* CDATA in a string key is its text */
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "url", n0), "https://en.wikipedia.org/wiki/Uzbekistan");
	ck_assert_str_eq(str(g, SN_DOMAIN_NODE, "description", vertex(g, "n0::n1")), "dry port");
	ck_assert_str_eq(str(g, SN_DOMAIN_GRAPH, "Description", 0), "");
	/* one note per key kept verbatim */
	ck_assert_uint_eq(sn_graph_warning_count(g), 6);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 0), "yed-groups.graphml:5:3: key 'd1' (yfiles.type) kept verbatim"));
	sn_graph_free(g);
}
END_TEST

START_TEST(mixed_directedness)
{
	sn_graph *g = load_fixture("graphml/gephi-mixed.graphml");
	size_t twin, s, t;
	const igraph_t *ig;

	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	ck_assert_uint_eq(sn_graph_edge_count(g), 4); /* 3 read, 1 reverse twin */
	ck_assert_int_eq(sn_graph_edge_twin(g, 0, &twin), SN_ENOTFOUND);
	ck_assert_int_eq(sn_graph_edge_twin(g, 3, &twin), SN_OK);
	ck_assert_uint_eq(twin, 1);
	sn_graph_edge_endpoints(g, 3, &s, &t);
	ck_assert_uint_eq(s, vertex(g, "2"));
	ck_assert_uint_eq(t, vertex(g, "1"));
	ck_assert_double_eq(num(g, SN_DOMAIN_EDGE, "weight", 3), 1.5);
	ck_assert_str_eq(str(g, SN_DOMAIN_EDGE, "Edge Label", 3), "rail");
	ck_assert_double_eq(num(g, SN_DOMAIN_NODE, "x", 0), -42.6193);
	ig = sn_graph_igraph(g);
	ck_assert_int_ne(igraph_is_directed(ig), 0);
	ck_assert_int_eq(igraph_ecount(ig), 4);
	sn_graph_free(g);
}
END_TEST

/* ---- sources ---- */

static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	ck_assert_ptr_nonnull(fp);
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	ck_assert_uint_eq(fread(buf, 1, (size_t)n, fp), (size_t)n);
	buf[n] = '\0';
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

START_TEST(every_source_reads_the_same)
{
	const char *path = test_data_path("graphml/handwritten.graphml");
	sn_graph *a, *b, *c, *d;
	size_t len;
	char *buf = slurp(path, &len);
	FILE *fp;
	int fd;

	a = load_fixture("graphml/handwritten.graphml");
	ck_assert_int_eq(sn_graph_read_graphml_memory(&b, buf, len, "mem", NULL), SN_OK);
	fp = fopen(path, "rb");
	ck_assert_int_eq(sn_graph_read_graphml_file(&c, fp, NULL, NULL), SN_OK);
	fclose(fp);
	fd = open(path, O_RDONLY);
	ck_assert_int_eq(sn_graph_read_graphml_fd(&d, fd, "fd", NULL), SN_OK);
	close(fd);
	for (sn_graph **x = (sn_graph *[]){ b, c, d }, **end = x + 3; x < end; x++) {
		ck_assert_uint_eq(sn_graph_vertex_count(*x), sn_graph_vertex_count(a));
		ck_assert_uint_eq(sn_graph_edge_count(*x), sn_graph_edge_count(a));
		ck_assert_uint_eq(sn_key_count(*x), sn_key_count(a));
		for (size_t v = 0; v < sn_graph_vertex_count(a); v++)
			ck_assert_str_eq(sn_graph_vertex_id(*x, v), sn_graph_vertex_id(a, v));
	}
	/* memory errors name the given name */
	{
		sn_graph *e = (sn_graph *)0x1;
		ck_assert_int_eq(sn_graph_read_graphml_memory(&e, "<graphml><graph>", 16, "chunk", NULL), SN_EPARSE);
		ck_assert_ptr_null(e);
	}
	ck_assert_int_eq(strncmp(sn_last_error(), "chunk:1:", 8), 0);
	sn_graph_free(a);
	sn_graph_free(b);
	sn_graph_free(c);
	sn_graph_free(d);
	free(buf);
}
END_TEST

/* yEd's markup is kept as the input's bytes: comments, CDATA, references
 * and empty elements as written, across the reader's buffer boundaries,
 * from memory, a stream and a descriptor. A namespace bound outside the
 * fragment is declared in it. Input libxml2 converts (UTF-16) is rebuilt
 * from the parse instead, to the same meaning. */
static char *yed_doc(size_t pad, const char *encoding, size_t *len)
{
	size_t cap = pad + 4096;
	char *doc = malloc(cap), *p;
	int n;

	ck_assert_ptr_nonnull(doc);
	n = snprintf(doc, cap,
	             "<?xml version=\"1.0\" encoding=\"%s\"?>\n"
	             "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
	             "<key id=\"d0\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
	             "<graph edgedefault=\"directed\" xmlns:z=\"urn:z\">\n"
	             "<node id=\"n0\"><data key=\"d0\"><y:ShapeNode><!-- kept --><y:Geometry x=\"1\" y=\"2\"/>"
	             "<y:NodeLabel a=\"x &gt; y&#10;z\">\xc3\x9cr\xc3\xbcmqi &amp; &#233; <![CDATA[<raw>]]></y:NodeLabel>"
	             "<z:Extra/></y:ShapeNode></data></node>\n"
	             "<node id=\"n1\"><data key=\"d0\" xmlns:w=\"urn:w\"><w:thing q=\"1\"><w:inner/></w:thing></data></node>\n"
	             "<node id=\"n2\"><data key=\"d0\"/></node>\n"
	             "<node id=\"n3\"><data key=\"d0\">\n  <y:ShapeNode><y:Pad>", encoding);
	p = doc + n;
	for (size_t i = 0; i < pad; i++)
		*p++ = (char)('a' + i % 26);
	p += snprintf(p, cap - (size_t)(p - doc),
	              "</y:Pad><y:NodeLabel>far</y:NodeLabel></y:ShapeNode>\n</data   ></node>\n"
	              "</graph></graphml>\n");
	*len = (size_t)(p - doc);
	return doc;
}

static const char *graphics(const sn_graph *g, size_t v)
{
	const char *s = NULL;
	ck_assert_int_eq(sn_attr_get_string(g, key(g, SN_DOMAIN_NODE, "d0") , SN_DOMAIN_NODE, v, &s), SN_OK);
	return s;
}

START_TEST(yed_markup_cut_from_input)
{
	size_t len, pad = 300000;
	char *doc = yed_doc(pad, "UTF-8", &len), dir[256], path[300], *expect3, *written;
	const char *start3 = strstr(doc, "\n  <y:ShapeNode><y:Pad>"), *end3 = strstr(doc, "</data   >");
	sn_graph *g[3], *back;
	sn_read_opts o;
	FILE *fp;
	int fd;

	/* not with a key that is no data key: this key's id is d0 */
	test_temp_dir(dir, sizeof dir);
	snprintf(path, sizeof path, "%s/yed.graphml", dir);
	fp = fopen(path, "wb");
	ck_assert_uint_eq(fwrite(doc, 1, len, fp), len);
	fclose(fp);
	ck_assert_msg(sn_graph_read_graphml_memory(&g[0], doc, len, "mem", NULL) == SN_OK, "%s", sn_last_error());
	fp = fopen(path, "rb");
	ck_assert_msg(sn_graph_read_graphml_file(&g[1], fp, "stream", NULL) == SN_OK, "%s", sn_last_error());
	fclose(fp);
	fd = open(path, O_RDONLY);
	ck_assert_msg(sn_graph_read_graphml_fd(&g[2], fd, "fd", NULL) == SN_OK, "%s", sn_last_error());
	close(fd);
	expect3 = strndup(start3, (size_t)(end3 - start3));
	for (int i = 0; i < 3; i++) {
		ck_assert_str_eq(graphics(g[i], 0),
		                 "<y:ShapeNode><!-- kept --><y:Geometry x=\"1\" y=\"2\"/><y:NodeLabel a=\"x &gt; y&#10;z\">"
		                 "\xc3\x9cr\xc3\xbcmqi &amp; &#233; <![CDATA[<raw>]]></y:NodeLabel>"
		                 "<z:Extra xmlns:z=\"urn:z\"/></y:ShapeNode>");
		ck_assert_str_eq(graphics(g[i], 1),
		                 "<w:thing q=\"1\" xmlns:w=\"urn:w\"><w:inner xmlns:w=\"urn:w\"/></w:thing>");
		ck_assert_str_eq(graphics(g[i], 2), "");
		ck_assert_uint_eq(strlen(graphics(g[i], 3)), strlen(expect3));
		ck_assert_msg(strcmp(graphics(g[i], 3), expect3) == 0, "the long value differs");
		ck_assert_str_eq(sn_graph_vertex_label(g[i], 3), "far");
	}
	/* written and read again: the same values */
	ck_assert_int_eq(sn_graph_write_graphml_memory(&written, &len, g[0], NULL), SN_OK);
	ck_assert_msg(sn_graph_read_graphml_memory(&back, written, len, "again", NULL) == SN_OK, "%s", sn_last_error());
	for (size_t v = 0; v < 4; v++)
		ck_assert_str_eq(graphics(back, v), graphics(g[0], v));
	sn_free(written);
	sn_graph_free(back);
	for (int i = 0; i < 3; i++)
		sn_graph_free(g[i]);

	/* the limit on a value's length holds for markup kept verbatim */
	ck_assert_int_eq(sn_read_opts_init(&o, SN_READ_OPTS_VERSION), SN_OK);
	o.max_value_bytes = 1000;
	ck_assert_int_eq(sn_graph_read_graphml(&back, path, &o), SN_EPARSE);
	ck_assert_ptr_null(back);
	ck_assert_msg(strstr(sn_last_error(), ":8:") != NULL, "%s", sn_last_error());
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "value longer than 1000 bytes"));
	unlink(path);
	rmdir(dir);
	free(expect3);
	free(doc);
}
END_TEST

/* The same document in UTF-16: libxml2 converts it, so the markup is
 * rebuilt from the parse, with the same meaning. */
START_TEST(yed_markup_rebuilt_from_utf16)
{
	size_t len, out_len, left;
	char *doc = yed_doc(1000, "UTF-16", &len), *u16, *in, *out;
	iconv_t cd = iconv_open("UTF-16LE", "UTF-8");
	sn_graph *g;

	ck_assert(cd != (iconv_t)-1);
	out_len = 2 * len + 2;
	u16 = malloc(out_len);
	u16[0] = (char)0xff, u16[1] = (char)0xfe;
	in = doc, out = u16 + 2, left = out_len - 2;
	ck_assert(iconv(cd, &in, &len, &out, &left) != (size_t)-1);
	iconv_close(cd);
	ck_assert_msg(sn_graph_read_graphml_memory(&g, u16, (size_t)(out - u16), "utf16", NULL) == SN_OK, "%s",
	              sn_last_error());
	/* the comment is not a parse event libxml2 hands over here */
	ck_assert_str_eq(graphics(g, 0), "<y:ShapeNode><y:Geometry x=\"1\" y=\"2\"></y:Geometry><y:NodeLabel a=\"x > y&#10;z\">"
	                                 "\xc3\x9cr\xc3\xbcmqi &amp; \xc3\xa9 <![CDATA[<raw>]]></y:NodeLabel>"
	                                 "<z:Extra xmlns:z=\"urn:z\"></z:Extra></y:ShapeNode>");
	ck_assert_str_eq(graphics(g, 1), "<w:thing xmlns:w=\"urn:w\" q=\"1\"><w:inner xmlns:w=\"urn:w\"></w:inner></w:thing>");
	ck_assert_str_eq(sn_graph_vertex_label(g, 3), "far");
	sn_graph_free(g);
	free(u16);
	free(doc);
}
END_TEST

/* Edges whose ends are names are looked up a few edges later: the ends,
 * the first undeclared end reported (with its own tag's position), and the
 * nodes created for undeclared ends, in document order, are as before,
 * also beside a numbered end that is missing. */
START_TEST(named_ends_found_later_in_order)
{
	char doc[8192];
	size_t len = 0, k = 0, n;
	sn_graph *g;
	sn_read_opts o;

	len += (size_t)snprintf(doc + len, sizeof doc - len,
	                        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">\n");
	for (int i = 0; i < 30; i++)
		len += (size_t)snprintf(doc + len, sizeof doc - len, "<node id=\"city-%c%c\"/>\n", 'a' + i % 26, 'a' + i / 26);
	/* 40 edges: line 32 on; edge 5 names 'ghost', edge 9 the numbered
	 * 'n7' (the first numbered id), edge 25 'phantom' */
	for (int i = 0; i < 40; i++) {
		char a[16], b[16];
		snprintf(a, sizeof a, "city-%c%c", 'a' + i % 30 % 26, 'a' + i % 30 / 26);
		snprintf(b, sizeof b, "city-%c%c", 'a' + (i * 7 + 3) % 30 % 26, 'a' + (i * 7 + 3) % 30 / 26);
		len += (size_t)snprintf(doc + len, sizeof doc - len, "  <edge source=\"%s\" target=\"%s\"/>\n", a,
		                        i == 5 ? "ghost" : i == 9 ? "n7" : i == 25 ? "phantom" : b);
	}
	len += (size_t)snprintf(doc + len, sizeof doc - len, "</graph></graphml>\n");
	ck_assert_uint_lt(len, sizeof doc);

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "named", NULL), SN_EPARSE);
	ck_assert_str_eq(sn_last_error(),
	                 "named:37:3: edge from 'city-fa' to 'ghost' names undeclared target node 'ghost'");

	ck_assert_int_eq(sn_read_opts_init(&o, SN_READ_OPTS_VERSION), SN_OK);
	o.flags = SN_READ_CREATE_MISSING;
	ck_assert_msg(sn_graph_read_graphml_memory(&g, doc, len, "named", &o) == SN_OK, "%s", sn_last_error());
	n = sn_graph_vertex_count(g);
	ck_assert_uint_eq(n, 33);
	ck_assert_str_eq(sn_graph_vertex_id(g, 30), "ghost");
	ck_assert_str_eq(sn_graph_vertex_id(g, 31), "n7");
	ck_assert_str_eq(sn_graph_vertex_id(g, 32), "phantom");
	for (int i = 0; i < 40; i++) {
		char a[16], b[16];
		size_t from, to;
		snprintf(a, sizeof a, "city-%c%c", 'a' + i % 30 % 26, 'a' + i % 30 / 26);
		snprintf(b, sizeof b, "city-%c%c", 'a' + (i * 7 + 3) % 30 % 26, 'a' + (i * 7 + 3) % 30 / 26);
		ck_assert_int_eq(sn_graph_edge_endpoints(g, (size_t)i, &from, &to), SN_OK);
		ck_assert_str_eq(sn_graph_vertex_id(g, from), a);
		ck_assert_str_eq(sn_graph_vertex_id(g, to), i == 5 ? "ghost" : i == 9 ? "n7" : i == 25 ? "phantom" : b);
		k++;
	}
	ck_assert_uint_eq(k, 40);
	sn_graph_free(g);
}
END_TEST

START_TEST(options)
{
	sn_read_opts opts;
	sn_graph *g = NULL;
	const char *strict_path = test_data_path("graphml/yed-groups.graphml");
	static const char longval[] =
		"<graphml><key id='s' for='node' attr.type='string'/><graph edgedefault='directed'>"
		"<node id='a'><data key='s'>0123456789abcdef</data></node></graph></graphml>";

	ck_assert_int_eq(sn_read_opts_init(&opts, 99), SN_EINVAL);
	ck_assert_int_eq(sn_read_opts_init(&opts, SN_READ_OPTS_VERSION), SN_OK);
	opts.flags = SN_READ_STRICT;
	ck_assert_int_eq(sn_graph_read_graphml(&g, strict_path, &opts), SN_EPARSE);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), ":5:3: key 'd1' has attr.type 'yfiles.type' that silknet does not interpret (strict mode)"));

	/* edges to undeclared nodes: an error, or with the flag, new nodes */
	opts.flags = SN_READ_CREATE_MISSING;
	ck_assert_int_eq(sn_graph_read_graphml(&g, test_data_path("graphml/invalid/unknown-target.graphml"), &opts),
	                 SN_OK);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 2);
	ck_assert_uint_eq(vertex(g, "KZ"), 1);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	sn_graph_free(g);

	opts.flags = 0;
	opts.max_value_bytes = 10;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, longval, sizeof longval - 1, "long", &opts), SN_EPARSE);
	ck_assert_str_eq(sn_last_error(), "long:1:96: value longer than 10 bytes");
	opts.max_value_bytes = 16;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, longval, sizeof longval - 1, "long", &opts), SN_OK);
	sn_graph_free(g);
	opts.version = 7;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, longval, sizeof longval - 1, "long", &opts), SN_EINVAL);
}
END_TEST

START_TEST(hints_and_oddities)
{
	sn_graph *g;
	/* absurd parse hints are hints, not allocations */
	static const char huge_hint[] = "<graphml><graph edgedefault='undirected' parse.nodes='99999999999999' "
	                                "parse.edges='-1'><node id='a'/></graph></graphml>";
	static const char no_graph[] = "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'/>";
	static const char no_edgedefault[] = "<graphml><graph><node id='a'/><node id='b'/>"
	                                     "<edge source='a' target='b'/></graph></graphml>";
	static const char two_graphs[] = "<graphml><graph edgedefault='directed'><node id='a'/></graph>"
	                                 "<graph edgedefault='directed'><node id='b'/></graph></graphml>";
	static const char foreign[] = "<graphml xmlns='http://graphml.graphdrawing.org/xmlns' xmlns:z='urn:z'>"
	                              "<graph edgedefault='directed'><z:meta>x</z:meta><node id='a'><z:pos/></node>"
	                              "</graph></graphml>";
	static const char directed_edges[] = "<graphml><graph edgedefault='undirected'><node id='a'/><node id='b'/>"
	                                     "<edge source='a' target='b' directed='true'/></graph></graphml>";

	static const char amp[] = "<graphml><graph edgedefault='directed'><node id='a&amp;b'/>"
	                          "<node id=\"x&#38;y&lt;&#x41;\"/><edge source='a&amp;b' target='x&amp;y&lt;A'/>"
	                          "</graph></graphml>";

	/* entities and character references in attribute values */
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, amp, sizeof amp - 1, NULL, NULL), SN_OK);
	ck_assert_str_eq(sn_graph_vertex_id(g, 0), "a&b");
	ck_assert_str_eq(sn_graph_vertex_id(g, 1), "x&y<A");
	ck_assert_uint_eq(sn_graph_edge_count(g), 1);
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, huge_hint, sizeof huge_hint - 1, NULL, NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, no_graph, sizeof no_graph - 1, NULL, NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 0);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	ck_assert_ptr_nonnull(sn_graph_igraph(g));
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, no_edgedefault, sizeof no_edgedefault - 1, "x", NULL),
	                 SN_OK);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	ck_assert_str_eq(sn_graph_warning(g, 0), "x:1:10: <graph> without edgedefault: read as undirected");
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, two_graphs, sizeof two_graphs - 1, "x", NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 0), "second top-level <graph>"));
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, foreign, sizeof foreign - 1, "x", NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_warning_count(g), 2);
	ck_assert_ptr_nonnull(strstr(sn_graph_warning(g, 0), "skipped element <z:meta> in <graph>"));
	sn_graph_free(g);
	/* every edge directed: the graph is directed, whatever edgedefault said */
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, directed_edges, sizeof directed_edges - 1, "x", NULL),
	                 SN_OK);
	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	sn_graph_free(g);
}
END_TEST


/* ---- writing ---- */

static void assert_same_value(const sn_graph *a, const sn_graph *b, size_t ka, size_t kb, sn_domain d, size_t i)
{
	char *ta = NULL, *tb = NULL;
	sn_status sa = sn_attr_format(&ta, a, ka, d, i), sb = sn_attr_format(&tb, b, kb, d, i);

	ck_assert_int_eq(sa, sb);
	ck_assert_int_eq(sn_attr_is_set(a, ka, d, i), sn_attr_is_set(b, kb, d, i));
	if (sa == SN_OK) {
		ck_assert_str_eq(ta, tb);
		if (sn_key_type(a, ka) == SN_TYPE_DOUBLE || sn_key_type(a, ka) == SN_TYPE_FLOAT) {
			double x, y;
			sn_attr_get_double(a, ka, d, i, &x);
			sn_attr_get_double(b, kb, d, i, &y);
			ck_assert_msg(memcmp(&x, &y, sizeof x) == 0 || (isnan(x) && isnan(y)), "%.17g != %.17g", x, y);
		}
		if (sn_key_type(a, ka) == SN_TYPE_LONG) {
			int64_t x, y;
			sn_attr_get_long(a, ka, d, i, &x);
			sn_attr_get_long(b, kb, d, i, &y);
			ck_assert_double_eq(x, y);
		}
	}
	sn_free(ta);
	sn_free(tb);
}

static void assert_same_graph(const sn_graph *a, const sn_graph *b)
{
	size_t nv = sn_graph_vertex_count(a), ne = sn_graph_edge_count(a), nk = sn_key_count(a);

	ck_assert_uint_eq(sn_graph_vertex_count(b), nv);
	ck_assert_uint_eq(sn_graph_edge_count(b), ne);
	ck_assert_int_eq(sn_graph_is_directed(b), sn_graph_is_directed(a));
	ck_assert_uint_eq(sn_key_count(b), nk);
	ck_assert_pstr_eq(sn_graph_id(b), sn_graph_id(a));
	ck_assert_pstr_eq(sn_graph_desc(b, SN_DOMAIN_GRAPH, 0), sn_graph_desc(a, SN_DOMAIN_GRAPH, 0));
	for (size_t v = 0; v < nv; v++) {
		size_t pa, pb;
		sn_status sa = sn_graph_vertex_parent(a, v, &pa), sb = sn_graph_vertex_parent(b, v, &pb);
		ck_assert_str_eq(sn_graph_vertex_id(b, v), sn_graph_vertex_id(a, v));
		ck_assert_pstr_eq(sn_graph_desc(b, SN_DOMAIN_NODE, v), sn_graph_desc(a, SN_DOMAIN_NODE, v));
		ck_assert_int_eq(sa, sb);
		if (sa == SN_OK)
			ck_assert_uint_eq(pa, pb);
	}
	for (size_t e = 0; e < ne; e++) {
		size_t sa, ta, sb, tb, wa, wb;
		sn_graph_edge_endpoints(a, e, &sa, &ta);
		sn_graph_edge_endpoints(b, e, &sb, &tb);
		ck_assert_uint_eq(sa, sb);
		ck_assert_uint_eq(ta, tb);
		ck_assert_pstr_eq(sn_graph_edge_id(b, e), sn_graph_edge_id(a, e));
		ck_assert_pstr_eq(sn_graph_desc(b, SN_DOMAIN_EDGE, e), sn_graph_desc(a, SN_DOMAIN_EDGE, e));
		ck_assert_int_eq(sn_graph_edge_twin(a, e, &wa), sn_graph_edge_twin(b, e, &wb));
	}
	for (size_t k = 0; k < nk; k++) {
		sn_domain d = sn_key_domain(a, k);
		ck_assert_str_eq(sn_key_id(b, k), sn_key_id(a, k));
		ck_assert_pstr_eq(sn_key_name(b, k), sn_key_name(a, k));
		ck_assert_int_eq(sn_key_domain(b, k), d);
		ck_assert_int_eq(sn_key_type(b, k), sn_key_type(a, k));
		ck_assert_str_eq(sn_key_type_name(b, k), sn_key_type_name(a, k));
		ck_assert_pstr_eq(sn_key_default(b, k), sn_key_default(a, k));
		if (d == SN_DOMAIN_OTHER)
			continue;
		if (d & SN_DOMAIN_GRAPH)
			assert_same_value(a, b, k, k, SN_DOMAIN_GRAPH, 0);
		if (d & SN_DOMAIN_NODE)
			for (size_t v = 0; v < nv; v++)
				assert_same_value(a, b, k, k, SN_DOMAIN_NODE, v);
		if (d & SN_DOMAIN_EDGE)
			for (size_t e = 0; e < ne; e++)
				assert_same_value(a, b, k, k, SN_DOMAIN_EDGE, e);
	}
}

/* Every fixture: read, write, read gives the same graph, and writing that
 * again gives the same text. */
START_TEST(roundtrip_every_fixture)
{
	static const char *const fixtures[] = {
		"networkx-multigraph", "networkx-digraph", "igraph-corridors", "handwritten", "nested",
		"yed-groups", "gephi-mixed", "cytoscape",
	};
	for (size_t i = 0; i < sizeof fixtures / sizeof fixtures[0]; i++) {
		char rel[128], *text1, *text2;
		size_t len1, len2;
		sn_graph *a, *b, *c;
		snprintf(rel, sizeof rel, "graphml/%s.graphml", fixtures[i]);
		a = load_fixture(rel);
		ck_assert_msg(sn_graph_write_graphml_memory(&text1, &len1, a, NULL) == SN_OK, "%s", sn_last_error());
		ck_assert_uint_eq(strlen(text1), len1);
		ck_assert_msg(sn_graph_read_graphml_memory(&b, text1, len1, rel, NULL) == SN_OK, "%s: %s", rel,
		              sn_last_error());
		assert_same_graph(a, b);
		ck_assert_int_eq(sn_graph_write_graphml_memory(&text2, &len2, b, NULL), SN_OK);
		ck_assert_msg(len1 == len2 && strcmp(text1, text2) == 0, "%s: second write differs", rel);
		/* compact output reads back the same too */
		sn_free(text2);
		{
			sn_write_opts o = SN_WRITE_OPTS_INIT;
			o.flags = SN_WRITE_COMPACT;
			ck_assert_int_eq(sn_graph_write_graphml_memory(&text2, &len2, b, &o), SN_OK);
			ck_assert_int_eq(sn_graph_read_graphml_memory(&c, text2, len2, rel, NULL), SN_OK);
			assert_same_graph(a, c);
			sn_graph_free(c);
		}
		sn_free(text1);
		sn_free(text2);
		sn_graph_free(a);
		sn_graph_free(b);
		ASSERT_FINALLY_EMPTY();
	}
}
END_TEST

START_TEST(written_text)
{
	sn_graph *g = load_fixture("graphml/yed-groups.graphml");
	char *t;

	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, NULL, g, NULL), SN_OK);
	/* namespaces, yEd's key attributes, node attributes and verbatim data kept */
	ck_assert_ptr_nonnull(strstr(t, "xmlns:y=\"http://www.yworks.com/xml/graphml\""));
	ck_assert_ptr_nonnull(strstr(t, "<key id=\"d6\" for=\"node\" yfiles.type=\"nodegraphics\"/>"));
	ck_assert_ptr_nonnull(strstr(t, "<node id=\"n0\" yfiles.foldertype=\"group\">"));
	ck_assert_ptr_nonnull(strstr(t, ">Uzbekistan &amp; its ports</y:NodeLabel>"));
	ck_assert_ptr_nonnull(strstr(t, "<graph id=\"n0:\" edgedefault=\"directed\">"));
	ck_assert_ptr_nonnull(strstr(t, "<data key=\"d7\">\n    <y:Resources/>\n  </data>\n</graphml>"));
	sn_free(t);
	sn_graph_free(g);

	g = load_fixture("graphml/gephi-mixed.graphml");
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, NULL, g, NULL), SN_OK);
	ck_assert_ptr_nonnull(strstr(t, "<edge id=\"1\" source=\"1\" target=\"2\" directed=\"false\">"));
	ck_assert_ptr_null(strstr(t, "<edge source=\"2\" target=\"1\""));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

START_TEST(write_built_graph)
{
	sn_graph *g, *back;
	size_t k, kl, e;
	char *t;
	size_t len;

	ck_assert_int_eq(sn_graph_new(&g, 1), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Tashkent", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Ал-маты <\"&'>", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, 0, 1, NULL, &e), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "km", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &k), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "note", SN_DOMAIN_ALL, SN_TYPE_STRING, &kl), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, e, 0.1 + 0.2), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, kl, SN_DOMAIN_NODE, 1, "line one\nline two\r\n\ttab  "), SN_OK);
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, &len, g, NULL), SN_OK);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&back, t, len, "built", NULL), SN_OK);
	assert_same_graph(g, back);
	sn_free(t);
	sn_graph_free(back);

	/* XML 1.0 cannot carry a control character: an error, not a broken file */
	ck_assert_int_eq(sn_attr_set_string(g, kl, SN_DOMAIN_EDGE, e, "bell\x07"), SN_OK);
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, &len, g, NULL), SN_EINVAL);
	ck_assert_ptr_null(t);
	ck_assert_str_eq(sn_last_error(), "note of edge 0 holds a control character or invalid UTF-8, which XML 1.0 "
	                                  "cannot carry");
	ck_assert_int_eq(sn_attr_set_string(g, kl, SN_DOMAIN_EDGE, e, "\xff\xfe"), SN_OK);
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, &len, g, NULL), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

static char *read_file(const char *path)
{
	size_t len;
	return slurp(path, &len);
}

START_TEST(write_atomically)
{
	char dir[4096], path[4200], bad[4300];
	sn_graph *g = load_fixture("graphml/handwritten.graphml"), *back;
	struct stat sb;
	char *text;
	FILE *fp;

	snprintf(path, sizeof path, "%s/out.graphml", test_temp_dir(dir, sizeof dir));
	/* an existing file is replaced whole and keeps its permissions */
	fp = fopen(path, "w");
	fputs("old", fp);
	fclose(fp);
	chmod(path, 0640);
	ck_assert_int_eq(sn_graph_write_graphml(g, path, NULL), SN_OK);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(sb.st_mode & 0777, 0640);
	ck_assert_int_eq(sn_graph_read_graphml(&back, path, NULL), SN_OK);
	assert_same_graph(g, back);
	sn_graph_free(back);

	/* a failed write leaves the old file as it was and no temporary behind */
	{
		size_t k;
		ck_assert_int_eq(sn_key_add(g, "bad", SN_DOMAIN_NODE, SN_TYPE_STRING, &k), SN_OK);
		ck_assert_int_eq(sn_attr_set_string(g, k, SN_DOMAIN_NODE, 0, "\x01"), SN_OK);
		text = read_file(path);
		ck_assert_int_eq(sn_graph_write_graphml(g, path, NULL), SN_EINVAL);
		{
			char *after = read_file(path);
			ck_assert_str_eq(after, text);
			free(after);
		}
		free(text);
		ck_assert_int_eq(sn_attr_unset(g, k, SN_DOMAIN_NODE, 0), SN_OK);
	}
	{
		DIR *d = opendir(dir);
		struct dirent *de;
		int n = 0;
		while ((de = readdir(d)))
			n += de->d_name[0] != '.';
		closedir(d);
		ck_assert_int_eq(n, 1);
	}
	/* a directory that does not exist, a file in the way */
	snprintf(bad, sizeof bad, "%s/missing/out.graphml", dir);
	ck_assert_int_eq(sn_graph_write_graphml(g, bad, NULL), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "missing/out.graphml: cannot write: No such file or directory"));
	snprintf(bad, sizeof bad, "%s/x", path);
	ck_assert_int_eq(sn_graph_write_graphml(g, bad, NULL), SN_EIO);
	/* a full disk */
	fp = fopen("/dev/full", "w");
	if (fp) {
		ck_assert_int_eq(sn_graph_write_graphml_file(g, fp, NULL), SN_EIO);
		ck_assert_ptr_nonnull(strstr(sn_last_error(), "No space left on device"));
		fclose(fp);
	}
	unlink(path);
	rmdir(dir);
	sn_graph_free(g);
}
END_TEST

START_TEST(write_options)
{
	sn_write_opts o;
	sn_graph *g = load_fixture("graphml/handwritten.graphml");
	char *t = (char *)0x1;

	ck_assert_int_eq(sn_write_opts_init(&o, 0), SN_EINVAL);
	ck_assert_int_eq(sn_write_opts_init(&o, SN_WRITE_OPTS_VERSION), SN_OK);
	o.version = 9;
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, NULL, g, &o), SN_EINVAL);
	ck_assert_ptr_null(t);
	ck_assert_int_eq(sn_graph_write_graphml_memory(&t, NULL, NULL, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_graph_write_graphml(g, NULL, NULL), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

/* Every tests/data/graphml/invalid/NAME.graphml fails with the
 * "LINE:COL: message" of NAME.err. */
/* Numbers take a fast path when they are plain decimals: every shape of
 * decimal, near and past its limits (15 digits, 22 fractional places), must
 * read back bit for bit as strtod reads it, and floats as strtod then float. */
/* A column whose first values never repeat is stored without interning;
 * a value seen again later is then a second copy. Everything that groups
 * or matches by value must compare content: brokerage, attribute
 * communities, avoid/only selection, DOT clusters. */
START_TEST(distinct_values_compared_by_content)
{
	size_t cap = 1 << 20, len = 0, n = 1300, k, nm;
	char *doc = malloc(cap), *dot = NULL;
	const char *a = NULL, *b = NULL;
	sn_graph *g = NULL;
	sn_communities *c = NULL;
	sn_community_opts co;
	sn_centrality_opts ce;
	sn_dot_opts dopts = SN_DOT_OPTS_INIT;
	sn_scores *sc = NULL;
	unsigned char *dv, *de;
	const char *only[] = { "grp=g5" };
	const size_t *mem;
	size_t kept = 0, clusters = 0, dlen;

	ck_assert_ptr_nonnull(doc);
	len += (size_t)snprintf(doc + len, cap - len,
	                        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
	                        "<key id=\"d0\" for=\"node\" attr.name=\"grp\" attr.type=\"string\"/>"
	                        "<graph edgedefault=\"directed\">\n");
	/* g0 .. g1099 once, then g0 .. g99 twice more */
	for (size_t v = 0; v < n; v++)
		len += (size_t)snprintf(doc + len, cap - len, "<node id=\"n%zu\"><data key=\"d0\">g%zu</data></node>\n", v,
		                        v < 1100 ? v : v % 100);
	/* n1105 -> n5 -> n1205: three of group g5 on a two-path, no tie across */
	len += (size_t)snprintf(doc + len, cap - len,
	                        "<edge source=\"n1105\" target=\"n5\"/><edge source=\"n5\" target=\"n1205\"/>"
	                        "</graph></graphml>\n");
	ck_assert_uint_lt(len, cap);
	ck_assert_msg(sn_graph_read_graphml_memory(&g, doc, len, "distinct", NULL) == SN_OK, "%s", sn_last_error());
	free(doc);
	k = key(g, SN_DOMAIN_NODE, "grp");
	ck_assert_int_eq(sn_attr_get_string(g, k, SN_DOMAIN_NODE, 5, &a), SN_OK);
	ck_assert_int_eq(sn_attr_get_string(g, k, SN_DOMAIN_NODE, 1205, &b), SN_OK);
	ck_assert_str_eq(a, "g5");
	ck_assert_str_eq(b, "g5");
	/* the case this test is about: two copies of one value */
	ck_assert_ptr_ne(a, b);

	ck_assert_int_eq(sn_community_opts_init(&co, SN_COMMUNITY_OPTS_VERSION), SN_OK);
	co.method = SN_COMMUNITY_ATTRIBUTE;
	co.group = "grp";
	ck_assert_msg(sn_communities_find(&c, g, &co) == SN_OK, "%s", sn_last_error());
	ck_assert_uint_eq(sn_communities_count(c), 1100);
	mem = sn_communities_membership(c, &nm);
	ck_assert_uint_eq(nm, n);
	ck_assert_uint_eq(mem[5], mem[1105]);
	ck_assert_uint_eq(mem[5], mem[1205]);
	ck_assert_uint_ne(mem[5], mem[6]);
	sn_communities_free(c);

	ck_assert_int_eq(sn_centrality_opts_init(&ce, SN_CENTRALITY_OPTS_VERSION), SN_OK);
	ce.group = "grp";
	ck_assert_msg(sn_centrality(&sc, g, SN_BROKERAGE_COORDINATOR, &ce) == SN_OK, "%s", sn_last_error());
	ck_assert_double_eq(sn_scores_values(sc)[5], 1.0);
	sn_scores_free(sc);
	ce.from_group = "g5";
	ce.to_group = "g5";
	ck_assert_msg(sn_centrality(&sc, g, SN_BROKERAGE_TOTAL, &ce) == SN_OK, "%s", sn_last_error());
	ck_assert_double_eq(sn_scores_values(sc)[5], 1.0);
	sn_scores_free(sc);

	dv = calloc(n, 1);
	de = calloc(2, 1);
	ck_assert_ptr_nonnull(dv);
	ck_assert_ptr_nonnull(de);
	ck_assert_msg(sn_graph_select(g, NULL, 0, only, 1, dv, de) == SN_OK, "%s", sn_last_error());
	for (size_t v = 0; v < n; v++)
		kept += !dv[v];
	ck_assert_uint_eq(kept, 3);
	ck_assert_int_eq(dv[1105] | dv[5] | dv[1205], 0);
	free(dv);
	free(de);

	dopts.cluster_attr = "grp";
	ck_assert_msg(sn_graph_write_dot_memory(&dot, &dlen, g, &dopts) == SN_OK, "%s", sn_last_error());
	for (const char *p = dot; (p = strstr(p, "subgraph \"cluster_")); p++)
		clusters++;
	ck_assert_uint_eq(clusters, 1100);
	free(dot);
	sn_graph_free(g);
}
END_TEST

START_TEST(numbers_read_as_strtod_reads_them)
{
	enum { N = 4000 };
	static char text[N][48];
	size_t cap = 1 << 20, used = 0, kd, kf, i;
	char *doc = malloc(cap);
	sn_graph *g = NULL;
	uint64_t seed = 0x9e3779b97f4a7c15u;

	ck_assert_ptr_nonnull(doc);
	for (i = 0; i < N; i++) {
		char *t = text[i];
		int digits, point, n = 0;
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		digits = 1 + (int)((seed >> 33) % 20);      /* 1..20 significant digits */
		point = (int)((seed >> 41) % (digits + 12)); /* where the point goes, or none */
		if ((seed >> 20) & 1)
			t[n++] = '-';
		else if (((seed >> 21) & 7) == 0)
			t[n++] = '+';
		if (point > digits) { /* 0.000ddd: up to 11 leading fractional zeros */
			t[n++] = '0';
			t[n++] = '.';
			for (int z = 0; z < point - digits; z++)
				t[n++] = '0';
			point = -1;
		}
		for (int d = 0; d < digits; d++) {
			if (d == point && d > 0)
				t[n++] = '.';
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			t[n++] = (char)('0' + (seed >> 59) % 10);
		}
		if (point == digits)
			t[n++] = '.';
		t[n] = '\0';
	}
	used += (size_t)snprintf(doc + used, cap - used,
	                         "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>"
	                         "<key id='d' for='node' attr.name='d' attr.type='double'/>"
	                         "<key id='f' for='node' attr.name='f' attr.type='float'/><graph edgedefault='directed'>");
	for (i = 0; i < N; i++)
		used += (size_t)snprintf(doc + used, cap - used, "<node id='n%zu'><data key='d'>%s</data><data key='f'>%s</data></node>",
		                         i, text[i], text[i]);
	used += (size_t)snprintf(doc + used, cap - used, "</graph></graphml>");
	ck_assert_uint_lt(used, cap - 1);

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, used, "numbers", NULL), SN_OK);
	ck_assert_int_eq(sn_key_find_id(g, "d", &kd), SN_OK);
	ck_assert_int_eq(sn_key_find_id(g, "f", &kf), SN_OK);
	for (i = 0; i < N; i++) {
		double want = strtod(text[i], NULL), got, gotf, back;
		char nine[40];
		ck_assert_int_eq(sn_attr_get_double(g, kd, SN_DOMAIN_NODE, i, &got), SN_OK);
		ck_assert_int_eq(sn_attr_get_double(g, kf, SN_DOMAIN_NODE, i, &gotf), SN_OK);
		ck_assert_msg(memcmp(&got, &want, sizeof got) == 0, "%s read as %.17g, strtod gives %.17g", text[i], got, want);
		/* a float: the same 32-bit value, given as the double of a decimal
		 * of at most 9 digits (its shortest form) */
		snprintf(nine, sizeof nine, "%.9g", gotf);
		back = strtod(nine, NULL);
		ck_assert_msg((float)gotf == (float)want, "float %s read as %.9g, expected %.9g", text[i], gotf, (double)(float)want);
		ck_assert_msg(memcmp(&back, &gotf, sizeof gotf) == 0, "float %s read as %.17g, not a short decimal", text[i], gotf);
	}
	sn_graph_free(g);
	free(doc);
}
END_TEST

/* The writer's layout and escaping, byte for byte. The expected files were
 * written by libxml2's xmlTextWriter (indentation "  ") before the writer
 * emitted its own bytes, so they are libxml2's serialisation of the same
 * documents: ids and labels with quotes, newlines, tabs, markup, non-ASCII,
 * nesting and mixed graphs. yEd's markup is the input's own bytes (empty
 * elements as yEd writes them, <y:Shape/>). */
START_TEST(written_bytes_as_libxml2_writes_them)
{
	static const char *const names[] = { "hostile-labels", "yed-groups", "nested", "gephi-mixed" };

	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		for (int compact = 0; compact < 2; compact++) {
			char rel[128], *want, *got;
			size_t want_len, got_len;
			sn_write_opts o;
			FILE *fp;
			sn_graph *g;

			snprintf(rel, sizeof rel, "graphml/%s.graphml", names[i]);
			g = load_fixture(rel);
			snprintf(rel, sizeof rel, "graphml/written/%s%s.graphml", names[i], compact ? ".compact" : "");
			fp = fopen(test_data_path(rel), "rb");
			ck_assert_msg(fp != NULL, "cannot open %s", rel);
			fseek(fp, 0, SEEK_END);
			want_len = (size_t)ftell(fp);
			rewind(fp);
			want = malloc(want_len + 1);
			ck_assert_uint_eq(fread(want, 1, want_len, fp), want_len);
			fclose(fp);
			want[want_len] = '\0';
			sn_write_opts_init(&o, SN_WRITE_OPTS_VERSION);
			o.flags = compact ? SN_WRITE_COMPACT : 0;
			ck_assert_int_eq(sn_graph_write_graphml_memory(&got, &got_len, g, &o), SN_OK);
			ck_assert_msg(got_len == want_len && memcmp(got, want, want_len) == 0, "%s differs:\n%s", rel, got);
			sn_free(got);
			free(want);
			sn_graph_free(g);
		}
}
END_TEST

/* The invalid fixtures, each <case>.graphml beside <case>.err holding the
 * expected "LINE:COL: message" (jansson's pattern); listed once, sorted,
 * before the suite runs, so that each case is a test of its own. */
#define MAX_INVALID 256
static char invalid_names[MAX_INVALID][256];
static int n_invalid;

static int by_name(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* graphml/invalid/ fails in any mode; graphml/strict/ only in strict mode
 * (and reads, with a warning, without it). Names are kept as DIR/NAME. */
static void list_invalid_fixtures(void)
{
	static const char *const dirs[] = { "invalid", "strict" };

	for (size_t i = 0; i < 2; i++) {
		char rel[64];
		DIR *d;
		struct dirent *de;
		snprintf(rel, sizeof rel, "graphml/%s", dirs[i]);
		if (!(d = opendir(test_data_path(rel))))
			continue; /* invalid_fixture_count fails */
		while ((de = readdir(d)) && n_invalid < MAX_INVALID) {
			size_t len = strlen(de->d_name);
			if (len >= 9 && len + strlen(dirs[i]) + 1 < sizeof invalid_names[0] &&
			    strcmp(de->d_name + len - 8, ".graphml") == 0)
				snprintf(invalid_names[n_invalid++], sizeof invalid_names[0], "%s/%s", dirs[i], de->d_name);
		}
		closedir(d);
	}
	qsort(invalid_names, (size_t)n_invalid, sizeof invalid_names[0], by_name);
}

START_TEST(invalid_fixture_count)
{
	ck_assert_int_ge(n_invalid, 30);
}
END_TEST

START_TEST(invalid_fixture)
{
	const char *name = invalid_names[_i];
	sn_read_opts opts = SN_READ_OPTS_INIT;
	char dir[4096], path[4400], errpath[4400], expected[1024], got[1100];
	size_t len = strlen(name);
	sn_graph *g = (sn_graph *)0x1;
	sn_status st;
	FILE *fp;

	snprintf(dir, sizeof dir, "%s", test_data_path("graphml"));
	snprintf(path, sizeof path, "%s/%s", dir, name);
	snprintf(errpath, sizeof errpath, "%s/%.*s.err", dir, (int)(len - 8), name);
	fp = fopen(errpath, "r");
	ck_assert_msg(fp != NULL, "missing %s", errpath);
	ck_assert_ptr_nonnull(fgets(expected, sizeof expected, fp));
	fclose(fp);
	expected[strcspn(expected, "\n")] = '\0';
	if (strncmp(name, "strict/", 7) == 0) {
		opts.flags = 0;
		ck_assert_msg(sn_graph_read_graphml(&g, path, &opts) == SN_OK, "%s: %s", name, sn_last_error());
		ck_assert_uint_ge(sn_graph_warning_count(g), 1);
		sn_graph_free(g);
		g = (sn_graph *)0x1;
		opts.flags = SN_READ_STRICT;
	}
	st = sn_graph_read_graphml(&g, path, &opts);
	ck_assert_msg(st == SN_EPARSE, "%s: status %d (%s), expected a parse error", name, st, sn_strerror(st));
	ck_assert_ptr_null(g);
	snprintf(got, sizeof got, "%s", sn_last_error());
	ck_assert_msg(strncmp(got, path, strlen(path)) == 0 && got[strlen(path)] == ':', "%s: no file name in '%s'", name,
	              got);
	ck_assert_str_eq(got + strlen(path) + 1, expected);
}
END_TEST

/* A float is read as the decimal it was written as: 0.4, as NetworkX and
 * igraph read it, not the 32-bit value widened (0.4000000059604645), and
 * written back as 0.4. */
START_TEST(float_values_as_written)
{
	static const char doc[] =
		"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
		"<key id=\"w\" for=\"edge\" attr.name=\"w\" attr.type=\"float\"><default>0.4</default></key>"
		"<graph edgedefault=\"undirected\"><node id=\"a\"/><node id=\"b\"/>"
		"<edge source=\"a\" target=\"b\"><data key=\"w\">0.1</data></edge>"
		"<edge source=\"a\" target=\"b\"><data key=\"w\">3.4028234e38</data></edge>"
		"<edge source=\"a\" target=\"b\"><data key=\"w\">1e-45</data></edge>"
		"<edge source=\"a\" target=\"b\"/></graph></graphml>";
	sn_graph *g = NULL;
	double d = 0;
	char *text = NULL;
	size_t len;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "m", NULL), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(g, 0, SN_DOMAIN_EDGE, 0, &d), SN_OK);
	ck_assert_double_eq(d, 0.1);
	ck_assert_int_eq(sn_attr_get_double(g, 0, SN_DOMAIN_EDGE, 1, &d), SN_OK);
	ck_assert_double_eq(d, 3.4028235e38); /* FLT_MAX, as its shortest decimal */
	ck_assert_int_eq(sn_attr_get_double(g, 0, SN_DOMAIN_EDGE, 2, &d), SN_OK);
	ck_assert_double_eq(d, 1e-45);
	ck_assert_int_eq(sn_attr_get_double(g, 0, SN_DOMAIN_EDGE, 3, &d), SN_OK);
	ck_assert_double_eq(d, 0.4);
	ck_assert_int_eq(sn_graph_write_graphml_memory(&text, &len, g, NULL), SN_OK);
	ck_assert_ptr_nonnull(strstr(text, "<data key=\"w\">0.1</data>"));
	ck_assert_ptr_nonnull(strstr(text, "<default>0.4</default>"));
	ck_assert_ptr_nonnull(strstr(text, "<data key=\"w\">1e-45</data>"));
	sn_free(text);
	sn_graph_free(g);
}
END_TEST

static Suite *graphml_suite(void)
{
	Suite *s = suite_create("graphml");
	TCase *tc;

	tc = test_case(s, "read_networkx", NULL, NULL);
	tcase_add_test(tc, networkx_multigraph);
	tcase_add_test(tc, networkx_digraph_exact_numbers);
	tcase_add_test(tc, networkx_number_keys_merged);
	tcase_add_test(tc, float_values_as_written);
	tc = test_case(s, "warnings", NULL, NULL);
	tcase_add_test(tc, warnings_capped);
	tc = test_case(s, "round trips", NULL, NULL);
	tcase_add_test(tc, single_extra_attribute_kept);
	tcase_add_test(tc, inner_namespace_declarations_kept);
	tcase_add_test(tc, long_names_kept);
	tc = test_case(s, "read_igraph", NULL, NULL);
	tcase_add_test(tc, igraph_written);
	tc = test_case(s, "read_cytoscape", NULL, NULL);
	tcase_add_test(tc, cytoscape_names_shared_across_domains);
	tc = test_case(s, "read_features", NULL, NULL);
	tcase_add_test(tc, handwritten_features);
	tcase_add_test(tc, hints_and_oddities);
	tc = test_case(s, "nesting", NULL, NULL);
	tcase_add_test(tc, nested_graphs_flattened);
	tc = test_case(s, "yed", NULL, NULL);
	tcase_add_test(tc, yed_kept_verbatim);
	tcase_add_test(tc, yed_markup_cut_from_input);
	tcase_add_test(tc, yed_markup_rebuilt_from_utf16);
	tc = test_case(s, "mixed", NULL, NULL);
	tcase_add_test(tc, mixed_directedness);
	tc = test_case(s, "sources", NULL, NULL);
	tcase_add_test(tc, every_source_reads_the_same);
	tcase_add_test(tc, named_ends_found_later_in_order);
	tc = test_case(s, "read_options", NULL, NULL);
	tcase_add_test(tc, options);
	tc = test_case(s, "values", NULL, NULL);
	tcase_add_test(tc, numbers_read_as_strtod_reads_them);
	tcase_add_test(tc, distinct_values_compared_by_content);
	tc = test_case(s, "write", NULL, NULL);
	tcase_add_test(tc, written_text);
	tcase_add_test(tc, write_built_graph);
	tcase_add_test(tc, written_bytes_as_libxml2_writes_them);
	tc = test_case(s, "write_atomic", NULL, NULL);
	tcase_add_test(tc, write_atomically);
	tc = test_case(s, "write_options", NULL, NULL);
	tcase_add_test(tc, write_options);
	tc = test_case(s, "roundtrip", NULL, NULL);
	tcase_add_test(tc, roundtrip_every_fixture);
	tc = test_case(s, "read_errors", NULL, NULL);
	tcase_add_test(tc, invalid_fixture_count);
	tcase_add_loop_test(tc, invalid_fixture, 0, n_invalid);
	return s;
}

int main(void)
{
	list_invalid_fixtures();
	return run_suite(graphml_suite());
}
