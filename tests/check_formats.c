/*
 * check_formats.c - the input layer and the readers that are not GraphML:
 * format sniffing, gzip, CSV edge and node tables (the fixtures pandas
 * wrote, tests/data/csv), GEXF, and their errors with positions. The same
 * files are compared with NetworkX in tests/cli/test_formats.py.
 */
#include "testutil.h"

#include <math.h>
#include <unistd.h>

static sn_graph *read_mem(const char *text, const sn_read_opts *opts)
{
	sn_graph *g = NULL;
	sn_status st = sn_graph_read_memory(&g, text, strlen(text), "m", opts);
	ck_assert_msg(st == SN_OK, "reading: %s", sn_last_error());
	return g;
}

/* reading text fails with status st and a message that starts with
 * "m:" where and holds what */
static void read_fails(const char *text, sn_status st, const char *where, const char *what)
{
	sn_graph *g = (sn_graph *)1;
	char prefix[64];

	ck_assert_msg(sn_graph_read_memory(&g, text, strlen(text), "m", NULL) == st, "reading %s: %s", text, sn_last_error());
	ck_assert_ptr_null(g);
	/* "1:" is line 1, any column */
	snprintf(prefix, sizeof prefix, where[strlen(where) - 1] == ':' ? "m:%s" : "m:%s: ", where);
	ck_assert_msg(strncmp(sn_last_error(), prefix, strlen(prefix)) == 0, "'%s' does not start with '%s'",
	              sn_last_error(), prefix);
	ck_assert_msg(strstr(sn_last_error(), what) != NULL, "'%s' does not say '%s'", sn_last_error(), what);
}

static double dval(const sn_graph *g, sn_domain d, const char *name, size_t i)
{
	double v = NAN;
	ck_assert_int_eq(sn_attr_get_double(g, key(g, d, name), d, i, &v), SN_OK);
	return v;
}

static const char *sval(const sn_graph *g, sn_domain d, const char *name, size_t i)
{
	const char *s = NULL;
	ck_assert_int_eq(sn_attr_get_string(g, key(g, d, name), d, i, &s), SN_OK);
	return s;
}

START_TEST(pandas_tables)
{
	sn_graph *g = NULL;
	char edges[4096];
	int64_t km;
	int b;

	snprintf(edges, sizeof edges, "%s", test_data_path("csv/pandas-edges.csv"));
	ck_assert_msg(sn_graph_read_csv(&g, edges, test_data_path("csv/pandas-nodes.csv"), NULL) == SN_OK, "%s",
	              sn_last_error());
	ck_assert_uint_eq(sn_graph_vertex_count(g), 6);
	ck_assert_uint_eq(sn_graph_edge_count(g), 6);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	ck_assert_uint_eq(sn_graph_warning_count(g), 0);
	ck_assert_str_eq(sn_graph_vertex_id(g, 3), "XIA");
	ck_assert_str_eq(sval(g, SN_DOMAIN_NODE, "label", 3), "Xi'an");
	ck_assert_double_eq(dval(g, SN_DOMAIN_NODE, "lat", 0), 41.31);
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_EDGE, "km")), SN_TYPE_LONG);
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_EDGE, "km"), SN_DOMAIN_EDGE, 2, &km), SN_OK);
	ck_assert_int_eq(km, 2600);
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_EDGE, "days")), SN_TYPE_DOUBLE);
	ck_assert_double_eq(dval(g, SN_DOMAIN_EDGE, "days", 3), 4.25);
	/* pandas writes True and False */
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_EDGE, "operating")), SN_TYPE_BOOLEAN);
	ck_assert_int_eq(sn_attr_get_bool(g, key(g, SN_DOMAIN_EDGE, "operating"), SN_DOMAIN_EDGE, 2, &b), SN_OK);
	ck_assert_int_eq(b, 0);
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "mode", 3), "rail, ferry");
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "mode", 5), "road \"M39\"");
	sn_graph_free(g);

	/* the same edges gzip-compressed, sniffed, without the node table */
	ck_assert_msg(sn_graph_read(&g, test_data_path("csv/pandas-edges.csv.gz"), NULL) == SN_OK, "%s",
	              sn_last_error());
	ck_assert_uint_eq(sn_graph_vertex_count(g), 6);
	ck_assert_uint_eq(sn_graph_edge_count(g), 6);
	ck_assert_str_eq(sn_graph_vertex_id(g, 5), "IST"); /* in the order the edges name them */
	sn_graph_free(g);
}
END_TEST

