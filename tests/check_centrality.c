/*
 * check_centrality.c - centrality in the library: what the command-line
 * reference tests cannot reach (brokerage by hand, concentration, progress,
 * interruption, attaching scores, argument errors).
 * Reference values for every igraph measure are checked in
 * tests/cli/test_centrality.py against NetworkX and python-igraph.
 */
#include "testutil.h"

#include <math.h>

static sn_graph *build(int directed, const char *const *ids, const char *const *groups, size_t n,
                       const size_t (*edges)[2], size_t m)
{
	sn_graph *g;
	size_t k;

	ck_assert_int_eq(sn_graph_new(&g, directed), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "bloc", SN_DOMAIN_NODE, SN_TYPE_STRING, &k), SN_OK);
	for (size_t i = 0; i < n; i++) {
		ck_assert_int_eq(sn_graph_vertex_add(g, ids[i], NULL), SN_OK);
		if (groups)
			ck_assert_int_eq(sn_attr_set_string(g, k, SN_DOMAIN_NODE, i, groups[i]), SN_OK);
	}
	for (size_t i = 0; i < m; i++)
		ck_assert_int_eq(sn_graph_edge_add(g, edges[i][0], edges[i][1], NULL, NULL), SN_OK);
	return g;
}

static double score(const sn_graph *g, sn_measure m, const sn_centrality_opts *o, size_t v)
{
	sn_scores *s;
	double x;
	ck_assert_msg(sn_centrality(&s, g, m, o) == SN_OK, "%s", sn_last_error());
	x = sn_scores_values(s)[v];
	sn_scores_free(s);
	return x;
}

/* Counted by hand: every two-path u -> v -> w without a tie u -> w.
 *   a3 -> a1 -> b1   A A B  representative (a1)
 *   a1 -> b1 -> a2   A B A  itinerant (b1)
 *   a1 -> b1 -> c1   A B C  liaison (b1)
 *   b1 -> c1 -> c2   B C C  gatekeeper (c1)
 *   b1 -> a2 -> a3   B A A  gatekeeper (a2)
 *   a2 -> a3 -> a1   A A A  coordinator (a3) */
