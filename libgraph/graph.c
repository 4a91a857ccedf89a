/*
 * graph.c - the graph model: vertices with string ids, edges, typed
 * attribute columns, nesting, and the igraph graph built from them.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- pointer map ----
 * Ids are interned in the graph's string pool, so equal ids are equal
 * pointers: the map hashes pointers and never compares strings. */

static size_t ptr_hash(const void *p)
{
	uint64_t x = (uint64_t)(uintptr_t)p;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

void sn__ptrmap_free(sn__ptrmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof *m);
}

sn_status sn__ptrmap_get(const sn__ptrmap *m, const void *key, size_t *val)
{
	if (!m->cap || !key)
		return SN_ENOTFOUND;
	for (size_t i = ptr_hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (m->keys[i] == key) {
			*val = m->vals[i];
			return SN_OK;
		}
		if (!m->keys[i])
			return SN_ENOTFOUND;
	}
}

static void ptrmap_insert(sn__ptrmap *m, const void *key, size_t val)
{
	size_t i = ptr_hash(key) & (m->cap - 1);
	while (m->keys[i])
		i = (i + 1) & (m->cap - 1);
	m->keys[i] = key;
	m->vals[i] = val;
	m->len++;
}

static sn_status ptrmap_reserve(sn__ptrmap *m, size_t n)
{
	sn__ptrmap nm = { 0 };
	size_t cap = 16;

	/* load factor at most one half */
	while (cap / 2 < n) {
		if (cap > SIZE_MAX / 4)
			return sn__error_nomem();
		cap *= 2;
	}
	if (cap <= m->cap)
		return SN_OK;
	nm.keys = calloc(cap, sizeof *nm.keys);
	nm.vals = malloc(cap * sizeof *nm.vals);
	if (!nm.keys || !nm.vals) {
		free(nm.keys);
		free(nm.vals);
		return sn__error_nomem();
	}
	nm.cap = cap;
	for (size_t i = 0; i < m->cap; i++)
		if (m->keys[i])
			ptrmap_insert(&nm, m->keys[i], m->vals[i]);
	sn__ptrmap_free(m);
	*m = nm;
	return SN_OK;
}

sn_status sn__ptrmap_put(sn__ptrmap *m, const void *key, size_t val, size_t *existing)
{
	sn_status st;

	if (sn__ptrmap_get(m, key, existing) == SN_OK)
		return SN_EINVAL;
	if ((m->len + 1) * 2 > m->cap && (st = ptrmap_reserve(m, m->len + 1 > 8 ? (m->len + 1) * 2 : 8)) < 0)
		return st;
	ptrmap_insert(m, key, val);
	return SN_OK;
}

/* ---- graph ---- */

const char *sn__intern(sn_graph *g, const char *s, size_t len)
{
	return sn__strpool_intern(&g->strings, s, len);
}

/* ---- vertex ids ---- */

/* Splits s into a prefix and a canonical decimal (no sign, no leading zero,
 * fewer than 10 digits); 0 when s has no such tail. */
static int split_number(const char *s, size_t len, size_t *plen, size_t *num)
{
	size_t i = len, n = 0;

	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	if (i == len || len - i > 9 || (s[i] == '0' && len - i > 1))
		return 0;
	for (size_t j = i; j < len; j++)
		n = n * 10 + (size_t)(s[j] - '0');
	*plen = i;
	*num = n;
	return 1;
}

static int ends_dot0(const char *s, size_t len)
{
	return len > 2 && s[len - 2] == '.' && s[len - 1] == '0';
}

/* The number of s when it is a numbered id with the graph's prefix (and
 * ".0" after the number when the graph's ids have it). */
static int vertex_number(const sn_graph *g, const char *s, size_t len, size_t *num)
{
	size_t plen;

	if (g->vsuffix_dot0) {
		if (!ends_dot0(s, len))
			return 0;
		len -= 2;
	}
	return g->vprefix_set && split_number(s, len, &plen, num) && plen == g->vprefix_len &&
	       memcmp(s, g->vprefix, plen) == 0;
}

size_t sn__vertex_number(const sn_graph *g, const char *s, size_t len)
{
	size_t n;
	return vertex_number(g, s, len, &n) ? n : SIZE_MAX;
}

size_t sn__vertex_find_numbered(const sn_graph *g, const char *s, size_t len, size_t n, const uint64_t *h)
{
	size_t *slot;

	if (n != SIZE_MAX) {
		if (n < g->cvnum && g->vnum[n])
			return g->vnum[n] - 1;
		if (!g->vnum_in_pool)
			return SIZE_MAX;
	}
	slot = h ? sn__strpool_val_hashed(&g->strings, s, len, *h) : sn__strpool_val(&g->strings, s, len);
	return slot && *slot ? *slot - 1 : SIZE_MAX;
}

