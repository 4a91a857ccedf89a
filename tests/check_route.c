/*
 * check_route.c - routing in the library. Costs are checked against
 * NetworkX and brute force in tests/cli/test_route.py; here: the API,
 * mixed graphs, lookups and what the command line cannot reach.
 */
#include "testutil.h"

#include <math.h>
#include <stddef.h>

/* Tashkent (n0), Almaty (n1), Aktau (n2), Baku (n3), Istanbul (n4),
 * directed, with km: the fixture of most tests here, loaded before each
 * and freed after it (with igraph's cleanup stack checked) by the tcases
 * that add corridors_fixture. */
static sn_graph *fixture;

static void corridors_setup(void)
{
	fixture = load_fixture("graphml/igraph-corridors.graphml");
}

static void corridors_teardown(void)
{
	sn_graph_free(fixture);
	fixture = NULL;
	ASSERT_FINALLY_EMPTY();
}

START_TEST(shortest_and_accessors)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;
	const size_t *v, *e;
	size_t nv, ne;

	o.cost = "km";
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 1);
	ck_assert_double_eq(sn_routes_cost(r, 0), 800.0 * 0 + 2100 + 450 + 1750);
	ck_assert_double_nan(sn_routes_cost2(r, 0));
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
	ck_assert_double_nan(sn_routes_cost(r, 5));
	sn_routes_free(r);

	/* no cost: hops; a route to itself is empty and free */
	ck_assert_int_eq(sn_route(&r, g, 0, 4, NULL), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 3);
	sn_routes_free(r);
	ck_assert_int_eq(sn_route(&r, g, 2, 2, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 0);
	sn_routes_free(r);
	/* directed: no way back */
	ck_assert_int_eq(sn_route(&r, g, 4, 0, &o), SN_ENOPATH);
	ck_assert_ptr_null(r);
	ck_assert_str_eq(sn_last_error(), "no route from 'n4' to 'n0'");
}
END_TEST

START_TEST(constraints)
{
	sn_graph *g = fixture;
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
	ck_assert_double_eq(sn_routes_cost(r, 0), 800);
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
}
END_TEST

START_TEST(alternatives)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	o.cost = "km";
	o.k = 5;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 2);
	ck_assert_double_eq(sn_routes_cost(r, 0), 4300);
	ck_assert_double_eq(sn_routes_cost(r, 1), 5400);
	sn_routes_free(r);
}
END_TEST

START_TEST(waypoints)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	size_t via[] = { 1 };
	sn_routes *r;

	o.cost = "km";
	o.via = via;
	o.n_via = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 800 + 2400 + 450 + 1750);
	sn_routes_free(r);
	o.k = 2;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "alternatives (k) through waypoints are not supported");
}
END_TEST

START_TEST(widest)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	o.cost = "km";
	o.flags = SN_ROUTE_WIDEST;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 450); /* the narrowest is Aktau-Baku */
	sn_routes_free(r);
	o.cost = NULL;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "a widest route needs a capacity attribute as its cost");
}
END_TEST

START_TEST(astar)
{
	sn_graph *g = fixture, *h;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	o.cost = "km";
	o.flags = SN_ROUTE_ASTAR;
	ck_assert_int_eq(sn_route(&r, g, 0, 4, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 4300);
	ck_assert_uint_gt(sn_routes_settled(r), 0);
	ck_assert_uint_le(sn_routes_settled(r), 5);
	sn_routes_free(r);
	/* A* needs coordinates */
	h = load_fixture("graphml/networkx-digraph.graphml");
	ck_assert_int_eq(sn_route(&r, h, 0, 1, &o), SN_EINVAL); /* km = inf on c -> a */
	ck_assert_str_eq(sn_last_error(), "edge 'c'-'a': km = inf, expected a finite distance not below zero");
	o.cost = NULL;
	ck_assert_int_eq(sn_route(&r, h, 0, 1, &o), SN_ENOTFOUND);
	sn_graph_free(h);
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
		ck_assert_double_eq(cost, 2);
		ck_assert_int_eq(sn_chokepoints_get(c, 1, &d, &idx, &cost), SN_EINVAL);
		sn_chokepoints_free(c);
	}
	sn_graph_free(g);
}
END_TEST

/* Chokepoints through a waypoint, against brute force: each element closed
 * by an avoid constraint (segments through a numbering attribute made for
 * the purpose) and the trip routed again through the waypoint. */