START_TEST(brokerage_by_hand)
{
	static const char *const ids[] = { "a1", "a2", "a3", "b1", "c1", "c2" };
	static const char *const grp[] = { "A", "A", "A", "B", "C", "C" };
	static const size_t edges[][2] = { { 2, 0 }, { 0, 3 }, { 3, 1 }, { 3, 4 }, { 4, 5 }, { 1, 2 } };
	static const double want[6][6] = {
		/* coordinator itinerant gatekeeper representative liaison total */
		{ 0, 0, 0, 1, 0, 1 }, /* a1 */
		{ 0, 0, 1, 0, 0, 1 }, /* a2 */
		{ 1, 0, 0, 0, 0, 1 }, /* a3 */
		{ 0, 1, 0, 0, 1, 2 }, /* b1 */
		{ 0, 0, 1, 0, 0, 1 }, /* c1 */
		{ 0, 0, 0, 0, 0, 0 }, /* c2 */
	};
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(1, ids, grp, 6, edges, 6);

	o.group = "bloc";
	for (int role = 0; role < 6; role++)
		for (size_t v = 0; v < 6; v++)
			ck_assert_msg(score(g, (sn_measure)(SN_BROKERAGE_COORDINATOR + role), &o, v) == want[v][role],
			              "%s of %s", sn_measure_name((sn_measure)(SN_BROKERAGE_COORDINATOR + role)), ids[v]);
	/* by chance: 6 ties among 6 (d = 6/30); a coordinator of group A (3
	 * members) expects d^2 (1 - d) * 2 * 1, any broker d^2 (1 - d) * 5 * 4 */
	{
		double e[6], sd[6], p = 0.2 * 0.2 * 0.8;
		ck_assert_int_eq(sn_brokerage_expected(g, SN_BROKERAGE_COORDINATOR, &o, e, sd), SN_OK);
		ck_assert_double_eq_tol(e[0], p * 2, 1e-12);
		ck_assert_double_eq_tol(e[3], 0, 1e-12); /* b1 is alone in B */
		ck_assert_double_eq_tol(sd[0], sqrt(p * 2 * (1 - p)), 1e-12);
		ck_assert_int_eq(sn_brokerage_expected(g, SN_BROKERAGE_TOTAL, &o, e, sd), SN_OK);
		ck_assert_double_eq_tol(e[5], p * 20, 1e-12);
		ck_assert_int_eq(sn_brokerage_expected(g, SN_BETWEENNESS, &o, e, sd), SN_EINVAL);
		o.from_group = "A";
		ck_assert_int_eq(sn_brokerage_expected(g, SN_BROKERAGE_TOTAL, &o, e, sd), SN_EINVAL);
		o.from_group = NULL;
	}
	/* a direct tie a3 -> b1 closes the representative's path, and opens
	 * a3 -> b1 -> a2 (itinerant) and a3 -> b1 -> c1 (liaison) */
	ck_assert_int_eq(sn_graph_edge_add(g, 2, 3, NULL, NULL), SN_OK);
	ck_assert_double_eq(score(g, SN_BROKERAGE_REPRESENTATIVE, &o, 0), 0);
	ck_assert_double_eq(score(g, SN_BROKERAGE_ITINERANT, &o, 3), 2);
	ck_assert_double_eq(score(g, SN_BROKERAGE_LIAISON, &o, 3), 2);
	/* parallel edges count once */
	ck_assert_int_eq(sn_graph_edge_add(g, 0, 3, NULL, NULL), SN_OK);
	ck_assert_double_eq(score(g, SN_BROKERAGE_LIAISON, &o, 3), 2);
	/* groups given as lists of actors: only a1 -> b1 -> a2 (itinerant)
	 * and a1 -> b1 -> c1 (liaison) run from a1 to {a2, c1} */
	o.from_group = "a1";
	o.to_group = "a2, c1";
	for (size_t v = 0; v < 6; v++)
		ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, v), v == 3 ? 2 : 0);
	ck_assert_double_eq(score(g, SN_BROKERAGE_LIAISON, &o, 3), 1);
	/* a group value wins over an actor of that name; lists mix freely */
	o.from_group = "A";
	o.to_group = "c1,b1";
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 0), 0); /* a3 -> a1 -> b1 is closed by a3 -> b1 */
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 2), 1); /* a2 -> a3 -> b1 */
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 3), 2); /* a1, a3 -> b1 -> c1 */
	sn_graph_free(g);
}
END_TEST

START_TEST(brokerage_undirected_and_errors)
{
	static const char *const ids[] = { "KR", "UZ", "JP" };
	static const char *const grp[] = { "East Asia", "Central Asia", "East Asia" };
	static const size_t edges[][2] = { { 0, 1 }, { 1, 2 } };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, grp, 3, edges, 2);
	sn_scores *s;

	/* KR - UZ - JP, both ways: UZ is an itinerant broker twice */
	o.group = "bloc";
	ck_assert_double_eq(score(g, SN_BROKERAGE_ITINERANT, &o, 1), 2);
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 1), 2);
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 0), 0);
	/* only paths from East Asia to Central Asia: KR -> UZ -> JP is not one */
	o.from_group = "East Asia";
	o.to_group = "Central Asia";
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 1), 0);
	o.to_group = "East Asia";
	ck_assert_double_eq(score(g, SN_BROKERAGE_TOTAL, &o, 1), 2);
	/* a group no actor has is an error that suggests, not zeros */
	o.from_group = "East Asai";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "from group 'East Asai': no actor has bloc 'East Asai' or is named so; "
	                                  "did you mean 'East Asia'?");
	o.from_group = "Europe";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "from group 'Europe': no actor has bloc 'Europe' or is named so; "
	                                  "the values are 'East Asia', 'Central Asia'");
	o.from_group = " , ";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "from group is empty: give a value of 'bloc' or a list of actors");
	o.from_group = "KR";
	o.to_group = "JP,XX";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "to group 'JP,XX': no vertex 'XX'");
	o.from_group = o.to_group = NULL;
	o.group = NULL;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_EINVAL);
	o.group = "nope";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_ENOTFOUND);
	sn_graph_free(g);
	g = build(0, ids, NULL, 3, edges, 2);
	o.group = "bloc";
	ck_assert_int_eq(sn_centrality(&s, g, SN_BROKERAGE_TOTAL, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "node 'KR' has no 'bloc': every actor needs a group for brokerage");
	ck_assert_ptr_null(s);
	sn_graph_free(g);
}
END_TEST

