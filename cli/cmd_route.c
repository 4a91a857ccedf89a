/*
 * cmd_route.c - silknet route, reach and critical.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SPECS 64

typedef struct route_args {
	sn_route_opts o;
	const char *avoid[MAX_SPECS], *only[MAX_SPECS], *close[MAX_SPECS];
	size_t navoid, nonly, nclose;
	const char *via_text[MAX_SPECS];
	size_t nvia;
	size_t via[MAX_SPECS];
	const char *pareto;
	enum cli_format format;
	char *copies[3 * MAX_SPECS + 8];
	size_t ncopies;
} route_args;

enum {
	O_COST = 400, O_AVOID, O_ONLY, O_VIA, O_K, O_WIDEST, O_ASTAR, O_PARETO, O_CLOSE, O_FORMAT, O_WITHIN, O_NETWORK
};

/* Splits a comma-separated option value into list. */
static int add_specs(route_args *a, const char *cmd, const char *text, const char **list, size_t *n)
{
	char *copy = strdup(text), *save = NULL;

	if (!copy || a->ncopies == sizeof a->copies / sizeof a->copies[0]) {
		free(copy);
		return cli_usage(cmd, "too many constraints");
	}
	a->copies[a->ncopies++] = copy;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (*n == MAX_SPECS)
			return cli_usage(cmd, "too many constraints");
		list[(*n)++] = tok;
	}
	return 0;
}

static void free_args(route_args *a)
{
	for (size_t i = 0; i < a->ncopies; i++)
		free(a->copies[i]);
}

static int common_option(route_args *a, const char *cmd, int c, const char *arg)
{
	char *end;

	switch (c) {
	case O_COST: a->o.cost = arg; return 0;
	case O_AVOID: return add_specs(a, cmd, arg, a->avoid, &a->navoid);
	case O_ONLY: return add_specs(a, cmd, arg, a->only, &a->nonly);
	case O_FORMAT: return cli_parse_format(cmd, arg, 7u, &a->format);
	case O_VIA: return add_specs(a, cmd, arg, a->via_text, &a->nvia);
	case O_CLOSE: return add_specs(a, cmd, arg, a->close, &a->nclose);
	case O_K:
		a->o.k = (size_t)strtoul(arg, &end, 10);
		if (end == arg || *end || arg[0] == '-' || a->o.k == 0)
			return cli_usage(cmd, "--k takes a whole number from 1, not '%s'", arg);
		return 0;
	case O_WIDEST: a->o.flags |= SN_ROUTE_WIDEST; return 0;
	case O_ASTAR: a->o.flags |= SN_ROUTE_ASTAR; return 0;
	case O_PARETO: a->pareto = arg; return 0;
	default: return cli_usage(cmd, "internal: option %d", c);
	}
}

static int lookup(const sn_graph *g, const char *text, size_t *out)
{
	if (sn_graph_lookup_vertex(g, text, out) != SN_OK) {
		cli_error("%s", sn_last_error());
		return EXIT_BAD_INPUT;
	}
	return EXIT_OK;
}

/* Sum of a numeric edge attribute along a route; NaN when a segment has none. */
static double total(const sn_graph *g, size_t key, const size_t *edges, size_t ne)
{
	double sum = 0, x;
	for (size_t i = 0; i < ne; i++) {
		if (sn_attr_get_double(g, key, SN_DOMAIN_EDGE, edges[i], &x) != SN_OK)
			return NAN;
		sum += x;
	}
	return sum;
}

static int numeric_edge_key(const sn_graph *g, size_t k)
{
	sn_type t = sn_key_type(g, k);
	return (sn_key_domain(g, k) & SN_DOMAIN_EDGE) && sn_key_domain(g, k) != SN_DOMAIN_OTHER &&
	       t != SN_TYPE_STRING && t != SN_TYPE_OPAQUE && t != SN_TYPE_BOOLEAN && sn_key_name(g, k);
}