START_TEST(chokepoints_through_a_waypoint)
{
	sn_graph *g = load_fixture("routing/corridors-random.graphml");
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	size_t kseg, n = sn_graph_vertex_count(g), checked = 0, cuts = 0;
	unsigned seed = 5;

	ck_assert_int_eq(sn_key_add(g, "seg", SN_DOMAIN_EDGE, SN_TYPE_INT, &kseg), SN_OK);
	for (size_t e = 0; e < sn_graph_edge_count(g); e++)
		ck_assert_int_eq(sn_attr_set_long(g, kseg, SN_DOMAIN_EDGE, e, (int64_t)e), SN_OK);
	o.cost = "km";
	for (int trip = 0; trip < 6; trip++) {
		size_t from = (seed = seed * 1103515245u + 12345u) % n, to = (seed = seed * 1103515245u + 12345u) % n;
		size_t via = (seed = seed * 1103515245u + 12345u) % n;
		sn_routes *r;
		sn_chokepoints *c;
		if (from == to || via == from || via == to)
			continue;
		o.via = &via;
		o.n_via = 1;
		o.avoid = NULL;
		o.n_avoid = 0;
		if (sn_route(&r, g, from, to, &o) != SN_OK)
			continue;
		ck_assert_int_eq(sn_route_chokepoints(&c, g, from, to, &o), SN_OK);
		ck_assert_double_eq_tol(sn_chokepoints_base_cost(c), sn_routes_cost(r, 0), 1e-9);
		sn_routes_free(r);
		for (size_t i = 0; i < sn_chokepoints_count(c); i++) {
			sn_domain d;
			size_t x;
			double cost, want = INFINITY;
			char spec[64];
			const char *avoid[1] = { spec };
			ck_assert_int_eq(sn_chokepoints_get(c, i, &d, &x, &cost), SN_OK);
			if (d == SN_DOMAIN_NODE)
				snprintf(spec, sizeof spec, "%s", sn_graph_vertex_id(g, x));
			else
				snprintf(spec, sizeof spec, "seg=%zu", x);
			o.avoid = avoid;
			o.n_avoid = 1;
			if (d == SN_DOMAIN_NODE && x == via)
				ck_assert_double_infinite(cost); /* the waypoint itself */
			else if (sn_route(&r, g, from, to, &o) == SN_OK) {
				want = sn_routes_cost(r, 0);
				sn_routes_free(r);
			}
			if (isinf(want)) {
				ck_assert_double_infinite(cost);
				cuts++;
			} else
				ck_assert_double_eq_tol(cost, want, 1e-9 * want);
			checked++;
		}
		sn_chokepoints_free(c);
	}
	ck_assert_uint_gt(checked, 20);
	ck_assert_uint_gt(cuts, 0);
	sn_graph_free(g);
}
END_TEST

START_TEST(chokepoints_structure_redundancy)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_chokepoints *c;
	size_t *ap, nap, *br, nbr, vd, ed;
	sn_domain d;
	size_t idx;
	double cost;

	o.cost = "km";
	ck_assert_int_eq(sn_route_chokepoints(&c, g, 0, 4, &o), SN_OK);
	ck_assert_double_eq(sn_chokepoints_base_cost(c), 4300);
	ck_assert_uint_eq(sn_chokepoints_count(c), 2 + 3);
	/* the last is the only one with a detour: Tashkent-Aktau, via Almaty */
	ck_assert_int_eq(sn_chokepoints_get(c, 4, &d, &idx, &cost), SN_OK);
	ck_assert_int_eq(d, SN_DOMAIN_EDGE);
	ck_assert_uint_eq(idx, 4);
	ck_assert_double_eq(cost, 5400);
	ck_assert_int_eq(sn_chokepoints_get(c, 0, &d, &idx, &cost), SN_OK);
	ck_assert_double_infinite(cost);
	sn_chokepoints_free(c);
	ck_assert_int_eq(sn_graph_articulation_points(&ap, &nap, g), SN_OK);
	ck_assert_uint_eq(nap, 2);
	ck_assert_uint_eq(ap[0], 2);
	ck_assert_uint_eq(ap[1], 3);
	sn_free(ap);
	ck_assert_int_eq(sn_graph_bridges(&br, &nbr, g), SN_OK);
	ck_assert_uint_eq(nbr, 2);
	sn_free(br);
	ck_assert_int_eq(sn_route_redundancy(g, 0, 2, &o, &vd, &ed), SN_OK);
	ck_assert_uint_eq(vd, 2); /* direct, and via Almaty */
	ck_assert_uint_eq(ed, 2);
	ck_assert_int_eq(sn_route_redundancy(g, 0, 0, &o, &vd, &ed), SN_EINVAL);
}
END_TEST