START_TEST(concentration_by_hand)
{
	static const char *const ids[] = { "UZ", "CN", "RU", "KR" };
	/* UZ-CN twice (2 + 1), UZ-RU 1; KR has no ties */
	static const size_t edges[][2] = { { 0, 1 }, { 1, 0 }, { 0, 2 } };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, NULL, 4, edges, 3);
	size_t kw, kr;

	ck_assert_int_eq(sn_key_add(g, "trade", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &kw), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "relation", SN_DOMAIN_EDGE, SN_TYPE_STRING, &kr), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, kw, SN_DOMAIN_EDGE, 0, 2.0), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, kw, SN_DOMAIN_EDGE, 1, 1.0), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, kw, SN_DOMAIN_EDGE, 2, 1.0), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, kr, SN_DOMAIN_EDGE, 0, "trade"), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, kr, SN_DOMAIN_EDGE, 1, "aid"), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, kr, SN_DOMAIN_EDGE, 2, "trade"), SN_OK);
	/* unweighted: 2 ties to CN, 1 to RU: (2/3)^2 + (1/3)^2 */
	ck_assert_double_eq_tol(score(g, SN_CONCENTRATION, &o, 0), 5.0 / 9.0, 1e-15);
	ck_assert_double_eq(score(g, SN_CONCENTRATION, &o, 1), 1.0);
	ck_assert_double_nan(score(g, SN_CONCENTRATION, &o, 3));
	o.weight = "trade";
	o.weight_is = SN_WEIGHT_STRENGTH;
	/* 3 of 4 to CN, 1 of 4 to RU */
	ck_assert_double_eq_tol(score(g, SN_CONCENTRATION, &o, 0), 0.625, 1e-15);
	o.relation = "trade";
	ck_assert_double_eq_tol(score(g, SN_CONCENTRATION, &o, 0), (2.0 / 3) * (2.0 / 3) + (1.0 / 9), 1e-15);
	o.relation = "loan"; /* no such ties */
	ck_assert_double_nan(score(g, SN_CONCENTRATION, &o, 0));
	sn_graph_free(g);
}
END_TEST

static int calls;

static int stop_at_once(const char *what, double percent, void *payload)
{
	(void)what;
	(void)percent;
	*(int *)payload += 1;
	return 1;
}

static int count_only(const char *what, double percent, void *payload)
{
	(void)what;
	if (percent >= 0)
		*(int *)payload += 1;
	return 0;
}

START_TEST(progress_and_interruption)
{
	sn_graph *g = load_fixture("centrality/lesmis.graphml");
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_scores *s = (sn_scores *)0x1;
	int n = 0;

	o.progress = count_only;
	o.payload = &n;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_OK);
	ck_assert_int_gt(n, 0);
	sn_scores_free(s);
	calls = 0;
	o.progress = stop_at_once;
	o.payload = &calls;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_EINTERRUPTED);
	ck_assert_ptr_null(s);
	ck_assert_int_eq(calls, 1);
	ck_assert_str_eq(sn_last_error(), "betweenness: interrupted");
	ASSERT_FINALLY_EMPTY();
	/* the handlers are gone afterwards */
	o.progress = NULL;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_OK);
	sn_scores_free(s);
	sn_graph_free(g);
}
END_TEST

