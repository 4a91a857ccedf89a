/*
 * cmd_route.c - silknet route, reach and critical.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* What route, reach and critical were asked. */
typedef struct route_args {
	sn_route_opts o;
	cli_specs avoid, only, close, via_text;
	size_t via[CLI_MAX_SPECS];
	const char *pareto;
	const char *node_cost;  /* --node-cost as given, or NULL */
	int node_cost_implied;  /* the node key named like --cost, unasked */
	enum cli_format format;
	double within;
	int network;
} route_args;

enum {
	O_COST = 400, O_AVOID, O_ONLY, O_VIA, O_K, O_WIDEST, O_ASTAR, O_PARETO, O_CLOSE, O_FORMAT, O_WITHIN, O_NETWORK,
	O_NODE_COST, O_PLANNED
};

static void free_args(route_args *a)
{
	cli_specs_free(&a->avoid);
	cli_specs_free(&a->only);
	cli_specs_free(&a->close);
	cli_specs_free(&a->via_text);
}

/* One option of any of the three commands (each declares only its own). */
static int route_option(route_args *a, cli_args *p, int c, const char *arg)
{
	const char *cmd = p->cmd;

	switch (c) {
	case O_COST: a->o.cost = arg; return 0;
	case O_AVOID: return cli_specs_add(&a->avoid, cmd, "--avoid", arg);
	case O_ONLY: return cli_specs_add(&a->only, cmd, "--only", arg);
	case O_FORMAT: return cli_parse_format(cmd, arg, CLI_FORMATS_ALL, &a->format);
	case O_VIA: return cli_specs_add(&a->via_text, cmd, "--via", arg);
	case O_CLOSE: return cli_specs_add(&a->close, cmd, "--close", arg);
	/* Yen's algorithm grows with k times the paths it compares: 5,000
	 * routes took 17 s on 600 places, 4e9 would run for days */
	case O_K: return cli_parse_count(cmd, "--k", arg, 1, 1000, &a->o.k);
	case O_WIDEST: a->o.flags |= SN_ROUTE_WIDEST; return 0;
	case O_ASTAR: a->o.flags |= SN_ROUTE_ASTAR; return 0;
	case O_PARETO: a->pareto = arg; return 0;
	case O_WITHIN: return cli_parse_number(cmd, "--within", arg, 0, INFINITY, &a->within);
	case O_NETWORK: a->network = 1; return 0;
	case O_NODE_COST: a->node_cost = arg; return 0;
	case O_PLANNED: a->o.flags |= SN_ROUTE_INCLUDE_PLANNED; return 0;
	default: return cli_args_unknown(p, c);
	}
}

/* Parses the command line into a and its n positional arguments into
 * *pos; 0, or what the command returns through cli_exit (help included). */
static int parse_route_args(route_args *a, int argc, char **argv, const char *cmd, const struct option *longopts,
                            const char *help, size_t n, const char *names, char ***pos)
{
	cli_args p;
	int c, rc;

	memset(a, 0, sizeof *a);
	sn_route_opts_init(&a->o, SN_ROUTE_OPTS_VERSION);
	a->within = INFINITY;
	cli_args_init(&p, cmd, argc, argv, ":h", longopts, help);
	while ((c = cli_args_next(&p)) != CLI_ARGS_END) {
		if (c == CLI_ARGS_STOP)
			return p.rc;
		if ((rc = route_option(a, &p, c, optarg)))
			return rc;
	}
	return cli_args_positional(&p, n, names, pos);
}

/* Loads the file and finds the vertices the arguments name; the query's
 * constraints point into a. */
