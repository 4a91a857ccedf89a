/*
 * cmd_centrality.c - silknet centrality, and the measure options that
 * export --with and report share.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A progress line when stderr is a terminal. Ctrl-C keeps its default
 * meaning: igraph cannot be stopped midway, and outputs are written
 * atomically, so ending the process loses nothing. */
static int progress(const char *what, double percent, void *payload)
{
	static int last = -1;
	(void)payload;
	if (what && percent >= 0 && isatty(2) && (int)percent != last) {
		last = (int)percent;
		fprintf(stderr, "\r%-50.50s %3d%%%s", what, last, last >= 100 ? "\r\033[K" : "");
		fflush(stderr);
	}
	return 0;
}

void cli_measure_opts_init(struct cli_measure_opts *m)
{
	memset(m, 0, sizeof *m);
	sn_centrality_opts_init(&m->c, SN_CENTRALITY_OPTS_VERSION);
}

int cli_measure_option(struct cli_measure_opts *m, const char *cmd, int opt, const char *arg)
{
	char *end;

	switch (opt) {
	case CLI_OPT_WEIGHT: m->c.weight = arg; return 0;
	case CLI_OPT_WEIGHT_IS:
		if (!strcmp(arg, "distance"))
			m->c.weight_is = SN_WEIGHT_DISTANCE;
		else if (!strcmp(arg, "strength"))
			m->c.weight_is = SN_WEIGHT_STRENGTH;
		else
			return cli_usage(cmd, "--weight-is takes distance or strength, not '%s'", arg);
		return 0;
	case CLI_OPT_MODE:
		if (!strcmp(arg, "out"))
			m->c.mode = SN_MODE_OUT;
		else if (!strcmp(arg, "in"))
			m->c.mode = SN_MODE_IN;
		else if (!strcmp(arg, "all"))
			m->c.mode = SN_MODE_ALL;
		else
			return cli_usage(cmd, "--mode takes out, in or all, not '%s'", arg);
		return 0;
	case CLI_OPT_NORMALIZED: m->c.normalized = 1; return 0;
	case CLI_OPT_CUTOFF:
	case CLI_OPT_DAMPING:
	case CLI_OPT_ALPHA: {
		double x = strtod(arg, &end);
		if (end == arg || *end || !isfinite(x))
			return cli_usage(cmd, "'%s' is not a number", arg);
		if (opt == CLI_OPT_CUTOFF)
			m->c.cutoff = x;
		else if (opt == CLI_OPT_DAMPING)
			m->c.damping = x;
		else
			m->c.alpha = x;
		return 0;
	}
	case CLI_OPT_PERSONALIZE: m->personalize = arg; return 0;
	case CLI_OPT_GROUP: m->c.group = arg; return 0;
	case CLI_OPT_RELATION: m->c.relation = arg; return 0;
	case CLI_OPT_FROM_GROUP: m->c.from_group = arg; return 0;
	case CLI_OPT_TO_GROUP: m->c.to_group = arg; return 0;
	default: return cli_usage(cmd, "internal: unknown option");
	}
}

int cli_parse_measures(const char *cmd, const char *list, sn_measure *out, size_t *n, size_t max)
{
	char *copy = strdup(list), *save = NULL;

	*n = 0;
	if (!copy)
		return cli_fail();
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (*n == max) {
			free(copy);
			return cli_usage(cmd, "too many measures");
		}
		if (sn_measure_from_name(tok, &out[*n]) != SN_OK) {
			cli_error("%s", sn_last_error());
			free(copy);
			return EXIT_USAGE;
		}
		(*n)++;
	}
	free(copy);
	if (*n == 0)
		return cli_usage(cmd, "no measure given");
	return 0;
}

