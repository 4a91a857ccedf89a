/*
 * cmd_report.c - silknet report: the main job. Who is central, who brokers,
 * how concentrated each state's ties are, the best routes through each
 * corridor and their chokepoints, and a diagram of each network.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


#define WIDTH CLI_WIDTH

typedef struct report {
	const char *outdir;
	int svg;
	int quiet_svg_note;
	/* a scenario: the report on what --avoid and --only leave */
	cli_specs avoid, only;
	/* the diagrams' names so far: two inputs called the same get -2, -3 */
	char stems[HTML_MAX_NETWORKS][256];
	size_t nstems;
	html_report html;
	int web;
	/* the centrality of the network being reported, kept for its page:
	 * betweenness, degree and PageRank as the text computed them */
	sn_scores *kept[3];
} report;

static const sn_measure kept_measures[3] = { SN_BETWEENNESS, SN_DEGREE, SN_PAGERANK };

/* ---- small helpers ---- */

static int has_key(const sn_graph *g, sn_domain d, const char *name, int numeric)
{
	size_t k;
	sn_type t;
	if (sn_key_find(g, d, name, &k) != SN_OK)
		return 0;
	t = sn_key_type(g, k);
	return numeric ? (t != SN_TYPE_STRING && t != SN_TYPE_OPAQUE) : t == SN_TYPE_STRING;
}

static void rule(const char *title)
{
	size_t n = strlen(title);
	printf("\n%s\n", title);
	for (size_t i = 0; i < n && i < WIDTH; i++)
		putchar('-');
	putchar('\n');
}

/* ---- sections ---- */

static int section_summary(const sn_graph *g, const char *file, const char *name, const report *rp)
{
	size_t comps = 0;

	if (sn_graph_components(g, NULL, 0, &comps) < 0)
		return cli_fail();
	printf("\n== %s ==\n", name ? name : file);
	if (rp->avoid.n || rp->only.n) {
		printf("scenario: the network");
		cli_print_part(stdout, &rp->avoid, &rp->only);
		printf("\n");
	}
	printf("%s\n%zu vertices, %zu %s edges, %zu connected component%s\n", file, sn_graph_vertex_count(g),
	       sn_graph_edge_count(g), sn_graph_is_directed(g) ? "directed" : "undirected", comps,
	       comps == 1 ? "" : "s");
	return 0;
}

/* Betweenness and closeness take a shortest-path search from every vertex,
 * about n * m steps (here about 8e-8 s a step with weights, 2e-8 without).
 * Up to PATH_BUDGET steps they are exact; past it betweenness is estimated
 * from the searches out of PATH_BUDGET / m sampled sources (at least
 * MIN_SAMPLE), so it takes a few seconds at any size, and closeness is
 * left to `silknet centrality`. */
#define PATH_BUDGET 4e7
#define MIN_SAMPLE 100
/* The sources betweenness is estimated from on g: 0 (exact) within
 * PATH_BUDGET. */
static size_t betweenness_sample(const sn_graph *g)
{
	size_t n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g), k;

	if ((double)n * (double)m <= PATH_BUDGET)
		return 0;
	k = (size_t)(PATH_BUDGET / (double)(m ? m : 1));
	return k < MIN_SAMPLE ? MIN_SAMPLE : k;
}

/* Graphviz takes minutes to lay out more than this, for no legible picture */
#define DRAW_MAX_VERTICES 5000
/* the longest a report waits for one drawing */
#define DRAW_TIMEOUT 60.0
/* A PNG's longer side: a 1,600 px slide with room to zoom, a mail's
 * attachment of a few MB */
#define PNG_MAX_PX 2400.0

/* The five most central actors (or places) by each measure; a corridor
 * network is measured by km. Past PATH_BUDGET betweenness is a sampled
 * estimate with its standard errors and closeness is left out, and the
 * section says so. */
