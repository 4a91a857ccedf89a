/*
 * centrality.c - who is central: the measure table, igraph's measures with
 * explicit weight semantics (rescaled so that no unit breaks igraph's
 * tolerances) and NetworkX's normalizations, Opsahl's measures, and removal
 * scenarios computed on a copy of what remains. Brokerage roles and
 * concentration are in roles.c, Burt's effective size in holes.c.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum need { NEED_NONE, NEED_DISTANCE, NEED_STRENGTH };

/* How --normalized rescales a measure, as NetworkX defines it. */
enum norm {
	NORM_NONE,    /* already scale-free, or NetworkX has no normalization */
	NORM_SCALE,   /* times nx_scale(): 1/(n-1), 2/((n-1)(n-2)), ... */
	NORM_WF,      /* closeness: Wasserman-Faust, by the reached count */
	NORM_L2,      /* eigenvector: unit Euclidean length */
	NORM_L1       /* hub, authority: sum to one */
};

typedef struct mctx mctx;
typedef sn_status (*compute_fn)(mctx *c);

/* One row per measure (defined below its compute functions): the table
 * drives sn_centrality(). */
static const struct measure_info {
	const char *name;
	enum need need;        /* what a weight must become for igraph */
	enum norm norm;
	int edges;             /* scores per edge, not per vertex */
	int needs_weight;      /* meaningless without one */
	compute_fn compute;
	const char *desc;
} measures[SN_MEASURE_COUNT_];

struct sn_scores {
	sn_measure measure;
	sn_domain domain;
	size_t n;
	double *v;
	double *se;    /* a sampled estimate's standard errors, or NULL */
	size_t sample; /* its number of sources; 0 when exact */
	char *warnings[SN__IG_WARNINGS];
	size_t nwarnings;
};

const char *sn_measure_name(sn_measure m)
{
	return (unsigned)m < SN_MEASURE_COUNT_ ? measures[m].name : "unknown";
}

const char *sn_measure_description(sn_measure m)
{
	return (unsigned)m < SN_MEASURE_COUNT_ ? measures[m].desc : "unknown measure";
}

sn_status sn_measure_from_name(const char *name, sn_measure *out)
{
	char list[1024];
	size_t off = 0;

	SN_CHECK_ARG(name != NULL);
	SN_CHECK_ARG(out != NULL);
	for (int m = 0; m < SN_MEASURE_COUNT_; m++)
		if (strcmp(measures[m].name, name) == 0) {
			*out = (sn_measure)m;
			return SN_OK;
		}
	list[0] = '\0';
	for (int m = 0; m < SN_MEASURE_COUNT_ && off < sizeof list; m++)
		off += (size_t)snprintf(list + off, sizeof list - off, "%s%s", m ? ", " : "", measures[m].name);
	return sn__error(SN_ENOTFOUND, "unknown measure '%s'; the measures are: %s", name, list);
}

static size_t opts_size(unsigned version)
{
	switch (version) {
	case 1: return offsetof(sn_centrality_opts, avoid);
	case 2: return offsetof(sn_centrality_opts, sample);
	case 3: return sizeof(sn_centrality_opts);
	default: return 0;
	}
}

sn_status sn_centrality_opts_init(sn_centrality_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (!opts_size(version))
		return sn__error(SN_EINVAL, "invalid argument: sn_centrality_opts version %u, expected 1 to %u", version,
		                 SN_CENTRALITY_OPTS_VERSION);
	memset(opts, 0, opts_size(version));
	opts->version = version;
	opts->alpha = 0.5;
	return SN_OK;
}

void sn_scores_free(sn_scores *s)
{
	if (!s)
		return;
	free(s->v);
	free(s->se);
	for (size_t i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s);
}

const double *sn_scores_stderr(const sn_scores *s)
{
	return s ? s->se : NULL;
}

size_t sn_scores_sample(const sn_scores *s)
{
	return s ? s->sample : 0;
}

size_t sn_scores_warning_count(const sn_scores *s)
{
	return s ? s->nwarnings : 0;
}

const char *sn_scores_warning(const sn_scores *s, size_t i)
{
	return s && i < s->nwarnings ? s->warnings[i] : NULL;
}

size_t sn_scores_count(const sn_scores *s)
{
	return s ? s->n : 0;
}

const double *sn_scores_values(const sn_scores *s)
{
	return s ? s->v : NULL;
}

sn_domain sn_scores_domain(const sn_scores *s)
{
	return s ? s->domain : SN_DOMAIN_NODE;
}

sn_measure sn_scores_measure(const sn_scores *s)
{
	return s ? s->measure : SN_DEGREE;
}

static igraph_neimode_t neimode(sn_mode m, igraph_neimode_t dflt)
{
	switch (m) {
	case SN_MODE_OUT: return IGRAPH_OUT;
	case SN_MODE_IN: return IGRAPH_IN;
	case SN_MODE_ALL: return IGRAPH_ALL;
	default: return dflt;
	}
}

/* ---- the measures ---- */

/* What a measure's computation gets: the graph, the checked options, the
 * weights as the measure needs them (wp is NULL when unweighted; w is the
 * vector itself, initialized and possibly empty), igraph's result vectors,
 * and v, where the n scores go. */
struct mctx {
	const sn_graph *g;
	const igraph_t *ig;
	const sn_centrality_opts *o;
	sn_measure m;
	igraph_vector_t w, *wp;
	igraph_vector_t res;
	igraph_vector_int_t ires, reach;
	double cutoff;
	double *v;
	size_t n;
	/* a sampled estimate: se[] beside v[], and the sources it took */
	double *se;
	size_t sampled;
	/* collapse_parallel: one tie per pair, tie[e] the tie of edge e */
	igraph_t ties;
	int collapsed;
	igraph_vector_int_t tie;
};

