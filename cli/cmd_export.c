/*
 * cmd_export.c - silknet export: GraphML and Graphviz DOT.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char export_help[] =
	"usage: silknet export FILE --to graphml|dot [-o OUT] [options]\n"
	"\n"
	"Writes the network as GraphML (lossless: every key, type, default, id and\n"
	"nesting kept; Gephi, yEd, NetworkX and igraph open it) or as Graphviz DOT\n"
	"for dot, neato or sfdp. OUT is written atomically: a failure leaves an\n"
	"existing file as it was. Without -o the result goes to standard output.\n"
	"\n"
	"  --to F            graphml or dot\n"
	"  -o, --output OUT  the file to write\n"
	"  --compact         GraphML without indentation\n"
	"  --with LIST       compute these centrality measures and write them as attributes\n"
	"                    (e.g. betweenness,pagerank), so Gephi can size nodes by them;\n"
	"                    --weight, --weight-is, --normalized and the other options of\n"
	"                    'silknet centrality' apply\n"
	"DOT options:\n"
	"  --title T         a title above the diagram\n"
	"  --label ATTR      node label attribute (default: label, name, else the id)\n"
	"  --kind ATTR       node shape and colour by this attribute (default: kind)\n"
	"  --width ATTR      edge width by this strength attribute (e.g. weight)\n"
	"  --color ATTR      edge colour by this attribute (default: corridor, relation)\n"
	"  --cluster ATTR    group nodes by this attribute (default: GraphML nesting)\n"
	"  --geo             place nodes by lat/lon; render with neato -n2\n"
	"  --highlight IDS   a route to draw bold, as comma-separated vertex ids\n"
	"  --no-legend       no legend\n"
	"  --plain           no styling at all\n"
	"\n"
	"examples:\n"
	"  silknet export corridors.graphml --to dot --geo --width weight -o map.dot\n"
	"  neato -n2 -Tsvg map.dot -o map.svg\n"
	"  silknet export actors.graphml --to graphml -o copy.graphml\n"
	"  silknet export actors.graphml --to graphml --with betweenness,pagerank \\\n"
	"      --weight weight --weight-is strength -o for-gephi.graphml\n";

/* Vertex ids separated by commas, as indices. */
static int parse_route(const sn_graph *g, const char *text, size_t **out, size_t *n)
{
	char *copy = strdup(text), *save = NULL;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	if (!copy)
		return cli_fail();
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t v;
		if (sn_graph_lookup_vertex(g, tok, &v) != SN_OK) {
			cli_error("--highlight: %s", sn_last_error());
			free(copy);
			free(*out);
			*out = NULL;
			return EXIT_BAD_INPUT;
		}
		if (*n == cap) {
			size_t *p = realloc(*out, (cap = cap ? cap * 2 : 8) * sizeof *p);
			if (!p) {
				free(copy);
				return cli_fail();
			}
			*out = p;
		}
		(*out)[(*n)++] = v;
	}
	free(copy);
	return EXIT_OK;
}

