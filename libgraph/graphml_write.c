/*
 * graphml_write.c - the GraphML writer.
 *
 * It emits its own bytes into a buffer flushed in large blocks: libxml2's
 * xmlTextWriter spent more time per element (a malloc'd stack entry, many
 * small buffer appends) than igraph's whole writer. The layout and the
 * escaping are the ones xmlTextWriter produced, byte for byte: two-space
 * indentation, empty elements closed with "/>", text content inline.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <libxml/xmlstring.h>
#include <stdlib.h>
#include <string.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define XSI_NS "http://www.w3.org/2001/XMLSchema-instance"
#define SCHEMA_LOCATION GRAPHML_NS " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
#define MAX_NESTING 10000

typedef struct sink {
	FILE *fp;
	char *buf;
	size_t len, cap;
	int err;
} sink;

/* an open element */
typedef struct open_el {
	const char *name;
	int content; /* 0: none yet, 1: child elements, 2: text */
} open_el;

typedef struct writer {
	const sn_graph *g;
	sink *out;
	char *buf; /* bytes not yet handed to the sink */
	size_t len, cap;
	open_el *open;
	size_t depth, open_cap;
	int pending; /* the innermost start tag still lacks its '>' */
	int indent;
	sn_status st;
	sn__nesting nest;
	size_t *edge_first, *edge_next; /* edges of each graph (index nv: top) */
	size_t *submin;                  /* smallest edge index in a vertex's subtree */
	unsigned char *undirected;       /* mixed graphs: edges written directed="false" */
	/* per domain slot, the keys with values there: a file may declare
	 * millions of keys, and each element would otherwise visit them all */
	size_t *vkeys[3], nvkeys[3];
} writer;

static int sink_write(void *ctx, const char *data, int len)
{
	sink *s = ctx;

	if (s->fp) {
		if (fwrite(data, 1, (size_t)len, s->fp) != (size_t)len) {
			s->err = errno ? errno : EIO;
			return -1;
		}
		return len;
	}
	if (sn__grow((void **)&s->buf, &s->cap, s->len + (size_t)len + 1, 1) < 0) {
		s->err = ENOMEM;
		return -1;
	}
	memcpy(s->buf + s->len, data, (size_t)len);
	s->len += (size_t)len;
	s->buf[s->len] = '\0';
	return len;
}

/* the emitting calls return -1 when the sink or memory failed; the first
 * failure decides the status */
static void ck(writer *wr, int rc)
{
	if (rc < 0 && wr->st == SN_OK) {
		if (wr->out->err == ENOMEM)
			wr->st = sn__error_nomem();
		else if (wr->out->err)
			wr->st = sn__error(SN_EIO, "cannot write: %s", strerror(wr->out->err));
		else
			wr->st = sn__error(SN_EIO, "cannot write GraphML");
	}
}


/* ---- emitting ---- */

#define FLUSH_AT ((size_t)64 * 1024)

static int flush(writer *wr)
{
	/* the sink takes an int: a value of gigabytes goes in pieces */
	for (size_t off = 0; off < wr->len;) {
		size_t n = wr->len - off < ((size_t)1 << 30) ? wr->len - off : (size_t)1 << 30;
		if (sink_write(wr->out, wr->buf + off, (int)n) < 0)
			return -1;
		off += n;
	}
	wr->len = 0;
	return 0;
}

static int put(writer *wr, const char *s, size_t n)
{
	if (wr->len + n > wr->cap) {
		if (flush(wr) < 0)
			return -1;
		if (n > wr->cap) {
			size_t cap = n > FLUSH_AT ? n : FLUSH_AT;
			char *b = realloc(wr->buf, cap);
			if (!b) {
				wr->out->err = ENOMEM;
				return -1;
			}
			wr->buf = b;
			wr->cap = cap;
		}
	}
	memcpy(wr->buf + wr->len, s, n);
	wr->len += n;
	return 0;
}

