/*
 * gexf_read.c - GEXF 1.1 to 1.3 as Gephi and NetworkX write it (libxml2
 * SAX2, one pass, no tree).
 *
 * GEXF declares attributes per class with numeric or named ids and gives
 * values as <attvalue for=... value=...>; labels, weights and viz data
 * are XML attributes and elements, kept here as ordinary attributes
 * (label, weight, viz_*) so that every command sees them.
 */
#include "config.h"
#include "internal.h"

#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_MAX_VALUE (10u * 1000u * 1000u)
#define DEFAULT_MAX_KEYS (1000u * 1000u)

typedef enum gx_kind {
	GX_ROOT,     /* <gexf> */
	GX_GRAPH,
	GX_ATTRIBUTES,
	GX_ATTRIBUTE,
	GX_DEFAULT,
	GX_NODES,
	GX_NODE,
	GX_EDGES,
	GX_EDGE,
	GX_ATTVALUES,
	GX_IGNORED,  /* a subtree without graph data: meta, options, spells, viz */
	GX_SKIP      /* an unknown subtree, warned about once per name */
} gx_kind;

typedef struct gx_frame {
	gx_kind kind;
	size_t index;  /* vertex, edge or declaration */
} gx_frame;

/* <attribute id=... title=... type=...> of one class */
typedef struct gx_attr {
	char *id;
	size_t key;
	int cls;       /* 0 node, 1 edge, 2 graph */
} gx_attr;

typedef struct gx {
	sn_graph *g;
	xmlParserCtxtPtr ctxt;
	sn__input *in;
	const char *file;
	unsigned flags;
	size_t max_value, max_keys;
	sn_status st;
	int seen_root, seen_graph, default_directed;
	int cls;         /* class of the <attributes> being read */
	gx_frame *stack;
	size_t depth, cstack;
	gx_attr *attrs;
	size_t nattrs, cattrs;
	char *text;
	size_t ntext, ctext;
	int capture;
	int8_t *edir;
	size_t cedir, ndirected, nundirected;
	/* pid="..." parents, resolved at the end */
	struct gx_pid {
		size_t v;
		char *id;
	} *pids;
	size_t npid, cpid;
	size_t warned_dynamic, warned_list, warned_color, dup_ids;
	char skipped[8][40];
	size_t nskipped;
} gx;

/* ---- errors ---- */

/* Where the tag being handled starts. */
static void gx_pos(gx *x, unsigned long *line, unsigned long *col)
{
	xmlParserInputPtr in = x->ctxt->input;

	if (!in) {
		*line = *col = 0;
		return;
	}
	sn__xml_pos_before(in->base, in->cur, in->line, in->col, line, col);
}

static void gx_fail(gx *x, const char *fmt, ...) SN_PRINTF(2, 3);