static int section_centrality(const sn_graph *g, int geographic, report *rp)
{
	struct cli_measure_opts mo;
	sn_measure ms[4];
	size_t nm = 0, n = sn_graph_vertex_count(g), top = n < 5 ? n : 5;
	int rc = 0, by_km = geographic && has_key(g, SN_DOMAIN_EDGE, "km", 1);
	size_t m_edges = sn_graph_edge_count(g), sample = betweenness_sample(g);
	int all_pairs = sample == 0;

	if (n < 3)
		return 0;
	ms[nm++] = SN_DEGREE;
	ms[nm++] = SN_BETWEENNESS;
	if (geographic)
		ms[nm++] = all_pairs ? SN_CLOSENESS : SN_PAGERANK;
	else {
		ms[nm++] = SN_PAGERANK;
		ms[nm++] = SN_EIGENVECTOR;
	}
	rule(geographic ? "Most central places" : "Most central actors");
	if (!all_pairs)
		printf("betweenness: estimated from the shortest paths out of %zu of the %zu vertices, drawn at\n"
		       "random (Brandes and Pich), as the exact value needs a search from each over %zu edges;\n"
		       "+- is the standard error. The exact value: silknet centrality FILE --measure betweenness.\n"
		       "closeness: not computed here, for the same reason%s.\n",
		       sample, n, m_edges, geographic ? " (PageRank instead)" : "");
	for (size_t m = 0; m < nm && !rc; m++) {
		const char *words[8];
		char bufs[8][160];
		const double *v;
		sn_scores *sc;
		size_t *idx;
		cli_measure_opts_init(&mo);
		/* places: distances in km; closeness normalized (NetworkX) reads
		 * better than 1/sum of km */
		if (by_km && ms[m] != SN_DEGREE) {
			mo.c.weight = "km";
			mo.c.weight_is = SN_WEIGHT_DISTANCE;
		}
		mo.c.normalized = ms[m] == SN_CLOSENESS;
		if (ms[m] == SN_BETWEENNESS)
			mo.c.sample = sample;
		if ((rc = cli_compute(g, &mo, &ms[m], 1, &sc)))
			break;
		v = sn_scores_values(sc);
		if (!(idx = cli_ranked(v, n))) {
			sn_scores_free(sc);
			rc = cli_fail();
			break;
		}
		printf("%s: %s%s\n  ", sn_measure_name(ms[m]), sn_measure_description(ms[m]),
		       mo.c.weight ? (mo.c.normalized ? " (by km, normalized)" : " (by km)") : "");
		for (size_t i = 0; i < top; i++) {
			const double *se = sn_scores_stderr(sc);
			char num[40], err[48] = "";
			cli_fmt_num(num, sizeof num, v[idx[i]]);
			if (se) {
				err[0] = ' ', err[1] = '+', err[2] = '-';
				cli_fmt_num(err + 3, sizeof err - 3, se[idx[i]]);
			}
			snprintf(bufs[i], sizeof bufs[i], "%zu. %s %s%s", i + 1, cli_vname(g, idx[i]), num, err);
			words[i] = bufs[i];
		}
		cli_wrapped(words, top, "   ", 2, 2);
		free(idx);
		/* what the page's table shows is kept, not computed again */
		for (size_t k = 0; sc && k < 3; k++)
			if (ms[m] == kept_measures[k] && !rp->kept[k])
				rp->kept[k] = sc, sc = NULL;
		sn_scores_free(sc);
	}
	return rc;
}

static int group_exists(const sn_graph *g, const char *attr, const char *value)
{
	for (size_t v = 0; v < sn_graph_vertex_count(g); v++) {
		const char *s = attr_string(g, SN_DOMAIN_NODE, attr, v);
		if (s && strcmp(s, value) == 0)
			return 1;
	}
	return 0;
}

/* Who brokers between East Asia and Central Asia (Gould-Fernandez roles on
 * the first grouping attribute the graph has), both ways and in total. */
static int section_brokerage(const sn_graph *g)
{
	static const char *const group_attrs[] = { "region", "bloc", "group" };
	struct cli_measure_opts mo;
	const char *attr = NULL;
	sn_scores *all = NULL, *ab = NULL, *ba = NULL;
	size_t n = sn_graph_vertex_count(g), *idx = NULL;
	int rc = 0, pair;

	for (size_t i = 0; i < 3 && !attr; i++)
		if (has_key(g, SN_DOMAIN_NODE, group_attrs[i], 0))
			attr = group_attrs[i];
	if (!attr)
		return 0;
	cli_measure_opts_init(&mo);
	mo.c.group = attr;
	mo.c.progress = NULL;
	if (sn_centrality(&all, g, SN_BROKERAGE_TOTAL, &mo.c) != SN_OK)
		return cli_fail();
	pair = group_exists(g, attr, "East Asia") && group_exists(g, attr, "Central Asia");
	if (pair) {
		mo.c.from_group = "East Asia";
		mo.c.to_group = "Central Asia";
		if (sn_centrality(&ab, g, SN_BROKERAGE_TOTAL, &mo.c) != SN_OK) {
			rc = cli_fail();
			goto done;
		}
		mo.c.from_group = "Central Asia";
		mo.c.to_group = "East Asia";
		if (sn_centrality(&ba, g, SN_BROKERAGE_TOTAL, &mo.c) != SN_OK) {
			rc = cli_fail();
			goto done;
		}
	}
	if (pair) {
		double *both = malloc((n + 1) * sizeof *both);
		if (!both) {
			rc = cli_fail();
			goto done;
		}
		for (size_t v = 0; v < n; v++)
			both[v] = sn_scores_values(ab)[v] + sn_scores_values(ba)[v];
		idx = cli_ranked(both, n);
		rule("Brokers between East Asia and Central Asia");
		printf("Gould-Fernandez brokerage by %s: two-step paths from an East Asian actor to a Central Asian\n"
		       "one (or back) whose ends have no direct tie, and who stands in the middle.\n", attr);
		printf("  %-36s %-14s %10s %10s %10s\n", "actor", attr, "EA -> CA", "CA -> EA", "all roles");
		for (size_t i = 0; idx && i < n && i < 8 && both[idx[i]] > 0; i++) {
			size_t v = idx[i];
			const char *grp = attr_string(g, SN_DOMAIN_NODE, attr, v);
			printf("  %-36.36s %-14.14s %10.0f %10.0f %10.0f\n", cli_vname(g, v), grp ? grp : "-",
			       sn_scores_values(ab)[v], sn_scores_values(ba)[v], sn_scores_values(all)[v]);
		}
		free(both);
	} else {
		idx = cli_ranked(sn_scores_values(all), n);
		rule("Brokers between groups");
		printf("Gould-Fernandez brokerage by %s: two-step paths whose ends have no direct tie.\n", attr);
		for (size_t i = 0; idx && i < n && i < 8 && sn_scores_values(all)[idx[i]] > 0; i++)
			printf("  %-40.40s %8.0f\n", cli_vname(g, idx[i]), sn_scores_values(all)[idx[i]]);
	}
done:
	free(idx);
	sn_scores_free(all);
	sn_scores_free(ab);
	sn_scores_free(ba);
	return rc;
}

