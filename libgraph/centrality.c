/*
 * centrality.c - who is central: igraph's measures with explicit weight
 * semantics and NetworkX's normalizations, and the measures actor networks
 * need that general libraries lack (Opsahl, brokerage roles, concentration).
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct sn_scores {
	sn_measure measure;
	sn_domain domain;
	size_t n;
	double *v;
};

enum need { NEED_NONE, NEED_DISTANCE, NEED_STRENGTH };

static const struct measure_info {
	const char *name;
	enum need need;
	const char *desc;
} measures[SN_MEASURE_COUNT_] = {
	[SN_DEGREE] = { "degree", NEED_NONE, "how many ties an actor has" },
	[SN_STRENGTH] = { "strength", NEED_STRENGTH, "the summed weight of an actor's ties" },
	[SN_BETWEENNESS] = { "betweenness", NEED_DISTANCE,
	                     "how often an actor lies on the shortest paths between others: a broker" },
	[SN_EDGE_BETWEENNESS] = { "edge_betweenness", NEED_DISTANCE,
	                          "how often a tie lies on the shortest paths between actors: a bridge" },
	[SN_CLOSENESS] = { "closeness", NEED_DISTANCE, "how near an actor is to all it can reach" },
	[SN_HARMONIC] = { "harmonic", NEED_DISTANCE,
	                  "the summed nearness (1/distance) to every other actor; robust to disconnection" },
	[SN_EIGENVECTOR] = { "eigenvector", NEED_STRENGTH, "tied to actors who are themselves well tied" },
	[SN_PAGERANK] = { "pagerank", NEED_STRENGTH, "where a random walk along ties spends its time" },
	[SN_HUB] = { "hub", NEED_STRENGTH, "points to many authorities (directed ties)" },
	[SN_AUTHORITY] = { "authority", NEED_STRENGTH, "pointed to by many hubs (directed ties)" },
	[SN_CONSTRAINT] = { "constraint", NEED_STRENGTH,
	                    "Burt's constraint: high when an actor's partners are tied to each other (no brokerage)" },
	[SN_CORENESS] = { "coreness", NEED_NONE, "the deepest k-core the actor belongs to" },
	[SN_CLUSTERING] = { "clustering", NEED_STRENGTH, "how far an actor's partners are tied to each other" },
	[SN_OPSAHL_DEGREE] = { "opsahl_degree", NEED_STRENGTH,
	                       "ties and their strength blended: degree^(1-alpha) * strength^alpha" },
	[SN_OPSAHL_CLOSENESS] = { "opsahl_closeness", NEED_STRENGTH,
	                          "closeness on distances 1/weight^alpha (Opsahl et al. 2010)" },
	[SN_OPSAHL_BETWEENNESS] = { "opsahl_betweenness", NEED_STRENGTH,
	                            "betweenness on distances 1/weight^alpha (Opsahl et al. 2010)" },
	[SN_BROKERAGE_COORDINATOR] = { "brokerage_coordinator", NEED_NONE, "brokers within its own group" },
	[SN_BROKERAGE_ITINERANT] = { "brokerage_itinerant", NEED_NONE,
	                             "brokers between two members of another group" },
	[SN_BROKERAGE_GATEKEEPER] = { "brokerage_gatekeeper", NEED_NONE,
	                              "lets an outsider into its own group" },
	[SN_BROKERAGE_REPRESENTATIVE] = { "brokerage_representative", NEED_NONE,
	                                  "speaks for its own group to an outsider" },
	[SN_BROKERAGE_LIAISON] = { "brokerage_liaison", NEED_NONE, "brokers between two other groups" },
	[SN_BROKERAGE_TOTAL] = { "brokerage", NEED_NONE, "all brokerage roles together (Gould and Fernandez)" },
	[SN_CONCENTRATION] = { "concentration", NEED_STRENGTH,
	                       "Herfindahl-Hirschman index of tie strength by partner: 1 = a single partner" },
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

sn_status sn_centrality_opts_init(sn_centrality_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (version != SN_CENTRALITY_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_centrality_opts version %u, expected %u", version,
		                 SN_CENTRALITY_OPTS_VERSION);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	opts->alpha = 0.5;
	return SN_OK;
}

void sn_scores_free(sn_scores *s)
{
	if (!s)
		return;
	free(s->v);
	free(s);
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

/* ---- brokerage ---- */

