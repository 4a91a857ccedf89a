/*
 * route.c - routes on corridor networks: shortest under constraints,
 * alternatives, waypoints, widest, A*, Pareto sets over two costs,
 * chokepoints, redundancy and reachability.
 *
 * A query never copies the graph: constraints close segments by giving them
 * an infinite cost in one weight vector (igraph's Dijkstra and Yen then
 * either avoid them or report an infinite cost, which means no route).
 */
#include "config.h"
#include "internal.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct route1 {
	size_t *v, nv, *e, ne;
	double cost, cost2;
};

struct sn_routes {
	struct route1 *r;
	size_t n, cap;
	size_t unusable, settled;
	int truncated;
};

struct sn_chokepoints {
	struct choke {
		sn_domain domain;
		size_t index;
		double cost;
	} *c;
	size_t n;
	double base;
};

typedef struct query {
	const sn_graph *g;
	const igraph_t *ig;
	igraph_vector_t w;        /* segment costs; closed = +inf (-inf for widest) */
	unsigned char *vclosed;
	unsigned char *eclosed;   /* closed by a constraint */
	size_t unusable;
	int widest;
	size_t *partner;          /* a mixed graph's edge <-> reverse twin, or NULL */
} query;

#define CLOSED(q) ((q)->widest ? -INFINITY : INFINITY)

/* ---- results ---- */

void sn_routes_free(sn_routes *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->r[i].v);
		free(r->r[i].e);
	}
	free(r->r);
	free(r);
}

size_t sn_routes_count(const sn_routes *r)
{
	return r ? r->n : 0;
}

double sn_routes_cost(const sn_routes *r, size_t i)
{
	return r && i < r->n ? r->r[i].cost : NAN;
}

double sn_routes_cost2(const sn_routes *r, size_t i)
{
	return r && i < r->n ? r->r[i].cost2 : NAN;
}

const size_t *sn_routes_vertices(const sn_routes *r, size_t i, size_t *count)
{
	if (count)
		*count = r && i < r->n ? r->r[i].nv : 0;
	return r && i < r->n ? r->r[i].v : NULL;
}

const size_t *sn_routes_edges(const sn_routes *r, size_t i, size_t *count)
{
	if (count)
		*count = r && i < r->n ? r->r[i].ne : 0;
	return r && i < r->n ? r->r[i].e : NULL;
}

size_t sn_routes_unusable(const sn_routes *r)
{
	return r ? r->unusable : 0;
}

size_t sn_routes_settled(const sn_routes *r)
{
	return r ? r->settled : 0;
}

int sn_routes_truncated(const sn_routes *r)
{
	return r ? r->truncated : 0;
}

/* Appends a route from igraph's vertex and edge lists; twins are reported as
 * the edge they mirror. */
static sn_status add_route(sn_routes *rs, const sn_graph *g, const igraph_vector_int_t *vp,
                           const igraph_vector_int_t *ep, double cost, double cost2)
{
	struct route1 *r;
	size_t nv = (size_t)igraph_vector_int_size(vp), ne = (size_t)igraph_vector_int_size(ep);

	if (sn__grow((void **)&rs->r, &rs->cap, rs->n + 1, sizeof *rs->r) < 0)
		return SN_ENOMEM;
	r = &rs->r[rs->n];
	memset(r, 0, sizeof *r);
	r->v = malloc((nv ? nv : 1) * sizeof *r->v);
	r->e = malloc((ne ? ne : 1) * sizeof *r->e);
	if (!r->v || !r->e) {
		free(r->v);
		free(r->e);
		return sn__error_nomem();
	}
	for (size_t i = 0; i < nv; i++)
		r->v[i] = (size_t)VECTOR(*vp)[i];
	for (size_t i = 0; i < ne; i++) {
		size_t e = (size_t)VECTOR(*ep)[i];
		r->e[i] = g->etwin && g->etwin[e] != SIZE_MAX ? g->etwin[e] : e;
	}
	r->nv = nv;
	r->ne = ne;
	r->cost = cost;
	r->cost2 = cost2;
	rs->n++;
	return SN_OK;
}

/* ---- constraints ---- */

typedef struct match {
	const sn_key *key;
	int slot;
	int never; /* a string value no element holds */
	sn_val v;
} match;

static sn_status compile_match(const sn_graph *g, size_t k, sn_domain d, const char *value, match *m)
{
	const sn_key *key = &g->keys[k];
	const char *why = NULL;
	sn_status st;

	memset(m, 0, sizeof *m);
	m->key = key;
	m->slot = sn__domain_slot(d);
	if (key->type == SN_TYPE_STRING || key->type == SN_TYPE_OPAQUE) {
		m->v.s = sn__strpool_get(&g->strings, value, strlen(value));
		m->never = m->v.s == NULL;
		return SN_OK;
	}
	/* numbers and booleans intern nothing: the graph is not changed */
	st = sn__parse_value((sn_graph *)g, key->type, value, strlen(value), &m->v, &why);
	if (st == SN_EPARSE)
		return sn__error(SN_EINVAL, "'%s' is not a value of %s attribute '%s': %s", value, key->type_name,
		                 key->name ? key->name : key->id, why);
	return st;
}

static int matches(const match *m, size_t index)
{
	sn_val v;

	if (m->never || !sn__column_get(m->key, m->slot, index, &v))
		return 0;
	switch (m->key->type) {
	case SN_TYPE_STRING:
	case SN_TYPE_OPAQUE: return v.s == m->v.s;
	case SN_TYPE_FLOAT:
	case SN_TYPE_DOUBLE: return v.d == m->v.d;
	default: return v.l == m->v.l;
	}
}

/* Splits "attr=value"; the attribute is a node key, an edge key, or both. */
static sn_status split_spec(const sn_graph *g, const char *spec, char *attr, size_t asize, const char **value,
                            size_t *knode, size_t *kedge)
{
	const char *eqs = strchr(spec, '=');
	size_t n;

	*knode = *kedge = SIZE_MAX;
	if (!eqs || eqs == spec)
		return sn__error(SN_EINVAL, "'%s' is not attr=value", spec);
	n = (size_t)(eqs - spec);
	if (n >= asize)
		return sn__error(SN_EINVAL, "attribute name too long in '%s'", spec);
	memcpy(attr, spec, n);
	attr[n] = '\0';
	*value = eqs + 1;
	if (sn_graph_key_find(g, SN_DOMAIN_NODE, attr, knode) != SN_OK)
		*knode = SIZE_MAX;
	if (sn_graph_key_find(g, SN_DOMAIN_EDGE, attr, kedge) != SN_OK)
		*kedge = SIZE_MAX;
	if (*knode == SIZE_MAX && *kedge == SIZE_MAX)
		return sn__error(SN_ENOTFOUND, "no node or edge attribute '%s' (in '%s')", attr, spec);
	return SN_OK;
}

static void close_edge(query *q, size_t e)
{
	VECTOR(q->w)[e] = CLOSED(q);
	q->eclosed[e] = 1;
}