static int load_query(route_args *a, char **pos, size_t nends, sn_graph **g, size_t *ends)
{
	int rc;

	if ((rc = cli_load(pos[0], 0, g)))
		return rc;
	for (size_t i = 0; i < nends; i++)
		if ((rc = cli_lookup(*g, pos[1 + i], &ends[i])))
			return rc;
	for (size_t i = 0; i < a->via_text.n; i++)
		if ((rc = cli_lookup(*g, a->via_text.v[i], &a->via[i])))
			return rc;
	cli_warn_unmatched(*g, &a->avoid, "--avoid");
	cli_warn_unmatched(*g, &a->only, "--only");
	cli_warn_unmatched(*g, &a->close, "--close");
	a->o.avoid = a->avoid.v;
	a->o.n_avoid = a->avoid.n;
	a->o.only = a->only.v;
	a->o.n_only = a->only.n;
	a->o.via = a->via;
	a->o.n_via = a->via_text.n;
	if (!(a->o.flags & SN_ROUTE_WIDEST)) {
		int implied2;
		a->o.node_cost = cli_node_cost(*g, a->o.cost, a->node_cost, &a->node_cost_implied);
		/* the second cost of a Pareto set pays at places by the same rule */
		a->o.node_cost2 = cli_node_cost(*g, a->pareto, a->node_cost && !strcmp(a->node_cost, "none") ? "none" : NULL,
		                                &implied2);
	}
	return EXIT_OK;
}

static void json_header(const sn_graph *g, const route_args *a, size_t from, const size_t *to)
{
	printf("{\"from\": ");
	json_string(stdout, sn_graph_vertex_id(g, from));
	if (to) {
		printf(", \"to\": ");
		json_string(stdout, sn_graph_vertex_id(g, *to));
	}
	printf(", \"cost\": ");
	if (a->o.cost)
		json_string(stdout, a->o.cost);
	else
		printf("\"hops\"");
	printf(", \"node_cost\": ");
	json_string(stdout, a->o.node_cost);
}

/* The notes under a table: what time at places was counted, what was
 * left out. */
static void print_notes(const route_args *a, size_t not_operating)
{
	if (a->o.node_cost)
		printf("(time at places: node attribute '%s'%s)\n", a->o.node_cost,
		       a->node_cost_implied ? ", named like the cost; --node-cost none leaves it out" : "");
	if (not_operating)
		printf("(%zu places and segments not operating were left out; --include-planned routes through them)\n",
		       not_operating);
}

#define ROUTE_LONGOPTS \
	{ "cost", required_argument, NULL, O_COST }, \
	{ "node-cost", required_argument, NULL, O_NODE_COST }, \
	{ "include-planned", no_argument, NULL, O_PLANNED }, \
	{ "avoid", required_argument, NULL, O_AVOID }, \
	{ "only", required_argument, NULL, O_ONLY }, \
	{ "format", required_argument, NULL, O_FORMAT }, \
	{ "help", no_argument, NULL, 'h' }

static const char route_help[] =
	"usage: silknet route FILE FROM TO [--cost ATTR] [--node-cost ATTR|none] [--avoid SPEC]\n"
	"                     [--only SPEC] [--via IDS] [--k N | --widest | --astar | --pareto ATTR2]\n"
	"                     [--close SPEC] [--include-planned] [--format table|csv|json]\n"
	"\n"
	"The best route from FROM to TO (ids, or labels as shown), with its cost and the totals\n"
	"of every numeric segment attribute along it (km, days, usd).\n"
	"\n"
	"  --cost ATTR     segment attribute to minimize, a distance (default: hops); segments\n"
	"                  without it are not used, and counted\n"
	"  --node-cost A   node attribute: what a route spends at each place it passes through\n"
	"                  (border, port, gauge change); default: the node attribute named like\n"
	"                  --cost, when there is one; none: no time at places\n"
	"  --include-planned  route through places and segments whose status is not operating\n"
	"                  (under_construction, planned): what if they open\n"
	"  --avoid SPEC    close a vertex (ID) or what matches attr=value: country=RU, kind=port,\n"
	"                  mode=sea; repeat it or separate with commas\n"
	"  --only SPEC     use only what matches attr=value (corridor=TITR); values of one\n"
	"                  attribute are alternatives\n"
	"  --via IDS       pass these waypoints in order (via Chabahar, via Gwadar)\n"
	"  --k N           the N best loopless routes (Yen), N up to 1000; refused when it\n"
	"                  would take more than about 1e8 search steps (N x hops x size)\n"
	"  --widest        the route whose narrowest segment is widest (--cost is a capacity)\n"
	"  --astar         A* with a great-circle heuristic from lat/lon: same cost, less search\n"
	"  --pareto ATTR2  every route not beaten on both --cost and ATTR2 (at most --k, 10)\n"
	"  --close SPEC    a scenario: the route again with SPEC closed too, and the difference\n"
	"  --format F      table (default), csv or json\n"
	"\n"
	"Exit status 1 when there is no route.\n"
	"examples:\n"
	"  silknet route corridors.graphml Tashkent Istanbul --cost days --avoid country=RU --k 3\n"
	"  silknet route corridors.graphml Tashkent Istanbul --cost days --node-cost none\n";