static void print_routes_json(const sn_graph *g, const sn_routes *r, const char *cost, const char *cost2)
{
	printf("[");
	for (size_t i = 0; i < sn_routes_count(r); i++) {
		size_t nv, ne, first = 1;
		const size_t *v = sn_routes_vertices(r, i, &nv), *e = sn_routes_edges(r, i, &ne);
		printf("%s{\"path\": [", i ? ", " : "");
		for (size_t j = 0; j < nv; j++) {
			printf("%s", j ? ", " : "");
			json_string(stdout, sn_graph_vertex_id(g, v[j]));
		}
		printf("], \"labels\": [");
		for (size_t j = 0; j < nv; j++) {
			printf("%s", j ? ", " : "");
			json_string(stdout, cli_vname(g, v[j]));
		}
		printf("], \"edges\": [");
		for (size_t j = 0; j < ne; j++) {
			const char *id = sn_graph_edge_id(g, e[j]);
			printf("%s", j ? ", " : "");
			if (id)
				json_string(stdout, id);
			else
				printf("null");
		}
		printf("], \"cost\": ");
		json_number(stdout, sn_routes_cost(r, i));
		if (cost2) {
			printf(", \"cost2\": ");
			json_number(stdout, sn_routes_cost2(r, i));
		}
		printf(", \"totals\": {");
		for (size_t k = 0; k < sn_graph_key_count(g); k++) {
			if (!numeric_edge_key(g, k))
				continue;
			printf("%s", first ? "" : ", ");
			first = 0;
			json_string(stdout, sn_key_name(g, k));
			printf(": ");
			json_number(stdout, total(g, k, e, ne));
		}
		printf("}}");
	}
	printf("]");
	(void)cost;
}

static void print_routes_table(const sn_graph *g, const sn_routes *r, const char *cost, const char *cost2,
                               int widest)
{
	for (size_t i = 0; i < sn_routes_count(r); i++) {
		size_t nv, ne;
		const size_t *v = sn_routes_vertices(r, i, &nv), *e = sn_routes_edges(r, i, &ne);
		char c[40], c2[40];
		cli_fmt_num(c, sizeof c, sn_routes_cost(r, i));
		printf("route %zu: %s %s", i + 1, c, cost ? cost : "hops");
		if (widest)
			printf(" (narrowest segment)");
		if (cost2) {
			cli_fmt_num(c2, sizeof c2, sn_routes_cost2(r, i));
			printf(", %s %s", c2, cost2);
		}
		printf(", %zu segment%s\n  ", ne, ne == 1 ? "" : "s");
		{
			const char **words = malloc((nv + 1) * sizeof *words);
			if (words) {
				for (size_t j = 0; j < nv; j++)
					words[j] = cli_vname(g, v[j]);
				cli_wrapped(words, nv, " -> ", 4, 2);
				free(words);
			}
		}
		printf("  totals:");
		for (size_t k = 0; k < sn_graph_key_count(g); k++) {
			char t[40];
			if (!numeric_edge_key(g, k))
				continue;
			cli_fmt_num(t, sizeof t, total(g, k, e, ne));
			printf("  %s %s", sn_key_name(g, k), t);
		}
		printf("\n");
	}
}

static void print_routes_csv(const sn_graph *g, const sn_routes *r)
{
	printf("route,step,id,label,cost\r\n");
	for (size_t i = 0; i < sn_routes_count(r); i++) {
		size_t nv;
		const size_t *v = sn_routes_vertices(r, i, &nv);
		for (size_t j = 0; j < nv; j++) {
			printf("%zu,%zu,", i + 1, j);
			csv_field(stdout, sn_graph_vertex_id(g, v[j]));
			putchar(',');
			csv_field(stdout, cli_vname(g, v[j]));
			putchar(',');
			json_number(stdout, sn_routes_cost(r, i));
			fputs("\r\n", stdout);
		}
	}
}

