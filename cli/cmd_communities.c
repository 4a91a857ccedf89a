/*
 * cmd_communities.c - silknet communities: who clusters with whom, by
 * igraph's algorithms or by an attribute, and how the groups mix.
 */
#include "cli.h"

#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char communities_help[] =
	"usage: silknet communities FILE [--method M] [--weight ATTR --weight-is distance|strength]\n"
	"                           [--group ATTR] [--format table|csv|json] [options]\n"
	"\n"
	"Communities found by igraph's algorithms, with their modularity, or the groups an\n"
	"attribute makes (--group bloc); either way, how they mix: the density of ties within\n"
	"and between groups and Krackhardt's E-I index (-1: all ties inside, 1: all between).\n"
	"\n"
	"  --method M          louvain (default), leiden, fastgreedy, walktrap,\n"
	"                      label_propagation or infomap; all but infomap read a directed\n"
	"                      graph's ties as undirected, and say so\n"
	"  --group ATTR        no search: the groups of this node attribute (bloc, region)\n"
	"  --weight ATTR       numeric edge attribute: a tie's strength in the modularity\n"
	"  --weight-is KIND    distance or strength (required with --weight; distance = 1/strength)\n"
	"  --missing-weight W  edges without the weight: error (default), skip or a value\n"
	"  --resolution R      modularity's resolution (default 1; higher: smaller communities)\n"
	"  --seed N            the random seed of louvain, leiden, label_propagation and infomap\n"
	"                      (default 1: the same answer every run)\n"
	"  --attach NAME       write the file as GraphML with each vertex's community in NAME\n"
	"                      (to -o OUT, else standard output) instead of the table\n"
	"  -o, --output OUT    with --attach: the file to write (replaced only when complete)\n"
	"  --format F          table (default), csv (a row per vertex) or json\n"
	"\n"
	"examples:\n"
	"  silknet communities actors.graphml\n"
	"  silknet communities actors.graphml --method leiden --resolution 1.5 --format json\n"
	"  silknet communities actors.graphml --group region\n";

typedef struct communities_args {
	sn_community_opts o;
	enum cli_format format;
	const char *attach, *output;
} communities_args;

/* Options and the one FILE: a method or a group (not both), a weight with
 * its kind, -o only with --attach. */