START_TEST(attach_and_export)
{
	sn_graph *g = load_fixture("centrality/karate.graphml"), *back;
	sn_scores *s, *e;
	size_t k, ke;
	char *text;
	size_t len;
	double x;

	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, NULL), SN_OK);
	ck_assert_int_eq(sn_scores_domain(s), SN_DOMAIN_NODE);
	ck_assert_int_eq(sn_scores_measure(s), SN_BETWEENNESS);
	ck_assert_uint_eq(sn_scores_count(s), 34);
	ck_assert_int_eq(sn_graph_attach_scores(g, "betweenness", s, &k), SN_OK);
	ck_assert_int_eq(sn_graph_attach_scores(g, "betweenness", s, NULL), SN_OK); /* again: same key */
	ck_assert_uint_eq(sn_key_count(g), 3);
	ck_assert_int_eq(sn_centrality(&e, g, SN_EDGE_BETWEENNESS, NULL), SN_OK);
	ck_assert_int_eq(sn_scores_domain(e), SN_DOMAIN_EDGE);
	ck_assert_uint_eq(sn_scores_count(e), 78);
	ck_assert_int_eq(sn_graph_attach_scores(g, "edge_betweenness", e, &ke), SN_OK);
	ck_assert_int_eq(sn_graph_attach_scores(g, "club", s, NULL), SN_EINVAL); /* a string key */
	ck_assert_int_eq(sn_graph_write_graphml_memory(&text, &len, g, NULL), SN_OK);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&back, text, len, "m", NULL), SN_OK);
	ck_assert_int_eq(sn_key_find(back, SN_DOMAIN_NODE, "betweenness", &k), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(back, k, SN_DOMAIN_NODE, 0, &x), SN_OK);
	ck_assert_double_eq(x, sn_scores_values(s)[0]);
	sn_free(text);
	sn_graph_free(back);
	sn_scores_free(s);
	sn_scores_free(e);
	sn_graph_free(g);
}
END_TEST

START_TEST(arguments)
{
	sn_graph *g = load_fixture("centrality/karate.graphml");
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_measure m;
	sn_scores *s;

	ck_assert_int_eq(sn_measure_from_name("pagerank", &m), SN_OK);
	ck_assert_int_eq(m, SN_PAGERANK);
	ck_assert_int_eq(sn_measure_from_name("fame", &m), SN_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "degree, strength, betweenness, edge_betweenness"));
	for (int i = 0; i < SN_MEASURE_COUNT_; i++) {
		ck_assert_int_eq(sn_measure_from_name(sn_measure_name((sn_measure)i), &m), SN_OK);
		ck_assert_int_eq(m, i);
		ck_assert_str_ne(sn_measure_description((sn_measure)i), "unknown measure");
	}
	ck_assert_str_eq(sn_measure_name(SN_MEASURE_COUNT_), "unknown");
	o.weight = "weight";
	ck_assert_int_eq(sn_centrality(&s, g, SN_PAGERANK, &o), SN_EINVAL); /* no weight_is */
	o.weight = NULL;
	o.damping = 1.5;
	ck_assert_int_eq(sn_centrality(&s, g, SN_PAGERANK, &o), SN_EINVAL);
	o.damping = 0;
	ck_assert_int_eq(sn_centrality(&s, g, SN_OPSAHL_DEGREE, &o), SN_EINVAL); /* needs a weight */
	o.alpha = -1;
	o.weight = "weight";
	o.weight_is = SN_WEIGHT_STRENGTH;
	ck_assert_int_eq(sn_centrality(&s, g, SN_OPSAHL_DEGREE, &o), SN_EINVAL);
	ck_assert_int_eq(sn_centrality(&s, g, (sn_measure)99, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_centrality(&s, NULL, SN_DEGREE, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_centrality_opts_init(&o, 0), SN_EINVAL);
	{
		size_t bad = 99;
		sn_centrality_opts p = SN_CENTRALITY_OPTS_INIT;
		p.personalization = &bad;
		p.n_personalization = 1;
		ck_assert_int_eq(sn_centrality(&s, g, SN_PAGERANK, &p), SN_EINVAL);
	}
	/* degree ignores weights, strength uses them */
	o.alpha = 0.5;
	ck_assert_double_eq(score(g, SN_DEGREE, &o, 0), 16);
	ck_assert_double_eq(score(g, SN_STRENGTH, &o, 0), 42);
	/* alpha 0 is degree, alpha 1 is strength */
	o.alpha = 0;
	ck_assert_double_eq_tol(score(g, SN_OPSAHL_DEGREE, &o, 0), 16, 1e-12);
	o.alpha = 1;
	ck_assert_double_eq_tol(score(g, SN_OPSAHL_DEGREE, &o, 0), 42, 1e-12);
	sn_graph_free(g);
}
END_TEST

START_TEST(mixed_graph_twins)
{
	/* Gephi's mixed graph: the undirected rail tie counts both ways */
	sn_graph *g = load_fixture("graphml/gephi-mixed.graphml");
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;

	o.mode = SN_MODE_OUT;
	ck_assert_double_eq(score(g, SN_DEGREE, &o, 2), 2); /* 2 -> 0 and 2 -- 1 */
	ck_assert_double_eq(score(g, SN_DEGREE, &o, 1), 1); /* 1 -- 2 */
	o.weight = "weight";
	o.weight_is = SN_WEIGHT_STRENGTH;
	o.mode = SN_MODE_DEFAULT;
	ck_assert_double_eq_tol(score(g, SN_CONCENTRATION, &o, 1), (3.0 / 4.5) * (3.0 / 4.5) + (1.5 / 4.5) * (1.5 / 4.5),
	                        1e-12);
	sn_graph_free(g);
}
END_TEST

/* igraph's doubts reach the caller with the scores, once each, and do not
 * carry over to the next call. */
START_TEST(igraph_warnings)
{
	static const char *const ids[] = { "a", "b", "c" };
	static const size_t dag[][2] = { { 0, 1 }, { 1, 2 }, { 0, 2 } };
	sn_graph *g = build(1, ids, NULL, 3, dag, 3);
	sn_scores *s;

	ck_assert_int_eq(sn_centrality(&s, g, SN_EIGENVECTOR, NULL), SN_OK);
	ck_assert_uint_eq(sn_scores_warning_count(s), 1);
	ck_assert_ptr_nonnull(strstr(sn_scores_warning(s, 0), "acyclic"));
	ck_assert_ptr_null(sn_scores_warning(s, 1));
	sn_scores_free(s);
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, NULL), SN_OK);
	ck_assert_uint_eq(sn_scores_warning_count(s), 0);
	ck_assert_ptr_null(sn_scores_warning(s, 0));
	sn_scores_free(s);
	ck_assert_uint_eq(sn_scores_warning_count(NULL), 0);
	sn_graph_free(g);
}
END_TEST

