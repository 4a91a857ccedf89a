/*
 * gexf_write.c - GEXF 1.2 for Gephi and NetworkX (NetworkX 2.8 reads 1.1 and
 * 1.2 only; Gephi reads all three).
 *
 * What GEXF has a place for goes there: label and weight as XML attributes,
 * viz_* as viz elements, nesting as pid. Everything else becomes a typed
 * attribute. GEXF has no graph attributes and no edge desc: those are not
 * written (sn_graph_write_gexf says so).
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct gw {
	const sn_graph *g;
	sn__buf b;
	int indent;
	sn_status st;
	unsigned char *kinds;   /* sn__edge_kinds */
	size_t label[2], weight; /* keys written as XML attributes, or SIZE_MAX */
	size_t viz[6];           /* viz_x, viz_y, viz_z, viz_size, viz_color, viz_thickness */
	size_t start[2], end[2];
} gw;

static const char *const viz_names[6] = { "viz_x", "viz_y", "viz_z", "viz_size", "viz_color", "viz_thickness" };

static void put(gw *w, const char *s)
{
	sn__buf_put(&w->b, s, strlen(s));
}

static void nl(gw *w, int depth)
{
	if (!w->indent)
		return;
	sn__buf_put(&w->b, "\n", 1);
	for (int i = 0; i < depth; i++)
		sn__buf_put(&w->b, "  ", 2);
}

/* Text for an attribute value: the five XML specials and the white space
 * an attribute value would otherwise fold. */
static void put_escaped(gw *w, const char *s)
{
	const char *run = s;

	for (; *s; s++) {
		const char *rep = NULL;
		switch (*s) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\n': rep = "&#10;"; break;
		case '\r': rep = "&#13;"; break;
		case '\t': rep = "&#9;"; break;
		default: continue;
		}
		sn__buf_put(&w->b, run, (size_t)(s - run));
		put(w, rep);
		run = s + 1;
	}
	sn__buf_put(&w->b, run, (size_t)(s - run));
}

static void attr(gw *w, const char *name, const char *value, const char *what)
{
	if (w->st < 0)
		return;
	if (!sn__xml_safe(value)) {
		w->st = sn__error(SN_EINVAL, "%s holds a control character or invalid UTF-8, which XML 1.0 cannot carry",
		                  what);
		return;
	}
	put(w, " ");
	put(w, name);
	put(w, "=\"");
	put_escaped(w, value);
	put(w, "\"");
}

static const char *gexf_type(sn_type t)
{
	switch (t) {
	case SN_TYPE_BOOLEAN: return "boolean";
	case SN_TYPE_INT: return "integer";
	case SN_TYPE_LONG: return "long";
	case SN_TYPE_FLOAT: return "float";
	case SN_TYPE_DOUBLE: return "double";
	default: return "string";
	}
}

/* The text of key k's value at index in domain d, or NULL when unset; buf
 * holds numbers. With own, only a value of the element's own, not the
 * key's default (which <default> carries). */
static const char *value_text(const gw *w, size_t k, int slot, size_t index, char *buf, size_t size, int own)
{
	const sn_key *key = &w->g->keys[k];
	const sn_column *c = sn__column(key, slot);
	sn_val v;

	if (own && (!c || index >= c->len || !c->set[index]))
		return NULL;
	if (!sn__column_get(key, slot, index, &v))
		return NULL;
	if (key->type == SN_TYPE_STRING || key->type == SN_TYPE_OPAQUE)
		return v.s;
	sn__format_number(key->type, v, buf, size);
	return buf;
}

static int special_key(const gw *w, size_t k)
{
	for (int i = 0; i < 2; i++)
		if (k == w->label[i] || k == w->start[i] || k == w->end[i])
			return 1;
	for (int i = 0; i < 6; i++)
		if (k == w->viz[i])
			return 1;
	return k == w->weight;
}