int cli_compute(const sn_graph *g, struct cli_measure_opts *m, const sn_measure *ms, size_t n, sn_scores **out)
{
	size_t *pers = NULL, np = 0;
	int rc = EXIT_OK;

	if (m->personalize) {
		char *copy = strdup(m->personalize), *save = NULL;
		if (!copy)
			return cli_fail();
		pers = malloc((strlen(copy) + 1) * sizeof *pers);
		for (char *tok = strtok_r(copy, ",", &save); tok && pers; tok = strtok_r(NULL, ",", &save))
			if (sn_graph_find_vertex(g, tok, &pers[np++]) != SN_OK) {
				cli_error("--personalize: no vertex '%s'", tok);
				free(copy);
				free(pers);
				return EXIT_BAD_INPUT;
			}
		free(copy);
	}
	m->c.personalization = pers;
	m->c.n_personalization = np;
	m->c.progress = progress;
	for (size_t i = 0; i < n; i++)
		out[i] = NULL;
	for (size_t i = 0; i < n && rc == EXIT_OK; i++)
		if (sn_centrality(&out[i], g, ms[i], &m->c) != SN_OK)
			rc = cli_fail();
	free(pers);
	m->c.personalization = NULL;
	if (rc != EXIT_OK)
		for (size_t i = 0; i < n; i++) {
			sn_scores_free(out[i]);
			out[i] = NULL;
		}
	return rc;
}

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
	"\n"
	"A weight is a distance (km, days: bigger = farther) or a strength (trade, aid: bigger =\n"
	"stronger); each measure converts with distance = 1/strength where it needs the other.\n"
	"Raw values are igraph's; --normalized follows NetworkX's definitions.\n"
	"\n"
	"  --measure LIST      comma-separated measures\n"
	"  --weight ATTR       numeric edge attribute\n"
	"  --weight-is KIND    distance or strength (required with --weight)\n"
	"  --normalized        NetworkX's normalization\n"
	"  --mode M            out, in or all, for directed graphs\n"
	"  --cutoff X          only paths up to this length (betweenness, closeness, harmonic)\n"
	"  --damping D         PageRank damping (default 0.85)\n"
	"  --personalize IDS   PageRank restarts at these comma-separated vertices\n"
	"  --alpha A           Opsahl's tuning parameter (default 0.5)\n"
	"  --group ATTR        node attribute for brokerage roles (bloc, region, country)\n"
	"  --from-group G      brokerage only on paths from this group ...\n"
	"  --to-group G        ... to this one (who brokers between East Asia and Central Asia)\n"
	"  --relation R        concentration over edges of this relation only\n"
	"  --top N             the N highest, by the first measure\n"
	"  --format F          table (default), csv or json\n"
	"\n"
	"example: silknet centrality actors.graphml --measure betweenness,pagerank \\\n"
	"           --weight weight --weight-is strength --top 10\n";

#define MAX_MEASURES 32

typedef struct row_order {
	const double *key;
} row_order;

static const double *sort_key;

static int by_score_desc(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	double x = sort_key[i], y = sort_key[j];
	/* NaN last, then descending, then by index for a stable order */
	if (isnan(x) != isnan(y))
		return isnan(x) ? 1 : -1;
	if (x != y && !isnan(x))
		return x < y ? 1 : -1;
	return i < j ? -1 : i > j;
}

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

const char *cli_vertex_label(const sn_graph *g, size_t v)
{
	const char *s = attr_string(g, SN_DOMAIN_NODE, "label", v);
	if (!s)
		s = attr_string(g, SN_DOMAIN_NODE, "name", v);
	return s;
}

static void print_table(const sn_graph *g, const char *const *names, size_t nm, sn_scores **sc, const size_t *rows,
                        size_t nrows, int edges, enum cli_format f)
{
	int wid = 2, wlab = 5;
	char buf[64];

	for (size_t r = 0; r < nrows; r++) {
		size_t i = rows[r], s, t;
		const char *id, *label = NULL;
		int l;
		if (edges) {
			sn_graph_edge_endpoints(g, i, &s, &t);
			snprintf(buf, sizeof buf, "%.28s-%.28s", sn_graph_vertex_id(g, s), sn_graph_vertex_id(g, t));
			id = buf;
		} else {
			id = sn_graph_vertex_id(g, i);
			label = cli_vertex_label(g, i);
		}
		l = (int)strlen(id);
		wid = l > wid ? l : wid;
		l = label ? (int)strlen(label) : 1;
		wlab = l > wlab ? l : wlab;
	}
	wid = wid > 30 ? 30 : wid;
	wlab = wlab > 28 ? 28 : wlab;
	(void)f;
	printf("%-*s  %-*s", wid, edges ? "edge" : "id", wlab, edges ? "id" : "label");
	for (size_t m = 0; m < nm; m++)
		printf("  %*s", (int)(strlen(names[m]) > 12 ? strlen(names[m]) : 12), names[m]);
	putchar('\n');
	for (size_t r = 0; r < nrows; r++) {
		size_t i = rows[r], s, t;
		const char *label;
		if (edges) {
			sn_graph_edge_endpoints(g, i, &s, &t);
			snprintf(buf, sizeof buf, "%.28s-%.28s", sn_graph_vertex_id(g, s), sn_graph_vertex_id(g, t));
			label = sn_graph_edge_id(g, i);
			printf("%-*.*s  %-*.*s", wid, wid, buf, wlab, wlab, label ? label : "-");
		} else {
			label = cli_vertex_label(g, i);
			printf("%-*.*s  %-*.*s", wid, wid, sn_graph_vertex_id(g, i), wlab, wlab, label ? label : "-");
		}
		for (size_t m = 0; m < nm; m++) {
			char num[40];
			FILE *mem = fmemopen(num, sizeof num, "w");
			if (mem) {
				print_number(mem, sn_scores_values(sc[m])[i], FORMAT_TABLE);
				fclose(mem);
			} else
				snprintf(num, sizeof num, "?");
			printf("  %*s", (int)(strlen(names[m]) > 12 ? strlen(names[m]) : 12), num);
		}
		putchar('\n');
	}
}

