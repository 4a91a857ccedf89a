/*
 * dot.c - the Graphviz DOT writer: diagrams meant to be read by people.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <libxml/xmlstring.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE SIZE_MAX
#define FADED_EDGE "#d0d0d0"
#define FADED_TEXT "#9a9a9a"
/* the highlighted route: a red no category colour comes near */
#define ROUTE "#d62728"
/* an edge with no category */
#define PLAIN_EDGE "#7f7f7f"
/* under a highlight the rest keeps its colours at this opacity, so that
 * corridors stay recognisable beside the route (and match the legend) */
#define DIM "59"
/* a map's frame: the places' extent, this margin around it (points), and
 * room on the right for the legend */
#define MAP_MARGIN 60.0
#define LEGEND_ROOM 260.0

/* Shapes and colours by kind: states stand out as boxes, blocs and forums as
 * polygons, companies as rounded boxes, places as ellipses and markers. */
static const struct kind_style {
	const char *kind, *shape, *style, *fill;
} kind_styles[] = {
	{ "state", "box", "filled", "#9ecae1" },
	{ "bloc", "doubleoctagon", "filled", "#c6dbef" },
	{ "institution", "hexagon", "filled", "#fdd0a2" },
	{ "company", "box", "rounded,filled", "#e0e0e0" },
	{ "initiative", "note", "filled", "#c7e9c0" },
	{ "programme", "note", "filled", "#e5f5e0" },
	{ "forum", "octagon", "filled", "#fcbba1" },
	{ "city", "ellipse", "filled", "#fff7bc" },
	{ "port", "invhouse", "filled", "#a1d99b" },
	{ "border_crossing", "diamond", "filled", "#fc9272" },
	{ "dry_port", "trapezium", "filled", "#d9f0a3" },
	{ "terminal", "cylinder", "filled", "#bcbddc" },
	{ "station", "circle", "filled", "#fee391" },
	{ "hub", "doublecircle", "filled", "#fdae6b" },
	{ "region", "tab", "filled", "#f0f0f0" },
	{ "group", "folder", "filled", "#dadaeb" },
	{ "person", "egg", "filled", "#fde0dd" },
};

/* for kinds outside the vocabulary, and for edge categories: Tableau 10
 * without its red (the route's) and its grey (no category's, other's),
 * with two of Tableau 20 in their place */
static const char *const palette[] = {
	"#4e79a7", "#f28e2b", "#499894", "#76b7b2", "#59a14f",
	"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#8cd17d",
};
#define NPALETTE (sizeof palette / sizeof palette[0])
/* more colours than this cannot be told apart: the rest are "other" */
#define MAX_CATS NPALETTE
#define OTHER_COLOR "#bbbbbb"

typedef struct dot {
	const sn_graph *g;
	sn_dot_opts o;
	sn__buf b;
	sn_status st;
	size_t klabel, kkind, kwidth, kcolor, kcluster, klat, klon;
	double wmin, wmax;
	unsigned char *hv, *he;
	unsigned char *undirected; /* a mixed graph's undirected edges */
	const char **cats; /* edge colour categories, most frequent first */
	size_t *catcount;
	size_t ncats;
	sn__ptrmap catmap; /* interned category -> its index in cats */
	sn__strpool numbers; /* whole-number categories as text, interned */
	int plain;
	double lat0, lon0, scale, xmin, xmax, ymin, ymax;
	int fontsize; /* of labels and the legend, for the drawing's size */
} dot;

struct cat {
	const char *s;
	size_t count, first;
};

static int cmp_cat(const void *a, const void *b)
{
	const struct cat *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return (x->first > y->first) - (x->first < y->first);
}

/* Most frequent first, ties in order of first appearance; the map then
 * gives each category's rank. */
static sn_status sort_categories(dot *d)
{
	struct cat *c = malloc(d->ncats * sizeof *c);
	size_t dummy;

	if (!c)
		return SN_ENOMEM;
	for (size_t i = 0; i < d->ncats; i++)
		c[i] = (struct cat){ d->cats[i], d->catcount[i], i };
	qsort(c, d->ncats, sizeof *c, cmp_cat);
	sn__ptrmap_free(&d->catmap);
	for (size_t i = 0; i < d->ncats; i++) {
		d->cats[i] = c[i].s;
		d->catcount[i] = c[i].count;
		if (sn__ptrmap_put(&d->catmap, c[i].s, i, &dummy) < 0) {
			free(c);
			return SN_ENOMEM;
		}
	}
	free(c);
	return SN_OK;
}

static void put(dot *d, const char *s)
{
	sn__buf_put(&d->b, s, strlen(s));
}

/* A DOT quoted string: only \" is an escape in ids, and labels read \\, \n
 * and the like; every other byte goes through, so the result is always one
 * well-formed string and never an HTML-like label. */
static void qstr(dot *d, const char *s)
{
	int utf8_ok = xmlCheckUTF8((const unsigned char *)s);

	sn__buf_put(&d->b, "\"", 1);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': sn__buf_put(&d->b, "\\\"", 2); break;
		case '\\': sn__buf_put(&d->b, "\\\\", 2); break;
		case '\n': sn__buf_put(&d->b, "\\n", 2); break;
		case '\r':
			if (p[1] != '\n')
				sn__buf_put(&d->b, "\\n", 2);
			break;
		default:
			if (*p < 0x20)
				sn__buf_put(&d->b, " ", 1);
			else if (*p >= 0x80 && !utf8_ok)
				sn__buf_put(&d->b, "?", 1);
			else
				sn__buf_put(&d->b, (const char *)p, 1);
		}
	}
	sn__buf_put(&d->b, "\"", 1);
}

/* A category's name: a string value, or a whole number or boolean as text
 * (interned, so that equal values compare as pointers as strings do). */
