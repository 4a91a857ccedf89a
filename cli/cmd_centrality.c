/*
 * cmd_centrality.c - silknet centrality, and the measure options that
 * export --with and report share.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- silknet centrality ---- */

static const char centrality_help[] =
	"usage: silknet centrality FILE [--measure M[,M..]] [--weight ATTR --weight-is distance|strength]\n"
	"                          [--normalized] [--top N] [--format table|csv|json] [options]\n"
	"\n"
	"Who is central, by any of these measures (default: degree,betweenness,closeness,pagerank):\n"
	"  degree strength betweenness edge_betweenness closeness harmonic eigenvector pagerank\n"
	"  hub authority constraint coreness clustering opsahl_degree opsahl_closeness\n"
	"  opsahl_betweenness brokerage brokerage_coordinator brokerage_itinerant\n"
	"  brokerage_gatekeeper brokerage_representative brokerage_liaison concentration\n"
	"  effective_size efficiency\n"
	"\n"
	"A weight is a distance (km, days: bigger = farther) or a strength (trade, aid: bigger =\n"
	"stronger); each measure converts with distance = 1/strength where it needs the other.\n"
	"Raw values are igraph's; --normalized follows NetworkX's definitions.\n"
	"\n"
	"  --measure LIST      comma-separated measures\n"
	"  --weight ATTR       numeric edge attribute\n"
	"  --weight-is KIND    distance or strength (required with --weight)\n"
	"  --normalized        NetworkX's normalization (directed closeness and harmonic then use\n"
	"                      in-distances, as NetworkX's do; see the man page for each measure)\n"
	"  --mode M            out, in or all, for directed graphs\n"
	"  --cutoff X          only paths up to this length (betweenness, closeness, harmonic)\n"
	"  --damping D         PageRank damping (default 0.85)\n"
	"  --personalize IDS   PageRank restarts at these comma-separated vertices\n"
	"  --alpha A           Opsahl's tuning parameter (default 0.5)\n"
	"  --group ATTR        node attribute for brokerage roles (bloc, region, country)\n"
	"                      brokerage roles come with _expected and _z columns: the count by\n"
	"                      chance and the z-score (statnet's sna::brokerage), on all two-paths\n"
	"  --from-group G      brokerage only on paths from this group ...\n"
	"  --to-group G        ... to this one (who brokers between East Asia and Central Asia);\n"
	"                      a group value, or actors separated by commas (KOR,JPN)\n"
	"  --relation R        concentration over edges of this relation only\n"
	"  --missing-weight W  edges without the weight: error (default), skip (left out) or a value\n"
	"  --parallel P        separate (default: each parallel edge a shortest path of its own, as\n"
	"                      igraph counts) or collapse (one tie per pair, as NetworkX reads a\n"
	"                      multigraph: the shortest distance, or the summed strength)\n"
	"  --avoid SPEC        leave out a vertex (RUS) or what matches attr=value (kind=company),\n"
	"                      as route takes them; repeatable; what is left out shows '-'\n"
	"  --only SPEC         keep only the edges (vertices) matching attr=value\n"
	"  --close SPEC        a scenario: each measure again with SPEC left out too, beside the\n"
	"                      measure, and the change (who gains when Russia is removed)\n"
	"  --sample N          betweenness estimated from the paths out of N sources drawn at\n"
	"                      random (Brandes and Pich), with its standard error as _se; the\n"
	"                      cost is N/|V| of the exact one (big networks: --sample 500)\n"
	"  --seed S            the sample's seed (default: a fixed one, so results repeat)\n"
	"  --top N             the N highest, by the first measure\n"
	"  --format F          table (default), csv or json\n"
	"\n"
	"examples:\n"
	"  silknet centrality actors.graphml --measure betweenness,pagerank --top 10\n"
	"  silknet centrality corridors.graphml --measure betweenness,closeness \\\n"
	"      --weight km --weight-is distance --top 5\n"
	"  silknet centrality actors.graphml --measure concentration --weight weight \\\n"
	"      --weight-is strength --relation trade\n"
	"  silknet centrality actors.graphml --measure betweenness --close RUS --top 8\n"
	"  silknet centrality actors.graphml --measure betweenness --sample 40 --top 5\n"
	"  silknet centrality actors.graphml --measure brokerage --group region \\\n"
	"      --from-group KOR,JPN --to-group \"Central Asia\" --top 5\n";

