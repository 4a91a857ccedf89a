/*
 * router.c - cheapest routes for many queries over one preparation, and A*
 * search with a geometric estimate; also the binary heap that A* and the
 * Pareto search (pareto.c) share.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- the heap A* and Pareto search share ---- */

static int item_less(const sn__heap_item *a, const sn__heap_item *b)
{
	return a->k1 < b->k1 || (a->k1 == b->k1 && a->k2 < b->k2);
}

int sn__heap_push(sn__heap *h, double k1, double k2, size_t x)
{
	sn__heap_item it = { k1, k2, x };
	size_t i;

	if (sn__grow((void **)&h->a, &h->cap, h->n + 1, sizeof *h->a) < 0)
		return -1;
	i = h->n++;
	while (i > 0 && item_less(&it, &h->a[(i - 1) / 2])) {
		h->a[i] = h->a[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->a[i] = it;
	return 0;
}

sn__heap_item sn__heap_pop(sn__heap *h)
{
	sn__heap_item top = h->a[0], last = h->a[--h->n];
	size_t i = 0;

	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && item_less(&h->a[c + 1], &h->a[c]))
			c++;
		if (!item_less(&h->a[c], &last))
			break;
		h->a[i] = h->a[c];
		i = c;
	}
	if (h->n)
		h->a[i] = last;
	return top;
}

void sn__heap_free(sn__heap *h)
{
	free(h->a);
	h->a = NULL;
	h->n = h->cap = 0;
}

/* ---- routers: one preparation, many cheapest routes ----
 *
 * The network is laid out once as arrays of usable arcs per vertex (closed
 * and unpriced segments left out), and dist/pred stay allocated between
 * queries: a query resets only the vertices it touched, so its cost follows
 * the part of the network it searches, not the whole.
 *
 * A*'s estimate is the straight-line (chord) distance through the earth
 * between unit vectors, times the smallest cost per chord length of any
 * usable segment. A chord obeys the triangle inequality, so the estimate is
 * admissible and consistent for any cost (km, days, usd); it costs no
 * trigonometry per query. A segment touching a vertex without coordinates
 * could be a shortcut no geometry bounds: the estimate is then 0 (Dijkstra's
 * search, still exact). */

struct arc {
	size_t e, u; /* the segment and the vertex it leads to */
	double w;
};

struct sn_router {
	sn__query q;
	int own_q;        /* q is the router's (sn_router_new), not a caller's */
	int astar;
	size_t nv, ne;    /* the graph's size when prepared */
	size_t *off;      /* arcs out of v: arc[off[v]] .. arc[off[v + 1] - 1] */
	struct arc *arc;
	double *xyz;      /* unit vector per vertex; NULL when there is no estimate */
	double scale;     /* the estimate is scale * chord */
	double *dist;
	size_t *pred;     /* the segment into v on the best route so far */
	unsigned char *done;
	size_t *touched, ntouched;
	sn__heap h;
};

static void router_release(sn_router *r)
{
	if (r->own_q)
		sn__query_free(&r->q);
	free(r->off);
	free(r->arc);
	free(r->xyz);
	free(r->dist);
	free(r->pred);
	free(r->done);
	free(r->touched);
	sn__heap_free(&r->h);
}

static double chord(const double *a, const double *b)
{
	double dx = a[0] - b[0], dy = a[1] - b[1], dz = a[2] - b[2];
	return sqrt(dx * dx + dy * dy + dz * dz);
}

/* Unit vectors from lat and lon, and the scale; leaves xyz NULL when the
 * estimate would not be admissible or there is nothing to scale by. */
static sn_status router_geometry(sn_router *r)
{
	const sn_graph *g = r->q.g;
	size_t n = g->nv, klat, klon;
	double *lat = NULL, *lon = NULL, scale = INFINITY;
	sn_status st = SN_OK;

	if (sn_key_find(g, SN_DOMAIN_NODE, "lat", &klat) != SN_OK ||
	    sn_key_find(g, SN_DOMAIN_NODE, "lon", &klon) != SN_OK)
		return sn__error(SN_ENOTFOUND, "A* needs node attributes lat and lon");
	lat = malloc((n + 1) * sizeof *lat);
	lon = malloc((n + 1) * sizeof *lon);
	r->xyz = malloc((3 * n + 1) * sizeof *r->xyz);
	if (!lat || !lon || !r->xyz) {
		st = sn__error_nomem();
		goto out;
	}
	if ((st = sn_attr_get_doubles(g, klat, SN_DOMAIN_NODE, lat, n)) < 0 ||
	    (st = sn_attr_get_doubles(g, klon, SN_DOMAIN_NODE, lon, n)) < 0)
		goto out;
	for (size_t v = 0; v < n; v++) {
		double la = lat[v] * (M_PI / 180.0), lo = lon[v] * (M_PI / 180.0);
		r->xyz[3 * v] = cos(la) * cos(lo);
		r->xyz[3 * v + 1] = cos(la) * sin(lo);
		r->xyz[3 * v + 2] = sin(la);
	}
	for (size_t v = 0; v < n && !isnan(scale); v++)
		for (size_t i = r->off[v]; i < r->off[v + 1]; i++) {
			const struct arc *a = &r->arc[i];
			double c;
			if (!isfinite(r->xyz[3 * v]) || !isfinite(r->xyz[3 * a->u])) {
				scale = NAN; /* a segment without geometry: no estimate */
				break;
			}
			c = chord(&r->xyz[3 * v], &r->xyz[3 * a->u]);
			if (c > 1e-12 && a->w / c < scale)
				scale = a->w / c;
		}
	r->scale = scale;
	if (!isfinite(scale)) {
		free(r->xyz);
		r->xyz = NULL;
	}
out:
	free(lat);
	free(lon);
	return st;
}

