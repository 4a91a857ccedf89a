/*
 * cli.h - what the subcommands of the silknet command share.
 */
#ifndef SN_CLI_H
#define SN_CLI_H

#include "silknet.h"

#include <getopt.h>
#include <stdio.h>

/* exit codes of the command-line contract */
#define EXIT_OK 0
#define EXIT_BAD_INPUT 1
#define EXIT_USAGE 2

enum cli_format { FORMAT_TABLE, FORMAT_CSV, FORMAT_JSON };
/* the formats a command offers, for cli_parse_format */
#define CLI_FORMATS_ALL (1u << FORMAT_TABLE | 1u << FORMAT_CSV | 1u << FORMAT_JSON)
#define CLI_FORMATS_TABLE_JSON (1u << FORMAT_TABLE | 1u << FORMAT_JSON)

/* Prints "silknet: message" to stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints the library's last error and returns EXIT_BAD_INPUT. */
int cli_fail(void);
/* A usage error: message, a pointer to --help, EXIT_USAGE. */
int cli_usage(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Parses table|csv|json; allowed is a bit mask of the formats the command has. */
int cli_parse_format(const char *cmd, const char *text, unsigned allowed, enum cli_format *out);
/* ---- images through Graphviz (render.c) ---- */

/* The layout engine for a drawing: engine when given, else neato for a
 * geographic layout, dot up to 30 vertices, sfdp beyond (a layered drawing of more is too wide for its labels to be read on a slide). */
const char *cli_render_engine(const char *engine, int geo, size_t vertices);
/* Draws DOT text (len bytes) with engine into format (svg, png, pdf) at
 * out, atomically (NULL: standard output), within timeout seconds; an
 * exit status, the error said. */
int cli_render(const char *dot, size_t len, const char *format, const char *engine, int geo, const char *out,
               double timeout);
/* The same into several formats from one layout: formats[i] at outs[i]
 * (at most one NULL), n at most CLI_RENDER_MAX; extra (or NULL) is one
 * more Graphviz argument; svg_pt (or NULL) gets an SVG's page size in
 * points (width, height). */
#define CLI_RENDER_MAX 4
int cli_render_all(const char *dot, size_t len, const char *const *formats, const char *const *outs, size_t n,
                   const char *engine, int geo, const char *extra, double timeout, double *svg_pt);
/* An SVG at svg and a PNG at png of one layout, the PNG's longer side at
 * most max_px (96 dpi when it fits). */
int cli_render_svg_png(const char *dot, size_t len, const char *engine, int geo, const char *svg, const char *png,
                       double max_px, double timeout);

/* ---- the report as a web page (report_html.c) ---- */

#define HTML_MAX_NETWORKS 64
typedef struct html_report {
	FILE *body; /* the sections, as they come */
	char *text;
	size_t len, n;
	char ids[HTML_MAX_NETWORKS][256], titles[HTML_MAX_NETWORKS][256];
} html_report;
int html_report_open(html_report *h);
/* One network's section: its diagram (svg_path, or NULL), a sortable table
 * of its vertices by the nm measures (ranked by the first), and the
 * report's text of it (headings over rules of dashes become headings). */
void html_report_network(html_report *h, const sn_graph *g, const char *id, const char *title, const char *text,
                         const char *svg_path, int places, const sn_measure *ms, sn_scores **sc, size_t nm);
/* Writes DIR/index.html atomically and frees h; an exit status. */
int html_report_close(html_report *h, const char *outdir);

/* A temporary file beside out (or a private one when out is NULL, for
 * standard output), that nobody else can have, with the mode a new file
 * gets: the output is written there and renamed over out when complete.
 * Its name goes to tmp; the descriptor, or -1 with errno. */
int cli_temp_beside(const char *out, char *tmp, size_t size);

/* Loads FILE, "-" meaning standard input. */
int cli_load(const char *path, unsigned flags, sn_graph **out);

/* ---- arguments (args.c) ---- */

/* One command's option loop. cli_args_next() returns the next option a
 * command handles itself, CLI_ARGS_END after the last, or CLI_ARGS_STOP
 * when the command must return rc at once: --help printed (0), or a usage
 * error (a missing value, an unknown option) already reported. */
#define CLI_MAX_LONGOPTS 64
typedef struct cli_args {
	const char *cmd;
	int argc;
	char **argv;
	const char *shortopts; /* ":h" and the command's own letters */
	/* the command's options and those every command that reads a network
	 * has (--nodes, --directed: cli_input) */
	struct option longopts[CLI_MAX_LONGOPTS];
	const char *help;
	int rc;
} cli_args;

/* How every command reads its FILE: a CSV edge table's node table and
 * whether its edges are directed (--nodes, --directed). */
typedef struct cli_input {
	const char *nodes;
	int directed;
} cli_input;
extern cli_input cli_input_opts;
/* the lines every command's --help has for them */
#define CLI_INPUT_HELP \
	"  --nodes NODES  FILE is a CSV edge table, NODES its node table (id, ...)\n" \
	"  --directed     FILE is a CSV edge table of directed edges\n"
#define CLI_ARGS_END (-1)
#define CLI_ARGS_STOP (-2)
/* rc after --help: the command stops and exits 0 (cli_exit turns it into
 * EXIT_OK), so that helpers can tell "stop" from "go on". */
#define CLI_EXIT_HELP (-1)
int cli_exit(int rc);
void cli_args_init(cli_args *a, const char *cmd, int argc, char **argv, const char *shortopts,
                   const struct option *longopts, const char *help);
int cli_args_next(cli_args *a);
/* The usage error for an option a command declared but does not handle. */
int cli_args_unknown(cli_args *a, int c);
/* Exactly n positional arguments after the options, named by names ("FILE",
 * "FILE FROM TO") in the message when they are missing; *out points at the
 * first. 0 or EXIT_USAGE. */
int cli_args_positional(cli_args *a, size_t n, const char *names, char ***out);
/* Whole numbers and numbers for option opt, within [min, max]; anything
 * else (signs, trailing text, overflow, NaN) is a usage error naming opt. */
int cli_parse_count(const char *cmd, const char *opt, const char *arg, size_t min, size_t max, size_t *out);
int cli_parse_number(const char *cmd, const char *opt, const char *arg, double min, double max, double *out);

/* Values of a repeatable option, each also split at commas (--avoid
 * country=RU,mode=sea --avoid KHO); the strings live until cli_specs_free. */
#define CLI_MAX_SPECS 64
typedef struct cli_specs {
	const char *v[CLI_MAX_SPECS];
	size_t n;
	char *copies[CLI_MAX_SPECS];
	size_t ncopies;
} cli_specs;
int cli_specs_add(cli_specs *s, const char *cmd, const char *opt, const char *text);
void cli_specs_free(cli_specs *s);
/* " without A, B; only C" (or " of only C"): what avoid and only leave, as
 * a phrase after "the network"; nothing when both are empty. */
void cli_print_part(FILE *fp, const cli_specs *avoid, const cli_specs *only);
/* What avoid and only leave out of g, marked in *vdrop and *edrop (one
 * byte per vertex and edge, freed by the caller, NULL on failure), with a
 * warning for each spec that matches nothing; an exit status. */
int cli_part_marks(const sn_graph *g, const cli_specs *avoid, const cli_specs *only, unsigned char **vdrop,
                   unsigned char **edrop);
/* *g becomes its part without what vdrop and edrop mark; an exit status. */
int cli_take_part(sn_graph **g, const unsigned char *vdrop, const unsigned char *edrop);
/* A warning for each spec that names no vertex or edge of g (a typo, or a
 * value in another case: the warning says which). */
void cli_warn_unmatched(const sn_graph *g, const cli_specs *s, const char *opt);

/* Sorts rows (indices into key) by key: NaN last, ties by index. -1 when
 * out of memory. */
int cli_rank(size_t *rows, size_t n, const double *key, int descending);
/* 0 .. n-1 ranked by key, highest first; NULL when out of memory. */
size_t *cli_ranked(const double *key, size_t n);

/* ---- routes on the command line (routes.c) ---- */

/* Sum of numeric edge attribute key along edges; NaN when one has none. */
double cli_route_total(const sn_graph *g, size_t key, const size_t *edges, size_t ne);
/* Whether key is a named number on edges, worth a total along a route. */
int cli_numeric_edge_key(const sn_graph *g, size_t k);
/* A route list as JSON (an array), a table or CSV rows; cost names the
 * cost (NULL: hops), cost2 the second cost of Pareto routes (or NULL). */
void cli_print_routes_json(const sn_graph *g, const sn_routes *r, const char *cost2);
void cli_print_routes_table(const sn_graph *g, const sn_routes *r, const char *cost, const char *cost2, int widest,
                            int at_places);
void cli_print_routes_csv(const sn_graph *g, const sn_routes *r);
/* "Tbilisi" or "segment Kars - Istanbul" (sep between the ends): what
 * chokepoint i closes, into buf. */
const char *cli_chokepoint_name(const sn_graph *g, const sn_chokepoints *c, size_t i, const char *prefix,
                                const char *sep, char *buf, size_t size);
/* The node attribute routes pay at places: explicit (an attribute, or
 * "none" for none), else the node key named like the cost when the graph
 * has a numeric one; NULL for none. *implied says it was not asked for. */
const char *cli_node_cost(const sn_graph *g, const char *cost, const char *explicit, int *implied);
/* Finds a vertex as people name it, reporting a failure; 0 or EXIT_BAD_INPUT. */
int cli_lookup(const sn_graph *g, const char *text, size_t *out);

/* output helpers (out.c) */
/* a JSON string, or null for NULL */
void json_string(FILE *fp, const char *s);
/* an array of strings */
void json_strings(FILE *fp, const char *const *v, size_t n);
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
	CLI_OPT_MISSING_WEIGHT,
	CLI_OPT_PARALLEL,
	CLI_OPT_SAMPLE,
	CLI_OPT_SEED,
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
	{ "to-group", required_argument, NULL, CLI_OPT_TO_GROUP }, \
	{ "missing-weight", required_argument, NULL, CLI_OPT_MISSING_WEIGHT }, \
	{ "parallel", required_argument, NULL, CLI_OPT_PARALLEL }, \
	{ "sample", required_argument, NULL, CLI_OPT_SAMPLE }, \
	{ "seed", required_argument, NULL, CLI_OPT_SEED }

struct cli_measure_opts {
	sn_centrality_opts c;
	const char *personalize;
};
void cli_measure_opts_init(struct cli_measure_opts *m);
/* --weight-is distance|strength, and --missing-weight error|skip|VALUE;
 * 0 or a usage error's exit code. */
int cli_parse_weight_is(const char *cmd, const char *arg, sn_weight_kind *out);
/* cli_fail(), and for an edge without the weight, how to choose. */
int cli_fail_weight(void);
int cli_parse_missing_weight(const char *cmd, const char *arg, sn_missing_weight *policy, double *value);
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
int cmd_communities(int argc, char **argv);

#endif