size_t sn__vertex_find(const sn_graph *g, const char *s, size_t len)
{
	return sn__vertex_find_numbered(g, s, len, sn__vertex_number(g, s, len), NULL);
}

void sn__vertex_prefetch(const sn_graph *g, const char *s, size_t len, size_t n, uint64_t *h)
{
#if defined(__GNUC__)
	if (n != SIZE_MAX) {
		if (n < g->cvnum)
			__builtin_prefetch(&g->vnum[n]);
		return;
	}
#endif
	*h = sn__strpool_hash(s, len);
	sn__strpool_prefetch(&g->strings, *h);
}

/* Appends vertex s: a numbered id (see vnum) is indexed by number when it
 * fits the array, others are interned with their index beside them. The
 * first numbered id fixes the prefix. */
sn_status sn__vertex_append(sn_graph *g, const char *s, size_t len, const char **iid)
{
	size_t n, plen, v = g->nv, *slot;
	int numbered;

	if (v + 1 > g->cv) {
		sn_status st = sn__reserve(g, v + 1, g->ce);
		if (st < 0)
			return st;
	}
	if (!g->vprefix_set) {
		/* the first numbered id fixes the pattern; "12.0" is 12 with ".0" */
		int dot0 = ends_dot0(s, len) && split_number(s, len - 2, &plen, &n);
		if ((dot0 || split_number(s, len, &plen, &n)) && plen < sizeof g->vprefix) {
			memcpy(g->vprefix, s, plen);
			g->vprefix_len = plen;
			g->vprefix_set = 1;
			g->vsuffix_dot0 = dot0;
		}
	}
	numbered = vertex_number(g, s, len, &n);
	/* the array grows with the vertex count, not with whatever number a
	 * file writes: a sparse or hostile numbering goes to the pool */
	if (numbered && n >= g->cvnum && n < 2 * (v + 1) + 1024 && v < UINT32_MAX - 1) {
		size_t cap = g->cvnum;
		sn_status st = sn__grow((void **)&g->vnum, &cap, n + 1 > 2 * g->cvnum ? n + 1 : 2 * g->cvnum,
		                        sizeof *g->vnum);
		if (st < 0)
			return st;
		g->cvnum = cap;
	}
	if (numbered && n < g->cvnum) {
		if (g->vnum[n] || (g->vnum_in_pool && sn__vertex_find(g, s, len) != SIZE_MAX))
			return sn__error(SN_EINVAL, "duplicate vertex id '%.*s'", (int)(len < 200 ? len : 200), s);
		if (!(*iid = sn__strpool_store(&g->strings, s, len)))
			return sn__error_nomem();
		g->vnum[n] = (uint32_t)(v + 1);
	} else {
		if (!(*iid = sn__strpool_intern_val(&g->strings, s, len, &slot)))
			return sn__error_nomem();
		if (*slot)
			return sn__error(SN_EINVAL, "duplicate vertex id '%.*s'", (int)(len < 200 ? len : 200), s);
		*slot = v + 1;
		if (numbered)
			g->vnum_in_pool++;
	}
	g->vid[v] = *iid;
	if (numbered && n == v && g->vseq == v)
		g->vseq = v + 1;
	g->nv++;
	return SN_OK;
}

void sn__vertex_id_prefetch(const sn_graph *g, size_t a, size_t b)
{
#if defined(__GNUC__)
	if (a >= g->vseq)
		__builtin_prefetch(g->vid[a]);
	if (b >= g->vseq)
		__builtin_prefetch(g->vid[b]);
#else
	(void)g, (void)a, (void)b;
#endif
}

const char *sn__vertex_id(const sn_graph *g, size_t v, char *buf)
{
	char digits[24], *d = digits + sizeof digits;
	size_t n = v, len, plen = g->vprefix_len;

	if (v >= g->vseq)
		return g->vid[v];
	do
		*--d = (char)('0' + n % 10);
	while ((n /= 10));
	len = (size_t)(digits + sizeof digits - d);
	memcpy(buf, g->vprefix, plen);
	memcpy(buf + plen, d, len);
	if (g->vsuffix_dot0) {
		memcpy(buf + plen + len, ".0", 2);
		len += 2;
	}
	buf[plen + len] = '\0';
	return buf;
}

sn_status sn_graph_new(sn_graph **out, int directed)
{
	sn_graph *g;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	sn__init();
	g = calloc(1, sizeof *g);
	if (!g)
		return sn__error_nomem();
	g->directed = directed ? 1 : 0;
	*out = g;
	return SN_OK;
}

static void column_free(sn_column *c)
{
	free(c->set);
	free(c->vals);
}