static const char *str_value(const dot *d, size_t key, sn_domain dom, size_t i)
{
	const char *s;
	int64_t n;
	char buf[32];

	if (key == NONE)
		return NULL;
	if (sn_key_type(d->g, key) == SN_TYPE_STRING)
		return sn_attr_get_string(d->g, key, dom, i, &s) == SN_OK ? s : NULL;
	if (sn_attr_get_long(d->g, key, dom, i, &n) != SN_OK)
		return NULL;
	if (sn_key_type(d->g, key) == SN_TYPE_BOOLEAN)
		snprintf(buf, sizeof buf, "%s", n ? "true" : "false");
	else
		snprintf(buf, sizeof buf, "%lld", (long long)n);
	/* the pool belongs to this writer, which is not const */
	return sn__strpool_intern((sn__strpool *)&d->numbers, buf, strlen(buf));
}

/* An edge's colour category: its colour attribute's value or, for a list
 * ("TITR;CAREC": a segment two corridors share), the first it names, so a
 * shared segment is drawn in its first corridor's colour. NULL when the
 * edge has none (or the pool is out of memory: the buffer's own failure
 * then stops the writer). */
static const char *cat_value(const dot *d, size_t e)
{
	const char *s = str_value(d, d->kcolor, SN_DOMAIN_EDGE, e), *semi;
	size_t len;

	if (!s)
		return NULL;
	semi = strchr(s, ';');
	len = semi && semi != s ? (size_t)(semi - s) : strlen(s);
	/* interned in the writer's pool, so "TITR" alone and "TITR;CAREC" are
	 * one category by pointer */
	if (!(s = sn__strpool_intern((sn__strpool *)&d->numbers, s, len)))
		((dot *)d)->b.oom = 1;
	return s;
}

/* Finds the key named by an option; a name the user gave must exist, a
 * default name may be absent. */
static sn_status find_key(dot *d, sn_domain dom, const char *given, const char *const *defaults, int need_string,
                          size_t *out)
{
	*out = NONE;
	if (given) {
		sn_status st = sn_key_find(d->g, dom, given, out);
		if (st < 0)
			return st;
	} else {
		for (; defaults && *defaults; defaults++)
			if (sn_key_find(d->g, dom, *defaults, out) == SN_OK)
				break;
		if (!defaults || !*defaults)
			*out = NONE;
	}
	if (*out != NONE && need_string) {
		sn_type t = sn_key_type(d->g, *out);
		if (t != SN_TYPE_STRING && t != SN_TYPE_INT && t != SN_TYPE_LONG && t != SN_TYPE_BOOLEAN) {
			if (!given) {
				*out = NONE;
				return SN_OK;
			}
			return sn__error(SN_EINVAL, "%s attribute '%s' is a %s: colours and groups need a string or a whole number",
			                 sn_domain_name(dom), given, sn_key_type_name(d->g, *out));
		}
	}
	return SN_OK;
}

static const char *edge_name(const sn_graph *g, size_t e, char *buf, size_t size)
{
	size_t s, t;
	if (sn_graph_edge_id(g, e))
		snprintf(buf, size, "edge '%s'", sn_graph_edge_id(g, e));
	else {
		sn_graph_edge_endpoints(g, e, &s, &t);
		snprintf(buf, size, "edge '%s'-'%s'", sn_graph_vertex_id(g, s), sn_graph_vertex_id(g, t));
	}
	return buf;
}

static int is_twin(const sn_graph *g, size_t e)
{
	return g->etwin && g->etwin[e] != SIZE_MAX;
}

/* Pen widths scale with edge attribute width_attr: a strength, so each
 * value must be a finite number, not negative. */
static sn_status prepare_widths(dot *d)
{
	const sn_graph *g = d->g;
	sn_type t;
	char name[300];

	if (d->kwidth == NONE)
		return SN_OK;
	t = sn_key_type(g, d->kwidth);
	if (t == SN_TYPE_STRING || t == SN_TYPE_OPAQUE)
		return sn__error(SN_EINVAL, "edge attribute '%s' is a %s, not a number to scale widths by",
		                 d->o.width_attr, sn_key_type_name(g, d->kwidth));
	d->wmin = INFINITY;
	d->wmax = -INFINITY;
	for (size_t e = 0; e < g->ne; e++) {
		double x;
		if (sn_attr_get_double(g, d->kwidth, SN_DOMAIN_EDGE, e, &x) != SN_OK)
			continue;
		if (!isfinite(x) || x < 0)
			return sn__error(SN_EINVAL, "%s: %s = %g is not a strength (finite, not negative)",
			                 edge_name(g, e, name, sizeof name), d->o.width_attr, x);
		d->wmin = x < d->wmin ? x : d->wmin;
		d->wmax = x > d->wmax ? x : d->wmax;
	}
	return SN_OK;
}

/* Edge colour categories, most frequent first (ties in order of first
 * appearance); the first MAX_CATS get colours, the rest are "other". */
static sn_status prepare_categories(dot *d)
{
	const sn_graph *g = d->g;
	size_t cap = 0, ccap = 0;

	if (d->kcolor == NONE)
		return SN_OK;
	for (size_t e = 0; e < g->ne; e++) {
		const char *s = cat_value(d, e);
		size_t i;
		if (!s || is_twin(g, e))
			continue;
		if (sn__ptrmap_get(&d->catmap, s, &i) == SN_OK) {
			d->catcount[i]++;
			continue;
		}
		if (sn__grow((void **)&d->cats, &cap, d->ncats + 1, sizeof *d->cats) < 0 ||
		    sn__grow((void **)&d->catcount, &ccap, d->ncats + 1, sizeof *d->catcount) < 0 ||
		    sn__ptrmap_put(&d->catmap, s, d->ncats, &i) < 0)
			return SN_ENOMEM;
		d->catcount[d->ncats] = 1;
		d->cats[d->ncats++] = s;
	}
	if (d->ncats > 1 && sort_categories(d) < 0)
		return SN_ENOMEM;
	return SN_OK;
}