START_TEST(reach_costs)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_scores *s;

	o.cost = "km";
	ck_assert_int_eq(sn_route_costs(&s, g, 0, &o), SN_OK);
	ck_assert_uint_eq(sn_scores_count(s), 5);
	ck_assert_int_eq(sn_scores_measure(s), SN_MEASURE_COUNT_);
	ck_assert_double_eq(sn_scores_values(s)[0], 0);
	ck_assert_double_eq(sn_scores_values(s)[3], 2550);
	ck_assert_double_eq(sn_scores_values(s)[4], 4300);
	sn_scores_free(s);
	ck_assert_int_eq(sn_route_costs(&s, g, 4, &o), SN_OK);
	ck_assert_double_infinite(sn_scores_values(s)[0]);
	sn_scores_free(s);
}
END_TEST

START_TEST(pareto)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	o.cost = "km";
	/* km against hops: the shorter way has fewer hops too: one route */
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, "km", &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 1);
	ck_assert_int_eq(sn_routes_truncated(r), 0);
	sn_routes_free(r);
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, NULL, &o), SN_EINVAL);
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 4, "mode", &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "edge attribute 'mode' is a string, not a number");
}
END_TEST

START_TEST(lookup)
{
	sn_graph *g = fixture;
	size_t v;

	ck_assert_int_eq(sn_graph_vertex_lookup(g, "n3", &v), SN_OK);
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(sn_graph_vertex_lookup(g, "Baku", &v), SN_OK); /* its name */
	ck_assert_uint_eq(v, 3);
	ck_assert_int_eq(sn_graph_vertex_lookup(g, "istanbul", &v), SN_OK);
	ck_assert_uint_eq(v, 4);
	ck_assert_int_eq(sn_graph_vertex_lookup(g, "Tashkend", &v), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no vertex 'Tashkend'; did you mean 'Tashkent'?");
	ck_assert_int_eq(sn_graph_vertex_lookup(g, "Rotterdam", &v), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no vertex 'Rotterdam'");
}
END_TEST

START_TEST(arguments)
{
	sn_graph *g = fixture;
	sn_route_opts o;
	sn_routes *r = (sn_routes *)0x1;
	size_t via[] = { 17 };

	ck_assert_int_eq(sn_route_opts_init(&o, 3), SN_EINVAL);
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
}
END_TEST

/* A vertex without coordinates can be a shortcut no geometry bounds: s-v
 * costs what its km say, v-c-t is almost free through c, which has no
 * lat/lon, and the direct s-t costs a little more than its km. An estimate
 * from v's position would send A* down s-t; it must find s-v-c-t. */
START_TEST(astar_through_a_vertex_without_coordinates)
{
	static const char doc[] =
		"<graphml><key id='lat' for='node' attr.name='lat' attr.type='double'/>"
		"<key id='lon' for='node' attr.name='lon' attr.type='double'/>"
		"<key id='km' for='edge' attr.name='km' attr.type='double'/>"
		"<graph edgedefault='undirected'>"
		"<node id='t'><data key='lat'>0</data><data key='lon'>0</data></node>"
		"<node id='s'><data key='lat'>0</data><data key='lon'>10</data></node>"
		"<node id='v'><data key='lat'>0</data><data key='lon'>20</data></node>"
		"<node id='c'/>"
		"<edge source='s' target='v'><data key='km'>1112</data></edge>"
		"<edge source='v' target='c'><data key='km'>1</data></edge>"
		"<edge source='c' target='t'><data key='km'>1</data></edge>"
		"<edge source='s' target='t'><data key='km'>1200</data></edge>"
		"</graph></graphml>";
	sn_graph *g;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "shortcut", NULL), SN_OK);
	o.cost = "km";
	o.flags = SN_ROUTE_ASTAR;
	ck_assert_int_eq(sn_route(&r, g, 1, 0, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 1114);
	sn_routes_free(r);
	sn_graph_free(g);
	/* without the shortcut c is isolated: the estimate stays, and c
	 * (no coordinates, no segments) is reached only from itself */
	{
		static const char iso[] =
			"<graphml><key id='lat' for='node' attr.name='lat' attr.type='double'/>"
			"<key id='lon' for='node' attr.name='lon' attr.type='double'/>"
			"<key id='km' for='edge' attr.name='km' attr.type='double'/>"
			"<graph edgedefault='undirected'>"
			"<node id='t'><data key='lat'>0</data><data key='lon'>0</data></node>"
			"<node id='s'><data key='lat'>0</data><data key='lon'>10</data></node>"
			"<node id='c'/>"
			"<edge source='s' target='t'><data key='km'>1200</data></edge>"
			"</graph></graphml>";
		sn_router *rt;
		ck_assert_int_eq(sn_graph_read_graphml_memory(&g, iso, sizeof iso - 1, "isolated", NULL), SN_OK);
		ck_assert_int_eq(sn_router_new(&rt, g, &o), SN_OK);
		ck_assert_int_eq(sn_router_route(&r, rt, 1, 0), SN_OK);
		ck_assert_double_eq(sn_routes_cost(r, 0), 1200);
		sn_routes_free(r);
		ck_assert_int_eq(sn_router_route(&r, rt, 2, 2), SN_OK);
		ck_assert_double_eq(sn_routes_cost(r, 0), 0);
		sn_routes_free(r);
		ck_assert_int_eq(sn_router_route(&r, rt, 1, 2), SN_ENOPATH);
		ck_assert_int_eq(sn_router_route(&r, rt, 2, 0), SN_ENOPATH);
		sn_router_free(rt);
		sn_graph_free(g);
	}
}
END_TEST

/* A grid of places 0.1 degree apart with km a little above the great
 * circle, so the estimate is tight, and some segments closed. */
static sn_graph *grid(size_t side)
{
	sn_graph *g;
	size_t klat, klon, kkm, e;
	char id[32];

	ck_assert_int_eq(sn_graph_new(&g, 0), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "lat", SN_DOMAIN_NODE, SN_TYPE_DOUBLE, &klat), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "lon", SN_DOMAIN_NODE, SN_TYPE_DOUBLE, &klon), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "km", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &kkm), SN_OK);
	for (size_t i = 0; i < side * side; i++) {
		snprintf(id, sizeof id, "p%zu", i);
		ck_assert_int_eq(sn_graph_vertex_add(g, id, NULL), SN_OK);
		ck_assert_int_eq(sn_attr_set_double(g, klat, SN_DOMAIN_NODE, i, 40 + 0.1 * (double)(i / side)), SN_OK);
		ck_assert_int_eq(sn_attr_set_double(g, klon, SN_DOMAIN_NODE, i, 60 + 0.1 * (double)(i % side)), SN_OK);
	}
	for (size_t i = 0; i < side * side; i++)
		for (int dir = 0; dir < 2; dir++) {
			size_t j = dir ? i + side : i + 1;
			if ((dir == 0 && i % side == side - 1) || j >= side * side || (i * 7 + (size_t)dir) % 11 == 0)
				continue;
			ck_assert_int_eq(sn_graph_edge_add(g, i, j, NULL, &e), SN_OK);
			/* 11.2 km per 0.1 degree of latitude; longitude less at 40N */
			ck_assert_int_eq(sn_attr_set_double(g, kkm, SN_DOMAIN_EDGE, e, (dir ? 11.2 : 8.6) * (1 + (double)(i % 5) / 20)),
			                 SN_OK);
		}
	return g;
}

