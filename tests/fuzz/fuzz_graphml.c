/*
 * fuzz_graphml.c - the fuzz target: any bytes through the GraphML reader;
 * what it accepts through the GraphML writer, the reader again, the DOT
 * writer, a centrality measure and routing. Nothing may crash, leak or leave
 * igraph's cleanup stack dirty; what was written must read back; a router
 * (A* where there are lat/lon) must find routes exactly as cheap as
 * sn_route()'s Dijkstra.
 *
 * Built with clang -fsanitize=fuzzer for libFuzzer (make fuzz), and with
 * standalone.c as an ordinary program that replays a corpus (make check).
 */
#include <igraph.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "silknet.h"

/* What silknet writes as GEXF and CSV it reads back, with the same edges
 * (a table's isolated vertices are in the node table only). */
static void other_formats(const sn_graph *g)
{
	char *text = NULL, *nodes = NULL, *edges = NULL;
	size_t len = 0, nlen = 0, elen = 0;
	sn_graph *back = NULL;

	if (sn_graph_write_gexf_memory(&text, &len, g, NULL) == SN_OK) {
		if (sn_graph_read_memory(&back, text, len, "gexf", NULL) != SN_OK) {
			fprintf(stderr, "written GEXF does not read back: %s\n", sn_last_error());
			abort();
		}
		if (sn_graph_vertex_count(back) != sn_graph_vertex_count(g) || sn_graph_edge_count(back) != sn_graph_edge_count(g))
			abort();
		sn_graph_free(back);
		back = NULL;
	}
	if (sn_graph_write_csv_memory(&nodes, &nlen, &edges, &elen, g, NULL) == SN_OK) {
		if (sn_graph_read_memory(&back, edges, elen, "edges", NULL) != SN_OK) {
			fprintf(stderr, "written CSV does not read back: %s\n", sn_last_error());
			abort();
		}
		if (sn_graph_edge_count(back) != sn_graph_edge_count(g))
			abort();
		sn_graph_free(back);
	}
	sn_free(text);
	sn_free(nodes);
	sn_free(edges);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void routes(const sn_graph *g)
{
	size_t n = sn_graph_vertex_count(g), k;
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	sn_router *r = NULL;

	o.cost = sn_key_find(g, SN_DOMAIN_EDGE, "km", &k) == SN_OK ? "km" : NULL;
	o.flags = SN_ROUTE_ASTAR;
	if (sn_router_new(&r, g, &o) != SN_OK) {
		o.flags = 0;
		if (sn_router_new(&r, g, &o) != SN_OK)
			return;
	}
	o.flags = 0;
	for (size_t i = 0; i < n && i < 4; i++) {
		sn_routes *a = NULL, *d = NULL;
		int sa = sn_router_route(&a, r, i, n - 1 - i), sd = sn_route(&d, g, i, n - 1 - i, &o);
		if ((sa == SN_OK) != (sd == SN_OK))
			abort();
		if (sa == SN_OK) {
			double x = sn_routes_cost(a, 0), y = sn_routes_cost(d, 0);
			if (x != y && !(fabs(x - y) <= 1e-9 * fmax(fabs(x), fabs(y)))) {
				fprintf(stderr, "router %.17g, sn_route %.17g\n", x, y);
				abort();
			}
		}
		sn_routes_free(a);
		sn_routes_free(d);
	}
	sn_router_free(r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sn_graph *g = NULL, *back = NULL;
	sn_scores *s = NULL;
	char *text = NULL, *dot = NULL;
	size_t len = 0;

	/* any format silknet reads: GraphML, GEXF, CSV, gzip-compressed */
	if (sn_graph_read_memory(&g, data, size, "fuzz", NULL) != SN_OK) {
		if (g)
			abort(); /* a failed read hands nothing out */
		goto done;
	}
	if (sn_graph_write_graphml_memory(&text, &len, g, NULL) == SN_OK) {
		/* what silknet writes, silknet reads */
		if (sn_graph_read_graphml_memory(&back, text, len, "rewritten", NULL) != SN_OK) {
			fprintf(stderr, "rewritten GraphML does not read back: %s\n", sn_last_error());
			abort();
		}
		if (sn_graph_vertex_count(back) != sn_graph_vertex_count(g) ||
		    sn_graph_edge_count(back) != sn_graph_edge_count(g))
			abort();
	}
	other_formats(g);
	sn_graph_write_dot_memory(&dot, NULL, g, NULL);
	if (sn_graph_vertex_count(g) < 200) {
		sn_centrality(&s, g, SN_BETWEENNESS, NULL);
		routes(g);
	}
done:
	sn_scores_free(s);
	sn_free(dot);
	sn_free(text);
	sn_graph_free(back);
	sn_graph_free(g);
	if (IGRAPH_FINALLY_STACK_SIZE() != 0)
		abort();
	return 0;
}