#define MAX_MEASURES 32

/* What centrality was asked, and what it computed: sc on the network (less
 * --avoid, within --only), and with --close the scenario sc2 (the same
 * with --close left out too) and the change sc2 - sc. */
typedef struct centrality_args {
	struct cli_measure_opts mo;
	enum cli_format format;
	const char *list;
	size_t top;
	cli_specs avoid, only, close;
	const char *avoid_close[2 * CLI_MAX_SPECS];
	sn_measure ms[MAX_MEASURES];
	const char *names[MAX_MEASURES];
	char without[MAX_MEASURES][64], change[MAX_MEASURES][64];
	sn_scores *sc[MAX_MEASURES], *sc2[MAX_MEASURES];
	double *chg[MAX_MEASURES];
	/* brokerage roles: by chance (statnet's null model), and z-scores */
	char expected[MAX_MEASURES][64], zname[MAX_MEASURES][64], sename[MAX_MEASURES][64];
	double *exp[MAX_MEASURES], *z[MAX_MEASURES];
	size_t nm, n_vertices;
} centrality_args;

/* One block of rows: the vertex measures, or the edge measures (each with
 * its scenario and change beside it under --close). */
#define MAX_COLS (5 * MAX_MEASURES)
typedef struct block {
	int edges;
	const char *cols[MAX_COLS];
	const double *vals[MAX_COLS];
	size_t ncols;
	size_t *rows, nrows;
} block;

static void print_number(FILE *fp, double v, enum cli_format f)
{
	if (f == FORMAT_JSON)
		json_number(fp, v);
	else if (isnan(v))
		fputs(f == FORMAT_CSV ? "" : "-", fp);
	else if (f == FORMAT_CSV)
		json_number(fp, v); /* shortest exact form */
	else if (v == floor(v) && fabs(v) < 1e15)
		fprintf(fp, "%.0f", v);
	else
		fprintf(fp, "%.4g", v);
}

/* The first two columns of a row: id and label, or source-target and id. */
static void row_names(const sn_graph *g, const block *b, size_t i, char *buf, size_t size, const char **id,
                      const char **label)
{
	size_t s, t;

	if (b->edges) {
		sn_graph_edge_endpoints(g, i, &s, &t);
		snprintf(buf, size, "%.28s-%.28s", sn_graph_vertex_id(g, s), sn_graph_vertex_id(g, t));
		*id = buf;
		*label = sn_graph_edge_id(g, i);
	} else {
		*id = sn_graph_vertex_id(g, i);
		*label = cli_vertex_label(g, i);
	}
}

static int col_width(const char *name)
{
	return (int)(strlen(name) > 12 ? strlen(name) : 12);
}

/* A table whose name columns fit the longest names, up to a limit. */
static void print_table(const sn_graph *g, const block *b)
{
	int wid = 2, wlab = 5;
	char buf[64];
	const char *id, *label;

	for (size_t r = 0; r < b->nrows; r++) {
		int l;
		row_names(g, b, b->rows[r], buf, sizeof buf, &id, &label);
		l = (int)strlen(id);
		wid = l > wid ? l : wid;
		l = label && !b->edges ? (int)strlen(label) : 1;
		wlab = l > wlab ? l : wlab;
	}
	wid = wid > 30 ? 30 : wid;
	wlab = wlab > 28 ? 28 : wlab;
	printf("%-*s  %-*s", wid, b->edges ? "edge" : "id", wlab, b->edges ? "id" : "label");
	for (size_t m = 0; m < b->ncols; m++)
		printf("  %*s", col_width(b->cols[m]), b->cols[m]);
	putchar('\n');
	for (size_t r = 0; r < b->nrows; r++) {
		size_t i = b->rows[r];
		row_names(g, b, i, buf, sizeof buf, &id, &label);
		printf("%-*.*s  %-*.*s", wid, wid, id, wlab, wlab, label ? label : "-");
		for (size_t m = 0; m < b->ncols; m++) {
			char num[40];
			FILE *mem = fmemopen(num, sizeof num, "w");
			if (mem) {
				print_number(mem, b->vals[m][i], FORMAT_TABLE);
				fclose(mem);
			} else
				snprintf(num, sizeof num, "?");
			printf("  %*s", col_width(b->cols[m]), num);
		}
		putchar('\n');
	}
}