/* Lays out q's usable arcs (q is taken over when own_q). */
static sn_status router_build(sn_router *r, const sn__query *q, int own_q, int astar)
{
	const sn_graph *g = q->g;
	size_t n = g->nv, m = g->ne, narc = 0;
	int both = !g->directed;

	memset(r, 0, sizeof *r);
	r->q = *q;
	r->own_q = own_q;
	r->astar = astar;
	r->nv = n;
	r->ne = m;
	r->off = calloc(n + 2, sizeof *r->off);
	r->dist = malloc((n + 1) * sizeof *r->dist);
	r->pred = malloc((n + 1) * sizeof *r->pred);
	r->done = calloc(n + 1, 1);
	r->touched = malloc((n + 1) * sizeof *r->touched);
	if (!r->off || !r->dist || !r->pred || !r->done || !r->touched)
		goto nomem;
	/* counting sort of the arcs by tail: counts land in off[v + 2] so that
	 * the fill below can advance off[v + 1] */
	for (size_t e = 0; e < m; e++) {
		size_t s = (size_t)g->ends[2 * e], t = (size_t)g->ends[2 * e + 1];
		if (isinf(VECTOR(q->w)[e]))
			continue;
		r->off[s + 2]++;
		narc++;
		if (both && s != t) {
			r->off[t + 2]++;
			narc++;
		}
	}
	for (size_t v = 2; v < n + 2; v++)
		r->off[v] += r->off[v - 1];
	if (!(r->arc = malloc((narc ? narc : 1) * sizeof *r->arc)))
		goto nomem;
	for (size_t e = 0; e < m; e++) {
		size_t s = (size_t)g->ends[2 * e], t = (size_t)g->ends[2 * e + 1];
		double w = VECTOR(q->w)[e];
		if (isinf(w))
			continue;
		r->arc[r->off[s + 1]++] = (struct arc){ e, t, w };
		if (both && s != t)
			r->arc[r->off[t + 1]++] = (struct arc){ e, s, w };
	}
	for (size_t v = 0; v < n; v++) {
		r->dist[v] = INFINITY;
		r->pred[v] = SIZE_MAX;
	}
	if (astar) {
		sn_status st = router_geometry(r);
		if (st < 0) {
			router_release(r);
			return st;
		}
	}
	return SN_OK;
nomem:
	router_release(r);
	return sn__error_nomem();
}

static double estimate(const sn_router *r, size_t v, size_t to)
{
	/* an isolated place without coordinates gives NaN: no estimate */
	double h = r->xyz ? r->scale * chord(&r->xyz[3 * v], &r->xyz[3 * to]) : 0.0;
	return h > 0 ? h : 0.0;
}

static void touch(sn_router *r, size_t v)
{
	if (r->dist[v] == INFINITY && r->pred[v] == SIZE_MAX && !r->done[v])
		r->touched[r->ntouched++] = v;
}