/* Marks the highlighted edges and vertices; vertices alone are a path,
 * each step an edge between consecutive ones. */
static sn_status prepare_highlight(dot *d)
{
	const sn_graph *g = d->g;

	if (!d->o.n_highlight_edges && !d->o.n_highlight_vertices)
		return SN_OK;
	d->hv = calloc(g->nv ? g->nv : 1, 1);
	d->he = calloc(g->ne ? g->ne : 1, 1);
	if (!d->hv || !d->he)
		return sn__error_nomem();
	for (size_t i = 0; i < d->o.n_highlight_edges; i++) {
		size_t e = d->o.highlight_edges[i];
		if (e >= g->ne)
			return sn__error(SN_EINVAL, "highlighted edge %zu out of range", e);
		if (is_twin(g, e))
			e = g->etwin[e];
		d->he[e] = 1;
		d->hv[g->ends[2 * e]] = d->hv[g->ends[2 * e + 1]] = 1;
	}
	for (size_t i = 0; i < d->o.n_highlight_vertices; i++) {
		size_t v = d->o.highlight_vertices[i], u, e;
		if (v >= g->nv)
			return sn__error(SN_EINVAL, "highlighted vertex %zu out of range", v);
		d->hv[v] = 1;
		if (d->o.n_highlight_edges || i == 0)
			continue;
		u = d->o.highlight_vertices[i - 1];
		for (e = 0; e < g->ne; e++) {
			size_t s = (size_t)g->ends[2 * e], t = (size_t)g->ends[2 * e + 1];
			if ((s == u && t == v) || (!g->directed && s == v && t == u))
				break;
		}
		if (e == g->ne)
			return sn__error(SN_EINVAL, "no edge from '%s' to '%s' to highlight", g->vid[u], g->vid[v]);
		d->he[is_twin(g, e) ? g->etwin[e] : e] = 1;
	}
	return SN_OK;
}

/* An equirectangular projection around the mean position, about twenty
 * inches across: enough to read a continent's places apart. */
static sn_status prepare_geo(dot *d)
{
	static const char *const lat_names[] = { "lat", "latitude", NULL };
	static const char *const lon_names[] = { "lon", "lng", "longitude", NULL };
	const sn_graph *g = d->g;
	double slat = 0, slon = 0, latmin = INFINITY, latmax = -INFINITY, lonmin = INFINITY, lonmax = -INFINITY, span;
	size_t n = 0;

	if (find_key(d, SN_DOMAIN_NODE, NULL, lat_names, 0, &d->klat) < 0 ||
	    find_key(d, SN_DOMAIN_NODE, NULL, lon_names, 0, &d->klon) < 0 || d->klat == NONE || d->klon == NONE)
		return sn__error(SN_ENOTFOUND, "geographic placement needs node attributes lat and lon");
	for (size_t v = 0; v < g->nv; v++) {
		double la, lo;
		if (sn_attr_get_double(g, d->klat, SN_DOMAIN_NODE, v, &la) != SN_OK ||
		    sn_attr_get_double(g, d->klon, SN_DOMAIN_NODE, v, &lo) != SN_OK || !isfinite(la) || !isfinite(lo))
			continue;
		slat += la;
		slon += lo;
		latmin = la < latmin ? la : latmin;
		latmax = la > latmax ? la : latmax;
		lonmin = lo < lonmin ? lo : lonmin;
		lonmax = lo > lonmax ? lo : lonmax;
		n++;
	}
	if (!n)
		return SN_OK;
	d->lat0 = slat / (double)n;
	d->lon0 = slon / (double)n;
	span = fmax((lonmax - lonmin) * cos(d->lat0 * M_PI / 180.0), latmax - latmin);
	d->scale = 1400.0 / (span > 1e-9 ? span : 1.0);
	d->xmin = (lonmin - d->lon0) * cos(d->lat0 * M_PI / 180.0) * d->scale;
	d->xmax = (lonmax - d->lon0) * cos(d->lat0 * M_PI / 180.0) * d->scale;
	d->ymin = (latmin - d->lat0) * d->scale;
	d->ymax = (latmax - d->lat0) * d->scale;
	return SN_OK;
}

/* Finds the keys the options name (or their usual names) and works out
 * what the drawing needs before a line is written. */
static sn_status prepare(dot *d)
{
	const sn_graph *g = d->g;
	static const char *const label_defaults[] = { "label", "name", NULL };
	static const char *const kind_defaults[] = { "kind", NULL };
	static const char *const color_defaults[] = { "corridor", "relation", NULL };
	sn_status st;

	if ((st = find_key(d, SN_DOMAIN_NODE, d->o.label_attr, label_defaults, 0, &d->klabel)) < 0 ||
	    (st = find_key(d, SN_DOMAIN_NODE, d->o.kind_attr, kind_defaults, 1, &d->kkind)) < 0 ||
	    (st = find_key(d, SN_DOMAIN_EDGE, d->o.color_attr, color_defaults, 1, &d->kcolor)) < 0 ||
	    (st = find_key(d, SN_DOMAIN_NODE, d->o.cluster_attr, NULL, 1, &d->kcluster)) < 0 ||
	    (st = find_key(d, SN_DOMAIN_EDGE, d->o.width_attr, NULL, 0, &d->kwidth)) < 0)
		return st;
	if (d->klabel != NONE && sn_key_type(g, d->klabel) == SN_TYPE_OPAQUE)
		d->klabel = NONE;
	if ((st = prepare_widths(d)) < 0 || (st = prepare_categories(d)) < 0)
		return st;
	if (g->etwin) {
		if (!(d->undirected = calloc(g->ne ? g->ne : 1, 1)))
			return sn__error_nomem();
		for (size_t e = 0; e < g->ne; e++)
			if (g->etwin[e] != SIZE_MAX)
				d->undirected[g->etwin[e]] = 1;
	}
	if ((st = prepare_highlight(d)) < 0)
		return st;
	return d->o.flags & SN_DOT_GEO ? prepare_geo(d) : SN_OK;
}