#define ROUTE_LONGOPTS \
	{ "cost", required_argument, NULL, O_COST }, \
	{ "avoid", required_argument, NULL, O_AVOID }, \
	{ "only", required_argument, NULL, O_ONLY }, \
	{ "format", required_argument, NULL, O_FORMAT }, \
	{ "help", no_argument, NULL, 'h' }

static const char route_help[] =
	"usage: silknet route FILE FROM TO [--cost ATTR] [--avoid SPEC] [--only SPEC] [--via IDS]\n"
	"                     [--k N | --widest | --astar | --pareto ATTR2] [--close SPEC]\n"
	"                     [--format table|csv|json]\n"
	"\n"
	"The best route from FROM to TO (ids, or labels as shown), with its cost and the totals\n"
	"of every numeric segment attribute along it (km, days, usd).\n"
	"\n"
	"  --cost ATTR     segment attribute to minimize, a distance (default: hops); segments\n"
	"                  without it are not used, and counted\n"
	"  --avoid SPEC    close a vertex (ID) or what matches attr=value: country=RU, kind=port,\n"
	"                  mode=sea; repeat it or separate with commas\n"
	"  --only SPEC     use only what matches attr=value (corridor=TITR); values of one\n"
	"                  attribute are alternatives\n"
	"  --via IDS       pass these waypoints in order (via Chabahar, via Gwadar)\n"
	"  --k N           the N best loopless routes (Yen)\n"
	"  --widest        the route whose narrowest segment is widest (--cost is a capacity)\n"
	"  --astar         A* with a great-circle heuristic from lat/lon: same cost, less search\n"
	"  --pareto ATTR2  every route not beaten on both --cost and ATTR2 (at most --k, 10)\n"
	"  --close SPEC    a scenario: the route again with SPEC closed too, and the difference\n"
	"  --format F      table (default), csv or json\n"
	"\n"
	"Exit status 1 when there is no route.\n"
	"example: silknet route corridors.graphml Tashkent Istanbul --cost days --avoid country=RU --k 3\n";

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
	size_t from, to;
	sn_status st;
	int c, rc;

	memset(&a, 0, sizeof a);
	sn_route_opts_init(&a.o, SN_ROUTE_OPTS_VERSION);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': fputs(route_help, stdout); free_args(&a); return EXIT_OK;
		case ':': free_args(&a); return cli_usage("route", "option '%s' needs a value", argv[optind - 1]);
		case '?': free_args(&a); return cli_usage("route", "unknown option '%s'", argv[optind - 1]);
		default:
			if ((rc = common_option(&a, "route", c, optarg))) {
				free_args(&a);
				return rc;
			}
		}
	}
	if (argc - optind != 3) {
		free_args(&a);
		return cli_usage("route", argc - optind < 3 ? "FILE FROM TO are required" : "unexpected argument '%s'",
		                 argv[argc - 1]);
	}
	if ((rc = cli_load(argv[optind], 0, &g))) {
		free_args(&a);
		return rc;
	}
	if ((rc = lookup(g, argv[optind + 1], &from)) || (rc = lookup(g, argv[optind + 2], &to)))
		goto done;
	for (size_t i = 0; i < a.nvia; i++)
		if ((rc = lookup(g, a.via_text[i], &a.via[i])))
			goto done;
	a.o.avoid = a.avoid;
	a.o.n_avoid = a.navoid;
	a.o.only = a.only;
	a.o.n_only = a.nonly;
	a.o.via = a.via;
	a.o.n_via = a.nvia;
	st = a.pareto ? sn_route_pareto(&r, g, from, to, a.pareto, &a.o) : sn_route(&r, g, from, to, &a.o);
	if (st != SN_OK) {
		rc = cli_fail();
		goto done;
	}
	if (a.nclose) {
		/* the scenario: the same query with more closed */
		const char *both[2 * MAX_SPECS];
		sn_route_opts so = a.o;
		memcpy(both, a.avoid, a.navoid * sizeof *both);
		memcpy(both + a.navoid, a.close, a.nclose * sizeof *both);
		so.avoid = both;
		so.n_avoid = a.navoid + a.nclose;
		st = a.pareto ? sn_route_pareto(&s, g, from, to, a.pareto, &so) : sn_route(&s, g, from, to, &so);
		if (st != SN_OK && st != SN_ENOPATH) {
			rc = cli_fail();
			goto done;
		}
	}

	if (a.format == FORMAT_JSON) {
		printf("{\"from\": ");
		json_string(stdout, sn_graph_vertex_id(g, from));
		printf(", \"to\": ");
		json_string(stdout, sn_graph_vertex_id(g, to));
		printf(", \"cost\": ");
		if (a.o.cost)
			json_string(stdout, a.o.cost);
		else
			printf("\"hops\"");
		printf(", \"unusable_segments\": %zu, \"routes\": ", sn_routes_unusable(r));
		print_routes_json(g, r, a.o.cost, a.pareto);
		if (a.o.flags & SN_ROUTE_ASTAR)
			printf(", \"settled\": %zu", sn_routes_settled(r));
		if (a.nclose) {
			printf(", \"scenario\": {\"close\": [");
			for (size_t i = 0; i < a.nclose; i++) {
				printf("%s", i ? ", " : "");
				json_string(stdout, a.close[i]);
			}
			printf("], \"routes\": ");
			if (s)
				print_routes_json(g, s, a.o.cost, a.pareto);
			else
				printf("[]");
			printf(", \"difference\": ");
			json_number(stdout, s ? sn_routes_cost(s, 0) - sn_routes_cost(r, 0) : INFINITY);
			printf("}");
		}
		printf("}\n");
	} else if (a.format == FORMAT_CSV) {
		print_routes_csv(g, r);
	} else {
		print_routes_table(g, r, a.o.cost, a.pareto, (a.o.flags & SN_ROUTE_WIDEST) != 0);
		if (sn_routes_unusable(r))
			printf("(%zu segments without '%s' were not used)\n", sn_routes_unusable(r), a.o.cost);
		if (a.o.flags & SN_ROUTE_ASTAR)
			printf("(A*: %zu vertices settled)\n", sn_routes_settled(r));
		if (a.pareto && sn_routes_truncated(r))
			printf("(the search kept at most 64 labels per vertex: the set may miss routes)\n");
		if (a.nclose) {
			printf("\nwith ");
			for (size_t i = 0; i < a.nclose; i++)
				printf("%s%s", i ? ", " : "", a.close[i]);
			printf(" closed:\n");
			if (!s)
				printf("  no route: closing it disconnects the trip\n");
			else {
				char d[40];
				print_routes_table(g, s, a.o.cost, a.pareto, (a.o.flags & SN_ROUTE_WIDEST) != 0);
				cli_fmt_num(d, sizeof d, sn_routes_cost(s, 0) - sn_routes_cost(r, 0));
				printf("  difference: %s%s %s\n", sn_routes_cost(s, 0) >= sn_routes_cost(r, 0) ? "+" : "", d,
				       a.o.cost ? a.o.cost : "hops");
			}
		}
	}
	rc = EXIT_OK;
