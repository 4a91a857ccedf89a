/*
 * check_route.c - routing in the library. Costs are checked against
 * NetworkX and brute force in tests/cli/test_route.py; here: the API,
 * mixed graphs, lookups and what the command line cannot reach.
 */
#include "testutil.h"

#include <math.h>

static sn_graph *corridors(void)
{
	return load_fixture("graphml/igraph-corridors.graphml");
}

START_TEST(shortest_and_accessors)
{
	sn_graph *g = corridors();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;
	const size_t *v, *e;
	size_t nv, ne;

	o.cost = "km";
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 1);
	ck_assert(sn_routes_cost(r, 0) == 800.0 * 0 + 2100 + 450 + 1750);
	ck_assert(isnan(sn_routes_cost2(r, 0)));
	v = sn_routes_vertices(r, 0, &nv);
	e = sn_routes_edges(r, 0, &ne);
	ck_assert_uint_eq(nv, 4);
	ck_assert_uint_eq(ne, 3);
	ck_assert_uint_eq(v[0], 0);
	ck_assert_uint_eq(v[1], 2);
	ck_assert_uint_eq(v[3], 4);
	ck_assert_uint_eq(e[0], 4);
	ck_assert_uint_eq(sn_routes_unusable(r), 0);
	ck_assert_ptr_null(sn_routes_vertices(r, 1, &nv));
	ck_assert_uint_eq(nv, 0);
	ck_assert(isnan(sn_routes_cost(r, 5)));
	sn_routes_free(r);

	/* no cost: hops; a route to itself is empty and free */
	ck_assert_int_eq(sn_route(&r, g, 0, 4, NULL), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 3);
	sn_routes_free(r);
	ck_assert_int_eq(sn_route(&r, g, 2, 2, &o), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 0);
	sn_routes_free(r);
	/* directed: no way back */
	ck_assert_int_eq(sn_route(&r, g, 4, 0, &o), SN_ENOPATH);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(sn_last_error(), "no route from 'n4' to 'n0'");
	sn_graph_free(g);
	ASSERT_FINALLY_EMPTY();
}
END_TEST

START_TEST(constraints)
{
	sn_graph *g = corridors();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	const char *avoid[] = { "n2" }, *kinds[] = { "kind=port" }, *only[] = { "mode=rail" };
	const char *bad[] = { "weight=3" }, *badval[] = { "lat=north" };
	sn_routes *r;

	o.cost = "km";
	o.avoid = avoid;
	o.n_avoid = 1;
	/* every way to Istanbul passes Aktau */
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_ENOPATH);
	o.avoid = kinds;
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 800);
	sn_routes_free(r);
	ck_assert_int_eq(sn_route(&r, g, 0, 2, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "the destination 'n2' is closed by the constraints");
	/* the sea leg Aktau-Baku is not rail */
	o.avoid = NULL;
	o.n_avoid = 0;
	o.only = only;
	o.n_only = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_ENOPATH);
	o.only = NULL;
	o.n_only = 0;
	o.avoid = bad;
	o.n_avoid = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_ENOTFOUND);
	o.avoid = badval;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "'north' is not a value of double attribute 'lat': expected a number");
	sn_graph_free(g);
}
END_TEST