static void print_csv(const sn_graph *g, const block *b)
{
	fputs(b->edges ? "source,target,id" : "id,label", stdout);
	for (size_t i = 0; i < b->ncols; i++) {
		putchar(',');
		csv_field(stdout, b->cols[i]);
	}
	putchar('\n');
	for (size_t r = 0; r < b->nrows; r++) {
		size_t i = b->rows[r], s, t;
		if (!b->edges) {
			const char *label = cli_vertex_label(g, i);
			csv_field(stdout, sn_graph_vertex_id(g, i));
			putchar(',');
			csv_field(stdout, label ? label : "");
		} else {
			const char *eid = sn_graph_edge_id(g, i);
			sn_graph_edge_endpoints(g, i, &s, &t);
			csv_field(stdout, sn_graph_vertex_id(g, s));
			putchar(',');
			csv_field(stdout, sn_graph_vertex_id(g, t));
			putchar(',');
			csv_field(stdout, eid ? eid : "");
		}
		for (size_t m = 0; m < b->ncols; m++) {
			putchar(',');
			print_number(stdout, b->vals[m][i], FORMAT_CSV);
		}
		fputs("\r\n", stdout);
	}
}

static void print_json_rows(const sn_graph *g, const block *b)
{
	printf(", \"%s\": [", b->edges ? "edges" : "vertices");
	for (size_t r = 0; r < b->nrows; r++) {
		size_t i = b->rows[r], s, t;
		printf("%s{", r ? ", " : "");
		if (!b->edges) {
			printf("\"id\": ");
			json_string(stdout, sn_graph_vertex_id(g, i));
			printf(", \"label\": ");
			json_string(stdout, cli_vertex_label(g, i));
		} else {
			sn_graph_edge_endpoints(g, i, &s, &t);
			printf("\"source\": ");
			json_string(stdout, sn_graph_vertex_id(g, s));
			printf(", \"target\": ");
			json_string(stdout, sn_graph_vertex_id(g, t));
			printf(", \"id\": ");
			json_string(stdout, sn_graph_edge_id(g, i));
		}
		for (size_t m = 0; m < b->ncols; m++) {
			printf(", ");
			json_string(stdout, b->cols[m]);
			printf(": ");
			print_number(stdout, b->vals[m][i], FORMAT_JSON);
		}
		putchar('}');
	}
	putchar(']');
}

static void print_json_head(const centrality_args *a)
{
	const sn_centrality_opts *c = &a->mo.c;

	printf("{\"measures\": [");
	for (size_t i = 0; i < a->nm; i++) {
		printf("%s", i ? ", " : "");
		json_string(stdout, a->names[i]);
	}
	printf("], \"weight\": ");
	if (c->weight) {
		json_string(stdout, c->weight);
		printf(", \"weight_is\": \"%s\"", c->weight_is == SN_WEIGHT_DISTANCE ? "distance" : "strength");
	} else
		printf("null");
	printf(", \"normalized\": %s", c->normalized ? "true" : "false");
	for (size_t i = 0; i < a->nm; i++)
		if (sn_scores_sample(a->sc[i])) {
			printf(", \"sample\": {\"sources\": %zu, \"of\": %zu, \"seed\": %llu}", sn_scores_sample(a->sc[i]),
			       sn_scores_count(a->sc[i]) ? a->n_vertices : 0, c->seed);
			break;
		}
	if (a->avoid.n || a->only.n) {
		printf(", \"avoid\": ");
		json_strings(stdout, a->avoid.v, a->avoid.n);
		printf(", \"only\": ");
		json_strings(stdout, a->only.v, a->only.n);
	}
	if (a->close.n) {
		printf(", \"scenario\": {\"close\": ");
		json_strings(stdout, a->close.v, a->close.n);
		printf("}");
	}
}