/* Partner concentration of the states (of Central Asia, when regions say so). */
static int section_concentration(const sn_graph *g)
{
	sn_centrality_opts o = SN_CENTRALITY_OPTS_INIT;
	sn_scores *ties = NULL, *trade = NULL;
	size_t n = sn_graph_vertex_count(g), shown = 0;
	int ca, has_kind, has_trade;

	if (!has_key(g, SN_DOMAIN_EDGE, "relation", 0))
		return 0;
	ca = has_key(g, SN_DOMAIN_NODE, "region", 0) && group_exists(g, "region", "Central Asia");
	has_kind = has_key(g, SN_DOMAIN_NODE, "kind", 0);
	if (has_kind && !group_exists(g, "kind", "state"))
		return 0;
	if (sn_centrality(&ties, g, SN_CONCENTRATION, &o) != SN_OK)
		return cli_fail();
	has_trade = has_key(g, SN_DOMAIN_EDGE, "weight", 1);
	if (has_trade) {
		o.weight = "weight";
		o.weight_is = SN_WEIGHT_STRENGTH;
		o.relation = "trade";
		if (sn_centrality(&trade, g, SN_CONCENTRATION, &o) != SN_OK)
			has_trade = 0;
	}
	rule(ca ? "Partner concentration of the Central Asian states" : "Partner concentration of the states");
	printf("Herfindahl-Hirschman index of ties by partner: 1 = everything with one partner, 1/k = k equal\n"
	       "partners. 'ties' counts every relation once; 'trade' weighs trade by value.\n");
	printf("  %-30s %8s %9s %8s  %s\n", "state", "ties", "partners", "trade", "most ties with");
	for (size_t v = 0; v < n && shown < 12; v++) {
		const char *kind = attr_string(g, SN_DOMAIN_NODE, "kind", v);
		const char *region = attr_string(g, SN_DOMAIN_NODE, "region", v);
		size_t *count = NULL, best = SIZE_MAX, partners = 0;
		char a[40], b[40];
		if (has_kind && !(kind && strcmp(kind, "state") == 0))
			continue;
		if (ca && !(region && strcmp(region, "Central Asia") == 0))
			continue;
		/* the partner with most ties, directions ignored */
		count = calloc(n + 1, sizeof *count);
		for (size_t e = 0; count && e < sn_graph_edge_count(g); e++) {
			size_t s, t, twin;
			if (sn_graph_edge_twin(g, e, &twin) == SN_OK)
				continue;
			sn_graph_edge_endpoints(g, e, &s, &t);
			if (s == t || (s != v && t != v))
				continue;
			if (count[s == v ? t : s]++ == 0)
				partners++;
		}
		for (size_t u = 0; count && u < n; u++)
			if (count[u] && (best == SIZE_MAX || count[u] > count[best]))
				best = u;
		cli_fmt_num(a, sizeof a, sn_scores_values(ties)[v]);
		if (!isnan(sn_scores_values(ties)[v]))
			snprintf(a, sizeof a, "%.3f", sn_scores_values(ties)[v]);
		if (has_trade && !isnan(sn_scores_values(trade)[v]))
			snprintf(b, sizeof b, "%.3f", sn_scores_values(trade)[v]);
		else
			snprintf(b, sizeof b, "-");
		printf("  %-30.30s %8s %9zu %8s  %s\n", cli_vname(g, v), a, partners, b,
		       best == SIZE_MAX ? "-" : cli_vname(g, best));
		free(count);
		shown++;
	}
	sn_scores_free(ties);
	sn_scores_free(trade);
	return 0;
}

/* ---- routes ---- */

typedef struct scenario {
	const char *region, *label, *to, *avoid, *via;
} scenario;

/* The bundled corridor network: corridors compared region by region, named
 * as the corridors' users name them. */
static const scenario bundled[] = {
	{ "Europe", "Middle Corridor (TITR), avoiding Russia and Iran", "DUI", "country=RU,country=IR", NULL },
	{ "Europe", "Northern route, through Moscow", "DUI", "country=IR", "MOW" },
	{ "Europe", "INSTC to Moscow, through Tehran", "MOW", NULL, "THR" },
	{ "the Gulf", "INSTC eastern branch, avoiding Russia", "BND", "country=RU", NULL },
	{ "South Asia", "Chabahar route, avoiding Pakistan", "MUM", "country=PK,BND", NULL },
	{ "South Asia", "Gwadar route, through Afghanistan", "GWD", NULL, NULL },
	{ "East Asia", "through Khorgos", "XIA", NULL, "KHO" },
	{ "East Asia", "through Kashgar", "XIA", NULL, "KSH" },
};
static const char *const bundled_origins[] = { "TAS", "ALA" };

/* What the route tables print of a route: days with the part at places,
 * and km. Days are the route's cost when it is days (places included),
 * else the segments' days and the places' days added up. */
typedef struct route_figures {
	double days, at_places, km;
} route_figures;