done:
	sn_routes_free(r);
	sn_routes_free(s);
	sn_graph_free(g);
	free_args(&a);
	return rc;
}

/* ---- reach ---- */

static const char reach_help[] =
	"usage: silknet reach FILE FROM [--cost ATTR] [--within X] [--avoid SPEC] [--only SPEC]\n"
	"                     [--format table|csv|json]\n"
	"\n"
	"Every vertex reachable from FROM with its cost, cheapest first; with --within, only those\n"
	"within that budget (e.g. within 10 days of Tashkent). The last line gives FROM's\n"
	"eccentricity: the cost to the farthest vertex it reaches.\n"
	"\n"
	"example: silknet reach corridors.graphml Tashkent --cost days --within 10\n";

static const double *reach_costs;

static int by_cost(const void *x, const void *y)
{
	size_t i = *(const size_t *)x, j = *(const size_t *)y;
	if (reach_costs[i] != reach_costs[j])
		return reach_costs[i] < reach_costs[j] ? -1 : 1;
	return i < j ? -1 : i > j;
}

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
	double within = INFINITY, ecc = 0;
	size_t from, *rows = NULL, n = 0;
	int c, rc;

	memset(&a, 0, sizeof a);
	sn_route_opts_init(&a.o, SN_ROUTE_OPTS_VERSION);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		char *end;
		switch (c) {
		case 'h': fputs(reach_help, stdout); free_args(&a); return EXIT_OK;
		case ':': free_args(&a); return cli_usage("reach", "option '%s' needs a value", argv[optind - 1]);
		case '?': free_args(&a); return cli_usage("reach", "unknown option '%s'", argv[optind - 1]);
		case O_WITHIN:
			within = strtod(optarg, &end);
			if (end == optarg || *end || !(within >= 0)) {
				free_args(&a);
				return cli_usage("reach", "--within takes a number not below zero, not '%s'", optarg);
			}
			break;
		default:
			if ((rc = common_option(&a, "reach", c, optarg))) {
				free_args(&a);
				return rc;
			}
		}
	}
	if (argc - optind != 2) {
		free_args(&a);
		return cli_usage("reach", "FILE FROM are required");
	}
	if ((rc = cli_load(argv[optind], 0, &g))) {
		free_args(&a);
		return rc;
	}
	if ((rc = lookup(g, argv[optind + 1], &from)))
		goto done;
	a.o.avoid = a.avoid;
	a.o.n_avoid = a.navoid;
	a.o.only = a.only;
	a.o.n_only = a.nonly;
	if (sn_route_costs(&sc, g, from, &a.o) != SN_OK) {
		rc = cli_fail();
		goto done;
	}
	reach_costs = sn_scores_values(sc);
	if (!(rows = malloc((sn_graph_vertex_count(g) + 1) * sizeof *rows))) {
		rc = cli_fail();
		goto done;
	}
	for (size_t v = 0; v < sn_graph_vertex_count(g); v++) {
		double x = reach_costs[v];
		if (isinf(x))
			continue;
		ecc = x > ecc ? x : ecc;
		if (x <= within)
			rows[n++] = v;
	}
	qsort(rows, n, sizeof *rows, by_cost);
	if (a.format == FORMAT_JSON) {
		printf("{\"from\": ");
		json_string(stdout, sn_graph_vertex_id(g, from));
		printf(", \"cost\": ");
		if (a.o.cost)
			json_string(stdout, a.o.cost);
		else
			printf("\"hops\"");
		printf(", \"within\": ");
		json_number(stdout, within);
		printf(", \"eccentricity\": ");
		json_number(stdout, ecc);
		printf(", \"reachable\": [");
		for (size_t i = 0; i < n; i++) {
			printf("%s{\"id\": ", i ? ", " : "");
			json_string(stdout, sn_graph_vertex_id(g, rows[i]));
			printf(", \"cost\": ");
			json_number(stdout, reach_costs[rows[i]]);
			printf("}");
		}
		printf("]}\n");
	} else if (a.format == FORMAT_CSV) {
		printf("id,label,cost\r\n");
		for (size_t i = 0; i < n; i++) {
			csv_field(stdout, sn_graph_vertex_id(g, rows[i]));
			putchar(',');
			csv_field(stdout, cli_vname(g, rows[i]));
			putchar(',');
			json_number(stdout, reach_costs[rows[i]]);
			fputs("\r\n", stdout);
		}
	} else {
		char e[40];
		for (size_t i = 0; i < n; i++) {
			char x[40];
			cli_fmt_num(x, sizeof x, reach_costs[rows[i]]);
			printf("%10s  %s\n", x, cli_vname(g, rows[i]));
		}
		cli_fmt_num(e, sizeof e, ecc);
		printf("%zu of %zu vertices reached; eccentricity %s %s\n", n, sn_graph_vertex_count(g), e,
		       a.o.cost ? a.o.cost : "hops");
	}
	rc = EXIT_OK;
