/*
 * check_community.c - communities in the library: results counted by hand
 * on small graphs, the numbering, attribute groups, mixing, attaching, a
 * mixed graph's ties, warnings and argument errors. Modularity on real and
 * random networks is checked against NetworkX and python-igraph in
 * tests/cli/test_communities.py.
 */
#include "testutil.h"

#include <math.h>

/* Two triangles a-b-c and d-e-f joined by c-d; g stands alone. */
static sn_graph *two_triangles(int directed)
{
	static const char *const ids[] = { "a", "b", "c", "d", "e", "f", "g" };
	static const char *const bloc[] = { "X", "X", "X", "Y", "Y", "Y", NULL };
	static const size_t edges[][2] = { { 0, 1 }, { 1, 2 }, { 2, 0 }, { 3, 4 }, { 4, 5 }, { 5, 3 }, { 2, 3 } };
	sn_graph *g;
	size_t k;

	ck_assert_int_eq(sn_graph_new(&g, directed), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "bloc", SN_DOMAIN_NODE, SN_TYPE_STRING, &k), SN_OK);
	for (size_t i = 0; i < 7; i++) {
		ck_assert_int_eq(sn_graph_vertex_add(g, ids[i], NULL), SN_OK);
		if (bloc[i])
			ck_assert_int_eq(sn_attr_set_string(g, k, SN_DOMAIN_NODE, i, bloc[i]), SN_OK);
	}
	for (size_t i = 0; i < 7; i++)
		ck_assert_int_eq(sn_graph_edge_add(g, edges[i][0], edges[i][1], NULL, NULL), SN_OK);
	return g;
}

/* Q = sum over communities of l_c/m - (d_c/2m)^2 = 2 * (3/7 - (7/14)^2) */
#define TWO_TRIANGLES_Q (2.0 * (3.0 / 7.0 - 0.25))

START_TEST(methods_find_the_triangles)
{
	static const sn_community_method methods[] = { SN_COMMUNITY_LOUVAIN, SN_COMMUNITY_LEIDEN,
		                                           SN_COMMUNITY_FASTGREEDY, SN_COMMUNITY_WALKTRAP,
		                                           SN_COMMUNITY_INFOMAP };
	sn_graph *g = two_triangles(0);
	sn_community_opts o = SN_COMMUNITY_OPTS_INIT;
	sn_communities *c;
	const size_t *mem;
	size_t n;

	for (size_t i = 0; i < sizeof methods / sizeof *methods; i++) {
		o.method = methods[i];
		ck_assert_msg(sn_communities_find(&c, g, &o) == SN_OK, "%s", sn_last_error());
		mem = sn_communities_membership(c, &n);
		ck_assert_uint_eq(n, 7);
		/* numbered by size: the triangles (a's first) then g alone */
		ck_assert_uint_eq(sn_communities_count(c), 3);
		ck_assert_uint_eq(mem[0], 0);
		ck_assert_uint_eq(mem[1], 0);
		ck_assert_uint_eq(mem[2], 0);
		ck_assert_uint_eq(mem[3], 1);
		ck_assert_uint_eq(mem[5], 1);
		ck_assert_uint_eq(mem[6], 2);
		ck_assert_uint_eq(sn_communities_size(c, 0), 3);
		ck_assert_uint_eq(sn_communities_size(c, 2), 1);
		ck_assert_uint_eq(sn_communities_size(c, 3), 0);
		ck_assert_double_eq_tol(sn_communities_modularity(c), TWO_TRIANGLES_Q, 1e-12);
		ck_assert_int_eq(sn_communities_method(c), methods[i]);
		ck_assert_uint_eq(sn_communities_warning_count(c), 0);
		sn_communities_free(c);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(attribute_groups_and_mixing)
{
	sn_graph *g = two_triangles(0);
	sn_community_opts o = SN_COMMUNITY_OPTS_INIT;
	sn_communities *c;
	double within, between, ei;
	size_t n;

	o.method = SN_COMMUNITY_ATTRIBUTE;
	o.group = "bloc";
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	/* X, Y, and g without a bloc on its own */
	ck_assert_uint_eq(sn_communities_count(c), 3);
	ck_assert_uint_eq(sn_communities_membership(c, &n)[6], 2);
	ck_assert_double_eq_tol(sn_communities_modularity(c), TWO_TRIANGLES_Q, 1e-12);
	/* 6 ties inside (of 3 + 3 pairs), 1 between (of 21 - 6 pairs) */
	ck_assert_int_eq(sn_communities_mixing(c, g, &within, &between, &ei), SN_OK);
	ck_assert_double_eq_tol(within, 1.0, 1e-12);
	ck_assert_double_eq_tol(between, 1.0 / 15.0, 1e-12);
	ck_assert_double_eq_tol(ei, (1.0 - 6.0) / 7.0, 1e-12);
	ck_assert_int_eq(sn_communities_mixing(c, g, NULL, NULL, NULL), SN_OK);
	/* attached, the grouping is a long attribute export writes */
	ck_assert_int_eq(sn_graph_attach_communities(g, "group", c, NULL), SN_OK);
	{
		int64_t x;
		ck_assert_int_eq(sn_attr_get_long(g, key(g, SN_DOMAIN_NODE, "group"), SN_DOMAIN_NODE, 4, &x), SN_OK);
		ck_assert_int_eq(x, 1);
	}
	ck_assert_int_eq(sn_graph_attach_communities(g, "bloc", c, NULL), SN_EINVAL);
	sn_communities_free(c);
	o.group = "nope";
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_ENOTFOUND);
	ck_assert_ptr_null(c);
	o.group = NULL;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

START_TEST(weights_and_direction)
{
	sn_graph *g = two_triangles(1);
	sn_community_opts o = SN_COMMUNITY_OPTS_INIT;
	sn_communities *c;
	size_t k;

	/* directed: read as undirected, and said */
	ck_assert_int_eq(sn_communities_find(&c, g, NULL), SN_OK);
	ck_assert_uint_eq(sn_communities_warning_count(c), 1);
	ck_assert_str_eq(sn_communities_warning(c, 0), "the graph is directed; this method reads its ties as undirected");
	ck_assert_ptr_null(sn_communities_warning(c, 1));
	ck_assert_double_eq_tol(sn_communities_modularity(c), TWO_TRIANGLES_Q, 1e-12);
	sn_communities_free(c);
	/* a heavy bridge c-d (strength 20) pulls the triangles together */
	ck_assert_int_eq(sn_key_add(g, "w", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &k), SN_OK);
	for (size_t e = 0; e < 7; e++)
		ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, e, e == 6 ? 20.0 : 1.0), SN_OK);
	o.weight = "w";
	o.weight_is = SN_WEIGHT_STRENGTH;
	o.method = SN_COMMUNITY_FASTGREEDY;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	ck_assert_uint_eq(sn_communities_membership(c, NULL)[2], sn_communities_membership(c, NULL)[3]);
	sn_communities_free(c);
	/* as a distance, 20 is a weak tie: the triangles apart again */
	o.weight_is = SN_WEIGHT_DISTANCE;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	ck_assert_uint_ne(sn_communities_membership(c, NULL)[2], sn_communities_membership(c, NULL)[3]);
	sn_communities_free(c);
	/* a missing weight: an error, no tie, or a value */
	ck_assert_int_eq(sn_attr_unset(g, k, SN_DOMAIN_EDGE, 6), SN_OK);
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	o.missing_weight = SN_MISSING_SKIP;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	ck_assert_uint_eq(sn_communities_count(c), 3);
	sn_communities_free(c);
	o.missing_weight = SN_MISSING_VALUE;
	o.missing_value = 1;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	ck_assert_double_eq_tol(sn_communities_modularity(c), TWO_TRIANGLES_Q, 1e-12);
	sn_communities_free(c);
	sn_graph_free(g);
}
END_TEST

