/*
 * cmd_info.c - silknet info and silknet validate.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tally {
	const char *name;
	size_t count;
} tally;

typedef struct tallies {
	tally *items;
	size_t n, cap;
} tallies;

static int tally_add(tallies *t, const char *name)
{
	for (size_t i = 0; i < t->n; i++)
		if (strcmp(t->items[i].name, name) == 0) {
			t->items[i].count++;
			return 0;
		}
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		tally *p = realloc(t->items, cap * sizeof *p);
		if (!p)
			return -1;
		t->items = p;
		t->cap = cap;
	}
	t->items[t->n].name = name;
	t->items[t->n++].count = 1;
	return 0;
}

static int tally_cmp(const void *a, const void *b)
{
	const tally *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->name, y->name);
}

/* Counts the values of a string attribute over vertices or edges; elements
 * without one are counted under "(none)" when the key exists. */
static int count_by(const sn_graph *g, sn_domain d, const char *attr, tallies *t)
{
	size_t n = d == SN_DOMAIN_NODE ? sn_graph_vertex_count(g) : sn_graph_edge_count(g);
	size_t k;

	if (sn_key_find(g, d, attr, &k) != SN_OK)
		return 0;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t twin;
		const char *s = NULL;
		sn_attr_get_string(g, k, d, i, &s);
		/* reverse twins of undirected edges are not edges of the input */
		if (d == SN_DOMAIN_EDGE && sn_graph_edge_twin(g, i, &twin) == SN_OK)
			continue;
		if (tally_add(t, s ? s : "(none)") < 0)
			return -1;
	}
	qsort(t->items, t->n, sizeof *t->items, tally_cmp);
	return 0;
}

static void json_tallies(FILE *fp, const tallies *t)
{
	fputc('{', fp);
	for (size_t i = 0; i < t->n; i++) {
		if (i)
			fputs(", ", fp);
		json_string(fp, t->items[i].name);
		fprintf(fp, ": %zu", t->items[i].count);
	}
	fputc('}', fp);
}

static void table_tallies(FILE *fp, const char *title, const tallies *t)
{
	fprintf(fp, "%-11s", title);
	if (!t->n)
		fputs("-", fp);
	for (size_t i = 0; i < t->n; i++)
		fprintf(fp, "%s%s %zu", i ? ", " : "", t->items[i].name, t->items[i].count);
	fputc('\n', fp);
}

static size_t twin_count(const sn_graph *g)
{
	size_t n = 0, t;
	for (size_t e = 0; e < sn_graph_edge_count(g); e++)
		if (sn_graph_edge_twin(g, e, &t) == SN_OK)
			n++;
	return n;
}

static const char info_help[] =
	"usage: silknet info FILE [--format table|json] [--strict]\n"
	"\n"
	"Loads a GraphML file and prints its vertex and edge counts, counts by node\n"
	"'kind' and edge 'relation', connected components, every attribute key with\n"
	"its type and default, and what the reader kept verbatim or skipped.\n"
	"\n"
	"  --format F   table (default) or json (one document)\n"
	"  --strict     an error, not a warning: data silknet keeps verbatim or cannot read\n"
	"               (a value not of its type, data for a key of another domain, ports)\n"
	"\n"
	"example: silknet info data/central-asia-actors.graphml --format json\n";

static void print_key_json(const sn_graph *g, size_t k)
{
	const char *def = sn_key_default(g, k), *name = sn_key_name(g, k);
	sn_type t = sn_key_type(g, k);

	printf("%s{\"id\": ", k ? ", " : "");
	json_string(stdout, sn_key_id(g, k));
	printf(", \"name\": ");
	json_string(stdout, name);
	printf(", \"for\": \"%s\", \"type\": ", sn_domain_name(sn_key_domain(g, k)));
	json_string(stdout, sn_key_type_name(g, k));
	printf(", \"verbatim\": %s, \"default\": ", t == SN_TYPE_OPAQUE ? "true" : "false");
	if (!def)
		fputs("null", stdout);
	else if (t == SN_TYPE_STRING || t == SN_TYPE_OPAQUE)
		json_string(stdout, def);
	else if (t == SN_TYPE_BOOLEAN)
		fputs(strcmp(def, "true") == 0 ? "true" : "false", stdout);
	else
		json_number(stdout, strtod(def, NULL));
	fputc('}', stdout);
}

