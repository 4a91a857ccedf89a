/*
 * community.c - communities (igraph's algorithms) and how any grouping of
 * the actors - found, or an attribute such as bloc or region - mixes: its
 * modularity, the density of ties within and between groups, and
 * Krackhardt and Stern's E-I index.
 *
 * Weights are strengths here (a tie of 2 counts twice); a distance is
 * turned into 1/distance. Every method but infomap reads ties as undirected;
 * on a directed graph the scores say so in a warning. A mixed graph's
 * undirected edge is one tie, not its two stored directions.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct sn_communities {
	sn_community_method method;
	size_t n, count;
	size_t *membership;
	size_t *sizes;
	double modularity;
	int directed; /* modularity and mixing read direction */
	char *warnings[SN__IG_WARNINGS];
	size_t nwarnings;
};

static const char *const method_names[SN_COMMUNITY_COUNT_] = {
	[SN_COMMUNITY_LOUVAIN] = "louvain",
	[SN_COMMUNITY_LEIDEN] = "leiden",
	[SN_COMMUNITY_FASTGREEDY] = "fastgreedy",
	[SN_COMMUNITY_WALKTRAP] = "walktrap",
	[SN_COMMUNITY_LABEL_PROPAGATION] = "label_propagation",
	[SN_COMMUNITY_INFOMAP] = "infomap",
	[SN_COMMUNITY_ATTRIBUTE] = "attribute",
};

const char *sn_community_method_name(sn_community_method m)
{
	return (unsigned)m < SN_COMMUNITY_COUNT_ ? method_names[m] : "unknown";
}

sn_status sn_community_method_from_name(const char *name, sn_community_method *out)
{
	SN_CHECK_ARG(name != NULL);
	SN_CHECK_ARG(out != NULL);
	for (int m = 0; m < SN_COMMUNITY_COUNT_; m++)
		if (strcmp(name, method_names[m]) == 0) {
			*out = (sn_community_method)m;
			return SN_OK;
		}
	return sn__error(SN_ENOTFOUND,
	                 "unknown community method '%s'; the methods are: louvain, leiden, fastgreedy, walktrap, "
	                 "label_propagation, infomap", name);
}

sn_status sn_community_opts_init(sn_community_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (version != SN_COMMUNITY_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_community_opts version %u, expected %u", version,
		                 SN_COMMUNITY_OPTS_VERSION);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	opts->resolution = 1.0;
	opts->seed = 1;
	return SN_OK;
}

void sn_communities_free(sn_communities *c)
{
	if (!c)
		return;
	free(c->membership);
	free(c->sizes);
	for (size_t i = 0; i < c->nwarnings; i++)
		free(c->warnings[i]);
	free(c);
}

size_t sn_communities_count(const sn_communities *c)
{
	return c ? c->count : 0;
}

const size_t *sn_communities_membership(const sn_communities *c, size_t *n)
{
	if (n)
		*n = c ? c->n : 0;
	return c ? c->membership : NULL;
}

size_t sn_communities_size(const sn_communities *c, size_t i)
{
	return c && i < c->count ? c->sizes[i] : 0;
}

double sn_communities_modularity(const sn_communities *c)
{
	return c ? c->modularity : NAN;
}

sn_community_method sn_communities_method(const sn_communities *c)
{
	return c ? c->method : SN_COMMUNITY_LOUVAIN;
}

size_t sn_communities_warning_count(const sn_communities *c)
{
	return c ? c->nwarnings : 0;
}

const char *sn_communities_warning(const sn_communities *c, size_t i)
{
	return c && i < c->nwarnings ? c->warnings[i] : NULL;
}

static void add_warning(sn_communities *c, const char *msg)
{
	if (c->nwarnings < SN__IG_WARNINGS && (c->warnings[c->nwarnings] = strdup(msg)))
		c->nwarnings++;
}

/* ---- the graph as the methods read it ---- */

/* The ties: a mixed graph's reverse twins dropped, direction kept only
 * when directed; w[e] the strength of tie e (1 unweighted). */
typedef struct ties {
	igraph_t ig;
	int built;
	const igraph_t *use;
	igraph_vector_t w;
	int weighted;
} ties;