static const struct kind_style *style_of(const char *kind, struct kind_style *tmp)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < sizeof kind_styles / sizeof kind_styles[0]; i++)
		if (strcmp(kind_styles[i].kind, kind) == 0)
			return &kind_styles[i];
	/* a kind outside the vocabulary: a colour of its own, stable across runs */
	for (const char *p = kind; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	tmp->kind = kind;
	tmp->shape = "ellipse";
	tmp->style = "filled";
	tmp->fill = palette[h % NPALETTE];
	return tmp;
}

static size_t category(const dot *d, size_t e)
{
	const char *s = cat_value(d, e);
	size_t i;
	return s && sn__ptrmap_get(&d->catmap, s, &i) == SN_OK ? i : NONE;
}

/* The label attribute chosen, else (with none named) the label yEd draws. */
static const char *node_label(dot *d, size_t v)
{
	const char *s = str_value(d, d->klabel, SN_DOMAIN_NODE, v);

	if (!s && !d->o.label_attr && d->g->vlabel && v < d->g->nvlabel)
		s = d->g->vlabel[v];
	return s;
}

/* A long label on lines of about WRAP characters, broken at spaces (into
 * buf; s itself when it is short, has lines of its own or is too long
 * for buf): a node is as wide as its label, and a few long names would
 * otherwise spread the whole drawing until its text is unreadable. */
#define WRAP 16

static const char *wrap_label(const char *s, char *buf, size_t size)
{
	size_t n = strlen(s), col = 0;
	char *space = NULL;

	if (n <= WRAP || n >= size || strchr(s, '\n'))
		return s;
	memcpy(buf, s, n + 1);
	for (char *p = buf; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80)
			col++;
		if (*p == ' ')
			space = p;
		if (col > WRAP && space) {
			*space = '\n';
			col = 0;
			for (char *q = space + 1; q <= p; q++)
				col += ((unsigned char)*q & 0xC0) != 0x80;
			space = NULL;
		}
	}
	return buf;
}

/* One node statement: its label, kind style, position on a map, and
 * whether a highlight fades it. */
static void write_node(dot *d, size_t v, const char *indent)
{
	const sn_graph *g = d->g;
	const char *label = node_label(d, v);
	const char *kind = str_value(d, d->kkind, SN_DOMAIN_NODE, v);
	int faded = d->hv && !d->hv[v];

	put(d, indent);
	qstr(d, g->vid[v]);
	if ((d->o.flags & SN_DOT_GEO) && !d->plain) {
		/* on a map the places are small marks and the names sit beside them */
		sn__buf_printf(&d->b, " [label=\"\", fixedsize=true, width=%s, height=%s, fontsize=%d, xlabel=",
		               d->hv && d->hv[v] ? "0.2" : "0.13", d->hv && d->hv[v] ? "0.2" : "0.13", d->fontsize);
		qstr(d, label ? label : g->vid[v]);
	} else {
		char wrapped[256];
		put(d, " [label=");
		qstr(d, d->plain ? (label ? label : g->vid[v]) : wrap_label(label ? label : g->vid[v], wrapped, sizeof wrapped));
	}
	if (!d->plain) {
		put(d, ", tooltip=");
		if (kind) {
			char *tip = malloc(strlen(g->vid[v]) + strlen(kind) + 4);
			if (tip) {
				sprintf(tip, "%s (%s)", g->vid[v], kind);
				qstr(d, tip);
				free(tip);
			} else
				d->b.oom = 1;
		} else
			qstr(d, g->vid[v]);
		if (kind) {
			struct kind_style tmp;
			const struct kind_style *ks = style_of(kind, &tmp);
			/* under a highlight every place is dimmed alike, the route's
			 * marked by its border: one fill per kind, as the legend says */
			sn__buf_printf(&d->b, ", shape=%s, style=\"%s\", fillcolor=\"%s%s\"", ks->shape, ks->style, ks->fill,
			               d->hv ? DIM : "");
		}
		if (faded)
			sn__buf_printf(&d->b, ", color=\"%s\", fontcolor=\"%s\"", FADED_EDGE, FADED_TEXT);
		else if (d->hv)
			sn__buf_printf(&d->b, ", color=\"%s\", penwidth=2.5", ROUTE);
	}
	if ((d->o.flags & SN_DOT_GEO) && d->scale > 0) {
		double la, lo;
		if (sn_attr_get_double(g, d->klat, SN_DOMAIN_NODE, v, &la) == SN_OK &&
		    sn_attr_get_double(g, d->klon, SN_DOMAIN_NODE, v, &lo) == SN_OK && isfinite(la) && isfinite(lo))
			sn__buf_printf(&d->b, ", pos=\"%.1f,%.1f!\"", (lo - d->lon0) * cos(d->lat0 * M_PI / 180.0) * d->scale,
			               (la - d->lat0) * d->scale);
	}
	put(d, "];\n");
}

static const char *edge_colour(size_t cat)
{
	return cat == NONE ? PLAIN_EDGE : cat < MAX_CATS ? palette[cat] : OTHER_COLOR;
}

/* One edge statement: colour by category, width by weight, arrowheads for
 * mixed graphs, and the highlight. */