void sn_graph_free(sn_graph *g)
{
	if (!g)
		return;
	for (size_t k = 0; k < g->nkeys; k++) {
		if (g->keys[k].col) {
			for (int s = 0; s < 3; s++)
				column_free(&g->keys[k].col[s]);
			free(g->keys[k].col);
		}
		free(g->keys[k].extra);
	}
	free(g->keys);
	sn__strpool_free(&g->keyids);
	for (size_t i = 0; i < g->nwarnings; i++)
		free(g->warnings[i]);
	free(g->warnings);
	free(g->vid);
	free(g->vnum);
	free(g->ends);
	free(g->eid);
	sn__ptrmap_free(&g->emap);
	free(g->etwin);
	free(g->vparent);
	free(g->eparent);
	free(g->vsubgraph);
	free(g->vdesc);
	free(g->vlabel);
	free(g->edesc);
	free(g->vextra);
	free(g->eextra);
	free(g->root_attrs);
	if (g->ig_init)
		igraph_destroy(&g->ig);
	sn__strpool_free(&g->strings);
	free(g);
}

size_t sn_graph_vertex_count(const sn_graph *g)
{
	return g ? g->nv : 0;
}

size_t sn_graph_edge_count(const sn_graph *g)
{
	return g ? g->ne : 0;
}

int sn_graph_is_directed(const sn_graph *g)
{
	return g ? g->directed : 0;
}

/* Grows a lazily created side array from old to new capacity. */
static sn_status grow_side(void **arr, size_t old, size_t cap, size_t elem)
{
	size_t c = old;
	return *arr ? sn__grow(arr, &c, cap, elem) : SN_OK;
}

/* Capacities are committed only when every array has grown, so that an
 * allocation failure leaves the graph consistent (arrays merely larger). */
sn_status sn__reserve(sn_graph *g, size_t nv, size_t ne)
{
	sn_status st;

	if (nv > g->cv) {
		size_t cv = g->cv;
		if ((st = sn__grow((void **)&g->vid, &cv, nv, sizeof *g->vid)) < 0 ||
		    (st = grow_side((void **)&g->vparent, g->cv, cv, sizeof *g->vparent)) < 0 ||
		    (st = grow_side((void **)&g->vsubgraph, g->cv, cv, sizeof *g->vsubgraph)) < 0 ||
		    (st = grow_side((void **)&g->vdesc, g->cv, cv, sizeof *g->vdesc)) < 0 ||
		    (st = grow_side((void **)&g->vextra, g->cv, cv, sizeof *g->vextra)) < 0)
			return st;
		if (g->vparent)
			for (size_t i = g->cv; i < cv; i++)
				g->vparent[i] = SIZE_MAX;
		g->cv = cv;
	}
	if (ne > g->ce) {
		size_t cap2 = g->ce * 2, ce;
		if (ne > SIZE_MAX / 2)
			return sn__error_nomem();
		if ((st = sn__grow((void **)&g->ends, &cap2, ne * 2, sizeof *g->ends)) < 0)
			return st;
		ce = cap2 / 2;
		if ((st = grow_side((void **)&g->eid, g->ce, ce, sizeof *g->eid)) < 0 ||
		    (st = grow_side((void **)&g->edesc, g->ce, ce, sizeof *g->edesc)) < 0 ||
		    (st = grow_side((void **)&g->eextra, g->ce, ce, sizeof *g->eextra)) < 0 ||
		    (st = grow_side((void **)&g->etwin, g->ce, ce, sizeof *g->etwin)) < 0 ||
		    (st = grow_side((void **)&g->eparent, g->ce, ce, sizeof *g->eparent)) < 0)
			return st;
		for (size_t i = g->ce; i < ce; i++) {
			if (g->etwin)
				g->etwin[i] = SIZE_MAX;
			if (g->eparent)
				g->eparent[i] = SIZE_MAX;
		}
		g->ce = ce;
	}
	return SN_OK;
}

sn_status sn_graph_vertex_add(sn_graph *g, const char *id, size_t *out)
{
	const char *iid;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(id != NULL && id[0] != '\0');
	if (g->nv >= (size_t)IGRAPH_INTEGER_MAX)
		return sn__error(SN_EINVAL, "too many vertices");
	if ((st = sn__vertex_append(g, id, strlen(id), &iid)) < 0)
		return st;
	if (out)
		*out = g->nv - 1;
	return SN_OK;
}