/* The status of igraph call err; on success the scores are copied from res. */
static sn_status from_res(mctx *c, igraph_error_t err)
{
	if (err != IGRAPH_SUCCESS)
		return sn__from_igraph(err, sn_measure_name(c->m));
	for (size_t i = 0; i < c->n; i++)
		c->v[i] = VECTOR(c->res)[i];
	return SN_OK;
}

/* The same for integer results in ires. */
static sn_status from_ires(mctx *c, igraph_error_t err)
{
	if (err != IGRAPH_SUCCESS)
		return sn__from_igraph(err, sn_measure_name(c->m));
	for (size_t i = 0; i < c->n; i++)
		c->v[i] = (double)VECTOR(c->ires)[i];
	return SN_OK;
}

static sn_status m_degree(mctx *c)
{
	return from_ires(c, igraph_degree(c->ig, &c->ires, igraph_vss_all(), neimode(c->o->mode, IGRAPH_ALL), IGRAPH_LOOPS));
}

static sn_status m_coreness(mctx *c)
{
	return from_ires(c, igraph_coreness(c->ig, &c->ires, neimode(c->o->mode, IGRAPH_ALL)));
}

static sn_status m_strength(mctx *c)
{
	return from_res(c, igraph_strength(c->ig, &c->res, igraph_vss_all(), neimode(c->o->mode, IGRAPH_ALL), IGRAPH_LOOPS,
	                                   c->wp));
}

/* igraph 0.10.2 compares path lengths with a fixed tolerance, so distances
 * far from 1 (strengths in USD become distances of 1e-9 to 1e-12) give
 * wrong shortest paths: betweenness of 1.5 for every vertex of a path of
 * four, closeness off in the eighth digit. Path measures therefore run on
 * distances divided by the smallest one, which leaves every shortest path
 * the same; the cutoff is divided too, and the results that carry a unit
 * (closeness, harmonic: 1/distance) are divided back by the caller. */
static double rescale_distances(mctx *c)
{
	double lo = INFINITY, hi = 0, s;
	igraph_integer_t m;

	if (!c->wp)
		return 1.0;
	m = igraph_vector_size(c->wp);
	for (igraph_integer_t e = 0; e < m; e++) {
		double x = VECTOR(*c->wp)[e];
		if (x > 0 && x < lo)
			lo = x;
		if (x > hi && isfinite(x))
			hi = x;
	}
	if (!(lo < INFINITY) || lo == 1.0)
		return 1.0;
	/* dividing by the smallest must not overflow the largest */
	s = isfinite(hi / lo) ? lo : sqrt(lo) * sqrt(hi);
	for (igraph_integer_t e = 0; e < m; e++)
		VECTOR(*c->wp)[e] /= s;
	if (c->cutoff >= 0)
		c->cutoff /= s;
	return s;
}

typedef struct edge_key {
	igraph_integer_t s, t, e;
} edge_key;

static int edge_key_cmp(const void *a, const void *b)
{
	const edge_key *x = a, *y = b;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	return x->e < y->e ? -1 : x->e > y->e;
}

/* collapse_parallel: the path measures run on one tie per pair of actors
 * (per direction when directed), as NetworkX's do on a multigraph. A tie's
 * distance is the shortest of its edges', or, when the weight is a
 * strength, 1 / the summed strengths; unweighted, every tie is one step.
 * c->ig and c->w then describe the ties. */
