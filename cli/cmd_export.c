/*
 * cmd_export.c - silknet export: GraphML, GEXF, CSV tables and Graphviz DOT.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char export_help[] =
	"usage: silknet export FILE --to graphml|gexf|csv|dot|svg|png|pdf [-o OUT] [options]\n"
	"\n"
	"Writes the network as GraphML (lossless: every key, type, default, id and\n"
	"nesting kept; Gephi, yEd, NetworkX and igraph open it), as GEXF 1.2 (Gephi,\n"
	"NetworkX), as CSV tables (OUT is a directory: OUT/nodes.csv and\n"
	"OUT/edges.csv, for Gephi's spreadsheet import, pandas or Spark) or as\n"
	"Graphviz DOT for dot, neato or sfdp, or as an image that Graphviz draws (SVG,\n"
	"PNG, PDF). Files are written atomically: a failure\n"
	"leaves an existing file as it was. Without -o the result goes to standard\n"
	"output (not for csv). What a format cannot hold (graph attributes in GEXF\n"
	"and CSV, nesting in CSV) is named in a warning.\n"
	"\n"
	"  --to F            graphml, gexf, csv, dot, or svg, png or pdf (drawn by Graphviz)\n"
	"  --engine E        the Graphviz layout for images: dot, neato, sfdp, fdp, circo, twopi\n"
	"                    (default: neato for --geo, dot up to 30 vertices, else sfdp)\n"
	"  --timeout S       give up on an image after S seconds (default 120)\n"
	"  -o, --output OUT  the file to write (- for standard output; a symlink stays a link, a\n"
	"                    device or FIFO is written into)\n"
	"  --compact         GraphML or GEXF without indentation\n"
	"  --with LIST       compute these centrality measures and write them as attributes\n"
	"                    (e.g. betweenness,pagerank), so Gephi can size nodes by them;\n"
	"                    --weight, --weight-is, --normalized and the other options of\n"
	"                    'silknet centrality' apply; 'communities' adds louvain's\n"
	"                    communities as the attribute 'community' (--kind community\n"
	"                    colours a diagram by them)\n"
	"A part (any format; a note says how much of the network it is):\n"
	"  --avoid SPEC      leave out a vertex (RUS) or what matches attr=value, as route takes\n"
	"                    them; repeatable\n"
	"  --only SPEC       keep only what matches attr=value: one relation (relation=trade),\n"
	"                    one kind (kind=state), one corridor (corridor=TITR); repeatable\n"
	"  --top N           the N highest by --by (default degree), on the whole network\n"
	"  --by MEASURE      a centrality measure for --top (betweenness, pagerank, ...)\n"
	"  --ego ID          one actor and those within --radius ties of it (either way)\n"
	"  --radius R        for --ego (default 1)\n"
	"DOT options:\n"
	"  --title T         a title above the diagram\n"
	"  --label ATTR      node label attribute (default: label, name, else the id)\n"
	"  --kind ATTR       node shape and colour by this attribute (default: kind)\n"
	"  --width ATTR      edge width by this strength attribute (e.g. weight)\n"
	"  --color ATTR      edge colour by this attribute (default: corridor, relation)\n"
	"  --cluster ATTR    group nodes by this attribute (default: GraphML nesting)\n"
	"  --geo             place nodes by lat/lon; render with neato -n2\n"
	"  --highlight IDS   a route to draw bold, as comma-separated vertex ids; - or @FILE: the\n"
	"                    JSON of 'silknet route --format json' (its first route)\n"
	"  --basemap FILE    with --geo: the map beneath (default: the bundled Natural Earth\n"
	"                    coastlines, seas and borders, data/basemap-eurasia.txt)\n"
	"  --no-basemap      with --geo: places and corridors alone\n"
	"  --no-legend       no legend\n"
	"  --plain           no styling at all\n"
	"\n"
	"examples:\n"
	"  silknet export corridors.graphml --to svg --geo -o map.svg\n"
	"  silknet export corridors.graphml --to dot --geo -o map.dot\n"
	"  neato -n2 -Tsvg map.dot -o map.svg\n"
	"  silknet route corridors.graphml Almaty Istanbul --cost days --format json | \\\n"
	"      silknet export corridors.graphml --to svg --geo --highlight - -o route.svg\n"
	"  silknet export actors.graphml --to dot --width weight -o actors.dot\n"
	"  silknet export actors.graphml --to graphml -o copy.graphml\n"
	"  silknet export actors.graphml --to gexf -o actors.gexf\n"
	"  silknet export corridors.graphml --to csv -o corridors-tables\n"
	"  silknet route corridors-tables/edges.csv --nodes corridors-tables/nodes.csv Tashkent Almaty\n"
	"  silknet export actors.graphml --to dot --with communities --kind community -o c.dot\n"
	"  silknet export actors.graphml --to svg --top 25 --by betweenness -o brokers.svg\n"
	"  silknet export actors.graphml --to svg --ego KOR --radius 1 -o korea.svg\n"
	"  silknet export actors.graphml --to dot --only relation=trade -o trade.dot\n"
	"  silknet export corridors.graphml --to graphml --with betweenness,pagerank \\\n"
	"      --weight km --weight-is distance -o for-gephi.graphml\n";

/* A JSON string at *pp (after its opening quote) into dst, with the escapes
 * silknet's JSON writes: quote, backslash, slash, n, r, t, and u with four
 * hex digits (as UTF-8); 0 at any other. */