/* What info found out about a graph. */
typedef struct facts {
	const char *file;
	tallies kinds, relations;
	size_t ncomp, twins;
} facts;

static void print_info_json(const sn_graph *g, const facts *f)
{
	printf("{\"file\": ");
	json_string(stdout, f->file);
	printf(", \"vertices\": %zu, \"edges\": %zu, \"directed\": %s", sn_graph_vertex_count(g),
	       sn_graph_edge_count(g) - f->twins, sn_graph_is_directed(g) ? "true" : "false");
	printf(", \"keys\": [");
	for (size_t k = 0; k < sn_key_count(g); k++)
		print_key_json(g, k);
	printf("], \"kinds\": ");
	json_tallies(stdout, &f->kinds);
	printf(", \"relations\": ");
	json_tallies(stdout, &f->relations);
	printf(", \"components\": %zu, \"reverse_twins\": %zu, \"skipped\": [", f->ncomp, f->twins);
	for (size_t i = 0; i < sn_graph_warning_count(g); i++) {
		if (i)
			fputs(", ", stdout);
		json_string(stdout, sn_graph_warning(g, i));
	}
	printf("]}\n");
}

/* The keys as a table whose columns fit their longest entries, within
 * limits: long foreign names must not push it past the screen. */
static void print_keys_table(const sn_graph *g)
{
	size_t nkeys = sn_key_count(g);
	int wid = 2, wname = 4, wtype = 4;

	if (!nkeys) {
		printf("  (none)\n");
		return;
	}
	for (size_t k = 0; k < nkeys; k++) {
		const char *name = sn_key_name(g, k);
		int l = (int)strlen(sn_key_id(g, k));
		wid = l > wid ? l : wid;
		l = name ? (int)strlen(name) : 1;
		wname = l > wname ? l : wname;
		l = (int)strlen(sn_key_type_name(g, k)) + 1;
		wtype = l > wtype ? l : wtype;
	}
	wid = wid > 24 ? 24 : wid;
	wname = wname > 28 ? 28 : wname;
	printf("  %-*s  %-5s  %-*s  %-*s  %s\n", wid, "id", "for", wname, "name", wtype, "type", "default");
	for (size_t k = 0; k < nkeys; k++) {
		const char *def = sn_key_default(g, k), *name = sn_key_name(g, k);
		char type[40];
		snprintf(type, sizeof type, "%s%s", sn_key_type_name(g, k), sn_key_type(g, k) == SN_TYPE_OPAQUE ? "*" : "");
		printf("  %-*s  %-5s  %-*s  %-*s  %.40s\n", wid, sn_key_id(g, k), sn_domain_name(sn_key_domain(g, k)), wname,
		       name ? name : "-", wtype, type, def ? def : "-");
	}
}

static void print_info_table(const sn_graph *g, const facts *f)
{
	printf("file       %s\n", f->file);
	printf("vertices   %zu\n", sn_graph_vertex_count(g));
	printf("edges      %zu%s\n", sn_graph_edge_count(g) - f->twins,
	       f->twins ? " (mixed: undirected edges also traversed in reverse)" : "");
	printf("directed   %s\n", sn_graph_is_directed(g) ? "yes" : "no");
	printf("components %zu\n", f->ncomp);
	table_tallies(stdout, "kinds", &f->kinds);
	table_tallies(stdout, "relations", &f->relations);
	printf("\nkeys\n");
	print_keys_table(g);
	if (sn_graph_warning_count(g)) {
		printf("\nkept verbatim (*) or skipped\n");
		for (size_t i = 0; i < sn_graph_warning_count(g); i++)
			printf("  %s\n", sn_graph_warning(g, i));
	}
}

/* silknet info: counts, kinds, relations, components, keys and what the
 * reader kept verbatim or skipped. */