static sn_status apply_avoid(query *q, const char *spec)
{
	const sn_graph *g = q->g;
	char attr[256];
	const char *value;
	size_t v, kn, ke;
	match m;
	sn_status st;

	/* a vertex first: ids may hold '=' */
	if (sn_graph_find_vertex(g, spec, &v) == SN_OK || (!strchr(spec, '=') && sn_graph_lookup_vertex(g, spec, &v) == SN_OK)) {
		q->vclosed[v] = 1;
		return SN_OK;
	}
	if (!strchr(spec, '='))
		return sn_graph_lookup_vertex(g, spec, &v); /* the message suggests */
	if ((st = split_spec(g, spec, attr, sizeof attr, &value, &kn, &ke)) < 0)
		return st;
	if (kn != SIZE_MAX) {
		if ((st = compile_match(g, kn, SN_DOMAIN_NODE, value, &m)) < 0)
			return st;
		for (size_t i = 0; i < g->nv; i++)
			if (matches(&m, i))
				q->vclosed[i] = 1;
	}
	if (ke != SIZE_MAX) {
		if ((st = compile_match(g, ke, SN_DOMAIN_EDGE, value, &m)) < 0)
			return st;
		for (size_t e = 0; e < g->ne; e++)
			if (matches(&m, e))
				close_edge(q, e);
	}
	return SN_OK;
}

/* Specs naming the same attribute are alternatives; each attribute must hold. */
static sn_status apply_only(query *q, const char *const *specs, size_t n)
{
	const sn_graph *g = q->g;
	unsigned char *done = calloc(n ? n : 1, 1), *ok_v = NULL, *ok_e = NULL;
	sn_status st = SN_OK;

	ok_v = malloc(g->nv ? g->nv : 1);
	ok_e = malloc(g->ne ? g->ne : 1);
	if (!done || !ok_v || !ok_e) {
		st = sn__error_nomem();
		goto out;
	}
	for (size_t i = 0; i < n && st == SN_OK; i++) {
		char attr[256], attr2[256];
		const char *value;
		size_t kn, ke;
		if (done[i])
			continue;
		if ((st = split_spec(g, specs[i], attr, sizeof attr, &value, &kn, &ke)) < 0)
			break;
		memset(ok_v, 0, g->nv ? g->nv : 1);
		memset(ok_e, 0, g->ne ? g->ne : 1);
		for (size_t j = i; j < n && st == SN_OK; j++) {
			size_t kn2, ke2;
			const char *value2;
			match m;
			if (done[j] || (st = split_spec(g, specs[j], attr2, sizeof attr2, &value2, &kn2, &ke2)) < 0)
				continue;
			if (strcmp(attr, attr2) != 0)
				continue;
			done[j] = 1;
			/* a segment attribute restricts segments; a node attribute, vertices */
			if (ke != SIZE_MAX) {
				if ((st = compile_match(g, ke, SN_DOMAIN_EDGE, value2, &m)) < 0)
					break;
				for (size_t e = 0; e < g->ne; e++)
					ok_e[e] |= (unsigned char)matches(&m, e);
			} else {
				if ((st = compile_match(g, kn, SN_DOMAIN_NODE, value2, &m)) < 0)
					break;
				for (size_t v = 0; v < g->nv; v++)
					ok_v[v] |= (unsigned char)matches(&m, v);
			}
		}
		if (st < 0)
			break;
		if (ke != SIZE_MAX) {
			for (size_t e = 0; e < g->ne; e++)
				if (!ok_e[e])
					close_edge(q, e);
		} else {
			for (size_t v = 0; v < g->nv; v++)
				if (!ok_v[v])
					q->vclosed[v] = 1;
		}
	}
out:
	free(done);
	free(ok_v);
	free(ok_e);
	return st;
}

static void query_free(query *q)
{
	igraph_vector_destroy(&q->w);
	free(q->vclosed);
	free(q->eclosed);
	free(q->partner);
}

/* An edge's cost as a double; 0 when it has none. Straight from the column:
 * this runs for every edge of every query. */
static int edge_cost(const sn_key *key, size_t e, double *w)
{
	sn_val v;

	if (!sn__column_get(key, 2, e, &v))
		return 0;
	*w = key->type == SN_TYPE_DOUBLE || key->type == SN_TYPE_FLOAT ? v.d : (double)v.l;
	return 1;
}

/* Costs of every segment under the options, closed ones infinite. */
static sn_status prepare(query *q, const sn_graph *g, const sn_route_opts *o, const char *cost, int widest)
{
	size_t m = g->ne, k = SIZE_MAX;
	sn_status st;

	memset(q, 0, sizeof *q);
	q->g = g;
	q->widest = widest;
	if ((st = sn__graph_ig(g, &q->ig)) < 0)
		return st;
	if (igraph_vector_init(&q->w, (igraph_integer_t)m) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	q->vclosed = calloc(g->nv ? g->nv : 1, 1);
	q->eclosed = calloc(m ? m : 1, 1);
	if (!q->vclosed || !q->eclosed) {
		query_free(q);
		return sn__error_nomem();
	}
	if (g->etwin) {
		if (!(q->partner = malloc((m ? m : 1) * sizeof *q->partner))) {
			query_free(q);
			return sn__error_nomem();
		}
		for (size_t e = 0; e < m; e++)
			q->partner[e] = SIZE_MAX;
		for (size_t e = 0; e < m; e++)
			if (g->etwin[e] != SIZE_MAX) {
				q->partner[e] = g->etwin[e];
				q->partner[g->etwin[e]] = e;
			}
	}
	if (cost) {
		if ((st = sn_graph_key_find(g, SN_DOMAIN_EDGE, cost, &k)) < 0)
			goto fail;
		if (sn_key_type(g, k) == SN_TYPE_STRING || sn_key_type(g, k) == SN_TYPE_OPAQUE) {
			st = sn__error(SN_EINVAL, "edge attribute '%s' is a %s, not a number", cost, sn_key_type_name(g, k));
			goto fail;
		}
	}
	for (size_t e = 0; e < m; e++) {
		double w = 1.0;
		if (k != SIZE_MAX && !edge_cost(&g->keys[k], e, &w)) {
			/* a segment without this cost cannot be priced: not used
			 * (counted below unless a constraint closes it anyway) */
			VECTOR(q->w)[e] = CLOSED(q);
			continue;
		}
		if ((st = sn__check_weight(g, e, cost ? cost : "hops", w, widest ? SN_WEIGHT_STRENGTH : SN_WEIGHT_DISTANCE,
		                           widest ? SN_WEIGHT_STRENGTH : SN_WEIGHT_DISTANCE, 1)) < 0)
			goto fail;
		VECTOR(q->w)[e] = w;
	}
	if (o) {
		for (size_t i = 0; i < o->n_avoid; i++)
			if ((st = apply_avoid(q, o->avoid[i])) < 0)
				goto fail;
		if (o->n_only && (st = apply_only(q, o->only, o->n_only)) < 0)
			goto fail;
	}
	for (size_t e = 0; e < m; e++)
		if (q->vclosed[g->ends[2 * e]] || q->vclosed[g->ends[2 * e + 1]])
			close_edge(q, e);
	for (size_t e = 0; e < m; e++) {
		double w;
		if (k != SIZE_MAX && !q->eclosed[e] && !(g->etwin && g->etwin[e] != SIZE_MAX) &&
		    !edge_cost(&g->keys[k], e, &w))
			q->unusable++;
	}
	return SN_OK;
fail:
	query_free(q);
	return st;
}

static sn_status check_open(const query *q, size_t v, const char *role)
{
	if (q->vclosed[v])
		return sn__error(SN_EINVAL, "the %s '%s' is closed by the constraints", role, q->g->vid[v]);
	return SN_OK;
}

static sn_status no_route(const query *q, size_t from, size_t to)
{
	if (q->unusable)
		return sn__error(SN_ENOPATH, "no route from '%s' to '%s' (%zu segments without the cost were not used)",
		                 q->g->vid[from], q->g->vid[to], q->unusable);
	return sn__error(SN_ENOPATH, "no route from '%s' to '%s'", q->g->vid[from], q->g->vid[to]);
}

static double path_cost(const query *q, const igraph_vector_int_t *ep)
{
	double c = q->widest ? INFINITY : 0;
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(ep); i++) {
		double w = VECTOR(q->w)[VECTOR(*ep)[i]];
		if (q->widest)
			c = w < c ? w : c;
		else
			c += w;
	}
	return c;
}