/* Gould-Fernandez roles: for every two-path u -> v -> w without a tie
 * u -> w, v brokers; its role follows the groups of u, v and w. */
static sn_status brokerage(const sn_graph *g, const igraph_t *ig, const char *group, const char *from,
                           const char *to, sn_measure m, double *res)
{
	const char *ifrom = NULL, *ito = NULL;
	igraph_adjlist_t in, out;
	const char **grp = NULL;
	size_t n = g->nv, k;
	igraph_error_t err;
	sn_status st;

	if (!group)
		return sn__error(SN_EINVAL, "brokerage needs a group attribute (e.g. bloc, region, country)");
	if ((st = sn_graph_key_find(g, SN_DOMAIN_NODE, group, &k)) < 0)
		return st;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return sn__error(SN_EINVAL, "node attribute '%s' is a %s; groups need a string", group,
		                 sn_key_type_name(g, k));
	/* interned group names compare as pointers; a name no actor has
	 * matches nobody */
	if (from && !(ifrom = sn__strpool_get(&g->strings, from, strlen(from))))
		ifrom = "";
	if (to && !(ito = sn__strpool_get(&g->strings, to, strlen(to))))
		ito = "";
	if (!(grp = malloc((n ? n : 1) * sizeof *grp)))
		return sn__error_nomem();
	for (size_t v = 0; v < n; v++)
		if (sn_attr_get_string(g, k, SN_DOMAIN_NODE, v, &grp[v]) != SN_OK) {
			free(grp);
			return sn__error(SN_EINVAL, "node '%s' has no '%s': every actor needs a group for brokerage",
			                 g->vid[v], group);
		}
	if ((err = igraph_adjlist_init(ig, &in, IGRAPH_IN, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE)) != IGRAPH_SUCCESS) {
		free(grp);
		return sn__from_igraph(err, "brokerage");
	}
	if ((err = igraph_adjlist_init(ig, &out, IGRAPH_OUT, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE)) != IGRAPH_SUCCESS) {
		igraph_adjlist_destroy(&in);
		free(grp);
		return sn__from_igraph(err, "brokerage");
	}
	/* adjacency lists come sorted: a tie u -> w is a binary search */
	for (size_t v = 0; v < n; v++) {
		igraph_vector_int_t *ins = igraph_adjlist_get(&in, v), *outs = igraph_adjlist_get(&out, v);
		double c[6] = { 0 };
		for (igraph_integer_t i = 0; i < igraph_vector_int_size(ins); i++) {
			igraph_integer_t u = VECTOR(*ins)[i];
			igraph_vector_int_t *uout = igraph_adjlist_get(&out, u);
			for (igraph_integer_t j = 0; j < igraph_vector_int_size(outs); j++) {
				igraph_integer_t w = VECTOR(*outs)[j];
				int uv, vw, uw;
				if (w == u || igraph_vector_int_binsearch2(uout, w))
					continue;
				if ((ifrom && grp[u] != ifrom) || (ito && grp[w] != ito))
					continue;
				uv = grp[u] == grp[v];
				vw = grp[v] == grp[w];
				uw = grp[u] == grp[w];
				if (uv && vw)
					c[0]++; /* coordinator */
				else if (uw)
					c[1]++; /* itinerant */
				else if (vw)
					c[2]++; /* gatekeeper */
				else if (uv)
					c[3]++; /* representative */
				else
					c[4]++; /* liaison */
			}
		}
		c[5] = c[0] + c[1] + c[2] + c[3] + c[4];
		res[v] = c[m == SN_BROKERAGE_TOTAL ? 5 : (int)(m - SN_BROKERAGE_COORDINATOR)];
	}
	igraph_adjlist_destroy(&in);
	igraph_adjlist_destroy(&out);
	free(grp);
	return SN_OK;
}

/* ---- concentration ---- */

/* Herfindahl-Hirschman index of each vertex's tie strengths by partner.
 * Edges are bucketed by vertex (a counting sort of (vertex, partner,
 * weight) triples), then each bucket sums its partners' shares. */
