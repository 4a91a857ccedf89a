/*
 * query.c - a routing query: the constraints (avoid, only, status), the cost
 * of every segment and place, and the helpers every router shares to check
 * its ends, price a found route and say why there is none.
 *
 * A query closes segments by giving them an infinite cost in one weight
 * vector (igraph's Dijkstra and Yen then either avoid them or report an
 * infinite cost, which means no route); it does not copy the graph, though
 * A* lays out the usable arcs of its own (router.c).
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define CLOSED(q) ((q)->widest ? -INFINITY : INFINITY)

/* ---- constraints ---- */

typedef struct match {
	const sn_key *key;
	int slot;
	sn_val v;            /* the value, but for strings */
	const char *text;    /* strings: the value as given, for lists */
	size_t len;
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
		m->text = value;
		m->len = strlen(value);
		return SN_OK;
	}
	/* numbers and booleans intern nothing: the graph is not changed */
	st = sn__parse_value((sn_graph *)g, key->type, value, strlen(value), &m->v, &why);
	if (st == SN_EPARSE)
		return sn__error(SN_EINVAL, "'%s' is not a value of %s attribute '%s': %s", value, key->type_name,
		                 key->name ? key->name : key->id, why);
	return st;
}

/* Whether list s ("TITR;NORTH") has the item text (len bytes). */
static int list_has(const char *s, const char *text, size_t len)
{
	for (const char *p = s;;) {
		const char *end = strchr(p, ';');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == len && memcmp(p, text, len) == 0)
			return 1;
		if (!end)
			return 0;
		p = end + 1;
	}
}

/* Whether element index has the value. A string holding a list of values
 * separated by ';' (a segment shared by two corridors) matches each. */
