/*
 * route.c - routes on corridor networks: results and sn_route() itself: the
 * cheapest route, the k best (Yen), routes through waypoints, widest routes,
 * and reachability within a budget. The query that applies constraints and
 * prices every segment is in query.c, A* and routers in router.c, Pareto
 * sets in pareto.c, chokepoints and whole-network structure in structure.c.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

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

double sn_routes_cost_at_places(const sn_routes *r, size_t i)
{
	return r && i < r->n ? r->r[i].at_places : NAN;
}

size_t sn_routes_not_operating(const sn_routes *r)
{
	return r ? r->not_operating : 0;
}

/* Twins are reported as the edge they mirror. */
sn_status sn__routes_add(sn_routes *rs, const sn__query *q, const igraph_vector_int_t *vp,
                         const igraph_vector_int_t *ep, double cost, double cost2)
{
	const sn_graph *g = q->g;
	struct sn__route1 *r;
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
	r->at_places = sn__query_at_places(q, r->v, nv);
	rs->n++;
	return SN_OK;
}

/* ---- sn_route ---- */

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

/* The bytes of a struct of that version: a caller built against version 1
 * passes the shorter struct, and its fields are all it has. */
static size_t route_opts_size(unsigned version)
{
	switch (version) {
	case 1: return offsetof(sn_route_opts, node_cost);
	case 2: return sizeof(sn_route_opts);
	default: return 0;
	}
}

sn_status sn__route_opts_copy(const sn_route_opts *opts, sn_route_opts *out)
{
	sn_route_opts_init(out, SN_ROUTE_OPTS_VERSION);
	if (!opts)
		return SN_OK;
	if (!route_opts_size(opts->version))
		return sn__error(SN_EINVAL, "invalid argument: sn_route_opts version %u, expected 1 to %u", opts->version,
		                 SN_ROUTE_OPTS_VERSION);
	memcpy(out, opts, route_opts_size(opts->version));
	out->version = SN_ROUTE_OPTS_VERSION;
	return SN_OK;
}

sn_status sn__route_check_opts(const sn_graph *g, const sn_route_opts *o, size_t from, size_t to,
                               sn_route_opts *copy)
{
	sn_route_opts tmp;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(from < g->nv);
	SN_CHECK_ARG(to < g->nv);
	if ((st = sn__route_opts_copy(o, copy ? copy : &tmp)) < 0)
		return st;
	if (o)
		for (size_t i = 0; i < o->n_via; i++)
			if (o->via[i] >= g->nv)
				return sn__error(SN_EINVAL, "waypoint %zu out of range", o->via[i]);
	return SN_OK;
}

/* Yen's algorithm searches the whole network once for every segment of
 * every route it finds: about k x hops x (places + segments) steps. Past
 * this many it would run for minutes to hours; it is refused instead. */
#define K_BUDGET 1e8