/* One shortest (or widest) route; SN_ENOPATH when there is none. */
static sn_status best_path(const query *q, size_t from, size_t to, igraph_vector_int_t *vp, igraph_vector_int_t *ep,
                           double *cost)
{
	sn__igctx ctx;
	igraph_error_t err;
	sn_status st = SN_OK;

	sn__ig_enter(&ctx);
	if (q->widest)
		err = igraph_get_widest_path(q->ig, vp, ep, (igraph_integer_t)from, (igraph_integer_t)to, &q->w, IGRAPH_OUT);
	else
		err = igraph_get_shortest_path_dijkstra(q->ig, vp, ep, (igraph_integer_t)from, (igraph_integer_t)to, &q->w,
		                                        IGRAPH_OUT);
	if (err != IGRAPH_SUCCESS)
		st = sn__from_igraph(err, "routing");
	sn__ig_leave(&ctx);
	if (st < 0)
		return st;
	*cost = path_cost(q, ep);
	if (igraph_vector_int_size(vp) == 0 || (q->widest ? *cost == -INFINITY : isinf(*cost)))
		return no_route(q, from, to);
	return SN_OK;
}

static size_t other_end(const sn_graph *g, size_t e, size_t v)
{
	size_t s = (size_t)g->ends[2 * e];
	return s == v ? (size_t)g->ends[2 * e + 1] : s;
}

/* ---- A* ---- */

typedef struct heap {
	struct hitem {
		double f;
		size_t v;
	} *a;
	size_t n, cap;
} heap;

static int heap_push(heap *h, double f, size_t v)
{
	size_t i;
	if (sn__grow((void **)&h->a, &h->cap, h->n + 1, sizeof *h->a) < 0)
		return -1;
	i = h->n++;
	while (i > 0 && h->a[(i - 1) / 2].f > f) {
		h->a[i] = h->a[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->a[i].f = f;
	h->a[i].v = v;
	return 0;
}

static struct hitem heap_pop(heap *h)
{
	struct hitem top = h->a[0], last = h->a[--h->n];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && h->a[c + 1].f < h->a[c].f)
			c++;
		if (h->a[c].f >= last.f)
			break;
		h->a[i] = h->a[c];
		i = c;
	}
	if (h->n)
		h->a[i] = last;
	return top;
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
	query q;
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
	heap h;
};

static void router_release(sn_router *r)
{
	if (r->own_q)
		query_free(&r->q);
	free(r->off);
	free(r->arc);
	free(r->xyz);
	free(r->dist);
	free(r->pred);
	free(r->done);
	free(r->touched);
	free(r->h.a);
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

	if (sn_graph_key_find(g, SN_DOMAIN_NODE, "lat", &klat) != SN_OK ||
	    sn_graph_key_find(g, SN_DOMAIN_NODE, "lon", &klon) != SN_OK)
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
static sn_status router_build(sn_router *r, const query *q, int own_q, int astar)
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

/* One cheapest route into rs; the router is ready for the next query after. */
static sn_status router_search(sn_router *r, size_t from, size_t to, sn_routes *rs)
{
	const sn_graph *g = r->q.g;
	size_t settled = 0;
	sn_status st = SN_OK;

	r->h.n = 0;
	touch(r, from);
	r->dist[from] = 0;
	if (heap_push(&r->h, estimate(r, from, to), from) < 0)
		st = sn__error_nomem();
	while (st == SN_OK && r->h.n) {
		struct hitem it = heap_pop(&r->h);
		size_t v = it.v;
		double hv = estimate(r, v, to);
		/* stale: v was reached more cheaply since this entry was pushed */
		if (it.f > r->dist[v] + hv + 1e-12 * fabs(r->dist[v]) || (r->done[v] && it.f >= r->dist[v] + hv))
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
			if (heap_push(&r->h, nd + estimate(r, a->u, to), a->u) < 0) {
				st = sn__error_nomem();
				break;
			}
		}
	}
	if (st == SN_OK && !isfinite(r->dist[to]))
		st = no_route(&r->q, from, to);
	if (st == SN_OK) {
		igraph_vector_int_t vp, ep;
		size_t len = 0;
		for (size_t v = to; v != from; v = other_end(g, r->pred[v], v))
			len++;
		if (igraph_vector_int_init(&vp, (igraph_integer_t)len + 1) != IGRAPH_SUCCESS)
			st = sn__error_nomem();
		else if (igraph_vector_int_init(&ep, (igraph_integer_t)len) != IGRAPH_SUCCESS) {
			igraph_vector_int_destroy(&vp);
			st = sn__error_nomem();
		} else {
			VECTOR(vp)[len] = (igraph_integer_t)to;
			for (size_t v = to, i = len; v != from; i--) {
				VECTOR(ep)[i - 1] = (igraph_integer_t)r->pred[v];
				v = other_end(g, r->pred[v], v);
				VECTOR(vp)[i - 1] = (igraph_integer_t)v;
			}
			st = add_route(rs, g, &vp, &ep, r->dist[to], NAN);
			igraph_vector_int_destroy(&vp);
			igraph_vector_int_destroy(&ep);
			rs->settled = settled;
		}
	}
	for (size_t i = 0; i < r->ntouched; i++) {
		size_t v = r->touched[i];
		r->dist[v] = INFINITY;
		r->pred[v] = SIZE_MAX;
		r->done[v] = 0;
	}
	r->ntouched = 0;
	return st;
}