done:
	free(rows);
	sn_scores_free(sc);
	sn_graph_free(g);
	free_args(&a);
	return rc;
}

/* ---- critical ---- */

static const char critical_help[] =
	"usage: silknet critical FILE FROM TO [--cost ATTR] [--avoid SPEC] [--only SPEC] [--network]\n"
	"                        [--format table|csv|json]\n"
	"\n"
	"Chokepoints of the trip from FROM to TO: each vertex and segment of the best route,\n"
	"ranked by how much closing it alone lengthens the trip ('disconnects' when no route is\n"
	"left), and how many routes share no vertex or no segment. --network adds the whole\n"
	"network's articulation points and bridges.\n"
	"\n"
	"example: silknet critical corridors.graphml Almaty Rotterdam --cost days\n";

int cmd_critical(int argc, char **argv)
{
	static const struct option longopts[] = {
		ROUTE_LONGOPTS,
		{ "network", no_argument, NULL, O_NETWORK },
		{ NULL, 0, NULL, 0 },
	};
	route_args a;
	sn_graph *g = NULL;
	sn_chokepoints *cp = NULL;
	size_t from, to, vd = 0, ed = 0, *ap = NULL, nap = 0, *br = NULL, nbr = 0;
	int c, rc, network = 0;

	memset(&a, 0, sizeof a);
	sn_route_opts_init(&a.o, SN_ROUTE_OPTS_VERSION);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': fputs(critical_help, stdout); free_args(&a); return EXIT_OK;
		case ':': free_args(&a); return cli_usage("critical", "option '%s' needs a value", argv[optind - 1]);
		case '?': free_args(&a); return cli_usage("critical", "unknown option '%s'", argv[optind - 1]);
		case O_NETWORK: network = 1; break;
		default:
			if ((rc = common_option(&a, "critical", c, optarg))) {
				free_args(&a);
				return rc;
			}
		}
	}
	if (argc - optind != 3) {
		free_args(&a);
		return cli_usage("critical", "FILE FROM TO are required");
	}
	if ((rc = cli_load(argv[optind], 0, &g))) {
		free_args(&a);
		return rc;
	}
	if ((rc = lookup(g, argv[optind + 1], &from)) || (rc = lookup(g, argv[optind + 2], &to)))
		goto done;
	a.o.avoid = a.avoid;
	a.o.n_avoid = a.navoid;
	a.o.only = a.only;
	a.o.n_only = a.nonly;
	if (sn_route_chokepoints(&cp, g, from, to, &a.o) != SN_OK ||
	    sn_route_redundancy(g, from, to, &a.o, &vd, &ed) != SN_OK ||
	    (network && (sn_graph_articulation_points(g, &ap, &nap) != SN_OK || sn_graph_bridges(g, &br, &nbr) != SN_OK))) {
		rc = cli_fail();
		goto done;
	}
	if (a.format == FORMAT_JSON) {
		printf("{\"from\": ");
		json_string(stdout, sn_graph_vertex_id(g, from));
		printf(", \"to\": ");
		json_string(stdout, sn_graph_vertex_id(g, to));
		printf(", \"cost\": ");
		if (a.o.cost)
			json_string(stdout, a.o.cost);
		else
			printf("\"hops\"");
		printf(", \"base_cost\": ");
		json_number(stdout, sn_chokepoints_base_cost(cp));
		printf(", \"chokepoints\": [");
		for (size_t i = 0; i < sn_chokepoints_count(cp); i++) {
			sn_domain d;
			size_t idx, s, t;
			double cost;
			sn_chokepoints_get(cp, i, &d, &idx, &cost);
			printf("%s{\"type\": \"%s\", ", i ? ", " : "", d == SN_DOMAIN_NODE ? "vertex" : "segment");
			if (d == SN_DOMAIN_NODE) {
				printf("\"id\": ");
				json_string(stdout, sn_graph_vertex_id(g, idx));
			} else {
				sn_graph_edge_endpoints(g, idx, &s, &t);
				printf("\"id\": ");
				if (sn_graph_edge_id(g, idx))
					json_string(stdout, sn_graph_edge_id(g, idx));
				else
					printf("null");
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
		printf("], \"vertex_disjoint_routes\": %zu, \"edge_disjoint_routes\": %zu", vd, ed);
		if (network) {
			printf(", \"articulation_points\": [");
			for (size_t i = 0; i < nap; i++) {
				printf("%s", i ? ", " : "");
				json_string(stdout, sn_graph_vertex_id(g, ap[i]));
			}
			printf("], \"bridges\": [");
			for (size_t i = 0; i < nbr; i++) {
				size_t s, t;
				sn_graph_edge_endpoints(g, br[i], &s, &t);
				printf("%s[", i ? ", " : "");
				json_string(stdout, sn_graph_vertex_id(g, s));
				printf(", ");
				json_string(stdout, sn_graph_vertex_id(g, t));
				printf("]");
			}
			printf("]");
		}
		printf("}\n");
	} else if (a.format == FORMAT_CSV) {
		printf("type,id,source,target,cost_without,increase\r\n");
		for (size_t i = 0; i < sn_chokepoints_count(cp); i++) {
			sn_domain d;
			size_t idx, s = 0, t = 0;
			double cost;
			sn_chokepoints_get(cp, i, &d, &idx, &cost);
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
			json_number(stdout, cost - sn_chokepoints_base_cost(cp));
			fputs("\r\n", stdout);
		}
	} else {
		char b[40];
		cli_fmt_num(b, sizeof b, sn_chokepoints_base_cost(cp));
		printf("best route from %s to %s: %s %s\n\n", cli_vname(g, from), cli_vname(g, to), b, a.o.cost ? a.o.cost : "hops");
		printf("%-44s  %12s  %s\n", "closed", "cost without", "increase");
		for (size_t i = 0; i < sn_chokepoints_count(cp); i++) {
			sn_domain d;
			size_t idx, s, t;
			double cost;
			char what[200], x[40], inc[48];
			sn_chokepoints_get(cp, i, &d, &idx, &cost);
			if (d == SN_DOMAIN_NODE)
				snprintf(what, sizeof what, "%s", cli_vname(g, idx));
			else {
				sn_graph_edge_endpoints(g, idx, &s, &t);
				snprintf(what, sizeof what, "segment %s - %s", cli_vname(g, s), cli_vname(g, t));
			}
			cli_fmt_num(x, sizeof x, cost);
			if (isinf(cost))
				snprintf(inc, sizeof inc, "disconnects");
			else {
				char dd[40];
				cli_fmt_num(dd, sizeof dd, cost - sn_chokepoints_base_cost(cp));
				snprintf(inc, sizeof inc, "+%s", dd);
			}
			printf("%-44.44s  %12s  %s\n", what, x, inc);
		}
		printf("\nroutes sharing no vertex: %zu; sharing no segment: %zu\n", vd, ed);
		if (network) {
			printf("\narticulation points (%zu):", nap);
			for (size_t i = 0; i < nap; i++)
				printf("%s %s", i ? "," : "", cli_vname(g, ap[i]));
			printf("\nbridges (%zu):", nbr);
			for (size_t i = 0; i < nbr; i++) {
				size_t s, t;
				sn_graph_edge_endpoints(g, br[i], &s, &t);
				printf("%s %s - %s", i ? "," : "", cli_vname(g, s), cli_vname(g, t));
			}
			printf("\n");
		}
	}
	rc = EXIT_OK;
done:
	sn_chokepoints_free(cp);
	sn_free(ap);
	sn_free(br);
	sn_graph_free(g);
	free_args(&a);
	return rc;
}