static sn_status k_affordable(const sn__query *q, size_t from, size_t to, size_t k)
{
	igraph_vector_int_t vp, ep;
	double cost, work;
	long long hops;
	sn_status st;

	if (k <= 1)
		return SN_OK;
	if (igraph_vector_int_init(&vp, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if (igraph_vector_int_init(&ep, 0) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&vp);
		return sn__error_nomem();
	}
	st = sn__query_best_path(q, from, to, &vp, &ep, &cost);
	hops = (long long)igraph_vector_int_size(&ep);
	work = (double)k * (double)hops * (double)(q->g->nv + q->g->ne);
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	if (st < 0)
		return st;
	if (work > K_BUDGET)
		return sn__error(SN_EINVAL, "%zu routes of about %lld segments each in a network of %zu places and %zu "
		                            "segments take about %.2g search steps, more than the %.0e silknet allows; "
		                            "ask for fewer routes (at most about %.0f here)",
		                 k, hops, q->g->nv, q->g->ne, work, K_BUDGET,
		                 floor(K_BUDGET / (work / (double)k)));
	return SN_OK;
}

/* The k cheapest loopless routes (Yen's algorithm in igraph); routes of
 * infinite cost use closed segments and are dropped. */
static sn_status route_k(const sn__query *q, size_t from, size_t to, size_t k, sn_routes *rs)
{
	igraph_vector_int_list_t vps, eps;
	igraph_error_t err;
	sn_status st;

	if ((st = k_affordable(q, from, to, k)) < 0)
		return st;
	if (igraph_vector_int_list_init(&vps, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if (igraph_vector_int_list_init(&eps, 0) != IGRAPH_SUCCESS) {
		igraph_vector_int_list_destroy(&vps);
		return sn__error_nomem();
	}
	err = igraph_get_k_shortest_paths(q->ig, &q->w, &vps, &eps, (igraph_integer_t)k, (igraph_integer_t)from,
	                                  (igraph_integer_t)to, IGRAPH_OUT);
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "k shortest routes");
	for (igraph_integer_t i = 0; st == SN_OK && i < igraph_vector_int_list_size(&eps); i++) {
		igraph_vector_int_t *pe = igraph_vector_int_list_get_ptr(&eps, i);
		igraph_vector_int_t *pv = igraph_vector_int_list_get_ptr(&vps, i);
		double c = sn__query_route_cost(q, pv, pe);
		if (!isinf(c) && igraph_vector_int_size(pv) > 0)
			st = sn__routes_add(rs, q, pv, pe, c, NAN);
	}
	if (st == SN_OK && rs->n == 0)
		st = sn__query_no_route(q, from, to);
	igraph_vector_int_list_destroy(&vps);
	igraph_vector_int_list_destroy(&eps);
	return st;
}

/* One route through the waypoints in order: the best leg after another,
 * joined at the waypoints. A route without waypoints is one leg. */
static sn_status route_legs(const sn__query *q, size_t from, size_t to, const size_t *via, size_t n_via,
                            sn_routes *rs)
{
	igraph_vector_int_t vp, ep, allv, alle;
	double total = q->widest ? INFINITY : 0;
	sn_status st = SN_OK;

	memset(&vp, 0, sizeof vp);
	memset(&ep, 0, sizeof ep);
	memset(&allv, 0, sizeof allv);
	memset(&alle, 0, sizeof alle);
	if (igraph_vector_int_init(&vp, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&ep, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&allv, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&alle, 0) != IGRAPH_SUCCESS)
		st = sn__error_nomem();
	for (size_t leg = 0; leg <= n_via && st == SN_OK; leg++) {
		size_t a = leg == 0 ? from : via[leg - 1], b = leg == n_via ? to : via[leg];
		double c;
		if ((st = sn__query_best_path(q, a, b, &vp, &ep, &c)) < 0)
			break;
		/* a waypoint is passed through: its own cost counts */
		total = q->widest ? fmin(total, c) : total + c + (leg > 0 && q->vcost ? q->vcost[a] : 0);
		/* a leg's first vertex is the last one of the leg before */
		for (igraph_integer_t i = leg == 0 ? 0 : 1; i < igraph_vector_int_size(&vp); i++)
			if (igraph_vector_int_push_back(&allv, VECTOR(vp)[i]) != IGRAPH_SUCCESS)
				st = sn__error_nomem();
		if (igraph_vector_int_append(&alle, &ep) != IGRAPH_SUCCESS)
			st = sn__error_nomem();
	}
	if (st == SN_OK)
		st = sn__routes_add(rs, q, &allv, &alle, total, NAN);
	igraph_vector_int_destroy(&vp);
	igraph_vector_int_destroy(&ep);
	igraph_vector_int_destroy(&allv);
	igraph_vector_int_destroy(&alle);
	return st;
}

/* Refuses the combinations of options sn_route() has no answer for. */
static sn_status check_combination(const sn_route_opts *o)
{
	int widest = (o->flags & SN_ROUTE_WIDEST) != 0, astar = (o->flags & SN_ROUTE_ASTAR) != 0;

	if (o->k > 1 && o->n_via)
		return sn__error(SN_EINVAL, "alternatives (k) through waypoints are not supported");
	if (widest && (o->k > 1 || astar))
		return sn__error(SN_EINVAL, "a widest route has no alternatives or A* search");
	if (widest && !o->cost)
		return sn__error(SN_EINVAL, "a widest route needs a capacity attribute as its cost");
	if (astar && o->n_via)
		return sn__error(SN_EINVAL, "A* through waypoints is not supported");
	if (astar && o->k > 1)
		return sn__error(SN_EINVAL, "A* finds one route; use Dijkstra for alternatives");
	return SN_OK;
}

/* Checks the options, prices the segments, and dispatches: A*, k best
 * routes, or one route leg by leg. */
static sn_status route_impl(sn_routes **out, const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts)
{
	sn_route_opts o;
	sn_routes *rs;
	sn__query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = sn__route_check_opts(g, opts, from, to, &o)) < 0)
		return st;
	if ((st = check_combination(&o)) < 0)
		return st;
	if (!(rs = calloc(1, sizeof *rs)))
		return sn__error_nomem();
	if ((st = sn__query_prepare(&q, g, &o, o.cost, o.node_cost, (o.flags & SN_ROUTE_WIDEST) != 0)) < 0) {
		free(rs);
		return st;
	}
	rs->unusable = q.unusable;
	rs->not_operating = q.not_operating;
	if ((st = sn__query_check_open(&q, from, "origin")) < 0 || (st = sn__query_check_open(&q, to, "destination")) < 0)
		goto done;
	for (size_t i = 0; i < o.n_via; i++)
		if ((st = sn__query_check_open(&q, o.via[i], "waypoint")) < 0)
			goto done;
	if (o.flags & SN_ROUTE_ASTAR)
		st = sn__astar(&q, from, to, rs);
	else if (o.k > 1)
		st = route_k(&q, from, to, o.k, rs);
	else
		st = route_legs(&q, from, to, o.via, o.n_via, rs);
done:
	sn__query_free(&q);
	if (st < 0) {
		sn_routes_free(rs);
		return st;
	}
	*out = rs;
	return SN_OK;
}