static int json_take_string(const char **pp, char *dst, size_t size)
{
	const char *p = *pp;
	size_t n = 0;

	while (*p && *p != '"') {
		unsigned c = (unsigned char)*p++;
		if (c == '\\') {
			char e = *p++;
			c = e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e == '"' || e == '\\' || e == '/' ? (unsigned)e : 0;
			if (e == 'u') {
				char hex[5] = { 0 };
				memcpy(hex, p, 4);
				c = (unsigned)strtoul(hex, NULL, 16);
				p += strlen(hex) == 4 ? 4 : strlen(hex);
			}
			if (!c)
				return 0;
		}
		/* \u escapes of BMP characters as UTF-8 */
		if (c >= 0x800 && n + 3 < size)
			dst[n++] = (char)(0xe0 | c >> 12), dst[n++] = (char)(0x80 | (c >> 6 & 0x3f)), dst[n++] = (char)(0x80 | (c & 0x3f));
		else if (c >= 0x80 && c < 0x800 && (unsigned char)p[-1] != c && n + 2 < size)
			dst[n++] = (char)(0xc0 | c >> 6), dst[n++] = (char)(0x80 | (c & 0x3f));
		else if (n + 1 < size)
			dst[n++] = (char)c;
	}
	if (*p != '"')
		return 0;
	dst[n] = '\0';
	*pp = p + 1;
	return 1;
}

/* --highlight - or @FILE: the first route of `silknet route --format json`
 * (its "path"), as the comma-separated list the option otherwise takes. */
