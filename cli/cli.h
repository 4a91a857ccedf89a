/*
 * cli.h - what the subcommands of the silknet command share.
 */
#ifndef SN_CLI_H
#define SN_CLI_H

#include "silknet.h"

#include <stdio.h>

/* exit codes of the command-line contract */
#define EXIT_OK 0
#define EXIT_BAD_INPUT 1
#define EXIT_USAGE 2

enum cli_format { FORMAT_TABLE, FORMAT_CSV, FORMAT_JSON };

/* Prints "silknet: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints the library's last error and returns EXIT_BAD_INPUT. */
int cli_fail(void);
/* A usage error: message, a pointer to --help, EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Parses table|csv|json; allowed is a bit mask of the formats the command has. */
int cli_parse_format(const char *cmd, const char *text, unsigned allowed, enum cli_format *out);
/* Loads FILE, "-" meaning standard input. */
int cli_load(const char *path, unsigned flags, sn_graph **out);

/* output helpers (out.c) */
void json_string(FILE *fp, const char *s);
void json_number(FILE *fp, double v);
void csv_field(FILE *fp, const char *s);
/* the text of a string attribute of an element, or NULL */
const char *attr_string(const sn_graph *g, sn_domain d, const char *name, size_t index);

/* measure options shared by centrality, export --with and report */
enum {
	CLI_OPT_WEIGHT = 200,
	CLI_OPT_WEIGHT_IS,
	CLI_OPT_MODE,
	CLI_OPT_NORMALIZED,
	CLI_OPT_CUTOFF,
	CLI_OPT_DAMPING,
	CLI_OPT_PERSONALIZE,
	CLI_OPT_ALPHA,
	CLI_OPT_GROUP,
	CLI_OPT_RELATION,
	CLI_OPT_FROM_GROUP,
	CLI_OPT_TO_GROUP,
};
#define CLI_MEASURE_LONGOPTS \
	{ "weight", required_argument, NULL, CLI_OPT_WEIGHT }, \
	{ "weight-is", required_argument, NULL, CLI_OPT_WEIGHT_IS }, \
	{ "mode", required_argument, NULL, CLI_OPT_MODE }, \
	{ "normalized", no_argument, NULL, CLI_OPT_NORMALIZED }, \
	{ "cutoff", required_argument, NULL, CLI_OPT_CUTOFF }, \
	{ "damping", required_argument, NULL, CLI_OPT_DAMPING }, \
	{ "personalize", required_argument, NULL, CLI_OPT_PERSONALIZE }, \
	{ "alpha", required_argument, NULL, CLI_OPT_ALPHA }, \
	{ "group", required_argument, NULL, CLI_OPT_GROUP }, \
	{ "relation", required_argument, NULL, CLI_OPT_RELATION }, \
	{ "from-group", required_argument, NULL, CLI_OPT_FROM_GROUP }, \
	{ "to-group", required_argument, NULL, CLI_OPT_TO_GROUP }

struct cli_measure_opts {
	sn_centrality_opts c;
	const char *personalize;
};
void cli_measure_opts_init(struct cli_measure_opts *m);
/* Handles one CLI_OPT_*; 0 or a usage error's exit code. */
int cli_measure_option(struct cli_measure_opts *m, const char *cmd, int opt, const char *arg);
int cli_parse_measures(const char *cmd, const char *list, sn_measure *out, size_t *n, size_t max);
/* Computes n measures into out (freed by the caller); 0 or an exit code. */
int cli_compute(const sn_graph *g, struct cli_measure_opts *m, const sn_measure *ms, size_t n, sn_scores **out);
/* label or name attribute of a vertex, or NULL */
const char *cli_vertex_label(const sn_graph *g, size_t v);
/* the label, else the id */
const char *cli_vname(const sn_graph *g, size_t v);
/* a number to sensible precision: integers whole, others 4 digits, - for NaN */
void cli_fmt_num(char *buf, size_t size, double v);
/* tables and text fit this many columns */
#define CLI_WIDTH 100
/* Prints words joined by sep, wrapped at CLI_WIDTH: continuation lines are
 * indented, no line ends in blanks; col is where the first word starts. */
void cli_wrapped(const char *const *words, size_t n, const char *sep, int indent, int col);
/* the bundled dataset named name, or NULL when it cannot be found */
const char *cli_data_path(const char *name, char *buf, size_t size);

int cmd_info(int argc, char **argv);
int cmd_centrality(int argc, char **argv);
int cmd_route(int argc, char **argv);
int cmd_reach(int argc, char **argv);
int cmd_critical(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_export(int argc, char **argv);

#endif