static void declarations(gw *w, sn_domain d, const char *cls)
{
	const sn_graph *g = w->g;
	const char **titles = calloc(g->nkeys ? g->nkeys : 1, sizeof *titles);
	sn__strpool pool = { 0 };
	int any = 0;

	if (!titles || (w->st = sn__unique_titles(g, d, titles, &pool)) < 0) {
		if (!titles)
			w->st = sn__error_nomem();
		free(titles);
		sn__strpool_free(&pool);
		return;
	}
	for (size_t k = 0; k < g->nkeys && w->st == SN_OK; k++) {
		const sn_key *key = &g->keys[k];
		char id[32];
		if (key->merged || special_key(w, k) || !(key->domain == d || key->domain == SN_DOMAIN_ALL))
			continue;
		if (!any++) {
			nl(w, 2);
			put(w, "<attributes class=\"");
			put(w, cls);
			put(w, "\" mode=\"static\">");
		}
		snprintf(id, sizeof id, "%zu", k);
		nl(w, 3);
		put(w, "<attribute");
		attr(w, "id", id, "a key id");
		attr(w, "title", titles[k], "a key name");
		attr(w, "type", gexf_type(key->type), "a key type");
		if (key->has_default && key->def_text) {
			put(w, "><default>");
			if (sn__xml_safe(key->def_text))
				put_escaped(w, key->def_text);
			put(w, "</default></attribute>");
		} else
			put(w, "/>");
	}
	if (any) {
		nl(w, 2);
		put(w, "</attributes>");
	}
	free(titles);
	sn__strpool_free(&pool);
}

static void attvalues(gw *w, sn_domain d, size_t index, int depth)
{
	const sn_graph *g = w->g;
	int slot = sn__domain_slot(d), any = 0;

	for (size_t k = 0; k < g->nkeys && w->st == SN_OK; k++) {
		const sn_key *key = &g->keys[k];
		char buf[64], id[32];
		const char *text;
		if (key->merged || special_key(w, k) || !(key->domain == d || key->domain == SN_DOMAIN_ALL))
			continue;
		if (!(text = value_text(w, k, slot, index, buf, sizeof buf, 1)))
			continue;
		if (!any++) {
			nl(w, depth);
			put(w, "<attvalues>");
		}
		snprintf(id, sizeof id, "%zu", k);
		nl(w, depth + 1);
		put(w, "<attvalue");
		attr(w, "for", id, "a key id");
		attr(w, "value", text, key->name ? key->name : key->id);
		put(w, "/>");
	}
	if (any) {
		nl(w, depth);
		put(w, "</attvalues>");
	}
}

static void xml_attr_value(gw *w, const char *name, size_t k, int slot, size_t index)
{
	char buf[64];
	const char *text = k == SIZE_MAX ? NULL : value_text(w, k, slot, index, buf, sizeof buf, 0);
	if (text)
		attr(w, name, text, name);
}

/* viz:position, viz:size, viz:color, viz:thickness from viz_* values */
static void viz(gw *w, int slot, size_t index, int depth)
{
	char buf[6][64], c[8];
	const char *t[6];

	for (int i = 0; i < 6; i++)
		t[i] = w->viz[i] == SIZE_MAX ? NULL : value_text(w, w->viz[i], slot, index, buf[i], sizeof buf[0], 0);
	if (t[0] || t[1] || t[2]) {
		/* x and y are required: 0 stands in for a missing one */
		nl(w, depth);
		put(w, "<viz:position");
		attr(w, "x", t[0] ? t[0] : "0", "viz_x");
		attr(w, "y", t[1] ? t[1] : "0", "viz_y");
		if (t[2])
			attr(w, "z", t[2], "viz_z");
		put(w, "/>");
	}
	for (int i = 3; i < 6; i += 2)
		if (t[i]) {
			nl(w, depth);
			put(w, i == 3 ? "<viz:size" : "<viz:thickness");
			attr(w, "value", t[i], viz_names[i]);
			put(w, "/>");
		}
	if (t[4] && t[4][0] == '#' && (strlen(t[4]) == 7 || strlen(t[4]) == 9) &&
	    strspn(t[4] + 1, "0123456789abcdefABCDEF") == strlen(t[4]) - 1) {
		unsigned long rgba = strtoul(t[4] + 1, NULL, 16);
		int alpha = strlen(t[4]) == 9;
		unsigned long rgb = alpha ? rgba >> 8 : rgba;
		nl(w, depth);
		put(w, "<viz:color");
		snprintf(c, sizeof c, "%lu", rgb >> 16 & 255);
		attr(w, "r", c, "viz_color");
		snprintf(c, sizeof c, "%lu", rgb >> 8 & 255);
		attr(w, "g", c, "viz_color");
		snprintf(c, sizeof c, "%lu", rgb & 255);
		attr(w, "b", c, "viz_color");
		if (alpha) {
			char a[16];
			snprintf(a, sizeof a, "%.3g", (double)(rgba & 255) / 255.0);
			attr(w, "a", a, "viz_color");
		}
		put(w, "/>");
	}
}