START_TEST(csv_dialects)
{
	sn_read_opts o = SN_READ_OPTS_INIT;
	sn_graph *g;
	int64_t l;

	/* semicolons, CRLF, a byte order mark, Gephi's columns */
	g = read_mem("\xef\xbb\xbfSource;Target;Type;Id;Label;Weight\r\na;b;Directed;e1;;2,5\r\nb;c;Directed;e2;x;1\r\n",
	             NULL);
	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	ck_assert_str_eq(sn_graph_edge_id(g, 1), "e2");
	/* "2,5" is no number: the column is text */
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_EDGE, "weight")), SN_TYPE_STRING);
	ck_assert_int_eq(sn_attr_is_set(g, key(g, SN_DOMAIN_EDGE, "label"), SN_DOMAIN_EDGE, 0), 0);
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "label", 1), "x");
	sn_graph_free(g);
	/* tabs; quoted delimiters and line breaks; blanks around unquoted fields */
	g = read_mem("source\ttarget\tnote\n a \tb\t\"x\ty\nz\"\n\nb\tc\t\n", NULL);
	ck_assert_uint_eq(sn_graph_edge_count(g), 2);
	ck_assert_str_eq(sn_graph_vertex_id(g, 0), "a");
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "note", 0), "x\ty\nz");
	ck_assert_int_eq(sn_attr_is_set(g, key(g, SN_DOMAIN_EDGE, "note"), SN_DOMAIN_EDGE, 1), 0);
	sn_graph_free(g);
	/* declared types; a Type column that is not a direction is an attribute */
	g = read_mem("source,target,n:long,x:float,type\na,b,9223372036854775807,0.4,rail\n", NULL);
	ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_EDGE, "n"), SN_DOMAIN_EDGE, 0, &l), SN_OK);
	ck_assert_int_eq(l, INT64_MAX);
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_EDGE, "x")), SN_TYPE_FLOAT);
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "type", 0), "rail");
	sn_graph_free(g);
	/* directed by option; mixed by Type, with twins */
	o.flags = SN_READ_DIRECTED;
	g = read_mem("source,target\na,b\n", &o);
	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	sn_graph_free(g);
	g = read_mem("source,target,type\na,b,directed\nb,c,undirected\n", NULL);
	ck_assert_int_eq(sn_graph_is_directed(g), 1);
	ck_assert_uint_eq(sn_graph_edge_count(g), 3);
	sn_graph_free(g);
}
END_TEST

START_TEST(csv_errors)
{
	read_fails("source,target\na,\"b\n", SN_EPARSE, "2:3", "a quoted field that never ends");
	read_fails("source,target,w\na,b\n", SN_EPARSE, "2:1", "a row of 2 fields, expected 3");
	read_fails("source,target\na,b,c\n", SN_EPARSE, "2:5", "a row of 3 fields, expected 2");
	read_fails("from,target\na,b\n", SN_EPARSE, "1:1", "no 'source' column");
	read_fails("source,target,w:long\na,b,x\n", SN_EPARSE, "2:5", "'x' in column 'w' (long)");
	read_fails("source,target,w:int\na,b,3000000000\n", SN_EPARSE, "2:5", "out of range for a 32-bit int");
	read_fails("source,target,w\na,b,-1e400\n", SN_EPARSE, "2:5", "too large for a double");
	read_fails("source,target\na,b\xc3\x28\n", SN_EPARSE, "2:4", "not UTF-8");
	read_fails("source,target\na,\xed\xa0\x80\n", SN_EPARSE, "2:3", "not UTF-8");
	read_fails("source,target\na,b\x7f\x02\n", SN_EPARSE, "2:5", "control character U+0002");
	read_fails("source,target,Source\na,b,c\n", SN_EPARSE, "1:15", "a second source column ('Source')");
}
END_TEST