static void write_edge(dot *d, size_t e)
{
	const sn_graph *g = d->g;
	size_t cat = d->kcolor != NONE ? category(d, e) : NONE;
	const char *catname = str_value(d, d->kcolor, SN_DOMAIN_EDGE, e);
	int sep = 0;

	put(d, "  ");
	qstr(d, g->vid[g->ends[2 * e]]);
	put(d, g->directed ? " -> " : " -- ");
	qstr(d, g->vid[g->ends[2 * e + 1]]);
	put(d, " [");
#define SEP() (sep++ ? put(d, ", ") : (void)0)
	/* an undirected edge of a mixed graph: its reverse twin is not drawn */
	if (d->undirected && d->undirected[e]) {
		SEP();
		put(d, "dir=none");
	}
	if (!d->plain) {
		double pw = 1.0;
		if (d->kwidth != NONE) {
			double w;
			if (sn_attr_get_double(g, d->kwidth, SN_DOMAIN_EDGE, e, &w) == SN_OK) {
				/* square root: a few huge flows must not drown the rest */
				pw = d->wmax > d->wmin ? 0.75 + 5.25 * sqrt((w - d->wmin) / (d->wmax - d->wmin)) : 2.0;
			} else
				pw = 0.75;
		}
		if (d->he && d->he[e]) {
			SEP();
			sn__buf_printf(&d->b, "color=\"%s\", penwidth=%.2f", ROUTE, pw > 4.0 ? pw : 4.0);
		} else {
			SEP();
			sn__buf_printf(&d->b, "color=\"%s%s\", penwidth=%.2f", edge_colour(cat), d->he ? DIM : "", pw);
		}
		if (catname) {
			SEP();
			put(d, "tooltip=");
			qstr(d, catname);
		}
	}
#undef SEP
	put(d, "];\n");
}

static void write_cluster_tree(dot *d, const sn__nesting *nest, size_t v, int depth)
{
	char indent[64];
	int n = depth * 2 + 2 < 58 ? depth * 2 + 2 : 58;

	memset(indent, ' ', (size_t)n);
	indent[n] = '\0';
	if (nest->first_child[v] == SIZE_MAX || depth > 50) {
		write_node(d, v, indent);
		return;
	}
	sn__buf_printf(&d->b, "%ssubgraph \"cluster_n%zu\" {\n%s  label=", indent, v, indent);
	{
		const char *label = node_label(d, v);
		qstr(d, label ? label : d->g->vid[v]);
	}
	sn__buf_printf(&d->b, "; style=\"rounded\"; color=\"#999999\";\n");
	indent[n] = ' ';
	indent[n + 1] = ' ';
	indent[n + 2] = '\0';
	write_node(d, v, indent);
	indent[n] = '\0';
	for (size_t c = nest->first_child[v]; c != SIZE_MAX; c = nest->next_sibling[c])
		write_cluster_tree(d, nest, c, depth + 1);
	sn__buf_printf(&d->b, "%s}\n", indent);
}

/* All node statements: in clusters by the cluster attribute (in order of
 * first appearance), else nested graphs as clusters, else flat. */
static sn_status write_nodes(dot *d)
{
	const sn_graph *g = d->g;

	if (d->kcluster != NONE) {
		/* one cluster per value, in order of first appearance; values
		 * compare by content (a reader may not intern a column) */
		size_t *gid = malloc((g->nv ? g->nv : 1) * sizeof *gid), *next = NULL, *first = NULL, ncl = 0;
		sn__strpool seen;
		memset(&seen, 0, sizeof seen);
		if (!gid)
			return sn__error_nomem();
		for (size_t v = 0; v < g->nv; v++) {
			const char *c = str_value(d, d->kcluster, SN_DOMAIN_NODE, v);
			size_t *slot;
			gid[v] = SIZE_MAX;
			if (!c)
				continue;
			if (!sn__strpool_intern_val(&seen, c, strlen(c), &slot)) {
				d->b.oom = 1;
				break;
			}
			if (!*slot)
				*slot = ++ncl;
			gid[v] = *slot - 1;
		}
		sn__strpool_free(&seen);
		/* each cluster's members chained in order: first[c], next[v] */
		next = malloc((g->nv ? g->nv : 1) * sizeof *next);
		first = malloc((ncl ? ncl : 1) * sizeof *first);
		if (!next || !first || d->b.oom) {
			free(gid);
			free(next);
			free(first);
			return sn__error_nomem();
		}
		for (size_t c = 0; c < ncl; c++)
			first[c] = SIZE_MAX;
		for (size_t v = g->nv; v-- > 0;)
			if (gid[v] != SIZE_MAX) {
				next[v] = first[gid[v]];
				first[gid[v]] = v;
			}
		for (size_t c = 0; c < ncl; c++) {
			sn__buf_printf(&d->b, "  subgraph \"cluster_%zu\" {\n    label=", c);
			qstr(d, str_value(d, d->kcluster, SN_DOMAIN_NODE, first[c]));
			put(d, "; style=\"rounded\"; color=\"#999999\";\n");
			for (size_t u = first[c]; u != SIZE_MAX; u = next[u])
				write_node(d, u, "    ");
			put(d, "  }\n");
		}
		for (size_t v = 0; v < g->nv; v++)
			if (gid[v] == SIZE_MAX)
				write_node(d, v, "  ");
		free(gid);
		free(next);
		free(first);
	} else if (g->vparent && !(d->o.flags & SN_DOT_GEO)) {
		sn__nesting nest;
		sn_status st = sn__nesting_build(g, &nest);
		if (st < 0)
			return st;
		for (size_t v = nest.first_child[g->nv]; v != SIZE_MAX; v = nest.next_sibling[v])
			write_cluster_tree(d, &nest, v, 0);
		sn__nesting_free(&nest);
	} else {
		for (size_t v = 0; v < g->nv; v++)
			write_node(d, v, "  ");
	}
	return SN_OK;
}

