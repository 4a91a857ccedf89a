/*
 * routes.c - routes and chokepoints as the command line shows them, shared
 * by route, critical and the report.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int cli_lookup(const sn_graph *g, const char *text, size_t *out)
{
	if (sn_graph_vertex_lookup(g, text, out) != SN_OK) {
		cli_error("%s", sn_last_error());
		return EXIT_BAD_INPUT;
	}
	return EXIT_OK;
}

const char *cli_node_cost(const sn_graph *g, const char *cost, const char *explicit, int *implied)
{
	size_t k;
	sn_type t;

	*implied = 0;
	if (explicit)
		return strcmp(explicit, "none") == 0 ? NULL : explicit;
	if (!cost || sn_key_find(g, SN_DOMAIN_NODE, cost, &k) != SN_OK)
		return NULL;
	t = sn_key_type(g, k);
	if (t == SN_TYPE_STRING || t == SN_TYPE_OPAQUE || t == SN_TYPE_BOOLEAN)
		return NULL;
	*implied = 1;
	return cost;
}

double cli_route_total(const sn_graph *g, size_t key, const size_t *edges, size_t ne)
{
	double sum = 0, x;

	for (size_t i = 0; i < ne; i++) {
		if (sn_attr_get_double(g, key, SN_DOMAIN_EDGE, edges[i], &x) != SN_OK)
			return NAN;
		sum += x;
	}
	return sum;
}

int cli_numeric_edge_key(const sn_graph *g, size_t k)
{
	sn_type t = sn_key_type(g, k);
	return (sn_key_domain(g, k) & SN_DOMAIN_EDGE) && sn_key_domain(g, k) != SN_DOMAIN_OTHER &&
	       t != SN_TYPE_STRING && t != SN_TYPE_OPAQUE && t != SN_TYPE_BOOLEAN && sn_key_name(g, k);
}

static void json_ids(const sn_graph *g, const size_t *v, size_t n, int labels)
{
	for (size_t j = 0; j < n; j++) {
		printf("%s", j ? ", " : "");
		json_string(stdout, labels ? cli_vname(g, v[j]) : sn_graph_vertex_id(g, v[j]));
	}
}

/* The routes as a JSON array: each with its path (ids and labels), edges,
 * cost, the part at places, the second cost of a Pareto set, and the totals
 * of every numeric edge attribute (null where a segment has no value). */
void cli_print_routes_json(const sn_graph *g, const sn_routes *r, const char *cost2)
{
	printf("[");
	for (size_t i = 0; i < sn_routes_count(r); i++) {
		size_t nv, ne, first = 1;
		const size_t *v = sn_routes_vertices(r, i, &nv), *e = sn_routes_edges(r, i, &ne);
		printf("%s{\"path\": [", i ? ", " : "");
		json_ids(g, v, nv, 0);
		printf("], \"labels\": [");
		json_ids(g, v, nv, 1);
		printf("], \"edges\": [");
		for (size_t j = 0; j < ne; j++) {
			printf("%s", j ? ", " : "");
			json_string(stdout, sn_graph_edge_id(g, e[j]));
		}
		printf("], \"cost\": ");
		json_number(stdout, sn_routes_cost(r, i));
		printf(", \"at_places\": ");
		json_number(stdout, sn_routes_cost_at_places(r, i));
		if (cost2) {
			printf(", \"cost2\": ");
			json_number(stdout, sn_routes_cost2(r, i));
		}
		printf(", \"totals\": {");
		for (size_t k = 0; k < sn_key_count(g); k++) {
			if (!cli_numeric_edge_key(g, k))
				continue;
			printf("%s", first ? "" : ", ");
			first = 0;
			json_string(stdout, sn_key_name(g, k));
			printf(": ");
			json_number(stdout, cli_route_total(g, k, e, ne));
		}
		printf("}}");
	}
	printf("]");
}

void cli_print_routes_table(const sn_graph *g, const sn_routes *r, const char *cost, const char *cost2, int widest,
                            int at_places)
{
	for (size_t i = 0; i < sn_routes_count(r); i++) {
		size_t nv, ne;
		const size_t *v = sn_routes_vertices(r, i, &nv), *e = sn_routes_edges(r, i, &ne);
		const char **words = malloc((nv + 1) * sizeof *words);
		char c[40], c2[40];
		cli_fmt_num(c, sizeof c, sn_routes_cost(r, i));
		printf("route %zu: %s %s", i + 1, c, cost ? cost : "hops");
		if (widest)
			printf(" (narrowest segment)");
		if (at_places) {
			char p[40];
			cli_fmt_num(p, sizeof p, sn_routes_cost_at_places(r, i));
			printf(", of which %s at places", p);
		}
		if (cost2) {
			cli_fmt_num(c2, sizeof c2, sn_routes_cost2(r, i));
			printf(", %s %s", c2, cost2);
		}
		printf(", %zu segment%s\n  ", ne, ne == 1 ? "" : "s");
		if (words) {
			for (size_t j = 0; j < nv; j++)
				words[j] = cli_vname(g, v[j]);
			cli_wrapped(words, nv, " -> ", 4, 2);
			free(words);
		}
		printf("  totals:");
		for (size_t k = 0; k < sn_key_count(g); k++) {
			char t[40];
			if (!cli_numeric_edge_key(g, k))
				continue;
			cli_fmt_num(t, sizeof t, cli_route_total(g, k, e, ne));
			printf("  %s %s", sn_key_name(g, k), t);
		}
		printf("\n");
	}
}

void cli_print_routes_csv(const sn_graph *g, const sn_routes *r)
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

const char *cli_chokepoint_name(const sn_graph *g, const sn_chokepoints *c, size_t i, const char *prefix,
                                const char *sep, char *buf, size_t size)
{
	sn_domain d;
	size_t idx, s, t;

	sn_chokepoints_get(c, i, &d, &idx, NULL);
	if (d == SN_DOMAIN_NODE)
		snprintf(buf, size, "%s", cli_vname(g, idx));
	else {
		sn_graph_edge_endpoints(g, idx, &s, &t);
		snprintf(buf, size, "%s%s%s%s", prefix, cli_vname(g, s), sep, cli_vname(g, t));
	}
	return buf;
}