START_TEST(router_many_queries)
{
	sn_graph *g = grid(40);
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	const char *avoid[] = { "p205" };
	sn_router *dj, *as;
	size_t n = sn_graph_vertex_count(g), settled_dj = 0, settled_as = 0;
	unsigned seed = 99;

	o.cost = "km";
	o.avoid = avoid;
	o.n_avoid = 1;
	ck_assert_int_eq(sn_router_new(&dj, g, &o), SN_OK);
	o.flags = SN_ROUTE_ASTAR;
	ck_assert_int_eq(sn_router_new(&as, g, &o), SN_OK);
	for (int q = 0; q < 200; q++) {
		size_t from = (seed = seed * 1103515245u + 12345u) % n, to = (seed = seed * 1103515245u + 12345u) % n;
		sn_routes *ref, *a, *b;
		sn_status st;
		o.flags = 0;
		st = sn_route(&ref, g, from, to, &o);
		if (from == 205 || to == 205) {
			ck_assert_int_eq(st, SN_EINVAL);
			ck_assert_int_eq(sn_router_route(&a, dj, from, to), SN_EINVAL);
			ck_assert_int_eq(sn_router_route(&b, as, from, to), SN_EINVAL);
			continue;
		}
		ck_assert_int_eq(st, SN_OK);
		ck_assert_int_eq(sn_router_route(&a, dj, from, to), SN_OK);
		ck_assert_int_eq(sn_router_route(&b, as, from, to), SN_OK);
		ck_assert_double_eq_tol(sn_routes_cost(a, 0), sn_routes_cost(ref, 0), 1e-9 * sn_routes_cost(ref, 0));
		ck_assert_double_eq_tol(sn_routes_cost(b, 0), sn_routes_cost(ref, 0), 1e-9 * sn_routes_cost(ref, 0));
		{
			/* the route is a walk from from to to whose segments add up */
			size_t nv, ne;
			const size_t *vv = sn_routes_vertices(b, 0, &nv), *ee = sn_routes_edges(b, 0, &ne);
			double sum = 0;
			ck_assert_uint_eq(nv, ne + 1);
			ck_assert_uint_eq(vv[0], from);
			ck_assert_uint_eq(vv[nv - 1], to);
			for (size_t i = 0; i < ne; i++) {
				size_t s, t;
				double km;
				ck_assert_int_eq(sn_graph_edge_endpoints(g, ee[i], &s, &t), SN_OK);
				ck_assert_msg((s == vv[i] && t == vv[i + 1]) || (t == vv[i] && s == vv[i + 1]),
				              "segment %zu joins %zu and %zu, not step %zu -> %zu", i, s, t, vv[i], vv[i + 1]);
				ck_assert_int_eq(sn_attr_get_double(g, 2, SN_DOMAIN_EDGE, ee[i], &km), SN_OK);
				sum += km;
			}
			ck_assert_double_eq_tol(sum, sn_routes_cost(b, 0), 1e-9 * sum);
		}
		settled_dj += sn_routes_settled(a);
		settled_as += sn_routes_settled(b);
		sn_routes_free(ref);
		sn_routes_free(a);
		sn_routes_free(b);
	}
	/* the estimate does its work: far fewer vertices settled */
	ck_assert_uint_lt(settled_as * 2, settled_dj);
	sn_router_free(dj);
	sn_router_free(as);
	sn_graph_free(g);
}
END_TEST