/* Text for an HTML-like label: the legend is the one label silknet writes
 * that way on purpose, so every string in it is escaped. */
static void html_text(dot *d, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': put(d, "&amp;"); break;
		case '<': put(d, "&lt;"); break;
		case '>': put(d, "&gt;"); break;
		case '"': put(d, "&quot;"); break;
		default:
			if ((unsigned char)*s >= 0x20)
				sn__buf_put(&d->b, s, 1);
		}
	}
}

/* What the legend calls a key: its name, or its id when it has none. */
static const char *key_title(const sn_graph *g, size_t k)
{
	return sn_key_name(g, k) ? sn_key_name(g, k) : sn_key_id(g, k);
}

/* A line of the legend: its colour, then pre, text (escaped) and post. */
static void legend_row(dot *d, const char *colour, const char *dim, const char *pre, const char *text,
                       const char *post)
{
	sn__buf_printf(&d->b, "<TR><TD><FONT COLOR=\"%s%s\">&#9473;&#9473;</FONT></TD><TD ALIGN=\"LEFT\">%s", colour,
	               dim, pre);
	html_text(d, text);
	sn__buf_printf(&d->b, "%s</TD></TR>", post);
}

/* One table node, so that every layout engine keeps it in one piece. It
 * lists what is drawn and nothing else, in the colours drawn: the kinds
 * present (and a row for places of none), the edge categories some
 * edge off the route is drawn in, edges of no category, the route, all
 * dimmed as the drawing dims them under a highlight. */
static void write_legend(dot *d)
{
	const sn_graph *g = d->g;
	const char *kinds[sizeof kind_styles / sizeof kind_styles[0] + 16];
	size_t nk = 0, ncat = d->ncats < MAX_CATS ? d->ncats : MAX_CATS, nother = 0;
	int geo = (d->o.flags & SN_DOT_GEO) && d->scale > 0, kindless = 0, plain = 0, route = 0;
	unsigned char drawn[MAX_CATS] = { 0 };
	const char *dim = d->hv ? DIM : "";

	if (d->kkind != NONE)
		for (size_t v = 0; v < g->nv; v++) {
			const char *k = str_value(d, d->kkind, SN_DOMAIN_NODE, v);
			size_t i;
			if (!k) {
				kindless = 1;
				continue;
			}
			for (i = 0; i < nk && strcmp(kinds[i], k) != 0; i++)
				;
			if (i == nk && nk < sizeof kinds / sizeof kinds[0])
				kinds[nk++] = k;
		}
	/* which colours the edges off the route are drawn in */
	for (size_t e = 0; e < g->ne; e++) {
		size_t cat;
		if (is_twin(g, e))
			continue;
		if (d->he && d->he[e]) {
			route = 1;
			continue;
		}
		cat = d->kcolor != NONE ? category(d, e) : NONE;
		if (cat == NONE)
			plain = 1;
		else if (cat < MAX_CATS)
			drawn[cat] = 1;
		else
			nother++;
	}
	if (!nk && !d->ncats && !route)
		return;
	/* the legend's node id must be no vertex's, or the two would merge */
	{
		char id[64];
		snprintf(id, sizeof id, "silknet:legend");
		for (unsigned n = 2; sn__vertex_find(g, id, strlen(id)) != SIZE_MAX; n++)
			snprintf(id, sizeof id, "silknet:legend:%u", n);
		put(d, "  ");
		qstr(d, id);
	}
	sn__buf_printf(&d->b, " [shape=plaintext, style=\"\", fontsize=%d, label=<<TABLE BORDER=\"1\" BGCOLOR=\"white\" ",
	               d->fontsize);
	put(d, "CELLBORDER=\"0\" CELLSPACING=\"2\" COLOR=\"#bbbbbb\"><TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>");
	for (size_t i = 0; i < nk; i++) {
		struct kind_style tmp;
		const struct kind_style *ks = style_of(kinds[i], &tmp);
		sn__buf_printf(&d->b, "<TR><TD BGCOLOR=\"%s%s\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">",
		               ks->fill, dim);
		html_text(d, kinds[i]);
		put(d, "</TD></TR>");
	}
	if (nk && kindless) {
		put(d, "<TR><TD BGCOLOR=\"#ffffff\" BORDER=\"1\" WIDTH=\"18\"> </TD><TD ALIGN=\"LEFT\">(no ");
		html_text(d, key_title(g, d->kkind));
		put(d, ")</TD></TR>");
	}
	if (route)
		legend_row(d, ROUTE, "", "", "route", "");
	for (size_t i = 0; i < ncat; i++)
		if (drawn[i])
			legend_row(d, palette[i], dim, "", d->cats[i], "");
	if (nother) {
		char text[64];
		snprintf(text, sizeof text, "%zu other", d->ncats - ncat);
		legend_row(d, OTHER_COLOR, dim, "", text, "");
	}
	if (plain && d->kcolor != NONE)
		legend_row(d, PLAIN_EDGE, dim, "(no ", key_title(g, d->kcolor), ")");
	put(d, "</TABLE>>");
	if (geo)
		sn__buf_printf(&d->b, ", pos=\"%.1f,%.1f!\"", d->xmax + LEGEND_ROOM / 2 - 10, d->ymax - MAP_MARGIN);
	put(d, "];\n");
}

/* Labels at least 9 px when the drawing is shown 1,600 px wide, the width
 * of a slide: a map's width is known before Graphviz sees it (the frame of
 * the places, the margin and the legend), so its labels are sized to it;
 * a force-directed layout spreads with its labels, so there 13 pt with
 * wrapped labels is what keeps the bundled 80 actors at 9 px (measured
 * with sfdp: 10 pt unwrapped gave 6 px). */