static route_figures figures(const sn_graph *g, const sn_routes *r, const char *cost)
{
	size_t nv, ne, kkm, kdays, kplace;
	const size_t *v = sn_routes_vertices(r, 0, &nv), *e = sn_routes_edges(r, 0, &ne);
	route_figures f = { NAN, NAN, NAN };

	if (sn_key_find(g, SN_DOMAIN_EDGE, "km", &kkm) == SN_OK)
		f.km = cli_route_total(g, kkm, e, ne);
	if (cost && strcmp(cost, "days") == 0) {
		f.days = sn_routes_cost(r, 0);
		f.at_places = sn_routes_cost_at_places(r, 0);
	} else if (sn_key_find(g, SN_DOMAIN_EDGE, "days", &kdays) == SN_OK) {
		double x;
		f.at_places = 0;
		if (sn_key_find(g, SN_DOMAIN_NODE, "days", &kplace) == SN_OK)
			for (size_t i = 1; i + 1 < nv; i++)
				if (sn_attr_get_double(g, kplace, SN_DOMAIN_NODE, v[i], &x) == SN_OK)
					f.at_places += x;
		f.days = cli_route_total(g, kdays, e, ne) + f.at_places;
	}
	return f;
}

static void print_figures(route_figures f)
{
	char a[40], p[40], b[40];

	snprintf(a, sizeof a, "%.1f", f.days);
	snprintf(p, sizeof p, "%.1f", f.at_places);
	snprintf(b, sizeof b, "%.0f", f.km);
	printf("%7s %9s %7s\n", isnan(f.days) ? "-" : a, isnan(f.at_places) ? "-" : p, isnan(f.km) ? "-" : b);
}

static void print_route(const sn_graph *g, const sn_routes *r, const char *cost)
{
	size_t nv;
	const size_t *v = sn_routes_vertices(r, 0, &nv);
	const char **words = malloc((nv + 1) * sizeof *words);

	print_figures(figures(g, r, cost));
	printf("      ");
	if (!words)
		return;
	for (size_t i = 0; i < nv; i++)
		words[i] = cli_vname(g, v[i]);
	cli_wrapped(words, nv, " - ", 6, 6);
	free(words);
}

/* The three costliest closures; a waypoint (via, or SIZE_MAX) is not news. */
static void print_chokepoints(const sn_graph *g, const sn_chokepoints *c, const char *unit, size_t via)
{
	const char *words[3];
	char bufs[3][200];
	size_t n = 0;

	for (size_t i = 0; i < sn_chokepoints_count(c) && n < 3; i++) {
		sn_domain d;
		size_t idx;
		double cost;
		char inc[48], what[120];
		sn_chokepoints_get(c, i, &d, &idx, &cost);
		if (!isinf(cost) && cost - sn_chokepoints_base_cost(c) < 1e-9)
			break;
		if (d == SN_DOMAIN_NODE && idx == via)
			continue;
		cli_chokepoint_name(g, c, i, "", "-", what, sizeof what);
		if (isinf(cost))
			snprintf(inc, sizeof inc, "cuts it");
		else
			snprintf(inc, sizeof inc, "+%.1f %s", cost - sn_chokepoints_base_cost(c), unit);
		snprintf(bufs[n], sizeof bufs[n], "%s (%s)", what, inc);
		words[n] = bufs[n];
		n++;
	}
	printf("      chokepoints: ");
	if (n)
		cli_wrapped(words, n, ", ", 6, 19);
	else
		printf("none: every closure leaves an equal route\n");
}

/* One row of the route table: the route under the report's constraints
 * (pipelines and fibre left out, plus avoid_text), its days and km, and its
 * three costliest chokepoints through the waypoint as routed. */
static int one_route(const sn_graph *g, size_t from, size_t to, const char *cost, const char *avoid_text,
                     const char *via_text, size_t **highlight, size_t *nh)
{
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	cli_specs avoid = { { "mode=pipeline", "mode=fibre" }, 2, { NULL }, 0 };
	size_t via[1];
	sn_routes *r = NULL;
	sn_chokepoints *c = NULL;
	sn_status st;
	int rc = 0, implied;

	if (avoid_text && cli_specs_add(&avoid, "report", "avoid", avoid_text) != EXIT_OK)
		return EXIT_USAGE;
	o.cost = cost;
	o.node_cost = cli_node_cost(g, cost, NULL, &implied);
	o.avoid = avoid.v;
	o.n_avoid = avoid.n;
	if (via_text) {
		if (sn_graph_vertex_find(g, via_text, &via[0]) != SN_OK) {
			/* the waypoint is not in the network (a scenario left it out) */
			print_figures((route_figures){ NAN, NAN, NAN });
			printf("      no route: its waypoint '%s' is not in the network\n", via_text);
			goto done;
		}
		o.via = via;
		o.n_via = 1;
	}
	st = sn_route(&r, g, from, to, &o);
	if (st == SN_ENOPATH || st == SN_EINVAL) {
		print_figures((route_figures){ NAN, NAN, NAN });
		printf("      no route: %s\n", sn_last_error());
		goto done;
	}
	if (st != SN_OK) {
		rc = cli_fail();
		goto done;
	}
	print_route(g, r, cost);
	if (highlight && !*highlight) {
		size_t ne;
		const size_t *e = sn_routes_edges(r, 0, &ne);
		if ((*highlight = malloc((ne + 1) * sizeof **highlight))) {
			memcpy(*highlight, e, ne * sizeof *e);
			*nh = ne;
		}
	}
	/* the chokepoints of that route, through its waypoint as routed */
	if (sn_route_chokepoints(&c, g, from, to, &o) == SN_OK) {
		print_chokepoints(g, c, cost ? cost : "hops", via_text ? via[0] : SIZE_MAX);
		sn_chokepoints_free(c);
	}
done:
	sn_routes_free(r);
	cli_specs_free(&avoid);
	return rc;
}