static void gx_fail(gx *x, const char *fmt, ...)
{
	unsigned long line, col;
	char msg[900];
	va_list ap;

	if (x->st < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	gx_pos(x, &line, &col);
	x->st = sn__error_at(SN_EPARSE, x->file, line, col, "%s", msg);
	xmlStopParser(x->ctxt);
}

static void gx_check(gx *x, sn_status st)
{
	if (st < 0 && x->st == SN_OK) {
		x->st = st;
		xmlStopParser(x->ctxt);
	}
}

static void gx_warn(gx *x, const char *fmt, const char *a)
{
	unsigned long line, col;
	char msg[600];

	if (sn__warn_dropped(x->g))
		return;
	gx_pos(x, &line, &col);
	snprintf(msg, sizeof msg, fmt, a);
	gx_check(x, sn__warn(x->g, "%s:%lu:%lu: %s", x->file, line, col, msg));
}

/* ---- attributes of an element ---- */

/* The value of attribute name (libxml2 gives each as local, prefix, URI,
 * value, end), copied NUL-terminated into buf, or NULL. */
static const char *attr_get(int n, const xmlChar **a, const char *name, char *buf, size_t cap, size_t *len)
{
	for (int i = 0; i < n; i++, a += 5)
		if (strcmp((const char *)a[0], name) == 0 && !a[1]) {
			size_t k = (size_t)(a[4] - a[3]);
			if (len)
				*len = k;
			if (k >= cap)
				k = cap - 1;
			memcpy(buf, a[3], k);
			buf[k] = '\0';
			return buf;
		}
	return NULL;
}

/* An attribute value of any length, decoded of the &#38; that libxml2
 * leaves in attribute values when it does not replace entities. */
static char *attr_dup(gx *x, int n, const xmlChar **a, const char *name)
{
	for (int i = 0; i < n; i++, a += 5)
		if (strcmp((const char *)a[0], name) == 0 && !a[1]) {
			size_t k = (size_t)(a[4] - a[3]), o = 0;
			char *s;
			if (k > x->max_value) {
				gx_fail(x, "attribute %s of %zu bytes, expected at most %zu", name, k, x->max_value);
				return NULL;
			}
			if (!(s = malloc(k + 1))) {
				gx_check(x, sn__error_nomem());
				return NULL;
			}
			for (size_t j = 0; j < k; j++) {
				if (a[3][j] == '&' && j + 4 < k + 1 && memcmp(a[3] + j, "&#38;", 5) == 0) {
					s[o++] = '&';
					j += 4;
				} else
					s[o++] = (char)a[3][j];
			}
			s[o] = '\0';
			return s;
		}
	return NULL;
}

/* ---- keys ---- */

static sn_type gexf_type(const char *t, int *listy)
{
	*listy = 0;
	if (!strcmp(t, "integer") || !strcmp(t, "short") || !strcmp(t, "byte"))
		return SN_TYPE_INT;
	if (!strcmp(t, "long") || !strcmp(t, "biginteger"))
		return SN_TYPE_LONG;
	if (!strcmp(t, "float"))
		return SN_TYPE_FLOAT;
	if (!strcmp(t, "double") || !strcmp(t, "bigdecimal"))
		return SN_TYPE_DOUBLE;
	if (!strcmp(t, "boolean"))
		return SN_TYPE_BOOLEAN;
	*listy = strncmp(t, "list", 4) == 0;
	return SN_TYPE_STRING; /* string, char, anyURI, date, and lists as their text */
}

static sn_domain class_domain(int cls)
{
	return cls == 0 ? SN_DOMAIN_NODE : cls == 1 ? SN_DOMAIN_EDGE : SN_DOMAIN_GRAPH;
}

/* The key named name of domain d with type t, made when missing. */
static size_t named_key(gx *x, sn_domain d, const char *name, sn_type t)
{
	size_t k;
	sn_status st;

	if (sn_key_find(x->g, d, name, &k) == SN_OK)
		return k;
	if ((st = sn_key_add(x->g, name, d, t, &k)) < 0) {
		gx_check(x, st);
		return SIZE_MAX;
	}
	return k;
}

/* A value given as text for key k of element index in domain d. */
static void set_text(gx *x, size_t k, sn_domain d, size_t index, const char *text)
{
	const char *why = NULL;
	sn_key *key = &x->g->keys[k];
	sn_val v;
	sn_status st;

	if (k == SIZE_MAX)
		return;
	st = sn__parse_key_value(x->g, key, text, strlen(text), &v, &why);
	if (st == SN_EPARSE) {
		gx_fail(x, "value '%.200s' for %s attribute '%s': %s", text, key->type_name, key->name, why);
		return;
	}
	if (st == SN_OK)
		st = sn__column_set(x->g, key, sn__domain_slot(d), index, v);
	gx_check(x, st);
}

static void attribute_start(gx *x, int n, const xmlChar **a)
{
	char id[256], title[512], type[64];
	const char *pid = attr_get(n, a, "id", id, sizeof id, NULL);
	const char *ptitle = attr_get(n, a, "title", title, sizeof title, NULL);
	const char *ptype = attr_get(n, a, "type", type, sizeof type, NULL);
	sn_domain d = class_domain(x->cls);
	gx_attr *at;
	sn_type t;
	int listy;
	size_t k;
	sn_status st;

	if (!pid) {
		gx_fail(x, "<attribute> without id, expected id=\"...\"");
		return;
	}
	if (!ptitle || !*ptitle)
		ptitle = *pid ? pid : "attribute";
	t = gexf_type(ptype ? ptype : "string", &listy);
	for (size_t i = 0; i < x->nattrs; i++)
		if (x->attrs[i].cls == x->cls && strcmp(x->attrs[i].id, pid) == 0) {
			gx_fail(x, "a second <attribute> with id '%s' for class %s, expected each id once", pid,
			        sn_domain_name(d));
			return;
		}
	if (x->nattrs >= x->max_keys) {
		gx_fail(x, "more than %zu <attribute> declarations, expected at most %zu", x->max_keys, x->max_keys);
		return;
	}
	/* one title declared twice (NetworkX declares a static and a dynamic
	 * attribute of one name): one key, of type string when the types
	 * differ (declarations come before any value) */
	if (sn_key_find(x->g, d, ptitle, &k) == SN_OK) {
		sn_key *key = &x->g->keys[k];
		if (key->type != t && key->type != SN_TYPE_STRING) {
			char what[700];
			snprintf(what, sizeof what, "<attribute> '%s' declared as %s and as %s: read as string", ptitle,
			         key->type_name, sn_type_name(t));
			gx_warn(x, "%s", what);
			key->type = SN_TYPE_STRING;
			key->type_name = sn_type_name(SN_TYPE_STRING);
		}
	} else if ((st = sn_key_add(x->g, ptitle, d, t, &k)) < 0) {
		gx_check(x, st);
		return;
	}
	if ((st = sn__grow((void **)&x->attrs, &x->cattrs, x->nattrs + 1, sizeof *x->attrs)) < 0) {
		gx_check(x, st);
		return;
	}
	at = &x->attrs[x->nattrs];
	if (!(at->id = strdup(pid))) {
		gx_check(x, sn__error_nomem());
		return;
	}
	at->key = k;
	at->cls = x->cls;
	x->nattrs++;
	if (listy && !x->warned_list++)
		gx_warn(x, "attribute '%s' holds lists: kept as their text", ptitle);
}

static void attvalue_start(gx *x, const gx_frame *owner, int n, const xmlChar **a)
{
	char fbuf[256];
	const char *pfor = attr_get(n, a, "for", fbuf, sizeof fbuf, NULL);
	int cls = owner->kind == GX_NODE ? 0 : 1;
	char *value;
	size_t i;

	if (!pfor)
		pfor = attr_get(n, a, "id", fbuf, sizeof fbuf, NULL); /* GEXF 1.1 */
	if (!pfor) {
		gx_fail(x, "<attvalue> without for, expected for=\"attribute id\"");
		return;
	}
	for (i = 0; i < x->nattrs && !(x->attrs[i].cls == cls && strcmp(x->attrs[i].id, pfor) == 0); i++)
		;
	if (i == x->nattrs) {
		gx_fail(x, "<attvalue for=\"%s\">: no %s <attribute> has that id", pfor, cls ? "edge" : "node");
		return;
	}
	if ((attr_get(n, a, "start", fbuf, 2, NULL) || attr_get(n, a, "end", fbuf, 2, NULL)) &&
	    !x->warned_dynamic++)
		gx_warn(x, "%s", "values that change over time (start/end): the last one given is kept");
	if (!(value = attr_dup(x, n, a, "value"))) {
		if (x->st == SN_OK)
			gx_fail(x, "<attvalue for=\"%s\"> without value, expected value=\"...\"", pfor);
		return;
	}
	set_text(x, x->attrs[i].key, class_domain(cls), owner->index, value);
	free(value);
}

/* ---- nodes and edges ---- */

static void keep_string(gx *x, sn_domain d, size_t index, int n, const xmlChar **a, const char *attr,
                        const char *key)
{
	char *s = attr_dup(x, n, a, attr);
	if (s) {
		size_t k = named_key(x, d, key, SN_TYPE_STRING);
		if (k != SIZE_MAX)
			set_text(x, k, d, index, s);
		free(s);
	}
}

static void node_start(gx *x, int n, const xmlChar **a)
{
	char *id = attr_dup(x, n, a, "id"), *pid;
	size_t v, parent = SIZE_MAX;
	sn_status st;
	gx_frame *f = &x->stack[x->depth - 1];

	if (!id) {
		if (x->st == SN_OK)
			gx_fail(x, "<node> without id, expected id=\"...\"");
		return;
	}
	if (sn__vertex_find(x->g, id, strlen(id)) != SIZE_MAX) {
		gx_fail(x, "a second node with id '%.200s', expected each id once", id);
		free(id);
		return;
	}
	st = sn_graph_vertex_add(x->g, id, &v);
	free(id);
	if (st < 0) {
		gx_check(x, st);
		return;
	}
	f->index = v;
	/* a node inside another node's <nodes> belongs to it */
	if (x->depth >= 3 && x->stack[x->depth - 2].kind == GX_NODES && x->stack[x->depth - 3].kind == GX_NODE)
		parent = x->stack[x->depth - 3].index;
	if (parent != SIZE_MAX)
		gx_check(x, sn__set_parent(x->g, v, parent));
	else if ((pid = attr_dup(x, n, a, "pid")) && strcmp(pid, x->g->vid[v]) == 0) {
		gx_warn(x, "node '%.200s' names itself as its parent (pid): ignored", pid);
		free(pid);
	} else if (pid) {
		if ((st = sn__grow((void **)&x->pids, &x->cpid, x->npid + 1, sizeof *x->pids)) < 0) {
			free(pid);
			gx_check(x, st);
			return;
		}
		x->pids[x->npid].v = v;
		x->pids[x->npid++].id = pid; /* freed with the reader */
	}
	keep_string(x, SN_DOMAIN_NODE, v, n, a, "label", "label");
	keep_string(x, SN_DOMAIN_NODE, v, n, a, "start", "start");
	keep_string(x, SN_DOMAIN_NODE, v, n, a, "end", "end");
}

static size_t edge_end(gx *x, int n, const xmlChar **a, const char *which)
{
	char *id = attr_dup(x, n, a, which);
	size_t v;

	if (!id) {
		if (x->st == SN_OK)
			gx_fail(x, "<edge> without %s, expected %s=\"node id\"", which, which);
		return SIZE_MAX;
	}
	v = sn__vertex_find(x->g, id, strlen(id));
	if (v == SIZE_MAX) {
		if (x->flags & SN_READ_CREATE_MISSING) {
			sn_status st = sn_graph_vertex_add(x->g, id, &v);
			if (st == SN_OK)
				gx_warn(x, "created node '%.200s' named by an edge", id);
			gx_check(x, st);
		} else
			gx_fail(x, "edge %s '%.200s' is no node declared before it, expected <nodes> to declare every node "
			        "before <edges>", which, id);
	}
	free(id);
	return v;
}

static void edge_start(gx *x, int n, const xmlChar **a)
{
	char tbuf[32], *id;
	const char *type;
	size_t s, t, e;
	int dir, dup = 0;
	sn_status st;

	if ((s = edge_end(x, n, a, "source")) == SIZE_MAX || (t = edge_end(x, n, a, "target")) == SIZE_MAX)
		return;
	id = attr_dup(x, n, a, "id");
	if (x->st < 0)
		return;
	st = sn__edge_add(x->g, s, t, id, &e, &dup);
	if (dup && !x->dup_ids++)
		gx_warn(x, "edge id '%.200s' is used more than once; ids kept, lookup by id finds the first", id);
	free(id);
	if (st < 0) {
		gx_check(x, st);
		return;
	}
	x->stack[x->depth - 1].index = e;
	type = attr_get(n, a, "type", tbuf, sizeof tbuf, NULL);
	if (!type)
		dir = x->default_directed;
	else if (!strcmp(type, "directed"))
		dir = 1;
	else if (!strcmp(type, "undirected") || !strcmp(type, "mutual"))
		dir = 0;
	else {
		gx_fail(x, "edge type '%s', expected directed, undirected or mutual", type);
		return;
	}
	if ((st = sn__grow((void **)&x->edir, &x->cedir, e + 1, 1)) < 0) {
		gx_check(x, st);
		return;
	}
	x->edir[e] = (int8_t)dir;
	if (dir)
		x->ndirected++;
	else
		x->nundirected++;
	{
		char *w = attr_dup(x, n, a, "weight");
		if (w) {
			size_t k;
			/* GEXF's weight defaults to 1.0: so do edges without one */
			if (sn_key_find(x->g, SN_DOMAIN_EDGE, "weight", &k) != SN_OK &&
			    (k = named_key(x, SN_DOMAIN_EDGE, "weight", SN_TYPE_DOUBLE)) != SIZE_MAX)
				gx_check(x, sn_key_set_default(x->g, k, "1.0"));
			set_text(x, k, SN_DOMAIN_EDGE, e, w);
			free(w);
		}
	}
	keep_string(x, SN_DOMAIN_EDGE, e, n, a, "label", "label");
	keep_string(x, SN_DOMAIN_EDGE, e, n, a, "start", "start");
	keep_string(x, SN_DOMAIN_EDGE, e, n, a, "end", "end");
}

/* viz:position, viz:color, viz:size, viz:thickness, viz:shape of a node or
 * an edge, as attributes viz_x, viz_y, viz_z, viz_color ("#rrggbb", with
 * alpha "#rrggbbaa" when not opaque), viz_size, viz_thickness, viz_shape. */
static void viz_start(gx *x, const gx_frame *owner, const char *local, int n, const xmlChar **a)
{
	sn_domain d = owner->kind == GX_NODE ? SN_DOMAIN_NODE : SN_DOMAIN_EDGE;
	char buf[128];

	if (!strcmp(local, "position")) {
		static const char *const axes[3] = { "x", "y", "z" };
		static const char *const names[3] = { "viz_x", "viz_y", "viz_z" };
		for (int i = 0; i < 3 && x->st == SN_OK; i++)
			if (attr_get(n, a, axes[i], buf, sizeof buf, NULL))
				set_text(x, named_key(x, d, names[i], SN_TYPE_DOUBLE), d, owner->index, buf);
	} else if (!strcmp(local, "color")) {
		static const char *const parts[3] = { "r", "g", "b" };
		char hex[16];
		int rgb[3];
		for (int i = 0; i < 3; i++) {
			char *end;
			long v = attr_get(n, a, parts[i], buf, sizeof buf, NULL) ? strtol(buf, &end, 10) : -1;
			if (v < 0 || *end) {
				gx_fail(x, "<viz:color> %s=\"%s\", expected a whole number from 0 to 255", parts[i],
				        v < 0 ? "" : buf);
				return;
			}
			if (v > 255) {
				/* NetworkX's own tests write 256; Gephi reads it as 255 */
				if (!x->warned_color++)
					gx_warn(x, "<viz:color> %s above 255 read as 255", parts[i]);
				v = 255;
			}
			rgb[i] = (int)v;
		}
		snprintf(hex, sizeof hex, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
		if (attr_get(n, a, "a", buf, sizeof buf, NULL)) {
			double al = strtod(buf, NULL);
			if (al >= 0 && al < 1)
				snprintf(hex + 7, sizeof hex - 7, "%02x", (int)(al * 255 + 0.5));
		}
		set_text(x, named_key(x, d, "viz_color", SN_TYPE_STRING), d, owner->index, hex);
	} else if (!strcmp(local, "size") || !strcmp(local, "thickness")) {
		char key[32];
		snprintf(key, sizeof key, "viz_%s", local);
		if (attr_get(n, a, "value", buf, sizeof buf, NULL))
			set_text(x, named_key(x, d, key, SN_TYPE_DOUBLE), d, owner->index, buf);
	} else if (!strcmp(local, "shape")) {
		if (attr_get(n, a, "value", buf, sizeof buf, NULL))
			set_text(x, named_key(x, d, "viz_shape", SN_TYPE_STRING), d, owner->index, buf);
	}
}

/* ---- the element tree ---- */

static gx_frame *gx_push(gx *x, gx_kind kind)
{
	sn_status st = sn__grow((void **)&x->stack, &x->cstack, x->depth + 1, sizeof *x->stack);

	if (st < 0) {
		gx_check(x, st);
		return NULL;
	}
	x->stack[x->depth].kind = kind;
	x->stack[x->depth].index = SIZE_MAX;
	return &x->stack[x->depth++];
}

static void skip_unknown(gx *x, const char *local, const char *where)
{
	for (size_t i = 0; i < x->nskipped; i++)
		if (!strcmp(x->skipped[i], local))
			goto push;
	if (x->nskipped < sizeof x->skipped / sizeof x->skipped[0]) {
		char what[200];
		snprintf(x->skipped[x->nskipped++], sizeof x->skipped[0], "%s", local);
		snprintf(what, sizeof what, "element <%.60s> inside <%s> skipped: silknet does not read it", local, where);
		gx_warn(x, "%s", what);
	}
push:
	gx_push(x, GX_SKIP);
}

static const char *kind_name(gx_kind k)
{
	static const char *const names[] = { "gexf", "graph", "attributes", "attribute", "default", "nodes",
		                             "node", "edges", "edge", "attvalues", "ignored", "unknown" };
	return names[k];
}

/* Which element may stand where, and what it starts. */
static void gx_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri, int nns,
                     const xmlChar **ns, int n, int ndefaulted, const xmlChar **a)
{
	gx *x = ctx;
	const char *local = (const char *)localname;
	gx_frame *parent;
	char buf[64];

	(void)prefix;
	(void)nns;
	(void)ns;
	(void)ndefaulted;
	if (x->st < 0)
		return;
	if (!x->depth) {
		if (strcmp(local, "gexf") != 0) {
			gx_fail(x, "the root element is <%s>, expected <gexf>", local);
			return;
		}
		x->seen_root = 1;
		gx_push(x, GX_ROOT);
		return;
	}
	parent = &x->stack[x->depth - 1];
	if (parent->kind == GX_SKIP || parent->kind == GX_IGNORED || parent->kind == GX_DEFAULT) {
		gx_push(x, parent->kind == GX_DEFAULT ? GX_SKIP : parent->kind);
		return;
	}
	if (uri && strstr((const char *)uri, "/viz")) {
		if (parent->kind == GX_NODE || parent->kind == GX_EDGE)
			viz_start(x, parent, local, n, a);
		gx_push(x, GX_IGNORED);
		return;
	}
	switch (parent->kind) {
	case GX_ROOT:
		if (!strcmp(local, "graph")) {
			const char *t = attr_get(n, a, "defaultedgetype", buf, sizeof buf, NULL);
			if (x->seen_graph++) {
				gx_fail(x, "a second <graph>, expected one per GEXF file");
				return;
			}
			x->default_directed = !t || !strcmp(t, "directed");
			if (t && strcmp(t, "directed") && strcmp(t, "undirected") && strcmp(t, "mutual")) {
				gx_fail(x, "defaultedgetype '%s', expected directed, undirected or mutual", t);
				return;
			}
			gx_push(x, GX_GRAPH);
		} else if (!strcmp(local, "meta"))
			gx_push(x, GX_IGNORED);
		else
			skip_unknown(x, local, "gexf");
		return;
	case GX_GRAPH:
		if (!strcmp(local, "attributes")) {
			const char *c = attr_get(n, a, "class", buf, sizeof buf, NULL);
			x->cls = !c || !strcmp(c, "node") ? 0 : !strcmp(c, "edge") ? 1 : 2;
			if (c && x->cls == 2 && strcmp(c, "graph")) {
				gx_fail(x, "<attributes class=\"%s\">, expected node or edge", c);
				return;
			}
			gx_push(x, GX_ATTRIBUTES);
		} else if (!strcmp(local, "nodes"))
			gx_push(x, GX_NODES);
		else if (!strcmp(local, "edges"))
			gx_push(x, GX_EDGES);
		else
			skip_unknown(x, local, "graph");
		return;
	case GX_ATTRIBUTES:
		if (!strcmp(local, "attribute")) {
			attribute_start(x, n, a);
			if (gx_push(x, GX_ATTRIBUTE))
				x->stack[x->depth - 1].index = x->nattrs - 1;
		} else
			skip_unknown(x, local, "attributes");
		return;
	case GX_ATTRIBUTE:
		if (!strcmp(local, "default")) {
			x->ntext = 0;
			x->capture = 1;
			gx_push(x, GX_DEFAULT);
		} else
			gx_push(x, GX_IGNORED); /* options */
		return;
	case GX_NODES:
		if (!strcmp(local, "node") && gx_push(x, GX_NODE))
			node_start(x, n, a);
		else if (strcmp(local, "node"))
			skip_unknown(x, local, "nodes");
		return;
	case GX_EDGES:
		if (!strcmp(local, "edge") && gx_push(x, GX_EDGE))
			edge_start(x, n, a);
		else if (strcmp(local, "edge"))
			skip_unknown(x, local, "edges");
		return;
	case GX_NODE:
	case GX_EDGE:
		if (!strcmp(local, "attvalues"))
			gx_push(x, GX_ATTVALUES);
		else if (!strcmp(local, "nodes") && parent->kind == GX_NODE)
			gx_push(x, GX_NODES);
		else if (!strcmp(local, "spells") || !strcmp(local, "parents"))
			gx_push(x, GX_IGNORED);
		else
			skip_unknown(x, local, kind_name(parent->kind));
		return;
	case GX_ATTVALUES:
		if (!strcmp(local, "attvalue"))
			attvalue_start(x, &x->stack[x->depth - 2], n, a);
		gx_push(x, GX_IGNORED);
		return;
	default:
		skip_unknown(x, local, kind_name(parent->kind));
		return;
	}
}

static void gx_end(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	gx *x = ctx;

	(void)local;
	(void)prefix;
	(void)uri;
	if (x->st < 0 || !x->depth)
		return;
	if (x->stack[x->depth - 1].kind == GX_DEFAULT) {
		const gx_attr *at = &x->attrs[x->stack[x->depth - 2].index];
		sn_status st;
		x->capture = 0;
		if (gx_check(x, sn__grow((void **)&x->text, &x->ctext, x->ntext + 1, 1)), x->st < 0)
			return;
		x->text[x->ntext] = '\0';
		st = sn_key_set_default(x->g, at->key, x->text);
		if (st == SN_EPARSE)
			gx_fail(x, "<default> of attribute '%s': %s", sn_key_name(x->g, at->key), sn_last_error());
		else
			gx_check(x, st);
	}
	x->depth--;
}

static void gx_characters(void *ctx, const xmlChar *ch, int len)
{
	gx *x = ctx;

	if (!x->capture || x->st < 0)
		return;
	if (x->ntext + (size_t)len > x->max_value) {
		gx_fail(x, "a <default> longer than %zu bytes", x->max_value);
		return;
	}
	if (gx_check(x, sn__grow((void **)&x->text, &x->ctext, x->ntext + (size_t)len + 1, 1)), x->st < 0)
		return;
	memcpy(x->text + x->ntext, ch, (size_t)len);
	x->ntext += (size_t)len;
}

/* GEXF needs no DTD: entity declarations, attribute defaults and
 * references are refused, which also stops XXE and amplification. */
static void gx_entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                           const xmlChar *system_id, xmlChar *content)
{
	(void)type;
	(void)public_id;
	(void)system_id;
	(void)content;
	gx_fail(ctx, "entity declaration '%s' refused: GEXF needs no DTD entities", (const char *)name);
}

