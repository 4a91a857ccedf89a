/*
 * args.c - what every subcommand does with its arguments: the option loop
 * with --help and its usage errors, positional arguments, numbers with
 * their ranges, and comma-separated lists of specs. A command's own code
 * then only says what each of its options means.
 */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

cli_input cli_input_opts;

enum { OPT_NODES = 0x4e00, OPT_DIRECTED };

void cli_args_init(cli_args *a, const char *cmd, int argc, char **argv, const char *shortopts,
                   const struct option *longopts, const char *help)
{
	size_t n = 0;

	memset(a, 0, sizeof *a);
	a->cmd = cmd;
	a->argc = argc;
	a->argv = argv;
	a->shortopts = shortopts;
	while (longopts[n].name && n < CLI_MAX_LONGOPTS - 3) {
		a->longopts[n] = longopts[n];
		n++;
	}
	a->longopts[n++] = (struct option){ "nodes", required_argument, NULL, OPT_NODES };
	a->longopts[n++] = (struct option){ "directed", no_argument, NULL, OPT_DIRECTED };
	a->help = help;
	memset(&cli_input_opts, 0, sizeof cli_input_opts);
	/* getopt reports through our messages, and starts over for each
	 * command (the report runs several in one process) */
	opterr = 0;
	optind = 0;
}

int cli_args_next(cli_args *a)
{
	int c;

again:
	c = getopt_long(a->argc, a->argv, a->shortopts, a->longopts, NULL);
	switch (c) {
	case OPT_NODES:
		if (!*optarg) {
			a->rc = cli_usage(a->cmd, "--nodes needs a file name");
			return CLI_ARGS_STOP;
		}
		cli_input_opts.nodes = optarg;
		goto again;
	case OPT_DIRECTED:
		cli_input_opts.directed = 1;
		goto again;
	case -1: return CLI_ARGS_END;
	case 'h': {
		/* the options every command shares go after the command's own:
		 * after the last option line and its continuation lines */
		const char *at = NULL;
		int in_options = 0;
		for (const char *l = a->help; *l;) {
			const char *nl = strchr(l, '\n');
			const char *next = nl ? nl + 1 : l + strlen(l);
			if (strncmp(l, "  -", 3) == 0)
				in_options = 1;
			else if (strncmp(l, "    ", 4) != 0)
				in_options = 0;
			if (in_options)
				at = next;
			l = next;
		}
		if (!at)
			at = a->help + strlen(a->help);
		fwrite(a->help, 1, (size_t)(at - a->help), stdout);
		fputs(CLI_INPUT_HELP, stdout);
		fputs(at, stdout);
		a->rc = CLI_EXIT_HELP;
		return CLI_ARGS_STOP;
	}
	case ':':
		a->rc = cli_usage(a->cmd, "option '%s' needs a value", a->argv[optind - 1]);
		return CLI_ARGS_STOP;
	case '?':
		a->rc = cli_usage(a->cmd, "unknown option '%s'", a->argv[optind - 1]);
		return CLI_ARGS_STOP;
	default: return c;
	}
}

int cli_exit(int rc)
{
	return rc == CLI_EXIT_HELP ? EXIT_OK : rc;
}

int cli_args_unknown(cli_args *a, int c)
{
	return cli_usage(a->cmd, "internal: option %d has no handler", c);
}

int cli_args_positional(cli_args *a, size_t n, const char *names, char ***out)
{
	size_t have = optind < a->argc ? (size_t)(a->argc - optind) : 0;

	if (have < n) {
		if (n == 1)
			return cli_usage(a->cmd, "no %s given", names);
		return cli_usage(a->cmd, "%s are required", names);
	}
	if (have > n)
		return cli_usage(a->cmd, "unexpected argument '%s'", a->argv[optind + (int)n]);
	*out = a->argv + optind;
	return EXIT_OK;
}

int cli_parse_count(const char *cmd, const char *opt, const char *arg, size_t min, size_t max, size_t *out)
{
	char *end;
	unsigned long long x;

	errno = 0;
	x = strtoull(arg, &end, 10);
	/* strtoull takes "-1" as a huge number and skips leading blanks */
	if (end == arg || *end || arg[0] == '-' || arg[0] == '+' || arg[0] == ' ' || errno == ERANGE ||
	    x < min || x > max || x > SIZE_MAX) {
		if (max == SIZE_MAX)
			return cli_usage(cmd, "%s takes a whole number from %zu, not '%s'", opt, min, arg);
		return cli_usage(cmd, "%s takes a whole number from %zu to %zu, not '%s'", opt, min, max, arg);
	}
	*out = (size_t)x;
	return EXIT_OK;
}

int cli_parse_number(const char *cmd, const char *opt, const char *arg, double min, double max, double *out)
{
	char *end;
	double x;

	errno = 0;
	x = strtod(arg, &end);
	if (end == arg || *end || isnan(x) || errno == ERANGE || x < min || x > max) {
		if (min == -INFINITY && max == INFINITY)
			return cli_usage(cmd, "%s takes a number, not '%s'", opt, arg);
		if (max == INFINITY)
			return cli_usage(cmd, "%s takes a number not below %g, not '%s'", opt, min, arg);
		return cli_usage(cmd, "%s takes a number from %g to %g, not '%s'", opt, min, max, arg);
	}
	*out = x;
	return EXIT_OK;
}