static sn_status sn_router_new_impl(sn_router **out, const sn_graph *g, const sn_route_opts *opts)
{
	sn_route_opts o;
	sn_router *r;
	query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	if (opts && opts->version != SN_ROUTE_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_route_opts version %u, expected %u", opts->version,
		                 SN_ROUTE_OPTS_VERSION);
	if (opts)
		o = *opts;
	else
		sn_route_opts_init(&o, SN_ROUTE_OPTS_VERSION);
	if (o.n_via)
		return sn__error(SN_EINVAL, "a router takes no waypoints: route each leg");
	if (o.k > 1)
		return sn__error(SN_EINVAL, "a router finds one route per query; use sn_route() for alternatives");
	if (o.flags & SN_ROUTE_WIDEST)
		return sn__error(SN_EINVAL, "a router finds cheapest routes, not widest");
	if (!(r = malloc(sizeof *r)))
		return sn__error_nomem();
	if ((st = prepare(&q, g, &o, o.cost, 0)) < 0) {
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

static sn_status sn_router_route_impl(sn_routes **out, sn_router *r, size_t from, size_t to)
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
	if ((st = check_open(&r->q, from, "origin")) < 0 || (st = check_open(&r->q, to, "destination")) < 0)
		return st;
	if (!(rs = calloc(1, sizeof *rs)))
		return sn__error_nomem();
	rs->unusable = r->q.unusable;
	if ((st = router_search(r, from, to, rs)) < 0) {
		sn_routes_free(rs);
		return st;
	}
	*out = rs;
	return SN_OK;
}

/* igraph builds the graph and the route vectors: under silknet's handler,
 * as every other routing call */
sn_status sn_router_new(sn_router **out, const sn_graph *g, const sn_route_opts *opts)
{
	sn__igctx ctx;
	sn_status st;

	sn__ig_enter(&ctx);
	st = sn_router_new_impl(out, g, opts);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_router_route(sn_routes **out, sn_router *r, size_t from, size_t to)
{
	sn__igctx ctx;
	sn_status st;

	sn__ig_enter(&ctx);
	st = sn_router_route_impl(out, r, from, to);
	sn__ig_leave(&ctx);
	return st;
}

void sn_router_free(sn_router *r)
{
	if (!r)
		return;
	router_release(r);
	free(r);
}

/* A* for one query of sn_route(): a router over the caller's query. */
static sn_status astar(const query *q, size_t from, size_t to, sn_routes *rs)
{
	sn_router r;
	sn_status st;

	if ((st = router_build(&r, q, 0, 1)) < 0)
		return st;
	st = router_search(&r, from, to, rs);
	router_release(&r);
	return st;
}

/* ---- public ---- */

sn_status sn_route_opts_init(sn_route_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (version != SN_ROUTE_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_route_opts version %u, expected %u", version,
		                 SN_ROUTE_OPTS_VERSION);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return SN_OK;
}

static sn_status check_opts(const sn_graph *g, const sn_route_opts *o, size_t from, size_t to)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(from < g->nv);
	SN_CHECK_ARG(to < g->nv);
	if (o && o->version != SN_ROUTE_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_route_opts version %u, expected %u", o->version,
		                 SN_ROUTE_OPTS_VERSION);
	if (o)
		for (size_t i = 0; i < o->n_via; i++)
			if (o->via[i] >= g->nv)
				return sn__error(SN_EINVAL, "waypoint %zu out of range", o->via[i]);
	return SN_OK;
}

static sn_status sn_route_impl(sn_routes **out, const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts)
{
	sn_route_opts o;
	igraph_vector_int_t vp, ep;
	sn_routes *rs;
	query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = check_opts(g, opts, from, to)) < 0)
		return st;
	if (opts)
		o = *opts;
	else
		sn_route_opts_init(&o, SN_ROUTE_OPTS_VERSION);
	if (o.k > 1 && o.n_via)
		return sn__error(SN_EINVAL, "alternatives (k) through waypoints are not supported");
	if ((o.flags & SN_ROUTE_WIDEST) && (o.k > 1 || (o.flags & SN_ROUTE_ASTAR)))
		return sn__error(SN_EINVAL, "a widest route has no alternatives or A* search");
	if ((o.flags & SN_ROUTE_WIDEST) && !o.cost)
		return sn__error(SN_EINVAL, "a widest route needs a capacity attribute as its cost");
	if (!(rs = calloc(1, sizeof *rs)))
		return sn__error_nomem();
	if ((st = prepare(&q, g, &o, o.cost, (o.flags & SN_ROUTE_WIDEST) != 0)) < 0) {
		free(rs);
		return st;
	}
	rs->unusable = q.unusable;
	if ((st = check_open(&q, from, "origin")) < 0 || (st = check_open(&q, to, "destination")) < 0)
		goto done;
	for (size_t i = 0; i < o.n_via; i++)
		if ((st = check_open(&q, o.via[i], "waypoint")) < 0)
			goto done;
	if (igraph_vector_int_init(&vp, 0) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	if (igraph_vector_int_init(&ep, 0) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&vp);
		st = sn__error_nomem();
		goto done;
	}

	if (o.flags & SN_ROUTE_ASTAR) {
		if (o.n_via)
			st = sn__error(SN_EINVAL, "A* through waypoints is not supported");
		else if (o.k > 1)
			st = sn__error(SN_EINVAL, "A* finds one route; use Dijkstra for alternatives");
		else
			st = astar(&q, from, to, rs);
	} else if (o.k > 1) {
		igraph_vector_int_list_t vps, eps;
		sn__igctx ctx;
		igraph_error_t err;
		if (igraph_vector_int_list_init(&vps, 0) != IGRAPH_SUCCESS ||
		    igraph_vector_int_list_init(&eps, 0) != IGRAPH_SUCCESS) {
			st = sn__error_nomem();
		} else {
			sn__ig_enter(&ctx);
			err = igraph_get_k_shortest_paths(q.ig, &q.w, &vps, &eps, (igraph_integer_t)o.k, (igraph_integer_t)from,
			                                  (igraph_integer_t)to, IGRAPH_OUT);
			st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "k shortest routes");
			sn__ig_leave(&ctx);
			for (igraph_integer_t i = 0; st == SN_OK && i < igraph_vector_int_list_size(&eps); i++) {
				igraph_vector_int_t *pe = igraph_vector_int_list_get_ptr(&eps, i);
				igraph_vector_int_t *pv = igraph_vector_int_list_get_ptr(&vps, i);
				double c = path_cost(&q, pe);
				if (!isinf(c) && igraph_vector_int_size(pv) > 0)
					st = add_route(rs, g, pv, pe, c, NAN);
			}
			if (st == SN_OK && rs->n == 0)
				st = no_route(&q, from, to);
			igraph_vector_int_list_destroy(&vps);
			igraph_vector_int_list_destroy(&eps);
		}
	} else {
		/* through the waypoints in order: one leg after another */
		size_t nstops = o.n_via + 2, total_v = 0;
		igraph_vector_int_t allv, alle;
		double total = q.widest ? INFINITY : 0;
		memset(&allv, 0, sizeof allv);
		memset(&alle, 0, sizeof alle);
		if (igraph_vector_int_init(&allv, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&alle, 0) != IGRAPH_SUCCESS)
			st = sn__error_nomem();
		for (size_t leg = 0; leg + 1 < nstops && st == SN_OK; leg++) {
			size_t a = leg == 0 ? from : o.via[leg - 1], b = leg + 2 == nstops ? to : o.via[leg];
			double c;
			if ((st = best_path(&q, a, b, &vp, &ep, &c)) < 0)
				break;
			total = q.widest ? fmin(total, c) : total + c;
			for (igraph_integer_t i = leg == 0 ? 0 : 1; i < igraph_vector_int_size(&vp); i++)
				if (igraph_vector_int_push_back(&allv, VECTOR(vp)[i]) != IGRAPH_SUCCESS)
					st = sn__error_nomem();
			if (igraph_vector_int_append(&alle, &ep) != IGRAPH_SUCCESS)
				st = sn__error_nomem();
			total_v = (size_t)igraph_vector_int_size(&allv);
		}
		(void)total_v;
		if (st == SN_OK)
			st = add_route(rs, g, &allv, &alle, total, NAN);
		igraph_vector_int_destroy(&allv);
		igraph_vector_int_destroy(&alle);
	}
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
done:
	query_free(&q);
	if (st < 0) {
		sn_routes_free(rs);
		return st;
	}
	*out = rs;
	return SN_OK;
}

