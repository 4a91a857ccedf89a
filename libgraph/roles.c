/*
 * roles.c - brokerage roles (Gould and Fernandez 1989) between groups of
 * actors, and how concentrated an actor's ties are on few partners
 * (Herfindahl-Hirschman). igraph has neither.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- brokerage ---- */

/* The error for a group value no actor has: the values there are, and the
 * closest as a suggestion. */
static sn_status unknown_group(const sn_graph *g, const char **grp, const char *attr, const char *role,
                               const char *spec)
{
	char list[400] = "";
	const char *best = NULL, *seen[12];
	size_t nseen = 0, bestd = SIZE_MAX, len = 0;
	int more = 0;

	for (size_t v = 0; v < g->nv; v++) {
		size_t i, d;
		for (i = 0; i < nseen && strcmp(seen[i], grp[v]) != 0; i++)
			;
		if (i < nseen)
			continue;
		d = sn__edit_distance(spec, grp[v]);
		if (d <= (strlen(spec) + 2) / 3 && d < bestd) {
			bestd = d;
			best = grp[v];
		}
		if (nseen == sizeof seen / sizeof *seen) {
			more = 1;
			continue;
		}
		seen[nseen++] = grp[v];
		len += (size_t)snprintf(list + len, len < sizeof list ? sizeof list - len : 0, "%s'%s'", nseen > 1 ? ", " : "",
		                        grp[v]);
	}
	if (best)
		return sn__error(SN_ENOTFOUND, "%s '%s': no actor has %s '%s' or is named so; did you mean '%s'?", role, spec,
		                 attr, spec, best);
	return sn__error(SN_ENOTFOUND, "%s '%s': no actor has %s '%s' or is named so; the values are %s%s", role, spec,
	                 attr, spec, list, more ? ", ..." : "");
}

/* Marks who a brokerage path may start (from) or end (to) at: the actors
 * whose group is spec, or else the actors spec lists, separated by commas
 * (ids or names, as sn_graph_vertex_lookup() takes them). A group value
 * wins over an actor of the same name. *out stays NULL without a spec. */
static sn_status group_members(const sn_graph *g, const char **grp, const char *attr, const char *role,
                               const char *spec, unsigned char **out)
{
	unsigned char *in;
	size_t hits = 0;
	char *copy, *save, *tok;
	sn_status st = SN_OK;

	*out = NULL;
	if (!spec)
		return SN_OK;
	if (!spec[strspn(spec, " ,")])
		return sn__error(SN_EINVAL, "%s is empty: give a value of '%s' or a list of actors", role, attr);
	if (!(in = calloc(g->nv ? g->nv : 1, 1)))
		return sn__error_nomem();
	for (size_t v = 0; v < g->nv; v++)
		if (strcmp(grp[v], spec) == 0) {
			in[v] = 1;
			hits++;
		}
	if (hits) {
		*out = in;
		return SN_OK;
	}
	if (!(copy = strdup(spec))) {
		free(in);
		return sn__error_nomem();
	}
	for (tok = strtok_r(copy, ",", &save); tok && st == SN_OK; tok = strtok_r(NULL, ",", &save)) {
		size_t v;
		while (*tok == ' ')
			tok++;
		if (!*tok)
			continue;
		if (sn_graph_vertex_lookup(g, tok, &v) == SN_OK)
			in[v] = 1;
		else if (!strchr(spec, ','))
			st = unknown_group(g, grp, attr, role, spec);
		else {
			/* the lookup's message, with the suggestions, names the actor */
			char why[512];
			snprintf(why, sizeof why, "%s", sn_last_error());
			st = sn__error(SN_ENOTFOUND, "%s '%s': %s", role, spec, why);
		}
	}
	free(copy);
	if (st < 0)
		free(in);
	else
		*out = in;
	return st;
}

/* Gould-Fernandez roles: for every two-path u -> v -> w without a tie
 * u -> w, v brokers; its role follows the groups of u, v and w. */
