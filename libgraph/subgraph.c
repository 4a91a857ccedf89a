/*
 * subgraph.c - the part of a graph that remains when vertices and edges are
 * left out: what a removal scenario ("without Russia") computes on.
 *
 * The copy has every key of the original (same ids, names, types and
 * defaults, so that weights, groups and relations read the same) and the
 * kept elements' values; strings are interned anew in the copy. Nesting,
 * descriptions, graph-level values and unread XML are not copied: no
 * measure reads them.
 */
#include "config.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static sn_val copy_val(sn_graph *sub, sn_type type, sn_val v, int *ok)
{
	if ((type == SN_TYPE_STRING || type == SN_TYPE_OPAQUE) && v.s && !(v.s = sn__intern(sub, v.s, strlen(v.s))))
		*ok = 0;
	return v;
}

/* Key k of g, without values, appended to sub. */
static sn_status copy_key(sn_graph *sub, const sn_key *k)
{
	sn_key *nk;
	sn_status st;
	int ok = 1;

	if ((st = sn__key_append(sub, k->id, strlen(k->id), &nk)) < 0)
		return st;
	nk->name = k->name ? sn__intern(sub, k->name, strlen(k->name)) : NULL;
	nk->domain = k->domain;
	nk->type = k->type;
	nk->type_name = k->type_name ? sn__intern(sub, k->type_name, strlen(k->type_name)) : NULL;
	nk->for_name = k->for_name ? sn__intern(sub, k->for_name, strlen(k->for_name)) : NULL;
	nk->def_text = k->def_text ? sn__intern(sub, k->def_text, strlen(k->def_text)) : NULL;
	nk->has_type_attr = k->has_type_attr;
	nk->has_default = k->has_default;
	if (k->has_default)
		nk->def = copy_val(sub, k->type, k->def, &ok);
	if (!ok || (k->name && !nk->name) || (k->type_name && !nk->type_name) || (k->for_name && !nk->for_name) ||
	    (k->def_text && !nk->def_text))
		return sn__error_nomem();
	return SN_OK;
}

/* The values of column slot of key ki for the kept elements, renumbered. */
static sn_status copy_values(sn_graph *sub, const sn_graph *g, size_t ki, int slot, const size_t *map, size_t n)
{
	const sn_key *k = &g->keys[ki];
	const sn_column *c = sn__column(k, slot);

	for (size_t i = 0; c && i < n && i < c->len; i++) {
		sn_val v;
		int ok = 1;
		sn_status st;
		if (map[i] == SIZE_MAX || !c->set[i] || !sn__column_get(k, slot, i, &v))
			continue;
		v = copy_val(sub, k->type, v, &ok);
		if (!ok)
			return sn__error_nomem();
		if ((st = sn__column_set(sub, &sub->keys[ki], slot, map[i], v)) < 0)
			return st;
	}
	return SN_OK;
}

/* The copy: kept vertices and the kept edges between them, in order. */
static sn_status copy_elements(sn_graph *sub, const sn_graph *g, const unsigned char *vdrop,
                               const unsigned char *edrop, size_t *vmap, size_t *emap)
{
	sn_status st;
	int dup;

	for (size_t v = 0; v < g->nv; v++) {
		vmap[v] = SIZE_MAX;
		if (!vdrop || !vdrop[v])
			if ((st = sn_graph_vertex_add(sub, g->vid[v], &vmap[v])) < 0)
				return st;
	}
	for (size_t e = 0; e < g->ne; e++) {
		size_t s = vmap[g->ends[2 * e]], t = vmap[g->ends[2 * e + 1]];
		emap[e] = SIZE_MAX;
		if ((edrop && edrop[e]) || s == SIZE_MAX || t == SIZE_MAX)
			continue;
		/* ids repeated (NetworkX's multigraph keys) stay repeated */
		if ((st = sn__edge_add(sub, s, t, g->eid ? g->eid[e] : NULL, &emap[e], &dup)) < 0)
			return st;
	}
	/* a mixed graph's undirected edge and its reverse twin go together */
	if (g->etwin) {
		if ((st = sn__reserve(sub, sub->nv, sub->ce)) < 0)
			return st;
		if (!sub->etwin && !(sub->etwin = malloc((sub->ce ? sub->ce : 1) * sizeof *sub->etwin)))
			return sn__error_nomem();
		for (size_t e = 0; e < sub->ne; e++)
			sub->etwin[e] = SIZE_MAX;
		for (size_t e = 0; e < g->ne; e++)
			if (emap[e] != SIZE_MAX && g->etwin[e] != SIZE_MAX && emap[g->etwin[e]] != SIZE_MAX)
				sub->etwin[emap[e]] = emap[g->etwin[e]];
	}
	return SN_OK;
}

sn_status sn__graph_subgraph(sn_graph **out, const sn_graph *g, const unsigned char *vdrop,
                             const unsigned char *edrop, size_t *vmap, size_t *emap)
{
	sn_graph *sub;
	sn_status st;

	*out = NULL;
	if ((st = sn_graph_new(&sub, g->directed)) < 0)
		return st;
	if ((st = copy_elements(sub, g, vdrop, edrop, vmap, emap)) < 0)
		goto fail;
	for (size_t k = 0; k < g->nkeys; k++) {
		if ((st = copy_key(sub, &g->keys[k])) < 0 ||
		    (st = copy_values(sub, g, k, 1, vmap, g->nv)) < 0 ||
		    (st = copy_values(sub, g, k, 2, emap, g->ne)) < 0)
			goto fail;
	}
	/* the labels yEd draws, for the kept vertices in order */
	if (g->vlabel && sub->nv) {
		size_t j = 0;
		if (!(sub->vlabel = calloc(sub->nv, sizeof *sub->vlabel))) {
			st = sn__error_nomem();
			goto fail;
		}
		sub->nvlabel = sub->nv;
		for (size_t v = 0; v < g->nv; v++) {
			if (vdrop && vdrop[v])
				continue;
			if (v < g->nvlabel && g->vlabel[v] && !(sub->vlabel[j] = sn__intern(sub, g->vlabel[v], strlen(g->vlabel[v])))) {
				st = sn__error_nomem();
				goto fail;
			}
			j++;
		}
	}
	*out = sub;
	return SN_OK;
fail:
	sn_graph_free(sub);
	return st;
}

sn_status sn_graph_subgraph(sn_graph **out, const sn_graph *g, const unsigned char *drop_vertices,
                            const unsigned char *drop_edges)
{
	unsigned char *edrop = NULL;
	size_t *vmap, *emap;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	vmap = malloc((g->nv ? g->nv : 1) * sizeof *vmap);
	emap = malloc((g->ne ? g->ne : 1) * sizeof *emap);
	if (!vmap || !emap || (drop_edges && !(edrop = malloc(g->ne ? g->ne : 1)))) {
		st = sn__error_nomem();
		goto done;
	}
	if (drop_edges) {
		/* a two-way segment goes with its reverse twin */
		memcpy(edrop, drop_edges, g->ne);
		for (size_t e = 0; g->etwin && e < g->ne; e++)
			if (g->etwin[e] != SIZE_MAX && (drop_edges[e] || drop_edges[g->etwin[e]]))
				edrop[e] = edrop[g->etwin[e]] = 1;
	}
	st = sn__graph_subgraph(out, g, drop_vertices, edrop, vmap, emap);
done:
	free(vmap);
	free(emap);
	free(edrop);
	return st;
}