/* A path a - b - c - d whose weights are strengths of 1e12 (USD) or
 * distances of 1e-12: b and c each lie on two shortest paths, whatever
 * the unit; closeness scales with it. */
START_TEST(weights_of_any_unit)
{
	static const char *const ids[] = { "a", "b", "c", "d" };
	static const size_t path[][2] = { { 0, 1 }, { 1, 2 }, { 2, 3 } };
	static const double units[] = { 1e-12, 1e-9, 1.0, 1e9, 1e12 };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, NULL, 4, path, 3);
	size_t k;

	ck_assert_int_eq(sn_key_add(g, "w", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &k), SN_OK);
	o.weight = "w";
	for (size_t u = 0; u < sizeof units / sizeof *units; u++) {
		for (size_t e = 0; e < 3; e++)
			ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, e, units[u] * (double)(e + 1)), SN_OK);
		for (int strength = 0; strength <= 1; strength++) {
			/* a's distances: 1, 1.5, 1.8333 (strengths 1, 2, 3 are
			 * distances 1, 1/2, 1/3) or 1, 3, 6, in the unit */
			double sum_a = strength ? (1.0 + 1.5 + (1.5 + 1.0 / 3.0)) / units[u] : (1.0 + 3.0 + 6.0) * units[u];

			o.weight_is = strength ? SN_WEIGHT_STRENGTH : SN_WEIGHT_DISTANCE;
			ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 0), 0, 1e-12);
			ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 1), 2, 1e-12);
			ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 2), 2, 1e-12);
			ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 3), 0, 1e-12);
			ck_assert_double_eq_tol(score(g, SN_CLOSENESS, &o, 0) * sum_a, 1.0, 1e-12);
		}
	}
	sn_graph_free(g);
}
END_TEST