static int puts_(writer *wr, const char *s)
{
	return put(wr, s, strlen(s));
}

/* Escapes as XML 1.0 requires and as libxml2 serialises: in attributes
 * also the quote and the white space that attribute normalisation would
 * otherwise turn into spaces; in text the carriage return, which line-end
 * normalisation would drop. */
static int put_escaped(writer *wr, const char *s, int in_attr)
{
	const char *run = s;

	for (const char *p = s;; p++) {
		const char *rep;
		switch (*p) {
		case '\0': return put(wr, run, (size_t)(p - run));
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\r': rep = "&#13;"; break;
		case '\n': if (!in_attr) continue; rep = "&#10;"; break;
		case '\t': if (!in_attr) continue; rep = "&#9;"; break;
		default: continue;
		}
		if (put(wr, run, (size_t)(p - run)) < 0 || puts_(wr, rep) < 0)
			return -1;
		run = p + 1;
	}
}

static int put_indent(writer *wr, size_t depth)
{
	static const char spaces[] = "                                                                ";
	size_t n = 2 * depth;

	while (n > 0) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		if (put(wr, spaces, k) < 0)
			return -1;
		n -= k;
	}
	return 0;
}

/* Gives the open start tag its '>' before content follows. */
static int close_pending(writer *wr, int content)
{
	open_el *top;

	if (!wr->depth)
		return -1;
	top = &wr->open[wr->depth - 1];

	if (wr->pending) {
		wr->pending = 0;
		if (put(wr, ">", 1) < 0 || (content == 1 && wr->indent && put(wr, "\n", 1) < 0))
			return -1;
	}
	if (!top->content)
		top->content = content;
	return 0;
}

static int em_start(writer *wr, const char *name)
{
	if (wr->depth && close_pending(wr, 1) < 0)
		return -1;
	if (wr->depth == wr->open_cap && sn__grow((void **)&wr->open, &wr->open_cap, wr->depth + 1, sizeof *wr->open) < 0) {
		wr->out->err = ENOMEM;
		return -1;
	}
	wr->open[wr->depth].name = name;
	wr->open[wr->depth].content = 0;
	if (wr->indent && put_indent(wr, wr->depth) < 0)
		return -1;
	wr->depth++;
	wr->pending = 1;
	return put(wr, "<", 1) < 0 || puts_(wr, name) < 0 ? -1 : 0;
}

static int em_attr(writer *wr, const char *name, const char *value)
{
	if (put(wr, " ", 1) < 0 || puts_(wr, name) < 0 || put(wr, "=\"", 2) < 0 || put_escaped(wr, value, 1) < 0)
		return -1;
	return put(wr, "\"", 1);
}

static int em_text(writer *wr, const char *text, int raw)
{
	if (close_pending(wr, 2) < 0)
		return -1;
	return raw ? puts_(wr, text) : put_escaped(wr, text, 0);
}

static int em_end(writer *wr)
{
	open_el *top;

	if (!wr->depth)
		return -1; /* its start failed */
	top = &wr->open[--wr->depth];

	if (wr->pending) {
		wr->pending = 0;
		if (put(wr, "/>", 2) < 0)
			return -1;
	} else {
		if (top->content == 1 && wr->indent && put_indent(wr, wr->depth) < 0)
			return -1;
		if (put(wr, "</", 2) < 0 || puts_(wr, top->name) < 0 || put(wr, ">", 1) < 0)
			return -1;
	}
	return wr->indent && put(wr, "\n", 1) < 0 ? -1 : 0;
}

/* XML 1.0 carries no control characters but tab, newline and carriage
 * return, and only valid UTF-8. */
int sn__xml_safe(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			return 0;
	return xmlCheckUTF8((const unsigned char *)s);
}

static void elem_name(const sn_graph *g, sn_domain d, size_t i, char *buf, size_t size)
{
	if (d == SN_DOMAIN_NODE)
		snprintf(buf, size, "node %zu", i);
	else if (d == SN_DOMAIN_EDGE)
		snprintf(buf, size, "edge %zu", i);
	else
		snprintf(buf, size, "the graph");
	(void)g;
}