int cmd_centrality(int argc, char **argv)
{
	enum { O_MEASURE = 300, O_TOP, O_FORMAT };
	static const struct option longopts[] = {
		{ "measure", required_argument, NULL, O_MEASURE },
		{ "top", required_argument, NULL, O_TOP },
		{ "format", required_argument, NULL, O_FORMAT },
		CLI_MEASURE_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct cli_measure_opts mo;
	enum cli_format format = FORMAT_TABLE;
	const char *list = "degree,betweenness,closeness,pagerank";
	sn_measure ms[MAX_MEASURES];
	sn_scores *sc[MAX_MEASURES] = { 0 };
	const char *names[MAX_MEASURES];
	size_t nm = 0, top = 0, *rows = NULL;
	sn_graph *g = NULL;
	int c, rc;

	cli_measure_opts_init(&mo);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		char *end;
		switch (c) {
		case O_MEASURE: list = optarg; break;
		case O_TOP:
			top = (size_t)strtoul(optarg, &end, 10);
			if (end == optarg || *end || optarg[0] == '-')
				return cli_usage("centrality", "--top takes a whole number, not '%s'", optarg);
			break;
		case O_FORMAT:
			if ((rc = cli_parse_format("centrality", optarg, 7u, &format)))
				return rc;
			break;
		case 'h': fputs(centrality_help, stdout); return EXIT_OK;
		case ':': return cli_usage("centrality", "option '%s' needs a value", argv[optind - 1]);
		case '?': return cli_usage("centrality", "unknown option '%s'", argv[optind - 1]);
		default:
			if ((rc = cli_measure_option(&mo, "centrality", c, optarg)))
				return rc;
		}
	}
	if (optind >= argc)
		return cli_usage("centrality", "no FILE given");
	if (optind + 1 < argc)
		return cli_usage("centrality", "unexpected argument '%s'", argv[optind + 1]);
	if (mo.c.weight && mo.c.weight_is == SN_WEIGHT_NONE)
		return cli_usage("centrality", "--weight %s needs --weight-is distance or --weight-is strength",
		                 mo.c.weight);
	if (!mo.c.weight && mo.c.weight_is != SN_WEIGHT_NONE)
		return cli_usage("centrality", "--weight-is without --weight");
	if ((rc = cli_parse_measures("centrality", list, ms, &nm, MAX_MEASURES)))
		return rc;
	for (size_t i = 0; i < nm; i++)
		names[i] = sn_measure_name(ms[i]);
	if ((rc = cli_load(argv[optind], 0, &g)))
		return rc;
	if ((rc = cli_compute(g, &mo, ms, nm, sc)))
		goto done;

	/* vertex measures and edge measures are listed apart */
	{
		size_t nv = sn_graph_vertex_count(g), ne = sn_graph_edge_count(g);
		size_t vm[MAX_MEASURES], em[MAX_MEASURES], nvm = 0, nem = 0;
		for (size_t i = 0; i < nm; i++) {
			if (sn_scores_domain(sc[i]) == SN_DOMAIN_EDGE)
				em[nem++] = i;
			else
				vm[nvm++] = i;
		}
		rows = malloc(((nv > ne ? nv : ne) + 1) * sizeof *rows);
		if (!rows) {
			rc = cli_fail();
			goto done;
		}
		if (format == FORMAT_JSON) {
			printf("{\"measures\": [");
			for (size_t i = 0; i < nm; i++) {
				printf("%s", i ? ", " : "");
				json_string(stdout, names[i]);
			}
			printf("], \"weight\": ");
			if (mo.c.weight) {
				json_string(stdout, mo.c.weight);
				printf(", \"weight_is\": \"%s\"", mo.c.weight_is == SN_WEIGHT_DISTANCE ? "distance" : "strength");
			} else
				printf("null");
			printf(", \"normalized\": %s", mo.c.normalized ? "true" : "false");
		}
		for (int pass = 0; pass < 2; pass++) {
			size_t *which = pass == 0 ? vm : em, nw = pass == 0 ? nvm : nem, n = pass == 0 ? nv : ne, nrows;
			const char *cols[MAX_MEASURES];
			sn_scores *cs[MAX_MEASURES];
			if (!nw) {
				if (format == FORMAT_JSON && pass == 0 && !nem)
					printf(", \"vertices\": []");
				continue;
			}
			for (size_t i = 0; i < nw; i++) {
				cols[i] = names[which[i]];
				cs[i] = sc[which[i]];
			}
			for (size_t i = 0; i < n; i++)
				rows[i] = i;
			sort_key = sn_scores_values(cs[0]);
			qsort(rows, n, sizeof *rows, by_score_desc);
			nrows = top && top < n ? top : n;
			if (format == FORMAT_TABLE) {
				if (pass == 1 && nvm)
					putchar('\n');
				print_table(g, cols, nw, cs, rows, nrows, pass == 1, format);
			} else if (format == FORMAT_CSV) {
				if (pass == 1 && nvm)
					putchar('\n');
				fputs(pass == 0 ? "id,label" : "source,target,id", stdout);
				for (size_t i = 0; i < nw; i++) {
					putchar(',');
					csv_field(stdout, cols[i]);
				}
				putchar('\n');
				for (size_t r = 0; r < nrows; r++) {
					size_t i = rows[r], s, t;
					if (pass == 0) {
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
					for (size_t m = 0; m < nw; m++) {
						putchar(',');
						print_number(stdout, sn_scores_values(cs[m])[i], FORMAT_CSV);
					}
					fputs("\r\n", stdout);
				}
			} else {
				printf(", \"%s\": [", pass == 0 ? "vertices" : "edges");
				for (size_t r = 0; r < nrows; r++) {
					size_t i = rows[r], s, t;
					printf("%s{", r ? ", " : "");
					if (pass == 0) {
						const char *label = cli_vertex_label(g, i);
						printf("\"id\": ");
						json_string(stdout, sn_graph_vertex_id(g, i));
						printf(", \"label\": ");
						if (label)
							json_string(stdout, label);
						else
							printf("null");
					} else {
						const char *eid = sn_graph_edge_id(g, i);
						sn_graph_edge_endpoints(g, i, &s, &t);
						printf("\"source\": ");
						json_string(stdout, sn_graph_vertex_id(g, s));
						printf(", \"target\": ");
						json_string(stdout, sn_graph_vertex_id(g, t));
						printf(", \"id\": ");
						if (eid)
							json_string(stdout, eid);
						else
							printf("null");
					}
					for (size_t m = 0; m < nw; m++) {
						printf(", ");
						json_string(stdout, cols[m]);
						printf(": ");
						print_number(stdout, sn_scores_values(cs[m])[i], FORMAT_JSON);
					}
					putchar('}');
				}
				putchar(']');
			}
		}
		if (format == FORMAT_JSON)
			printf("}\n");
		else if (format == FORMAT_TABLE) {
			putchar('\n');
			for (size_t i = 0; i < nm; i++)
				printf("%s: %s%s\n", names[i], sn_measure_description(ms[i]),
				       mo.c.normalized ? " (normalized)" : "");
			if (mo.c.weight)
				printf("weights: '%s' read as a %s\n", mo.c.weight,
				       mo.c.weight_is == SN_WEIGHT_DISTANCE ? "distance" : "strength (distance = 1/strength)");
		}
	}
	rc = EXIT_OK;
done:
	for (size_t i = 0; i < nm; i++)
		sn_scores_free(sc[i]);
	free(rows);
	sn_graph_free(g);
	return rc;
}