/* ---- Pareto ---- */

typedef struct label {
	size_t v, pred, edge;
	double c1, c2;
	int dead;
} label;

typedef struct lheap {
	size_t *a;
	size_t n, cap;
	const label *labels;
} lheap;

static int lless(const lheap *h, size_t x, size_t y)
{
	const label *a = &h->labels[x], *b = &h->labels[y];
	return a->c1 < b->c1 || (a->c1 == b->c1 && a->c2 < b->c2);
}

static int lpush(lheap *h, size_t x)
{
	size_t i;
	if (sn__grow((void **)&h->a, &h->cap, h->n + 1, sizeof *h->a) < 0)
		return -1;
	i = h->n++;
	while (i > 0 && lless(h, x, h->a[(i - 1) / 2])) {
		h->a[i] = h->a[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->a[i] = x;
	return 0;
}

static size_t lpop(lheap *h)
{
	size_t top = h->a[0], last = h->a[--h->n], i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && lless(h, h->a[c + 1], h->a[c]))
			c++;
		if (!lless(h, h->a[c], last))
			break;
		h->a[i] = h->a[c];
		i = c;
	}
	if (h->n)
		h->a[i] = last;
	return top;
}

#define MAX_LABELS 64

static sn_status sn_route_pareto_impl(sn_routes **out, const sn_graph *g, size_t from, size_t to, const char *cost2,
                          const sn_route_opts *opts)
{
	sn_route_opts o;
	query q1, q2;
	label *labels = NULL;
	size_t nl = 0, cl = 0, **at = NULL, *nat = NULL, want;
	lheap h = { 0 };
	igraph_inclist_t il;
	sn__igctx ctx;
	igraph_error_t err;
	sn_routes *rs = NULL;
	sn_status st;
	int truncated = 0, il_ok = 0;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(cost2 != NULL);
	if ((st = check_opts(g, opts, from, to)) < 0)
		return st;
	if (opts)
		o = *opts;
	else
		sn_route_opts_init(&o, SN_ROUTE_OPTS_VERSION);
	if (o.n_via || (o.flags & (SN_ROUTE_WIDEST | SN_ROUTE_ASTAR)))
		return sn__error(SN_EINVAL, "Pareto routes take no waypoints, widest or A* search");
	want = o.k ? o.k : 10;
	if ((st = prepare(&q1, g, &o, o.cost, 0)) < 0)
		return st;
	if ((st = prepare(&q2, g, &o, cost2, 0)) < 0) {
		query_free(&q1);
		return st;
	}
	if ((st = check_open(&q1, from, "origin")) < 0 || (st = check_open(&q1, to, "destination")) < 0)
		goto done;
	if (!(rs = calloc(1, sizeof *rs)) || !(at = calloc(g->nv + 1, sizeof *at)) ||
	    !(nat = calloc(g->nv + 1, sizeof *nat))) {
		st = sn__error_nomem();
		goto done;
	}
	rs->unusable = q1.unusable > q2.unusable ? q1.unusable : q2.unusable;
	sn__ig_enter(&ctx);
	err = igraph_inclist_init(q1.ig, &il, IGRAPH_OUT, IGRAPH_LOOPS_ONCE);
	sn__ig_leave(&ctx);
	if (err != IGRAPH_SUCCESS) {
		st = sn__from_igraph(err, "Pareto routes");
		goto done;
	}
	il_ok = 1;
	for (size_t v = 0; v < g->nv; v++)
		if (!(at[v] = malloc(MAX_LABELS * sizeof **at))) {
			st = sn__error_nomem();
			goto done;
		}
	if (sn__grow((void **)&labels, &cl, 1, sizeof *labels) < 0) {
		st = SN_ENOMEM;
		goto done;
	}
	labels[nl++] = (label){ from, SIZE_MAX, SIZE_MAX, 0, 0, 0 };
	at[from][nat[from]++] = 0;
	h.labels = labels;
	if (lpush(&h, 0) < 0) {
		st = sn__error_nomem();
		goto done;
	}
	while (h.n && st == SN_OK) {
		size_t li = lpop(&h), v;
		igraph_vector_int_t *inc;
		if (labels[li].dead || labels[li].v == to)
			continue;
		v = labels[li].v;
		inc = igraph_inclist_get(&il, v);
		for (igraph_integer_t i = 0; i < igraph_vector_int_size(inc) && st == SN_OK; i++) {
			size_t e = (size_t)VECTOR(*inc)[i], u = other_end(g, e, v), j, keep;
			double w1 = VECTOR(q1.w)[e], w2 = VECTOR(q2.w)[e], c1, c2;
			int dominated = 0;
			if (isinf(w1) || isinf(w2))
				continue;
			c1 = labels[li].c1 + w1;
			c2 = labels[li].c2 + w2;
			/* beaten at the destination already, or at u */
			for (j = 0; j < nat[to] && !dominated; j++)
				dominated = labels[at[to][j]].c1 <= c1 && labels[at[to][j]].c2 <= c2;
			for (j = 0; j < nat[u] && !dominated; j++)
				dominated = labels[at[u][j]].c1 <= c1 && labels[at[u][j]].c2 <= c2;
			if (dominated)
				continue;
			for (j = 0, keep = 0; j < nat[u]; j++) {
				label *x = &labels[at[u][j]];
				if (c1 <= x->c1 && c2 <= x->c2)
					x->dead = 1;
				else
					at[u][keep++] = at[u][j];
			}
			nat[u] = keep;
			if (nat[u] == MAX_LABELS) {
				truncated = 1;
				continue;
			}
			if (sn__grow((void **)&labels, &cl, nl + 1, sizeof *labels) < 0) {
				st = SN_ENOMEM;
				break;
			}
			h.labels = labels;
			labels[nl] = (label){ u, li, e, c1, c2, 0 };
			at[u][nat[u]++] = nl;
			if (lpush(&h, nl++) < 0)
				st = sn__error_nomem();
		}
	}
	if (st < 0)
		goto done;
	if (!nat[to] || to == from) {
		st = to == from ? sn__error(SN_EINVAL, "origin and destination are the same") : no_route(&q1, from, to);
		goto done;
	}
	/* the set at the destination, cheapest first; at most `want` spread over it */
	{
		size_t n = nat[to], *idx = at[to];
		for (size_t a = 1; a < n; a++)
			for (size_t b = a; b > 0 && (labels[idx[b]].c1 < labels[idx[b - 1]].c1 ||
			                             (labels[idx[b]].c1 == labels[idx[b - 1]].c1 &&
			                              labels[idx[b]].c2 < labels[idx[b - 1]].c2)); b--) {
				size_t t = idx[b];
				idx[b] = idx[b - 1];
				idx[b - 1] = t;
			}
		for (size_t r = 0; r < (n < want ? n : want) && st == SN_OK; r++) {
			size_t pick = n <= want ? r : (want == 1 ? 0 : (r * (n - 1) + (want - 1) / 2) / (want - 1));
			size_t len = 0;
			igraph_vector_int_t vp, ep;
			for (size_t l = idx[pick]; labels[l].pred != SIZE_MAX; l = labels[l].pred)
				len++;
			if (igraph_vector_int_init(&vp, (igraph_integer_t)len + 1) != IGRAPH_SUCCESS) {
				st = sn__error_nomem();
				break;
			}
			if (igraph_vector_int_init(&ep, (igraph_integer_t)len) != IGRAPH_SUCCESS) {
				igraph_vector_int_destroy(&vp);
				st = sn__error_nomem();
				break;
			}
			for (size_t l = idx[pick], i = len;; l = labels[l].pred) {
				VECTOR(vp)[i] = (igraph_integer_t)labels[l].v;
				if (labels[l].pred == SIZE_MAX)
					break;
				VECTOR(ep)[i - 1] = (igraph_integer_t)labels[l].edge;
				i--;
			}
			st = add_route(rs, g, &vp, &ep, labels[idx[pick]].c1, labels[idx[pick]].c2);
			igraph_vector_int_destroy(&vp);
			igraph_vector_int_destroy(&ep);
		}
	}
	rs->truncated = truncated;
done:
	if (il_ok)
		igraph_inclist_destroy(&il);
	if (at)
		for (size_t v = 0; v < g->nv; v++)
			free(at[v]);
	free(at);
	free(nat);
	free(labels);
	free(h.a);
	query_free(&q1);
	query_free(&q2);
	if (st < 0) {
		sn_routes_free(rs);
		return st == SN_ENOMEM ? sn__error_nomem() : st;
	}
	*out = rs;
	return SN_OK;
}