static int font_size(const dot *d)
{
	if ((d->o.flags & SN_DOT_GEO) && d->scale > 0) {
		double w = d->xmax - d->xmin + 2 * MAP_MARGIN + LEGEND_ROOM;
		int fs = (int)ceil(9.5 * w / 1600.0);
		return fs < 9 ? 9 : fs > 24 ? 24 : fs;
	}
	return 13;
}

/* The bytes of sn_dot_opts a caller of each version has. */
static size_t opts_size(unsigned version)
{
	switch (version) {
	case 1: return offsetof(sn_dot_opts, basemap);
	case 2: return sizeof(sn_dot_opts);
	default: return 0;
	}
}

/* ---- the basemap ---- */

/* The colours of the map beneath: sea, land, borders. */
#define SEA "#dcebf5"
#define LAND "#f3efe6"
#define BORDER "#bdb6a6"

typedef struct pt {
	double x, y;
} pt;

/* One side of Sutherland-Hodgman: the points of in (n) on the kept side
 * of the line axis = at (x when axis is 0, else y; keep_above chooses the
 * side) into out; returns their count (at most 2n). */
static size_t clip_side(const pt *in, size_t n, pt *out, int axis, double at, int keep_above)
{
	size_t m = 0;

	for (size_t i = 0; i < n; i++) {
		pt p = in[i], q = in[(i + n - 1) % n];
		double pv = axis ? p.y : p.x, qv = axis ? q.y : q.x;
		int pin = keep_above ? pv >= at : pv <= at, qin = keep_above ? qv >= at : qv <= at;
		if (pin != qin) {
			double t = (at - qv) / (pv - qv);
			out[m++] = (pt){ q.x + (p.x - q.x) * t, q.y + (p.y - q.y) * t };
		}
		if (pin)
			out[m++] = p;
	}
	return m;
}

/* Graphviz's lexer takes quoted strings up to 16 KB: the background is
 * written as "..." + "..." pieces, cut between numbers. */
#define BG_PIECE 8000

static void bg_cut(dot *d, size_t *start)
{
	if (sn__buf_size(&d->b) - *start > BG_PIECE) {
		put(d, "\" + \"");
		*start = sn__buf_size(&d->b);
	}
}

/* Projects and clips one ring, then draws it: "P n x y ..." in xdot. */
static void draw_ring(dot *d, pt *a, pt *b, size_t n, const double frame[4], size_t *start)
{
	n = clip_side(a, n, b, 0, frame[0], 1);
	n = clip_side(b, n, a, 0, frame[2], 0);
	n = clip_side(a, n, b, 1, frame[1], 1);
	n = clip_side(b, n, a, 1, frame[3], 0);
	if (n < 3)
		return;
	sn__buf_printf(&d->b, "P %zu", n);
	for (size_t i = 0; i < n; i++) {
		bg_cut(d, start);
		sn__buf_printf(&d->b, " %.1f %.1f", a[i].x, a[i].y);
	}
	put(d, " ");
}

/* Reads the basemap file and draws it as the graph's _background: the
 * sea over the frame (the places' extent with a margin, and room for
 * the legend on the right), then each country ring in the drawing's
 * projection, clipped to the frame. */
static sn_status write_basemap(dot *d)
{
	const char *path = d->o.basemap;
	double frame[4] = { d->xmin - MAP_MARGIN, d->ymin - MAP_MARGIN, d->xmax + MAP_MARGIN + LEGEND_ROOM,
	                    d->ymax + MAP_MARGIN };
	double c = cos(d->lat0 * M_PI / 180.0);
	FILE *fp = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, pcap = 0;
	unsigned long lineno = 0;
	pt *a = NULL, *b = NULL;
	sn_status st = SN_OK;
	ssize_t len;
	size_t start;

	if (!fp)
		return sn__error(SN_EIO, "%s: cannot open the basemap: %s", path, strerror(errno));
	put(d, ", _background=\"");
	start = sn__buf_size(&d->b);
	sn__buf_printf(&d->b, "c %zu -%s C %zu -%s P 4 %.1f %.1f %.1f %.1f %.1f %.1f %.1f %.1f ", strlen(SEA), SEA,
	               strlen(SEA), SEA, frame[0], frame[1], frame[2], frame[1], frame[2], frame[3], frame[0], frame[3]);
	sn__buf_printf(&d->b, "c %zu -%s C %zu -%s ", strlen(BORDER), BORDER, strlen(LAND), LAND);
	while (st == SN_OK && (len = getline(&line, &cap, fp)) >= 0) {
		char *p = strchr(line, '\t'), *end;
		size_t n = 0;
		lineno++;
		if (line[0] == '#' || line[0] == '\n' || line[0] == '\0')
			continue;
		if (!p) {
			st = sn__error_at(SN_EPARSE, path, lineno, 1, "expected NAME, a tab, then lon,lat pairs");
			break;
		}
		for (p++;;) {
			double lon, lat;
			while (*p == ' ')
				p++;
			if (*p == '\n' || *p == '\r' || *p == '\0')
				break;
			lon = strtod(p, &end);
			if (end == p || *end != ',' || !isfinite(lon)) {
				st = sn__error_at(SN_EPARSE, path, lineno, (unsigned long)(p - line) + 1, "expected lon,lat");
				break;
			}
			p = end + 1;
			lat = strtod(p, &end);
			if (end == p || !(*end == ' ' || *end == '\n' || *end == '\r' || *end == '\0') || !isfinite(lat)) {
				st = sn__error_at(SN_EPARSE, path, lineno, (unsigned long)(p - line) + 1, "expected lon,lat");
				break;
			}
			p = end;
			if (n + 1 > pcap / 2) {
				/* clipping a ring against four sides can double it */
				size_t grown = pcap ? 2 * pcap : 256;
				pt *na = realloc(a, grown * sizeof *na), *nb;
				if (na)
					a = na;
				if (!na || !(nb = realloc(b, grown * sizeof *nb))) {
					st = SN_ENOMEM;
					break;
				}
				b = nb;
				pcap = grown;
			}
			a[n++] = (pt){ (lon - d->lon0) * c * d->scale, (lat - d->lat0) * d->scale };
		}
		if (st == SN_OK && n >= 3)
			draw_ring(d, a, b, n, frame, &start);
	}
	put(d, "\"");
	if (st == SN_OK && ferror(fp))
		st = sn__error(SN_EIO, "%s: cannot read the basemap: %s", path, strerror(errno));
	fclose(fp);
	free(line);
	free(a);
	free(b);
	return st == SN_ENOMEM ? sn__error_nomem() : st;
}