static char *route_from_json(const char *src)
{
	FILE *fp = strcmp(src, "-") == 0 ? stdin : fopen(src + 1, "r");
	char *text = NULL, *list = NULL;
	size_t len = 0, cap = 0;
	const char *p;

	if (!fp) {
		cli_error("--highlight %s: cannot open: %s", src, strerror(errno));
		return NULL;
	}
	for (;;) {
		size_t got;
		if (len + 4096 + 1 > cap) {
			char *t = realloc(text, cap = cap ? cap * 2 : 65536);
			if (!t) {
				free(text);
				text = NULL;
				break;
			}
			text = t;
		}
		got = fread(text + len, 1, cap - len - 1, fp);
		len += got;
		if (got == 0)
			break;
	}
	if (fp != stdin)
		fclose(fp);
	if (!text)
		return NULL;
	text[len] = '\0';
	p = strstr(text, "\"path\"");
	if (p && (p = strchr(p, '[')))
		p++;
	if (p && (list = calloc(1, len + 1))) {
		size_t n = 0;
		while (*p && *p != ']') {
			char id[4096];
			if (*p == '"') {
				p++;
				if (!json_take_string(&p, id, sizeof id) || strchr(id, ','))
					break;
				n += (size_t)snprintf(list + n, len + 1 - n, "%s%s", n ? "," : "", id);
			} else
				p++;
		}
		if (*p != ']' || !n) {
			free(list);
			list = NULL;
		}
	}
	if (!list)
		cli_error("--highlight %s: expected the JSON of 'silknet route --format json' (a \"path\" of ids)", src);
	free(text);
	return list;
}

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
		if (sn_graph_vertex_lookup(g, tok, &v) != SN_OK) {
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

static int is_image(const char *to)
{
	return !strcmp(to, "svg") || !strcmp(to, "png") || !strcmp(to, "pdf");
}

/* What export was asked. */
typedef struct export_args {
	sn_dot_opts dopts;
	sn_write_opts wopts;
	const char *to, *output, *highlight, *with;
	struct cli_measure_opts mo;
	sn_measure ms[32];
	size_t nm;
	int dot_only;
	const char *engine;
	double timeout;
	int communities;    /* --with communities */
	char *with_measures; /* --with without "communities" */
	/* a part: --avoid, --only, --top N --by M, --ego ID --radius R */
	cli_specs avoid, only;
	size_t top, radius;
	const char *by, *ego;
	sn_measure by_measure;
	int radius_given;
	const char *basemap; /* --basemap FILE */
	int no_basemap;
	char basemap_buf[4096];
} export_args;

enum { O_TO = 256, O_COMPACT, O_TITLE, O_LABEL, O_KIND, O_WIDTH, O_COLOR, O_CLUSTER, O_GEO, O_HIGHLIGHT,
       O_NOLEGEND, O_PLAIN, O_BASEMAP, O_NOBASEMAP, O_WITH, O_ENGINE, O_TIMEOUT, O_AVOID, O_ONLY, O_TOP, O_BY,
       O_EGO, O_RADIUS };

/* One option; the DOT ones are remembered so that --to graphml refuses them. */
static int export_option(export_args *a, cli_args *p, int c, const char *arg)
{
	sn_dot_opts *d = &a->dopts;

	a->dot_only |= c >= O_TITLE && c <= O_NOBASEMAP;
	switch (c) {
	case O_TO: a->to = arg; return 0;
	case 'o': a->output = strcmp(arg, "-") ? arg : NULL; /* - is standard output */ return 0;
	case O_COMPACT: a->wopts.flags |= SN_WRITE_COMPACT; return 0;
	case O_TITLE: d->title = arg; return 0;
	case O_LABEL: d->label_attr = arg; return 0;
	case O_KIND: d->kind_attr = arg; return 0;
	case O_WIDTH: d->width_attr = arg; return 0;
	case O_COLOR: d->color_attr = arg; return 0;
	case O_CLUSTER: d->cluster_attr = arg; return 0;
	case O_GEO: d->flags |= SN_DOT_GEO; return 0;
	case O_HIGHLIGHT: a->highlight = arg; return 0;
	case O_NOLEGEND: d->flags |= SN_DOT_NO_LEGEND; return 0;
	case O_PLAIN: d->flags |= SN_DOT_PLAIN; return 0;
	case O_BASEMAP: a->basemap = arg; return 0;
	case O_NOBASEMAP: a->no_basemap = 1; return 0;
	case O_WITH: a->with = arg; return 0;
	case O_ENGINE: a->engine = arg; return 0;
	case O_TIMEOUT: return cli_parse_number(p->cmd, "--timeout", arg, 0.001, 86400, &a->timeout);
	case O_AVOID: return cli_specs_add(&a->avoid, p->cmd, "--avoid", arg);
	case O_ONLY: return cli_specs_add(&a->only, p->cmd, "--only", arg);
	case O_TOP: return cli_parse_count(p->cmd, "--top", arg, 1, SIZE_MAX, &a->top);
	case O_BY: a->by = arg; return 0;
	case O_EGO: a->ego = arg; return 0;
	case O_RADIUS: a->radius_given = 1; return cli_parse_count(p->cmd, "--radius", arg, 0, 1000000, &a->radius);
	default: return cli_measure_option(&a->mo, p->cmd, c, arg);
	}
}

/* --with: measures, and "communities" (louvain's, as the attribute
 * "community"). */
static int parse_with(export_args *a)
{
	char *save = NULL, *copy = strdup(a->with);
	size_t len = 0;

	if (!copy || !(a->with_measures = calloc(strlen(a->with) + 1, 1))) {
		free(copy);
		return cli_fail();
	}
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (!strcmp(tok, "communities")) {
			a->communities = 1;
			continue;
		}
		len += (size_t)sprintf(a->with_measures + len, "%s%s", len ? "," : "", tok);
	}
	free(copy);
	if (!len)
		return a->communities ? EXIT_OK : cli_usage("export", "--with: no measure given");
	return cli_parse_measures("export", a->with_measures, a->ms, &a->nm, 32);
}