/* ---- reachability ---- */

static sn_status sn_route_costs_impl(sn_scores **out, const sn_graph *g, size_t from, const sn_route_opts *opts)
{
	igraph_matrix_t m;
	sn__igctx ctx;
	igraph_error_t err;
	double *v;
	query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = check_opts(g, opts, from, from)) < 0)
		return st;
	if ((st = prepare(&q, g, opts, opts ? opts->cost : NULL, 0)) < 0)
		return st;
	if ((st = check_open(&q, from, "origin")) < 0) {
		query_free(&q);
		return st;
	}
	if (igraph_matrix_init(&m, 0, 0) != IGRAPH_SUCCESS) {
		query_free(&q);
		return sn__error_nomem();
	}
	sn__ig_enter(&ctx);
	err = igraph_distances_dijkstra(q.ig, &m, igraph_vss_1((igraph_integer_t)from), igraph_vss_all(), &q.w,
	                                IGRAPH_OUT);
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "reachability");
	sn__ig_leave(&ctx);
	if (st == SN_OK && !(v = malloc((g->nv ? g->nv : 1) * sizeof *v)))
		st = sn__error_nomem();
	if (st == SN_OK) {
		for (size_t i = 0; i < g->nv; i++)
			v[i] = MATRIX(m, 0, i);
		if ((st = sn__scores_wrap(out, SN_DOMAIN_NODE, v, g->nv)) < 0)
			free(v);
	}
	igraph_matrix_destroy(&m);
	query_free(&q);
	return st;
}

/* ---- chokepoints ---- */

void sn_chokepoints_free(sn_chokepoints *c)
{
	if (!c)
		return;
	free(c->c);
	free(c);
}

size_t sn_chokepoints_count(const sn_chokepoints *c)
{
	return c ? c->n : 0;
}

double sn_chokepoints_base_cost(const sn_chokepoints *c)
{
	return c ? c->base : NAN;
}

sn_status sn_chokepoints_get(const sn_chokepoints *c, size_t i, sn_domain *domain, size_t *index, double *cost)
{
	SN_CHECK_ARG(c != NULL);
	SN_CHECK_ARG(i < c->n);
	if (domain)
		*domain = c->c[i].domain;
	if (index)
		*index = c->c[i].index;
	if (cost)
		*cost = c->c[i].cost;
	return SN_OK;
}