static void nodes(gw *w)
{
	const sn_graph *g = w->g;

	nl(w, 2);
	put(w, "<nodes>");
	for (size_t v = 0; v < g->nv && w->st == SN_OK; v++) {
		size_t mark;
		nl(w, 3);
		put(w, "<node");
		attr(w, "id", g->vid[v], "a node id");
		xml_attr_value(w, "label", w->label[0], 1, v);
		if (g->vparent && g->vparent[v] != SIZE_MAX)
			attr(w, "pid", g->vid[g->vparent[v]], "a node id");
		xml_attr_value(w, "start", w->start[0], 1, v);
		xml_attr_value(w, "end", w->end[0], 1, v);
		put(w, ">");
		/* sizes, not lengths: a streaming buffer empties as it goes, but
		 * keeps its last bytes, the '>' among them, to take back */
		mark = sn__buf_size(&w->b);
		attvalues(w, SN_DOMAIN_NODE, v, 4);
		viz(w, 1, v, 4);
		if (sn__buf_size(&w->b) == mark && !w->b.oom) {
			/* nothing inside: <node .../> */
			w->b.len--;
			put(w, "/>");
		} else {
			nl(w, 3);
			put(w, "</node>");
		}
	}
	nl(w, 2);
	put(w, "</nodes>");
}

static void edges(gw *w)
{
	const sn_graph *g = w->g;

	nl(w, 2);
	put(w, "<edges>");
	for (size_t e = 0; e < g->ne && w->st == SN_OK; e++) {
		char id[32], buf[SN__VERTEX_ID_BUF];
		size_t mark;
		if (e + 16 < g->ne)
			sn__vertex_id_prefetch(g, (size_t)g->ends[2 * (e + 16)], (size_t)g->ends[2 * (e + 16) + 1]);
		if (w->kinds && w->kinds[e] == 2)
			continue;
		snprintf(id, sizeof id, "%zu", e);
		nl(w, 3);
		put(w, "<edge");
		attr(w, "id", g->eid && g->eid[e] ? g->eid[e] : id, "an edge id");
		attr(w, "source", sn__vertex_id(g, (size_t)g->ends[2 * e], buf), "a node id");
		attr(w, "target", sn__vertex_id(g, (size_t)g->ends[2 * e + 1], buf), "a node id");
		if (w->kinds && w->kinds[e] == 1)
			put(w, " type=\"undirected\"");
		xml_attr_value(w, "weight", w->weight, 2, e);
		xml_attr_value(w, "label", w->label[1], 2, e);
		xml_attr_value(w, "start", w->start[1], 2, e);
		xml_attr_value(w, "end", w->end[1], 2, e);
		put(w, ">");
		mark = sn__buf_size(&w->b);
		attvalues(w, SN_DOMAIN_EDGE, e, 4);
		viz(w, 2, e, 4);
		if (sn__buf_size(&w->b) == mark && !w->b.oom) {
			w->b.len--;
			put(w, "/>");
		} else {
			nl(w, 3);
			put(w, "</edge>");
		}
	}
	nl(w, 2);
	put(w, "</edges>");
}

/* A key that GEXF holds in an XML attribute: named so, of the domain, of a
 * type that fits (weight: a number), else SIZE_MAX. */