/* The measures and weights explained under a table. */
static void print_legend(const centrality_args *a)
{
	const sn_centrality_opts *c = &a->mo.c;

	putchar('\n');
	for (size_t i = 0; i < a->nm; i++)
		printf("%s: %s%s\n", a->names[i], sn_measure_description(a->ms[i]), c->normalized ? " (normalized)" : "");
	if (c->weight)
		printf("weights: '%s' read as a %s\n", c->weight,
		       c->weight_is == SN_WEIGHT_DISTANCE ? "distance" : "strength (distance = 1/strength)");
	if (a->avoid.n || a->only.n) {
		printf("computed on the network");
		cli_print_part(stdout, &a->avoid, &a->only);
		printf(" (- for what is left out)\n");
	}
	for (size_t i = 0; i < a->nm; i++)
		if (sn_scores_sample(a->sc[i])) {
			printf("estimated from the shortest paths out of %zu of the %zu vertices, drawn at random "
			       "(Brandes and Pich; --seed %llu): _se is the standard error\n",
			       sn_scores_sample(a->sc[i]), a->n_vertices, c->seed);
			break;
		}
	for (size_t i = 0; i < a->nm; i++)
		if (a->exp[i]) {
			printf("_expected, _z: the count by chance (ties at random at the network's density, group "
			       "sizes kept: Gould and Fernandez, as statnet's brokerage) and how many standard "
			       "deviations above it\n");
			break;
		}
	if (a->close.n) {
		printf("_without: the same with");
		for (size_t i = 0; i < a->close.n; i++)
			printf("%s%s", i ? ", " : " ", a->close.v[i]);
		printf(" left out too; _change = _without - the measure\n");
	}
}

/* Fills block b with the measures of one domain, rows ranked by the first
 * of them and cut at --top; ncols stays 0 when there are none. */
static int make_block(const sn_graph *g, const centrality_args *a, int edges, size_t *rows, block *b)
{
	size_t n = edges ? sn_graph_edge_count(g) : sn_graph_vertex_count(g);

	memset(b, 0, sizeof *b);
	b->edges = edges;
	b->rows = rows;
	for (size_t i = 0; i < a->nm; i++)
		if ((sn_scores_domain(a->sc[i]) == SN_DOMAIN_EDGE) == edges) {
			b->cols[b->ncols] = a->names[i];
			b->vals[b->ncols++] = sn_scores_values(a->sc[i]);
			if (sn_scores_stderr(a->sc[i])) {
				b->cols[b->ncols] = a->sename[i];
				b->vals[b->ncols++] = sn_scores_stderr(a->sc[i]);
			}
			if (a->exp[i]) {
				b->cols[b->ncols] = a->expected[i];
				b->vals[b->ncols++] = a->exp[i];
				b->cols[b->ncols] = a->zname[i];
				b->vals[b->ncols++] = a->z[i];
			}
			if (a->close.n) {
				b->cols[b->ncols] = a->without[i];
				b->vals[b->ncols++] = sn_scores_values(a->sc2[i]);
				b->cols[b->ncols] = a->change[i];
				b->vals[b->ncols++] = a->chg[i];
			}
		}
	if (!b->ncols)
		return 0;
	for (size_t i = 0; i < n; i++)
		rows[i] = i;
	if (cli_rank(rows, n, b->vals[0], 1) < 0)
		return -1;
	b->nrows = a->top && a->top < n ? a->top : n;
	return 0;
}