/* The edge whose patterned id s is (see eprefix), or SIZE_MAX. */
static size_t edge_by_number(const sn_graph *g, const char *s, size_t len)
{
	size_t plen, k;

	if (!g->eprefix_set || !split_number(s, len, &plen, &k) || plen != g->eprefix_len ||
	    memcmp(s, g->eprefix, plen) != 0 || k < g->eoffset || k - g->eoffset >= g->ne || !g->eid)
		return SIZE_MAX;
	k -= g->eoffset;
	return g->eid[k] && strlen(g->eid[k]) == len && memcmp(g->eid[k], s, len) == 0 ? k : SIZE_MAX;
}

/* The first edge with id s: an id in emap (the first of its kind there),
 * else a patterned one; SIZE_MAX when none has it. */
static size_t edge_by_id(const sn_graph *g, const char *s, size_t len)
{
	size_t e;

	if (g->emap.len) {
		const char *iid = sn__strpool_get(&g->strings, s, len);
		if (iid && sn__ptrmap_get(&g->emap, iid, &e) == SN_OK)
			return e;
	}
	return edge_by_number(g, s, len);
}

sn_status sn__edge_id_keep(sn_graph *g, size_t e, const char *s, size_t len, const char **out, int *dup)
{
	size_t plen, k, existing;
	int patterned;

	*dup = 0;
	if (!g->eid) {
		size_t cap = 0;
		if (sn__grow((void **)&g->eid, &cap, g->ce > e ? g->ce : e + 1, sizeof *g->eid) < 0)
			return sn__error_nomem();
	}
	if (!g->eprefix_set && split_number(s, len, &plen, &k) && plen < sizeof g->eprefix && k >= e) {
		memcpy(g->eprefix, s, plen);
		g->eprefix_len = plen;
		g->eoffset = k - e;
		g->eprefix_set = 1;
	}
	patterned = g->eprefix_set && split_number(s, len, &plen, &k) && plen == g->eprefix_len &&
	            memcmp(s, g->eprefix, plen) == 0 && k == e + g->eoffset;
	/* a patterned id's number is its place: no pool slot, no map entry.
	 * A repeat (of an earlier patterned id, or of one in the map) needs
	 * none either: lookups find the first */
	if (patterned)
		*dup = g->emap.len && edge_by_id(g, s, len) != SIZE_MAX;
	else
		*dup = edge_by_number(g, s, len) != SIZE_MAX;
	if (patterned || *dup) {
		if (!(*out = sn__strpool_store(&g->strings, s, len)))
			return sn__error_nomem();
		return SN_OK;
	}
	if (!(*out = sn__intern(g, s, len)))
		return sn__error_nomem();
	switch (sn__ptrmap_put(&g->emap, *out, e, &existing)) {
	case SN_OK: return SN_OK;
	case SN_EINVAL: *dup = 1; return SN_OK; /* the map keeps the first */
	default: return sn__error_nomem();
	}
}

sn_status sn__edge_add(sn_graph *g, size_t from, size_t to, const char *id, size_t *out, int *dup)
{
	const char *iid = NULL;
	int repeated = 0;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(from < g->nv);
	SN_CHECK_ARG(to < g->nv);
	if (dup)
		*dup = 0;
	/* a repeated id is refused before anything changes, unless the caller
	 * keeps repeats (dup) */
	if (id && !dup && edge_by_id(g, id, strlen(id)) != SIZE_MAX)
		return sn__error(SN_EINVAL, "duplicate edge id '%s'", id);
	if (g->ne + 1 > g->ce && (st = sn__reserve(g, g->nv, g->ce ? g->ce * 2 : 16)) < 0)
		return st;
	if (id && (st = sn__edge_id_keep(g, g->ne, id, strlen(id), &iid, &repeated)) < 0)
		return st;
	if (id)
		g->eid[g->ne] = iid;
	if (dup)
		*dup = repeated;
	g->ends[2 * g->ne] = (igraph_integer_t)from;
	g->ends[2 * g->ne + 1] = (igraph_integer_t)to;
	if (out)
		*out = g->ne;
	g->ne++;
	return SN_OK;
}

sn_status sn_graph_edge_add(sn_graph *g, size_t from, size_t to, const char *id, size_t *out)
{
	return sn__edge_add(g, from, to, id, out, NULL);
}

const char *sn_graph_vertex_id(const sn_graph *g, size_t v)
{
	return g && v < g->nv ? g->vid[v] : NULL;
}

sn_status sn_graph_vertex_find(const sn_graph *g, const char *id, size_t *out)
{
	size_t v;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(id != NULL);
	SN_CHECK_ARG(out != NULL);
	v = sn__vertex_find(g, id, strlen(id));
	if (v == SIZE_MAX)
		return sn__error(SN_ENOTFOUND, "no vertex with id '%s'", id);
	*out = v;
	return SN_OK;
}

size_t sn__edit_distance(const char *a, const char *b)
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