START_TEST(mixed_graph_ties_once)
{
	/* Gephi's mixed graph stores an undirected edge both ways: one tie */
	sn_graph *g = load_fixture("graphml/gephi-mixed.graphml");
	sn_community_opts o = SN_COMMUNITY_OPTS_INIT;
	sn_communities *c;
	double ei;

	o.method = SN_COMMUNITY_FASTGREEDY;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_OK);
	ck_assert_int_eq(sn_communities_mixing(c, g, NULL, NULL, &ei), SN_OK);
	ck_assert(!isnan(sn_communities_modularity(c)));
	sn_communities_free(c);
	sn_graph_free(g);
}
END_TEST

START_TEST(arguments)
{
	sn_graph *g = two_triangles(0), *empty;
	sn_community_opts o = SN_COMMUNITY_OPTS_INIT;
	sn_communities *c;
	sn_community_method m;

	ck_assert_int_eq(sn_community_method_from_name("leiden", &m), SN_OK);
	ck_assert_int_eq(m, SN_COMMUNITY_LEIDEN);
	ck_assert_str_eq(sn_community_method_name(SN_COMMUNITY_LABEL_PROPAGATION), "label_propagation");
	ck_assert_str_eq(sn_community_method_name(SN_COMMUNITY_COUNT_), "unknown");
	ck_assert_int_eq(sn_community_method_from_name("girvan", &m), SN_ENOTFOUND);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "the methods are: louvain, leiden"));
	ck_assert_int_eq(sn_communities_find(NULL, g, NULL), SN_EINVAL);
	o.version = 9;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	ck_assert_int_eq(sn_community_opts_init(&o, 9), SN_EINVAL);
	ck_assert_int_eq(sn_community_opts_init(&o, SN_COMMUNITY_OPTS_VERSION), SN_OK);
	ck_assert_double_eq(o.resolution, 1.0);
	o.resolution = 0;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	o.resolution = 1;
	o.weight = "w";
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	o.weight = NULL;
	o.method = SN_COMMUNITY_COUNT_;
	ck_assert_int_eq(sn_communities_find(&c, g, &o), SN_EINVAL);
	/* nothing at all: no communities, modularity undefined */
	ck_assert_int_eq(sn_graph_new(&empty, 0), SN_OK);
	ck_assert_int_eq(sn_communities_find(&c, empty, NULL), SN_OK);
	ck_assert_uint_eq(sn_communities_count(c), 0);
	ck_assert(isnan(sn_communities_modularity(c)));
	ck_assert_int_eq(sn_communities_mixing(c, g, NULL, NULL, NULL), SN_EINVAL);
	sn_communities_free(c);
	sn_communities_free(NULL);
	ck_assert_uint_eq(sn_communities_count(NULL), 0);
	sn_graph_free(empty);
	sn_graph_free(g);
}
END_TEST

static Suite *community_suite(void)
{
	Suite *s = suite_create("community");
	TCase *tc;

	tc = test_case(s, "methods", NULL, NULL);
	tcase_add_test(tc, methods_find_the_triangles);
	tc = test_case(s, "groups", NULL, NULL);
	tcase_add_test(tc, attribute_groups_and_mixing);
	tc = test_case(s, "weights", NULL, NULL);
	tcase_add_test(tc, weights_and_direction);
	tc = test_case(s, "mixed", NULL, NULL);
	tcase_add_test(tc, mixed_graph_ties_once);
	tc = test_case(s, "arguments", NULL, NULL);
	tcase_add_test(tc, arguments);
	return s;
}

int main(void)
{
	return run_suite(community_suite());
}