/* Vertex measures and edge measures are listed apart, vertices first. */
static int print_centrality(const sn_graph *g, const centrality_args *a)
{
	size_t nv = sn_graph_vertex_count(g), ne = sn_graph_edge_count(g);
	size_t *rows = malloc(((nv > ne ? nv : ne) + 1) * sizeof *rows);
	block vb, eb;
	int rc = EXIT_OK;

	if (!rows || make_block(g, a, 0, rows, &vb) < 0) {
		free(rows);
		return cli_fail();
	}
	if (a->format == FORMAT_JSON)
		print_json_head(a);
	for (int pass = 0; pass < 2; pass++) {
		block *b = pass == 0 ? &vb : &eb;
		if (pass == 1 && make_block(g, a, 1, rows, &eb) < 0) {
			rc = cli_fail();
			break;
		}
		if (!b->ncols) {
			if (a->format == FORMAT_JSON && pass == 1 && !vb.ncols)
				printf(", \"vertices\": []");
			continue;
		}
		if (pass == 1 && vb.ncols && a->format != FORMAT_JSON)
			putchar('\n');
		if (a->format == FORMAT_TABLE)
			print_table(g, b);
		else if (a->format == FORMAT_CSV)
			print_csv(g, b);
		else
			print_json_rows(g, b);
	}
	if (a->format == FORMAT_JSON)
		printf("}\n");
	else if (a->format == FORMAT_TABLE)
		print_legend(a);
	free(rows);
	return rc;
}

/* Options and the one FILE; a weight must say what it is (and a kind needs
 * a weight); the measure list is parsed here so that a typo fails before
 * the file is read. */