/* The head of a route table: title, then the columns. */
static void table_head(const char *title)
{
	printf("\n%-66.66s %7s %9s %7s\n", title, "days", "at places", "km");
}

/* One comparison of the table "Corridors compared": the trip by two
 * corridors, and how many times as long the first takes. */
typedef struct comparison {
	const char *from, *to, *title, *label[2], *name[2], *only[2], *avoid[2], *via[2], *note;
} comparison;

static const comparison compared[] = {
	{ "XIA", "DUI", "Xi'an to Duisburg", { "Middle Corridor (TITR), avoiding Russia", "Northern route, through Moscow" },
	  { "the Middle Corridor", "the Northern route" }, { NULL, NULL }, { "country=RU", NULL }, { NULL, "MOW" },
	  "the World Bank (2023) finds it three times as long" },
	{ "MUM", "MOW", "Mumbai to Moscow", { "INSTC", "by sea through Suez" }, { "the INSTC", "the Suez route" },
	  { "corridor=INSTC", "corridor=SUEZ" }, { NULL, NULL }, { NULL, NULL },
	  "published: about 25 days by the INSTC, 32 through Suez" },
};

/* The trip of comparison c by corridor i: 0 and its figures, or 1 when
 * there is none (the reason printed). */
static int compared_route(const sn_graph *g, const comparison *c, int i, route_figures *f)
{
	sn_route_opts o = SN_ROUTE_OPTS_INIT;
	const char *avoid[3] = { "mode=pipeline", "mode=fibre", c->avoid[i] };
	const char *only[1] = { c->only[i] };
	size_t from, to, via;
	sn_routes *r = NULL;
	int implied;

	if (sn_graph_vertex_find(g, c->from, &from) != SN_OK || sn_graph_vertex_find(g, c->to, &to) != SN_OK ||
	    (c->via[i] && sn_graph_vertex_find(g, c->via[i], &via) != SN_OK))
		return 1;
	o.cost = "days";
	o.node_cost = cli_node_cost(g, "days", NULL, &implied);
	o.avoid = avoid;
	o.n_avoid = c->avoid[i] ? 3 : 2;
	o.only = only;
	o.n_only = c->only[i] ? 1 : 0;
	o.via = &via;
	o.n_via = c->via[i] ? 1 : 0;
	if (sn_route(&r, g, from, to, &o) != SN_OK) {
		printf("  %-64.64s no route: %s\n", c->label[i], sn_last_error());
		return 1;
	}
	*f = figures(g, r, "days");
	sn_routes_free(r);
	return 0;
}

/* The Middle Corridor against the Northern route, the INSTC against Suez:
 * the headline comparisons of the bundled data, time at places included. */
static void section_compared(const sn_graph *g)
{
	rule("Corridors compared");
	printf("By days, the time at borders and ports included (its share in brackets).\n");
	for (size_t i = 0; i < sizeof compared / sizeof compared[0]; i++) {
		const comparison *c = &compared[i];
		route_figures f[2];
		int missing = 0;
		table_head(c->title);
		for (int k = 0; k < 2; k++) {
			char label[120];
			if (compared_route(g, c, k, &f[k])) {
				missing = 1;
				continue;
			}
			snprintf(label, sizeof label, "%s (%.0f%% at places)", c->label[k], 100 * f[k].at_places / f[k].days);
			printf("  %-64.64s", label);
			print_figures(f[k]);
		}
		if (!missing)
			printf("  %s takes %.1f times as long as %s\n  (%s)\n", c->name[0], f[0].days / f[1].days,
			       c->name[1], c->note);
	}
}

/* On the bundled corridors, the best route from each origin along each
 * named corridor with its chokepoints; on other networks, between the two
 * most distant places. The first route found is the diagram's highlight. */