int cmd_export(int argc, char **argv)
{
	enum { O_TO = 256, O_COMPACT, O_TITLE, O_LABEL, O_KIND, O_WIDTH, O_COLOR, O_CLUSTER, O_GEO, O_HIGHLIGHT,
	       O_NOLEGEND, O_PLAIN, O_WITH };
	static const struct option longopts[] = {
		{ "to", required_argument, NULL, O_TO },
		{ "output", required_argument, NULL, 'o' },
		{ "compact", no_argument, NULL, O_COMPACT },
		{ "title", required_argument, NULL, O_TITLE },
		{ "label", required_argument, NULL, O_LABEL },
		{ "kind", required_argument, NULL, O_KIND },
		{ "width", required_argument, NULL, O_WIDTH },
		{ "color", required_argument, NULL, O_COLOR },
		{ "cluster", required_argument, NULL, O_CLUSTER },
		{ "geo", no_argument, NULL, O_GEO },
		{ "highlight", required_argument, NULL, O_HIGHLIGHT },
		{ "no-legend", no_argument, NULL, O_NOLEGEND },
		{ "plain", no_argument, NULL, O_PLAIN },
		{ "with", required_argument, NULL, O_WITH },
		CLI_MEASURE_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	sn_dot_opts dopts = SN_DOT_OPTS_INIT;
	sn_write_opts wopts = SN_WRITE_OPTS_INIT;
	const char *to = NULL, *output = NULL, *highlight = NULL, *with = NULL;
	struct cli_measure_opts mo;
	sn_measure ms[32];
	sn_scores *sc[32] = { 0 };
	size_t nm = 0;
	size_t *route = NULL, nroute = 0;
	sn_graph *g = NULL;
	sn_status st;
	int c, rc, dot_only = 0;

	cli_measure_opts_init(&mo);
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, ":ho:", longopts, NULL)) != -1) {
		switch (c) {
		case O_TO: to = optarg; break;
		case 'o': output = optarg; break;
		case O_COMPACT: wopts.flags |= SN_WRITE_COMPACT; break;
		case O_TITLE: dopts.title = optarg; dot_only = 1; break;
		case O_LABEL: dopts.label_attr = optarg; dot_only = 1; break;
		case O_KIND: dopts.kind_attr = optarg; dot_only = 1; break;
		case O_WIDTH: dopts.width_attr = optarg; dot_only = 1; break;
		case O_COLOR: dopts.color_attr = optarg; dot_only = 1; break;
		case O_CLUSTER: dopts.cluster_attr = optarg; dot_only = 1; break;
		case O_GEO: dopts.flags |= SN_DOT_GEO; dot_only = 1; break;
		case O_HIGHLIGHT: highlight = optarg; dot_only = 1; break;
		case O_NOLEGEND: dopts.flags |= SN_DOT_NO_LEGEND; dot_only = 1; break;
		case O_PLAIN: dopts.flags |= SN_DOT_PLAIN; dot_only = 1; break;
		case O_WITH: with = optarg; break;
		case 'h': fputs(export_help, stdout); return EXIT_OK;
		case ':': return cli_usage("export", "option '%s' needs a value", argv[optind - 1]);
		case '?': return cli_usage("export", "unknown option '%s'", argv[optind - 1]);
		default:
			if ((rc = cli_measure_option(&mo, "export", c, optarg)))
				return rc;
		}
	}
	if (optind >= argc)
		return cli_usage("export", "no FILE given");
	if (optind + 1 < argc)
		return cli_usage("export", "unexpected argument '%s'", argv[optind + 1]);
	if (!to)
		return cli_usage("export", "--to graphml or --to dot is required");
	if (strcmp(to, "graphml") != 0 && strcmp(to, "dot") != 0)
		return cli_usage("export", "unknown format '%s': expected graphml or dot", to);
	if (dot_only && strcmp(to, "dot") != 0)
		return cli_usage("export", "DOT options given with --to %s", to);
	if (mo.c.weight && mo.c.weight_is == SN_WEIGHT_NONE)
		return cli_usage("export", "--weight %s needs --weight-is distance or --weight-is strength", mo.c.weight);
	if (with && (rc = cli_parse_measures("export", with, ms, &nm, 32)))
		return rc;
	if ((rc = cli_load(argv[optind], 0, &g)))
		return rc;
	if (nm && (rc = cli_compute(g, &mo, ms, nm, sc)))
		goto done;
	for (size_t i = 0; i < nm; i++)
		if (sn_graph_attach_scores(g, sn_measure_name(ms[i]), sc[i], NULL) != SN_OK) {
			rc = cli_fail();
			goto done;
		}
	if (highlight && (rc = parse_route(g, highlight, &route, &nroute)))
		goto done;
	dopts.highlight_vertices = route;
	dopts.n_highlight_vertices = nroute;
	if (!strcmp(to, "graphml"))
		st = output ? sn_graph_write_graphml(g, output, &wopts) : sn_graph_write_graphml_file(g, stdout, &wopts);
	else
		st = output ? sn_graph_write_dot(g, output, &dopts) : sn_graph_write_dot_file(g, stdout, &dopts);
	rc = st == SN_OK ? EXIT_OK : cli_fail();
done:
	for (size_t i = 0; i < nm; i++)
		sn_scores_free(sc[i]);
	free(route);
	sn_graph_free(g);
	return rc;
}