/* Removal: the measure on what remains, NaN for what is left out. */
START_TEST(removal_scenarios)
{
	static const char *const ids[] = { "a", "b", "c", "d", "e" };
	static const char *const grp[] = { "X", "Y", "X", "X", "Y" };
	/* a - b - c - d - e, and a - c */
	static const size_t edges[][2] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 0, 2 } };
	const char *avoid[] = { "d" }, *avoid_y[] = { "bloc=Y" }, *nothing[] = { "bloc=Z" };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, grp, 5, edges, 5);
	size_t pers[] = { 3 };
	sn_scores *s;

	/* without d: a - b - c, a - c, e alone; nobody brokers */
	o.avoid = avoid;
	o.n_avoid = 1;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_count(s), 5);
	ck_assert_double_eq(sn_scores_values(s)[2], 0);
	ck_assert(isnan(sn_scores_values(s)[3]));
	ck_assert_uint_eq(sn_scores_warning_count(s), 0);
	sn_scores_free(s);
	/* degree normalized by the remaining four vertices: c has a and b */
	o.normalized = 1;
	ck_assert_double_eq_tol(score(g, SN_DEGREE, &o, 2), 2.0 / 3.0, 1e-12);
	o.normalized = 0;
	/* edges: those of d are left out */
	ck_assert_int_eq(sn_centrality(&s, g, SN_EDGE_BETWEENNESS, &o), SN_OK);
	ck_assert(isnan(sn_scores_values(s)[2]) && isnan(sn_scores_values(s)[3]));
	ck_assert_double_eq(sn_scores_values(s)[0], 1); /* a-b: only b's pair with a */
	sn_scores_free(s);
	/* by attribute: without Y, a - c - d remain and c brokers a-d */
	o.avoid = avoid_y;
	ck_assert_double_eq(score(g, SN_BETWEENNESS, &o, 2), 1);
	/* a group attribute still reads on the copy */
	o.group = "bloc";
	ck_assert_double_eq(score(g, SN_BROKERAGE_COORDINATOR, &o, 2), 2); /* a -> c -> d and back */
	o.group = NULL;
	/* a spec that leaves nothing out is a warning */
	o.avoid = nothing;
	ck_assert_int_eq(sn_centrality(&s, g, SN_DEGREE, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_warning_count(s), 1);
	ck_assert_str_eq(sn_scores_warning(s, 0), "avoid 'bloc=Z' leaves nothing out");
	sn_scores_free(s);
	/* PageRank restarting only at a vertex that is left out */
	o.avoid = avoid;
	o.personalization = pers;
	o.n_personalization = 1;
	ck_assert_int_eq(sn_centrality(&s, g, SN_PAGERANK, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "every personalization vertex is left out");
	o.personalization = NULL;
	o.n_personalization = 0;
	/* a count without its array */
	o.avoid = NULL;
	ck_assert_int_eq(sn_centrality(&s, g, SN_DEGREE, &o), SN_EINVAL);
	/* a version 1 struct has no avoid: the whole network */
	o.avoid = avoid;
	o.version = 1;
	ck_assert_double_eq(score(g, SN_BETWEENNESS, &o, 3), 3);
	sn_graph_free(g);
}
END_TEST

/* Edges without the weight: an error by default, left out, or a value. */
START_TEST(missing_weights)
{
	static const char *const ids[] = { "a", "b", "c" };
	/* a - b - c and a - c; only a - b and b - c weigh (1 each) */
	static const size_t edges[][2] = { { 0, 1 }, { 1, 2 }, { 0, 2 } };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, NULL, 3, edges, 3);
	sn_scores *s;
	size_t k;

	ck_assert_int_eq(sn_key_add(g, "km", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &k), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, 0, 1.0), SN_OK);
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, 1, 1.0), SN_OK);
	o.weight = "km";
	o.weight_is = SN_WEIGHT_DISTANCE;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "edge 'a'-'c' has no 'km' (and the key has no default): say what a "
	                                  "missing weight means (left out, or a value)");
	/* left out: b lies between a and c */
	o.missing_weight = SN_MISSING_SKIP;
	ck_assert_double_eq(score(g, SN_BETWEENNESS, &o, 1), 1);
	ck_assert_int_eq(sn_centrality(&s, g, SN_EDGE_BETWEENNESS, &o), SN_OK);
	ck_assert(isnan(sn_scores_values(s)[2]));
	sn_scores_free(s);
	/* 3 km: still longer than through b */
	o.missing_weight = SN_MISSING_VALUE;
	o.missing_value = 3;
	ck_assert_double_eq(score(g, SN_BETWEENNESS, &o, 1), 1);
	/* 1.5 km: shorter, b brokers nothing */
	o.missing_value = 1.5;
	ck_assert_double_eq(score(g, SN_BETWEENNESS, &o, 1), 0);
	o.missing_value = -1;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_EINVAL);
	o.missing_weight = (sn_missing_weight)7;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

