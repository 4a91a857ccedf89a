/*
 * measures.c - the measure options that centrality, export --with and the
 * report share: parsing them, and computing a list of measures.
 */
#include "cli.h"

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

int cli_fail_weight(void)
{
	int hint = strstr(sn_last_error(), "say what a missing weight means") != NULL;
	int rc = cli_fail();

	if (hint)
		cli_error("--missing-weight skip leaves such edges out; --missing-weight 1 gives them 1");
	return rc;
}

int cli_parse_weight_is(const char *cmd, const char *arg, sn_weight_kind *out)
{
	if (!strcmp(arg, "distance"))
		*out = SN_WEIGHT_DISTANCE;
	else if (!strcmp(arg, "strength"))
		*out = SN_WEIGHT_STRENGTH;
	else
		return cli_usage(cmd, "--weight-is takes distance or strength, not '%s'", arg);
	return 0;
}

int cli_parse_missing_weight(const char *cmd, const char *arg, sn_missing_weight *policy, double *value)
{
	if (!strcmp(arg, "error"))
		*policy = SN_MISSING_ERROR;
	else if (!strcmp(arg, "skip"))
		*policy = SN_MISSING_SKIP;
	else {
		*policy = SN_MISSING_VALUE;
		return cli_parse_number(cmd, "--missing-weight (a value, skip or error)", arg, 0, INFINITY, value);
	}
	return 0;
}

void cli_measure_opts_init(struct cli_measure_opts *m)
{
	memset(m, 0, sizeof *m);
	sn_centrality_opts_init(&m->c, SN_CENTRALITY_OPTS_VERSION);
}

/* One of the measure options centrality, export --with and the report
 * share, into m; the text values are checked here (usage errors). */
int cli_measure_option(struct cli_measure_opts *m, const char *cmd, int opt, const char *arg)
{
	switch (opt) {
	case CLI_OPT_WEIGHT: m->c.weight = arg; return 0;
	case CLI_OPT_WEIGHT_IS: return cli_parse_weight_is(cmd, arg, &m->c.weight_is);
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
	case CLI_OPT_CUTOFF: return cli_parse_number(cmd, "--cutoff", arg, 0, INFINITY, &m->c.cutoff);
	case CLI_OPT_DAMPING: return cli_parse_number(cmd, "--damping", arg, 0, 1, &m->c.damping);
	case CLI_OPT_ALPHA: return cli_parse_number(cmd, "--alpha", arg, 0, INFINITY, &m->c.alpha);
	case CLI_OPT_PERSONALIZE: m->personalize = arg; return 0;
	case CLI_OPT_GROUP: m->c.group = arg; return 0;
	case CLI_OPT_RELATION: m->c.relation = arg; return 0;
	case CLI_OPT_FROM_GROUP: m->c.from_group = arg; return 0;
	case CLI_OPT_TO_GROUP: m->c.to_group = arg; return 0;
	case CLI_OPT_PARALLEL:
		if (!strcmp(arg, "separate"))
			m->c.collapse_parallel = 0;
		else if (!strcmp(arg, "collapse"))
			m->c.collapse_parallel = 1;
		else
			return cli_usage(cmd, "--parallel takes separate or collapse, not '%s'", arg);
		return 0;
	case CLI_OPT_MISSING_WEIGHT:
		return cli_parse_missing_weight(cmd, arg, &m->c.missing_weight, &m->c.missing_value);
	case CLI_OPT_SAMPLE: return cli_parse_count(cmd, "--sample", arg, 1, SIZE_MAX, &m->c.sample);
	case CLI_OPT_SEED: {
		size_t seed;
		int rc = cli_parse_count(cmd, "--seed", arg, 0, SIZE_MAX, &seed);
		m->c.seed = seed;
		return rc;
	}
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

/* Computes n measures with the options of m (--personalize resolved to
 * vertices here), printing what the library warns of: igraph's warnings
 * for each measure, the others once. */
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
			if (sn_graph_vertex_find(g, tok, &pers[np++]) != SN_OK) {
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
			rc = cli_fail_weight();
		else
			for (size_t j = 0; j < sn_scores_warning_count(out[i]); j++) {
				const char *w = sn_scores_warning(out[i], j);
				/* igraph's are about one measure; the others (an avoid
				 * that leaves nothing out) are the same for every one */
				if (!strncmp(w, "igraph:", 7))
					cli_error("warning: %s: %s", sn_measure_name(ms[i]), w);
				else if (i == 0)
					cli_error("warning: %s", w);
			}
	free(pers);
	m->c.personalization = NULL;
	if (rc != EXIT_OK)
		for (size_t i = 0; i < n; i++) {
			sn_scores_free(out[i]);
			out[i] = NULL;
		}
	return rc;
}

const char *cli_vertex_label(const sn_graph *g, size_t v)
{
	return sn_graph_vertex_label(g, v);
}