int cmd_info(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "strict", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	enum cli_format format = FORMAT_TABLE;
	unsigned flags = 0;
	facts f;
	sn_graph *g = NULL;
	cli_args p;
	char **pos;
	int c, rc = 0;

	memset(&f, 0, sizeof f);
	cli_args_init(&p, "info", argc, argv, ":h", longopts, info_help);
	while (!rc && (c = cli_args_next(&p)) != CLI_ARGS_END) {
		if (c == CLI_ARGS_STOP)
			return cli_exit(p.rc);
		if (c == 'f')
			rc = cli_parse_format("info", optarg, CLI_FORMATS_TABLE_JSON, &format);
		else if (c == 's')
			flags |= SN_READ_STRICT;
		else
			rc = cli_args_unknown(&p, c);
	}
	if (rc || (rc = cli_args_positional(&p, 1, "FILE", &pos)) || (rc = cli_load(pos[0], flags, &g)))
		return rc;
	f.file = pos[0];
	f.twins = twin_count(g);
	if (sn_graph_components(g, NULL, 0, &f.ncomp) < 0 || count_by(g, SN_DOMAIN_NODE, "kind", &f.kinds) < 0 ||
	    count_by(g, SN_DOMAIN_EDGE, "relation", &f.relations) < 0)
		rc = cli_fail();
	else if (format == FORMAT_JSON)
		print_info_json(g, &f);
	else
		print_info_table(g, &f);
	free(f.kinds.items);
	free(f.relations.items);
	sn_graph_free(g);
	return rc;
}

/* ---- validate ---- */

static const char validate_help[] =
	"usage: silknet validate FILE [--strict]\n"
	"\n"
	"Checks that FILE is GraphML silknet reads (errors: exit 1), then the vocabulary of\n"
	"data/SCHEMA.md as warnings: unknown node kinds, edge relations or modes, a country\n"
	"that is no ISO 3166 alpha-2 code, lat and lon out of range, weight, km, days, usd and\n"
	"capacity that are no finite number from zero, an amount without a unit, an edge\n"
	"without a source (when the file cites sources), a corridor whose segments do not\n"
	"connect. Prints one line per problem.\n"
	"\n"
	"  --strict   warnings are errors (exit 1), and so is data silknet keeps verbatim\n"
	"\n"
	"example: silknet validate data/central-asia-corridors.graphml --strict\n";

/* Reads FILE and checks it against data/SCHEMA.md: vocabulary, country
 * codes, coordinate and cost ranges, units and sources, corridors. Without
 * --strict, findings are warnings and the exit status stays 0. */
int cmd_validate(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	unsigned flags = 0;
	sn_graph *g = NULL;
	const char *file;
	sn_findings *found;
	size_t bad;
	cli_args p;
	char **pos;
	int c, rc;

	cli_args_init(&p, "validate", argc, argv, ":h", longopts, validate_help);
	while ((c = cli_args_next(&p)) != CLI_ARGS_END) {
		if (c == CLI_ARGS_STOP)
			return cli_exit(p.rc);
		if (c == 's')
			flags |= SN_READ_STRICT;
		else
			return cli_args_unknown(&p, c);
	}
	if ((rc = cli_args_positional(&p, 1, "FILE", &pos)))
		return rc;
	file = pos[0];
	if ((rc = cli_load(file, flags, &g)))
		return rc;
	if (sn_graph_check_schema(&found, g) != SN_OK) {
		sn_graph_free(g);
		return cli_fail();
	}
	bad = sn_findings_count(found);
	for (size_t i = 0; i < bad; i++)
		printf("%s: %s\n", file, sn_findings_message(found, i));
	sn_findings_free(found);
	for (size_t i = 0; i < sn_graph_warning_count(g); i++)
		printf("%s (note)\n", sn_graph_warning(g, i));
	if (bad)
		printf("%s: %zu %s%s\n", file, bad, (flags & SN_READ_STRICT) ? "error" : "warning", bad == 1 ? "" : "s");
	else
		printf("%s: valid (%zu vertices, %zu edges)\n", file, sn_graph_vertex_count(g),
		       sn_graph_edge_count(g) - twin_count(g));
	sn_graph_free(g);
	return bad && (flags & SN_READ_STRICT) ? EXIT_BAD_INPUT : EXIT_OK;
}