static sn_status pair_cost(const query *q, size_t from, size_t to, double *out)
{
	igraph_matrix_t m;
	sn__igctx ctx;
	igraph_error_t err;

	if (igraph_matrix_init(&m, 0, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	sn__ig_enter(&ctx);
	err = igraph_distances_dijkstra(q->ig, &m, igraph_vss_1((igraph_integer_t)from), igraph_vss_1((igraph_integer_t)to),
	                                &q->w, IGRAPH_OUT);
	sn__ig_leave(&ctx);
	if (err != IGRAPH_SUCCESS) {
		igraph_matrix_destroy(&m);
		return sn__from_igraph(err, "chokepoints");
	}
	*out = MATRIX(m, 0, 0);
	igraph_matrix_destroy(&m);
	return SN_OK;
}

static int by_increase(const void *a, const void *b)
{
	const struct choke *x = a, *y = b;
	if (x->cost != y->cost)
		return x->cost < y->cost ? 1 : -1;
	if (x->domain != y->domain)
		return x->domain < y->domain ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static sn_status sn_route_chokepoints_impl(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                               const sn_route_opts *opts);

/* The cost leg i pays with element x closed: its own figure when x is on
 * its best route, else its base (closing what a route does not use cannot
 * change its cost). */
static double leg_cost(const sn_chokepoints *leg, sn_domain d, size_t x)
{
	if (!leg)
		return 0;
	for (size_t i = 0; i < leg->n; i++)
		if (leg->c[i].domain == d && leg->c[i].index == x)
			return leg->c[i].cost;
	return leg->base;
}

/* Through waypoints, leg by leg: closing an element changes only the legs
 * whose best routes use it, so the trip then costs the sum of each leg's
 * cost without it. A waypoint cannot be closed without cutting the trip. */
static sn_status chokepoints_via(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                                 const sn_route_opts *opts)
{
	size_t nleg = opts->n_via + 1, cap = opts->n_via;
	sn_chokepoints **legs = calloc(nleg, sizeof *legs), *c = NULL;
	sn_route_opts o = *opts;
	sn_status st = SN_OK;

	if (!legs)
		return sn__error_nomem();
	o.via = NULL;
	o.n_via = 0;
	for (size_t i = 0; i < nleg && st == SN_OK; i++) {
		size_t a = i ? opts->via[i - 1] : from, b = i < opts->n_via ? opts->via[i] : to;
		if (a != b && (st = sn_route_chokepoints_impl(&legs[i], g, a, b, &o)) == SN_OK)
			cap += legs[i]->n;
	}
	if (st == SN_OK && (!(c = calloc(1, sizeof *c)) || !(c->c = malloc((cap + 1) * sizeof *c->c))))
		st = sn__error_nomem();
	for (size_t i = 0; i < nleg && st == SN_OK; i++)
		c->base += legs[i] ? legs[i]->base : 0;
	for (size_t i = 0; i < opts->n_via && st == SN_OK; i++)
		if (opts->via[i] != from && opts->via[i] != to)
			c->c[c->n++] = (struct choke){ SN_DOMAIN_NODE, opts->via[i], INFINITY };
	for (size_t i = 0; i < nleg && st == SN_OK; i++)
		for (size_t k = 0; legs[i] && k < legs[i]->n; k++) {
			struct choke x = legs[i]->c[k];
			/* a leg may pass the trip's own origin or destination */
			size_t seen = x.domain == SN_DOMAIN_NODE && (x.index == from || x.index == to);
			for (size_t j = 0; j < c->n && !seen; j++)
				seen = c->c[j].domain == x.domain && c->c[j].index == x.index;
			if (seen)
				continue;
			x.cost = 0;
			for (size_t j = 0; j < nleg; j++)
				x.cost += leg_cost(legs[j], x.domain, x.index);
			c->c[c->n++] = x;
		}
	if (st == SN_OK)
		qsort(c->c, c->n, sizeof *c->c, by_increase);
	for (size_t i = 0; i < nleg; i++)
		sn_chokepoints_free(legs[i]);
	free(legs);
	if (st < 0) {
		sn_chokepoints_free(c);
		return st;
	}
	*out = c;
	return SN_OK;
}

static sn_status sn_route_chokepoints_impl(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                               const sn_route_opts *opts)
{
	igraph_vector_int_t vp, ep;
	sn_chokepoints *c = NULL;
	query q;
	double base;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = check_opts(g, opts, from, to)) < 0)
		return st;
	if (opts && opts->n_via)
		return chokepoints_via(out, g, from, to, opts);
	if (from == to)
		return sn__error(SN_EINVAL, "origin and destination are the same");
	if ((st = prepare(&q, g, opts, opts ? opts->cost : NULL, 0)) < 0)
		return st;
	memset(&vp, 0, sizeof vp);
	memset(&ep, 0, sizeof ep);
	if (igraph_vector_int_init(&vp, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&ep, 0) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	if ((st = check_open(&q, from, "origin")) < 0 || (st = check_open(&q, to, "destination")) < 0 ||
	    (st = best_path(&q, from, to, &vp, &ep, &base)) < 0)
		goto done;
	if (!(c = calloc(1, sizeof *c)) ||
	    !(c->c = malloc(((size_t)igraph_vector_int_size(&vp) + (size_t)igraph_vector_int_size(&ep) + 1) * sizeof *c->c))) {
		st = sn__error_nomem();
		goto done;
	}
	c->base = base;
	/* each inner vertex of the route, closed alone */
	for (igraph_integer_t i = 1; i + 1 < igraph_vector_int_size(&vp) && st == SN_OK; i++) {
		size_t v = (size_t)VECTOR(vp)[i];
		igraph_vector_t saved;
		double cost;
		if (igraph_vector_init_copy(&saved, &q.w) != IGRAPH_SUCCESS) {
			st = sn__error_nomem();
			break;
		}
		for (size_t e = 0; e < g->ne; e++)
			if ((size_t)g->ends[2 * e] == v || (size_t)g->ends[2 * e + 1] == v)
				VECTOR(q.w)[e] = INFINITY;
		st = pair_cost(&q, from, to, &cost);
		/* same size: the update only copies */
		igraph_vector_update(&q.w, &saved);
		igraph_vector_destroy(&saved);
		c->c[c->n++] = (struct choke){ SN_DOMAIN_NODE, v, cost };
	}
	/* each segment, closed alone (with its reverse twin in a mixed graph) */
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(&ep) && st == SN_OK; i++) {
		size_t e = (size_t)VECTOR(ep)[i], p = q.partner ? q.partner[e] : SIZE_MAX;
		double old = VECTOR(q.w)[e], oldp = p != SIZE_MAX ? VECTOR(q.w)[p] : 0, cost;
		VECTOR(q.w)[e] = INFINITY;
		if (p != SIZE_MAX)
			VECTOR(q.w)[p] = INFINITY;
		st = pair_cost(&q, from, to, &cost);
		VECTOR(q.w)[e] = old;
		if (p != SIZE_MAX)
			VECTOR(q.w)[p] = oldp;
		c->c[c->n++] = (struct choke){ SN_DOMAIN_EDGE, g->etwin && g->etwin[e] != SIZE_MAX ? g->etwin[e] : e, cost };
	}
	if (st == SN_OK)
		qsort(c->c, c->n, sizeof *c->c, by_increase);
done:
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	query_free(&q);
	if (st < 0) {
		sn_chokepoints_free(c);
		return st;
	}
	*out = c;
	return SN_OK;
}

/* ---- whole-network structure ---- */

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

static sn_status int_vector_out(igraph_error_t (*fn)(const igraph_t *, igraph_vector_int_t *), const sn_graph *g,
                                const char *what, size_t **out, size_t *count)
{
	const igraph_t *ig;
	igraph_vector_int_t res;
	sn__igctx ctx;
	igraph_error_t err;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(out != NULL);
	SN_CHECK_ARG(count != NULL);
	*out = NULL;
	*count = 0;
	sn__ig_enter(&ctx);
	if ((st = sn__graph_ig(g, &ig)) < 0) {
		sn__ig_leave(&ctx);
		return st;
	}
	if (igraph_vector_int_init(&res, 0) != IGRAPH_SUCCESS) {
		sn__ig_leave(&ctx);
		return sn__error_nomem();
	}
	err = fn(ig, &res);
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, what);
	if (st == SN_OK) {
		size_t n = (size_t)igraph_vector_int_size(&res), k = 0;
		if (!(*out = malloc((n ? n : 1) * sizeof **out)))
			st = sn__error_nomem();
		for (size_t i = 0; st == SN_OK && i < n; i++) {
			size_t x = (size_t)VECTOR(res)[i];
			/* a bridge reported on a reverse twin is its original */
			if (fn == igraph_bridges && g->etwin && g->etwin[x] != SIZE_MAX)
				x = g->etwin[x];
			(*out)[k++] = x;
		}
		if (st == SN_OK) {
			/* ascending, for stable output (igraph lists them in search
			 * order: a long line comes reversed) */
			qsort(*out, k, sizeof **out, cmp_size);
			*count = k;
		}
	}
	igraph_vector_int_destroy(&res);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_graph_articulation_points(const sn_graph *g, size_t **out, size_t *count)
{
	return int_vector_out(igraph_articulation_points, g, "articulation points", out, count);
}

sn_status sn_graph_bridges(const sn_graph *g, size_t **out, size_t *count)
{
	return int_vector_out(igraph_bridges, g, "bridges", out, count);
}

static sn_status sn_route_redundancy_impl(const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts,
                              size_t *vertex_disjoint, size_t *edge_disjoint)
{
	igraph_vector_int_t keep;
	igraph_t sub;
	igraph_integer_t nv = 0, ne = 0;
	sn__igctx ctx;
	igraph_error_t err;
	query q;
	sn_status st;

	if ((st = check_opts(g, opts, from, to)) < 0)
		return st;
	if (from == to)
		return sn__error(SN_EINVAL, "origin and destination are the same");
	if ((st = prepare(&q, g, opts, opts ? opts->cost : NULL, 0)) < 0)
		return st;
	if ((st = check_open(&q, from, "origin")) < 0 || (st = check_open(&q, to, "destination")) < 0) {
		query_free(&q);
		return st;
	}
	/* igraph's flow functions take no weights: here a subgraph is built */
	if (igraph_vector_int_init(&keep, 0) != IGRAPH_SUCCESS) {
		query_free(&q);
		return sn__error_nomem();
	}
	for (size_t e = 0; e < g->ne; e++)
		if (!isinf(VECTOR(q.w)[e]) && igraph_vector_int_push_back(&keep, (igraph_integer_t)e) != IGRAPH_SUCCESS) {
			igraph_vector_int_destroy(&keep);
			query_free(&q);
			return sn__error_nomem();
		}
	sn__ig_enter(&ctx);
	err = igraph_subgraph_edges(q.ig, &sub, igraph_ess_vector(&keep), 0);
	if (err == IGRAPH_SUCCESS) {
		err = igraph_vertex_disjoint_paths(&sub, &nv, (igraph_integer_t)from, (igraph_integer_t)to);
		if (err == IGRAPH_SUCCESS)
			err = igraph_edge_disjoint_paths(&sub, &ne, (igraph_integer_t)from, (igraph_integer_t)to);
		igraph_destroy(&sub);
	}
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "redundancy");
	sn__ig_leave(&ctx);
	igraph_vector_int_destroy(&keep);
	query_free(&q);
	if (st == SN_OK) {
		if (vertex_disjoint)
			*vertex_disjoint = (size_t)nv;
		if (edge_disjoint)
			*edge_disjoint = (size_t)ne;
	}
	return st;
}

