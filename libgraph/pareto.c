/*
 * pareto.c - Pareto routes over two costs: every route from one place to
 * another that no other route beats on both costs (days and usd, km and
 * risk), by a label-setting search.
 *
 * Each vertex keeps the labels (cost1, cost2, predecessor) not dominated
 * there; labels leave the heap in lexicographic order, so a label popped at
 * the destination is final. The set kept per vertex is capped at
 * MAX_LABELS: past it the search says it may miss routes (truncated).
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LABELS 64

typedef struct label {
	size_t v, pred, edge;
	double c1, c2;
	int dead;
} label;

/* The search: every label made, and per vertex the live ones. */
typedef struct search {
	const sn_graph *g;
	const sn__query *q1, *q2;
	label *labels;
	size_t nl, cl;
	size_t **at, *nat; /* at[v][0 .. nat[v] - 1]: live labels at v */
	sn__heap h;
	int truncated;
} search;

static void search_free(search *s)
{
	if (s->at)
		for (size_t v = 0; v < s->g->nv; v++)
			free(s->at[v]);
	free(s->at);
	free(s->nat);
	free(s->labels);
	sn__heap_free(&s->h);
}

static sn_status search_init(search *s, const sn_graph *g, const sn__query *q1, const sn__query *q2)
{
	memset(s, 0, sizeof *s);
	s->g = g;
	s->q1 = q1;
	s->q2 = q2;
	if (!(s->at = calloc(g->nv + 1, sizeof *s->at)) || !(s->nat = calloc(g->nv + 1, sizeof *s->nat)))
		return sn__error_nomem();
	for (size_t v = 0; v < g->nv; v++)
		if (!(s->at[v] = malloc(MAX_LABELS * sizeof **s->at)))
			return sn__error_nomem();
	return SN_OK;
}

/* Whether (c1, c2) is beaten or matched by a live label at v. */
static int dominated_at(const search *s, size_t v, double c1, double c2)
{
	for (size_t j = 0; j < s->nat[v]; j++) {
		const label *x = &s->labels[s->at[v][j]];
		if (x->c1 <= c1 && x->c2 <= c2)
			return 1;
	}
	return 0;
}

/* Adds label (u, pred, e, c1, c2), killing the labels at u it dominates. */
static sn_status add_label(search *s, size_t u, size_t pred, size_t e, double c1, double c2)
{
	size_t keep = 0;

	for (size_t j = 0; j < s->nat[u]; j++) {
		label *x = &s->labels[s->at[u][j]];
		if (c1 <= x->c1 && c2 <= x->c2)
			x->dead = 1;
		else
			s->at[u][keep++] = s->at[u][j];
	}
	s->nat[u] = keep;
	if (keep == MAX_LABELS) {
		s->truncated = 1;
		return SN_OK;
	}
	if (sn__grow((void **)&s->labels, &s->cl, s->nl + 1, sizeof *s->labels) < 0)
		return SN_ENOMEM;
	s->labels[s->nl] = (label){ u, pred, e, c1, c2, 0 };
	s->at[u][s->nat[u]++] = s->nl;
	if (sn__heap_push(&s->h, c1, c2, s->nl++) < 0)
		return sn__error_nomem();
	return SN_OK;
}

/* Runs the label-setting search from `from` until the heap is empty;
 * labels are not extended past `to`. */
static sn_status run(search *s, const igraph_inclist_t *il, size_t from, size_t to)
{
	sn_status st;

	if ((st = add_label(s, from, SIZE_MAX, SIZE_MAX, 0, 0)) < 0)
		return st;
	while (s->h.n) {
		size_t li = sn__heap_pop(&s->h).x, v;
		igraph_vector_int_t *inc;
		if (s->labels[li].dead || s->labels[li].v == to)
			continue;
		v = s->labels[li].v;
		inc = igraph_inclist_get(il, v);
		for (igraph_integer_t i = 0; i < igraph_vector_int_size(inc); i++) {
			size_t e = (size_t)VECTOR(*inc)[i], u = sn__other_end(s->g, e, v);
			double w1 = VECTOR(s->q1->w)[e], w2 = VECTOR(s->q2->w)[e];
			double c1 = s->labels[li].c1 + w1, c2 = s->labels[li].c2 + w2;
			if (isinf(w1) || isinf(w2) || dominated_at(s, to, c1, c2) || dominated_at(s, u, c1, c2))
				continue;
			if ((st = add_label(s, u, li, e, c1, c2)) < 0)
				return st;
		}
	}
	return SN_OK;
}

static int by_costs(const void *a, const void *b, void *labels)
{
	const label *x = &((const label *)labels)[*(const size_t *)a], *y = &((const label *)labels)[*(const size_t *)b];
	if (x->c1 != y->c1)
		return x->c1 < y->c1 ? -1 : 1;
	return (x->c2 > y->c2) - (x->c2 < y->c2);
}