static int check_text(writer *wr, const char *s, const char *what, sn_domain d, size_t i)
{
	char where[64];

	if (sn__xml_safe(s))
		return 1;
	if (wr->st == SN_OK) {
		elem_name(wr->g, d, i, where, sizeof where);
		wr->st = sn__error(SN_EINVAL, "%s of %s holds a control character or invalid UTF-8, which XML 1.0 "
		                              "cannot carry", what, where);
	}
	return 0;
}

static void attr(writer *wr, const char *name, const char *value, sn_domain d, size_t i)
{
	if (wr->st == SN_OK && check_text(wr, value, name, d, i))
		ck(wr, em_attr(wr, name, value));
}

/* "qname\0value\0...\0" as the reader keeps unknown attributes */
static void extra_attrs(writer *wr, const char *list, sn_domain d, size_t i)
{
	while (list && *list) {
		const char *value = list + strlen(list) + 1;
		attr(wr, list, value, d, i);
		list = value + strlen(value) + 1;
	}
}

static void text_element(writer *wr, const char *name, const char *text, sn_domain d, size_t i)
{
	if (wr->st < 0 || !check_text(wr, text, name, d, i))
		return;
	ck(wr, em_start(wr, name));
	ck(wr, em_text(wr, text, 0));
	ck(wr, em_end(wr));
}

static void value_text(writer *wr, const sn_key *k, sn_val v, sn_domain d, size_t i)
{
	char buf[64];

	switch (k->type) {
	case SN_TYPE_OPAQUE:
		ck(wr, em_text(wr, v.s, 1));
		break;
	case SN_TYPE_STRING:
		if (check_text(wr, v.s, k->name ? k->name : k->id, d, i))
			ck(wr, em_text(wr, v.s, 0));
		break;
	default:
		sn__format_number(k->type, v, buf, sizeof buf);
		ck(wr, em_text(wr, buf, 0));
	}
}

static void data_elements(writer *wr, sn_domain d, size_t index)
{
	const sn_graph *g = wr->g;
	int slot = sn__domain_slot(d);

	for (size_t i = 0; i < wr->nvkeys[slot] && wr->st == SN_OK; i++) {
		const sn_key *key = &g->keys[wr->vkeys[slot][i]];
		const sn_column *c = &key->col[slot];
		sn_val v;
		if (index >= c->len || !c->set[index])
			continue;
		sn__column_get(key, slot, index, &v);
		ck(wr, em_start(wr, "data"));
		ck(wr, em_attr(wr, "key", key->id));
		value_text(wr, key, v, d, index);
		ck(wr, em_end(wr));
	}
}

static void write_key(writer *wr, const sn_key *k)
{
	ck(wr, em_start(wr, "key"));
	attr(wr, "id", k->id, SN_DOMAIN_GRAPH, 0);
	attr(wr, "for", k->for_name ? k->for_name : sn_domain_name(k->domain), SN_DOMAIN_GRAPH, 0);
	if (k->name)
		attr(wr, "attr.name", k->name, SN_DOMAIN_GRAPH, 0);
	if (k->type != SN_TYPE_OPAQUE || k->has_type_attr)
		attr(wr, "attr.type", k->type_name, SN_DOMAIN_GRAPH, 0);
	for (size_t i = 0; i < k->n_extra; i++)
		attr(wr, k->extra[i].qname, k->extra[i].value, SN_DOMAIN_GRAPH, 0);
	if (k->desc)
		text_element(wr, "desc", k->desc, SN_DOMAIN_GRAPH, 0);
	if (k->has_default) {
		ck(wr, em_start(wr, "default"));
		value_text(wr, k, k->def, SN_DOMAIN_GRAPH, 0);
		ck(wr, em_end(wr));
	}
	ck(wr, em_end(wr));
}