static void gx_attribute_decl(void *ctx, const xmlChar *elem, const xmlChar *fullname, int type, int def,
                              const xmlChar *default_value, xmlEnumerationPtr tree)
{
	(void)type;
	(void)def;
	(void)default_value;
	xmlFreeEnumeration(tree);
	gx_fail(ctx, "DTD attribute declaration for <%s %s> refused: GEXF needs no DTD", (const char *)elem,
	        (const char *)fullname);
}

static xmlEntityPtr gx_get_entity(void *ctx, const xmlChar *name)
{
	(void)ctx;
	return xmlGetPredefinedEntity(name);
}

static void gx_reference(void *ctx, const xmlChar *name)
{
	gx_fail(ctx, "reference to undeclared entity '&%s;'", (const char *)name);
}

static void gx_error(void *ctx, xmlErrorPtr err)
{
	gx *x = ctx;
	char msg[600];

	if (!err || err->level == XML_ERR_WARNING || x->st < 0)
		return;
	if (x->in->io_errno || x->in->st < 0) {
		x->st = sn__input_error(x->in);
		return;
	}
	sn__xml_message(err, msg, sizeof msg);
	x->st = sn__error_at(SN_EPARSE, x->file, (unsigned long)err->line, (unsigned long)err->int2, "malformed XML: %s",
	                     msg);
}