static int section_routes(const sn_graph *g, int is_bundled, size_t **highlight, size_t *nh)
{
	const char *cost = has_key(g, SN_DOMAIN_EDGE, "days", 1) ? "days" : "km";
	int rc = 0;

	if (is_bundled) {
		section_compared(g);
		rule("Best routes from Central Asia, corridor by corridor");
		printf("By days, over freight segments (pipelines and fibre left out), with the time at borders and\n"
		       "ports. Chokepoints: the places and segments whose closure lengthens the route most (a route's\n"
		       "own waypoint is not listed). Many km and days are estimates: see data/README.md.\n");
		for (size_t o = 0; o < sizeof bundled_origins / sizeof bundled_origins[0] && !rc; o++) {
			size_t from;
			char head[80];
			if (sn_graph_vertex_find(g, bundled_origins[o], &from) != SN_OK)
				continue;
			snprintf(head, sizeof head, "from %s", cli_vname(g, from));
			table_head(head);
			for (size_t i = 0; i < sizeof bundled / sizeof bundled[0] && !rc; i++) {
				size_t to;
				char title[80];
				if (sn_graph_vertex_find(g, bundled[i].to, &to) != SN_OK)
					continue;
				snprintf(title, sizeof title, "to %s: %s", bundled[i].region, bundled[i].label);
				printf("  %-64.64s", title);
				rc = one_route(g, from, to, cost, bundled[i].avoid, bundled[i].via, o == 0 && i == 0 ? highlight : NULL,
				               nh);
			}
		}
		return rc;
	}
	/* any other network: the two places farthest apart */
	{
		size_t n = sn_graph_vertex_count(g), bf = 0, bt = 0;
		double best = -1;
		sn_route_opts o = SN_ROUTE_OPTS_INIT;
		int implied;
		o.cost = cost;
		o.node_cost = cli_node_cost(g, cost, NULL, &implied);
		if (n > 2000)
			return 0;
		for (size_t v = 0; v < n; v++) {
			sn_scores *sc;
			if (sn_route_costs(&sc, g, v, &o) != SN_OK)
				continue;
			for (size_t u = 0; u < n; u++) {
				double x = sn_scores_values(sc)[u];
				if (isfinite(x) && x > best) {
					best = x;
					bf = v;
					bt = u;
				}
			}
			sn_scores_free(sc);
		}
		if (best <= 0)
			return 0;
		rule("The longest best route");
		printf("The two places farthest apart by %s, the best route between them and its chokepoints.\n", cost);
		{
			char title[160];
			table_head("");
			snprintf(title, sizeof title, "%s to %s", cli_vname(g, bf), cli_vname(g, bt));
			printf("  %-64.64s", title);
		}
		return one_route(g, bf, bt, cost, NULL, NULL, highlight, nh);
	}
}

static int section_structure(const sn_graph *g)
{
	size_t *ap = NULL, nap = 0;
	const char **words;

	if (sn_graph_articulation_points(&ap, &nap, g) != SN_OK)
		return cli_fail();
	rule("Single points of failure of the whole network");
	printf("%zu articulation points (closing one splits the network)%s\n", nap, nap ? ":" : "");
	if (nap && (words = malloc(nap * sizeof *words))) {
		/* a list is read up to a few lines: a large network names the
		 * first and counts the rest */
		size_t shown = nap > 40 ? 40 : nap;
		for (size_t i = 0; i < shown; i++)
			words[i] = cli_vname(g, ap[i]);
		printf("  ");
		cli_wrapped(words, shown, ", ", 2, 2);
		if (shown < nap)
			printf("  and %zu more (silknet critical FILE FROM TO names those on a route)\n", nap - shown);
		free(words);
	}
	sn_free(ap);
	return 0;
}

/* ---- diagrams ---- */

static int on_path(const char *prog, char *buf, size_t size)
{
	const char *path = getenv("PATH");
	char *copy, *save = NULL;

	if (!path || !(copy = strdup(path)))
		return 0;
	for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save)) {
		snprintf(buf, size, "%s/%s", d, prog);
		if (access(buf, X_OK) == 0) {
			free(copy);
			return 1;
		}
	}
	free(copy);
	return 0;
}

/* Writes BASE.dot (and BASE.svg when Graphviz is there): a map when the
 * places have coordinates, else an sfdp or dot layout by size; nothing
 * over DRAW_MAX_VERTICES. */
static int section_diagram(const sn_graph *g, const char *base, const char *name, int geographic, const size_t *route,
                           size_t nroute, const report *rp, char *svg_out, size_t svg_size)
{
	sn_dot_opts o = SN_DOT_OPTS_INIT;
	char dot[4096], svg[4096], png[4096], title[256], prog[4096], basemap[4096];
	size_t len;
	const char *engine;
	char *text = NULL;
	int r;

	svg_out[0] = '\0';
	snprintf(title, sizeof title, "%s", name ? name : base);
	o.title = title;
	if (geographic) {
		o.flags = SN_DOT_GEO;
		o.basemap = cli_data_path("basemap-eurasia.txt", basemap, sizeof basemap);
		o.highlight_edges = route;
		o.n_highlight_edges = nroute;
	} else if (has_key(g, SN_DOMAIN_EDGE, "weight", 1))
		o.width_attr = "weight";
	if (mkdir(rp->outdir, 0777) != 0 && errno != EEXIST) {
		cli_error("%s: cannot create: %s", rp->outdir, strerror(errno));
		return EXIT_BAD_INPUT;
	}
	snprintf(dot, sizeof dot, "%s/%s.dot", rp->outdir, base);
	snprintf(svg, sizeof svg, "%s/%s.svg", rp->outdir, base);
	snprintf(png, sizeof png, "%s/%s.png", rp->outdir, base);
	if (sn_graph_write_dot(g, dot, &o) != SN_OK) {
		/* weights that are no strengths cannot set widths: draw without */
		if (!o.width_attr)
			return cli_fail();
		o.width_attr = NULL;
		if (sn_graph_write_dot(g, dot, &o) != SN_OK)
			return cli_fail();
	}
	rule("Diagram");
	if (!rp->svg) {
		printf("wrote %s\n", dot);
		return 0;
	}
	if (sn_graph_vertex_count(g) > DRAW_MAX_VERTICES) {
		printf("wrote %s; no SVG: %zu vertices are more than Graphviz lays out legibly (over %d)\n", dot,
		       sn_graph_vertex_count(g), DRAW_MAX_VERTICES);
		return 0;
	}
	/* dot draws hierarchies; a large network reads better force-directed */
	engine = geographic ? "neato" : sn_graph_vertex_count(g) > 30 ? "sfdp" : "dot";
	if (!on_path(engine, prog, sizeof prog))
		r = -1;
	else if (sn_graph_write_dot_memory(&text, &len, g, &o) != SN_OK)
		return cli_fail();
	else {
		/* atomic and bounded in time, as export --to svg draws; the PNG,
		 * of the same layout, sized for slides and mail */
		r = cli_render_svg_png(text, len, engine, geographic, svg, png, PNG_MAX_PX, DRAW_TIMEOUT) ? -2 : 0;
		sn_free(text);
	}
	if (r == 0) {
		printf("wrote %s and %s\n  %s\n  from %s\n", svg, png,
		       geographic ? "places by lat/lon on a map, the first route above in red" : "drawn by Graphviz", dot);
		snprintf(svg_out, svg_size, "%s", svg);
	}
	else if (r == -1)
		printf("wrote %s; Graphviz is not installed, so no SVG: install it (apt-get install graphviz)\n"
		       "and run: %s %s-Tsvg %s -o %s\n", dot, engine, geographic ? "-n2 " : "", dot, svg);
	else
		printf("wrote %s; Graphviz failed to render it (see above)\n", dot);
	return 0;
}