/* Options and the one FILE; refuses DOT options with --to graphml and
 * --weight without --weight-is. */
static int parse_export_args(export_args *a, int argc, char **argv, char ***pos)
{
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
		{ "basemap", required_argument, NULL, O_BASEMAP },
		{ "no-basemap", no_argument, NULL, O_NOBASEMAP },
		{ "with", required_argument, NULL, O_WITH },
		{ "engine", required_argument, NULL, O_ENGINE },
		{ "timeout", required_argument, NULL, O_TIMEOUT },
		{ "avoid", required_argument, NULL, O_AVOID },
		{ "only", required_argument, NULL, O_ONLY },
		{ "top", required_argument, NULL, O_TOP },
		{ "by", required_argument, NULL, O_BY },
		{ "ego", required_argument, NULL, O_EGO },
		{ "radius", required_argument, NULL, O_RADIUS },
		CLI_MEASURE_LONGOPTS,
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	cli_args p;
	int c, rc = 0;

	cli_args_init(&p, "export", argc, argv, ":ho:", longopts, export_help);
	while (!rc && (c = cli_args_next(&p)) != CLI_ARGS_END) {
		if (c == CLI_ARGS_STOP)
			return p.rc;
		rc = export_option(a, &p, c, optarg);
	}
	if (rc || (rc = cli_args_positional(&p, 1, "FILE", pos)))
		return rc;
	if (a->highlight && !strcmp(a->highlight, "-") && !strcmp((*pos)[0], "-"))
		return cli_usage("export", "FILE and --highlight cannot both be standard input");
	if (!a->to)
		return cli_usage("export", "--to graphml, gexf, csv or dot is required");
	if (strcmp(a->to, "graphml") && strcmp(a->to, "gexf") && strcmp(a->to, "csv") && strcmp(a->to, "dot") &&
	    !is_image(a->to))
		return cli_usage("export", "unknown format '%s': expected graphml, gexf, csv, dot, svg, png or pdf", a->to);
	if ((a->engine || a->timeout) && !is_image(a->to))
		return cli_usage("export", "--engine and --timeout are for images (--to svg, png or pdf)");
	if (a->engine && strcmp(a->engine, "dot") && strcmp(a->engine, "neato") && strcmp(a->engine, "sfdp") &&
	    strcmp(a->engine, "fdp") && strcmp(a->engine, "circo") && strcmp(a->engine, "twopi"))
		return cli_usage("export", "unknown --engine '%s': expected dot, neato, sfdp, fdp, circo or twopi",
		                 a->engine);
	if (!strcmp(a->to, "csv") && !a->output)
		return cli_usage("export", "--to csv writes two tables: -o DIR is required");
	if (a->dot_only && strcmp(a->to, "dot") != 0 && !is_image(a->to))
		return cli_usage("export", "DOT options given with --to %s", a->to);
	if (a->mo.c.weight && a->mo.c.weight_is == SN_WEIGHT_NONE)
		return cli_usage("export", "--weight %s needs --weight-is distance or --weight-is strength",
		                 a->mo.c.weight);
	if ((a->basemap || a->no_basemap) && !(a->dopts.flags & SN_DOT_GEO))
		return cli_usage("export", "--basemap and --no-basemap are for --geo");
	if (a->basemap && a->no_basemap)
		return cli_usage("export", "--basemap and --no-basemap contradict each other");
	/* a map is drawn on the bundled basemap unless asked otherwise */
	if ((a->dopts.flags & SN_DOT_GEO) && !(a->dopts.flags & SN_DOT_PLAIN) && !a->no_basemap)
		a->dopts.basemap = a->basemap ? a->basemap
		                              : cli_data_path("basemap-eurasia.txt", a->basemap_buf, sizeof a->basemap_buf);
	if (a->by && !a->top)
		return cli_usage("export", "--by without --top N");
	if (a->radius_given && !a->ego)
		return cli_usage("export", "--radius without --ego ID");
	if (a->top) {
		size_t n;
		sn_measure m;
		if ((rc = cli_parse_measures("export", a->by ? a->by : "degree", &m, &n, 1)))
			return rc;
		a->by_measure = m;
	}
	if (!a->radius_given)
		a->radius = 1;
	if (a->with)
		return parse_with(a);
	return EXIT_OK;
}