/* The scenario of --close: the same query with more closed. *out stays
 * NULL when the closure leaves no route. */
static int route_scenario(const sn_graph *g, const route_args *a, size_t from, size_t to, sn_routes **out)
{
	const char *both[2 * CLI_MAX_SPECS];
	sn_route_opts so = a->o;
	sn_status st;

	memcpy(both, a->avoid.v, a->avoid.n * sizeof *both);
	memcpy(both + a->avoid.n, a->close.v, a->close.n * sizeof *both);
	so.avoid = both;
	so.n_avoid = a->avoid.n + a->close.n;
	st = a->pareto ? sn_route_pareto(out, g, from, to, a->pareto, &so) : sn_route(out, g, from, to, &so);
	return st == SN_OK || st == SN_ENOPATH ? EXIT_OK : cli_fail();
}

static void print_route_json(const sn_graph *g, const route_args *a, size_t from, size_t to, const sn_routes *r,
                             const sn_routes *s)
{
	json_header(g, a, from, &to);
	printf(", \"unusable_segments\": %zu, \"not_operating\": %zu, \"routes\": ", sn_routes_unusable(r),
	       sn_routes_not_operating(r));
	cli_print_routes_json(g, r, a->pareto);
	if (a->o.flags & SN_ROUTE_ASTAR)
		printf(", \"settled\": %zu", sn_routes_settled(r));
	if (a->close.n) {
		printf(", \"scenario\": {\"close\": ");
		json_strings(stdout, a->close.v, a->close.n);
		printf(", \"routes\": ");
		if (s)
			cli_print_routes_json(g, s, a->pareto);
		else
			printf("[]");
		printf(", \"difference\": ");
		json_number(stdout, s ? sn_routes_cost(s, 0) - sn_routes_cost(r, 0) : INFINITY);
		printf("}");
	}
	printf("}\n");
}

static void print_route_table(const sn_graph *g, const route_args *a, const sn_routes *r, const sn_routes *s)
{
	int widest = (a->o.flags & SN_ROUTE_WIDEST) != 0;
	const char *unit = a->o.cost ? a->o.cost : "hops";
	char d[40];

	cli_print_routes_table(g, r, a->o.cost, a->pareto, widest, a->o.node_cost != NULL);
	if (sn_routes_unusable(r))
		printf("(%zu segments without '%s' were not used)\n", sn_routes_unusable(r), a->o.cost);
	print_notes(a, sn_routes_not_operating(r));
	if (a->o.flags & SN_ROUTE_ASTAR)
		printf("(A*: %zu vertices settled)\n", sn_routes_settled(r));
	if (a->pareto && sn_routes_truncated(r))
		printf("(the search kept at most 64 labels per vertex: the set may miss routes)\n");
	if (!a->close.n)
		return;
	printf("\nwith ");
	for (size_t i = 0; i < a->close.n; i++)
		printf("%s%s", i ? ", " : "", a->close.v[i]);
	printf(" closed:\n");
	if (!s) {
		printf("  no route: closing it disconnects the trip\n");
		return;
	}
	cli_print_routes_table(g, s, a->o.cost, a->pareto, widest, a->o.node_cost != NULL);
	cli_fmt_num(d, sizeof d, sn_routes_cost(s, 0) - sn_routes_cost(r, 0));
	printf("  difference: %s%s %s\n", sn_routes_cost(s, 0) >= sn_routes_cost(r, 0) ? "+" : "", d, unit);
}