sn_status sn_route(sn_routes **out, const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts)
{
	SN__IG_RETURN(route_impl(out, g, from, to, opts));
}

/* ---- reachability ---- */

/* One Dijkstra from `from` to every vertex; the search costs are turned
 * into true costs (a destination's own cost is not part of reaching it). */
static sn_status route_costs_impl(sn_scores **out, const sn_graph *g, size_t from, const sn_route_opts *opts)
{
	sn_route_opts o;
	igraph_matrix_t m;
	igraph_error_t err;
	double *v;
	sn__query q;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = sn__route_check_opts(g, opts, from, from, &o)) < 0)
		return st;
	if ((st = sn__query_prepare(&q, g, &o, o.cost, o.node_cost, 0)) < 0)
		return st;
	if ((st = sn__query_check_open(&q, from, "origin")) < 0) {
		sn__query_free(&q);
		return st;
	}
	if (igraph_matrix_init(&m, 0, 0) != IGRAPH_SUCCESS) {
		sn__query_free(&q);
		return sn__error_nomem();
	}
	err = igraph_distances_dijkstra(q.ig, &m, igraph_vss_1((igraph_integer_t)from), igraph_vss_all(), &q.w,
	                                IGRAPH_OUT);
	st = err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "reachability");
	if (st == SN_OK && !(v = malloc((g->nv ? g->nv : 1) * sizeof *v)))
		st = sn__error_nomem();
	if (st == SN_OK) {
		for (size_t i = 0; i < g->nv; i++)
			v[i] = sn__query_true_cost(&q, from, i, MATRIX(m, 0, i));
		if ((st = sn__scores_wrap(out, SN_DOMAIN_NODE, v, g->nv)) < 0)
			free(v);
	}
	igraph_matrix_destroy(&m);
	sn__query_free(&q);
	return st;
}

sn_status sn_route_costs(sn_scores **out, const sn_graph *g, size_t from, const sn_route_opts *opts)
{
	SN__IG_RETURN(route_costs_impl(out, g, from, opts));
}
