/*
 * alloc_fail.c - allocation-failure testing, as SQLite does it: run a
 * load-compute-save workload once counting allocations, then once for every
 * N with the N-th allocation failing. Each run must return an error status
 * (or succeed, when the failure was absorbed), never crash, and leave no
 * memory behind: the allocations made and freed during a run must balance.
 *
 * malloc, calloc, realloc and free are interposed here, so the counting
 * covers libsilknet, libxml2 and igraph alike.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "silknet.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SN_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SN_UNDER_ASAN 1
#endif

#ifdef SN_UNDER_ASAN
/* AddressSanitizer owns malloc: interposing it here would hand ASan's blocks
 * to glibc's free, so the whole test is left out of such builds */
int main(void)
{
	puts("built with AddressSanitizer: skipped");
	return 77;
}
#else

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void __libc_free(void *);

static long fail_at = -1; /* the allocation number that fails; -1: none */
static long count;        /* allocations attempted in this run */
static long live;         /* blocks allocated minus freed in this run */
static int armed;
static int only_silknet;  /* count and fail only libsilknet's own allocations */
static long trap_at = -1; /* ALLOC_TRAP=N stops in a debugger at failure N */
static int in_dladdr;

/* Which library the caller is in: 1 libsilknet, 2 libxml2, 0 anything else. */
static int caller_lib(void *caller)
{
	Dl_info info;
	int r = 0;
	if (in_dladdr)
		return 0;
	in_dladdr = 1;
	if (dladdr(caller, &info) && info.dli_fname)
		r = strstr(info.dli_fname, "libsilknet") ? 1 : strstr(info.dli_fname, "libxml2") ? 2 : 0;
	in_dladdr = 0;
	return r;
}

static int should_fail(void *caller)
{
	int lib;
	if (!armed)
		return 0;
	/* igraph 0.10.2 itself crashes on some failed allocations (its lazy
	 * incidence lists do not check calloc): its own are left alone */
	lib = caller_lib(caller);
	if (lib == 0 || (only_silknet && lib != 1))
		return 0;
	if (++count != fail_at)
		return 0;
	if (count == trap_at)
		__builtin_trap();
	return 1;
}

void *malloc(size_t n)
{
	void *p;
	if (should_fail(__builtin_return_address(0)))
		return NULL;
	p = __libc_malloc(n);
	if (p && armed)
		live++;
	return p;
}

void *calloc(size_t a, size_t b)
{
	void *p;
	if (should_fail(__builtin_return_address(0)))
		return NULL;
	p = __libc_calloc(a, b);
	if (p && armed)
		live++;
	return p;
}

void *realloc(void *old, size_t n)
{
	void *p;
	if (!old) {
		if (should_fail(__builtin_return_address(0)))
			return NULL;
		p = __libc_malloc(n);
		if (p && armed)
			live++;
		return p;
	}
	if (n == 0) {
		free(old);
		return NULL;
	}
	if (should_fail(__builtin_return_address(0)))
		return NULL;
	p = __libc_realloc(old, n);
	return p;
}

void free(void *p)
{
	if (p && armed)
		live--;
	__libc_free(p);
}

/* The CSV tables (one gzip-compressed) and a GEXF document. */
static int other_formats(void)
{
	static const char gexf[] =
		"<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"><graph defaultedgetype=\"directed\">"
		"<attributes class=\"node\"><attribute id=\"0\" title=\"pop\" type=\"double\"><default>1</default>"
		"</attribute></attributes><nodes><node id=\"a\" label=\"A\"><attvalues><attvalue for=\"0\" value=\"2\"/>"
		"</attvalues><viz:color r=\"1\" g=\"2\" b=\"3\"/><nodes><node id=\"b\" pid=\"a\"/></nodes></node>"
		"</nodes><edges><edge source=\"a\" target=\"b\" weight=\"2\"/><edge source=\"b\" target=\"a\" "
		"type=\"undirected\"/></edges></graph></gexf>";
	static const char table[] = "source,target,km,relation\na,b,-1,\"x, y\"\nb,c,2.5,\nc,a,3,z\n";
	char edges[4096], nodes[4096];
	const char *dir = getenv("SN_TEST_DATA") ? getenv("SN_TEST_DATA") : "tests/data";
	sn_graph *g = NULL;
	int st;

	snprintf(edges, sizeof edges, "%s/csv/pandas-edges.csv", dir);
	snprintf(nodes, sizeof nodes, "%s/csv/pandas-nodes.csv", dir);
	st = sn_graph_read_csv(&g, edges, nodes, NULL);
	sn_graph_free(g);
	g = NULL;
	if (st == SN_OK) {
		snprintf(edges, sizeof edges, "%s/csv/pandas-edges.csv.gz", dir);
		st = sn_graph_read(&g, edges, NULL);
		sn_graph_free(g);
		g = NULL;
	}
	if (st == SN_OK) {
		st = sn_graph_read_memory(&g, table, sizeof table - 1, "t", NULL);
		/* findings: a km below zero, relations outside the vocabulary */
		if (st == SN_OK) {
			sn_findings *f = NULL;
			st = sn_graph_check_schema(&f, g);
			sn_findings_free(f);
		}
		sn_graph_free(g);
		g = NULL;
	}
	if (st == SN_OK) {
		st = sn_graph_read_memory(&g, gexf, sizeof gexf - 1, "x", NULL);
		sn_graph_free(g);
	}
	return st;
}