/* ---- finding vertices as people name them ---- */

static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), prev[65], cur[65];

	if (la > 64 || lb > 64)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t sub = prev[j - 1] + (tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]));
			size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
			cur[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
		memcpy(prev, cur, (lb + 1) * sizeof *prev);
	}
	return prev[lb];
}

sn_status sn_graph_lookup_vertex(const sn_graph *g, const char *text, size_t *out)
{
	static const char *const label_names[] = { "label", "name" };
	size_t keys[2], nkeys = 0, found = SIZE_MAX, nfound = 0;
	struct {
		size_t d;
		const char *s;
	} best[3] = { { SIZE_MAX, NULL }, { SIZE_MAX, NULL }, { SIZE_MAX, NULL } };

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(text != NULL);
	SN_CHECK_ARG(out != NULL);
	if (sn_graph_find_vertex(g, text, out) == SN_OK)
		return SN_OK;
	for (size_t i = 0; i < 2; i++)
		if (sn_graph_key_find(g, SN_DOMAIN_NODE, label_names[i], &keys[nkeys]) == SN_OK &&
		    sn_key_type(g, keys[nkeys]) == SN_TYPE_STRING)
			nkeys++;
	/* exact label, then any case of id or label */
	for (int pass = 0; pass < 2 && !nfound; pass++)
		for (size_t v = 0; v < g->nv; v++) {
			int hit = pass == 1 && strcasecmp(g->vid[v], text) == 0;
			for (size_t k = 0; k < nkeys && !hit; k++) {
				const char *s;
				if (sn_attr_get_string(g, keys[k], SN_DOMAIN_NODE, v, &s) == SN_OK)
					hit = pass == 0 ? strcmp(s, text) == 0 : strcasecmp(s, text) == 0;
			}
			if (hit && found != v) {
				found = v;
				nfound++;
			}
		}
	if (nfound == 1) {
		*out = found;
		return SN_OK;
	}
	if (nfound > 1)
		return sn__error(SN_EINVAL, "'%s' names several vertices; give an id", text);
	/* suggestions: the closest ids and labels */
	for (size_t v = 0; v < g->nv; v++)
		for (size_t k = 0; k <= nkeys; k++) {
			const char *s = g->vid[v];
			size_t d;
			if (k < nkeys && sn_attr_get_string(g, keys[k], SN_DOMAIN_NODE, v, &s) != SN_OK)
				continue;
			d = edit_distance(text, s);
			/* close enough to be a typo: a third of the letters at most */
			if (d == 0 || d > (strlen(text) + 2) / 3)
				continue;
			for (int i = 0; i < 3; i++) {
				if (best[i].s && strcmp(best[i].s, s) == 0)
					break;
				if (d < best[i].d) {
					memmove(&best[i + 1], &best[i], (size_t)(2 - i) * sizeof best[0]);
					best[i].d = d;
					best[i].s = s;
					break;
				}
			}
		}
	if (!best[0].s)
		return sn__error(SN_ENOTFOUND, "no vertex '%s'", text);
	if (!best[1].s)
		return sn__error(SN_ENOTFOUND, "no vertex '%s'; did you mean '%s'?", text, best[0].s);
	if (!best[2].s)
		return sn__error(SN_ENOTFOUND, "no vertex '%s'; did you mean '%s' or '%s'?", text, best[0].s, best[1].s);
	return sn__error(SN_ENOTFOUND, "no vertex '%s'; did you mean '%s', '%s' or '%s'?", text, best[0].s, best[1].s,
	                 best[2].s);
}

sn_status sn_route(sn_routes **out, const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts)
{
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_route_impl(out, g, from, to, opts);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_route_pareto(sn_routes **out, const sn_graph *g, size_t from, size_t to, const char *cost2,
                          const sn_route_opts *opts)
{
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_route_pareto_impl(out, g, from, to, cost2, opts);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_route_costs(sn_scores **out, const sn_graph *g, size_t from, const sn_route_opts *opts)
{
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_route_costs_impl(out, g, from, opts);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_route_chokepoints(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                               const sn_route_opts *opts)
{
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_route_chokepoints_impl(out, g, from, to, opts);
	sn__ig_leave(&ctx);
	return st;
}

sn_status sn_route_redundancy(const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts,
                              size_t *vertex_disjoint, size_t *edge_disjoint)
{
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_route_redundancy_impl(g, from, to, opts, vertex_disjoint, edge_disjoint);
	sn__ig_leave(&ctx);
	return st;
}