/* ---- the command ---- */

/* A name for the diagrams of path, unique in this report: the file's
 * name less .graphml, then -2, -3 for another file of the same name. */
static void diagram_stem(const char *path, report *rp, char *stem, size_t size)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	char first[256];
	size_t n;

	snprintf(first, sizeof first, "%s", strcmp(path, "-") == 0 ? "stdin" : base);
	n = strlen(first);
	if (n > 8 && strcmp(first + n - 8, ".graphml") == 0)
		first[n - 8] = '\0';
	snprintf(stem, size, "%s", first);
	for (unsigned k = 2;; k++) {
		size_t i;
		for (i = 0; i < rp->nstems && strcmp(rp->stems[i], stem) != 0; i++)
			;
		if (i == rp->nstems)
			break;
		snprintf(stem, size, "%.200s-%u", first, k);
	}
	if (rp->nstems < HTML_MAX_NETWORKS)
		snprintf(rp->stems[rp->nstems++], sizeof rp->stems[0], "%s", stem);
}

/* --avoid and --only: *g becomes the network they leave. */
static int apply_scenario(sn_graph **g, const report *rp)
{
	unsigned char *vdrop = NULL, *edrop = NULL;
	int rc;

	if (!rp->avoid.n && !rp->only.n)
		return 0;
	if (!(rc = cli_part_marks(*g, &rp->avoid, &rp->only, &vdrop, &edrop)))
		rc = cli_take_part(g, vdrop, edrop);
	free(vdrop);
	free(edrop);
	return rc;
}

/* The table of the web page: betweenness (sampled as the text's), degree
 * and PageRank of every vertex; places by km, as the text ranks them. */
static void web_section(const sn_graph *g, report *rp, const char *stem, const char *title, const char *text,
                        const char *svg, int places)
{
	sn_scores **sc = rp->kept;
	struct cli_measure_opts mo;
	size_t nm = 0;

	cli_measure_opts_init(&mo);
	mo.c.sample = betweenness_sample(g);
	if (places && has_key(g, SN_DOMAIN_EDGE, "km", 1)) {
		mo.c.weight = "km";
		mo.c.weight_is = SN_WEIGHT_DISTANCE;
	}
	/* the measures the text did not rank (PageRank beside closeness on a
	 * small map): the same options as it would have used */
	if (sn_graph_vertex_count(g) >= 3)
		for (nm = 0; nm < 3; nm++)
			if (!sc[nm] && cli_compute(g, &mo, &kept_measures[nm], 1, &sc[nm]))
				break;
	html_report_network(&rp->html, g, stem, title, text, svg[0] ? svg : NULL, places, kept_measures, sc, nm);
}

/* One network: its sections printed as they come, and (for the web page)
 * captured too: while they run, stdout is a memory stream, which glibc
 * allows (stdout is a variable there), so that no section needs to know
 * where its text goes. */
static int report_file(const char *path, report *rp)
{
	sn_graph *g = NULL;
	size_t *route = NULL, nroute = 0, k, len = 0;
	const char *gid, *gname = NULL;
	char stem[256], svg[4096] = "", title[256], *text = NULL;
	int rc, geographic, is_bundled, routable;
	FILE *real = stdout, *capture;

	if ((rc = cli_load(path, 0, &g)))
		return rc;
	gid = sn_graph_id(g);
	is_bundled = gid && strcmp(gid, "central-asia-corridors") == 0;
	if (sn_key_find(g, SN_DOMAIN_GRAPH, "name", &k) == SN_OK && sn_attr_get_string(g, k, SN_DOMAIN_GRAPH, 0, &gname) == SN_OK)
		snprintf(title, sizeof title, "%s", gname);
	else
		snprintf(title, sizeof title, "%s", path);
	if ((rc = apply_scenario(&g, rp))) {
		sn_graph_free(g);
		return rc;
	}
	geographic = has_key(g, SN_DOMAIN_NODE, "lat", 1) && has_key(g, SN_DOMAIN_NODE, "lon", 1);
	routable = has_key(g, SN_DOMAIN_EDGE, "km", 1) || has_key(g, SN_DOMAIN_EDGE, "days", 1);
	diagram_stem(path, rp, stem, sizeof stem);
	if (!rp->web || !(capture = open_memstream(&text, &len)))
		capture = NULL;
	fflush(stdout);
	if (capture)
		stdout = capture;
	if ((rc = section_summary(g, path, title, rp)) || (rc = section_centrality(g, geographic && routable, rp)) ||
	    (rc = section_brokerage(g)) || (rc = section_concentration(g)))
		goto done;
	if (routable && (rc = section_routes(g, is_bundled, &route, &nroute)))
		goto done;
	if (routable && (rc = section_structure(g)))
		goto done;
	rc = section_diagram(g, stem, title, geographic, route, nroute, rp, svg, sizeof svg);
	geographic = geographic && routable;
done:
	if (capture) {
		stdout = real;
		fclose(capture);
		fwrite(text, 1, len, stdout);
		if (!rc)
			web_section(g, rp, stem, title, text, svg, geographic);
		free(text);
	}
	for (size_t i = 0; i < 3; i++) {
		sn_scores_free(rp->kept[i]);
		rp->kept[i] = NULL;
	}
	free(route);
	sn_graph_free(g);
	return rc;
}