static int parse_communities_args(communities_args *a, int argc, char **argv, char ***pos)
{
	enum { O_METHOD = 300, O_GROUP, O_WEIGHT, O_WEIGHT_IS, O_MISSING, O_RESOLUTION, O_SEED, O_ATTACH, O_FORMAT };
	static const struct option longopts[] = {
		{ "method", required_argument, NULL, O_METHOD },
		{ "group", required_argument, NULL, O_GROUP },
		{ "weight", required_argument, NULL, O_WEIGHT },
		{ "weight-is", required_argument, NULL, O_WEIGHT_IS },
		{ "missing-weight", required_argument, NULL, O_MISSING },
		{ "resolution", required_argument, NULL, O_RESOLUTION },
		{ "seed", required_argument, NULL, O_SEED },
		{ "attach", required_argument, NULL, O_ATTACH },
		{ "output", required_argument, NULL, 'o' },
		{ "format", required_argument, NULL, O_FORMAT },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *cmd = "communities";
	int method_given = 0, opt, rc = 0;
	size_t seed;
	cli_args p;

	cli_args_init(&p, cmd, argc, argv, ":ho:", longopts, communities_help);
	while (!rc && (opt = cli_args_next(&p)) != CLI_ARGS_END) {
		switch (opt) {
		case CLI_ARGS_STOP: return p.rc;
		case O_METHOD:
			if (sn_community_method_from_name(optarg, &a->o.method) != SN_OK ||
			    a->o.method == SN_COMMUNITY_ATTRIBUTE)
				return cli_usage(cmd, "unknown method '%s'; the methods are louvain, leiden, fastgreedy, "
				                      "walktrap, label_propagation and infomap", optarg);
			method_given = 1;
			break;
		case O_GROUP: a->o.group = optarg; break;
		case O_WEIGHT: a->o.weight = optarg; break;
		case O_WEIGHT_IS: rc = cli_parse_weight_is(cmd, optarg, &a->o.weight_is); break;
		case O_MISSING: rc = cli_parse_missing_weight(cmd, optarg, &a->o.missing_weight, &a->o.missing_value); break;
		case O_RESOLUTION: rc = cli_parse_number(cmd, "--resolution", optarg, 1e-300, 1e300, &a->o.resolution); break;
		case O_SEED:
			rc = cli_parse_count(cmd, "--seed", optarg, 0, 4294967295u, &seed);
			a->o.seed = (unsigned long)seed;
			break;
		case O_ATTACH: a->attach = optarg; break;
		case 'o': a->output = optarg; break;
		case O_FORMAT: rc = cli_parse_format(cmd, optarg, CLI_FORMATS_ALL, &a->format); break;
		default: return cli_args_unknown(&p, opt);
		}
	}
	if (rc || (rc = cli_args_positional(&p, 1, "FILE", pos)))
		return rc;
	if (a->o.group && method_given)
		return cli_usage(cmd, "--group reads the groups of an attribute; --method finds them: give one");
	if (a->o.group)
		a->o.method = SN_COMMUNITY_ATTRIBUTE;
	if (a->o.weight && a->o.weight_is == SN_WEIGHT_NONE)
		return cli_usage(cmd, "--weight %s needs --weight-is distance or --weight-is strength", a->o.weight);
	if (!a->o.weight && a->o.weight_is != SN_WEIGHT_NONE)
		return cli_usage(cmd, "--weight-is without --weight");
	if (a->output && !a->attach)
		return cli_usage(cmd, "-o writes the file --attach makes; give --attach NAME");
	return EXIT_OK;
}

/* The grouping as JSON: the method, modularity and mixing, membership
 * (vertex id -> community) and each community's members. */
static void print_json(const sn_graph *g, const communities_args *a, const sn_communities *c, const double mix[3])
{
	size_t n, count = sn_communities_count(c);
	const size_t *mem = sn_communities_membership(c, &n);

	printf("{\"method\": ");
	json_string(stdout, sn_community_method_name(sn_communities_method(c)));
	printf(", \"group\": ");
	json_string(stdout, a->o.group);
	printf(", \"weight\": ");
	json_string(stdout, a->o.weight);
	printf(", \"count\": %zu, \"modularity\": ", count);
	json_number(stdout, sn_communities_modularity(c));
	printf(", \"density_within\": ");
	json_number(stdout, mix[0]);
	printf(", \"density_between\": ");
	json_number(stdout, mix[1]);
	printf(", \"ei_index\": ");
	json_number(stdout, mix[2]);
	printf(", \"membership\": {");
	for (size_t v = 0; v < n; v++) {
		printf("%s", v ? ", " : "");
		json_string(stdout, sn_graph_vertex_id(g, v));
		printf(": %zu", mem[v]);
	}
	printf("}, \"communities\": [");
	for (size_t k = 0; k < count; k++) {
		int first = 1;
		printf("%s{\"community\": %zu, \"size\": %zu, \"members\": [", k ? ", " : "", k, sn_communities_size(c, k));
		for (size_t v = 0; v < n; v++)
			if (mem[v] == k) {
				printf("%s", first ? "" : ", ");
				json_string(stdout, sn_graph_vertex_id(g, v));
				first = 0;
			}
		printf("]}");
	}
	printf("]}\n");
}

static void print_csv(const sn_graph *g, const sn_communities *c)
{
	size_t n;
	const size_t *mem = sn_communities_membership(c, &n);

	fputs("id,label,community\r\n", stdout);
	for (size_t v = 0; v < n; v++) {
		const char *label = cli_vertex_label(g, v);
		csv_field(stdout, sn_graph_vertex_id(g, v));
		putchar(',');
		csv_field(stdout, label ? label : "");
		printf(",%zu\r\n", mem[v]);
	}
}

/* A line per community: its size and its members' names, wrapped. */
static int print_table(const sn_graph *g, const communities_args *a, const sn_communities *c, const double mix[3])
{
	size_t n, count = sn_communities_count(c);
	const size_t *mem = sn_communities_membership(c, &n);
	/* names: the groups' names, then (after count) one group's members */
	const char **names = malloc((2 * n + 1) * sizeof *names);
	char q[40], dw[40], db[40], ei[40];
	int wid = 9;

	if (!names)
		return cli_fail();
	cli_fmt_num(q, sizeof q, sn_communities_modularity(c));
	cli_fmt_num(dw, sizeof dw, mix[0]);
	cli_fmt_num(db, sizeof db, mix[1]);
	cli_fmt_num(ei, sizeof ei, mix[2]);
	if (a->o.group)
		printf("groups of '%s': %zu, modularity %s\n", a->o.group, count, q);
	else
		printf("%s: %zu communities, modularity %s%s%s%s\n", sn_community_method_name(sn_communities_method(c)),
		       count, q, a->o.weight ? " (weighted by '" : "", a->o.weight ? a->o.weight : "",
		       a->o.weight ? "')" : "");
	printf("density within groups %s, between %s; E-I index %s\n\n", dw, db, ei);
	/* a group is named by its value (that of its first member) */
	for (size_t v = 0; v < n; v++)
		names[v] = NULL;
	for (size_t v = 0; a->o.group && v < n; v++)
		if (!names[mem[v]]) {
			const char *value = attr_string(g, SN_DOMAIN_NODE, a->o.group, v);
			names[mem[v]] = value ? value : "(none)";
		}
	for (size_t k = 0; a->o.group && k < count; k++)
		wid = (int)strlen(names[k]) > wid ? (int)strlen(names[k]) : wid;
	wid = wid > 24 ? 24 : wid;
	printf("%-*s  %5s  members\n", wid, a->o.group ? "group" : "community", "size");
	for (size_t k = 0; k < count; k++) {
		size_t m = 0;
		const char **members = names + count;
		if (a->o.group)
			printf("%-*.*s  %5zu  ", wid, wid, names[k], sn_communities_size(c, k));
		else
			printf("%-*zu  %5zu  ", wid, k, sn_communities_size(c, k));
		for (size_t v = 0; v < n; v++)
			if (mem[v] == k)
				members[m++] = sn_graph_vertex_id(g, v);
		cli_wrapped(members, m, ", ", wid + 9, wid + 9);
	}
	free(names);
	return EXIT_OK;
}

/* --attach: the file itself, with the communities as a node attribute. */
static int write_attached(sn_graph *g, const communities_args *a, const sn_communities *c)
{
	sn_write_opts wo = SN_WRITE_OPTS_INIT;
	char *text = NULL;
	size_t len;

	if (sn_graph_attach_communities(g, a->attach, c, NULL) != SN_OK)
		return cli_fail();
	if (a->output && strcmp(a->output, "-") != 0)
		return sn_graph_write_graphml(g, a->output, &wo) == SN_OK ? EXIT_OK : cli_fail();
	if (sn_graph_write_graphml_memory(&text, &len, g, &wo) != SN_OK)
		return cli_fail();
	fwrite(text, 1, len, stdout);
	sn_free(text);
	return EXIT_OK;
}

int cmd_communities(int argc, char **argv)
{
	communities_args a;
	sn_communities *c = NULL;
	sn_graph *g = NULL;
	double mix[3];
	char **pos;
	int rc;

	memset(&a, 0, sizeof a);
	sn_community_opts_init(&a.o, SN_COMMUNITY_OPTS_VERSION);
	if ((rc = parse_communities_args(&a, argc, argv, &pos)) || (rc = cli_load(pos[0], 0, &g)))
		goto done;
	if (sn_communities_find(&c, g, &a.o) != SN_OK) {
		rc = cli_fail_weight();
		goto done;
	}
	for (size_t i = 0; i < sn_communities_warning_count(c); i++)
		cli_error("warning: %s: %s", sn_community_method_name(a.o.method), sn_communities_warning(c, i));
	sn_communities_mixing(c, g, &mix[0], &mix[1], &mix[2]);
	if (a.attach)
		rc = write_attached(g, &a, c);
	else if (a.format == FORMAT_JSON)
		print_json(g, &a, c, mix);
	else if (a.format == FORMAT_CSV)
		print_csv(g, c);
	else
		rc = print_table(g, &a, c, mix);
done:
	sn_communities_free(c);
	sn_graph_free(g);
	return cli_exit(rc);
}
