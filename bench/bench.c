/*
 * bench.c - one measurement per process: "bench TASK FILE [ARG]" runs TASK
 * once (metrics: the best of five calls) and prints "seconds max_rss_kib"
 * for the measured phase (time) and the process (memory). bench/run.py interleaves the tasks over several
 * runs and reports medians and ratios.
 */
#include <igraph.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "silknet.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static long max_rss(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* One query checked: got (NaN when no route was found) against the cost
 * want of another search (infinity when it found none). */
static void tally(double got, double want, size_t *found, size_t *wrong)
{
	if (isfinite(want)) {
		++*found;
		*wrong += !(fabs(got - want) <= 1e-9 * want);
	} else
		*wrong += !isnan(got);
}

static sn_graph *load(const char *path)
{
	sn_graph *g;
	if (sn_graph_read_graphml(&g, path, NULL) != SN_OK) {
		fprintf(stderr, "%s\n", sn_last_error());
		exit(1);
	}
	return g;
}

/* ---- the floor: libxml2's SAX2 parse with empty callbacks ---- */

static void empty_start(void *ctx, const xmlChar *l, const xmlChar *p, const xmlChar *u, int nn, const xmlChar **ns,
                        int na, int nd, const xmlChar **a)
{
	(void)ctx, (void)l, (void)p, (void)u, (void)nn, (void)ns, (void)na, (void)nd, (void)a;
}

static void empty_end(void *ctx, const xmlChar *l, const xmlChar *p, const xmlChar *u)
{
	(void)ctx, (void)l, (void)p, (void)u;
}

static void empty_chars(void *ctx, const xmlChar *c, int n)
{
	(void)ctx, (void)c, (void)n;
}

static void sax(const char *path)
{
	xmlSAXHandler h;
	memset(&h, 0, sizeof h);
	h.initialized = XML_SAX2_MAGIC;
	h.startElementNs = empty_start;
	h.endElementNs = empty_end;
	h.characters = empty_chars;
	if (xmlSAXUserParseFile(&h, NULL, path) != 0) {
		fprintf(stderr, "sax: parse failed\n");
		exit(1);
	}
}

/* ---- igraph's reader and writer, with its C attribute table ---- */

static void igraph_load(igraph_t *g, const char *path)
{
	FILE *fp = fopen(path, "r");
	igraph_set_attribute_table(&igraph_cattribute_table);
	if (!fp || igraph_read_graph_graphml(g, fp, 0) != IGRAPH_SUCCESS) {
		fprintf(stderr, "igraph: cannot read %s\n", path);
		exit(1);
	}
	fclose(fp);
}