/* NetworkX writes multigraph keys as edge ids, repeated across pairs */
START_TEST(csv_repeated_edge_ids)
{
	sn_graph *g = read_mem("source,target,id\na,b,0\nb,c,0\na,b,1\n", NULL);
	size_t e;

	ck_assert_uint_eq(sn_graph_edge_count(g), 3);
	ck_assert_str_eq(sn_graph_edge_id(g, 1), "0");
	ck_assert_int_eq(sn_graph_edge_find(g, "0", &e), SN_OK);
	ck_assert_uint_eq(e, 0);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	ck_assert_msg(strstr(sn_graph_warning(g, 0), "m:3:5: edge id '0' is used more than once"), "%s",
	              sn_graph_warning(g, 0));
	sn_graph_free(g);
}
END_TEST

START_TEST(csv_node_table_errors)
{
	char dir[256], e[512], n[512];
	sn_graph *g = (sn_graph *)1;
	FILE *f;

	test_temp_dir(dir, sizeof dir);
	snprintf(e, sizeof e, "%s/e.csv", dir);
	snprintf(n, sizeof n, "%s/n.csv", dir);
	f = fopen(e, "w");
	fputs("source,target\na,b\nb,z\n", f);
	fclose(f);
	f = fopen(n, "w");
	fputs("Id,label\na,A\nb,B\n", f);
	fclose(f);
	ck_assert_int_eq(sn_graph_read_csv(&g, e, n, NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 3);
	ck_assert_uint_eq(sn_graph_warning_count(g), 1);
	ck_assert_msg(strstr(sn_graph_warning(g, 0), "1 node not in the node table added: 'z' (line 3)"), "%s",
	              sn_graph_warning(g, 0));
	sn_graph_free(g);
	f = fopen(n, "w");
	fputs("id\na\n\"a\"\n", f);
	fclose(f);
	ck_assert_int_eq(sn_graph_read_csv(&g, e, n, NULL), SN_EPARSE);
	ck_assert_ptr_null(g);
	ck_assert_msg(strstr(sn_last_error(), "n.csv:3:1: a second node with id 'a'"), "%s", sn_last_error());
	ck_assert_int_eq(sn_graph_read_csv(&g, e, "/nonexistent/n.csv", NULL), SN_EIO);
	ck_assert_int_eq(sn_graph_read_csv(&g, NULL, n, NULL), SN_EINVAL);
	remove(e);
	remove(n);
	rmdir(dir);
}
END_TEST

/* A column name with semicolons and tabs must not make them the
 * delimiter when the table is read back (the header is sniffed): the
 * writer quotes them. Found by fuzzing a yEd file. */
START_TEST(csv_written_semicolons)
{
	sn_graph *g = read_mem("<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>"
	                       "<key id='d' for='edge' attr.name='a;b&#9;c;;;' attr.type='string'/>"
	                       "<graph edgedefault='directed'><node id='x'/><node id='y'/>"
	                       "<edge source='x' target='y'><data key='d'>p;q&#9;r</data></edge></graph></graphml>",
	                       NULL);
	char *nodes = NULL, *edges = NULL;
	size_t nlen, elen;
	sn_graph *back;

	ck_assert_int_eq(sn_graph_write_csv_memory(&nodes, &nlen, &edges, &elen, g, NULL), SN_OK);
	ck_assert_str_eq(edges, "source,target,type,\"a;b\tc;;;\"\r\nx,y,Directed,\"p;q\tr\"\r\n");
	back = read_mem(edges, NULL);
	ck_assert_uint_eq(sn_graph_edge_count(back), 1);
	ck_assert_str_eq(sval(back, SN_DOMAIN_EDGE, "a;b\tc;;;", 0), "p;q\tr");
	sn_graph_free(back);
	sn_free(nodes);
	sn_free(edges);
	sn_graph_free(g);
}
END_TEST

/* Written to a file, GEXF and DOT go out in 1 MB pieces: the file must be
 * the same bytes as the text in memory, across many pieces and with
 * GEXF's "<node .../>" taking back a '>' just given to the sink. */
START_TEST(streamed_equals_memory)
{
	sn_graph *g;
	char dir[256], path[300], id[32], *mem = NULL, *file;
	size_t len = 0, flen;
	FILE *fp;
	long size;

	test_temp_dir(dir, sizeof dir);
	snprintf(path, sizeof path, "%s/streamed", dir);
	ck_assert_int_eq(sn_graph_new(&g, 1), SN_OK);
	for (int i = 0; i < 60000; i++) {
		snprintf(id, sizeof id, "vertex-%d", i);
		ck_assert_int_eq(sn_graph_vertex_add(g, id, NULL), SN_OK);
	}
	for (size_t i = 0; i + 1 < 60000; i += 2)
		ck_assert_int_eq(sn_graph_edge_add(g, i, i + 1, NULL, NULL), SN_OK);
	for (int format = 0; format < 2; format++) {
		ck_assert_int_eq(format ? sn_graph_write_dot_memory(&mem, &len, g, NULL)
		                        : sn_graph_write_gexf_memory(&mem, &len, g, NULL), SN_OK);
		ck_assert_uint_gt(len, 2u << 20);
		ck_assert_int_eq(format ? sn_graph_write_dot(g, path, NULL) : sn_graph_write_gexf(g, path, NULL), SN_OK);
		fp = fopen(path, "rb");
		ck_assert_ptr_nonnull(fp);
		fseek(fp, 0, SEEK_END);
		size = ftell(fp);
		rewind(fp);
		ck_assert_int_eq(size, (long)len);
		file = malloc(len);
		flen = fread(file, 1, len, fp);
		fclose(fp);
		ck_assert_uint_eq(flen, len);
		ck_assert_msg(memcmp(file, mem, len) == 0, "format %d: the file differs from the text", format);
		free(file);
		sn_free(mem);
	}
	remove(path);
	rmdir(dir);
	sn_graph_free(g);
}
END_TEST

START_TEST(gexf)
{
	static const char doc[] =
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
		"  <meta><creator>Gephi 0.10.1</creator></meta>\n"
		"  <graph defaultedgetype=\"undirected\">\n"
		"    <attributes class=\"node\"><attribute id=\"k\" title=\"kind\" type=\"string\">"
		"<default>state</default></attribute>\n"
		"      <attribute id=\"p\" title=\"pop\" type=\"float\"/></attributes>\n"
		"    <nodes>\n"
		"      <node id=\"UZB\" label=\"Uzbekistan\"><attvalues><attvalue for=\"p\" value=\"0.4\"/></attvalues>\n"
		"        <viz:position x=\"-1.5\" y=\"2\"/><viz:color r=\"10\" g=\"20\" b=\"30\"/></node>\n"
		"      <node id=\"C5\" label=\"C5 &amp; co\"><attvalues><attvalue for=\"k\" value=\"bloc\"/></attvalues>\n"
		"        <nodes><node id=\"KAZ\" label=\"Kazakhstan\"/></nodes></node>\n"
		"    </nodes>\n"
		"    <edges><edge id=\"0\" source=\"UZB\" target=\"KAZ\" weight=\"1e12\"/>\n"
		"      <edge id=\"1\" source=\"KAZ\" target=\"C5\" weight=\"1e-12\" label=\"member\"/></edges>\n"
		"  </graph>\n"
		"</gexf>\n";
	sn_graph *g = read_mem(doc, NULL);
	size_t parent;

	ck_assert_uint_eq(sn_graph_vertex_count(g), 3);
	ck_assert_uint_eq(sn_graph_edge_count(g), 2);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	ck_assert_str_eq(sval(g, SN_DOMAIN_NODE, "label", 1), "C5 & co");
	ck_assert_str_eq(sval(g, SN_DOMAIN_NODE, "kind", 0), "state"); /* the default */
	ck_assert_str_eq(sval(g, SN_DOMAIN_NODE, "kind", 1), "bloc");
	ck_assert_int_eq(sn_key_type(g, key(g, SN_DOMAIN_NODE, "pop")), SN_TYPE_FLOAT);
	ck_assert_double_eq(dval(g, SN_DOMAIN_NODE, "viz_x", 0), -1.5);
	ck_assert_str_eq(sval(g, SN_DOMAIN_NODE, "viz_color", 0), "#0a141e");
	ck_assert_double_eq(dval(g, SN_DOMAIN_EDGE, "weight", 0), 1e12);
	ck_assert_double_eq(dval(g, SN_DOMAIN_EDGE, "weight", 1), 1e-12);
	ck_assert_str_eq(sval(g, SN_DOMAIN_EDGE, "label", 1), "member");
	ck_assert_int_eq(sn_graph_vertex_parent(g, vertex(g, "KAZ"), &parent), SN_OK);
	ck_assert_uint_eq(parent, vertex(g, "C5"));
	sn_graph_free(g);
	/* the GraphML readers say what it is */
	g = (sn_graph *)1;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "m", NULL), SN_EPARSE);
	ck_assert_msg(strstr(sn_last_error(), "m:2:1: not GraphML: the root element is <gexf>"), "%s",
	              sn_last_error());
}
END_TEST

