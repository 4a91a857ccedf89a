/*
 * structure.c - what a network's shape says about one trip and about the
 * whole: chokepoints (each element of the best route closed in turn),
 * redundancy (disjoint routes), articulation points, bridges and connected
 * components.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct sn_chokepoints {
	struct choke {
		sn_domain domain;
		size_t index;
		double cost;
	} *c;
	size_t n;
	double base;
};

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

/* The cheapest cost from -> to under q's weights; infinite when cut. */
static sn_status pair_cost(const sn__query *q, size_t from, size_t to, double *out)
{
	igraph_matrix_t m;
	igraph_error_t err;

	if (igraph_matrix_init(&m, 0, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	err = igraph_distances_dijkstra(q->ig, &m, igraph_vss_1((igraph_integer_t)from), igraph_vss_1((igraph_integer_t)to),
	                                &q->w, IGRAPH_OUT);
	if (err != IGRAPH_SUCCESS) {
		igraph_matrix_destroy(&m);
		return sn__from_igraph(err, "chokepoints");
	}
	*out = sn__query_true_cost(q, from, to, MATRIX(m, 0, 0));
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

static sn_status chokepoints_impl(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
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

/* What passing place v costs under node attribute name (NULL: nothing);
 * the legs' queries have checked the values. */
static double place_cost(const sn_graph *g, const char *name, size_t v)
{
	size_t k;
	double c;

	if (!name || sn_key_find(g, SN_DOMAIN_NODE, name, &k) != SN_OK ||
	    sn_attr_get_double(g, k, SN_DOMAIN_NODE, v, &c) != SN_OK || !isfinite(c))
		return 0;
	return c;
}

/* Through waypoints, leg by leg: closing an element changes only the legs
 * whose best routes use it, so the trip then costs the sum of each leg's
 * cost without it, plus the time at the waypoints it passes through. A
 * waypoint cannot be closed without cutting the trip. */
static sn_status chokepoints_via(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                                 const sn_route_opts *opts)
{
	size_t nleg = opts->n_via + 1, cap = opts->n_via;
	sn_chokepoints **legs = calloc(nleg, sizeof *legs), *c = NULL;
	sn_route_opts o = *opts;
	double at_via = 0;
	sn_status st = SN_OK;

	if (!legs)
		return sn__error_nomem();
	o.via = NULL;
	o.n_via = 0;
	for (size_t i = 0; i < nleg && st == SN_OK; i++) {
		size_t a = i ? opts->via[i - 1] : from, b = i < opts->n_via ? opts->via[i] : to;
		if (a != b && (st = chokepoints_impl(&legs[i], g, a, b, &o)) == SN_OK)
			cap += legs[i]->n;
	}
	if (st == SN_OK && (!(c = calloc(1, sizeof *c)) || !(c->c = malloc((cap + 1) * sizeof *c->c))))
		st = sn__error_nomem();
	for (size_t i = 0; i < opts->n_via && st == SN_OK; i++)
		at_via += place_cost(g, opts->node_cost, opts->via[i]);
	for (size_t i = 0; i < nleg && st == SN_OK; i++)
		c->base += legs[i] ? legs[i]->base : 0;
	if (st == SN_OK)
		c->base += at_via;
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
			x.cost = at_via;
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

/* The trip's cost with inner vertex v of its route closed alone, into c. */
static sn_status close_vertex(sn__query *q, size_t from, size_t to, size_t v, sn_chokepoints *c)
{
	igraph_vector_int_t inc;
	igraph_vector_t saved;
	igraph_integer_t n;
	double cost;
	sn_status st;

	if (igraph_vector_int_init(&inc, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if (igraph_incident(q->ig, &inc, (igraph_integer_t)v, IGRAPH_ALL) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&inc);
		return sn__error_nomem();
	}
	n = igraph_vector_int_size(&inc);
	if (igraph_vector_init(&saved, n) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&inc);
		return sn__error_nomem();
	}
	/* only v's own segments close: the rest of the weights stay */
	for (igraph_integer_t i = 0; i < n; i++) {
		VECTOR(saved)[i] = VECTOR(q->w)[VECTOR(inc)[i]];
		VECTOR(q->w)[VECTOR(inc)[i]] = INFINITY;
	}
	st = pair_cost(q, from, to, &cost);
	for (igraph_integer_t i = n; i-- > 0;)
		VECTOR(q->w)[VECTOR(inc)[i]] = VECTOR(saved)[i];
	igraph_vector_destroy(&saved);
	igraph_vector_int_destroy(&inc);
	c->c[c->n++] = (struct choke){ SN_DOMAIN_NODE, v, cost };
	return st;
}

/* Which elements of the best route lie on every route (dominators): with
 * them closed there is no route at all, and no search need say so. The
 * usable network becomes a directed graph with each route segment split
 * by a vertex of its own, so that a segment on every route is a vertex
 * that dominates the destination (Lengauer-Tarjan, igraph). vneed[i] is
 * for the route's i-th vertex, eneed[i] for its i-th segment. On a chain
 * of 10,000 places this turns 20,000 searches into none. */
static sn_status necessary(const sn__query *q, size_t from, size_t to, const igraph_vector_int_t *vp,
                           const igraph_vector_int_t *ep, unsigned char *vneed, unsigned char *eneed)
{
	const sn_graph *g = q->g;
	size_t n = g->nv, len = (size_t)igraph_vector_int_size(ep), *mid = NULL;
	igraph_vector_int_t arcs, dom;
	igraph_t h;
	int both = !igraph_is_directed(q->ig);
	sn_status st = SN_OK;

	if (!(mid = malloc((g->ne ? g->ne : 1) * sizeof *mid)))
		return sn__error_nomem();
	for (size_t e = 0; e < g->ne; e++)
		mid[e] = SIZE_MAX;
	for (size_t i = 0; i < len; i++) {
		size_t e = (size_t)VECTOR(*ep)[i];
		mid[e] = n + i;
		if (q->partner && q->partner[e] != SIZE_MAX)
			mid[q->partner[e]] = n + i; /* a two-way segment: one split for both ways */
	}
	/* the arcs reserved at their exact count: growing by doubling would
	 * hold up to twice the graph's size at the peak */
	if (igraph_vector_int_init(&arcs, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&dom, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_reserve(&arcs, (igraph_integer_t)(2 * (both ? 2 : 1) * (g->ne + len))) != IGRAPH_SUCCESS) {
		free(mid);
		igraph_vector_int_destroy(&arcs);
		igraph_vector_int_destroy(&dom);
		return sn__error_nomem();
	}
	for (size_t e = 0; e < g->ne && st == SN_OK; e++) {
		igraph_integer_t a = g->ends[2 * e], b = g->ends[2 * e + 1];
		igraph_integer_t pairs[4][2];
		int np = 0;
		if (isinf(VECTOR(q->w)[e]) || isnan(VECTOR(q->w)[e]))
			continue; /* closed */
		if (mid[e] == SIZE_MAX) {
			pairs[np][0] = a, pairs[np++][1] = b;
			if (both)
				pairs[np][0] = b, pairs[np++][1] = a;
		} else {
			igraph_integer_t x = (igraph_integer_t)mid[e];
			pairs[np][0] = a, pairs[np++][1] = x;
			pairs[np][0] = x, pairs[np++][1] = b;
			if (both) {
				pairs[np][0] = b, pairs[np++][1] = x;
				pairs[np][0] = x, pairs[np++][1] = a;
			}
		}
		for (int i = 0; i < np && st == SN_OK; i++)
			if (igraph_vector_int_push_back(&arcs, pairs[i][0]) != IGRAPH_SUCCESS ||
			    igraph_vector_int_push_back(&arcs, pairs[i][1]) != IGRAPH_SUCCESS)
				st = sn__error_nomem();
	}
	if (st == SN_OK && igraph_create(&h, &arcs, (igraph_integer_t)(n + len), IGRAPH_DIRECTED) != IGRAPH_SUCCESS)
		st = sn__error_nomem();
	igraph_vector_int_destroy(&arcs);
	igraph_vector_int_init(&arcs, 0); /* empty: destroyed again below */
	if (st == SN_OK) {
		if (igraph_dominator_tree(&h, (igraph_integer_t)from, &dom, NULL, NULL, IGRAPH_OUT) != IGRAPH_SUCCESS)
			st = sn__error_nomem();
		igraph_destroy(&h);
	}
	/* the dominators of the destination: up its chain of immediate ones */
	if (st == SN_OK) {
		unsigned char *is_dom = calloc(n + len + 1, 1);
		if (!is_dom)
			st = sn__error_nomem();
		for (igraph_integer_t x = VECTOR(dom)[to]; is_dom && x >= 0 && (size_t)x != from; x = VECTOR(dom)[x])
			is_dom[x] = 1;
		for (igraph_integer_t i = 0; is_dom && i < igraph_vector_int_size(vp); i++)
			vneed[i] = is_dom[VECTOR(*vp)[i]];
		for (size_t i = 0; is_dom && i < len; i++)
			eneed[i] = is_dom[n + i];
		free(is_dom);
	}
	igraph_vector_int_destroy(&dom);
	igraph_vector_int_destroy(&arcs);
	free(mid);
	return st;
}

/* The same for segment e of the route, with its reverse twin in a mixed
 * graph (closing one direction of a two-way segment closes both). */
static sn_status close_segment(sn__query *q, size_t from, size_t to, size_t e, sn_chokepoints *c)
{
	const sn_graph *g = q->g;
	size_t p = q->partner ? q->partner[e] : SIZE_MAX;
	double old = VECTOR(q->w)[e], oldp = p != SIZE_MAX ? VECTOR(q->w)[p] : 0, cost;
	sn_status st;

	VECTOR(q->w)[e] = INFINITY;
	if (p != SIZE_MAX)
		VECTOR(q->w)[p] = INFINITY;
	st = pair_cost(q, from, to, &cost);
	VECTOR(q->w)[e] = old;
	if (p != SIZE_MAX)
		VECTOR(q->w)[p] = oldp;
	c->c[c->n++] = (struct choke){ SN_DOMAIN_EDGE, g->etwin && g->etwin[e] != SIZE_MAX ? g->etwin[e] : e, cost };
	return st;
}

/* Chokepoints of one trip: each element of its best route closed alone;
 * through waypoints, leg by leg (chokepoints_via). */
static sn_status chokepoints_impl(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                                  const sn_route_opts *opts)
{
	igraph_vector_int_t vp, ep;
	sn_chokepoints *c = NULL;
	unsigned char *vneed = NULL, *eneed = NULL;
	sn_route_opts o;
	sn__query q;
	double base;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = sn__route_check_opts(g, opts, from, to, &o)) < 0)
		return st;
	if (o.n_via)
		return chokepoints_via(out, g, from, to, &o);
	if (from == to)
		return sn__error(SN_EINVAL, "origin and destination are the same");
	if ((st = sn__query_prepare(&q, g, &o, o.cost, o.node_cost, 0)) < 0)
		return st;
	memset(&vp, 0, sizeof vp);
	memset(&ep, 0, sizeof ep);
	if (igraph_vector_int_init(&vp, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&ep, 0) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	if ((st = sn__query_check_open(&q, from, "origin")) < 0 || (st = sn__query_check_open(&q, to, "destination")) < 0 ||
	    (st = sn__query_best_path(&q, from, to, &vp, &ep, &base)) < 0)
		goto done;
	if (!(c = calloc(1, sizeof *c)) ||
	    !(c->c = malloc(((size_t)igraph_vector_int_size(&vp) + (size_t)igraph_vector_int_size(&ep) + 1) * sizeof *c->c))) {
		st = sn__error_nomem();
		goto done;
	}
	c->base = base;
	if (!(vneed = calloc((size_t)igraph_vector_int_size(&vp) + 1, 1)) ||
	    !(eneed = calloc((size_t)igraph_vector_int_size(&ep) + 1, 1))) {
		st = sn__error_nomem();
		goto done;
	}
	if ((st = necessary(&q, from, to, &vp, &ep, vneed, eneed)) < 0)
		goto done;
	for (igraph_integer_t i = 1; i + 1 < igraph_vector_int_size(&vp) && st == SN_OK; i++) {
		size_t v = (size_t)VECTOR(vp)[i];
		if (vneed[i])
			c->c[c->n++] = (struct choke){ SN_DOMAIN_NODE, v, INFINITY };
		else
			st = close_vertex(&q, from, to, v, c);
	}
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(&ep) && st == SN_OK; i++) {
		size_t e = (size_t)VECTOR(ep)[i];
		if (eneed[i])
			c->c[c->n++] = (struct choke){ SN_DOMAIN_EDGE, g->etwin && g->etwin[e] != SIZE_MAX ? g->etwin[e] : e,
				                       INFINITY };
		else
			st = close_segment(&q, from, to, e, c);
	}
	if (st == SN_OK)
		qsort(c->c, c->n, sizeof *c->c, by_increase);
done:
	free(vneed);
	free(eneed);
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	sn__query_free(&q);
	if (st < 0) {
		sn_chokepoints_free(c);
		return st;
	}
	*out = c;
	return SN_OK;
}

sn_status sn_route_chokepoints(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                               const sn_route_opts *opts)
{
	SN__IG_RETURN(chokepoints_impl(out, g, from, to, opts));
}


/* ---- whole-network structure ---- */

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* An igraph function's vertex or edge list as a sorted array of indices;
 * bridges found on a reverse twin are reported as the edge it mirrors. */
static sn_status int_vector_out(igraph_error_t (*fn)(const igraph_t *, igraph_vector_int_t *), const sn_graph *g,
                                const char *what, size_t **out, size_t *count)
{
	const igraph_t *ig;
	igraph_vector_int_t res;
	igraph_error_t err;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(count != NULL);
	*count = 0;
	SN_CHECK_ARG(g != NULL);
	if ((st = sn__graph_ig(g, &ig)) < 0)
		return st;
	if (igraph_vector_int_init(&res, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
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
	return st;
}

sn_status sn_graph_articulation_points(size_t **out, size_t *count, const sn_graph *g)
{
	SN__IG_RETURN(int_vector_out(igraph_articulation_points, g, "articulation points", out, count));
}

sn_status sn_graph_bridges(size_t **out, size_t *count, const sn_graph *g)
{
	SN__IG_RETURN(int_vector_out(igraph_bridges, g, "bridges", out, count));
}

/* A unit-capacity flow network as compact arrays: arcs by tail (off[v]
 * .. off[v+1]), each with its head, its residual partner and what it can
 * still carry. igraph's disjoint-path functions build a split graph and a
 * general max-flow over it, about four times the network's own memory (a
 * 400,000-edge network: 268 MB against a 70 MB load); here a path count
 * of k costs k breadth-first searches over 17 bytes an arc. */
typedef struct flownet {
	size_t nv, na;
	size_t *off, *head, *pair, *fill;
	unsigned char *cap;
} flownet;

static void flownet_free(flownet *f)
{
	free(f->off);
	free(f->head);
	free(f->pair);
	free(f->fill);
	free(f->cap);
}

/* Room for na arcs from deg[] (out-degrees, deg[v] counted per tail). */
static int flownet_alloc(flownet *f, size_t nv, size_t na)
{
	memset(f, 0, sizeof *f);
	f->nv = nv;
	f->na = na;
	f->off = calloc(nv + 1, sizeof *f->off);
	f->fill = calloc(nv + 1, sizeof *f->fill);
	f->head = malloc((na ? na : 1) * sizeof *f->head);
	f->pair = malloc((na ? na : 1) * sizeof *f->pair);
	f->cap = malloc(na ? na : 1);
	return f->off && f->fill && f->head && f->pair && f->cap ? 0 : -1;
}

/* An arc a -> b of capacity c and its partner b -> a of capacity rc. */
static void flownet_arc(flownet *f, size_t a, size_t b, unsigned char c, unsigned char rc)
{
	size_t p = f->off[a] + f->fill[a]++, q = f->off[b] + f->fill[b]++;
	f->head[p] = b, f->cap[p] = c, f->pair[p] = q;
	f->head[q] = a, f->cap[q] = rc, f->pair[q] = p;
}

/* The maximum flow from s to t: augmenting paths by breadth-first search
 * (each carries 1), parent arcs in prev, queue in queue (nv each). */
static size_t flownet_maxflow(flownet *f, size_t s, size_t t, size_t *prev, size_t *queue)
{
	size_t flow = 0;

	for (;;) {
		size_t qh = 0, qt = 0;
		for (size_t v = 0; v < f->nv; v++)
			prev[v] = SIZE_MAX;
		prev[s] = f->na; /* the source: reached, by no arc */
		queue[qt++] = s;
		while (qh < qt && prev[t] == SIZE_MAX) {
			size_t u = queue[qh++];
			for (size_t a = f->off[u]; a < f->off[u + 1]; a++)
				if (f->cap[a] && prev[f->head[a]] == SIZE_MAX) {
					prev[f->head[a]] = a;
					queue[qt++] = f->head[a];
				}
		}
		if (prev[t] == SIZE_MAX)
			return flow;
		for (size_t v = t; v != s;) {
			size_t a = prev[v];
			f->cap[a]--;
			f->cap[f->pair[a]]++;
			v = f->head[f->pair[a]];
		}
		flow++;
	}
}

/* Menger: the number of routes sharing no vertex, and no segment, over
 * the segments the constraints leave open, as igraph counts them: for
 * vertex-disjoint routes every place but the ends is split into an entry
 * and an exit joined by one unit, and segments joining the ends directly
 * count as one route together; for segment-disjoint ones each segment
 * carries one unit (a two-way segment either way). */
static sn_status redundancy_impl(const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts,
                               size_t *vertex_disjoint, size_t *edge_disjoint)
{
	size_t n = g->nv, m, nopen = 0, direct = 0, *prev = NULL, *queue = NULL, vd = 0, ed = 0;
	int directed;
	flownet f;
	sn_route_opts o;
	sn__query q;
	sn_status st;

	if ((st = sn__route_check_opts(g, opts, from, to, &o)) < 0)
		return st;
	if (from == to)
		return sn__error(SN_EINVAL, "origin and destination are the same");
	if ((st = sn__query_prepare(&q, g, &o, o.cost, NULL, 0)) < 0)
		return st;
	if ((st = sn__query_check_open(&q, from, "origin")) < 0 || (st = sn__query_check_open(&q, to, "destination")) < 0) {
		sn__query_free(&q);
		return st;
	}
	directed = igraph_is_directed(q.ig);
	m = (size_t)igraph_ecount(q.ig);
	for (size_t e = 0; e < m; e++)
		nopen += !isinf(VECTOR(q.w)[e]);
	prev = malloc(2 * (n ? n : 1) * sizeof *prev);
	queue = malloc(2 * (n ? n : 1) * sizeof *queue);
	memset(&f, 0, sizeof f);
	/* vertex-disjoint: entries v, exits n + v (the ends are not split) */
	if (!prev || !queue || flownet_alloc(&f, 2 * n, 2 * (2 * nopen + n)) < 0) {
		st = sn__error_nomem();
		goto done;
	}
#define OUT(v) ((v) == from || (v) == to ? (v) : n + (v))
	for (int pass = 0; pass < 2; pass++) {
		/* the first pass counts each tail's arcs, the second places them */
		for (size_t v = 0; v < n; v++)
			if (v != from && v != to) {
				if (pass)
					flownet_arc(&f, v, n + v, 1, 0);
				else
					f.off[v + 1]++, f.off[n + v + 1]++;
			}
		for (size_t e = 0; e < m; e++) {
			size_t a = (size_t)IGRAPH_FROM(q.ig, e), b = (size_t)IGRAPH_TO(q.ig, e);
			if (isinf(VECTOR(q.w)[e]) || a == b)
				continue;
			if ((a == from && b == to) || (!directed && a == to && b == from)) {
				direct += pass == 0;
				continue;
			}
			for (int dir = 0; dir < 1 + !directed; dir++) {
				size_t x = dir ? b : a, y = dir ? a : b;
				if (x == to || y == from)
					continue; /* nothing flows out of the destination or into the origin */
				if (pass)
					flownet_arc(&f, OUT(x), y, 1, 0);
				else
					f.off[OUT(x) + 1]++, f.off[y + 1]++;
			}
		}
		if (!pass)
			for (size_t v = 0; v < 2 * n; v++)
				f.off[v + 1] += f.off[v];
	}
#undef OUT
	f.na = f.off[2 * n];
	vd = flownet_maxflow(&f, from, to, prev, queue) + (direct > 0);
	flownet_free(&f);
	/* segment-disjoint: one unit a segment */
	if (flownet_alloc(&f, n, 2 * nopen) < 0) {
		st = sn__error_nomem();
		goto done;
	}
	for (int pass = 0; pass < 2; pass++) {
		for (size_t e = 0; e < m; e++) {
			size_t a = (size_t)IGRAPH_FROM(q.ig, e), b = (size_t)IGRAPH_TO(q.ig, e);
			if (isinf(VECTOR(q.w)[e]) || a == b)
				continue;
			if (pass)
				flownet_arc(&f, a, b, 1, directed ? 0 : 1);
			else
				f.off[a + 1]++, f.off[b + 1]++;
		}
		if (!pass)
			for (size_t v = 0; v < n; v++)
				f.off[v + 1] += f.off[v];
	}
	f.na = f.off[n];
	ed = flownet_maxflow(&f, from, to, prev, queue);
done:
	flownet_free(&f);
	free(prev);
	free(queue);
	sn__query_free(&q);
	if (st == SN_OK) {
		if (vertex_disjoint)
			*vertex_disjoint = vd;
		if (edge_disjoint)
			*edge_disjoint = ed;
	}
	return st;
}
sn_status sn_route_redundancy(const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts,
                              size_t *vertex_disjoint, size_t *edge_disjoint)
{
	SN__IG_RETURN(redundancy_impl(g, from, to, opts, vertex_disjoint, edge_disjoint));
}

static sn_status components_impl(const sn_graph *g, size_t *count, size_t *membership, size_t n)
{
	const igraph_t *ig;
	igraph_vector_int_t memb;
	igraph_integer_t no = 0;
	igraph_error_t err;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(membership == NULL || n == g->nv);
	if ((st = sn__graph_ig(g, &ig)) < 0)
		return st;
	err = igraph_vector_int_init(&memb, 0);
	if (err == IGRAPH_SUCCESS) {
		err = igraph_connected_components(ig, &memb, NULL, &no, IGRAPH_WEAK);
		if (err == IGRAPH_SUCCESS && membership)
			for (size_t i = 0; i < n; i++)
				membership[i] = (size_t)VECTOR(memb)[i];
		igraph_vector_int_destroy(&memb);
	}
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "connected components");
	if (st == SN_OK && count)
		*count = (size_t)no;
	return st;
}

sn_status sn_graph_components(const sn_graph *g, size_t *membership, size_t n, size_t *count)
{
	SN__IG_RETURN(components_impl(g, count, membership, n));
}