static void write_edge(writer *wr, size_t e)
{
	const sn_graph *g = wr->g;
	char buf[SN__VERTEX_ID_BUF];

	/* the ids of a later edge's ends, random in memory, start loading now */
	if (e + 16 < g->ne)
		sn__vertex_id_prefetch(g, (size_t)g->ends[2 * (e + 16)], (size_t)g->ends[2 * (e + 16) + 1]);
	ck(wr, em_start(wr, "edge"));
	if (g->eid && g->eid[e])
		attr(wr, "id", g->eid[e], SN_DOMAIN_EDGE, e);
	attr(wr, "source", sn__vertex_id(g, (size_t)g->ends[2 * e], buf), SN_DOMAIN_EDGE, e);
	attr(wr, "target", sn__vertex_id(g, (size_t)g->ends[2 * e + 1], buf), SN_DOMAIN_EDGE, e);
	if (wr->undirected && wr->undirected[e])
		attr(wr, "directed", "false", SN_DOMAIN_EDGE, e);
	if (g->eextra)
		extra_attrs(wr, g->eextra[e], SN_DOMAIN_EDGE, e);
	if (g->edesc && g->edesc[e])
		text_element(wr, "desc", g->edesc[e], SN_DOMAIN_EDGE, e);
	data_elements(wr, SN_DOMAIN_EDGE, e);
	ck(wr, em_end(wr));
}

static void write_graph(writer *wr, size_t owner, int depth);

static void write_node(writer *wr, size_t v, int depth)
{
	const sn_graph *g = wr->g;

	ck(wr, em_start(wr, "node"));
	attr(wr, "id", g->vid[v], SN_DOMAIN_NODE, v);
	if (g->vextra)
		extra_attrs(wr, g->vextra[v], SN_DOMAIN_NODE, v);
	if (g->vdesc && g->vdesc[v])
		text_element(wr, "desc", g->vdesc[v], SN_DOMAIN_NODE, v);
	data_elements(wr, SN_DOMAIN_NODE, v);
	if (wr->nest.first_child[v] != SIZE_MAX || wr->edge_first[v] != SIZE_MAX)
		write_graph(wr, v, depth + 1);
	ck(wr, em_end(wr));
}

/* Writes the graph held by owner (g->nv: the top level). Vertices keep
 * their order, and so do edges: an edge is written after the vertices unless
 * a vertex's subtree holds a later edge, so reading back gives the same
 * indices. */
static void write_graph(writer *wr, size_t owner, int depth)
{
	const sn_graph *g = wr->g;
	size_t e = wr->edge_first[owner];

	if (depth > MAX_NESTING) {
		if (wr->st == SN_OK)
			wr->st = sn__error(SN_EINVAL, "graph nesting deeper than %d levels", MAX_NESTING);
		return;
	}
	ck(wr, em_start(wr, "graph"));
	if (owner == g->nv && g->graph_id)
		attr(wr, "id", g->graph_id, SN_DOMAIN_GRAPH, 0);
	else if (owner != g->nv && g->vsubgraph && g->vsubgraph[owner])
		attr(wr, "id", g->vsubgraph[owner], SN_DOMAIN_NODE, owner);
	attr(wr, "edgedefault", g->directed ? "directed" : "undirected", SN_DOMAIN_GRAPH, 0);
	if (owner == g->nv) {
		if (g->graph_desc)
			text_element(wr, "desc", g->graph_desc, SN_DOMAIN_GRAPH, 0);
		data_elements(wr, SN_DOMAIN_GRAPH, 0);
	}
	for (size_t v = wr->nest.first_child[owner]; v != SIZE_MAX && wr->st == SN_OK; v = wr->nest.next_sibling[v]) {
		/* edges wait for the nodes unless a later edge lies under v */
		if (wr->submin[v] != SIZE_MAX)
			for (; e != SIZE_MAX && e < wr->submin[v] && wr->st == SN_OK; e = wr->edge_next[e])
				write_edge(wr, e);
		write_node(wr, v, depth);
	}
	for (; e != SIZE_MAX && wr->st == SN_OK; e = wr->edge_next[e])
		write_edge(wr, e);
	ck(wr, em_end(wr));
}