static int parse_centrality_args(centrality_args *a, int argc, char **argv, char ***pos)
{
	enum { O_MEASURE = 300, O_TOP, O_FORMAT, O_AVOID, O_ONLY, O_CLOSE };
	static const struct option longopts[] = {
		{ "measure", required_argument, NULL, O_MEASURE },
		{ "avoid", required_argument, NULL, O_AVOID },
		{ "only", required_argument, NULL, O_ONLY },
		{ "close", required_argument, NULL, O_CLOSE },
		{ "top", required_argument, NULL, O_TOP },
		{ "format", required_argument, NULL, O_FORMAT },
		CLI_MEASURE_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const sn_centrality_opts *c = &a->mo.c;
	cli_args p;
	int opt, rc = 0;

	cli_args_init(&p, "centrality", argc, argv, ":h", longopts, centrality_help);
	while (!rc && (opt = cli_args_next(&p)) != CLI_ARGS_END) {
		if (opt == CLI_ARGS_STOP)
			return p.rc;
		if (opt == O_MEASURE)
			a->list = optarg;
		else if (opt == O_TOP)
			rc = cli_parse_count("centrality", "--top", optarg, 0, SIZE_MAX, &a->top);
		else if (opt == O_FORMAT)
			rc = cli_parse_format("centrality", optarg, CLI_FORMATS_ALL, &a->format);
		else if (opt == O_AVOID)
			rc = cli_specs_add(&a->avoid, "centrality", "--avoid", optarg);
		else if (opt == O_ONLY)
			rc = cli_specs_add(&a->only, "centrality", "--only", optarg);
		else if (opt == O_CLOSE)
			rc = cli_specs_add(&a->close, "centrality", "--close", optarg);
		else
			rc = cli_measure_option(&a->mo, "centrality", opt, optarg);
	}
	if (rc || (rc = cli_args_positional(&p, 1, "FILE", pos)))
		return rc;
	if (c->weight && c->weight_is == SN_WEIGHT_NONE)
		return cli_usage("centrality", "--weight %s needs --weight-is distance or --weight-is strength",
		                 c->weight);
	if (!c->weight && c->weight_is != SN_WEIGHT_NONE)
		return cli_usage("centrality", "--weight-is without --weight");
	if (c->sample && c->cutoff > 0)
		return cli_usage("centrality", "--sample and --cutoff do not combine: choose one");
	if ((rc = cli_parse_measures("centrality", a->list, a->ms, &a->nm, MAX_MEASURES)))
		return rc;
	for (size_t i = 0; i < a->nm; i++) {
		a->names[i] = sn_measure_name(a->ms[i]);
		snprintf(a->without[i], sizeof a->without[i], "%s_without", a->names[i]);
		snprintf(a->change[i], sizeof a->change[i], "%s_change", a->names[i]);
		snprintf(a->expected[i], sizeof a->expected[i], "%s_expected", a->names[i]);
		snprintf(a->zname[i], sizeof a->zname[i], "%s_z", a->names[i]);
		snprintf(a->sename[i], sizeof a->sename[i], "%s_se", a->names[i]);
	}
	return EXIT_OK;
}

/* Brokerage roles beside what chance would give (when the counts are of
 * all two-paths, on the whole network): expected counts and z-scores. */
static int brokerage_by_chance(const sn_graph *g, centrality_args *a)
{
	const sn_centrality_opts *c = &a->mo.c;
	size_t n = sn_graph_vertex_count(g);

	if (c->from_group || c->to_group || c->n_avoid || c->n_only)
		return EXIT_OK;
	for (size_t i = 0; i < a->nm; i++) {
		const double *x = sn_scores_values(a->sc[i]);
		if (a->ms[i] < SN_BROKERAGE_COORDINATOR || a->ms[i] > SN_BROKERAGE_TOTAL)
			continue;
		if (!(a->exp[i] = malloc((n ? n : 1) * sizeof *a->exp[i])) ||
		    !(a->z[i] = malloc((n ? n : 1) * sizeof *a->z[i])))
			return cli_fail();
		if (sn_brokerage_expected(g, a->ms[i], c, a->exp[i], a->z[i]) != SN_OK)
			return cli_fail();
		for (size_t v = 0; v < n; v++)
			a->z[i][v] = a->z[i][v] > 0 ? (x[v] - a->exp[i][v]) / a->z[i][v] : NAN;
	}
	return EXIT_OK;
}

/* The measures as asked; with --close, again without what it names, and
 * the change. */
static int compute_centrality(const sn_graph *g, centrality_args *a)
{
	sn_centrality_opts *c = &a->mo.c;
	int rc;

	/* the library warns of an avoid that leaves nothing out */
	cli_warn_unmatched(g, &a->only, "--only");
	cli_warn_unmatched(g, &a->close, "--close");
	c->avoid = a->avoid.v;
	c->n_avoid = a->avoid.n;
	c->only = a->only.v;
	c->n_only = a->only.n;
	if ((rc = cli_compute(g, &a->mo, a->ms, a->nm, a->sc)) || (rc = brokerage_by_chance(g, a)) || !a->close.n)
		return rc;
	for (size_t i = 0; i < a->avoid.n; i++)
		a->avoid_close[i] = a->avoid.v[i];
	for (size_t i = 0; i < a->close.n; i++)
		a->avoid_close[a->avoid.n + i] = a->close.v[i];
	c->avoid = a->avoid_close;
	c->n_avoid = a->avoid.n + a->close.n;
	rc = cli_compute(g, &a->mo, a->ms, a->nm, a->sc2);
	c->avoid = a->avoid.v;
	c->n_avoid = a->avoid.n;
	for (size_t i = 0; i < a->nm && !rc; i++) {
		size_t n = sn_scores_count(a->sc[i]);
		const double *x = sn_scores_values(a->sc[i]), *y = sn_scores_values(a->sc2[i]);
		if (!(a->chg[i] = malloc((n ? n : 1) * sizeof *a->chg[i])))
			return cli_fail();
		for (size_t j = 0; j < n; j++)
			a->chg[i][j] = y[j] - x[j]; /* NaN when either is */
	}
	return rc;
}

int cmd_centrality(int argc, char **argv)
{
	centrality_args a;
	sn_graph *g = NULL;
	char **pos;
	int rc;

	memset(&a, 0, sizeof a);
	cli_measure_opts_init(&a.mo);
	a.list = "degree,betweenness,closeness,pagerank";
	if (!(rc = parse_centrality_args(&a, argc, argv, &pos)) && !(rc = cli_load(pos[0], 0, &g)) &&
	    !(rc = compute_centrality(g, &a))) {
		a.n_vertices = sn_graph_vertex_count(g);
		rc = print_centrality(g, &a);
	}
	for (size_t i = 0; i < a.nm; i++) {
		sn_scores_free(a.sc[i]);
		sn_scores_free(a.sc2[i]);
		free(a.chg[i]);
		free(a.exp[i]);
		free(a.z[i]);
	}
	cli_specs_free(&a.avoid);
	cli_specs_free(&a.only);
	cli_specs_free(&a.close);
	sn_graph_free(g);
	return cli_exit(rc);
}