sn_status sn__brokerage(const sn_graph *g, const igraph_t *ig, const char *group, const char *from, const char *to,
                        sn_measure m, double *res)
{
	unsigned char *ifrom = NULL, *ito = NULL;
	igraph_adjlist_t in, out;
	const char **grp = NULL;
	size_t n = g->nv, k, *gid = NULL, ngroups;
	igraph_error_t err;
	sn_status st;

	if (!group)
		return sn__error(SN_EINVAL, "brokerage needs a group attribute (e.g. bloc, region, country)");
	if ((st = sn_key_find(g, SN_DOMAIN_NODE, group, &k)) < 0)
		return st;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return sn__error(SN_EINVAL, "node attribute '%s' is a %s; groups need a string", group,
		                 sn_key_type_name(g, k));
	grp = malloc((n ? n : 1) * sizeof *grp);
	gid = malloc((n ? n : 1) * sizeof *gid);
	if (!grp || !gid) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t v = 0; v < n; v++)
		if (sn_attr_get_string(g, k, SN_DOMAIN_NODE, v, &grp[v]) != SN_OK) {
			st = sn__error(SN_EINVAL, "node '%s' has no '%s': every actor needs a group for brokerage",
			               g->vid[v], group);
			goto done;
		}
	if ((st = sn__string_groups(g, k, SN_DOMAIN_NODE, gid, &ngroups)) < 0 ||
	    (st = group_members(g, grp, group, "from group", from, &ifrom)) < 0 ||
	    (st = group_members(g, grp, group, "to group", to, &ito)) < 0)
		goto done;
	if ((err = igraph_adjlist_init(ig, &in, IGRAPH_IN, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE)) != IGRAPH_SUCCESS) {
		st = sn__from_igraph(err, "brokerage");
		goto done;
	}
	if ((err = igraph_adjlist_init(ig, &out, IGRAPH_OUT, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE)) != IGRAPH_SUCCESS) {
		igraph_adjlist_destroy(&in);
		st = sn__from_igraph(err, "brokerage");
		goto done;
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
				if ((ifrom && !ifrom[u]) || (ito && !ito[w]))
					continue;
				uv = gid[u] == gid[v];
				vw = gid[v] == gid[w];
				uw = gid[u] == gid[w];
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
	st = SN_OK;
done:
	free(ifrom);
	free(ito);
	free(grp);
	free(gid);
	return st;
}

/* ---- concentration ---- */

/* Herfindahl-Hirschman index of each vertex's tie strengths by partner.
 * Edges are bucketed by vertex (a counting sort of (vertex, partner,
 * weight) triples), then each bucket sums its partners' shares. */
