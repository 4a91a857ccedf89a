/*
 * silknet.c - the silknet command: dispatch and what subcommands share.
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: silknet COMMAND [ARGS...]\n"
	"\n"
	"Actor and corridor networks: load GraphML from Gephi, yEd, NetworkX or igraph\n"
	"and ask who is central, who brokers, which corridor survives.\n"
	"\n"
	"commands:\n"
	"  report [FILE..] [-o DIR]          the main job: centrality, brokers, routes, diagrams\n"
	"  info FILE [--format table|json]   counts by kind and relation, components, keys\n"
	"  validate FILE [--strict]          checks GraphML and the vocabulary; exit 0 or 1\n"
	"  centrality FILE [--measure M,..] [--weight ATTR --weight-is distance|strength]\n"
	"                  [--normalized] [--top N] [--format table|csv|json]   who is central\n"
	"  communities FILE [--method M] [--group ATTR]   communities, modularity, E-I index\n"
	"  route FILE FROM TO [--cost ATTR] [--avoid ID|ATTR=VALUE] [--k N] [--format ..]\n"
	"                  the best routes under constraints (also --via, --widest, --pareto)\n"
	"  critical FILE FROM TO [--cost ATTR]   what closure breaks or lengthens the trip\n"
	"  reach FILE FROM [--cost ATTR] [--within X]   everything within a budget\n"
	"  export FILE --to graphml|dot [-o OUT] [--with M,..]   lossless GraphML, or a diagram\n"
	"\n"
	"FILE may be '-' for standard input. 'silknet COMMAND --help' tells more.\n"
	"Exit status: 0 success, 1 bad input or no result, 2 usage error.\n";

void cli_error(const char *fmt, ...)
{
	va_list ap;

	fputs("silknet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int cli_fail(void)
{
	cli_error("%s", sn_last_error());
	return EXIT_BAD_INPUT;
}

int cli_usage(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("silknet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'silknet %s%s--help'.\n", cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

int cli_parse_format(const char *cmd, const char *text, unsigned allowed, enum cli_format *out)
{
	static const char *const names[] = { "table", "csv", "json" };

	for (int f = 0; f < 3; f++)
		if ((allowed & (1u << f)) && strcmp(text, names[f]) == 0) {
			*out = (enum cli_format)f;
			return 0;
		}
	return cli_usage(cmd, "unknown format '%s'", text);
}

/* A read limit from the environment: 0 (the library's default) when unset. */
static int env_limit(const char *name, size_t *out)
{
	const char *v = getenv(name);
	char *end;
	unsigned long long n;

	*out = 0;
	if (!v || !*v)
		return 0;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (*end || errno || n == 0 || n > SIZE_MAX || v[0] == '-' || v[0] == '+' || v[0] == ' ') {
		fprintf(stderr, "silknet: %s must be a positive whole number, got '%s'\n", name, v);
		return -1;
	}
	*out = (size_t)n;
	return 0;
}

int cli_load(const char *path, unsigned flags, sn_graph **out)
{
	sn_read_opts opts = SN_READ_OPTS_INIT;
	sn_status st;

	*out = NULL;
	if (env_limit("SILKNET_MAX_KEYS", &opts.max_keys) < 0 ||
	    env_limit("SILKNET_MAX_VALUE_BYTES", &opts.max_value_bytes) < 0)
		return EXIT_USAGE;
	opts.flags = flags | (cli_input_opts.directed ? SN_READ_DIRECTED : 0);
	if (cli_input_opts.nodes) {
		if (strcmp(path, "-") == 0 || strcmp(cli_input_opts.nodes, "-") == 0) {
			cli_error("--nodes: the edge and node tables must be files, not standard input");
			return EXIT_USAGE;
		}
		st = sn_graph_read_csv(out, path, cli_input_opts.nodes, &opts);
	} else if (strcmp(path, "-") == 0)
		st = sn_graph_read_fd(out, 0, "<stdin>", &opts);
	else
		st = sn_graph_read(out, path, &opts);
	return st == SN_OK ? EXIT_OK : cli_fail();
}

/* rc, unless standard output could not take what was written (a full
 * disk, a closed pipe): then an error, said once - a command that failed
 * has said why already. */
static int flushed(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (rc == EXIT_OK)
			cli_error("error writing to standard output");
		return rc == EXIT_OK ? EXIT_BAD_INPUT : rc;
	}
	return rc;
}

/* An interrupted write leaves no temporary file behind; then the signal
 * does what it would have done. */
static void on_signal(int sig)
{
	sn_remove_temporary_files();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
		struct sigaction old;
		/* a signal the caller ignores stays ignored (nohup) */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
			continue;
		sigaction(sigs[i], &sa, NULL);
	}
}

int main(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*fn)(int, char **);
	} commands[] = {
		{ "info", cmd_info },
		{ "validate", cmd_validate },
		{ "export", cmd_export },
		{ "centrality", cmd_centrality },
		{ "communities", cmd_communities },
		{ "route", cmd_route },
		{ "reach", cmd_reach },
		{ "critical", cmd_critical },
		{ "report", cmd_report },
	};

	catch_signals();
	if (argc < 2)
		return cli_usage(NULL, "no command given");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		fputs(usage_text, stdout);
		return flushed(EXIT_OK);
	}
	if (!strcmp(argv[1], "--version")) {
		printf("silknet %s\n", sn_version_string());
		return flushed(EXIT_OK);
	}
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (!strcmp(argv[1], commands[i].name))
			return flushed(commands[i].fn(argc - 1, argv + 1));
	return cli_usage(NULL, "unknown command '%s'", argv[1]);
}