static const char *yed_label(const sn_graph *g, size_t v)
{
	return g->vlabel && v < g->nvlabel ? g->vlabel[v] : NULL;
}

/* A vertex as people name it: the exact id, then an exact label or name,
 * then any case of either; unknown names get up to three suggestions
 * within a third of their letters (edit distance). */
sn_status sn_graph_vertex_lookup(const sn_graph *g, const char *text, size_t *out)
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
	if (sn_graph_vertex_find(g, text, out) == SN_OK)
		return SN_OK;
	for (size_t i = 0; i < 2; i++)
		if (sn_key_find(g, SN_DOMAIN_NODE, label_names[i], &keys[nkeys]) == SN_OK &&
		    sn_key_type(g, keys[nkeys]) == SN_TYPE_STRING)
			nkeys++;
	/* exact label, then any case of id or label */
	for (int pass = 0; pass < 2 && !nfound; pass++)
		for (size_t v = 0; v < g->nv; v++) {
			int hit = pass == 1 && strcasecmp(g->vid[v], text) == 0;
			for (size_t k = 0; k <= nkeys && !hit; k++) {
				const char *s = k == nkeys ? yed_label(g, v) : NULL;
				if (k < nkeys ? sn_attr_get_string(g, keys[k], SN_DOMAIN_NODE, v, &s) == SN_OK : s != NULL)
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
		for (size_t k = 0; k <= nkeys + 1; k++) {
			const char *s = k == nkeys + 1 ? g->vid[v] : yed_label(g, v);
			size_t d;
			if (k < nkeys && sn_attr_get_string(g, keys[k], SN_DOMAIN_NODE, v, &s) != SN_OK)
				continue;
			if (!s)
				continue;
			d = sn__edit_distance(text, s);
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

sn_status sn_graph_edge_endpoints(const sn_graph *g, size_t e, size_t *from, size_t *to)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(e < g->ne);
	if (from)
		*from = (size_t)g->ends[2 * e];
	if (to)
		*to = (size_t)g->ends[2 * e + 1];
	return SN_OK;
}

const char *sn_graph_edge_id(const sn_graph *g, size_t e)
{
	return g && e < g->ne && g->eid ? g->eid[e] : NULL;
}

sn_status sn_graph_edge_find(const sn_graph *g, const char *id, size_t *out)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(id != NULL);
	SN_CHECK_ARG(out != NULL);
	if ((*out = edge_by_id(g, id, strlen(id))) == SIZE_MAX)
		return sn__error(SN_ENOTFOUND, "no edge with id '%s'", id);
	return SN_OK;
}

sn_status sn_graph_edge_twin(const sn_graph *g, size_t e, size_t *out)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(e < g->ne);
	SN_CHECK_ARG(out != NULL);
	if (!g->etwin || g->etwin[e] == SIZE_MAX)
		return SN_ENOTFOUND;
	*out = g->etwin[e];
	return SN_OK;
}

sn_status sn__set_parent(sn_graph *g, size_t v, size_t parent)
{
	if (!g->vparent) {
		size_t cap = 0;
		sn_status st = sn__grow((void **)&g->vparent, &cap, g->cv, sizeof *g->vparent);
		if (st < 0)
			return st;
		for (size_t i = 0; i < cap; i++)
			g->vparent[i] = SIZE_MAX;
	}
	g->vparent[v] = parent;
	return SN_OK;
}

sn_status sn__set_edge_parent(sn_graph *g, size_t e, size_t parent)
{
	if (!g->eparent) {
		size_t cap = 0;
		sn_status st = sn__grow((void **)&g->eparent, &cap, g->ce, sizeof *g->eparent);
		if (st < 0)
			return st;
		for (size_t i = 0; i < cap; i++)
			g->eparent[i] = SIZE_MAX;
	}
	g->eparent[e] = parent;
	return SN_OK;
}

sn_status sn_graph_vertex_parent(const sn_graph *g, size_t v, size_t *out)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(v < g->nv);
	SN_CHECK_ARG(out != NULL);
	if (!g->vparent || g->vparent[v] == SIZE_MAX)
		return SN_ENOTFOUND;
	*out = g->vparent[v];
	return SN_OK;
}

sn_status sn_graph_vertex_set_parent(sn_graph *g, size_t v, size_t parent)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(v < g->nv);
	SN_CHECK_ARG(parent == SIZE_MAX || parent < g->nv);
	if (parent == SIZE_MAX) {
		if (g->vparent)
			g->vparent[v] = SIZE_MAX;
		return SN_OK;
	}
	/* the new parent must not lie inside v */
	for (size_t p = parent, depth = 0; p != SIZE_MAX; depth++) {
		if (p == v || depth > g->nv)
			return sn__error(SN_EINVAL, "vertex '%s' cannot be nested in '%s': that makes a cycle",
			                 g->vid[v], g->vid[parent]);
		p = g->vparent ? g->vparent[p] : SIZE_MAX;
	}
	return sn__set_parent(g, v, parent);
}