static size_t xml_key(const sn_graph *g, sn_domain d, const char *name, int numeric)
{
	size_t k;

	if (sn_key_find(g, d, name, &k) != SN_OK || g->keys[k].domain != d)
		return SIZE_MAX;
	if (numeric ? !(g->keys[k].type >= SN_TYPE_INT && g->keys[k].type <= SN_TYPE_DOUBLE) :
	              g->keys[k].type != SN_TYPE_STRING)
		return SIZE_MAX;
	return k;
}

static sn_status write_gexf(const sn_graph *g, const sn_write_opts *opts, sn__buf *out)
{
	gw w;
	int directed;

	memset(&w, 0, sizeof w);
	w.b = *out; /* a streaming caller's sink comes along */
	w.g = g;
	w.indent = !(opts && (opts->flags & SN_WRITE_COMPACT));
	if ((w.st = sn__edge_kinds(g, &w.kinds)) < 0)
		return w.st;
	for (int i = 0; i < 2; i++) {
		sn_domain d = i ? SN_DOMAIN_EDGE : SN_DOMAIN_NODE;
		w.label[i] = xml_key(g, d, "label", 0);
		w.start[i] = xml_key(g, d, "start", 0);
		w.end[i] = xml_key(g, d, "end", 0);
	}
	w.weight = xml_key(g, SN_DOMAIN_EDGE, "weight", 1);
	for (int i = 0; i < 6; i++)
		w.viz[i] = xml_key(g, i == 5 ? SN_DOMAIN_EDGE : SN_DOMAIN_NODE, viz_names[i], i != 4);
	directed = sn_graph_is_directed(g);
	put(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
	nl(&w, 0);
	put(&w, "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
	        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	        "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
	        "version=\"1.2\">");
	nl(&w, 1);
	put(&w, "<meta><creator>silknet ");
	put(&w, sn_version_string());
	put(&w, "</creator>");
	if (g->graph_desc && sn__xml_safe(g->graph_desc)) {
		put(&w, "<description>");
		put_escaped(&w, g->graph_desc);
		put(&w, "</description>");
	}
	put(&w, "</meta>");
	nl(&w, 1);
	put(&w, directed ? "<graph defaultedgetype=\"directed\" mode=\"static\">" :
	                   "<graph defaultedgetype=\"undirected\" mode=\"static\">");
	declarations(&w, SN_DOMAIN_NODE, "node");
	declarations(&w, SN_DOMAIN_EDGE, "edge");
	nodes(&w);
	edges(&w);
	nl(&w, 1);
	put(&w, "</graph>");
	nl(&w, 0);
	put(&w, "</gexf>");
	nl(&w, 0);
	free(w.kinds);
	if (w.st < 0) {
		free(w.b.p);
		w.b.p = NULL;
		*out = w.b; /* what the sink had stays counted; nothing to free */
		return w.st;
	}
	*out = w.b;
	return SN_OK;
}

/* To a file or a stream the text goes on in 1 MB pieces as it is made. */
static sn_status stream_gexf(const sn_graph *g, const sn_write_opts *opts, const char *path, FILE *fp)
{
	sn__buf b;
	sn__atomic a;
	sn_status st;

	memset(&b, 0, sizeof b);
	if ((st = sn__buf_stream(&b, path, fp, &a)) < 0)
		return st;
	st = write_gexf(g, opts, &b);
	return sn__buf_stream_end(&b, path, &a, st);
}

sn_status sn_graph_write_gexf(const sn_graph *g, const char *path, const sn_write_opts *opts)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(path != NULL);
	return stream_gexf(g, opts, path, NULL);
}

sn_status sn_graph_write_gexf_file(const sn_graph *g, FILE *fp, const sn_write_opts *opts)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(fp != NULL);
	return stream_gexf(g, opts, NULL, fp);
}

sn_status sn_graph_write_gexf_memory(char **out, size_t *len, const sn_graph *g, const sn_write_opts *opts)
{
	sn__buf b;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	memset(&b, 0, sizeof b);
	if ((st = write_gexf(g, opts, &b)) < 0)
		return st;
	return sn__buf_emit(&b, NULL, NULL, out, len);
}