static sn_status collapse_parallel(mctx *c)
{
	const sn_graph *g = c->g;
	edge_key *k;
	igraph_vector_int_t el;
	igraph_vector_t tw;
	size_t m = g->ne, nt = 0;
	int strength = c->o->weight_is == SN_WEIGHT_STRENGTH;
	igraph_error_t err;

	if (!c->o->collapse_parallel || c->collapsed || !m)
		return SN_OK;
	if (!(k = malloc(m * sizeof *k)))
		return sn__error_nomem();
	for (size_t e = 0; e < m; e++) {
		igraph_integer_t a = g->ends[2 * e], b = g->ends[2 * e + 1];
		if (!g->directed && a > b) {
			igraph_integer_t x = a;
			a = b;
			b = x;
		}
		k[e] = (edge_key){ a, b, (igraph_integer_t)e };
	}
	qsort(k, m, sizeof *k, edge_key_cmp);
	if (igraph_vector_int_init(&el, 0) != IGRAPH_SUCCESS || igraph_vector_init(&tw, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_resize(&c->tie, (igraph_integer_t)m) != IGRAPH_SUCCESS) {
		free(k);
		return sn__error_nomem();
	}
	err = IGRAPH_SUCCESS;
	for (size_t i = 0; i < m && err == IGRAPH_SUCCESS; i++) {
		double d = c->wp ? VECTOR(*c->wp)[k[i].e] : 1.0;
		if (i == 0 || k[i].s != k[i - 1].s || k[i].t != k[i - 1].t) {
			if ((err = igraph_vector_int_push_back(&el, k[i].s)) == IGRAPH_SUCCESS &&
			    (err = igraph_vector_int_push_back(&el, k[i].t)) == IGRAPH_SUCCESS)
				err = igraph_vector_push_back(&tw, strength ? 1.0 / d : d);
			nt++;
		} else if (strength)
			VECTOR(tw)[nt - 1] += 1.0 / d; /* strengths add up */
		else if (d < VECTOR(tw)[nt - 1])
			VECTOR(tw)[nt - 1] = d; /* the shortest edge */
		VECTOR(c->tie)[k[i].e] = (igraph_integer_t)(nt - 1);
	}
	free(k);
	if (err == IGRAPH_SUCCESS && strength)
		for (size_t t = 0; t < nt; t++)
			VECTOR(tw)[t] = 1.0 / VECTOR(tw)[t];
	if (err == IGRAPH_SUCCESS && (err = igraph_create(&c->ties, &el, (igraph_integer_t)g->nv, g->directed)) ==
	                                     IGRAPH_SUCCESS) {
		c->collapsed = 1;
		c->ig = &c->ties;
		if (c->wp)
			igraph_vector_swap(&c->w, &tw);
	}
	igraph_vector_int_destroy(&el);
	igraph_vector_destroy(&tw);
	return err == IGRAPH_SUCCESS ? SN_OK : sn__from_igraph(err, "collapsing parallel edges");
}

/* What every path measure does first: parallel edges collapsed when asked,
 * distances rescaled; *scale gets the factor (may be NULL). */
static sn_status prepare_paths(mctx *c, double *scale)
{
	sn_status st = collapse_parallel(c);
	double s = st == SN_OK ? rescale_distances(c) : 1.0;

	if (scale)
		*scale = s;
	return st;
}

/* A random number stream for the sample (splitmix64): the same seed
 * gives the same sources on every machine, whatever igraph's RNG does. */
static unsigned long long next_random(unsigned long long *x)
{
	unsigned long long z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Betweenness (edges: edge betweenness) estimated from the paths out of
 * c->o->sample sources drawn without replacement: Brandes and Pich's
 * estimator, |V|/k times the subset betweenness of the k sources, which
 * is unbiased since the per-source contributions sum to the exact value.
 * The sources go in B = min(k, 32) batches of near-equal size, one igraph
 * call each: a call sets up O(|E|) of its own (an incidence list), which
 * per source would cost more than the searches. The spread of the batch
 * estimates gives the standard error (B - 1 degrees of freedom), with the
 * finite population correction (1 - k/|V|): a sample of all vertices has
 * none. The cost is k/|V| of the exact computation. */
static sn_status sampled_betweenness(mctx *c, int edges)
{
	size_t n = c->g->nv, k = c->o->sample, nb = k < 32 ? k : 32, len;
	unsigned long long rs = c->o->seed ? c->o->seed : 0x5eed5eedULL;
	igraph_integer_t *perm = malloc((n ? n : 1) * sizeof *perm);
	double *sum = NULL, *sq = NULL;
	igraph_vector_int_t batch;
	igraph_error_t err = IGRAPH_SUCCESS;
	sn_status st = SN_OK;

	len = edges ? (size_t)igraph_ecount(c->ig) : n;
	if (igraph_vector_int_init(&batch, 0) != IGRAPH_SUCCESS) {
		free(perm);
		return sn__error_nomem();
	}
	if (!perm || !(sum = calloc(len ? len : 1, sizeof *sum)) || !(sq = calloc(len ? len : 1, sizeof *sq)) ||
	    !(c->se = malloc((c->n ? c->n : 1) * sizeof *c->se))) {
		st = sn__error_nomem();
		goto done;
	}
	/* the first k of a partial Fisher-Yates shuffle */
	for (size_t i = 0; i < n; i++)
		perm[i] = (igraph_integer_t)i;
	for (size_t i = 0; i < k; i++) {
		size_t j = i + (size_t)(next_random(&rs) % (n - i));
		igraph_integer_t t = perm[i];
		perm[i] = perm[j];
		perm[j] = t;
	}
	for (size_t b = 0; b < nb && err == IGRAPH_SUCCESS; b++) {
		size_t from = b * k / nb, to = (b + 1) * k / nb;
		/* this batch's own estimate is f times its subset betweenness */
		double f = (double)n / (double)(to - from), w = (double)(to - from) / (double)k;
		igraph_vs_t vs;
		if ((err = igraph_vector_int_resize(&batch, (igraph_integer_t)(to - from))) != IGRAPH_SUCCESS)
			break;
		memcpy(VECTOR(batch), perm + from, (to - from) * sizeof *perm);
		vs = igraph_vss_vector(&batch);
		err = edges ? igraph_edge_betweenness_subset(c->ig, &c->res, igraph_ess_all(IGRAPH_EDGEORDER_ID),
		                                             c->g->directed, vs, igraph_vss_all(), c->wp)
		            : igraph_betweenness_subset(c->ig, &c->res, igraph_vss_all(), c->g->directed, vs,
		                                        igraph_vss_all(), c->wp);
		for (size_t i = 0; err == IGRAPH_SUCCESS && i < len; i++) {
			double x = VECTOR(c->res)[i];
			sum[i] += x;
			sq[i] += w * (f * x) * (f * x);
		}
		if (err == IGRAPH_SUCCESS && sn__stop_requested())
			break;
	}
	if (err != IGRAPH_SUCCESS) {
		st = sn__from_igraph(err, sn_measure_name(c->m));
		goto done;
	}
	for (size_t i = 0; i < c->n; i++) {
		size_t t = edges && c->collapsed ? (size_t)VECTOR(c->tie)[i] : i;
		double est = sum[t] * (double)n / (double)k;
		/* the batch estimates' (weighted) variance over B - 1: the mean's */
		double var = nb > 1 ? (sq[t] - est * est) / (double)(nb - 1) : 0.0;
		c->v[i] = est;
		c->se[i] = sqrt((var > 0 ? var : 0.0) * (1.0 - (double)k / (double)n));
	}
	c->sampled = k;
done:
	igraph_vector_int_destroy(&batch);
	free(perm);
	free(sum);
	free(sq);
	return st;
}

static int sampling(const mctx *c)
{
	return c->o->sample > 0 && c->o->sample < c->g->nv;
}

static sn_status m_betweenness(mctx *c)
{
	sn_status st = prepare_paths(c, NULL);
	if (st < 0)
		return st;
	if (sampling(c))
		return sampled_betweenness(c, 0);
	return from_res(c, igraph_betweenness_cutoff(c->ig, &c->res, igraph_vss_all(), c->g->directed, c->wp, c->cutoff));
}

static sn_status m_edge_betweenness(mctx *c)
{
	sn_status st = prepare_paths(c, NULL);
	igraph_error_t err;

	if (st < 0)
		return st;
	if (sampling(c))
		return sampled_betweenness(c, 1);
	err = igraph_edge_betweenness_cutoff(c->ig, &c->res, c->g->directed, c->wp, c->cutoff);
	if (err != IGRAPH_SUCCESS || !c->collapsed)
		return from_res(c, err);
	/* each of a tie's edges carries the tie's betweenness */
	for (size_t e = 0; e < c->n; e++)
		c->v[e] = VECTOR(c->res)[VECTOR(c->tie)[e]];
	return SN_OK;
}

/* Closeness and harmonic follow paths out of a vertex (igraph's default),
 * but NetworkX's - and so --normalized's - come in: on a directed graph,
 * normalized without a mode means in-distances. */
static igraph_neimode_t path_mode(const mctx *c)
{
	return neimode(c->o->mode, c->o->normalized && c->g->directed ? IGRAPH_IN : IGRAPH_OUT);
}

/* Scores in 1/distance back to the caller's unit. */
static sn_status per_distance(mctx *c, sn_status st, double s)
{
	if (st == SN_OK && s != 1.0)
		for (size_t i = 0; i < c->n; i++)
			c->v[i] /= s;
	return st;
}

static sn_status m_closeness(mctx *c)
{
	double s;
	sn_status st = prepare_paths(c, &s);

	if (st < 0)
		return st;
	return per_distance(c, from_res(c, igraph_closeness_cutoff(c->ig, &c->res, &c->reach, NULL, igraph_vss_all(),
	                                                           path_mode(c), c->wp, 0, c->cutoff)),
	                    s);
}

static sn_status m_harmonic(mctx *c)
{
	double s;
	sn_status st = prepare_paths(c, &s);

	if (st < 0)
		return st;
	return per_distance(c, from_res(c, igraph_harmonic_centrality_cutoff(c->ig, &c->res, igraph_vss_all(),
	                                                                     path_mode(c), c->wp, 0, c->cutoff)),
	                    s);
}

static sn_status m_eigenvector(mctx *c)
{
	return from_res(c, igraph_eigenvector_centrality(c->ig, &c->res, NULL, c->g->directed, 1, c->wp, NULL));
}

static sn_status m_pagerank(mctx *c)
{
	const sn_centrality_opts *o = c->o;
	igraph_vector_t reset;
	igraph_error_t err;

	if ((err = igraph_vector_init(&reset, o->n_personalization ? (igraph_integer_t)c->n : 0)) != IGRAPH_SUCCESS)
		return from_res(c, err);
	for (size_t i = 0; i < o->n_personalization; i++)
		VECTOR(reset)[o->personalization[i]] = 1.0;
	err = igraph_personalized_pagerank(c->ig, IGRAPH_PAGERANK_ALGO_PRPACK, &c->res, NULL, igraph_vss_all(),
	                                   c->g->directed, o->damping, o->n_personalization ? &reset : NULL, c->wp, NULL);
	igraph_vector_destroy(&reset);
	return from_res(c, err);
}

static sn_status m_hub_authority(mctx *c)
{
	igraph_vector_t other;
	igraph_error_t err;
	int hub = c->m == SN_HUB;

	if ((err = igraph_vector_init(&other, 0)) != IGRAPH_SUCCESS)
		return from_res(c, err);
	err = igraph_hub_and_authority_scores(c->ig, hub ? &c->res : &other, hub ? &other : &c->res, NULL, 1, c->wp, NULL);
	igraph_vector_destroy(&other);
	return from_res(c, err);
}

static sn_status m_constraint(mctx *c)
{
	return from_res(c, igraph_constraint(c->ig, &c->res, igraph_vss_all(), c->wp));
}

static sn_status m_holes(mctx *c)
{
	return sn__structural_holes(c->g, c->wp ? VECTOR(*c->wp) : NULL, c->m == SN_EFFICIENCY, c->v);
}

static sn_status m_clustering(mctx *c)
{
	if (c->wp)
		return from_res(c, igraph_transitivity_barrat(c->ig, &c->res, igraph_vss_all(), c->wp,
		                                              IGRAPH_TRANSITIVITY_ZERO));
	return from_res(c, igraph_transitivity_local_undirected(c->ig, &c->res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO));
}

/* Opsahl et al. (2010): degree^(1-alpha) * strength^alpha. */
static sn_status m_opsahl_degree(mctx *c)
{
	igraph_neimode_t mode = neimode(c->o->mode, IGRAPH_ALL);
	igraph_error_t err = igraph_degree(c->ig, &c->ires, igraph_vss_all(), mode, IGRAPH_LOOPS);

	if (err == IGRAPH_SUCCESS)
		err = igraph_strength(c->ig, &c->res, igraph_vss_all(), mode, IGRAPH_LOOPS, c->wp);
	if (err == IGRAPH_SUCCESS)
		for (size_t i = 0; i < c->n; i++) {
			double k = (double)VECTOR(c->ires)[i], s = VECTOR(c->res)[i];
			VECTOR(c->res)[i] = k > 0 ? pow(k, 1 - c->o->alpha) * pow(s, c->o->alpha) : 0.0;
		}
	return from_res(c, err);
}

/* Opsahl closeness and betweenness: strengths become distances 1 / w^alpha,
 * so with alpha 0 every tie is one step, with alpha 1 the inverse strength. */
static sn_status m_opsahl_paths(mctx *c)
{
	for (igraph_integer_t e = 0; e < igraph_vector_size(&c->w); e++) {
		if (VECTOR(c->w)[e] == 0) {
			char name[300];
			return sn__error(SN_EINVAL, "%s: %s = 0 cannot be turned into a distance (1/0)",
			                 sn__edge_name(c->g, (size_t)e, name, sizeof name), c->o->weight);
		}
		VECTOR(c->w)[e] = 1.0 / pow(VECTOR(c->w)[e], c->o->alpha);
	}
	if (c->m == SN_OPSAHL_BETWEENNESS)
		return m_betweenness(c);
	return m_closeness(c);
}

static sn_status m_brokerage(mctx *c)
{
	return sn__brokerage(c->g, c->ig, c->o->group, c->o->from_group, c->o->to_group, c->m, c->v);
}

static sn_status m_concentration(mctx *c)
{
	return sn__concentration(c->g, c->wp, c->o->relation, c->o->mode, c->v);
}

#define M(id, name, need, norm, edges, needs_weight, fn, desc) [id] = { name, need, norm, edges, needs_weight, fn, desc }
static const struct measure_info measures[SN_MEASURE_COUNT_] = {
	M(SN_DEGREE, "degree", NEED_NONE, NORM_SCALE, 0, 0, m_degree, "how many ties an actor has"),
	M(SN_STRENGTH, "strength", NEED_STRENGTH, NORM_SCALE, 0, 0, m_strength, "the summed weight of an actor's ties"),
	M(SN_BETWEENNESS, "betweenness", NEED_DISTANCE, NORM_SCALE, 0, 0, m_betweenness,
	  "how often an actor lies on the shortest paths between others: a broker"),
	M(SN_EDGE_BETWEENNESS, "edge_betweenness", NEED_DISTANCE, NORM_SCALE, 1, 0, m_edge_betweenness,
	  "how often a tie lies on the shortest paths between actors: a bridge"),
	M(SN_CLOSENESS, "closeness", NEED_DISTANCE, NORM_WF, 0, 0, m_closeness, "how near an actor is to all it can reach"),
	M(SN_HARMONIC, "harmonic", NEED_DISTANCE, NORM_SCALE, 0, 0, m_harmonic,
	  "the summed nearness (1/distance) to every other actor; robust to disconnection"),
	M(SN_EIGENVECTOR, "eigenvector", NEED_STRENGTH, NORM_L2, 0, 0, m_eigenvector,
	  "tied to actors who are themselves well tied"),
	M(SN_PAGERANK, "pagerank", NEED_STRENGTH, NORM_NONE, 0, 0, m_pagerank,
	  "where a random walk along ties spends its time"),
	M(SN_HUB, "hub", NEED_STRENGTH, NORM_L1, 0, 0, m_hub_authority, "points to many authorities (directed ties)"),
	M(SN_AUTHORITY, "authority", NEED_STRENGTH, NORM_L1, 0, 0, m_hub_authority, "pointed to by many hubs (directed ties)"),
	M(SN_CONSTRAINT, "constraint", NEED_STRENGTH, NORM_NONE, 0, 0, m_constraint,
	  "Burt's constraint: high when an actor's partners are tied to each other (no brokerage)"),
	M(SN_CORENESS, "coreness", NEED_NONE, NORM_NONE, 0, 0, m_coreness, "the deepest k-core the actor belongs to"),
	M(SN_CLUSTERING, "clustering", NEED_STRENGTH, NORM_NONE, 0, 0, m_clustering,
	  "how far an actor's partners are tied to each other"),
	M(SN_OPSAHL_DEGREE, "opsahl_degree", NEED_STRENGTH, NORM_NONE, 0, 1, m_opsahl_degree,
	  "ties and their strength blended: degree^(1-alpha) * strength^alpha"),
	M(SN_OPSAHL_CLOSENESS, "opsahl_closeness", NEED_STRENGTH, NORM_WF, 0, 1, m_opsahl_paths,
	  "closeness on distances 1/weight^alpha (Opsahl et al. 2010)"),
	M(SN_OPSAHL_BETWEENNESS, "opsahl_betweenness", NEED_STRENGTH, NORM_SCALE, 0, 1, m_opsahl_paths,
	  "betweenness on distances 1/weight^alpha (Opsahl et al. 2010)"),
	M(SN_BROKERAGE_COORDINATOR, "brokerage_coordinator", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "brokers within its own group"),
	M(SN_BROKERAGE_ITINERANT, "brokerage_itinerant", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "brokers between two members of another group"),
	M(SN_BROKERAGE_GATEKEEPER, "brokerage_gatekeeper", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "lets an outsider into its own group"),
	M(SN_BROKERAGE_REPRESENTATIVE, "brokerage_representative", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "speaks for its own group to an outsider"),
	M(SN_BROKERAGE_LIAISON, "brokerage_liaison", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "brokers between two other groups"),
	M(SN_BROKERAGE_TOTAL, "brokerage", NEED_NONE, NORM_NONE, 0, 0, m_brokerage,
	  "all brokerage roles together (Gould and Fernandez)"),
	M(SN_EFFECTIVE_SIZE, "effective_size", NEED_STRENGTH, NORM_NONE, 0, 0, m_holes,
	  "Burt's effective size: partners less their redundancy (ties among them)"),
	M(SN_EFFICIENCY, "efficiency", NEED_STRENGTH, NORM_NONE, 0, 0, m_holes,
	  "Burt's efficiency: effective size per partner, 1 = no partner tied to another"),
	M(SN_CONCENTRATION, "concentration", NEED_STRENGTH, NORM_NONE, 0, 0, m_concentration,
	  "Herfindahl-Hirschman index of tie strength by partner: 1 = a single partner"),
};
#undef M

/* NetworkX's normalizing factor for NORM_SCALE measures. */
static double nx_scale(const sn_graph *g, sn_measure m)
{
	double n = (double)g->nv;

	switch (m) {
	case SN_BETWEENNESS:
	case SN_OPSAHL_BETWEENNESS:
		if (n <= 2)
			return 1.0;
		return (g->directed ? 1.0 : 2.0) / ((n - 1) * (n - 2));
	case SN_EDGE_BETWEENNESS:
		if (n <= 1)
			return 1.0;
		return (g->directed ? 1.0 : 2.0) / (n * (n - 1));
	default: /* degree, strength, harmonic */
		return n > 1 ? 1.0 / (n - 1) : 1.0;
	}
}

static void normalize_sum(double *v, size_t n, int square)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += square ? v[i] * v[i] : fabs(v[i]);
	if (square)
		s = sqrt(s);
	if (s > 0)
		for (size_t i = 0; i < n; i++)
			v[i] /= s;
}

static void normalize(mctx *c)
{
	size_t n = c->n;

	switch (measures[c->m].norm) {
	case NORM_WF:
		/* NetworkX (Wasserman-Faust): r/sum * r/(n-1) */
		for (size_t i = 0; i < n; i++) {
			double r = (double)VECTOR(c->reach)[i];
			c->v[i] = r > 0 && n > 1 ? r * c->v[i] * r / (double)(n - 1) : 0.0;
		}
		break;
	case NORM_L2: normalize_sum(c->v, n, 1); break;
	case NORM_L1: normalize_sum(c->v, n, 0); break;
	case NORM_SCALE: {
		double f = nx_scale(c->g, c->m);
		for (size_t i = 0; i < n; i++)
			c->v[i] *= f;
		for (size_t i = 0; c->se && i < n; i++)
			c->se[i] *= f;
		break;
	}
	case NORM_NONE: break;
	}
}

/* Concentration's weights: only the ties of the chosen relation need one,
 * so missing values stay NaN here and are checked where used. */
static sn_status partial_weights(mctx *c)
{
	const sn_graph *g = c->g;
	const sn_centrality_opts *o = c->o;
	size_t k;
	sn_status st;

	if ((st = sn_key_find(g, SN_DOMAIN_EDGE, o->weight, &k)) < 0)
		return st;
	if (igraph_vector_resize(&c->w, (igraph_integer_t)g->ne) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if ((st = sn_attr_get_doubles(g, k, SN_DOMAIN_EDGE, VECTOR(c->w), g->ne)) < 0)
		return st;
	for (size_t e = 0; e < g->ne; e++) {
		double x = VECTOR(c->w)[e];
		if (isnan(x) && !sn_attr_is_set(g, k, SN_DOMAIN_EDGE, e))
			continue;
		if ((st = sn__check_weight(g, e, o->weight, x, o->weight_is, SN_WEIGHT_STRENGTH, 0)) < 0)
			return st;
		if (o->weight_is == SN_WEIGHT_DISTANCE)
			VECTOR(c->w)[e] = 1.0 / x;
	}
	return SN_OK;
}

/* Fills c->w and c->wp as the measure needs: weights converted between
 * distance and strength and checked; none when the measure takes none. */
static sn_status weights(mctx *c)
{
	const struct measure_info *mi = &measures[c->m];
	sn_status st;

	if (!c->o->weight || mi->need == NEED_NONE)
		return SN_OK;
	if (c->m == SN_CONCENTRATION)
		st = partial_weights(c);
	else
		st = sn__weights(c->g, c->o->weight, c->o->weight_is,
		                 mi->need == NEED_DISTANCE ? SN_WEIGHT_DISTANCE : SN_WEIGHT_STRENGTH,
		                 c->o->missing_weight == SN_MISSING_VALUE ? c->o->missing_value : NAN, &c->w);
	if (st == SN_OK)
		c->wp = &c->w;
	return st;
}

/* The options with their defaults filled in, or an error naming the bad one. */
static sn_status check_opts(const sn_graph *g, sn_measure m, const sn_centrality_opts *opts, sn_centrality_opts *o)
{
	if (opts && !opts_size(opts->version))
		return sn__error(SN_EINVAL, "invalid argument: sn_centrality_opts version %u, expected 1 to %u",
		                 opts->version, SN_CENTRALITY_OPTS_VERSION);
	sn_centrality_opts_init(o, SN_CENTRALITY_OPTS_VERSION);
	if (opts) {
		memcpy(o, opts, opts_size(opts->version));
		o->version = SN_CENTRALITY_OPTS_VERSION;
	}
	if ((o->n_avoid && !o->avoid) || (o->n_only && !o->only))
		return sn__error(SN_EINVAL, "invalid argument: avoid or only is NULL with a count");
	if ((unsigned)o->missing_weight > SN_MISSING_SKIP)
		return sn__error(SN_EINVAL, "invalid argument: missing_weight %d", (int)o->missing_weight);
	if (o->missing_weight == SN_MISSING_VALUE && !(o->missing_value >= 0 && isfinite(o->missing_value)))
		return sn__error(SN_EINVAL, "a missing weight's value must be finite and not below zero, not %g",
		                 o->missing_value);
	if (o->weight && o->weight_is == SN_WEIGHT_NONE)
		return sn__error(SN_EINVAL, "weight '%s': say whether it is a distance or a strength", o->weight);
	if (o->damping == 0)
		o->damping = 0.85;
	if (!(o->damping > 0 && o->damping < 1))
		return sn__error(SN_EINVAL, "damping %g is not between 0 and 1", o->damping);
	if (!(o->alpha >= 0 && isfinite(o->alpha)))
		return sn__error(SN_EINVAL, "alpha %g must be a finite number not below zero", o->alpha);
	if (measures[m].needs_weight && !o->weight)
		return sn__error(SN_EINVAL, "%s needs a weight", sn_measure_name(m));
	if (o->sample && o->cutoff > 0 &&
	    (m == SN_BETWEENNESS || m == SN_EDGE_BETWEENNESS || m == SN_OPSAHL_BETWEENNESS))
		return sn__error(SN_EINVAL, "a sample of sources and a cutoff do not combine: choose one");
	for (size_t i = 0; i < o->n_personalization; i++)
		if (o->personalization[i] >= g->nv)
			return sn__error(SN_EINVAL, "personalization vertex %zu out of range", o->personalization[i]);
	return SN_OK;
}

static void mctx_free(mctx *c)
{
	if (c->collapsed)
		igraph_destroy(&c->ties);
	igraph_vector_int_destroy(&c->tie);
	igraph_vector_destroy(&c->w);
	igraph_vector_destroy(&c->res);
	igraph_vector_int_destroy(&c->ires);
	igraph_vector_int_destroy(&c->reach);
}

static sn_status centrality_impl(sn_scores **out, const sn_graph *g, sn_measure m, const sn_centrality_opts *opts);

/* Marks what o's avoid and only leave out, with the routing constraints'
 * grammar and messages; *vdrop and *edrop belong to the caller. */
static sn_status left_out(const sn_graph *g, const char *const *avoid, size_t n_avoid, const char *const *only,
                          size_t n_only, unsigned char **vdrop, unsigned char **edrop)
{
	sn_route_opts ro = SN_ROUTE_OPTS_INIT;
	sn__query q;
	sn_status st;

	*vdrop = *edrop = NULL;
	ro.avoid = avoid;
	ro.n_avoid = n_avoid;
	ro.only = only;
	ro.n_only = n_only;
	ro.flags = SN_ROUTE_INCLUDE_PLANNED; /* status is a routing rule */
	if ((st = sn__query_prepare(&q, g, &ro, NULL, NULL, 0)) < 0)
		return st;
	*vdrop = q.vclosed;
	*edrop = q.eclosed;
	q.vclosed = q.eclosed = NULL;
	sn__query_free(&q);
	return SN_OK;
}

sn_status sn_graph_select(const sn_graph *g, const char *const *avoid, size_t n_avoid, const char *const *only,
                          size_t n_only, unsigned char *drop_vertices, unsigned char *drop_edges)
{
	unsigned char *vdrop = NULL, *edrop = NULL;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(drop_vertices != NULL && drop_edges != NULL);
	SN_CHECK_ARG((avoid || !n_avoid) && (only || !n_only));
	if ((st = left_out(g, avoid, n_avoid, only, n_only, &vdrop, &edrop)) < 0)
		return st;
	for (size_t v = 0; v < g->nv; v++)
		drop_vertices[v] = vdrop && vdrop[v];
	for (size_t e = 0; e < g->ne; e++)
		drop_edges[e] = (edrop && edrop[e]) || drop_vertices[g->ends[2 * e]] || drop_vertices[g->ends[2 * e + 1]];
	free(vdrop);
	free(edrop);
	return SN_OK;
}

/* The scores of sub, computed without some of g, as scores of g: NaN for
 * what was left out. Sub's warnings come along. */
static sn_status scores_back(sn_scores *s, const sn_graph *g, const size_t *vmap, const size_t *emap, int edges,
                             sn_scores **out)
{
	size_t n = edges ? g->ne : g->nv;
	const size_t *map = edges ? emap : vmap;
	double *v = malloc((n ? n : 1) * sizeof *v);
	sn_scores *r = NULL;

	if (!v || sn__scores_wrap(&r, s->domain, v, n) < 0) {
		free(v);
		return sn__error_nomem();
	}
	r->measure = s->measure;
	for (size_t i = 0; i < n; i++)
		v[i] = map[i] == SIZE_MAX ? NAN : s->v[map[i]];
	if (s->se) {
		if (!(r->se = malloc((n ? n : 1) * sizeof *r->se))) {
			sn_scores_free(r);
			return sn__error_nomem();
		}
		for (size_t i = 0; i < n; i++)
			r->se[i] = map[i] == SIZE_MAX ? NAN : s->se[map[i]];
		r->sample = s->sample;
	}
	memcpy(r->warnings, s->warnings, s->nwarnings * sizeof *r->warnings);
	r->nwarnings = s->nwarnings;
	s->nwarnings = 0;
	*out = r;
	return SN_OK;
}

/* Under SN_MISSING_SKIP, the edges that have no value of the weight, for a
 * measure that reads it; *out stays NULL when there are none. */
static sn_status unweighted_edges(const sn_graph *g, sn_measure m, const sn_centrality_opts *o, unsigned char **out)
{
	size_t k, n = 0;
	sn_status st;

	*out = NULL;
	if (!o->weight || o->missing_weight != SN_MISSING_SKIP || measures[m].need == NEED_NONE ||
	    m == SN_CONCENTRATION)
		return SN_OK;
	if ((st = sn_key_find(g, SN_DOMAIN_EDGE, o->weight, &k)) < 0)
		return st;
	if (sn_key_default(g, k))
		return SN_OK;
	if (!(*out = calloc(g->ne ? g->ne : 1, 1)))
		return sn__error_nomem();
	for (size_t e = 0; e < g->ne; e++)
		if (!sn_attr_is_set(g, k, SN_DOMAIN_EDGE, e)) {
			(*out)[e] = 1;
			n++;
		}
	if (!n) {
		free(*out);
		*out = NULL;
	}
	return SN_OK;
}

/* A removal scenario: the measure on the network that avoid and only
 * leave, as a copy (every measure then reads it as it reads any graph:
 * weights, groups, normalization by the remaining size). Personalized
 * PageRank keeps the vertices that remain. */
static sn_status centrality_without(sn_scores **out, const sn_graph *g, sn_measure m, const sn_centrality_opts *o,
                                    const unsigned char *unweighted)
{
	unsigned char *vdrop = NULL, *edrop = NULL;
	size_t *vmap = malloc((g->nv ? g->nv : 1) * sizeof *vmap), *emap = malloc((g->ne ? g->ne : 1) * sizeof *emap);
	size_t *pers = malloc((o->n_personalization ? o->n_personalization : 1) * sizeof *pers), np = 0;
	sn_centrality_opts so = *o;
	sn_graph *sub = NULL;
	sn_scores *s = NULL;
	sn_status st;

	if (!vmap || !emap || !pers) {
		st = sn__error_nomem();
		goto done;
	}
	if ((st = left_out(g, o->avoid, o->n_avoid, o->only, o->n_only, &vdrop, &edrop)) < 0)
		goto done;
	for (size_t e = 0; unweighted && e < g->ne; e++)
		edrop[e] |= unweighted[e];
	if ((st = sn__graph_subgraph(&sub, g, vdrop, edrop, vmap, emap)) < 0)
		goto done;
	for (size_t i = 0; i < o->n_personalization; i++)
		if (vmap[o->personalization[i]] != SIZE_MAX)
			pers[np++] = vmap[o->personalization[i]];
	if (o->n_personalization && !np) {
		st = sn__error(SN_EINVAL, "every personalization vertex is left out");
		goto done;
	}
	so.personalization = pers;
	so.n_personalization = np;
	so.avoid = so.only = NULL;
	so.n_avoid = so.n_only = 0;
	so.missing_weight = SN_MISSING_ERROR; /* what remains has every weight */
	if ((st = centrality_impl(&s, sub, m, &so)) < 0 ||
	    (st = scores_back(s, g, vmap, emap, measures[m].edges, out)) < 0)
		goto done;
	for (size_t i = 0; i < o->n_avoid && (*out)->nwarnings < SN__IG_WARNINGS; i++) {
		char msg[300];
		size_t nv, ne;
		if ((st = sn_graph_spec_matches(g, o->avoid[i], &nv, &ne, NULL)) < 0)
			break;
		snprintf(msg, sizeof msg, "avoid '%s' leaves nothing out", o->avoid[i]);
		if (!nv && !ne && ((*out)->warnings[(*out)->nwarnings] = strdup(msg)))
			(*out)->nwarnings++;
	}
	if (st < 0) {
		sn_scores_free(*out);
		*out = NULL;
	}
done:
	sn_scores_free(s);
	sn_graph_free(sub);
	free(vdrop);
	free(edrop);
	free(vmap);
	free(emap);
	free(pers);
	return st;
}

/* One measure: options checked, weights converted as measures[m] needs,
 * the compute function run under the progress handler, normalized last. */
static sn_status centrality_impl(sn_scores **out, const sn_graph *g, sn_measure m, const sn_centrality_opts *opts)
{
	sn_centrality_opts o;
	unsigned char *unweighted = NULL;
	sn__igctx ctx;
	sn_scores *sc = NULL;
	mctx c;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG((unsigned)m < SN_MEASURE_COUNT_);
	if ((st = check_opts(g, m, opts, &o)) < 0)
		return st;
	if ((st = unweighted_edges(g, m, &o, &unweighted)) < 0)
		return st;
	if (o.n_avoid || o.n_only || unweighted) {
		st = centrality_without(out, g, m, &o, unweighted);
		free(unweighted);
		return st;
	}
	/* zeroed vectors destroy safely even when their init failed */
	memset(&c, 0, sizeof c);
	c.g = g;
	c.o = &o;
	c.m = m;
	c.cutoff = o.cutoff > 0 ? o.cutoff : -1;
	c.n = measures[m].edges ? g->ne : g->nv;
	if ((st = sn__graph_ig(g, &c.ig)) < 0)
		return st;
	if (igraph_vector_init(&c.w, 0) != IGRAPH_SUCCESS || igraph_vector_init(&c.res, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&c.ires, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&c.reach, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&c.tie, 0) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	if ((st = weights(&c)) < 0)
		goto done;
	if (!(sc = calloc(1, sizeof *sc)) || !(sc->v = malloc((c.n ? c.n : 1) * sizeof *sc->v))) {
		st = sn__error_nomem();
		goto done;
	}
	sc->measure = m;
	sc->domain = measures[m].edges ? SN_DOMAIN_EDGE : SN_DOMAIN_NODE;
	sc->n = c.n;
	c.v = sc->v;
	sn__ig_enter_progress(&ctx, o.progress, o.payload);
	st = measures[m].compute(&c);
	if (st == SN_OK && sn__stop_requested())
		st = sn__error(SN_EINTERRUPTED, "%s: interrupted", sn_measure_name(m));
	sc->nwarnings = sn__ig_take_warnings(sc->warnings, SN__IG_WARNINGS);
	sn__ig_leave(&ctx);
	if (st == SN_OK && o.normalized)
		normalize(&c);
done:
	if (sc && c.sampled) {
		sc->se = c.se;
		sc->sample = c.sampled;
		c.se = NULL;
	}
	free(c.se);
	mctx_free(&c);
	if (st < 0) {
		sn_scores_free(sc);
		return st;
	}
	*out = sc;
	return SN_OK;
}

sn_status sn_graph_attach_scores(sn_graph *g, const char *name, const sn_scores *s, size_t *key)
{
	size_t k;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(name != NULL && name[0] != '\0');
	SN_CHECK_ARG(s != NULL);
	if (s->n != (s->domain == SN_DOMAIN_EDGE ? g->ne : g->nv))
		return sn__error(SN_EINVAL, "%zu scores for a graph of %zu %s", s->n,
		                 s->domain == SN_DOMAIN_EDGE ? g->ne : g->nv, s->domain == SN_DOMAIN_EDGE ? "edges" : "vertices");
	if (sn_key_find(g, s->domain, name, &k) == SN_OK) {
		if (sn_key_type(g, k) != SN_TYPE_DOUBLE)
			return sn__error(SN_EINVAL, "%s attribute '%s' exists as a %s, not a double", sn_domain_name(s->domain),
			                 name, sn_key_type_name(g, k));
	} else if ((st = sn_key_add(g, name, s->domain, SN_TYPE_DOUBLE, &k)) < 0)
		return st;
	for (size_t i = 0; i < s->n; i++) {
		st = isnan(s->v[i]) ? sn_attr_unset(g, k, s->domain, i) : sn_attr_set_double(g, k, s->domain, i, s->v[i]);
		if (st < 0)
			return st;
	}
	if (key)
		*key = k;
	return SN_OK;
}

sn_status sn__scores_wrap(sn_scores **out, sn_domain d, double *v, size_t n)
{
	sn_scores *s = calloc(1, sizeof *s);

	if (!s)
		return sn__error_nomem();
	s->measure = SN_MEASURE_COUNT_;
	s->domain = d;
	s->n = n;
	s->v = v;
	*out = s;
	return SN_OK;
}

sn_status sn_centrality(sn_scores **out, const sn_graph *g, sn_measure m, const sn_centrality_opts *opts)
{
	SN__IG_RETURN(centrality_impl(out, g, m, opts));
}