sn_status sn__path_init(igraph_vector_int_t *vp, igraph_vector_int_t *ep, size_t len)
{
	if (igraph_vector_int_init(vp, (igraph_integer_t)len + 1) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if (igraph_vector_int_init(ep, (igraph_integer_t)len) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(vp);
		return sn__error_nomem();
	}
	return SN_OK;
}

/* The route the search found, walked back from to along pred, into rs
 * with its true cost. */
static sn_status add_found_route(const sn_router *r, size_t from, size_t to, sn_routes *rs)
{
	const sn_graph *g = r->q.g;
	igraph_vector_int_t vp, ep;
	size_t len = 0;
	sn_status st;

	for (size_t v = to; v != from; v = sn__other_end(g, r->pred[v], v))
		len++;
	if ((st = sn__path_init(&vp, &ep, len)) < 0)
		return st;
	VECTOR(vp)[len] = (igraph_integer_t)to;
	for (size_t v = to, i = len; v != from; i--) {
		VECTOR(ep)[i - 1] = (igraph_integer_t)r->pred[v];
		v = sn__other_end(g, r->pred[v], v);
		VECTOR(vp)[i - 1] = (igraph_integer_t)v;
	}
	st = sn__routes_add(rs, &r->q, &vp, &ep, sn__query_route_cost(&r->q, &vp, &ep), NAN);
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	return st;
}

/* One cheapest route into rs; the router is ready for the next query after. */
static sn_status router_search(sn_router *r, size_t from, size_t to, sn_routes *rs)
{
	size_t settled = 0;
	sn_status st = SN_OK;

	r->h.n = 0;
	touch(r, from);
	r->dist[from] = 0;
	if (sn__heap_push(&r->h, estimate(r, from, to), 0, from) < 0)
		st = sn__error_nomem();
	while (st == SN_OK && r->h.n) {
		sn__heap_item it = sn__heap_pop(&r->h);
		size_t v = it.x;
		double hv = estimate(r, v, to);
		/* stale: v was reached more cheaply since this entry was pushed */
		if (it.k1 > r->dist[v] + hv + 1e-12 * fabs(r->dist[v]) || (r->done[v] && it.k1 >= r->dist[v] + hv))
			continue;
		r->done[v] = 1;
		settled++;
		if (v == to)
			break;
		for (size_t i = r->off[v]; i < r->off[v + 1]; i++) {
			const struct arc *a = &r->arc[i];
			double nd = r->dist[v] + a->w;
			if (!(nd < r->dist[a->u]))
				continue;
			touch(r, a->u);
			r->dist[a->u] = nd;
			r->pred[a->u] = a->e;
			r->done[a->u] = 0; /* reopened if it was closed */
			if (sn__heap_push(&r->h, nd + estimate(r, a->u, to), 0, a->u) < 0) {
				st = sn__error_nomem();
				break;
			}
		}
	}
	if (st == SN_OK && !isfinite(r->dist[to]))
		st = sn__query_no_route(&r->q, from, to);
	if (st == SN_OK && (st = add_found_route(r, from, to, rs)) == SN_OK)
		rs->settled = settled;
	for (size_t i = 0; i < r->ntouched; i++) {
		size_t v = r->touched[i];
		r->dist[v] = INFINITY;
		r->pred[v] = SIZE_MAX;
		r->done[v] = 0;
	}
	r->ntouched = 0;
	return st;
}

static sn_status router_new_impl(sn_router **out, const sn_graph *g, const sn_route_opts *opts)
{
	sn_route_opts o;
	sn_router *r;
	sn__query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	if ((st = sn__route_opts_copy(opts, &o)) < 0)
		return st;
	if (o.n_via)
		return sn__error(SN_EINVAL, "a router takes no waypoints: route each leg");
	if (o.k > 1)
		return sn__error(SN_EINVAL, "a router finds one route per query; use sn_route() for alternatives");
	if (o.flags & SN_ROUTE_WIDEST)
		return sn__error(SN_EINVAL, "a router finds cheapest routes, not widest");
	if (!(r = malloc(sizeof *r)))
		return sn__error_nomem();
	if ((st = sn__query_prepare(&q, g, &o, o.cost, o.node_cost, 0)) < 0) {
		free(r);
		return st;
	}
	if ((st = router_build(r, &q, 1, (o.flags & SN_ROUTE_ASTAR) != 0)) < 0) {
		free(r);
		return st;
	}
	*out = r;
	return SN_OK;
}

static sn_status router_route_impl(sn_routes **out, sn_router *r, size_t from, size_t to)
{
	sn_routes *rs;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(r != NULL);
	if (r->q.g->nv != r->nv || r->q.g->ne != r->ne)
		return sn__error(SN_EINVAL, "the graph changed since the router was made");
	SN_CHECK_ARG(from < r->nv);
	SN_CHECK_ARG(to < r->nv);
	if ((st = sn__query_check_open(&r->q, from, "origin")) < 0 || (st = sn__query_check_open(&r->q, to, "destination")) < 0)
		return st;
	if (!(rs = calloc(1, sizeof *rs)))
		return sn__error_nomem();
	rs->unusable = r->q.unusable;
	rs->not_operating = r->q.not_operating;
	if ((st = router_search(r, from, to, rs)) < 0) {
		sn_routes_free(rs);
		return st;
	}
	*out = rs;
	return SN_OK;
}

/* igraph builds the graph and the route vectors */
sn_status sn_router_new(sn_router **out, const sn_graph *g, const sn_route_opts *opts)
{
	SN__IG_RETURN(router_new_impl(out, g, opts));
}

sn_status sn_router_route(sn_routes **out, sn_router *r, size_t from, size_t to)
{
	SN__IG_RETURN(router_route_impl(out, r, from, to));
}

void sn_router_free(sn_router *r)
{
	if (!r)
		return;
	router_release(r);
	free(r);
}

sn_status sn__astar(const sn__query *q, size_t from, size_t to, sn_routes *rs)
{
	sn_router r;
	sn_status st;

	if ((st = router_build(&r, q, 0, 1)) < 0)
		return st;
	st = router_search(&r, from, to, rs);
	router_release(&r);
	return st;
}