/* Edge lists per graph, and the smallest edge index under each vertex. */
static sn_status plan(writer *wr)
{
	const sn_graph *g = wr->g;
	size_t n = g->nv, m = g->ne;
	sn_status st;

	if ((st = sn__nesting_build(g, &wr->nest)) < 0)
		return st;
	for (int slot = 0; slot < 3; slot++) {
		sn_domain d = slot == 0 ? SN_DOMAIN_GRAPH : slot == 1 ? SN_DOMAIN_NODE : SN_DOMAIN_EDGE;
		for (size_t k = 0; k < g->nkeys; k++) {
			const sn_key *key = &g->keys[k];
			const sn_column *c = sn__column(key, slot);
			if (!(key->domain & d) || key->domain == SN_DOMAIN_OTHER || !c || !c->len)
				continue;
			if (!wr->vkeys[slot] && !(wr->vkeys[slot] = malloc(g->nkeys * sizeof *wr->vkeys[slot])))
				return sn__error_nomem();
			wr->vkeys[slot][wr->nvkeys[slot]++] = k;
		}
	}
	wr->edge_first = malloc((n + 1) * sizeof *wr->edge_first);
	wr->edge_next = malloc((m ? m : 1) * sizeof *wr->edge_next);
	wr->submin = malloc((n ? n : 1) * sizeof *wr->submin);
	if (!wr->edge_first || !wr->edge_next || !wr->submin)
		return sn__error_nomem();
	for (size_t i = 0; i <= n; i++)
		wr->edge_first[i] = SIZE_MAX;
	for (size_t i = 0; i < n; i++)
		wr->submin[i] = SIZE_MAX;
	if (g->etwin) {
		if (!(wr->undirected = calloc(m ? m : 1, 1)))
			return sn__error_nomem();
		for (size_t e = 0; e < m; e++)
			if (g->etwin[e] != SIZE_MAX)
				wr->undirected[g->etwin[e]] = 1;
	}
	for (size_t e = m; e-- > 0;) {
		size_t owner;
		if (g->etwin && g->etwin[e] != SIZE_MAX)
			continue; /* a reverse twin is its original, written once */
		owner = g->eparent && g->eparent[e] != SIZE_MAX ? g->eparent[e] : n;
		wr->edge_next[e] = wr->edge_first[owner];
		wr->edge_first[owner] = e;
		/* the edge lies under its owner and every ancestor of it */
		for (size_t a = owner, depth = 0; a != n && depth <= n; depth++) {
			if (e < wr->submin[a])
				wr->submin[a] = e;
			a = g->vparent && g->vparent[a] != SIZE_MAX ? g->vparent[a] : n;
		}
	}
	return SN_OK;
}

/* Writes the whole document: the root with its namespace declarations
 * (adding xsi's schemaLocation only when the file had none), keys, the
 * graph with nested graphs, and everything read but not interpreted. */