int cli_specs_add(cli_specs *s, const char *cmd, const char *opt, const char *text)
{
	char *copy, *save = NULL;
	size_t before = s->n;

	if (s->ncopies == CLI_MAX_SPECS || !(copy = strdup(text)))
		return cli_usage(cmd, "too many values of %s", opt);
	s->copies[s->ncopies++] = copy;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (s->n == CLI_MAX_SPECS)
			return cli_usage(cmd, "too many values of %s", opt);
		s->v[s->n++] = tok;
	}
	if (s->n == before)
		return cli_usage(cmd, "%s needs a value", opt);
	return EXIT_OK;
}

void cli_specs_free(cli_specs *s)
{
	for (size_t i = 0; i < s->ncopies; i++)
		free(s->copies[i]);
	s->ncopies = s->n = 0;
}

/* ---- ranking ---- */

typedef struct keyed {
	double key;
	size_t index;
} keyed;

/* NaN last, then descending, then by index: a stable order for ties. */
static int by_key_desc(const void *a, const void *b)
{
	const keyed *x = a, *y = b;

	if (isnan(x->key) != isnan(y->key))
		return isnan(x->key) ? 1 : -1;
	if (x->key != y->key && !isnan(x->key))
		return x->key < y->key ? 1 : -1;
	return (x->index > y->index) - (x->index < y->index);
}

static int by_key_asc(const void *a, const void *b)
{
	const keyed *x = a, *y = b;

	if (isnan(x->key) != isnan(y->key))
		return isnan(x->key) ? 1 : -1;
	if (x->key != y->key && !isnan(x->key))
		return x->key < y->key ? -1 : 1;
	return (x->index > y->index) - (x->index < y->index);
}

int cli_rank(size_t *rows, size_t n, const double *key, int descending)
{
	keyed *k = malloc((n ? n : 1) * sizeof *k);

	if (!k)
		return -1;
	for (size_t i = 0; i < n; i++) {
		k[i].key = key[rows[i]];
		k[i].index = rows[i];
	}
	qsort(k, n, sizeof *k, descending ? by_key_desc : by_key_asc);
	for (size_t i = 0; i < n; i++)
		rows[i] = k[i].index;
	free(k);
	return 0;
}

size_t *cli_ranked(const double *key, size_t n)
{
	size_t *rows = malloc((n ? n : 1) * sizeof *rows);

	if (!rows)
		return NULL;
	for (size_t i = 0; i < n; i++)
		rows[i] = i;
	if (cli_rank(rows, n, key, 1) < 0) {
		free(rows);
		return NULL;
	}
	return rows;
}

void cli_warn_unmatched(const sn_graph *g, const cli_specs *s, const char *opt)
{
	for (size_t i = 0; i < s->n; i++) {
		size_t nv, ne;
		const char *hint;
		/* a spec in error is reported where it is used */
		if (sn_graph_spec_matches(g, s->v[i], &nv, &ne, &hint) != SN_OK || nv || ne)
			continue;
		if (hint)
			cli_error("warning: %s '%s' matches nothing; did you mean '%s'?", opt, s->v[i], hint);
		else
			cli_error("warning: %s '%s' matches nothing", opt, s->v[i]);
	}
}

void cli_print_part(FILE *fp, const cli_specs *avoid, const cli_specs *only)
{
	for (size_t i = 0; i < avoid->n; i++)
		fprintf(fp, "%s%s", i ? ", " : " without ", avoid->v[i]);
	for (size_t i = 0; i < only->n; i++)
		fprintf(fp, "%s%s", i ? ", " : avoid->n ? "; only " : " of only ", only->v[i]);
}

int cli_part_marks(const sn_graph *g, const cli_specs *avoid, const cli_specs *only, unsigned char **vdrop,
                   unsigned char **edrop)
{
	size_t n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g);

	cli_warn_unmatched(g, avoid, "--avoid");
	cli_warn_unmatched(g, only, "--only");
	*vdrop = calloc(n ? n : 1, 1);
	*edrop = calloc(m ? m : 1, 1);
	if (*vdrop && *edrop && sn_graph_select(g, avoid->v, avoid->n, only->v, only->n, *vdrop, *edrop) == SN_OK)
		return EXIT_OK;
	free(*vdrop);
	free(*edrop);
	*vdrop = *edrop = NULL;
	return cli_fail();
}

int cli_take_part(sn_graph **g, const unsigned char *vdrop, const unsigned char *edrop)
{
	sn_graph *part = NULL;

	if (sn_graph_subgraph(&part, *g, vdrop, edrop) != SN_OK)
		return cli_fail();
	sn_graph_free(*g);
	*g = part;
	return EXIT_OK;
}