/* silknet route: the best route (or k, widest, A*, Pareto) and, with
 * --close, the same query with more closed beside it. */
int cmd_route(int argc, char **argv)
{
	static const struct option longopts[] = {
		ROUTE_LONGOPTS,
		{ "via", required_argument, NULL, O_VIA },
		{ "k", required_argument, NULL, O_K },
		{ "widest", no_argument, NULL, O_WIDEST },
		{ "astar", no_argument, NULL, O_ASTAR },
		{ "pareto", required_argument, NULL, O_PARETO },
		{ "close", required_argument, NULL, O_CLOSE },
		{ NULL, 0, NULL, 0 },
	};
	route_args a;
	sn_graph *g = NULL;
	sn_routes *r = NULL, *s = NULL;
	size_t ends[2];
	char **pos;
	sn_status st;
	int rc;

	if ((rc = parse_route_args(&a, argc, argv, "route", longopts, route_help, 3, "FILE FROM TO", &pos)) ||
	    (rc = load_query(&a, pos, 2, &g, ends)))
		goto done;
	st = a.pareto ? sn_route_pareto(&r, g, ends[0], ends[1], a.pareto, &a.o) : sn_route(&r, g, ends[0], ends[1], &a.o);
	if (st != SN_OK) {
		rc = cli_fail();
		goto done;
	}
	if (a.close.n && (rc = route_scenario(g, &a, ends[0], ends[1], &s)))
		goto done;
	if (a.format == FORMAT_JSON)
		print_route_json(g, &a, ends[0], ends[1], r, s);
	else if (a.format == FORMAT_CSV)
		cli_print_routes_csv(g, r);
	else
		print_route_table(g, &a, r, s);
done:
	sn_routes_free(r);
	sn_routes_free(s);
	sn_graph_free(g);
	free_args(&a);
	return cli_exit(rc);
}

/* ---- reach ---- */

static const char reach_help[] =
	"usage: silknet reach FILE FROM [--cost ATTR] [--node-cost ATTR|none] [--within X]\n"
	"                     [--avoid SPEC] [--only SPEC] [--include-planned] [--format table|csv|json]\n"
	"\n"
	"Every vertex reachable from FROM with its cost, cheapest first; with --within, only those\n"
	"within that budget (e.g. within 10 days of Tashkent). The last line gives FROM's\n"
	"eccentricity: the cost to the farthest vertex it reaches.\n"
	"\n"
	"  --cost ATTR     segment attribute to add up, a distance (default: hops)\n"
	"  --node-cost A   time at places passed through, as in route (a place's own is not\n"
	"                  part of reaching it)\n"
	"  --within X      only what is at most X away\n"
	"  --include-planned  also through what is not operating yet, as in route\n"
	"  --avoid SPEC    close a vertex (ID) or what matches attr=value, as in route\n"
	"  --only SPEC     use only what matches attr=value, as in route\n"
	"  --format F      table (default), csv or json\n"
	"\n"
	"example: silknet reach corridors.graphml Tashkent --cost days --within 10\n";