/* --with: the measures computed and attached to g as attributes. */
static int attach_measures(sn_graph *g, export_args *a)
{
	sn_scores *sc[32] = { 0 };
	int rc;

	if (a->nm && (rc = cli_compute(g, &a->mo, a->ms, a->nm, sc)))
		return rc;
	for (size_t i = 0; i < a->nm && !rc; i++)
		if (sn_graph_attach_scores(g, sn_measure_name(a->ms[i]), sc[i], NULL) != SN_OK)
			rc = cli_fail();
	for (size_t i = 0; i < a->nm; i++)
		sn_scores_free(sc[i]);
	if (!rc && a->communities) {
		sn_community_opts co = SN_COMMUNITY_OPTS_INIT;
		sn_communities *c = NULL;
		co.weight = a->mo.c.weight;
		co.weight_is = a->mo.c.weight_is;
		co.missing_weight = a->mo.c.missing_weight;
		co.missing_value = a->mo.c.missing_value;
		if (sn_communities_find(&c, g, &co) != SN_OK || sn_graph_attach_communities(g, "community", c, NULL) != SN_OK)
			rc = cli_fail();
		sn_communities_free(c);
	}
	return rc;
}

/* What the target format has no place for, said once per kind. */
static void warn_not_written(const sn_graph *g, const char *format, int table)
{
	size_t graph_keys = 0, nested = 0;

	for (size_t k = 0; k < sn_key_count(g); k++)
		graph_keys += sn_key_domain(g, k) == SN_DOMAIN_GRAPH;
	for (size_t v = 0; table && v < sn_graph_vertex_count(g); v++) {
		size_t p;
		nested += sn_graph_vertex_parent(g, v, &p) == SN_OK;
	}
	if (graph_keys)
		fprintf(stderr, "silknet: warning: %s has no graph attributes: %zu graph key%s not written\n", format,
		        graph_keys, graph_keys == 1 ? "" : "s");
	if (nested)
		fprintf(stderr, "silknet: warning: a table has no nesting: %zu vertices lose their enclosing vertex\n",
		        nested);
}

/* --to csv: DIR/nodes.csv and DIR/edges.csv, DIR made when missing; an
 * exit status. */
static int write_tables(const sn_graph *g, const char *dir, const sn_write_opts *opts)
{
	size_t n = strlen(dir);
	char *nodes = malloc(n + 12), *edges = malloc(n + 12);
	int rc = EXIT_OK;

	if (!nodes || !edges) {
		cli_error("out of memory");
		rc = EXIT_BAD_INPUT;
	} else if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		cli_error("%s: cannot create the directory: %s", dir, strerror(errno));
		rc = EXIT_BAD_INPUT;
	} else {
		snprintf(nodes, n + 12, "%s/nodes.csv", dir);
		snprintf(edges, n + 12, "%s/edges.csv", dir);
		if (sn_graph_write_csv(g, nodes, edges, opts) != SN_OK)
			rc = cli_fail();
	}
	free(nodes);
	free(edges);
	return rc;
}

/* When --avoid or --only left ties out by what they are (not by a
 * left-out end), a place that keeps no tie is left out too: one relation
 * is drawn as the actors it joins, not all actors. One kind keeps every
 * actor of that kind, tied or not. */