const char *sn_graph_id(const sn_graph *g)
{
	return g ? g->graph_id : NULL;
}

const char *sn_graph_desc(const sn_graph *g, sn_domain domain, size_t index)
{
	if (!g)
		return NULL;
	switch (domain) {
	case SN_DOMAIN_GRAPH: return index == 0 ? g->graph_desc : NULL;
	case SN_DOMAIN_NODE: return g->vdesc && index < g->nv ? g->vdesc[index] : NULL;
	case SN_DOMAIN_EDGE: return g->edesc && index < g->ne ? g->edesc[index] : NULL;
	default: return NULL;
	}
}

sn_status sn__set_desc(sn_graph *g, sn_domain domain, size_t index, const char *idesc)
{
	const char ***arr;
	size_t cap;

	if (domain == SN_DOMAIN_GRAPH) {
		g->graph_desc = idesc;
		return SN_OK;
	}
	arr = domain == SN_DOMAIN_NODE ? &g->vdesc : &g->edesc;
	cap = domain == SN_DOMAIN_NODE ? g->cv : g->ce;
	if (!*arr) {
		size_t c = 0;
		sn_status st = sn__grow((void **)arr, &c, cap, sizeof **arr);
		if (st < 0)
			return st;
	}
	(*arr)[index] = idesc;
	return SN_OK;
}

sn_status sn_graph_set_desc(sn_graph *g, sn_domain domain, size_t index, const char *desc)
{
	const char *idesc = NULL;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG((domain == SN_DOMAIN_GRAPH && index == 0) || (domain == SN_DOMAIN_NODE && index < g->nv) ||
	             (domain == SN_DOMAIN_EDGE && index < g->ne));
	if (desc && !(idesc = sn__intern(g, desc, strlen(desc))))
		return sn__error_nomem();
	return sn__set_desc(g, domain, index, idesc);
}

size_t sn_graph_warning_count(const sn_graph *g)
{
	return g ? g->nwarnings + (g->dropped > 0) : 0;
}

const char *sn_graph_warning(const sn_graph *g, size_t i)
{
	if (g && i == g->nwarnings && g->dropped) {
		/* formatted when asked for, not once per note dropped: the text
		 * is a cache of the count (logically const) */
		char *more = ((sn_graph *)(uintptr_t)g)->more;
		snprintf(more, sizeof g->more, "and %zu more notes like these", g->dropped);
		return more;
	}
	return g && i < g->nwarnings ? g->warnings[i] : NULL;
}

int sn__warn_dropped(sn_graph *g)
{
	if (g->nwarnings < SN__MAX_WARNINGS)
		return 0;
	g->dropped++;
	return 1;
}

sn_status sn__warn(sn_graph *g, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int n;
	sn_status st;

	if (sn__warn_dropped(g))
		return SN_OK;
	if ((st = sn__grow((void **)&g->warnings, &g->cwarnings, g->nwarnings + 1, sizeof *g->warnings)) < 0)
		return st;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(msg = malloc((size_t)n + 1)))
		return sn__error_nomem();
	va_start(ap, fmt);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
	g->warnings[g->nwarnings++] = msg;
	return SN_OK;
}

/* ---- the igraph graph ---- */