START_TEST(router_refusals)
{
	sn_graph *g = fixture;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	size_t via[] = { 1 };
	sn_router *r;
	sn_routes *rs = (sn_routes *)0x1;

	ck_assert_int_eq(sn_router_new(&r, NULL, NULL), SN_EINVAL);
	ck_assert_ptr_null(r);
	o.via = via;
	o.n_via = 1;
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "a router takes no waypoints: route each leg");
	o.n_via = 0;
	o.k = 3;
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_EINVAL);
	o.k = 0;
	o.flags = SN_ROUTE_WIDEST;
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_EINVAL);
	o.flags = 0;
	o.cost = "no such cost";
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_ENOTFOUND);
	o.cost = "km";
	o.version = 9;
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_EINVAL);
	o.version = SN_ROUTE_OPTS_VERSION;
	ck_assert_int_eq(sn_router_new(&r, g, NULL), SN_OK); /* hops */
	ck_assert_int_eq(sn_router_route(&rs, r, 0, 4), SN_OK);
	ck_assert_double_eq(sn_routes_cost(rs, 0), 3);
	sn_routes_free(rs);
	ck_assert_int_eq(sn_router_route(&rs, r, 0, 99), SN_EINVAL);
	ck_assert_ptr_null(rs);
	ck_assert_int_eq(sn_graph_vertex_add(g, "island", NULL), SN_OK);
	ck_assert_int_eq(sn_router_route(&rs, r, 0, 4), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "the graph changed since the router was made");
	sn_router_free(r);
	ck_assert_int_eq(sn_router_new(&r, g, &o), SN_OK);
	ck_assert_int_eq(sn_router_route(&rs, r, 0, 5), SN_ENOPATH);
	ck_assert_int_eq(sn_router_route(&rs, r, 4, 4), SN_OK);
	ck_assert_double_eq(sn_routes_cost(rs, 0), 0);
	sn_routes_free(rs);
	sn_router_free(r);
	sn_router_free(NULL);
}
END_TEST

/* A line s - a - b - t with a shortcut s - t, km on segments and days at
 * the places: a border (a, 2 days) and a port (b, 3 days); a planned link
 * a - t and a place under construction, u, beside b. */