static int matches(const match *m, size_t index)
{
	sn_val v;

	if (!sn__column_get(m->key, m->slot, index, &v))
		return 0;
	switch (m->key->type) {
	case SN_TYPE_STRING:
	case SN_TYPE_OPAQUE: return strcmp(v.s, m->text) == 0 || (strchr(v.s, ';') && list_has(v.s, m->text, m->len));
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
	if (sn_key_find(g, SN_DOMAIN_NODE, attr, knode) != SN_OK)
		*knode = SIZE_MAX;
	if (sn_key_find(g, SN_DOMAIN_EDGE, attr, kedge) != SN_OK)
		*kedge = SIZE_MAX;
	if (*knode == SIZE_MAX && *kedge == SIZE_MAX)
		return sn__error(SN_ENOTFOUND, "no node or edge attribute '%s' (in '%s')", attr, spec);
	return SN_OK;
}

/* The vertices and edges of one kind that m matches. */
static size_t count_matches(const match *m, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += (size_t)matches(m, i);
	return c;
}

/* A string value differing from the one asked only in case ("kz" for
 * "KZ"), as a hint; NULL when there is none. */
static const char *other_case(const sn_graph *g, size_t k, sn_domain d, size_t n, const char *value)
{
	const char *s;

	if (k == SIZE_MAX || sn_key_type(g, k) != SN_TYPE_STRING)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (sn_attr_get_string(g, k, d, i, &s) == SN_OK && strcasecmp(s, value) == 0 && strcmp(s, value) != 0)
			return s;
	return NULL;
}

sn_status sn_graph_spec_matches(const sn_graph *g, const char *spec, size_t *vertices, size_t *edges, const char **hint)
{
	char attr[256];
	const char *value;
	size_t v, kn, ke, nv = 0, ne = 0;
	match m;
	sn_status st;

	const char *h = NULL;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(spec != NULL);
	if (sn_graph_vertex_find(g, spec, &v) == SN_OK || (!strchr(spec, '=') && sn_graph_vertex_lookup(g, spec, &v) == SN_OK))
		nv = 1;
	else if (!strchr(spec, '='))
		return sn_graph_vertex_lookup(g, spec, &v); /* the message suggests */
	else {
		if ((st = split_spec(g, spec, attr, sizeof attr, &value, &kn, &ke)) < 0)
			return st;
		if (kn != SIZE_MAX) {
			if ((st = compile_match(g, kn, SN_DOMAIN_NODE, value, &m)) < 0)
				return st;
			nv = count_matches(&m, g->nv);
		}
		if (ke != SIZE_MAX) {
			if ((st = compile_match(g, ke, SN_DOMAIN_EDGE, value, &m)) < 0)
				return st;
			ne = count_matches(&m, g->ne);
		}
		if (!nv && !ne && !(h = other_case(g, kn, SN_DOMAIN_NODE, g->nv, value)))
			h = other_case(g, ke, SN_DOMAIN_EDGE, g->ne, value);
	}
	if (hint)
		*hint = h;
	if (vertices)
		*vertices = nv;
	if (edges)
		*edges = ne;
	return SN_OK;
}

static void close_edge(sn__query *q, size_t e)
{
	VECTOR(q->w)[e] = CLOSED(q);
	q->eclosed[e] = 1;
}

static sn_status apply_avoid(sn__query *q, const char *spec)
{
	const sn_graph *g = q->g;
	char attr[256];
	const char *value;
	size_t v, kn, ke;
	match m;
	sn_status st;

	/* a vertex first: ids may hold '=' */
	if (sn_graph_vertex_find(g, spec, &v) == SN_OK || (!strchr(spec, '=') && sn_graph_vertex_lookup(g, spec, &v) == SN_OK)) {
		q->vclosed[v] = 1;
		return SN_OK;
	}
	if (!strchr(spec, '='))
		return sn_graph_vertex_lookup(g, spec, &v); /* the message suggests */
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
static sn_status apply_only(sn__query *q, const char *const *specs, size_t n)
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

void sn__query_free(sn__query *q)
{
	igraph_vector_destroy(&q->w);
	free(q->w0);
	free(q->vcost);
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

/* The query's arrays: costs, closures and a mixed graph's twin pairs. */
static sn_status query_alloc(sn__query *q, const sn_graph *g, int widest)
{
	size_t m = g->ne;
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
	if (!q->vclosed || !q->eclosed)
		return sn__error_nomem();
	if (g->etwin) {
		if (!(q->partner = malloc((m ? m : 1) * sizeof *q->partner)))
			return sn__error_nomem();
		for (size_t e = 0; e < m; e++)
			q->partner[e] = SIZE_MAX;
		for (size_t e = 0; e < m; e++)
			if (g->etwin[e] != SIZE_MAX) {
				q->partner[e] = g->etwin[e];
				q->partner[g->etwin[e]] = e;
			}
	}
	return SN_OK;
}

/* Every segment's cost by edge attribute cost (1, hops, when NULL); a
 * segment without the cost is closed and *k says which key it was. */
static sn_status price_segments(sn__query *q, const char *cost, size_t *k)
{
	const sn_graph *g = q->g;
	int widest = q->widest;
	sn_status st;

	*k = SIZE_MAX;
	if (cost) {
		if ((st = sn_key_find(g, SN_DOMAIN_EDGE, cost, k)) < 0)
			return st;
		if (sn_key_type(g, *k) == SN_TYPE_STRING || sn_key_type(g, *k) == SN_TYPE_OPAQUE ||
		    sn_key_type(g, *k) == SN_TYPE_BOOLEAN)
			return sn__error(SN_EINVAL, "edge attribute '%s' is a %s, not a number", cost, sn_key_type_name(g, *k));
	}
	for (size_t e = 0; e < g->ne; e++) {
		double w = 1.0;
		if (*k != SIZE_MAX && !edge_cost(&g->keys[*k], e, &w)) {
			/* a segment without this cost cannot be priced: not used
			 * (counted later unless a constraint closes it anyway) */
			VECTOR(q->w)[e] = CLOSED(q);
			continue;
		}
		if ((st = sn__check_weight(g, e, cost ? cost : "hops", w, widest ? SN_WEIGHT_STRENGTH : SN_WEIGHT_DISTANCE,
		                           widest ? SN_WEIGHT_STRENGTH : SN_WEIGHT_DISTANCE, 1)) < 0)
			return st;
		VECTOR(q->w)[e] = w;
	}
	return SN_OK;
}

/* Whether element i of domain d has a status attribute other than
 * "operating" (elements without one operate). */
static int not_operating(const sn_graph *g, size_t k, sn_domain d, size_t i)
{
	const char *s;

	return k != SIZE_MAX && sn_attr_get_string(g, k, d, i, &s) == SN_OK && strcmp(s, "operating") != 0;
}

/* Leaves out the places and segments that are not operating, counting them. */
static void apply_status(sn__query *q)
{
	const sn_graph *g = q->g;
	size_t kn = SIZE_MAX, ke = SIZE_MAX;

	if (sn_key_find(g, SN_DOMAIN_NODE, "status", &kn) != SN_OK || sn_key_type(g, kn) != SN_TYPE_STRING)
		kn = SIZE_MAX;
	if (sn_key_find(g, SN_DOMAIN_EDGE, "status", &ke) != SN_OK || sn_key_type(g, ke) != SN_TYPE_STRING)
		ke = SIZE_MAX;
	for (size_t v = 0; kn != SIZE_MAX && v < g->nv; v++)
		if (not_operating(g, kn, SN_DOMAIN_NODE, v)) {
			q->not_operating += !q->vclosed[v];
			q->vclosed[v] = 2;
		}
	for (size_t e = 0; ke != SIZE_MAX && e < g->ne; e++)
		if (not_operating(g, ke, SN_DOMAIN_EDGE, e)) {
			/* a reverse twin is the same segment */
			q->not_operating += !q->eclosed[e] && !(g->etwin && g->etwin[e] != SIZE_MAX);
			close_edge(q, e);
		}
}

/* Reads node attribute name as the cost of passing each place, checked,
 * and folds it into the search costs (see sn__query). */
static sn_status apply_node_costs(sn__query *q, const char *name)
{
	const sn_graph *g = q->g;
	size_t k;
	sn_type t;
	sn_status st;

	if ((st = sn_key_find(g, SN_DOMAIN_NODE, name, &k)) < 0)
		return sn__error(SN_ENOTFOUND, "no node attribute '%s' for the cost of places", name);
	t = sn_key_type(g, k);
	if (t == SN_TYPE_STRING || t == SN_TYPE_OPAQUE || t == SN_TYPE_BOOLEAN)
		return sn__error(SN_EINVAL, "node attribute '%s' is a %s, not a number", name, sn_key_type_name(g, k));
	if (!(q->vcost = calloc(g->nv ? g->nv : 1, sizeof *q->vcost)) ||
	    !(q->w0 = malloc((g->ne ? g->ne : 1) * sizeof *q->w0)))
		return sn__error_nomem();
	for (size_t v = 0; v < g->nv; v++) {
		double c;
		if (sn_attr_get_double(g, k, SN_DOMAIN_NODE, v, &c) != SN_OK)
			continue;
		if (!isfinite(c) || c < 0)
			return sn__error(SN_EINVAL, "place '%s': %s = %g, expected a finite cost not below zero", g->vid[v], name,
			                 c);
		q->vcost[v] = c;
	}
	for (size_t e = 0; e < g->ne; e++) {
		double w = VECTOR(q->w)[e];
		q->w0[e] = w;
		if (!isinf(w))
			VECTOR(q->w)[e] = w + (q->vcost[g->ends[2 * e]] + q->vcost[g->ends[2 * e + 1]]) / 2;
	}
	return SN_OK;
}

/* Costs of every segment under the options, closed ones infinite; the
 * constraints are applied after pricing, so that a closed segment without
 * the cost is not counted as unusable. */
sn_status sn__query_prepare(sn__query *q, const sn_graph *g, const sn_route_opts *o, const char *cost,
                            const char *node_cost, int widest)
{
	size_t k;
	sn_status st;

	if ((st = query_alloc(q, g, widest)) < 0 || (st = price_segments(q, cost, &k)) < 0)
		goto fail;
	if (o) {
		for (size_t i = 0; i < o->n_avoid; i++)
			if ((st = apply_avoid(q, o->avoid[i])) < 0)
				goto fail;
		if (o->n_only && (st = apply_only(q, o->only, o->n_only)) < 0)
			goto fail;
	}
	if (!(o && (o->flags & SN_ROUTE_INCLUDE_PLANNED)))
		apply_status(q);
	for (size_t e = 0; e < g->ne; e++)
		if (q->vclosed[g->ends[2 * e]] || q->vclosed[g->ends[2 * e + 1]])
			close_edge(q, e);
	for (size_t e = 0; e < g->ne; e++) {
		double w;
		if (k != SIZE_MAX && !q->eclosed[e] && !(g->etwin && g->etwin[e] != SIZE_MAX) &&
		    !edge_cost(&g->keys[k], e, &w))
			q->unusable++;
	}
	if (node_cost && !widest && (st = apply_node_costs(q, node_cost)) < 0)
		goto fail;
	return SN_OK;
fail:
	sn__query_free(q);
	return st;
}

sn_status sn__query_check_open(const sn__query *q, size_t v, const char *role)
{
	if (q->vclosed[v] == 2)
		return sn__error(SN_EINVAL, "the %s '%s' is not operating (its status); include planned links to route "
		                 "through it", role, q->g->vid[v]);
	if (q->vclosed[v])
		return sn__error(SN_EINVAL, "the %s '%s' is closed by the constraints", role, q->g->vid[v]);
	return SN_OK;
}

sn_status sn__query_no_route(const sn__query *q, size_t from, size_t to)
{
	char why[160] = "";

	if (q->unusable && q->not_operating)
		snprintf(why, sizeof why, " (%zu segments without the cost were not used, %zu places and segments not "
		         "operating were left out)", q->unusable, q->not_operating);
	else if (q->unusable)
		snprintf(why, sizeof why, " (%zu segments without the cost were not used)", q->unusable);
	else if (q->not_operating)
		snprintf(why, sizeof why, " (%zu places and segments not operating were left out)", q->not_operating);
	return sn__error(SN_ENOPATH, "no route from '%s' to '%s'%s", q->g->vid[from], q->g->vid[to], why);
}

double sn__query_at_places(const sn__query *q, const size_t *v, size_t nv)
{
	double c = 0;

	for (size_t i = 1; q->vcost && i + 1 < nv; i++)
		c += q->vcost[v[i]];
	return c;
}

double sn__query_route_cost(const sn__query *q, const igraph_vector_int_t *vp, const igraph_vector_int_t *ep)
{
	igraph_integer_t nv = igraph_vector_int_size(vp);
	double c = q->widest ? INFINITY : 0;

	for (igraph_integer_t i = 0; i < igraph_vector_int_size(ep); i++) {
		size_t e = (size_t)VECTOR(*ep)[i];
		double w = q->w0 ? q->w0[e] : VECTOR(q->w)[e];
		if (q->widest)
			c = w < c ? w : c;
		else
			c += w;
	}
	for (igraph_integer_t i = 1; q->vcost && !q->widest && i + 1 < nv; i++)
		c += q->vcost[VECTOR(*vp)[i]];
	return c;
}

double sn__query_true_cost(const sn__query *q, size_t from, size_t to, double search_cost)
{
	if (!q->vcost || isinf(search_cost) || from == to)
		return from == to && !q->widest && isfinite(search_cost) ? 0 : search_cost;
	return search_cost - (q->vcost[from] + q->vcost[to]) / 2;
}

sn_status sn__query_best_path(const sn__query *q, size_t from, size_t to, igraph_vector_int_t *vp, igraph_vector_int_t *ep,
                           double *cost)
{
	igraph_error_t err;
	sn_status st = SN_OK;

	/* under the handler of the public call that got here */
	if (q->widest)
		err = igraph_get_widest_path(q->ig, vp, ep, (igraph_integer_t)from, (igraph_integer_t)to, &q->w, IGRAPH_OUT);
	else
		err = igraph_get_shortest_path_dijkstra(q->ig, vp, ep, (igraph_integer_t)from, (igraph_integer_t)to, &q->w,
		                                        IGRAPH_OUT);
	if (err != IGRAPH_SUCCESS)
		st = sn__from_igraph(err, "routing");
	if (st < 0)
		return st;
	*cost = sn__query_route_cost(q, vp, ep);
	if (igraph_vector_int_size(vp) == 0 || (q->widest ? *cost == -INFINITY : isinf(*cost)))
		return sn__query_no_route(q, from, to);
	return SN_OK;
}

size_t sn__other_end(const sn_graph *g, size_t e, size_t v)
{
	size_t s = (size_t)g->ends[2 * e];
	return s == v ? (size_t)g->ends[2 * e + 1] : s;
}