static int drop_stranded(const sn_graph *g, unsigned char *vdrop, const unsigned char *edrop)
{
	size_t n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g);
	unsigned char *kept = calloc(n ? n : 1, 1);
	int by_what = 0;

	if (!kept)
		return cli_fail();
	for (size_t e = 0; e < m; e++) {
		size_t s, t;
		sn_graph_edge_endpoints(g, e, &s, &t);
		by_what |= edrop[e] && !vdrop[s] && !vdrop[t];
		if (!edrop[e])
			kept[s] = kept[t] = 1;
	}
	for (size_t v = 0; by_what && v < n; v++)
		vdrop[v] |= !kept[v];
	free(kept);
	return 0;
}

/* Marks for --ego: the vertices more than radius ties from ego (either
 * way), by breadth-first search. */
static int ego_marks(const sn_graph *g, size_t ego, size_t radius, unsigned char *vdrop)
{
	size_t n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g);
	size_t *dist = malloc((n ? n : 1) * sizeof *dist);

	if (!dist)
		return cli_fail();
	for (size_t v = 0; v < n; v++)
		dist[v] = SIZE_MAX;
	dist[ego] = 0;
	/* a sweep per ring over the edges: radius is small, and this needs no
	 * adjacency of its own */
	for (size_t r = 0; r < radius; r++) {
		int grew = 0;
		for (size_t e = 0; e < m; e++) {
			size_t s, t;
			sn_graph_edge_endpoints(g, e, &s, &t);
			if (dist[s] == r && dist[t] == SIZE_MAX)
				dist[t] = r + 1, grew = 1;
			else if (dist[t] == r && dist[s] == SIZE_MAX)
				dist[s] = r + 1, grew = 1;
		}
		if (!grew)
			break;
	}
	for (size_t v = 0; v < n; v++)
		vdrop[v] |= dist[v] == SIZE_MAX;
	free(dist);
	return 0;
}

/* Marks for --top N --by M: all but the N highest by M, computed on the
 * whole network (its brokers, not the part's), among what the other
 * selections keep; ties by index. */
static int top_marks(const sn_graph *g, export_args *a, unsigned char *vdrop)
{
	size_t n = sn_graph_vertex_count(g), kept = 0, *rank;
	sn_scores *sc = NULL;
	double *v;
	int rc;

	if ((rc = cli_compute(g, &a->mo, &a->by_measure, 1, &sc)))
		return rc;
	if (sn_scores_domain(sc) != SN_DOMAIN_NODE) {
		sn_scores_free(sc);
		return cli_usage("export", "--by %s scores edges, not places", a->by);
	}
	if (!(v = malloc((n ? n : 1) * sizeof *v)) || !(rank = malloc((n ? n : 1) * sizeof *rank))) {
		free(v);
		sn_scores_free(sc);
		return cli_fail();
	}
	for (size_t i = 0; i < n; i++)
		v[i] = vdrop[i] ? NAN : sn_scores_values(sc)[i];
	for (size_t i = 0; i < n; i++)
		rank[i] = i;
	if (cli_rank(rank, n, v, 1) < 0) {
		free(v);
		free(rank);
		sn_scores_free(sc);
		return cli_fail();
	}
	for (size_t i = 0; i < n; i++) {
		size_t u = rank[i];
		if (!vdrop[u] && !isnan(v[u]) && kept < a->top)
			kept++;
		else
			vdrop[u] = 1;
	}
	free(v);
	free(rank);
	sn_scores_free(sc);
	return 0;
}

/* --avoid, --only, --ego and --top: *g becomes the part they keep, with
 * a note of how much that is. */
