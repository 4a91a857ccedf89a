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

int cmd_info(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_export(int argc, char **argv);

#endif