static void print_reach(const sn_graph *g, const route_args *a, size_t from, const double *cost, const size_t *rows,
                        size_t n, double ecc)
{
	if (a->format == FORMAT_JSON) {
		json_header(g, a, from, NULL);
		printf(", \"within\": ");
		json_number(stdout, a->within);
		printf(", \"eccentricity\": ");
		json_number(stdout, ecc);
		printf(", \"reachable\": [");
		for (size_t i = 0; i < n; i++) {
			printf("%s{\"id\": ", i ? ", " : "");
			json_string(stdout, sn_graph_vertex_id(g, rows[i]));
			printf(", \"cost\": ");
			json_number(stdout, cost[rows[i]]);
			printf("}");
		}
		printf("]}\n");
	} else if (a->format == FORMAT_CSV) {
		printf("id,label,cost\r\n");
		for (size_t i = 0; i < n; i++) {
			csv_field(stdout, sn_graph_vertex_id(g, rows[i]));
			putchar(',');
			csv_field(stdout, cli_vname(g, rows[i]));
			putchar(',');
			json_number(stdout, cost[rows[i]]);
			fputs("\r\n", stdout);
		}
	} else {
		char e[40], x[40];
		for (size_t i = 0; i < n; i++) {
			cli_fmt_num(x, sizeof x, cost[rows[i]]);
			printf("%10s  %s\n", x, cli_vname(g, rows[i]));
		}
		cli_fmt_num(e, sizeof e, ecc);
		printf("%zu of %zu vertices reached; eccentricity %s %s\n", n, sn_graph_vertex_count(g), e,
		       a->o.cost ? a->o.cost : "hops");
		print_notes(a, 0);
	}
}

/* silknet reach: the cost from FROM to every vertex it reaches, cheapest
 * first, within --within; eccentricity over all it reaches. */
int cmd_reach(int argc, char **argv)
{
	static const struct option longopts[] = {
		ROUTE_LONGOPTS,
		{ "within", required_argument, NULL, O_WITHIN },
		{ NULL, 0, NULL, 0 },
	};
	route_args a;
	sn_graph *g = NULL;
	sn_scores *sc = NULL;
	const double *cost;
	double ecc = 0;
	size_t from, *rows = NULL, n = 0;
	char **pos;
	int rc;

	if ((rc = parse_route_args(&a, argc, argv, "reach", longopts, reach_help, 2, "FILE FROM", &pos)) ||
	    (rc = load_query(&a, pos, 1, &g, &from)))
		goto done;
	if (sn_route_costs(&sc, g, from, &a.o) != SN_OK ||
	    !(rows = malloc((sn_graph_vertex_count(g) + 1) * sizeof *rows))) {
		rc = cli_fail();
		goto done;
	}
	cost = sn_scores_values(sc);
	for (size_t v = 0; v < sn_graph_vertex_count(g); v++) {
		if (isinf(cost[v]))
			continue;
		ecc = cost[v] > ecc ? cost[v] : ecc;
		if (cost[v] <= a.within)
			rows[n++] = v;
	}
	if (cli_rank(rows, n, cost, 0) < 0) {
		rc = cli_fail();
		goto done;
	}
	print_reach(g, &a, from, cost, rows, n, ecc);
done:
	free(rows);
	sn_scores_free(sc);
	sn_graph_free(g);
	free_args(&a);
	return cli_exit(rc);
}

/* ---- critical ---- */

static const char critical_help[] =
	"usage: silknet critical FILE FROM TO [--cost ATTR] [--node-cost ATTR|none] [--avoid SPEC]\n"
	"                        [--only SPEC] [--include-planned] [--network] [--format table|csv|json]\n"
	"\n"
	"Chokepoints of the trip from FROM to TO: each vertex and segment of the best route,\n"
	"ranked by how much closing it alone lengthens the trip ('disconnects' when no route is\n"
	"left), and how many routes share no vertex or no segment. --network adds the whole\n"
	"network's articulation points and bridges.\n"
	"\n"
	"  --cost ATTR     segment attribute to minimize, a distance (default: hops)\n"
	"  --node-cost A   time at places passed through, as in route; closing a place removes\n"
	"                  its time too\n"
	"  --avoid SPEC    close a vertex (ID) or what matches attr=value, as in route\n"
	"  --only SPEC     use only what matches attr=value, as in route\n"
	"  --include-planned  also through what is not operating yet, as in route\n"
	"  --network       also the network's articulation points and bridges\n"
	"  --format F      table (default), csv or json\n"
	"\n"
	"example: silknet critical corridors.graphml Almaty Istanbul --cost days\n";