static const char places_doc[] =
	"<graphml><key id='km' for='edge' attr.name='km' attr.type='double'/>"
	"<key id='d' for='node' attr.name='days' attr.type='double'/>"
	"<key id='ns' for='node' attr.name='status' attr.type='string'/>"
	"<key id='es' for='edge' attr.name='status' attr.type='string'/>"
	"<graph edgedefault='undirected'>"
	"<node id='s'/><node id='a'><data key='d'>2</data></node><node id='b'><data key='d'>3</data></node>"
	"<node id='t'><data key='d'>100</data></node>"
	"<node id='u'><data key='ns'>under_construction</data></node>"
	"<edge source='s' target='a'><data key='km'>1</data></edge>"
	"<edge source='a' target='b'><data key='km'>1</data></edge>"
	"<edge source='b' target='t'><data key='km'>1</data></edge>"
	"<edge source='s' target='t'><data key='km'>7</data></edge>"
	"<edge source='a' target='t'><data key='km'>1</data><data key='es'>planned</data></edge>"
	"<edge source='b' target='u'><data key='km'>1</data></edge>"
	"<edge source='u' target='t'><data key='km'>0.5</data></edge>"
	"</graph></graphml>";

static sn_graph *places(void)
{
	sn_graph *g;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, places_doc, sizeof places_doc - 1, "places", NULL), SN_OK);
	return g;
}

START_TEST(node_costs_route)
{
	sn_graph *g = places();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	size_t via[] = { 2 };
	sn_routes *r;

	o.cost = "km";
	/* without node costs the line is cheaper (3 against 7) */
	ck_assert_int_eq(sn_route(&r, g, 0, 3, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 3);
	ck_assert_double_eq(sn_routes_cost_at_places(r, 0), 0);
	ck_assert_uint_eq(sn_routes_not_operating(r), 2); /* u, and a - t (b - u and u - t close with u) */
	sn_routes_free(r);
	/* with them it costs 3 + 2 + 3 = 8: the shortcut wins; t's own 100 is
	 * the destination's and does not count */
	o.node_cost = "days";
	ck_assert_int_eq(sn_route(&r, g, 0, 3, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 7);
	ck_assert_double_eq(sn_routes_cost_at_places(r, 0), 0);
	sn_routes_free(r);
	/* the k best: the shortcut, then the line with its places */
	o.k = 3;
	ck_assert_int_eq(sn_route(&r, g, 0, 3, &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 2);
	ck_assert_double_eq(sn_routes_cost(r, 1), 8);
	ck_assert_double_eq(sn_routes_cost_at_places(r, 1), 5);
	sn_routes_free(r);
	o.k = 0;
	/* through b: b is passed through, so its 3 days count */
	o.via = via;
	o.n_via = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 3, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 8);
	ck_assert_double_eq(sn_routes_cost_at_places(r, 0), 5);
	sn_routes_free(r);
	o.n_via = 0;
	/* A* and routers agree */
	o.flags = SN_ROUTE_INCLUDE_PLANNED;
	ck_assert_int_eq(sn_route(&r, g, 0, 3, &o), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 4); /* s - a - t over the planned link, a's 2 days */
	ck_assert_uint_eq(sn_routes_not_operating(r), 0);
	sn_routes_free(r);
	{
		sn_router *rt;
		o.flags = 0;
		ck_assert_int_eq(sn_router_new(&rt, g, &o), SN_OK);
		ck_assert_int_eq(sn_router_route(&r, rt, 3, 0), SN_OK);
		ck_assert_double_eq(sn_routes_cost(r, 0), 7);
		sn_routes_free(r);
		ck_assert_int_eq(sn_router_route(&r, rt, 0, 2), SN_OK); /* s - a - b: 2 + 2 days at a */
		ck_assert_double_eq(sn_routes_cost(r, 0), 4);
		ck_assert_double_eq(sn_routes_cost_at_places(r, 0), 2);
		sn_routes_free(r);
		ck_assert_int_eq(sn_router_route(&r, rt, 0, 4), SN_EINVAL);
		ck_assert_str_eq(sn_last_error(), "the destination 'u' is not operating (its status); include planned links "
		                                  "to route through it");
		sn_router_free(rt);
	}
	sn_graph_free(g);
}
END_TEST

START_TEST(node_costs_reach_chokepoints_pareto)
{
	sn_graph *g = places();
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_scores *sc;
	sn_chokepoints *c;
	sn_routes *r;
	double cost;

	o.cost = "km";
	o.node_cost = "days";
	/* reach: to b is s - a - b, 2 km and a's 2 days; to t the shortcut */
	ck_assert_int_eq(sn_route_costs(&sc, g, 0, &o), SN_OK);
	ck_assert_double_eq(sn_scores_values(sc)[0], 0);
	ck_assert_double_eq_tol(sn_scores_values(sc)[2], 4, 1e-12);
	ck_assert_double_eq_tol(sn_scores_values(sc)[3], 7, 1e-12);
	ck_assert_double_infinite(sn_scores_values(sc)[4]); /* u is not operating */
	sn_scores_free(sc);
	/* chokepoints of s -> b: closing a leaves s - t - b, 7 + 1 + t's 100 */
	ck_assert_int_eq(sn_route_chokepoints(&c, g, 0, 2, &o), SN_OK);
	ck_assert_double_eq(sn_chokepoints_base_cost(c), 4);
	ck_assert_int_eq(sn_chokepoints_get(c, 0, NULL, NULL, &cost), SN_OK);
	ck_assert_double_eq_tol(cost, 108, 1e-9);
	sn_chokepoints_free(c);
	/* Pareto over km with days at places, and km alone: the shortcut (7,
	 * 7) and the line (8 with its places, 3) */
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 3, "km", &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 2);
	ck_assert_double_eq(sn_routes_cost(r, 0), 7);
	ck_assert_double_eq(sn_routes_cost2(r, 0), 7);
	ck_assert_double_eq(sn_routes_cost(r, 1), 8);
	ck_assert_double_eq(sn_routes_cost2(r, 1), 3);
	ck_assert_double_eq(sn_routes_cost_at_places(r, 1), 5);
	sn_routes_free(r);
	/* with the places on both costs the line is beaten on both */
	o.node_cost2 = "days";
	ck_assert_int_eq(sn_route_pareto(&r, g, 0, 3, "km", &o), SN_OK);
	ck_assert_uint_eq(sn_routes_count(r), 1);
	ck_assert_double_eq(sn_routes_cost2(r, 0), 7);
	sn_routes_free(r);
	sn_graph_free(g);
}
END_TEST

START_TEST(node_cost_errors)
{
	static const char bad[] =
		"<graphml><key id='d' for='node' attr.name='days' attr.type='double'/>"
		"<key id='n' for='node' attr.name='name' attr.type='string'/>"
		"<graph edgedefault='undirected'><node id='x'><data key='d'>-1</data></node><node id='y'/>"
		"<edge source='x' target='y'/></graph></graphml>";
	sn_graph *g;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_routes *r;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, bad, sizeof bad - 1, "bad", NULL), SN_OK);
	o.node_cost = "days";
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "place 'x': days = -1, expected a finite cost not below zero");
	o.node_cost = "hours";
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no node attribute 'hours' for the cost of places");
	o.node_cost = "name";
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "node attribute 'name' is a string, not a number");
	sn_graph_free(g);
}
END_TEST