int main(int argc, char **argv)
{
	const char *task, *path;
	double t0, t1 = 0;

	if (argc < 3) {
		fprintf(stderr, "usage: bench TASK FILE [ARG]\n");
		return 2;
	}
	task = argv[1];
	path = argv[2];
	t0 = now();
	if (!strcmp(task, "load-silknet")) {
		sn_graph *g = load(path);
		t1 = now();
		sn_graph_free(g);
	} else if (!strcmp(task, "load-igraph")) {
		igraph_t g;
		igraph_load(&g, path);
		t1 = now();
		igraph_destroy(&g);
	} else if (!strcmp(task, "to-csv") || !strcmp(task, "load-csv")) {
		/* the same network as CSV tables in FILE-tables/ (made by to-csv) */
		char nodes[4096], edges[4096];
		snprintf(nodes, sizeof nodes, "%.*s-tables/nodes.csv", (int)(strlen(path) - 8), path);
		snprintf(edges, sizeof edges, "%.*s-tables/edges.csv", (int)(strlen(path) - 8), path);
		if (task[0] == 't') {
			sn_graph *g = load(path);
			char dir[4096];
			snprintf(dir, sizeof dir, "%.*s-tables", (int)(strlen(path) - 8), path);
			mkdir(dir, 0777);
			if (sn_graph_write_csv(g, nodes, edges, NULL) != SN_OK) {
				fprintf(stderr, "%s\n", sn_last_error());
				return 1;
			}
			sn_graph_free(g);
		} else {
			sn_graph *g;
			t0 = now();
			if (sn_graph_read_csv(&g, edges, nodes, NULL) != SN_OK) {
				fprintf(stderr, "%s\n", sn_last_error());
				return 1;
			}
			t1 = now();
			sn_graph_free(g);
		}
		t1 = t1 ? t1 : now();
	} else if (!strcmp(task, "sax")) {
		sax(path);
		t1 = now();
	} else if (!strcmp(task, "save-silknet") || !strcmp(task, "save-igraph")) {
		const char *out = argc > 3 ? argv[3] : "/dev/null";
		if (task[5] == 's') {
			sn_graph *g = load(path);
			FILE *fp = fopen(out, "w");
			t0 = now();
			if (sn_graph_write_graphml_file(g, fp, NULL) != SN_OK)
				return 1;
			fclose(fp);
			t1 = now();
			sn_graph_free(g);
		} else {
			igraph_t g;
			FILE *fp = fopen(out, "w");
			igraph_load(&g, path);
			t0 = now();
			if (igraph_write_graph_graphml(&g, fp, 0) != IGRAPH_SUCCESS)
				return 1;
			fclose(fp);
			t1 = now();
			igraph_destroy(&g);
		}
	} else if (!strncmp(task, "betweenness-", 12) || !strncmp(task, "pagerank-", 9) ||
	           !strncmp(task, "dijkstra-", 9)) {
		/* the same graph for both: silknet's call against the raw igraph call */
		sn_graph *g = load(path);
		const igraph_t *ig = (const igraph_t *)sn_graph_igraph(g);
		int raw = strstr(task, "-igraph") != NULL;
		double cutoff = argc > 3 ? atof(argv[3]) : -1;
		igraph_vector_t w, res;
		size_t k;
		igraph_vector_init(&w, (igraph_integer_t)sn_graph_edge_count(g));
		igraph_vector_init(&res, 0);
		sn_key_find(g, SN_DOMAIN_EDGE, "km", &k);
		sn_attr_get_doubles(g, k, SN_DOMAIN_EDGE, VECTOR(w), sn_graph_edge_count(g));
		/* the best of a few calls in one process: these take a fraction of
		 * a second, where a shared machine's noise is largest (a call of
		 * a second or more is made once) */
		t0 = 0;
		t1 = INFINITY;
		for (int rep = 0; rep < 5 && (rep == 0 || t1 < 1.0); rep++) {
			double r0 = now();
			if (!strncmp(task, "betweenness-", 12)) {
				if (raw)
					igraph_betweenness_cutoff(ig, &res, igraph_vss_all(), 0, &w, cutoff);
				else {
					sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
					sn_scores *s;
					o.weight = "km";
					o.weight_is = SN_WEIGHT_DISTANCE;
					o.cutoff = cutoff;
					if (sn_centrality(&s, g, SN_BETWEENNESS, &o) != SN_OK)
						return 1;
					sn_scores_free(s);
				}
			} else if (!strncmp(task, "pagerank-", 9)) {
				if (raw)
					igraph_personalized_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(), 0, 0.85,
					                             NULL, NULL, NULL);
				else {
					sn_scores *s;
					if (sn_centrality(&s, g, SN_PAGERANK, NULL) != SN_OK)
						return 1;
					sn_scores_free(s);
				}
			} else {
				if (raw) {
					igraph_matrix_t m;
					igraph_matrix_init(&m, 0, 0);
					igraph_distances_dijkstra(ig, &m, igraph_vss_1(0), igraph_vss_all(), &w, IGRAPH_OUT);
					igraph_matrix_destroy(&m);
				} else {
					sn_route_opts o = SN_ROUTE_OPTS_INIT;
					sn_scores *s;
					o.cost = "km";
					if (sn_route_costs(&s, g, 0, &o) != SN_OK)
						return 1;
					sn_scores_free(s);
				}
			}
			double dt = now() - r0;
			if (dt < t1)
				t1 = dt;
		}
		igraph_vector_destroy(&w);
		igraph_vector_destroy(&res);
		sn_graph_free(g);
	} else if (!strcmp(task, "astar") || !strcmp(task, "astar-dijkstra")) {
		/* random geographic queries, the same for both: the time of the
		 * route calls alone, then (untimed) the vertices settled and a
		 * check that A* found routes exactly as short as Dijkstra's */
		sn_graph *g = load(path);
		int queries = argc > 3 ? atoi(argv[3]) : 50, astar = task[5] == '\0';
		size_t n = sn_graph_vertex_count(g), settled = 0, found = 0, wrong = 0;
		double *cost = calloc((size_t)queries, sizeof *cost);
		size_t *from = calloc((size_t)queries, sizeof *from), *to = calloc((size_t)queries, sizeof *to);
		unsigned seed = 7;
		for (int q = 0; q < queries; q++) {
			from[q] = (seed = seed * 1103515245u + 12345u) % n;
			to[q] = (seed = seed * 1103515245u + 12345u) % n;
		}
		t0 = now();
		for (int q = 0; q < queries; q++) {
			sn_route_opts o = SN_ROUTE_OPTS_INIT;
			sn_routes *r = NULL;
			o.cost = "km";
			o.flags = astar ? SN_ROUTE_ASTAR : 0;
			cost[q] = NAN;
			if (sn_route(&r, g, from[q], to[q], &o) == SN_OK) {
				cost[q] = sn_routes_cost(r, 0);
				if (astar)
					settled += sn_routes_settled(r);
			}
			sn_routes_free(r);
		}
		t1 = now();
		for (int q = 0; q < queries; q++) {
			sn_route_opts o = SN_ROUTE_OPTS_INIT;
			sn_scores *s;
			o.cost = "km";
			if (sn_route_costs(&s, g, from[q], &o) != SN_OK)
				return 1;
			double d = sn_scores_values(s)[to[q]];
			if (!astar) /* Dijkstra stopping at the target settles all nearer */
				for (size_t v = 0; v < n; v++)
					settled += sn_scores_values(s)[v] <= d;
			tally(cost[q], d, &found, &wrong);
			sn_scores_free(s);
		}
		printf("%.6f %ld %zu %zu %zu\n", t1 - t0, max_rss(), settled / (size_t)queries, found, wrong);
		free(cost);
		free(from);
		free(to);
		sn_graph_free(g);
		return 0;
	} else if (!strcmp(task, "router-astar") || !strcmp(task, "router-dijkstra")) {
		/* many queries through a router (sn_router_new, timed with them):
		 * the cost per query once the network is prepared; then, untimed,
		 * the other kind of router checks every cost */
		sn_graph *g = load(path);
		int queries = argc > 3 ? atoi(argv[3]) : 500, astar = task[7] == 'a';
		size_t n = sn_graph_vertex_count(g), settled = 0, found = 0, wrong = 0;
		sn_route_opts o = SN_ROUTE_OPTS_INIT;
		sn_router *r, *check;
		unsigned seed = 7;
		double *cost = calloc((size_t)queries, sizeof *cost);
		size_t *from = calloc((size_t)queries, sizeof *from), *to = calloc((size_t)queries, sizeof *to);
		for (int q = 0; q < queries; q++) {
			from[q] = (seed = seed * 1103515245u + 12345u) % n;
			to[q] = (seed = seed * 1103515245u + 12345u) % n;
		}
		o.cost = "km";
		t0 = now();
		o.flags = astar ? SN_ROUTE_ASTAR : 0;
		if (sn_router_new(&r, g, &o) != SN_OK)
			return 1;
		for (int q = 0; q < queries; q++) {
			sn_routes *rs = NULL;
			cost[q] = NAN;
			if (sn_router_route(&rs, r, from[q], to[q]) == SN_OK) {
				cost[q] = sn_routes_cost(rs, 0);
				settled += sn_routes_settled(rs);
			}
			sn_routes_free(rs);
		}
		t1 = now();
		o.flags = astar ? 0 : SN_ROUTE_ASTAR;
		if (sn_router_new(&check, g, &o) != SN_OK)
			return 1;
		for (int q = 0; q < queries; q++) {
			sn_routes *rs = NULL;
			tally(cost[q], sn_router_route(&rs, check, from[q], to[q]) == SN_OK ? sn_routes_cost(rs, 0) : INFINITY,
			      &found, &wrong);
			sn_routes_free(rs);
		}
		printf("%.6f %ld %zu %zu %zu\n", t1 - t0, max_rss(), settled / (size_t)queries, found, wrong);
		sn_router_free(r);
		sn_router_free(check);
		free(cost);
		free(from);
		free(to);
		sn_graph_free(g);
		return 0;
	} else {
		fprintf(stderr, "unknown task %s\n", task);
		return 2;
	}
	printf("%.6f %ld\n", t1 - t0, max_rss());
	return 0;
}