static sn_status gx_finish(gx *x)
{
	sn_graph *g = x->g;

	for (size_t i = 0; i < x->npid; i++) {
		size_t p = sn__vertex_find(g, x->pids[i].id, strlen(x->pids[i].id));
		sn_status st;
		if (p == SIZE_MAX)
			return sn__error(SN_EPARSE, "%s: node '%s' has pid '%s', which is no node", x->file,
			                 g->vid[x->pids[i].v], x->pids[i].id);
		if ((st = sn__set_parent(g, x->pids[i].v, p)) < 0)
			return st;
	}
	if (!x->seen_graph)
		sn__warn(g, "%s: no <graph> element: the graph is empty", x->file);
	if (x->ndirected && x->nundirected)
		return sn__graph_add_twins(g, x->edir, x->nundirected, x->file);
	g->directed = x->ndirected ? 1 : x->nundirected ? 0 : x->default_directed;
	return SN_OK;
}

sn_status sn__read_gexf(sn_graph **out, sn__input *in, const sn_read_opts *opts)
{
	xmlSAXHandler sax;
	sn__xmlquiet quiet;
	gx x;
	sn_status st;

	*out = NULL;
	memset(&x, 0, sizeof x);
	x.in = in;
	x.file = in->name ? in->name : "<input>";
	x.flags = opts ? opts->flags : 0;
	x.max_value = opts && opts->max_value_bytes ? opts->max_value_bytes : DEFAULT_MAX_VALUE;
	x.max_keys = opts && opts->version >= 2 && opts->max_keys ? opts->max_keys : DEFAULT_MAX_KEYS;
	if ((st = sn_graph_new(&x.g, 0)) < 0)
		return st;
	memset(&sax, 0, sizeof sax);
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = gx_start;
	sax.endElementNs = gx_end;
	sax.characters = gx_characters;
	sax.cdataBlock = gx_characters;
	sax.entityDecl = gx_entity_decl;
	sax.attributeDecl = gx_attribute_decl;
	sax.getEntity = gx_get_entity;
	sax.reference = gx_reference;
	sax.serror = gx_error;
	sn__xml_quiet_enter(&quiet);
	if (!(x.ctxt = sn__xml_new(in, &sax, &x))) {
		sn__xml_quiet_leave(&quiet);
		sn_graph_free(x.g);
		return sn__error_nomem();
	}
	xmlParseDocument(x.ctxt);
	st = x.st;
	if (st == SN_OK && (!x.ctxt->wellFormed || !x.seen_root))
		st = in->io_errno || in->st < 0 ? sn__input_error(in) :
		     sn__error_at(SN_EPARSE, x.file, (unsigned long)xmlSAX2GetLineNumber(x.ctxt), 0,
		                  "malformed XML, expected a <gexf> document");
	sn__xml_free(x.ctxt);
	sn__xml_quiet_leave(&quiet);
	if (st == SN_OK)
		st = gx_finish(&x);
	for (size_t i = 0; i < x.nattrs; i++)
		free(x.attrs[i].id);
	for (size_t i = 0; i < x.npid; i++)
		free(x.pids[i].id);
	free(x.attrs);
	free(x.pids);
	free(x.stack);
	free(x.text);
	free(x.edir);
	if (st < 0) {
		sn_graph_free(x.g);
		return st;
	}
	*out = x.g;
	return SN_OK;
}