START_TEST(alternatives_waypoints_widest_astar)
{
	sn_graph *g = corridors();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	size_t via[] = { 1 };
	sn_routes *r;

	o.cost = "km";
	o.k = 5;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 2);
	ck_assert(sn_routes_cost(r, 0) == 4300 && sn_routes_cost(r, 1) == 5400);
	sn_routes_free(r);
	o.k = 0;
	o.via = via;
	o.n_via = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 800 + 2400 + 450 + 1750);
	sn_routes_free(r);
	o.k = 2;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_EINVAL);
	o.k = 0;
	o.n_via = 0;
	o.flags = SN_ROUTE_WIDEST;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 450); /* the narrowest is Aktau-Baku */
	sn_routes_free(r);
	o.cost = NULL;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_EINVAL);
	o.cost = "km";
	o.flags = SN_ROUTE_ASTAR;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert(sn_routes_cost(r, 0) == 4300);
	ck_assert_uint_gt(sn_routes_settled(r), 0);
	ck_assert_uint_le(sn_routes_settled(r), 5);
	sn_routes_free(r);
	/* A* needs coordinates */
	{
		sn_graph *h = load_fixture("graphml/networkx-digraph.graphml");
		ck_assert_int_eq(sn_route(&r, h, 0, 1, &o), SN_EINVAL); /* km = inf on c -> a */
		ck_assert_str_eq(sn_last_error(), "edge 'c'-'a': km = inf, expected a finite distance not below zero");
		o.cost = NULL;
		ck_assert_int_eq(sn_route(&r, h, 0, 1, &o), SN_ENOTFOUND);
		sn_graph_free(h);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(mixed_graph_routes_both_ways)
{
	sn_graph *g = load_fixture("graphml/gephi-mixed.graphml");
	sn_routes *r;
	const size_t *e;
	size_t ne;

	/* 2 -> 1 only over the undirected rail tie, reported as that edge */
	ck_assert_int_eq(sn_route(&r, g, 2, 1, NULL), SN_OK);
	e = sn_routes_edges(r, 0, &ne);
	ck_assert_uint_eq(ne, 1);
	ck_assert_uint_eq(e[0], 1);
	ck_assert_str_eq(sn_graph_edge_id(g, e[0]), "1");
	sn_routes_free(r);
	{
		sn_chokepoints *c;
		sn_domain d;
		size_t idx;
		double cost;
		ck_assert_int_eq(sn_route_chokepoints(&c, g, 2, 1, NULL), SN_OK);
		ck_assert_uint_eq(sn_chokepoints_count(c), 1);
		ck_assert_int_eq(sn_chokepoints_get(c, 0, &d, &idx, &cost), SN_OK);
		ck_assert_int_eq(d, SN_DOMAIN_EDGE);
		ck_assert_uint_eq(idx, 1);
		/* closing the tie closes both directions: 2 -> 0 -> 1 is left */
		ck_assert(cost == 2);
		ck_assert_int_eq(sn_chokepoints_get(c, 1, &d, &idx, &cost), SN_EINVAL);
		sn_chokepoints_free(c);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(chokepoints_structure_redundancy)
{
	sn_graph *g = corridors();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_chokepoints *c;
	size_t *ap, nap, *br, nbr, vd, ed;
	sn_domain d;
	size_t idx;
	double cost;

	o.cost = "km";
	ck_assert_int_eq(sn_route_chokepoints(&c, g, 0, 4, &o), SN_OK);
	ck_assert(sn_chokepoints_base_cost(c) == 4300);
	ck_assert_uint_eq(sn_chokepoints_count(c), 2 + 3);
	/* the last is the only one with a detour: Tashkent-Aktau, via Almaty */
	ck_assert_int_eq(sn_chokepoints_get(c, 4, &d, &idx, &cost), SN_OK);
	ck_assert_int_eq(d, SN_DOMAIN_EDGE);
	ck_assert_uint_eq(idx, 4);
	ck_assert(cost == 5400);
	ck_assert_int_eq(sn_chokepoints_get(c, 0, &d, &idx, &cost), SN_OK);
	ck_assert(isinf(cost));
	sn_chokepoints_free(c);
	ck_assert_int_eq(sn_graph_articulation_points(g, &ap, &nap), SN_OK);
	ck_assert_uint_eq(nap, 2);
	ck_assert_uint_eq(ap[0], 2);
	ck_assert_uint_eq(ap[1], 3);
	sn_free(ap);
	ck_assert_int_eq(sn_graph_bridges(g, &br, &nbr), SN_OK);
	ck_assert_uint_eq(nbr, 2);
	sn_free(br);
	ck_assert_int_eq(sn_route_redundancy(g, 0, 2, &o, &vd, &ed), SN_OK);
	ck_assert_uint_eq(vd, 2); /* direct, and via Almaty */
	ck_assert_uint_eq(ed, 2);
	ck_assert_int_eq(sn_route_redundancy(g, 0, 0, &o, &vd, &ed), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

START_TEST(costs_and_pareto)
{
	sn_graph *g = corridors();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_scores *s;
	sn_routes *r;

	o.cost = "km";
	ck_assert_int_eq(sn_route_costs(&s, g, 0, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_count(s), 5);
	ck_assert_int_eq(sn_scores_measure(s), SN_MEASURE_COUNT_);
	ck_assert(sn_scores_values(s)[0] == 0 && sn_scores_values(s)[3] == 2550 && sn_scores_values(s)[4] == 4300);
	sn_scores_free(s);
	ck_assert_int_eq(sn_route_costs(&s, g, 4, &o), SN_OK);
	ck_assert(isinf(sn_scores_values(s)[0]));
	sn_scores_free(s);
	/* km against hops: the shorter way has fewer hops too: one route */
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, "km", &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 1);
	ck_assert_int_eq(sn_routes_truncated(r), 0);
	sn_routes_free(r);
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, NULL, &o), SN_EINVAL);
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, "mode", &o), SN_EINVAL);
	sn_graph_free(g);
}
END_TEST

START_TEST(lookup)
{
	sn_graph *g = corridors();
	size_t v;

	ck_assert_int_eq(sn_graph_lookup_vertex(g, "n3", &v), SN_OK);
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(sn_graph_lookup_vertex(g, "Baku", &v), SN_OK); /* its name */
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(sn_graph_lookup_vertex(g, "istanbul", &v), SN_OK);
	ck_assert_uint_eq(v, 4);
	ck_assert_int_eq(sn_graph_lookup_vertex(g, "Tashkend", &v), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no vertex 'Tashkend'; did you mean 'Tashkent'?");
	ck_assert_int_eq(sn_graph_lookup_vertex(g, "Rotterdam", &v), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no vertex 'Rotterdam'");
	sn_graph_free(g);
}
END_TEST

START_TEST(arguments)
{
	sn_graph *g = corridors();
	sn_route_opts o;
	sn_routes *r = (sn_routes *)0x1;
	size_t via[] = { 17 };

	ck_assert_int_eq(sn_route_opts_init(&o, 2), SN_EINVAL);
	ck_assert_int_eq(sn_route_opts_init(&o, SN_ROUTE_OPTS_VERSION), SN_OK);
	ck_assert_int_eq(sn_route(&r, g, 0, 9, &o), SN_EINVAL);
	ck_assert_ptr_null(r);
	ck_assert_int_eq(sn_route(NULL, g, 0, 1, &o), SN_EINVAL);
	o.via = via;
	o.n_via = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_EINVAL);
	o.n_via = 0;
	o.version = 5;
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_EINVAL);
	sn_routes_free(NULL);
	sn_chokepoints_free(NULL);
	ck_assert_uint_eq(sn_routes_count(NULL), 0);
	sn_graph_free(g);
}
END_TEST

static Suite *route_suite(void)
{
	Suite *s = suite_create("route");
	TCase *tc = tcase_create("routes");
	tcase_add_test(tc, shortest_and_accessors);
	tcase_add_test(tc, constraints);
	tcase_add_test(tc, alternatives_waypoints_widest_astar);
	tcase_add_test(tc, mixed_graph_routes_both_ways);
	tcase_add_test(tc, costs_and_pareto);
	suite_add_tcase(s, tc);
	tc = tcase_create("structure");
	tcase_add_test(tc, chokepoints_structure_redundancy);
	suite_add_tcase(s, tc);
	tc = tcase_create("api");
	tcase_add_test(tc, lookup);
	tcase_add_test(tc, arguments);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return run_suite(route_suite());
}