static sn_status concentration(const sn_graph *g, const igraph_vector_t *w, const char *relation, sn_mode mode,
                               double *res)
{
	struct triple {
		size_t v, u;
		double w;
	} *t = NULL, *sorted = NULL;
	size_t n = g->nv, m = g->ne, nt = 0, krel = SIZE_MAX;
	size_t *start = NULL, *fill = NULL, *touched = NULL;
	double *share = NULL;
	unsigned char *undirected = NULL;
	const char *want = NULL;
	sn_status st = SN_OK;

	if (relation) {
		if ((st = sn_graph_key_find(g, SN_DOMAIN_EDGE, "relation", &krel)) < 0)
			return st;
		/* an interned value: compare pointers; a value never seen matches nothing */
		want = sn__strpool_get(&g->strings, relation, strlen(relation));
	}
	t = malloc((2 * m + 1) * sizeof *t);
	sorted = malloc((2 * m + 1) * sizeof *sorted);
	start = calloc(n + 1, sizeof *start);
	fill = malloc((n + 1) * sizeof *fill);
	touched = malloc((n + 1) * sizeof *touched);
	share = calloc(n + 1, sizeof *share);
	undirected = calloc(m + 1, 1);
	if (!t || !sorted || !start || !fill || !touched || !share || !undirected) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t e = 0; g->etwin && e < m; e++)
		if (g->etwin[e] != SIZE_MAX)
			undirected[g->etwin[e]] = 1;
	for (size_t e = 0; e < m; e++) {
		size_t s = (size_t)g->ends[2 * e], d = (size_t)g->ends[2 * e + 1];
		double x = w ? VECTOR(*w)[e] : 1.0;
		int both = !g->directed || undirected[e];
		/* a reverse twin repeats an undirected edge counted both ways already */
		if (s == d || (g->etwin && g->etwin[e] != SIZE_MAX))
			continue;
		if (want || relation) {
			const char *r = NULL;
			if (!want || sn_attr_get_string(g, krel, SN_DOMAIN_EDGE, e, &r) != SN_OK || r != want)
				continue;
		}
		if (isnan(x)) {
			char name[300];
			st = sn__error(SN_EINVAL, "%s has no weight (and the key has no default)",
			               sn__edge_name(g, e, name, sizeof name));
			goto done;
		}
		if (both || mode != SN_MODE_IN)
			t[nt++] = (struct triple){ s, d, x };
		if (both || mode != SN_MODE_OUT)
			t[nt++] = (struct triple){ d, s, x };
	}
	for (size_t i = 0; i < nt; i++)
		start[t[i].v + 1]++;
	for (size_t v = 0; v < n; v++)
		start[v + 1] += start[v];
	memcpy(fill, start, (n + 1) * sizeof *fill);
	for (size_t i = 0; i < nt; i++)
		sorted[fill[t[i].v]++] = t[i];
	for (size_t v = 0; v < n; v++) {
		size_t nu = 0;
		double sum = 0, hhi = 0;
		for (size_t i = start[v]; i < start[v + 1]; i++) {
			size_t u = sorted[i].u;
			if (share[u] == 0)
				touched[nu++] = u;
			share[u] += sorted[i].w;
			sum += sorted[i].w;
		}
		for (size_t i = 0; i < nu; i++) {
			if (sum > 0)
				hhi += (share[touched[i]] / sum) * (share[touched[i]] / sum);
			share[touched[i]] = 0;
		}
		res[v] = sum > 0 ? hhi : NAN;
	}
done:
	free(t);
	free(sorted);
	free(start);
	free(fill);
	free(touched);
	free(share);
	free(undirected);
	return st;
}

/* ---- the measures ---- */