static int workload(const char *path, int *status)
{
	sn_graph *g = NULL, *back = NULL;
	sn_scores *s = NULL, *s2 = NULL;
	sn_communities *c = NULL;
	sn_findings *found = NULL;
	sn_centrality_opts co = SN_CENTRALITY_OPTS_INIT;
	const char *avoid[1];
	sn_routes *r = NULL;
	sn_route_opts ro = SN_ROUTE_OPTS_INIT;
	char *text = NULL, *dot = NULL;
	size_t len;
	int st;

	st = sn_graph_read_graphml(&g, path, NULL);
	if (st == SN_OK)
		st = other_formats();
	if (st == SN_OK)
		st = sn_graph_check_schema(&found, g);
	if (st == SN_OK)
		st = sn_centrality(&s, g, SN_BETWEENNESS, NULL);
	if (st == SN_OK && sn_graph_vertex_count(g) > 1) {
		/* a removal scenario copies the graph */
		avoid[0] = sn_graph_vertex_id(g, 1);
		co.avoid = avoid;
		co.n_avoid = 1;
		st = sn_centrality(&s2, g, SN_BETWEENNESS, &co);
	}
	if (st == SN_OK)
		st = sn_communities_find(&c, g, NULL);
	if (st == SN_OK)
		st = sn_graph_attach_communities(g, "community", c, NULL);
	if (st == SN_OK) {
		ro.cost = "km";
		st = sn_route(&r, g, 0, 4, &ro);
	}
	if (st == SN_OK)
		st = sn_graph_attach_scores(g, "betweenness", s, NULL);
	if (st == SN_OK)
		st = sn_graph_write_graphml_memory(&text, &len, g, NULL);
	if (st == SN_OK)
		st = sn_graph_read_graphml_memory(&back, text, len, "m", NULL);
	if (st == SN_OK)
		st = sn_graph_write_dot_memory(&dot, NULL, g, NULL);
	sn_free(dot);
	sn_free(text);
	sn_findings_free(found);
	sn_routes_free(r);
	sn_scores_free(s);
	sn_scores_free(s2);
	sn_communities_free(c);
	sn_graph_free(back);
	sn_graph_free(g);
	*status = st;
	return IGRAPH_FINALLY_STACK_SIZE();
}

/* Fails each allocation in turn; returns the number of problems. In strict
 * mode (libsilknet's own allocations) a leak is a problem; when libxml2's
 * fail too, its own clean-up is its own: leaks are counted and reported,
 * crashes and a dirty igraph stack are problems. */
static long sweep(const char *path, int strict)
{
	long total, problems = 0, errors = 0, leaky = 0;
	int st;

	only_silknet = strict;
	armed = 1;
	fail_at = -1;
	count = live = 0;
	workload(path, &st);
	total = count;
	for (long n = 1; n <= total; n++) {
		int stack;
		fail_at = n;
		count = live = 0;
		stack = workload(path, &st);
		errors += st != SN_OK;
		if (live != 0) {
			leaky++;
			if (strict) {
				armed = 0;
				fprintf(stderr, "silknet allocation %ld failing: %ld blocks leaked (status %d: %s)\n", n, live,
				        st, sn_last_error());
				problems++;
				armed = 1;
			}
		}
		if (stack != 0) {
			armed = 0;
			fprintf(stderr, "allocation %ld failing: igraph's finally stack left with %d entries\n", n, stack);
			problems++;
			armed = 1;
		}
	}
	armed = 0;
	printf("%s: %ld allocations, each failed in turn: %ld runs reported an error, %ld absorbed it; "
	       "%ld runs leaked%s; %ld problems\n", strict ? "libsilknet's own" : "libsilknet's and libxml2's",
	       total, errors, total - errors, leaky, strict ? "" : " (in libxml2)", problems);
	return problems;
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : getenv("SN_TEST_DATA") ? NULL : "tests/data/graphml/igraph-corridors.graphml";
	char buf[4096];
	long problems;
	int st;

	if (!path) {
		snprintf(buf, sizeof buf, "%s/graphml/igraph-corridors.graphml", getenv("SN_TEST_DATA"));
		path = buf;
	}
	if (getenv("ALLOC_TRAP"))
		trap_at = atol(getenv("ALLOC_TRAP"));
	/* once unarmed: libxml2's and igraph's one-time set-up happens here */
	workload(path, &st);
	if (st != SN_OK) {
		fprintf(stderr, "workload fails without injected failures: %s\n", sn_last_error());
		return 1;
	}
	armed = 1;
	count = live = 0;
	workload(path, &st);
	armed = 0;
	if (live != 0) {
		fprintf(stderr, "the workload leaks %ld blocks\n", live);
		return 1;
	}
	problems = sweep(path, 1);
	problems += sweep(path, 0);
	return problems ? 1 : 0;
}
#endif /* SN_UNDER_ASAN */