/* The route that ends in label l, into rs. */
static sn_status route_of(const search *s, size_t l, sn_routes *rs)
{
	igraph_vector_int_t vp, ep;
	size_t len = 0;
	sn_status st;

	for (size_t x = l; s->labels[x].pred != SIZE_MAX; x = s->labels[x].pred)
		len++;
	if ((st = sn__path_init(&vp, &ep, len)) < 0)
		return st;
	for (size_t x = l, i = len;; x = s->labels[x].pred) {
		VECTOR(vp)[i] = (igraph_integer_t)s->labels[x].v;
		if (s->labels[x].pred == SIZE_MAX)
			break;
		VECTOR(ep)[i - 1] = (igraph_integer_t)s->labels[x].edge;
		i--;
	}
	/* the labels hold search costs; the route's true costs are its own */
	st = sn__routes_add(rs, s->q1, &vp, &ep, sn__query_route_cost(s->q1, &vp, &ep),
	                    sn__query_route_cost(s->q2, &vp, &ep));
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	return st;
}

/* The set at the destination, cheapest first by cost 1: at most want of
 * them, spread evenly over the set when it is larger. */
static sn_status collect(search *s, size_t to, size_t want, sn_routes *rs)
{
	size_t n = s->nat[to], *idx = s->at[to];
	sn_status st = SN_OK;

	/* insertion sort: stable, and the set holds at most MAX_LABELS */
	for (size_t a = 1; a < n; a++)
		for (size_t b = a; b > 0 && by_costs(&idx[b], &idx[b - 1], s->labels) < 0; b--) {
			size_t t = idx[b];
			idx[b] = idx[b - 1];
			idx[b - 1] = t;
		}
	for (size_t r = 0; r < (n < want ? n : want) && st == SN_OK; r++) {
		size_t pick = n <= want ? r : (want == 1 ? 0 : (r * (n - 1) + (want - 1) / 2) / (want - 1));
		st = route_of(s, idx[pick], rs);
	}
	return st;
}

/* Prices segments by both costs, runs the label search and collects the
 * set at the destination. */
static sn_status pareto_impl(sn_routes **out, const sn_graph *g, size_t from, size_t to, const char *cost2,
                             const sn_route_opts *opts)
{
	sn_route_opts o;
	sn__query q1, q2;
	search s;
	igraph_inclist_t il;
	igraph_error_t err;
	sn_routes *rs = NULL;
	sn_status st;
	int il_ok = 0;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(cost2 != NULL);
	if ((st = sn__route_check_opts(g, opts, from, to, &o)) < 0)
		return st;
	if (o.n_via || (o.flags & (SN_ROUTE_WIDEST | SN_ROUTE_ASTAR)))
		return sn__error(SN_EINVAL, "Pareto routes take no waypoints, widest or A* search");
	if ((st = sn__query_prepare(&q1, g, &o, o.cost, o.node_cost, 0)) < 0)
		return st;
	if ((st = sn__query_prepare(&q2, g, &o, cost2, o.node_cost2, 0)) < 0) {
		sn__query_free(&q1);
		return st;
	}
	if ((st = search_init(&s, g, &q1, &q2)) < 0)
		goto done;
	if ((st = sn__query_check_open(&q1, from, "origin")) < 0 ||
	    (st = sn__query_check_open(&q1, to, "destination")) < 0)
		goto done;
	if (!(rs = calloc(1, sizeof *rs))) {
		st = sn__error_nomem();
		goto done;
	}
	rs->unusable = q1.unusable > q2.unusable ? q1.unusable : q2.unusable;
	rs->not_operating = q1.not_operating;
	if ((err = igraph_inclist_init(q1.ig, &il, IGRAPH_OUT, IGRAPH_LOOPS_ONCE)) != IGRAPH_SUCCESS) {
		st = sn__from_igraph(err, "Pareto routes");
		goto done;
	}
	il_ok = 1;
	if ((st = run(&s, &il, from, to)) < 0)
		goto done;
	if (to == from)
		st = sn__error(SN_EINVAL, "origin and destination are the same");
	else if (!s.nat[to])
		st = sn__query_no_route(&q1, from, to);
	else
		st = collect(&s, to, o.k ? o.k : 10, rs);
	rs->truncated = s.truncated;
done:
	if (il_ok)
		igraph_inclist_destroy(&il);
	search_free(&s);
	sn__query_free(&q1);
	sn__query_free(&q2);
	if (st < 0) {
		sn_routes_free(rs);
		return st == SN_ENOMEM ? sn__error_nomem() : st;
	}
	*out = rs;
	return SN_OK;
}

sn_status sn_route_pareto(sn_routes **out, const sn_graph *g, size_t from, size_t to, const char *cost2,
                          const sn_route_opts *opts)
{
	SN__IG_RETURN(pareto_impl(out, g, from, to, cost2, opts));
}