static const char report_help[] =
	"usage: silknet report [FILE...] [-o DIR] [--no-svg] [--no-html] [--avoid SPEC] [--only SPEC]\n"
	"\n"
	"The main job. With no FILE, analyses the bundled Central Asia data: the most central\n"
	"actors by several measures, the brokers between East Asia and Central Asia, each\n"
	"Central Asian state's partner concentration, the best routes from Tashkent and Almaty\n"
	"to Europe, the Gulf, South Asia and East Asia through each corridor with km and days,\n"
	"their chokepoints, and the network's single points of failure. With FILEs, the same\n"
	"for each, as far as its attributes allow. Writes to DIR (default silknet-report) a\n"
	"diagram of each network (DOT, and SVG and PNG when Graphviz is installed; a map on\n"
	"Natural Earth's coasts and borders where places have lat/lon) and the whole report\n"
	"as one web page, DIR/index.html: the diagrams with tooltips, sortable tables, the text.\n"
	"\n"
	"  -o, --output DIR  where the diagrams and the page go\n"
	"  --no-svg          diagrams as DOT only\n"
	"  --no-html         no web page\n"
	"  --avoid SPEC      a scenario: the report on the network without a vertex (RUS) or\n"
	"                    what matches attr=value (country=RU); repeatable\n"
	"  --only SPEC       a scenario: only what matches attr=value (mode=rail); repeatable\n"
	"\n"
	"examples:\n"
	"  silknet report -o out\n"
	"  silknet report --avoid country=RU -o without-russia\n";

int cmd_report(int argc, char **argv)
{
	enum { O_AVOID = 300, O_ONLY, O_NOHTML };
	static const struct option longopts[] = {
		{ "output", required_argument, NULL, 'o' },
		{ "no-svg", no_argument, NULL, 'n' },
		{ "no-html", no_argument, NULL, O_NOHTML },
		{ "avoid", required_argument, NULL, O_AVOID },
		{ "only", required_argument, NULL, O_ONLY },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	static report rp; /* large: the page's names */
	cli_args p;
	int c, rc = 0;

	memset(&rp, 0, sizeof rp);
	rp.outdir = "silknet-report";
	rp.svg = rp.web = 1;

	cli_args_init(&p, "report", argc, argv, ":ho:", longopts, report_help);
	while ((c = cli_args_next(&p)) != CLI_ARGS_END) {
		if (c == CLI_ARGS_STOP)
			return cli_exit(p.rc);
		if (c == 'o')
			rp.outdir = optarg;
		else if (c == 'n')
			rp.svg = 0;
		else if (c == O_NOHTML)
			rp.web = 0;
		else if (c == O_AVOID || c == O_ONLY) {
			if ((rc = cli_specs_add(c == O_AVOID ? &rp.avoid : &rp.only, "report", c == O_AVOID ? "--avoid" : "--only",
			                        optarg)))
				return cli_exit(rc);
		} else
			return cli_args_unknown(&p, c);
	}
	if (rp.web && (rc = html_report_open(&rp.html)))
		return rc;
	if (cli_input_opts.nodes && argc - optind != 1)
		return cli_usage("report", "--nodes goes with one CSV edge table, got %d files", argc - optind);
	if (optind == argc) {
		static const char *const files[] = { "central-asia-actors.graphml", "central-asia-corridors.graphml" };
		for (size_t i = 0; i < 2 && !rc; i++) {
			char buf[4096];
			const char *path = cli_data_path(files[i], buf, sizeof buf);
			if (!path) {
				cli_error("the bundled data (%s) was not found: set SILKNET_DATA to its directory", files[i]);
				rc = EXIT_BAD_INPUT;
				break;
			}
			rc = report_file(path, &rp);
		}
	} else
		for (int i = optind; i < argc && !rc; i++)
			rc = report_file(argv[i], &rp);
	if (rp.web) {
		/* the page of what was reported, even when a later file failed */
		int wrc = rp.html.n ? html_report_close(&rp.html, rp.outdir) : (fclose(rp.html.body), free(rp.html.text), 0);
		if (!wrc && rp.html.n)
			printf("\nwrote %s/index.html: the report as one web page\n", rp.outdir);
		rc = rc ? rc : wrc;
	}
	cli_specs_free(&rp.avoid);
	cli_specs_free(&rp.only);
	return rc;
}