START_TEST(gexf_errors)
{
	read_fails("<gexf><graph><nodes><node/></nodes></graph></gexf>", SN_EPARSE, "1:21", "<node> without id");
	read_fails("<gexf><graph defaultedgetype=\"sideways\"/></gexf>", SN_EPARSE, "1:7", "defaultedgetype");
	read_fails("<gexf><graph><nodes><node id=\"a\"/></nodes><edges><edge source=\"a\" target=\"b\"/></edges>"
	           "</graph></gexf>",
	           SN_EPARSE, "1:50", "edge target 'b' is no node declared before it");
	read_fails("<gexf><graph/><graph/></gexf>", SN_EPARSE, "1:15", "a second <graph>");
	read_fails("<!DOCTYPE gexf [<!ENTITY x \"y\">]><gexf/>", SN_EPARSE, "1:", "entity declaration 'x' refused");
	read_fails("<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"1\"/></attvalues></node>"
	           "</nodes></graph></gexf>",
	           SN_EPARSE, "1:", "no node <attribute> has that id");
	read_fails("<gexf><graph>", SN_EPARSE, "1:", "malformed XML");
}
END_TEST

START_TEST(sniffing_and_gzip)
{
	static const char gml[] = "<?xml version=\"1.0\"?>\n<!-- a comment -->\n"
	                          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph edgedefault=\"directed\">"
	                          "<node id=\"a\"/></graph></graphml>";
	sn_graph *g = read_mem(gml, NULL);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	sn_graph_free(g);
	/* a prefixed GEXF root, after a DOCTYPE without a subset */
	g = read_mem("<!DOCTYPE gexf><g:gexf xmlns:g=\"http://gexf.net/1.3\"><g:graph><g:nodes><g:node id=\"x\"/>"
	             "</g:nodes></g:graph></g:gexf>",
	             NULL);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	sn_graph_free(g);
	/* neither */
	read_fails("just some words\n", SN_EPARSE, "1:1", "not a network file: no XML element");
	read_fails("", SN_EPARSE, "1:1", "empty file");
	/* gzip: a member cut short */
	{
		static const unsigned char cut[] = { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x2b };
		g = (sn_graph *)1;
		ck_assert_int_eq(sn_graph_read_memory(&g, cut, sizeof cut, "m", NULL), SN_EPARSE);
		ck_assert_ptr_null(g);
		ck_assert_msg(strstr(sn_last_error(), "truncated gzip data"), "%s", sn_last_error());
	}
}
END_TEST

static Suite *formats_suite(void)
{
	Suite *s = suite_create("formats");
	TCase *tc;

	tc = test_case(s, "csv", NULL, NULL);
	tcase_add_test(tc, pandas_tables);
	tcase_add_test(tc, csv_dialects);
	tcase_add_test(tc, csv_errors);
	tcase_add_test(tc, csv_repeated_edge_ids);
	tcase_add_test(tc, csv_node_table_errors);
	tcase_add_test(tc, csv_written_semicolons);
	tcase_add_test(tc, streamed_equals_memory);
	tc = test_case(s, "gexf", NULL, NULL);
	tcase_add_test(tc, gexf);
	tcase_add_test(tc, gexf_errors);
	tc = test_case(s, "input", NULL, NULL);
	tcase_add_test(tc, sniffing_and_gzip);
	return s;
}

int main(void)
{
	return run_suite(formats_suite());
}