/* Burt by hand: a star's centre has three partners none tied to another
 * (effective size 3, efficiency 1); in the triangle a - b - c, each has
 * two partners tied to each other (2 - 2 * 1 / 2 = 1, efficiency 1/2). */
START_TEST(structural_holes_by_hand)
{
	static const char *const ids[] = { "hub", "x", "y", "z", "a", "b", "c", "alone" };
	static const size_t edges[][2] = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 4, 5 }, { 5, 6 }, { 6, 4 }, { 7, 7 } };
	sn_graph *g = build(0, ids, NULL, 8, edges, 7);

	ck_assert_double_eq_tol(score(g, SN_EFFECTIVE_SIZE, NULL, 0), 3, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_EFFICIENCY, NULL, 0), 1, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_EFFECTIVE_SIZE, NULL, 1), 1, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_EFFECTIVE_SIZE, NULL, 4), 1, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_EFFICIENCY, NULL, 4), 0.5, 1e-12);
	/* a self-loop is no partner */
	ck_assert(isnan(score(g, SN_EFFECTIVE_SIZE, NULL, 7)));
	ck_assert(isnan(score(g, SN_EFFICIENCY, NULL, 7)));
	sn_graph_free(g);
}
END_TEST

/* A square a - b - d - c - a whose a - b is doubled. Separate, two of
 * a's three shortest paths to d run through b; collapsed, one of two. */
START_TEST(parallel_edges_collapsed)
{
	static const char *const ids[] = { "a", "b", "c", "d" };
	static const size_t edges[][2] = { { 0, 1 }, { 0, 1 }, { 1, 3 }, { 0, 2 }, { 2, 3 } };
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_graph *g = build(0, ids, NULL, 4, edges, 5);
	sn_scores *s;

	ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 1), 2.0 / 3.0, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 2), 1.0 / 3.0, 1e-12);
	o.collapse_parallel = 1;
	ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 1), 0.5, 1e-12);
	ck_assert_double_eq_tol(score(g, SN_BETWEENNESS, &o, 2), 0.5, 1e-12);
	/* both a - b edges carry the tie's edge betweenness */
	ck_assert_int_eq(sn_centrality(&s, g, SN_EDGE_BETWEENNESS, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_count(s), 5);
	ck_assert_double_eq_tol(sn_scores_values(s)[0], sn_scores_values(s)[1], 1e-12);
	sn_scores_free(s);
	/* degree counts every edge either way */
	ck_assert_double_eq(score(g, SN_DEGREE, &o, 0), 3);
	sn_graph_free(g);
}
END_TEST

/* Sampled betweenness on the path a-b-c-d-e, where by hand b lies on 3
 * shortest paths (a to c, d, e) and c on 4: a sample of all vertices is
 * exact, single sources average to the exact value, errors come along
 * and scale with normalization, and the version 2 layout stays exact. */