/* What critical found. */
typedef struct critical {
	sn_chokepoints *cp;
	size_t vd, ed;          /* vertex- and edge-disjoint routes */
	size_t *ap, nap, *br, nbr;
} critical;

static void json_chokepoint(const sn_graph *g, const sn_chokepoints *cp, size_t i)
{
	sn_domain d;
	size_t idx, s, t;
	double cost;

	sn_chokepoints_get(cp, i, &d, &idx, &cost);
	printf("%s{\"type\": \"%s\", \"id\": ", i ? ", " : "", d == SN_DOMAIN_NODE ? "vertex" : "segment");
	if (d == SN_DOMAIN_NODE)
		json_string(stdout, sn_graph_vertex_id(g, idx));
	else {
		sn_graph_edge_endpoints(g, idx, &s, &t);
		json_string(stdout, sn_graph_edge_id(g, idx));
		printf(", \"source\": ");
		json_string(stdout, sn_graph_vertex_id(g, s));
		printf(", \"target\": ");
		json_string(stdout, sn_graph_vertex_id(g, t));
	}
	printf(", \"cost_without\": ");
	json_number(stdout, cost);
	printf(", \"increase\": ");
	json_number(stdout, cost - sn_chokepoints_base_cost(cp));
	printf(", \"disconnects\": %s}", isinf(cost) ? "true" : "false");
}

static void print_critical_json(const sn_graph *g, const route_args *a, const size_t *ends, const critical *c)
{
	json_header(g, a, ends[0], &ends[1]);
	printf(", \"base_cost\": ");
	json_number(stdout, sn_chokepoints_base_cost(c->cp));
	printf(", \"chokepoints\": [");
	for (size_t i = 0; i < sn_chokepoints_count(c->cp); i++)
		json_chokepoint(g, c->cp, i);
	printf("], \"vertex_disjoint_routes\": %zu, \"edge_disjoint_routes\": %zu", c->vd, c->ed);
	if (a->network) {
		printf(", \"articulation_points\": [");
		for (size_t i = 0; i < c->nap; i++) {
			printf("%s", i ? ", " : "");
			json_string(stdout, sn_graph_vertex_id(g, c->ap[i]));
		}
		printf("], \"bridges\": [");
		for (size_t i = 0; i < c->nbr; i++) {
			size_t s, t;
			sn_graph_edge_endpoints(g, c->br[i], &s, &t);
			printf("%s[", i ? ", " : "");
			json_string(stdout, sn_graph_vertex_id(g, s));
			printf(", ");
			json_string(stdout, sn_graph_vertex_id(g, t));
			printf("]");
		}
		printf("]");
	}
	printf("}\n");
}

static void print_critical_csv(const sn_graph *g, const critical *c)
{
	printf("type,id,source,target,cost_without,increase\r\n");
	for (size_t i = 0; i < sn_chokepoints_count(c->cp); i++) {
		sn_domain d;
		size_t idx, s = 0, t = 0;
		double cost;
		sn_chokepoints_get(c->cp, i, &d, &idx, &cost);
		printf("%s,", d == SN_DOMAIN_NODE ? "vertex" : "segment");
		if (d == SN_DOMAIN_NODE) {
			csv_field(stdout, sn_graph_vertex_id(g, idx));
			printf(",,");
		} else {
			sn_graph_edge_endpoints(g, idx, &s, &t);
			csv_field(stdout, sn_graph_edge_id(g, idx) ? sn_graph_edge_id(g, idx) : "");
			putchar(',');
			csv_field(stdout, sn_graph_vertex_id(g, s));
			putchar(',');
			csv_field(stdout, sn_graph_vertex_id(g, t));
		}
		putchar(',');
		json_number(stdout, cost);
		putchar(',');
		json_number(stdout, cost - sn_chokepoints_base_cost(c->cp));
		fputs("\r\n", stdout);
	}
}