/* The DOT writers' common body: checks the options, prepares, writes the
 * whole drawing into a buffer and hands it to a path (atomically), a stream
 * or the caller. */
static sn_status write_dot(const sn_graph *g, const sn_dot_opts *opts, const char *path, FILE *fp, char **out,
                           size_t *len)
{
	dot d;
	sn__atomic a;
	int streaming = 0;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	if (opts && !opts_size(opts->version))
		return sn__error(SN_EINVAL, "invalid argument: sn_dot_opts version %u, expected 1 to %u", opts->version,
		                 SN_DOT_OPTS_VERSION);
	memset(&d, 0, sizeof d);
	d.g = g;
	sn_dot_opts_init(&d.o, SN_DOT_OPTS_VERSION);
	if (opts) {
		memcpy(&d.o, opts, opts_size(opts->version));
		d.o.version = SN_DOT_OPTS_VERSION;
	}
	d.plain = (d.o.flags & SN_DOT_PLAIN) != 0;
	if ((st = prepare(&d)) < 0)
		goto fail;
	d.fontsize = font_size(&d);
	/* to a file or stream the text goes in pieces (a million edges are
	 * 90 MB of DOT); only what is checked above fails before it starts */
	if ((path || fp) && (st = sn__buf_stream(&d.b, path, fp, &a)) < 0)
		goto fail;
	streaming = path || fp;

	sn__buf_printf(&d.b, "// written by silknet %s\n%s {\n", SN_VERSION_STRING, g->directed ? "digraph" : "graph");
	if (!d.plain) {
		/* on a map straight segments read best, and neato -n2 cannot route
		 * curved ones around pinned nodes that touch; past a few thousand
		 * edges spline routing is what keeps sfdp from finishing (minutes
		 * against 0.3 s on 1,500-8,000-edge networks) */
		sn__buf_printf(&d.b, "  graph [fontname=\"Helvetica\", overlap=false, splines=%s, outputorder=edgesfirst, pad=0.3",
		               (d.o.flags & SN_DOT_GEO) || g->ne > SN_DOT_SPLINE_EDGES ? "line" : "true");
		if (d.o.title) {
			put(&d, ", labelloc=t, fontsize=16, label=");
			qstr(&d, d.o.title);
		}
		if (d.o.basemap && (d.o.flags & SN_DOT_GEO) && d.scale > 0 && (st = write_basemap(&d)) < 0)
			goto fail;
		sn__buf_printf(&d.b, "];\n  node [fontname=\"Helvetica\", fontsize=%d, style=filled, fillcolor=\"#ffffff\", "
		                     "color=\"#555555\"];\n  edge [fontname=\"Helvetica\", fontsize=9, color=\"#7f7f7f\"];\n",
		               d.fontsize);
	} else if (d.o.title) {
		put(&d, "  graph [labelloc=t, label=");
		qstr(&d, d.o.title);
		put(&d, "];\n");
	}
	if ((st = write_nodes(&d)) < 0)
		goto fail;
	for (size_t e = 0; e < g->ne; e++)
		if (!is_twin(g, e))
			write_edge(&d, e);
	if (!d.plain && !(d.o.flags & SN_DOT_NO_LEGEND))
		write_legend(&d);
	put(&d, "}\n");
	free(d.hv);
	free(d.he);
	free(d.undirected);
	free(d.cats);
	free(d.catcount);
	sn__ptrmap_free(&d.catmap);
	sn__strpool_free(&d.numbers);
	if (streaming)
		return sn__buf_stream_end(&d.b, path, &a, SN_OK);
	return sn__buf_emit(&d.b, path, fp, out, len);
fail:
	if (streaming)
		st = sn__buf_stream_end(&d.b, path, &a, st);
	else
		free(d.b.p);
	free(d.hv);
	free(d.he);
	free(d.undirected);
	free(d.cats);
	free(d.catcount);
	sn__ptrmap_free(&d.catmap);
	sn__strpool_free(&d.numbers);
	return st == SN_ENOMEM ? sn__error_nomem() : st;
}

sn_status sn_dot_opts_init(sn_dot_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (!opts_size(version))
		return sn__error(SN_EINVAL, "invalid argument: sn_dot_opts version %u, expected 1 to %u", version,
		                 SN_DOT_OPTS_VERSION);
	memset(opts, 0, opts_size(version));
	opts->version = version;
	return SN_OK;
}

sn_status sn_graph_write_dot(const sn_graph *g, const char *path, const sn_dot_opts *opts)
{
	SN_CHECK_ARG(path != NULL);
	return write_dot(g, opts, path, NULL, NULL, NULL);
}

sn_status sn_graph_write_dot_file(const sn_graph *g, FILE *fp, const sn_dot_opts *opts)
{
	SN_CHECK_ARG(fp != NULL);
	return write_dot(g, opts, NULL, fp, NULL, NULL);
}

sn_status sn_graph_write_dot_memory(char **out, size_t *len, const sn_graph *g, const sn_dot_opts *opts)
{
	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	return write_dot(g, opts, NULL, NULL, out, len);
}