START_TEST(sampled_betweenness)
{
	static const char *const ids[] = { "a", "b", "c", "d", "e" };
	static const size_t path[][2] = { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 } };
	sn_graph *g = build(0, ids, NULL, 5, path, 4);
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT, v2;
	sn_scores *s, *e;
	const double *se;
	double sum = 0;

	o.sample = 5;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_OK);
	ck_assert_ptr_null(sn_scores_stderr(s));
	ck_assert_uint_eq(sn_scores_sample(s), 0);
	ck_assert_double_eq_tol(sn_scores_values(s)[1], 3.0, 1e-12);
	ck_assert_double_eq_tol(sn_scores_values(s)[2], 4.0, 1e-12);
	sn_scores_free(s);
	/* one source at a time: 5 times its contribution */
	o.sample = 1;
	for (unsigned long long seed = 1; seed <= 200; seed++) {
		o.seed = seed;
		ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_OK);
		ck_assert_uint_eq(sn_scores_sample(s), 1);
		ck_assert_ptr_nonnull(sn_scores_stderr(s));
		sum += sn_scores_values(s)[2];
		sn_scores_free(s);
	}
	/* 200 single-source estimates of c (exact 4): mean within 0.5 */
	ck_assert_double_eq_tol(sum / 200, 4.0, 0.5);
	/* edge betweenness, its standard errors beside it */
	o.sample = 3;
	o.seed = 0;
	ck_assert_int_eq(sn_centrality(&e, g, SN_EDGE_BETWEENNESS, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_sample(e), 3);
	se = sn_scores_stderr(e);
	ck_assert_ptr_nonnull(se);
	for (size_t i = 0; i < 4; i++)
		ck_assert_msg(se[i] >= 0 && isfinite(se[i]), "se[%zu] = %g", i, se[i]);
	/* normalized: errors scale with the values */
	o.normalized = 1;
	ck_assert_int_eq(sn_centrality(&s, g, SN_EDGE_BETWEENNESS, &o), SN_OK);
	for (size_t i = 0; i < 4; i++)
		ck_assert_double_eq_tol(sn_scores_stderr(s)[i], se[i] * 2.0 / 20.0, 1e-12);
	sn_scores_free(s);
	sn_scores_free(e);
	/* with a cutoff: refused; other measures ignore the sample */
	o.normalized = 0;
	o.cutoff = 2;
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &o), SN_EINVAL);
	ck_assert_int_eq(sn_centrality(&s, g, SN_CLOSENESS, &o), SN_OK);
	ck_assert_ptr_null(sn_scores_stderr(s));
	sn_scores_free(s);
	/* a version 2 caller has no sample: exact */
	ck_assert_int_eq(sn_centrality_opts_init(&v2, 2), SN_OK);
	v2.sample = 1; /* past the version's size: never read */
	ck_assert_int_eq(sn_centrality(&s, g, SN_BETWEENNESS, &v2), SN_OK);
	ck_assert_ptr_null(sn_scores_stderr(s));
	sn_scores_free(s);
	ck_assert_ptr_null(sn_scores_stderr(NULL));
	ck_assert_uint_eq(sn_scores_sample(NULL), 0);
	sn_graph_free(g);
}
END_TEST

static Suite *centrality_suite(void)
{
	Suite *s = suite_create("centrality");
	TCase *tc;

	tc = test_case(s, "brokerage", NULL, NULL);
	tcase_add_test(tc, brokerage_by_hand);
	tcase_add_test(tc, brokerage_undirected_and_errors);
	tc = test_case(s, "concentration", NULL, NULL);
	tcase_add_test(tc, concentration_by_hand);
	tc = test_case(s, "mixed", NULL, NULL);
	tcase_add_test(tc, mixed_graph_twins);
	tc = test_case(s, "progress", NULL, NULL);
	tcase_add_test(tc, progress_and_interruption);
	tc = test_case(s, "attach", NULL, NULL);
	tcase_add_test(tc, attach_and_export);
	tc = test_case(s, "parallel edges", NULL, NULL);
	tcase_add_test(tc, parallel_edges_collapsed);
	tc = test_case(s, "structural holes", NULL, NULL);
	tcase_add_test(tc, structural_holes_by_hand);
	tc = test_case(s, "warnings", NULL, NULL);
	tcase_add_test(tc, igraph_warnings);
	tc = test_case(s, "units", NULL, NULL);
	tcase_add_test(tc, weights_of_any_unit);
	tc = test_case(s, "removal", NULL, NULL);
	tcase_add_test(tc, removal_scenarios);
	tc = test_case(s, "missing weights", NULL, NULL);
	tcase_add_test(tc, missing_weights);
	tc = test_case(s, "sampled", NULL, NULL);
	tcase_add_test(tc, sampled_betweenness);
	tc = test_case(s, "arguments", NULL, NULL);
	tcase_add_test(tc, arguments);
	return s;
}

int main(void)
{
	return run_suite(centrality_suite());
}
