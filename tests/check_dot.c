/*
 * check_dot.c - the Graphviz DOT writer.
 */
#include "testutil.h"

#include <math.h>
#include <unistd.h>

static char *dot_of(const sn_graph *g, const sn_dot_opts *o)
{
	char *t = NULL;
	size_t len = 0;
	ck_assert_msg(sn_graph_write_dot_memory(&t, &len, g, o) == SN_OK, "%s", sn_last_error());
	ck_assert_uint_eq(strlen(t), len);
	return t;
}

static int count(const char *hay, const char *needle)
{
	int n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

START_TEST(undirected_styled)
{
	sn_graph *g = load_fixture("graphml/networkx-multigraph.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	char *t;

	o.width_attr = "weight";
	o.title = "Korea & Central Asia";
	t = dot_of(g, &o);
	ck_assert_ptr_nonnull(strstr(t, "\ngraph {\n"));
	ck_assert_int_eq(count(t, " -- "), 8);
	ck_assert_int_eq(count(t, " -> "), 0);
	ck_assert_ptr_nonnull(strstr(t, "label=\"Korea & Central Asia\""));
	/* kinds by shape and colour, labels from the label attribute */
	ck_assert_ptr_nonnull(strstr(t, "\"KR\" [label=\"Korea\", tooltip=\"KR (state)\", shape=box"));
	ck_assert_ptr_nonnull(strstr(t, "\"ADB\" [label=\"Asian\\nDevelopment Bank\", tooltip=\"ADB (institution)\", "
	                                "shape=hexagon"));
	/* the strongest tie (CN-KZ trade, 14.0) is the widest, the weakest the thinnest */
	ck_assert_ptr_nonnull(strstr(t, "\"KZ\" -- \"CN\" [color=\"#4e79a7\", penwidth=6.00, tooltip=\"trade\"]"));
	ck_assert_ptr_nonnull(strstr(t, "\"KR\" -- \"UZ\" [color=\"#f28e2b\", penwidth=0.75, tooltip=\"aid\"]"));
	/* parallel edges and the self-loop kept */
	ck_assert_int_eq(count(t, "\"KR\" -- \"UZ\""), 2);
	ck_assert_int_eq(count(t, "\"CN\" -- \"CN\""), 1);
	/* the legend: one table node, kinds by fill, relations by frequency */
	ck_assert_ptr_nonnull(strstr(t, "\"silknet:legend\" [shape=plaintext"));
	ck_assert_ptr_nonnull(strstr(t, "<TD BGCOLOR=\"#9ecae1\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">state</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#4e79a7\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">trade</TD>"));
	sn_free(t);

	o.flags = SN_DOT_NO_LEGEND;
	t = dot_of(g, &o);
	ck_assert_ptr_null(strstr(t, "legend"));
	sn_free(t);
	o.flags = SN_DOT_PLAIN;
	t = dot_of(g, &o);
	ck_assert_ptr_null(strstr(t, "penwidth"));
	ck_assert_ptr_null(strstr(t, "fillcolor"));
	ck_assert_ptr_nonnull(strstr(t, "\"KR\" [label=\"Korea\"];"));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

START_TEST(escaping)
{
	sn_graph *g = load_fixture("graphml/hostile-labels.graphml");
	char *t = dot_of(g, NULL);

	ck_assert_ptr_nonnull(strstr(t, "\ndigraph {\n"));
	ck_assert_ptr_nonnull(strstr(t, "\"quote\\\"d\" [label=\"say \\\"hi\\\"\""));
	ck_assert_ptr_nonnull(strstr(t, "\"back\\\\slash\\\\\" [label=\"ends in a\\nbackslash\\\\\""));
	ck_assert_ptr_nonnull(strstr(t, "\"multi\\nline\" [label=\"line one\\nline two\\nline three\""));
	/* HTML-looking text stays a quoted string */
	ck_assert_ptr_nonnull(strstr(t, "\"<b>html</b>\" [label=\"<b>not bold</b>\""));
	/* the only HTML-like label is silknet's own legend, its text escaped */
	ck_assert_int_eq(count(t, "=<"), 1);
	ck_assert_ptr_nonnull(strstr(t, "\"silknet:legend\" [shape=plaintext, style=\"\", fontsize=13, label=<<TABLE"));
	ck_assert_ptr_nonnull(strstr(t, ">&lt;i&gt;</TD>"));
	ck_assert_ptr_nonnull(strstr(t, ">tr&quot;ade</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "[label=\"\\\\N \\\\G \\\\E \\\\l \\\\n\""));
	/* wrapped by characters, not bytes */
	ck_assert_ptr_nonnull(strstr(t, "\"Алматы\" [label=\"Алматы — 阿拉木图 —\\nألماتي\""));
	ck_assert_ptr_nonnull(strstr(t, "\"--\" -> \"->\""));
	/* a kind outside the vocabulary still gets a colour of its own */
	ck_assert_ptr_nonnull(strstr(t, "tooltip=\"<b>html</b> (spaceship)\", shape=ellipse"));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

START_TEST(mixed_and_directed)
{
	sn_graph *g = load_fixture("graphml/gephi-mixed.graphml");
	char *t = dot_of(g, NULL);

	/* the undirected edge once, without arrowheads; its twin not drawn */
	ck_assert_int_eq(count(t, "\"1\" -> \"2\" [dir=none"), 1);
	ck_assert_int_eq(count(t, "\"2\" -> \"1\""), 0);
	ck_assert_int_eq(count(t, "\"0\" -> \"1\" ["), 1);
	ck_assert_ptr_nonnull(strstr(t, "[label=\"Seoul\""));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

START_TEST(highlight_route)
{
	sn_graph *g = load_fixture("graphml/igraph-corridors.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	size_t route[] = { 0, 2, 3, 4 }; /* Tashkent -> Aktau -> Baku -> Istanbul */
	size_t edges[] = { 4 };
	char *t;

	o.highlight_vertices = route;
	o.n_highlight_vertices = 4;
	t = dot_of(g, &o);
	ck_assert_int_eq(count(t, "color=\"#d62728\", penwidth=4.00"), 3);
	ck_assert_ptr_nonnull(strstr(t, "\"n0\" -> \"n2\" [color=\"#d62728\""));
	/* off the route: the corridor's colour, dimmed, as the legend shows it */
	ck_assert_ptr_nonnull(strstr(t, "\"n0\" -> \"n1\" [color=\"#4e79a759\""));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#4e79a759\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">TITR</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#d62728\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">route</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "\"n1\" [label=\"Almaty\", tooltip=\"n1 (city)\", shape=ellipse, style=\"filled\", "
	                                "fillcolor=\"#fff7bc59\", color=\"#d0d0d0\", fontcolor=\"#9a9a9a\"]"));
	/* on it: the same fill (one per kind), the route's border */
	ck_assert_ptr_nonnull(strstr(t, "\"n4\" [label=\"Istanbul\", tooltip=\"n4 (city)\", shape=ellipse, style=\"filled\", "
	                                "fillcolor=\"#fff7bc59\", color=\"#d62728\", penwidth=2.5]"));
	sn_free(t);

	o.highlight_vertices = NULL;
	o.n_highlight_vertices = 0;
	o.highlight_edges = edges;
	o.n_highlight_edges = 1;
	t = dot_of(g, &o);
	ck_assert_int_eq(count(t, "color=\"#d62728\", penwidth=4.00"), 1);
	sn_free(t);

	/* no edge Istanbul -> Tashkent in a directed graph */
	{
		size_t back[] = { 4, 0 };
		char *x = (char *)0x1;
		o.highlight_edges = NULL;
		o.n_highlight_edges = 0;
		o.highlight_vertices = back;
		o.n_highlight_vertices = 2;
		ck_assert_int_eq(sn_graph_write_dot_memory(&x, NULL, g, &o), SN_EINVAL);
		ck_assert_ptr_null(x);
		ck_assert_str_eq(sn_last_error(), "no edge from 'n4' to 'n0' to highlight");
		back[1] = 99;
		ck_assert_int_eq(sn_graph_write_dot_memory(&x, NULL, g, &o), SN_EINVAL);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(geographic)
{
	sn_graph *g = load_fixture("graphml/igraph-corridors.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	double lat[] = { 41.31, 43.24, 43.65, 40.41, 41.01 }, lon[] = { 69.28, 76.89, 51.17, 49.87, 28.98 };
	double lat0 = 0, lon0 = 0, span, scale;
	char *t, want[128];

	o.flags = SN_DOT_GEO;
	t = dot_of(g, &o);
	/* the same projection, computed here: equirectangular about the mean */
	for (int i = 0; i < 5; i++) {
		lat0 += lat[i] / 5;
		lon0 += lon[i] / 5;
	}
	span = fmax((76.89 - 28.98) * cos(lat0 * M_PI / 180), 43.65 - 40.41);
	scale = 1400.0 / span;
	for (int i = 0; i < 5; i++) {
		snprintf(want, sizeof want, "pos=\"%.1f,%.1f!\"", (lon[i] - lon0) * cos(lat0 * M_PI / 180) * scale,
		         (lat[i] - lat0) * scale);
		ck_assert_msg(strstr(t, want) != NULL, "missing %s", want);
	}
	/* Istanbul lies west of Tashkent: a smaller x */
	ck_assert_ptr_nonnull(strstr(t, "\"n4\" [label=\"\", fixedsize=true, width=0.13, height=0.13, fontsize=11, "
	                                "xlabel=\"Istanbul\", tooltip=\"n4 (city)\""));
	sn_free(t);

	/* geography needs coordinates */
	{
		sn_graph *h = load_fixture("graphml/networkx-digraph.graphml");
		char *x;
		ck_assert_int_eq(sn_graph_write_dot_memory(&x, NULL, h, &o), SN_ENOTFOUND);
		sn_graph_free(h);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(clusters)
{
	sn_graph *g = load_fixture("graphml/networkx-multigraph.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	char *t;

	o.cluster_attr = "country";
	t = dot_of(g, &o);
	/* KR and KOICA share country KR; ADB has none and stays outside */
	ck_assert_ptr_nonnull(strstr(t, "subgraph \"cluster_0\" {\n    label=\"KR\"; style=\"rounded\"; "
	                                "color=\"#999999\";\n    \"KR\" [label=\"Korea\""));
	ck_assert_ptr_nonnull(strstr(t, "    \"KOICA\" [label=\"KOICA\""));
	ck_assert_ptr_nonnull(strstr(t, "\n  \"ADB\" [label="));
	sn_free(t);
	sn_graph_free(g);

	/* nesting: country > port > terminal */
	g = load_fixture("graphml/nested.graphml");
	t = dot_of(g, NULL);
	ck_assert_ptr_nonnull(strstr(t, "subgraph \"cluster_n0\" {\n    label=\"KZ\";"));
	ck_assert_ptr_nonnull(strstr(t, "\n    \"KZ\" [label=\"KZ\""));
	ck_assert_ptr_nonnull(strstr(t, "\n    subgraph \"cluster_n1\" {\n      label=\"Aktau\";"));
	ck_assert_ptr_nonnull(strstr(t, "\n      \"Aktau-ferry\" [label=\"Aktau-ferry\""));
	ck_assert_ptr_nonnull(strstr(t, "\n  \"Aktau-ferry\" -- \"Baku\""));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

/* 20,000 segments, nearly every one its own relation: the legend still
 * ranks by frequency (ties by first appearance) and counts the rest, and
 * each segment is coloured by its category's rank */
START_TEST(many_categories)
{
	sn_graph *g;
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	size_t krel, e, n = 20000;
	char id[32], *t;

	ck_assert_int_eq(sn_graph_new(&g, 0), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "relation", SN_DOMAIN_EDGE, SN_TYPE_STRING, &krel), SN_OK);
	for (size_t i = 0; i <= n; i++) {
		snprintf(id, sizeof id, "v%zu", i);
		ck_assert_int_eq(sn_graph_vertex_add(g, id, NULL), SN_OK);
	}
	for (size_t i = 0; i < n; i++) {
		const char *rel = id;
		ck_assert_int_eq(sn_graph_edge_add(g, i, i + 1, NULL, &e), SN_OK);
		if (i % 1000 == 7)
			rel = "trade"; /* 20 times */
		else if (i % 2000 == 11)
			rel = "aid"; /* 10 times */
		else
			snprintf(id, sizeof id, "r%zu", i);
		ck_assert_int_eq(sn_attr_set_string(g, krel, SN_DOMAIN_EDGE, e, rel), SN_OK);
	}
	o.color_attr = "relation";
	t = dot_of(g, &o);
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#4e79a7\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">trade</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#f28e2b\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">aid</TD>"));
	/* then singletons in order of first appearance: r0, r1, ... */
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#499894\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">r0</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#9c755f\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">r6</TD>"));
	ck_assert_ptr_nonnull(strstr(t, "<FONT COLOR=\"#8cd17d\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">r8</TD>"));
	snprintf(id, sizeof id, "%zu other</TD>", n - 30 + 2 - 10);
	ck_assert_ptr_nonnull(strstr(t, id));
	ck_assert_ptr_nonnull(strstr(t, "\"v7\" -- \"v8\" [color=\"#4e79a7\""));
	ck_assert_ptr_nonnull(strstr(t, "\"v2\" -- \"v3\" [color=\"#59a14f\""));
	ck_assert_ptr_nonnull(strstr(t, "\"v500\" -- \"v501\" [color=\"#bbbbbb\""));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

/* A vertex may be called like the legend; the legend then takes another
 * id. Large networks are drawn with straight edges (spline routing is what
 * keeps sfdp from finishing on them). */
/* A kind or colour key without attr.name (found by its id) is named in the
 * legend by its id: it was a NULL the legend's text could not take. */
START_TEST(legend_key_without_name)
{
	static const char doc[] = "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
	                          "<key id=\"kind\" for=\"node\"/><key id=\"corridor\" for=\"edge\"/>"
	                          "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"kind\">state</data></node>"
	                          "<node id=\"b\"/><node id=\"c\"/><edge source=\"a\" target=\"b\"><data key=\"corridor\">TITR"
	                          "</data></edge><edge source=\"b\" target=\"c\"/></graph></graphml>";
	sn_graph *g;
	char *text;
	size_t len;

	ck_assert_msg(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "nameless", NULL) == SN_OK, "%s",
	              sn_last_error());
	ck_assert_msg(sn_graph_write_dot_memory(&text, &len, g, NULL) == SN_OK, "%s", sn_last_error());
	ck_assert_ptr_nonnull(strstr(text, ">(no kind)</TD>"));
	ck_assert_ptr_nonnull(strstr(text, ">(no corridor)</TD>"));
	sn_free(text);
	sn_graph_free(g);
}
END_TEST

START_TEST(legend_id_and_large_networks)
{
	sn_graph *g;
	size_t k, a, b;
	char *t = NULL;

	ck_assert_int_eq(sn_graph_new(&g, 0), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "kind", SN_DOMAIN_NODE, SN_TYPE_STRING, &k), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "silknet:legend", &a), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "b", &b), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, k, SN_DOMAIN_NODE, a, "city"), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, a, b, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, NULL), SN_OK);
	ck_assert_ptr_nonnull(strstr(t, "\"silknet:legend:2\" [shape=plaintext"));
	ck_assert_ptr_null(strstr(t, "\"silknet:legend\" [shape=plaintext"));
	ck_assert_ptr_nonnull(strstr(t, "splines=true"));
	sn_free(t);
	for (int i = 0; i < 1000; i++)
		ck_assert_int_eq(sn_graph_edge_add(g, a, b, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, NULL), SN_OK);
	ck_assert_ptr_nonnull(strstr(t, "splines=line"));
	sn_free(t);
	sn_graph_free(g);
}
END_TEST

START_TEST(errors)
{
	sn_graph *g = load_fixture("graphml/networkx-multigraph.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	char *t = NULL;
	size_t k;

	o.width_attr = "nope";
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no edge attribute 'nope'");
	o.width_attr = "relation";
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EINVAL);
	o.width_attr = NULL;
	o.color_attr = "weight";
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EINVAL);
	o.color_attr = NULL;
	/* a weight that is no strength is named, not drawn */
	k = key(g, SN_DOMAIN_EDGE, "weight");
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, 3, -1.0), SN_OK);
	o.width_attr = "weight";
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "edge '0': weight = -1 is not a strength (finite, not negative)");
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, 3, NAN), SN_OK);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EINVAL);
	ck_assert_ptr_null(t);
	o.version = 3;
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EINVAL);
	ck_assert_int_eq(sn_dot_opts_init(&o, 3), SN_EINVAL);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, NULL, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_graph_write_dot(g, "/nonexistent/dir/x.dot", NULL), SN_EIO);
	sn_graph_free(g);
}
END_TEST

START_TEST(to_file_and_path)
{
	sn_graph *g = load_fixture("graphml/handwritten.graphml");
	char dir[4096], path[4200];
	FILE *fp;
	char buf[64] = { 0 };

	snprintf(path, sizeof path, "%s/out.dot", test_temp_dir(dir, sizeof dir));
	ck_assert_int_eq(sn_graph_write_dot(g, path, NULL), SN_OK);
	fp = fopen(path, "r");
	ck_assert_uint_gt(fread(buf, 1, sizeof buf - 1, fp), 0);
	fclose(fp);
	ck_assert_int_eq(strncmp(buf, "// written by silknet", 21), 0);
	fp = fopen("/dev/full", "w");
	if (fp) {
		ck_assert_int_eq(sn_graph_write_dot_file(g, fp, NULL), SN_EIO);
		fclose(fp);
	}
	unlink(path);
	rmdir(dir);
	sn_graph_free(g);
}
END_TEST

/* The basemap: a square of land drawn where the projection puts it (the
 * same projection as the places), one far outside the map clipped away,
 * a ring across the frame cut at it, pieces under 16 KB for Graphviz's
 * lexer, errors with positions, and version 1 callers unaffected. */
START_TEST(basemap)
{
	sn_graph *g = load_fixture("graphml/igraph-corridors.graphml");
	sn_dot_opts o = SN_DOT_OPTS_INIT, v1;
	char dir[256], path[300], *t, *bg, expect[400];
	FILE *fp;
	sn_graph *one;
	double la0 = 0, lo0 = 0, lamin = 90, lamax = -90, lomin = 180, lomax = -180, scale, c, x, y;
	size_t kla, klo;

	test_temp_dir(dir, sizeof dir);
	snprintf(path, sizeof path, "%s/basemap.txt", dir);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	/* a 0.2 degree square at Tashkent (41.3, 69.24); one at the South Pole;
	 * one around the whole map */
	fputs("# test\nSquare\t69.14,41.2 69.34,41.2 69.34,41.4 69.14,41.4\n"
	      "Pole\t0,-89 1,-89 1,-88\nAll\t-179,-80 179,-80 179,80 -179,80\n", fp);
	fclose(fp);
	/* the projection, as the writer works it out from the places */
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_NODE, "lat", &kla), SN_OK);
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_NODE, "lon", &klo), SN_OK);
	for (size_t v = 0; v < sn_graph_vertex_count(g); v++) {
		double la, lo;
		sn_attr_get_double(g, kla, SN_DOMAIN_NODE, v, &la);
		sn_attr_get_double(g, klo, SN_DOMAIN_NODE, v, &lo);
		la0 += la / 5;
		lo0 += lo / 5;
		lamin = fmin(lamin, la), lamax = fmax(lamax, la), lomin = fmin(lomin, lo), lomax = fmax(lomax, lo);
	}
	c = cos(la0 * M_PI / 180);
	scale = 1400 / fmax((lomax - lomin) * c, lamax - lamin);
	o.flags = SN_DOT_GEO;
	o.basemap = path;
	t = dot_of(g, &o);
	ck_assert_ptr_nonnull(bg = strstr(t, "_background=\""));
	x = (69.14 - lo0) * c * scale;
	y = (41.2 - la0) * scale;
	snprintf(expect, sizeof expect, "P 4 %.1f %.1f ", x, y);
	ck_assert_msg(strstr(bg, expect) != NULL, "no '%s' in the background", expect);
	/* the pole is far outside: clipped to nothing; the sea, the land's
	 * colours and the whole-map ring cut to the frame: P 4 twice more */
	ck_assert_int_eq(count(bg, "P 4 "), 3);
	ck_assert_int_eq(count(bg, "P 3 "), 0);
	ck_assert_ptr_nonnull(strstr(bg, "C 7 -#f3efe6"));
	/* and the map comes out in Graphviz, without a word */
	sn_free(t);
	/* pieces: a ring of 5,000 points needs several */
	fp = fopen(path, "w");
	fputs("Big\t", fp);
	for (int i = 0; i < 5000; i++)
		fprintf(fp, "%.4f,%.4f ", 60 + 10 * cos(i * 2 * M_PI / 5000), 41 + 5 * sin(i * 2 * M_PI / 5000));
	fputs("\n", fp);
	fclose(fp);
	t = dot_of(g, &o);
	ck_assert_int_ge(count(t, "\" + \""), 2);
	for (const char *p = strstr(t, "_background=\""), *q; p; p = q) {
		size_t piece;
		q = strstr(p + 1, "\" + \"");
		piece = q ? (size_t)(q - p) : strcspn(p + 14, "\"");
		ck_assert_uint_lt(piece, 16384);
	}
	sn_free(t);
	/* errors */
	fp = fopen(path, "w");
	fputs("# fine\nLand 10,20\n", fp);
	fclose(fp);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EPARSE);
	ck_assert_str_eq(sn_last_error(), strcat(strcpy(expect, path), ":2:1: expected NAME, a tab, then lon,lat pairs"));
	fp = fopen(path, "w");
	fputs("Land\t10,20 30;40\n", fp);
	fclose(fp);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EPARSE);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), ":1:12: expected lon,lat"));
	remove(path);
	rmdir(dir);
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, g, &o), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "cannot open the basemap"));
	/* not a map: the basemap is not read */
	o.flags = 0;
	t = dot_of(g, &o);
	ck_assert_ptr_null(strstr(t, "_background"));
	sn_free(t);
	/* a version 1 caller has no basemap field */
	ck_assert_int_eq(sn_dot_opts_init(&v1, 1), SN_OK);
	v1.flags = SN_DOT_GEO;
	t = dot_of(g, &v1);
	ck_assert_ptr_null(strstr(t, "_background"));
	sn_free(t);
	ck_assert_int_eq(sn_dot_opts_init(&v1, 3), SN_EINVAL);
	/* no places with coordinates: nothing to project, no map */
	ck_assert_int_eq(sn_graph_new(&one, 0), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(one, "a", NULL), SN_OK);
	o.flags = SN_DOT_GEO;
	ck_assert_int_eq(sn_graph_write_dot_memory(&t, NULL, one, &o), SN_ENOTFOUND);
	sn_graph_free(one);
	sn_graph_free(g);
}
END_TEST

static Suite *dot_suite(void)
{
	Suite *s = suite_create("dot");
	TCase *tc;

	tc = test_case(s, "style", NULL, NULL);
	tcase_add_test(tc, undirected_styled);
	tcase_add_test(tc, many_categories);
	tc = test_case(s, "escaping", NULL, NULL);
	tcase_add_test(tc, escaping);
	tc = test_case(s, "directedness", NULL, NULL);
	tcase_add_test(tc, mixed_and_directed);
	tc = test_case(s, "highlight", NULL, NULL);
	tcase_add_test(tc, highlight_route);
	tc = test_case(s, "geographic", NULL, NULL);
	tcase_add_test(tc, geographic);
	tc = test_case(s, "clusters", NULL, NULL);
	tcase_add_test(tc, clusters);
	tc = test_case(s, "output", NULL, NULL);
	tcase_add_test(tc, to_file_and_path);
	tc = test_case(s, "errors", NULL, NULL);
	tcase_add_test(tc, errors);
	tcase_add_test(tc, legend_id_and_large_networks);
	tcase_add_test(tc, legend_key_without_name);
	tcase_add_test(tc, basemap);
	return s;
}

int main(void)
{
	return run_suite(dot_suite());
}