static double nx_scale(const sn_graph *g, sn_measure m)
{
	double n = (double)g->nv;

	switch (m) {
	case SN_DEGREE:
	case SN_STRENGTH:
		return n > 1 ? 1.0 / (n - 1) : 1.0;
	case SN_BETWEENNESS:
	case SN_OPSAHL_BETWEENNESS:
		if (n <= 2)
			return 1.0;
		return (g->directed ? 1.0 : 2.0) / ((n - 1) * (n - 2));
	case SN_EDGE_BETWEENNESS:
		if (n <= 1)
			return 1.0;
		return (g->directed ? 1.0 : 2.0) / (n * (n - 1));
	case SN_HARMONIC:
		return n > 1 ? 1.0 / (n - 1) : 1.0;
	default:
		return 1.0;
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

static sn_status sn_centrality_impl(sn_scores **out, const sn_graph *g, sn_measure m, const sn_centrality_opts *opts)
{
	sn_centrality_opts o;
	const igraph_t *ig;
	igraph_vector_t w, res;
	igraph_vector_int_t ires, reach;
	igraph_vector_t *wp = NULL;
	sn__igctx ctx;
	igraph_error_t err = IGRAPH_SUCCESS;
	sn_scores *sc = NULL;
	sn_status st;
	size_t n;
	int directed;
	double cutoff;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG((unsigned)m < SN_MEASURE_COUNT_);
	if (opts && opts->version != SN_CENTRALITY_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_centrality_opts version %u, expected %u",
		                 opts->version, SN_CENTRALITY_OPTS_VERSION);
	if (opts)
		o = *opts;
	else
		sn_centrality_opts_init(&o, SN_CENTRALITY_OPTS_VERSION);
	if (o.weight && o.weight_is == SN_WEIGHT_NONE)
		return sn__error(SN_EINVAL, "weight '%s': say whether it is a distance or a strength", o.weight);
	if (o.damping == 0)
		o.damping = 0.85;
	if (!(o.damping > 0 && o.damping < 1))
		return sn__error(SN_EINVAL, "damping %g is not between 0 and 1", o.damping);
	if (!(o.alpha >= 0 && isfinite(o.alpha)))
		return sn__error(SN_EINVAL, "alpha %g must be a finite number not below zero", o.alpha);
	if ((m == SN_OPSAHL_CLOSENESS || m == SN_OPSAHL_BETWEENNESS || m == SN_OPSAHL_DEGREE) && !o.weight)
		return sn__error(SN_EINVAL, "%s needs a weight", sn_measure_name(m));
	for (size_t i = 0; i < o.n_personalization; i++)
		if (o.personalization[i] >= g->nv)
			return sn__error(SN_EINVAL, "personalization vertex %zu out of range", o.personalization[i]);
	if ((st = sn__graph_ig(g, &ig)) < 0)
		return st;
	n = g->nv;
	directed = g->directed;
	cutoff = o.cutoff > 0 ? o.cutoff : -1;

	/* zeroed vectors destroy safely even when their init failed */
	memset(&w, 0, sizeof w);
	memset(&res, 0, sizeof res);
	memset(&ires, 0, sizeof ires);
	memset(&reach, 0, sizeof reach);
	if (igraph_vector_init(&w, 0) != IGRAPH_SUCCESS || igraph_vector_init(&res, 0) != IGRAPH_SUCCESS ||
	    igraph_vector_int_init(&ires, 0) != IGRAPH_SUCCESS || igraph_vector_int_init(&reach, 0) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	if (o.weight && m == SN_CONCENTRATION) {
		/* only the ties of the chosen relation need a weight: others may
		 * have none (checked where used) */
		size_t k;
		if ((st = sn_graph_key_find(g, SN_DOMAIN_EDGE, o.weight, &k)) < 0)
			goto done;
		if (igraph_vector_resize(&w, (igraph_integer_t)g->ne) != IGRAPH_SUCCESS) {
			st = sn__error_nomem();
			goto done;
		}
		if ((st = sn_attr_get_doubles(g, k, SN_DOMAIN_EDGE, VECTOR(w), g->ne)) < 0)
			goto done;
		for (size_t e = 0; e < g->ne; e++) {
			double x = VECTOR(w)[e];
			if (isnan(x) && !sn_attr_is_set(g, k, SN_DOMAIN_EDGE, e))
				continue;
			if ((st = sn__check_weight(g, e, o.weight, x, o.weight_is, SN_WEIGHT_STRENGTH, 0)) < 0)
				goto done;
			if (o.weight_is == SN_WEIGHT_DISTANCE)
				VECTOR(w)[e] = 1.0 / x;
		}
		wp = &w;
	} else if (o.weight && measures[m].need != NEED_NONE) {
		sn_weight_kind need = measures[m].need == NEED_DISTANCE ? SN_WEIGHT_DISTANCE : SN_WEIGHT_STRENGTH;
		if ((st = sn__weights(g, o.weight, o.weight_is, need, &w)) < 0)
			goto done;
		wp = &w;
	}
	if (!(sc = calloc(1, sizeof *sc))) {
		st = sn__error_nomem();
		goto done;
	}
	sc->measure = m;
	sc->domain = m == SN_EDGE_BETWEENNESS ? SN_DOMAIN_EDGE : SN_DOMAIN_NODE;
	sc->n = m == SN_EDGE_BETWEENNESS ? g->ne : n;
	if (!(sc->v = malloc((sc->n ? sc->n : 1) * sizeof *sc->v))) {
		st = sn__error_nomem();
		goto done;
	}

	sn__ig_enter_progress(&ctx, o.progress, o.payload);
	switch (m) {
	case SN_DEGREE:
	case SN_CORENESS:
		err = m == SN_DEGREE ? igraph_degree(ig, &ires, igraph_vss_all(), neimode(o.mode, IGRAPH_ALL), IGRAPH_LOOPS)
		                     : igraph_coreness(ig, &ires, neimode(o.mode, IGRAPH_ALL));
		if (err == IGRAPH_SUCCESS)
			for (size_t i = 0; i < n; i++)
				sc->v[i] = (double)VECTOR(ires)[i];
		break;
	case SN_STRENGTH:
		err = igraph_strength(ig, &res, igraph_vss_all(), neimode(o.mode, IGRAPH_ALL), IGRAPH_LOOPS, wp);
		break;
	case SN_BETWEENNESS:
		err = igraph_betweenness_cutoff(ig, &res, igraph_vss_all(), directed, wp, cutoff);
		break;
	case SN_EDGE_BETWEENNESS:
		err = igraph_edge_betweenness_cutoff(ig, &res, directed, wp, cutoff);
		break;
	case SN_CLOSENESS:
		err = igraph_closeness_cutoff(ig, &res, &reach, NULL, igraph_vss_all(), neimode(o.mode, IGRAPH_OUT), wp, 0,
		                              cutoff);
		break;
	case SN_HARMONIC:
		err = igraph_harmonic_centrality_cutoff(ig, &res, igraph_vss_all(), neimode(o.mode, IGRAPH_OUT), wp, 0,
		                                        cutoff);
		break;
	case SN_EIGENVECTOR:
		err = igraph_eigenvector_centrality(ig, &res, NULL, directed, 1, wp, NULL);
		break;
	case SN_PAGERANK: {
		igraph_vector_t reset;
		if ((err = igraph_vector_init(&reset, o.n_personalization ? (igraph_integer_t)n : 0)) != IGRAPH_SUCCESS)
			break;
		for (size_t i = 0; i < o.n_personalization; i++)
			VECTOR(reset)[o.personalization[i]] = 1.0;
		err = igraph_personalized_pagerank(ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res, NULL, igraph_vss_all(),
		                                   directed, o.damping, o.n_personalization ? &reset : NULL, wp, NULL);
		igraph_vector_destroy(&reset);
		break;
	}
	case SN_HUB:
	case SN_AUTHORITY: {
		igraph_vector_t other;
		if ((err = igraph_vector_init(&other, 0)) != IGRAPH_SUCCESS)
			break;
		err = igraph_hub_and_authority_scores(ig, m == SN_HUB ? &res : &other, m == SN_HUB ? &other : &res, NULL,
		                                      1, wp, NULL);
		igraph_vector_destroy(&other);
		break;
	}
	case SN_CONSTRAINT:
		err = igraph_constraint(ig, &res, igraph_vss_all(), wp);
		break;
	case SN_CLUSTERING:
		err = wp ? igraph_transitivity_barrat(ig, &res, igraph_vss_all(), wp, IGRAPH_TRANSITIVITY_ZERO)
		         : igraph_transitivity_local_undirected(ig, &res, igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO);
		break;
	case SN_OPSAHL_DEGREE:
		err = igraph_degree(ig, &ires, igraph_vss_all(), neimode(o.mode, IGRAPH_ALL), IGRAPH_LOOPS);
		if (err == IGRAPH_SUCCESS)
			err = igraph_strength(ig, &res, igraph_vss_all(), neimode(o.mode, IGRAPH_ALL), IGRAPH_LOOPS, wp);
		if (err == IGRAPH_SUCCESS)
			for (size_t i = 0; i < n; i++) {
				double k = (double)VECTOR(ires)[i], s = VECTOR(res)[i];
				VECTOR(res)[i] = k > 0 ? pow(k, 1 - o.alpha) * pow(s, o.alpha) : 0.0;
			}
		break;
	case SN_OPSAHL_CLOSENESS:
	case SN_OPSAHL_BETWEENNESS:
		/* strengths become distances 1 / w^alpha: with alpha 0 every tie
		 * is one step, with alpha 1 the inverse strength */
		for (igraph_integer_t e = 0; e < igraph_vector_size(&w); e++) {
			if (VECTOR(w)[e] == 0) {
				char name[300];
				sn__ig_leave(&ctx);
				st = sn__error(SN_EINVAL, "%s: %s = 0 cannot be turned into a distance (1/0)",
				               sn__edge_name(g, (size_t)e, name, sizeof name), o.weight);
				goto done;
			}
			VECTOR(w)[e] = 1.0 / pow(VECTOR(w)[e], o.alpha);
		}
		if (m == SN_OPSAHL_BETWEENNESS)
			err = igraph_betweenness_cutoff(ig, &res, igraph_vss_all(), directed, &w, cutoff);
		else
			err = igraph_closeness_cutoff(ig, &res, &reach, NULL, igraph_vss_all(), neimode(o.mode, IGRAPH_OUT), &w,
			                              0, cutoff);
		break;
	case SN_BROKERAGE_COORDINATOR:
	case SN_BROKERAGE_ITINERANT:
	case SN_BROKERAGE_GATEKEEPER:
	case SN_BROKERAGE_REPRESENTATIVE:
	case SN_BROKERAGE_LIAISON:
	case SN_BROKERAGE_TOTAL:
		st = brokerage(g, ig, o.group, o.from_group, o.to_group, m, sc->v);
		break;
	case SN_CONCENTRATION:
		st = concentration(g, wp, o.relation, o.mode, sc->v);
		break;
	default:
		st = sn__error(SN_EINVAL, "invalid argument: measure %d", (int)m);
	}
	if (err != IGRAPH_SUCCESS)
		st = sn__from_igraph(err, sn_measure_name(m));
	else if (st == SN_OK && sn__stop_requested())
		st = sn__error(SN_EINTERRUPTED, "%s: interrupted", sn_measure_name(m));
	sn__ig_leave(&ctx);
	if (st < 0)
		goto done;

	/* results computed into res */
	if (m != SN_DEGREE && m != SN_CORENESS && m < SN_BROKERAGE_COORDINATOR)
		for (size_t i = 0; i < sc->n; i++)
			sc->v[i] = VECTOR(res)[i];

	if (o.normalized) {
		switch (m) {
		case SN_CLOSENESS:
		case SN_OPSAHL_CLOSENESS:
			/* NetworkX (Wasserman-Faust): r/sum * r/(n-1) */
			for (size_t i = 0; i < n; i++) {
				double r = (double)VECTOR(reach)[i];
				sc->v[i] = r > 0 && n > 1 ? r * sc->v[i] * r / (double)(n - 1) : 0.0;
			}
			break;
		case SN_EIGENVECTOR:
			normalize_sum(sc->v, n, 1);
			break;
		case SN_HUB:
		case SN_AUTHORITY:
			normalize_sum(sc->v, n, 0);
			break;
		default: {
			double f = nx_scale(g, m);
			for (size_t i = 0; i < sc->n; i++)
				sc->v[i] *= f;
		}
		}
	}
	st = SN_OK;
done:
	igraph_vector_destroy(&w);
	igraph_vector_destroy(&res);
	igraph_vector_int_destroy(&ires);
	igraph_vector_int_destroy(&reach);
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
	if (sn_graph_key_find(g, s->domain, name, &k) == SN_OK) {
		if (sn_key_type(g, k) != SN_TYPE_DOUBLE)
			return sn__error(SN_EINVAL, "%s attribute '%s' exists as a %s, not a double", sn_domain_name(s->domain),
			                 name, sn_key_type_name(g, k));
	} else if ((st = sn_graph_key_add(g, name, s->domain, SN_TYPE_DOUBLE, &k)) < 0)
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
	sn__igctx ctx;
	sn_status st;

	/* every igraph call, allocations included, under silknet's handler */
	sn__ig_enter(&ctx);
	st = sn_centrality_impl(out, g, m, opts);
	sn__ig_leave(&ctx);
	return st;
}