/* A caller built against version 1 of sn_route_opts passes the shorter
 * struct: what follows it in memory must not be read. */
START_TEST(route_opts_version_1)
{
	sn_route_opts full = SN_ROUTE_OPTS_INIT;
	void *v1 = malloc(offsetof(sn_route_opts, node_cost));
	sn_graph *g = places();
	sn_routes *r;

	ck_assert_ptr_nonnull(v1);
	full.version = 1;
	full.cost = "km";
	/* exactly the version 1 bytes: ASan and valgrind catch a read past them */
	memcpy(v1, &full, offsetof(sn_route_opts, node_cost));
	ck_assert_int_eq(sn_route(&r, g, 0, 3, v1), SN_OK);
	ck_assert_double_eq(sn_routes_cost(r, 0), 3);
	sn_routes_free(r);
	free(v1);
	sn_graph_free(g);
}
END_TEST

/* A string value may list several values separated by ';': a segment
 * shared by two corridors matches each, and its whole text too. */
START_TEST(constraint_lists)
{
	static const char doc[] =
		"<graphml><key id='c' for='edge' attr.name='corridor' attr.type='string'/>"
		"<graph edgedefault='undirected'><node id='a'/><node id='b'/><node id='c'/>"
		"<edge source='a' target='b'><data key='c'>TITR;NORTH</data></edge>"
		"<edge source='b' target='c'><data key='c'>TITR</data></edge>"
		"<edge source='a' target='c'><data key='c'>NORTHERN</data></edge></graph></graphml>";
	const char *titr[] = { "corridor=TITR" }, *north[] = { "corridor=NORTH" }, *both[] = { "corridor=TITR;NORTH" };
	const char *tit[] = { "corridor=TIT" };
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_graph *g;
	sn_routes *r;
	size_t n;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "lists", NULL), SN_OK);
	o.only = titr;
	o.n_only = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 2, &o), SN_OK); /* a - b - c, both TITR */
	sn_routes_edges(r, 0, &n);
	ck_assert_uint_eq(n, 2);
	sn_routes_free(r);
	o.only = north; /* a - b only: NORTH is not NORTHERN */
	ck_assert_int_eq(sn_route(&r, g, 0, 2, &o), SN_ENOPATH);
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_OK);
	sn_routes_free(r);
	o.only = both;
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_OK);
	sn_routes_free(r);
	o.only = tit; /* no partial items */
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_ENOPATH);
	/* what a spec names, and a hint for a value in another case */
	{
		size_t nv = 9, ne = 9;
		const char *hint = "x";
		ck_assert_int_eq(sn_graph_spec_matches(g, "corridor=TITR", &nv, &ne, &hint), SN_OK);
		ck_assert_uint_eq(nv, 0);
		ck_assert_uint_eq(ne, 2);
		ck_assert_ptr_null(hint);
		ck_assert_int_eq(sn_graph_spec_matches(g, "b", &nv, &ne, NULL), SN_OK);
		ck_assert_uint_eq(nv, 1);
		ck_assert_uint_eq(ne, 0);
		ck_assert_int_eq(sn_graph_spec_matches(g, "corridor=northern", &nv, &ne, &hint), SN_OK);
		ck_assert_uint_eq(nv + ne, 0);
		ck_assert_str_eq(hint, "NORTHERN");
		ck_assert_int_eq(sn_graph_spec_matches(g, "colour=red", &nv, &ne, &hint), SN_ENOTFOUND);
		ck_assert_int_eq(sn_graph_spec_matches(g, "zz", NULL, NULL, NULL), SN_ENOTFOUND);
	}
	o.only = NULL;
	o.n_only = 0;
	o.avoid = north;
	o.n_avoid = 1;
	ck_assert_int_eq(sn_route(&r, g, 0, 1, &o), SN_OK); /* around by c */
	sn_routes_edges(r, 0, &n);
	ck_assert_uint_eq(n, 2);
	sn_routes_free(r);
	sn_graph_free(g);
}
END_TEST