static sn_status write_doc(const sn_graph *g, sink *out, const sn_write_opts *opts)
{
	writer wr;
	int has_xsi = 0, has_location = 0;

	if (opts && opts->version != SN_WRITE_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_write_opts version %u, expected %u", opts->version,
		                 SN_WRITE_OPTS_VERSION);
	memset(&wr, 0, sizeof wr);
	wr.g = g;
	wr.out = out;
	if ((wr.st = plan(&wr)) < 0)
		goto done;
	wr.indent = !(opts && (opts->flags & SN_WRITE_COMPACT));
	ck(&wr, puts_(&wr, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
	ck(&wr, em_start(&wr, "graphml"));
	ck(&wr, em_attr(&wr, "xmlns", GRAPHML_NS));
	for (size_t i = 0; i < g->n_root_attrs; i++) {
		const sn_xattr *a = &g->root_attrs[i];
		has_xsi |= !strcmp(a->qname, "xmlns:xsi");
		has_location |= !strcmp(a->qname, "xsi:schemaLocation");
	}
	if (!has_xsi && !has_location)
		ck(&wr, em_attr(&wr, "xmlns:xsi", XSI_NS));
	for (size_t i = 0; i < g->n_root_attrs; i++)
		if (strcmp(g->root_attrs[i].qname, "xmlns") != 0)
			attr(&wr, g->root_attrs[i].qname, g->root_attrs[i].value, SN_DOMAIN_GRAPH, 0);
	if (!has_location && !has_xsi)
		ck(&wr, em_attr(&wr, "xsi:schemaLocation", SCHEMA_LOCATION));
	if (g->graphml_desc)
		text_element(&wr, "desc", g->graphml_desc, SN_DOMAIN_GRAPH, 0);
	for (size_t k = 0; k < g->nkeys && wr.st == SN_OK; k++)
		if (!g->keys[k].merged)
			write_key(&wr, &g->keys[k]);
	write_graph(&wr, g->nv, 0);
	/* data of <graphml> itself (yEd's shared resources) */
	for (size_t k = 0; k < g->nkeys && wr.st == SN_OK; k++) {
		const sn_key *key = &g->keys[k];
		if (!key->root_set)
			continue;
		ck(&wr, em_start(&wr, "data"));
		ck(&wr, em_attr(&wr, "key", key->id));
		value_text(&wr, key, key->root_val, SN_DOMAIN_GRAPH, 0);
		ck(&wr, em_end(&wr));
	}
	ck(&wr, em_end(&wr)); /* </graphml> */
	if (wr.st == SN_OK && !wr.indent)
		ck(&wr, put(&wr, "\n", 1));
	if (wr.st == SN_OK)
		ck(&wr, flush(&wr));
done:
	free(wr.buf);
	free(wr.open);
	sn__nesting_free(&wr.nest);
	free(wr.edge_first);
	free(wr.edge_next);
	free(wr.submin);
	free(wr.undirected);
	for (int slot = 0; slot < 3; slot++)
		free(wr.vkeys[slot]);
	return wr.st;
}

sn_status sn_write_opts_init(sn_write_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (version != SN_WRITE_OPTS_VERSION)
		return sn__error(SN_EINVAL, "invalid argument: sn_write_opts version %u, expected %u", version,
		                 SN_WRITE_OPTS_VERSION);
	memset(opts, 0, sizeof *opts);
	opts->version = version;
	return SN_OK;
}

sn_status sn_graph_write_graphml_file(const sn_graph *g, FILE *fp, const sn_write_opts *opts)
{
	sink out = { 0 };
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(fp != NULL);
	out.fp = fp;
	st = write_doc(g, &out, opts);
	if (st == SN_OK && (fflush(fp) != 0 || ferror(fp)))
		st = sn__error(SN_EIO, "cannot write: %s", strerror(errno ? errno : EIO));
	return st;
}

sn_status sn_graph_write_graphml_memory(char **out, size_t *len, const sn_graph *g, const sn_write_opts *opts)
{
	sink s = { 0 };
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(g != NULL);
	st = write_doc(g, &s, opts);
	if (st < 0) {
		free(s.buf);
		return st;
	}
	*out = s.buf;
	if (len)
		*len = s.len;
	return SN_OK;
}

sn_status sn_graph_write_graphml(const sn_graph *g, const char *path, const sn_write_opts *opts)
{
	sn__atomic a;
	sink out = { 0 };
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(path != NULL);
	if ((st = sn__atomic_open(path, &a)) < 0)
		return st;
	out.fp = a.fp;
	st = write_doc(g, &out, opts);
	if (st == SN_EIO && out.err)
		st = sn__error(SN_EIO, "%s: cannot write: %s", path, strerror(out.err));
	if (st < 0) {
		sn__atomic_abort(&a);
		return st;
	}
	return sn__atomic_commit(&a);
}
