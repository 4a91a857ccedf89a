/*
 * holes.c - Burt's structural holes beside constraint (which igraph has):
 * effective size, the number of an actor's partners less their redundancy,
 * and efficiency, effective size per partner. igraph has neither; the
 * definition is Burt's (1992) as NetworkX computes it, so that the two
 * agree:
 *
 *   effective(u) = sum over partners v of u of
 *                  1 - sum over partners w of u of p(u,w) m(v,w)
 *
 * with a(u,v) the mutual strength of u and v (their ties either way,
 * parallel edges summed), p(u,w) = a(u,w) / sum_x a(u,x) and m(v,w) =
 * a(v,w) / max_x a(v,x). Unweighted, this is Borgatti's n - 2t/n. Partners
 * are neighbours in either direction; self-loops are no partners. An actor
 * without partners has neither measure (NaN).
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>

typedef struct pair {
	size_t u, v;
	double a;
} pair;

static int pair_cmp(const void *x, const void *y)
{
	const pair *p = x, *q = y;
	if (p->u != q->u)
		return p->u < q->u ? -1 : 1;
	return p->v < q->v ? -1 : p->v > q->v;
}

/* Mutual strengths as sorted adjacency: partners of u are nb[off[u] ..
 * off[u+1]), with a[] beside them; amax[u] the strongest. */
typedef struct mutual {
	size_t *off, *nb;
	double *a, *asum, *amax;
} mutual;

static void mutual_free(mutual *m)
{
	free(m->off);
	free(m->nb);
	free(m->a);
	free(m->asum);
	free(m->amax);
}

/* Every edge both ways (self-loops left out), sorted by (u, v) and
 * summed: the mutual strengths, with each vertex's sum and maximum. */
static sn_status mutual_build(mutual *m, const sn_graph *g, const double *w)
{
	pair *ps = malloc((2 * g->ne + 1) * sizeof *ps);
	size_t np = 0, k = 0, n = g->nv;

	m->off = calloc(n + 1, sizeof *m->off);
	m->nb = malloc((2 * g->ne + 1) * sizeof *m->nb);
	m->a = malloc((2 * g->ne + 1) * sizeof *m->a);
	m->asum = calloc(n ? n : 1, sizeof *m->asum);
	m->amax = calloc(n ? n : 1, sizeof *m->amax);
	if (!ps || !m->off || !m->nb || !m->a || !m->asum || !m->amax) {
		free(ps);
		return sn__error_nomem();
	}
	for (size_t e = 0; e < g->ne; e++) {
		size_t s = (size_t)g->ends[2 * e], t = (size_t)g->ends[2 * e + 1];
		double x = w ? w[e] : 1.0;
		if (s == t)
			continue;
		ps[np++] = (pair){ s, t, x };
		ps[np++] = (pair){ t, s, x };
	}
	qsort(ps, np, sizeof *ps, pair_cmp);
	for (size_t i = 0; i < np; i++) {
		if (k && ps[k - 1].u == ps[i].u && ps[k - 1].v == ps[i].v)
			ps[k - 1].a += ps[i].a;
		else
			ps[k++] = ps[i];
	}
	for (size_t i = 0; i < k; i++) {
		m->nb[i] = ps[i].v;
		m->a[i] = ps[i].a;
		m->off[ps[i].u + 1]++;
		m->asum[ps[i].u] += ps[i].a;
		if (ps[i].a > m->amax[ps[i].u])
			m->amax[ps[i].u] = ps[i].a;
	}
	for (size_t u = 0; u < n; u++)
		m->off[u + 1] += m->off[u];
	free(ps);
	return SN_OK;
}

/* a(u, v), 0 when they are no partners: a binary search in u's row. */
static double mutual_get(const mutual *m, size_t u, size_t v)
{
	size_t lo = m->off[u], hi = m->off[u + 1];

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (m->nb[mid] == v)
			return m->a[mid];
		if (m->nb[mid] < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

sn_status sn__structural_holes(const sn_graph *g, const double *w, int efficiency, double *res)
{
	mutual m = { 0 };
	sn_status st = mutual_build(&m, g, w);

	for (size_t u = 0; st == SN_OK && u < g->nv; u++) {
		size_t deg = m.off[u + 1] - m.off[u];
		double eff = 0;
		if (deg == 0 || !(m.asum[u] > 0)) {
			res[u] = NAN;
			continue;
		}
		for (size_t i = m.off[u]; i < m.off[u + 1]; i++) {
			size_t v = m.nb[i];
			double r = 0;
			for (size_t j = m.off[u]; j < m.off[u + 1]; j++) {
				size_t x = m.nb[j];
				if (x != v && m.amax[v] > 0)
					r += m.a[j] / m.asum[u] * (mutual_get(&m, v, x) / m.amax[v]);
			}
			eff += 1 - r;
		}
		res[u] = efficiency ? eff / (double)deg : eff;
	}
	mutual_free(&m);
	return st;
}