static Suite *route_suite(void)
{
	Suite *s = suite_create("route");
	TCase *tc;

	tc = test_case(s, "shortest", corridors_setup, corridors_teardown);
	tcase_add_test(tc, shortest_and_accessors);
	tc = test_case(s, "constraints", corridors_setup, corridors_teardown);
	tcase_add_test(tc, constraints);
	tc = test_case(s, "constraint_lists", NULL, NULL);
	tcase_add_test(tc, constraint_lists);
	tc = test_case(s, "alternatives", corridors_setup, corridors_teardown);
	tcase_add_test(tc, alternatives);
	tc = test_case(s, "waypoints", corridors_setup, corridors_teardown);
	tcase_add_test(tc, waypoints);
	tc = test_case(s, "widest", corridors_setup, corridors_teardown);
	tcase_add_test(tc, widest);
	tc = test_case(s, "astar", corridors_setup, corridors_teardown);
	tcase_add_test(tc, astar);
	tc = test_case(s, "astar_estimate", NULL, NULL);
	tcase_add_test(tc, astar_through_a_vertex_without_coordinates);
	tc = test_case(s, "routers", corridors_setup, corridors_teardown);
	tcase_add_test(tc, router_refusals);
	tcase_add_test(tc, router_many_queries);
	tc = test_case(s, "mixed", NULL, NULL);
	tcase_add_test(tc, mixed_graph_routes_both_ways);
	tc = test_case(s, "reach", corridors_setup, corridors_teardown);
	tcase_add_test(tc, reach_costs);
	tc = test_case(s, "pareto", corridors_setup, corridors_teardown);
	tcase_add_test(tc, pareto);
	tc = test_case(s, "chokepoints", corridors_setup, corridors_teardown);
	tcase_add_test(tc, chokepoints_structure_redundancy);
	tcase_add_test(tc, chokepoints_through_a_waypoint);
	tc = test_case(s, "node_costs", NULL, NULL);
	tcase_add_test(tc, node_costs_route);
	tcase_add_test(tc, node_costs_reach_chokepoints_pareto);
	tcase_add_test(tc, node_cost_errors);
	tcase_add_test(tc, route_opts_version_1);
	tc = test_case(s, "lookup", corridors_setup, corridors_teardown);
	tcase_add_test(tc, lookup);
	tc = test_case(s, "arguments", corridors_setup, corridors_teardown);
	tcase_add_test(tc, arguments);
	return s;
}

int main(void)
{
	return run_suite(route_suite());
}