static void ties_free(ties *t)
{
	if (t->built)
		igraph_destroy(&t->ig);
	igraph_vector_destroy(&t->w);
}

typedef struct tie {
	igraph_integer_t s, t;
	double w;
} tie;

static int tie_cmp(const void *a, const void *b)
{
	const tie *x = a, *y = b;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->t < y->t ? -1 : x->t > y->t;
}

/* The ties as one graph: parallel edges become one tie of their summed
 * strength (modularity, and the walks and votes of the methods, are the
 * same; fastgreedy refuses multi-edges); an undirected tie's ends sorted. */
static sn_status collapse(ties *t, const sn_graph *g, const igraph_vector_t *all, int twins,
                          const unsigned char *unset, int directed)
{
	tie *ts = malloc((g->ne ? g->ne : 1) * sizeof *ts);
	igraph_vector_int_t el;
	size_t m = 0, k = 0;
	sn_status st = SN_OK;
	igraph_error_t err;

	if (!ts)
		return sn__error_nomem();
	for (size_t e = 0; e < g->ne; e++) {
		igraph_integer_t a = g->ends[2 * e], b = g->ends[2 * e + 1];
		if ((twins && g->etwin[e] != SIZE_MAX) || (unset && unset[e]))
			continue; /* the stored reverse of an undirected edge; no weight */
		if (!directed && a > b) {
			igraph_integer_t x = a;
			a = b;
			b = x;
		}
		ts[m].s = a;
		ts[m].t = b;
		ts[m++].w = t->weighted ? VECTOR(*all)[e] : 1.0;
	}
	qsort(ts, m, sizeof *ts, tie_cmp);
	for (size_t i = 0; i < m; i++) {
		if (k && ts[k - 1].s == ts[i].s && ts[k - 1].t == ts[i].t)
			ts[k - 1].w += ts[i].w;
		else
			ts[k++] = ts[i];
	}
	if (igraph_vector_int_init(&el, (igraph_integer_t)(2 * k)) != IGRAPH_SUCCESS) {
		free(ts);
		return sn__error_nomem();
	}
	if (igraph_vector_resize(&t->w, (igraph_integer_t)k) != IGRAPH_SUCCESS)
		st = sn__error_nomem();
	for (size_t i = 0; st == SN_OK && i < k; i++) {
		VECTOR(el)[2 * i] = ts[i].s;
		VECTOR(el)[2 * i + 1] = ts[i].t;
		VECTOR(t->w)[i] = ts[i].w;
	}
	if (st == SN_OK) {
		if ((err = igraph_create(&t->ig, &el, (igraph_integer_t)g->nv, directed)) != IGRAPH_SUCCESS)
			st = sn__from_igraph(err, "communities");
		else {
			t->built = 1;
			t->use = &t->ig;
			t->weighted = 1; /* the summed strengths now say what each tie is */
		}
	}
	igraph_vector_int_destroy(&el);
	free(ts);
	return st;
}