sn_status sn__concentration(const sn_graph *g, const igraph_vector_t *w, const char *relation, sn_mode mode,
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
		if ((st = sn_key_find(g, SN_DOMAIN_EDGE, "relation", &krel)) < 0)
			return st;
		want = relation;
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
		if (want) {
			const char *r = NULL;
			if (sn_attr_get_string(g, krel, SN_DOMAIN_EDGE, e, &r) != SN_OK || strcmp(r, want) != 0)
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

/* ---- brokerage under random group labels ---- */

/* C(x, 2) for a real x, as R's choose() gives it for whole numbers. */
static double pairs(double x)
{
	return x > 1 ? x * (x - 1) / 2 : 0;
}

/* Gould and Fernandez's (1989) null model as statnet's sna::brokerage
 * computes it: ties at the graph's density d, group labels assigned at
 * random with the sizes n[0..k) kept. The mean and variance of role r's
 * count for a broker of group i (r in sna's order: coordinator,
 * itinerant, representative, gatekeeper, liaison, total). */
static void role_moments(int r, const double *n, size_t k, size_t i, double N, double d, double *mean, double *var)
{
	double p = d * d * (1 - d), q = d * d * d * (1 - d) * (1 - d) * (1 - d), ni = n[i], e = 0, extra = 0;

	switch (r) {
	case 0:
		e = p * (ni - 1) * (ni - 2);
		extra = 2 * (ni - 1) * (ni - 2) * (ni - 3) * q;
		break;
	case 1:
		for (size_t j = 0; j < k; j++)
			if (j != i) {
				e += p * n[j] * (n[j] - 1);
				extra += 2 * n[j] * (n[j] - 1) * (n[j] - 2) * q;
			}
		break;
	case 2:
	case 3:
		e = p * (N - ni) * (ni - 1);
		extra = 2 * ((ni - 1) * pairs(N - ni) + (N - ni) * pairs(ni - 1)) * q;
		break;
	case 4: {
		double s = 0, s2 = 0;
		for (size_t j = 0; j < k; j++)
			if (j != i) {
				s += n[j];
				s2 += n[j] * n[j];
				extra += 4 * n[j] * pairs(N - n[j] - ni) * q;
			}
		e = p * (s * s - s2);
		break;
	}
	default:
		e = p * (N - 1) * (N - 2);
		extra = 2 * (N - 1) * (N - 2) * (N - 3) * q;
		break;
	}
	*mean = e;
	*var = e * (1 - p) + extra;
}

/* The group sizes and the density the null model needs, then each
 * vertex's moments by its group (the public contract is in silknet.h). */
sn_status sn_brokerage_expected(const sn_graph *g, sn_measure role, const sn_centrality_opts *opts, double *expected,
                                double *sd)
{
	static const int sna_order[] = { 0, 1, 3, 2, 4, 5 }; /* ours -> sna's */
	const char **grp = NULL;
	double *n = NULL, ties = 0, N, d;
	size_t *gid = NULL, k = 0, key;
	igraph_adjlist_t out;
	const igraph_t *ig;
	sn_status st;

	SN_CHECK_ARG(expected != NULL && sd != NULL);
	SN_CHECK_ARG(g != NULL && opts != NULL);
	SN_CHECK_ARG(role >= SN_BROKERAGE_COORDINATOR && role <= SN_BROKERAGE_TOTAL);
	if (!opts->group)
		return sn__error(SN_EINVAL, "brokerage needs a group attribute (e.g. bloc, region, country)");
	if (opts->from_group || opts->to_group)
		return sn__error(SN_EINVAL, "the expected brokerage is that of all two-paths: without from or to groups");
	if ((st = sn_key_find(g, SN_DOMAIN_NODE, opts->group, &key)) < 0)
		return st;
	N = (double)g->nv;
	grp = malloc((g->nv ? g->nv : 1) * sizeof *grp);
	n = calloc(g->nv ? g->nv : 1, sizeof *n);
	gid = malloc((g->nv ? g->nv : 1) * sizeof *gid);
	if (!grp || !n || !gid) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t v = 0; v < g->nv; v++)
		if (sn_attr_get_string(g, key, SN_DOMAIN_NODE, v, &grp[v]) != SN_OK) {
			st = sn__error(SN_EINVAL, "node '%s' has no '%s': every actor needs a group for brokerage", g->vid[v],
			               opts->group);
			goto done;
		}
	/* group sizes */
	if ((st = sn__string_groups(g, key, SN_DOMAIN_NODE, gid, &k)) < 0)
		goto done;
	for (size_t v = 0; v < g->nv; v++)
		n[gid[v]]++;
	/* the density of distinct ordered ties, as sna reads a graph */
	if ((st = sn__graph_ig(g, &ig)) < 0)
		goto done;
	if (igraph_adjlist_init(ig, &out, IGRAPH_OUT, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE) != IGRAPH_SUCCESS) {
		st = sn__error_nomem();
		goto done;
	}
	for (size_t v = 0; v < g->nv; v++)
		ties += (double)igraph_vector_int_size(igraph_adjlist_get(&out, v));
	igraph_adjlist_destroy(&out);
	d = N > 1 ? ties / (N * (N - 1)) : 0;
	for (size_t v = 0; v < g->nv; v++) {
		double mean, var;
		role_moments(sna_order[role - SN_BROKERAGE_COORDINATOR], n, k, gid[v], N, d, &mean, &var);
		expected[v] = mean;
		sd[v] = var > 0 ? sqrt(var) : 0;
	}
	st = SN_OK;
done:
	free(grp);
	free(n);
	free(gid);
	return st;
}