static int select_part(sn_graph **g, export_args *a)
{
	size_t n = sn_graph_vertex_count(*g), m = sn_graph_edge_count(*g), ego = 0;
	unsigned char *vdrop = NULL, *edrop = NULL;
	int rc;

	if (!a->avoid.n && !a->only.n && !a->ego && !a->top)
		return 0;
	if (a->ego && sn_graph_vertex_lookup(*g, a->ego, &ego) != SN_OK)
		return cli_fail();
	rc = cli_part_marks(*g, &a->avoid, &a->only, &vdrop, &edrop);
	if (!rc && (a->avoid.n || a->only.n))
		rc = drop_stranded(*g, vdrop, edrop);
	if (!rc && a->ego)
		rc = ego_marks(*g, ego, a->radius, vdrop);
	if (!rc && a->top)
		rc = top_marks(*g, a, vdrop);
	if (!rc && !(rc = cli_take_part(g, vdrop, edrop)))
		fprintf(stderr, "silknet: note: writing a part: %zu of %zu vertices, %zu of %zu edges\n",
		        sn_graph_vertex_count(*g), n, sn_graph_edge_count(*g), m);
	free(vdrop);
	free(edrop);
	return rc;
}

int cmd_export(int argc, char **argv)
{
	export_args a;
	size_t *route = NULL, nroute = 0;
	char *json_route = NULL;
	sn_graph *g = NULL;
	sn_status st;
	char **pos;
	int rc;

	memset(&a, 0, sizeof a);
	sn_dot_opts_init(&a.dopts, SN_DOT_OPTS_VERSION);
	sn_write_opts_init(&a.wopts, SN_WRITE_OPTS_VERSION);
	cli_measure_opts_init(&a.mo);
	if ((rc = parse_export_args(&a, argc, argv, &pos)) || (rc = cli_load(pos[0], 0, &g)) ||
	    (rc = attach_measures(g, &a)) || (rc = select_part(&g, &a)))
		goto done;
	if (a.highlight && (!strcmp(a.highlight, "-") || a.highlight[0] == '@')) {
		if (!(json_route = route_from_json(a.highlight))) {
			rc = EXIT_BAD_INPUT;
			goto done;
		}
		a.highlight = json_route;
	}
	if (a.highlight && (rc = parse_route(g, a.highlight, &route, &nroute)))
		goto done;
	a.dopts.highlight_vertices = route;
	a.dopts.n_highlight_vertices = nroute;
	if ((!strcmp(a.to, "dot") || is_image(a.to)) && !(a.dopts.flags & (SN_DOT_GEO | SN_DOT_PLAIN)) &&
	    sn_graph_edge_count(g) > SN_DOT_SPLINE_EDGES)
		fprintf(stderr, "silknet: note: %zu edges are drawn straight (curved edges past %d take Graphviz minutes); "
		                "--top N or --only draws a part\n", sn_graph_edge_count(g), SN_DOT_SPLINE_EDGES);
	if (!strcmp(a.to, "graphml"))
		st = a.output ? sn_graph_write_graphml(g, a.output, &a.wopts) : sn_graph_write_graphml_file(g, stdout, &a.wopts);
	else if (!strcmp(a.to, "gexf")) {
		warn_not_written(g, "GEXF", 0);
		st = a.output ? sn_graph_write_gexf(g, a.output, &a.wopts) : sn_graph_write_gexf_file(g, stdout, &a.wopts);
	} else if (is_image(a.to)) {
		char *dot = NULL;
		size_t len = 0;
		if (sn_graph_write_dot_memory(&dot, &len, g, &a.dopts) != SN_OK)
			rc = cli_fail();
		else
			rc = cli_render(dot, len, a.to, cli_render_engine(a.engine, (a.dopts.flags & SN_DOT_GEO) != 0,
			                                                  sn_graph_vertex_count(g)),
			                (a.dopts.flags & SN_DOT_GEO) != 0, a.output, a.timeout ? a.timeout : 120);
		sn_free(dot);
		goto done;
	} else if (!strcmp(a.to, "csv")) {
		warn_not_written(g, "CSV", 1);
		rc = write_tables(g, a.output, &a.wopts);
		goto done;
	} else
		st = a.output ? sn_graph_write_dot(g, a.output, &a.dopts) : sn_graph_write_dot_file(g, stdout, &a.dopts);
	rc = st == SN_OK ? EXIT_OK : cli_fail();
done:
	free(route);
	free(json_route);
	free(a.with_measures);
	cli_specs_free(&a.avoid);
	cli_specs_free(&a.only);
	sn_graph_free(g);
	return cli_exit(rc);
}