static sn_status ties_build(ties *t, const sn_graph *g, const sn_community_opts *o, int directed)
{
	igraph_vector_t all;
	unsigned char *unset = NULL;
	int twins = g->etwin != NULL;
	sn_status st = SN_OK;
	size_t k;

	memset(t, 0, sizeof *t);
	if (igraph_vector_init(&t->w, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if (igraph_vector_init(&all, 0) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	t->weighted = o->weight != NULL;
	/* skip: a tie without the weight is no tie; it is read as 1 here and
	 * left out below */
	if (t->weighted &&
	    (st = sn__weights(g, o->weight, o->weight_is, SN_WEIGHT_STRENGTH,
	                      o->missing_weight == SN_MISSING_VALUE ? o->missing_value
	                      : o->missing_weight == SN_MISSING_SKIP ? 1.0 : NAN,
	                      &all)) < 0) {
		igraph_vector_destroy(&all);
		return st;
	}
	if (t->weighted && o->missing_weight == SN_MISSING_SKIP && sn_key_find(g, SN_DOMAIN_EDGE, o->weight, &k) == SN_OK &&
	    !sn_key_default(g, k)) {
		if (!(unset = calloc(g->ne ? g->ne : 1, 1))) {
			igraph_vector_destroy(&all);
			return sn__error_nomem();
		}
		for (size_t e = 0; e < g->ne; e++)
			unset[e] = !sn_attr_is_set(g, k, SN_DOMAIN_EDGE, e);
	}
	st = collapse(t, g, &all, twins, unset, directed);
	igraph_vector_destroy(&all);
	free(unset);
	return st;
}

/* ---- finding and describing ---- */

/* Communities numbered by size, largest first (ties by first member), so
 * that the output does not depend on an algorithm's labels. */
static sn_status renumber(sn_communities *c, const igraph_vector_int_t *raw)
{
	size_t n = c->n, k = 0;
	size_t *first = malloc((n ? n : 1) * sizeof *first), *size = calloc(n ? n : 1, sizeof *size);
	size_t *order = malloc((n ? n : 1) * sizeof *order), *rank = malloc((n ? n : 1) * sizeof *rank);
	sn_status st = SN_OK;

	if (!first || !size || !order || !rank) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t i = 0; i < n; i++)
		first[i] = SIZE_MAX;
	for (size_t v = 0; v < n; v++) {
		size_t l = (size_t)VECTOR(*raw)[v];
		if (first[l] == SIZE_MAX) {
			first[l] = v;
			order[k++] = l;
		}
		size[l]++;
	}
	/* insertion sort by size desc, first member asc: k is small in practice
	 * and the order of appearance is already by first member */
	for (size_t i = 1; i < k; i++) {
		size_t x = order[i], j = i;
		while (j > 0 && size[order[j - 1]] < size[x]) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = x;
	}
	if (!(c->sizes = malloc((k ? k : 1) * sizeof *c->sizes))) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t i = 0; i < k; i++) {
		rank[order[i]] = i;
		c->sizes[i] = size[order[i]];
	}
	for (size_t v = 0; v < n; v++)
		c->membership[v] = rank[VECTOR(*raw)[v]];
	c->count = k;
done:
	free(first);
	free(size);
	free(order);
	free(rank);
	return st;
}

/* The groups of a string node attribute: vertices without a value are a
 * group of their own, each. */
static sn_status attribute_groups(const sn_graph *g, const char *attr, igraph_vector_int_t *raw)
{
	size_t k, ngroups, *gid;
	sn_status st;

	if (!attr)
		return sn__error(SN_EINVAL, "the attribute method needs a node attribute (group)");
	if ((st = sn_key_find(g, SN_DOMAIN_NODE, attr, &k)) < 0)
		return st;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return sn__error(SN_EINVAL, "node attribute '%s' is a %s; groups need a string", attr,
		                 sn_key_type_name(g, k));
	if (!(gid = malloc((g->nv ? g->nv : 1) * sizeof *gid)))
		return sn__error_nomem();
	if ((st = sn__string_groups(g, k, SN_DOMAIN_NODE, gid, &ngroups)) == SN_OK)
		for (size_t v = 0; v < g->nv; v++)
			VECTOR(*raw)[v] = (igraph_integer_t)(gid[v] != SIZE_MAX ? gid[v] : ngroups++);
	free(gid);
	return st;
}

/* igraph's algorithm m on the ties; raw gets its membership. */
static igraph_error_t run_method(const ties *t, const sn_community_opts *o, igraph_vector_int_t *raw)
{
	const igraph_vector_t *w = t->weighted ? &t->w : NULL;
	igraph_error_t err = IGRAPH_SUCCESS;

	switch (o->method) {
	case SN_COMMUNITY_LOUVAIN:
		return igraph_community_multilevel(t->use, w, o->resolution, raw, NULL, NULL);
	case SN_COMMUNITY_LEIDEN: {
		/* the modularity objective, as python-igraph sets it up: node
		 * weights are strengths, the resolution is divided by 2m */
		igraph_vector_t strength;
		double total = 0;
		igraph_integer_t nb;
		igraph_real_t quality;
		if ((err = igraph_vector_init(&strength, 0)) != IGRAPH_SUCCESS)
			return err;
		err = igraph_strength(t->use, &strength, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, w);
		for (igraph_integer_t i = 0; err == IGRAPH_SUCCESS && i < igraph_vector_size(&strength); i++)
			total += VECTOR(strength)[i];
		if (err == IGRAPH_SUCCESS)
			err = igraph_community_leiden(t->use, w, &strength, total > 0 ? o->resolution / total : o->resolution,
			                              0.01, 0, -1, raw, &nb, &quality);
		igraph_vector_destroy(&strength);
		return err;
	}
	case SN_COMMUNITY_FASTGREEDY:
		return igraph_community_fastgreedy(t->use, w, NULL, NULL, raw);
	case SN_COMMUNITY_WALKTRAP: {
		/* the membership of the best cut needs the modularity of each */
		igraph_vector_t q;
		igraph_matrix_int_t merges;
		if ((err = igraph_vector_init(&q, 0)) != IGRAPH_SUCCESS)
			return err;
		if ((err = igraph_matrix_int_init(&merges, 0, 0)) == IGRAPH_SUCCESS) {
			err = igraph_community_walktrap(t->use, w, 4, &merges, &q, raw);
			igraph_matrix_int_destroy(&merges);
		}
		igraph_vector_destroy(&q);
		return err;
	}
	case SN_COMMUNITY_LABEL_PROPAGATION:
		return igraph_community_label_propagation(t->use, raw, IGRAPH_ALL, w, NULL, NULL);
	case SN_COMMUNITY_INFOMAP: {
		igraph_real_t codelength;
		return igraph_community_infomap(t->use, w, NULL, 10, raw, &codelength);
	}
	default:
		return IGRAPH_EINVAL;
	}
}

static sn_status check_community_opts(const sn_community_opts *opts, sn_community_opts *o)
{
	if (opts && opts->version != SN_COMMUNITY_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_community_opts version %u, expected %u", opts->version,
		                 SN_COMMUNITY_OPTS_VERSION);
	if (opts)
		*o = *opts;
	else
		sn_community_opts_init(o, SN_COMMUNITY_OPTS_VERSION);
	if ((unsigned)o->method >= SN_COMMUNITY_COUNT_)
		return sn__error(SN_EINVAL, "invalid argument: community method %d", (int)o->method);
	if (o->weight && o->weight_is == SN_WEIGHT_NONE)
		return sn__error(SN_EINVAL, "weight '%s': say whether it is a distance or a strength", o->weight);
	if (!(o->resolution > 0 && isfinite(o->resolution)))
		return sn__error(SN_EINVAL, "resolution %g must be a finite number above zero", o->resolution);
	if ((unsigned)o->missing_weight > SN_MISSING_SKIP)
		return sn__error(SN_EINVAL, "invalid argument: missing_weight %d", (int)o->missing_weight);
	return SN_OK;
}

/* Finds (or, for SN_COMMUNITY_ATTRIBUTE, reads) the grouping, renumbers it
 * and measures its modularity on the ties as the method read them. */
static sn_status communities_impl(sn_communities **out, const sn_graph *g, const sn_community_opts *opts)
{
	sn_community_opts o;
	sn_communities *c = NULL;
	igraph_vector_int_t raw;
	ties t;
	int directed;
	sn_status st;
	igraph_error_t err;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	if ((st = check_community_opts(opts, &o)) < 0)
		return st;
	/* infomap follows direction; modularity of an attribute's grouping
	 * reads it too, as NetworkX's does */
	directed = g->directed && (o.method == SN_COMMUNITY_INFOMAP || o.method == SN_COMMUNITY_ATTRIBUTE);
	if ((st = ties_build(&t, g, &o, directed)) < 0) {
		ties_free(&t);
		return st;
	}
	if (igraph_vector_int_init(&raw, (igraph_integer_t)g->nv) != IGRAPH_SUCCESS ||
	    !(c = calloc(1, sizeof *c)) || !(c->membership = malloc((g->nv ? g->nv : 1) * sizeof *c->membership))) {
		st = sn__error_nomem();
		goto done;
	}
	c->method = o.method;
	c->n = g->nv;
	c->directed = directed;
	if (g->directed && !directed)
		add_warning(c, "the graph is directed; this method reads its ties as undirected");
	if (o.method == SN_COMMUNITY_ATTRIBUTE)
		st = attribute_groups(g, o.group, &raw);
	else if (g->nv) {
		igraph_rng_seed(igraph_rng_default(), o.seed);
		if ((err = run_method(&t, &o, &raw)) != IGRAPH_SUCCESS)
			st = sn__from_igraph(err, sn_community_method_name(o.method));
	}
	if (st == SN_OK)
		st = renumber(c, &raw);
	c->modularity = NAN;
	if (st == SN_OK && g->nv && igraph_ecount(t.use) > 0) {
		for (size_t v = 0; v < g->nv; v++)
			VECTOR(raw)[v] = (igraph_integer_t)c->membership[v];
		err = igraph_modularity(t.use, &raw, t.weighted ? &t.w : NULL, o.resolution, directed, &c->modularity);
		if (err != IGRAPH_SUCCESS)
			st = sn__from_igraph(err, "modularity");
	}
	if (st == SN_OK) {
		char *w[SN__IG_WARNINGS];
		size_t n = sn__ig_take_warnings(w, SN__IG_WARNINGS);
		for (size_t i = 0; i < n; i++) {
			if (c->nwarnings < SN__IG_WARNINGS)
				c->warnings[c->nwarnings++] = w[i];
			else
				free(w[i]);
		}
	}
done:
	igraph_vector_int_destroy(&raw);
	ties_free(&t);
	if (st < 0) {
		sn_communities_free(c);
		return st;
	}
	*out = c;
	return SN_OK;
}

sn_status sn_communities_find(sn_communities **out, const sn_graph *g, const sn_community_opts *opts)
{
	SN__IG_RETURN(communities_impl(out, g, opts));
}

/* ---- mixing ---- */

sn_status sn_communities_mixing(const sn_communities *c, const sn_graph *g, double *density_within,
                                double *density_between, double *ei)
{
	size_t n, internal = 0, external = 0;
	double pairs_within = 0, pairs_between, total_pairs;

	SN_CHECK_ARG(c != NULL);
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(c->n == g->nv);
	n = g->nv;
	/* ties: a mixed graph's undirected edge once, self-loops not at all */
	for (size_t e = 0; e < g->ne; e++) {
		size_t s = (size_t)g->ends[2 * e], t = (size_t)g->ends[2 * e + 1];
		if (s == t || (g->etwin && g->etwin[e] != SIZE_MAX))
			continue;
		if (c->membership[s] == c->membership[t])
			internal++;
		else
			external++;
	}
	for (size_t i = 0; i < c->count; i++)
		pairs_within += (double)c->sizes[i] * (double)(c->sizes[i] - 1) / 2;
	total_pairs = (double)n * (double)(n ? n - 1 : 0) / 2;
	pairs_between = total_pairs - pairs_within;
	/* directed: ordered pairs */
	if (g->directed) {
		pairs_within *= 2;
		pairs_between *= 2;
	}
	if (density_within)
		*density_within = pairs_within > 0 ? (double)internal / pairs_within : NAN;
	if (density_between)
		*density_between = pairs_between > 0 ? (double)external / pairs_between : NAN;
	if (ei)
		*ei = internal + external ? ((double)external - (double)internal) / (double)(internal + external) : NAN;
	return SN_OK;
}

sn_status sn_graph_attach_communities(sn_graph *g, const char *name, const sn_communities *c, size_t *key)
{
	size_t k;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(name != NULL && name[0] != '\0');
	SN_CHECK_ARG(c != NULL);
	if (c->n != g->nv)
		return sn__error(SN_EINVAL, "communities of %zu vertices for a graph of %zu", c->n, g->nv);
	if (sn_key_find(g, SN_DOMAIN_NODE, name, &k) == SN_OK) {
		if (sn_key_type(g, k) != SN_TYPE_LONG)
			return sn__error(SN_EINVAL, "node attribute '%s' exists as a %s, not a long", name,
			                 sn_key_type_name(g, k));
	} else if ((st = sn_key_add(g, name, SN_DOMAIN_NODE, SN_TYPE_LONG, &k)) < 0)
		return st;
	for (size_t v = 0; v < c->n; v++)
		if ((st = sn_attr_set_long(g, k, SN_DOMAIN_NODE, v, (int64_t)c->membership[v])) < 0)
			return st;
	if (key)
		*key = k;
	return SN_OK;
}