sn_status sn__graph_ig(const sn_graph *cg, const igraph_t **out)
{
	/* building the igraph graph is a cache: logically const */
	sn_graph *g = (sn_graph *)cg;
	sn__igctx ctx;
	igraph_error_t err = IGRAPH_SUCCESS;
	sn_status st = SN_OK;

	if (g->ig_init && g->ig_nv == g->nv && g->ig_ne == g->ne) {
		*out = &g->ig;
		return SN_OK;
	}
	sn__ig_enter(&ctx);
	if (!g->ig_init) {
		err = igraph_empty(&g->ig, 0, g->directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
		if (err == IGRAPH_SUCCESS)
			g->ig_init = 1;
	}
	/* additions only ever append, so only the tail is new; igraph re-indexes
	 * once per batch, not once per edge */
	if (err == IGRAPH_SUCCESS && g->nv > g->ig_nv)
		err = igraph_add_vertices(&g->ig, (igraph_integer_t)(g->nv - g->ig_nv), NULL);
	if (err == IGRAPH_SUCCESS)
		g->ig_nv = g->nv;
	if (err == IGRAPH_SUCCESS && g->ne > g->ig_ne) {
		igraph_vector_int_t tail;
		igraph_vector_int_view(&tail, g->ends + 2 * g->ig_ne, (igraph_integer_t)(2 * (g->ne - g->ig_ne)));
		err = igraph_add_edges(&g->ig, &tail, NULL);
		if (err == IGRAPH_SUCCESS)
			g->ig_ne = g->ne;
	}
	if (err != IGRAPH_SUCCESS)
		st = sn__from_igraph(err, "building the igraph graph");
	sn__ig_leave(&ctx);
	if (st == SN_OK)
		*out = &g->ig;
	return st;
}

const struct igraph_s *sn_graph_igraph(const sn_graph *g)
{
	const igraph_t *ig;

	if (!g || sn__graph_ig(g, &ig) < 0)
		return NULL;
	return ig;
}

/* ---- nesting ---- */

sn_status sn__nesting_build(const sn_graph *g, sn__nesting *out)
{
	size_t n = g->nv;

	out->first_child = malloc((n + 1) * sizeof *out->first_child);
	out->next_sibling = malloc((n ? n : 1) * sizeof *out->next_sibling);
	if (!out->first_child || !out->next_sibling) {
		sn__nesting_free(out);
		return sn__error_nomem();
	}
	for (size_t i = 0; i <= n; i++)
		out->first_child[i] = SIZE_MAX;
	/* prepending in reverse keeps each list in vertex order */
	for (size_t v = n; v-- > 0;) {
		size_t p = g->vparent && g->vparent[v] != SIZE_MAX ? g->vparent[v] : n;
		out->next_sibling[v] = out->first_child[p];
		out->first_child[p] = v;
	}
	return SN_OK;
}

void sn__nesting_free(sn__nesting *n)
{
	free(n->first_child);
	free(n->next_sibling);
	n->first_child = n->next_sibling = NULL;
}

/* Mixed directedness: the graph is directed and every undirected edge gets a
 * reverse twin carrying the same values, so paths and degrees see it both
 * ways. The writer folds twins back. */
sn_status sn__graph_add_twins(sn_graph *g, const int8_t *edir, size_t nundirected, const char *file)
{
	size_t m = g->ne, cap = 0;
	sn_status st;

	g->directed = 1;
	if ((st = sn__reserve(g, g->nv, m + nundirected)) < 0)
		return st;
	if ((st = sn__grow((void **)&g->etwin, &cap, g->ce, sizeof *g->etwin)) < 0)
		return st;
	for (size_t e = 0; e < g->ce; e++)
		g->etwin[e] = SIZE_MAX;
	for (size_t e = 0; e < m; e++) {
		size_t t;
		if (edir[e])
			continue;
		t = g->ne++;
		g->ends[2 * t] = g->ends[2 * e + 1];
		g->ends[2 * t + 1] = g->ends[2 * e];
		g->etwin[t] = e;
	}
	/* keys outside, edges inside: most of a file's keys may hold no edge values */
	for (size_t k = 0; k < g->nkeys; k++) {
		sn_key *key = &g->keys[k];
		const sn_column *c = sn__column(key, 2);
		if (!c || !c->len)
			continue;
		for (size_t t = m; t < g->ne; t++) {
			size_t e = g->etwin[t];
			sn_val v;
			if (e < c->len && c->set[e] && sn__column_get(key, 2, e, &v) &&
			    (st = sn__column_set(g, key, 2, t, v)) < 0)
				return st;
		}
	}
	return sn__warn(g, "%s: mixed directed and undirected edges: read as directed, %zu undirected edges "
	                   "doubled by reverse twins", file, nundirected);
}

/* ---- labels yEd draws ---- */

/* Whether key k holds yEd node graphics: yfiles.type="nodegraphics" (yEd)
 * or an attr.uri naming NodeLabels (yEd Live, yFiles for HTML). */
static int yed_label_key(const sn_key *k)
{
	if (k->type != SN_TYPE_OPAQUE || (k->domain != SN_DOMAIN_NODE && k->domain != SN_DOMAIN_ALL))
		return 0;
	for (uint32_t i = 0; i < k->n_extra; i++) {
		const char *q = k->extra[i].qname, *v = k->extra[i].value, *colon = strrchr(q, ':');
		const char *local = colon ? colon + 1 : q;
		size_t n = strlen(v);
		if (!strcmp(local, "yfiles.type") && !strcmp(v, "nodegraphics"))
			return 1;
		if (!strcmp(local, "attr.uri") && n >= 10 && !strcmp(v + n - 10, "NodeLabels"))
			return 2;
	}
	return 0;
}

/* The text after the start tag at p (up to the next '<'), entities
 * replaced, white space trimmed, into buf; 0 when empty. */
static int element_text(const char *p, char *buf, size_t size)
{
	const char *end = strchr(p, '<');
	size_t n = 0;

	if (!end)
		end = p + strlen(p);
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	while (p < end && n + 5 < size) {
		static const struct {
			const char *ent;
			char c;
		} ents[] = { { "&amp;", '&' }, { "&lt;", '<' }, { "&gt;", '>' }, { "&quot;", '"' }, { "&apos;", '\'' } };
		size_t i;
		if (*p != '&') {
			buf[n++] = *p++;
			continue;
		}
		for (i = 0; i < 5 && strncmp(p, ents[i].ent, strlen(ents[i].ent)); i++)
			;
		if (i < 5) {
			buf[n++] = ents[i].c;
			p += strlen(ents[i].ent);
		} else if (p[1] == '#') {
			/* a character reference, written out as UTF-8 */
			unsigned long cp = p[2] == 'x' ? strtoul(p + 3, NULL, 16) : strtoul(p + 2, NULL, 10);
			const char *semi = strchr(p, ';');
			if (!semi || semi > end || cp == 0 || cp > 0x10ffff)
				return 0;
			if (cp < 0x80)
				buf[n++] = (char)cp;
			else if (cp < 0x800)
				buf[n++] = (char)(0xc0 | cp >> 6), buf[n++] = (char)(0x80 | (cp & 0x3f));
			else if (cp < 0x10000)
				buf[n++] = (char)(0xe0 | cp >> 12), buf[n++] = (char)(0x80 | (cp >> 6 & 0x3f)),
				buf[n++] = (char)(0x80 | (cp & 0x3f));
			else
				buf[n++] = (char)(0xf0 | cp >> 18), buf[n++] = (char)(0x80 | (cp >> 12 & 0x3f)),
				buf[n++] = (char)(0x80 | (cp >> 6 & 0x3f)), buf[n++] = (char)(0x80 | (cp & 0x3f));
			p = semi + 1;
		} else
			buf[n++] = *p++;
	}
	while (n > 0 && (buf[n - 1] == ' ' || buf[n - 1] == '\t' || buf[n - 1] == '\n' || buf[n - 1] == '\r'))
		n--;
	buf[n] = '\0';
	return n > 0;
}

/* The first non-empty text of an element whose local name is name, in
 * markup m; 0 when there is none. */
static int first_text(const char *m, const char *name, char *buf, size_t size)
{
	size_t len = strlen(name);

	for (const char *p = strstr(m, name); p; p = strstr(p + len, name)) {
		const char *gt;
		if (!(p > m && (p[-1] == ':' || p[-1] == '<')) || !(p[len] == '>' || p[len] == ' ' || p[len] == '\t' ||
		                                                     p[len] == '\n' || p[len] == '\r' || p[len] == '/'))
			continue;
		/* a start tag: from '<' back to here holds no '/' (no end tag) */
		{
			const char *lt = p;
			while (lt > m && *lt != '<')
				lt--;
			if (*lt != '<' || lt[1] == '/')
				continue;
		}
		if (!(gt = strchr(p, '>')) || gt[-1] == '/')
			continue;
		if (element_text(gt + 1, buf, size))
			return 1;
	}
	return 0;
}

sn_status sn__yed_labels(sn_graph *g)
{
	for (size_t k = 0; k < g->nkeys; k++) {
		const sn_key *key = &g->keys[k];
		int kind = yed_label_key(key);
		if (!kind)
			continue;
		for (size_t v = 0; v < g->nv; v++) {
			char buf[1024];
			sn_val val;
			if ((g->vlabel && g->vlabel[v]) || !sn__column_get(key, 1, v, &val) || !val.s)
				continue;
			if (!first_text(val.s, kind == 1 ? "NodeLabel" : "Label.Text", buf, sizeof buf))
				continue;
			if (!g->vlabel) {
				if (!(g->vlabel = calloc(g->nv, sizeof *g->vlabel)))
					return sn__error_nomem();
				g->nvlabel = g->nv;
			}
			if (!(g->vlabel[v] = sn__intern(g, buf, strlen(buf))))
				return sn__error_nomem();
		}
	}
	return SN_OK;
}

const char *sn_graph_vertex_label(const sn_graph *g, size_t v)
{
	static const char *const names[] = { "label", "name" };
	size_t k;
	const char *s;

	if (!g || v >= g->nv)
		return NULL;
	for (size_t i = 0; i < 2; i++)
		if (sn_key_find(g, SN_DOMAIN_NODE, names[i], &k) == SN_OK && g->keys[k].type == SN_TYPE_STRING &&
		    sn_attr_get_string(g, k, SN_DOMAIN_NODE, v, &s) == SN_OK)
			return s;
	return yed_label(g, v);
}