static void print_critical_table(const sn_graph *g, const route_args *a, const size_t *ends, const critical *c)
{
	double base = sn_chokepoints_base_cost(c->cp);
	char b[40];

	cli_fmt_num(b, sizeof b, base);
	printf("best route from %s to %s: %s %s\n\n", cli_vname(g, ends[0]), cli_vname(g, ends[1]), b,
	       a->o.cost ? a->o.cost : "hops");
	printf("%-44s  %12s  %s\n", "closed", "cost without", "increase");
	for (size_t i = 0; i < sn_chokepoints_count(c->cp); i++) {
		double cost;
		char what[200], x[40], inc[48], dd[40];
		sn_chokepoints_get(c->cp, i, NULL, NULL, &cost);
		cli_chokepoint_name(g, c->cp, i, "segment ", " - ", what, sizeof what);
		cli_fmt_num(x, sizeof x, cost);
		cli_fmt_num(dd, sizeof dd, cost - base);
		if (isinf(cost))
			snprintf(inc, sizeof inc, "disconnects");
		else
			snprintf(inc, sizeof inc, "+%s", dd);
		printf("%-44.44s  %12s  %s\n", what, x, inc);
	}
	printf("\nroutes sharing no vertex: %zu; sharing no segment: %zu\n", c->vd, c->ed);
	print_notes(a, 0);
	if (!a->network)
		return;
	printf("\narticulation points (%zu):", c->nap);
	for (size_t i = 0; i < c->nap; i++)
		printf("%s %s", i ? "," : "", cli_vname(g, c->ap[i]));
	printf("\nbridges (%zu):", c->nbr);
	for (size_t i = 0; i < c->nbr; i++) {
		size_t s, t;
		sn_graph_edge_endpoints(g, c->br[i], &s, &t);
		printf("%s %s - %s", i ? "," : "", cli_vname(g, s), cli_vname(g, t));
	}
	printf("\n");
}

int cmd_critical(int argc, char **argv)
{
	static const struct option longopts[] = {
		ROUTE_LONGOPTS,
		{ "network", no_argument, NULL, O_NETWORK },
		{ NULL, 0, NULL, 0 },
	};
	route_args a;
	critical c;
	sn_graph *g = NULL;
	size_t ends[2];
	char **pos;
	int rc;

	memset(&c, 0, sizeof c);
	if ((rc = parse_route_args(&a, argc, argv, "critical", longopts, critical_help, 3, "FILE FROM TO", &pos)) ||
	    (rc = load_query(&a, pos, 2, &g, ends)))
		goto done;
	if (sn_route_chokepoints(&c.cp, g, ends[0], ends[1], &a.o) != SN_OK ||
	    sn_route_redundancy(g, ends[0], ends[1], &a.o, &c.vd, &c.ed) != SN_OK ||
	    (a.network && (sn_graph_articulation_points(&c.ap, &c.nap, g) != SN_OK ||
	                   sn_graph_bridges(&c.br, &c.nbr, g) != SN_OK))) {
		rc = cli_fail();
		goto done;
	}
	if (a.format == FORMAT_JSON)
		print_critical_json(g, &a, ends, &c);
	else if (a.format == FORMAT_CSV)
		print_critical_csv(g, &c);
	else
		print_critical_table(g, &a, ends, &c);
done:
	sn_chokepoints_free(c.cp);
	sn_free(c.ap);
	sn_free(c.br);
	sn_graph_free(g);
	free_args(&a);
	return cli_exit(rc);
}
