/*
 * graphml_read.c - the streaming GraphML reader (libxml2 SAX2).
 *
 * One pass over the input, no tree: elements are handled as they start and
 * end, text is gathered only inside <data>, <default> and <desc>. Edges may
 * name nodes declared later; their endpoints are resolved at the end.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define DEFAULT_MAX_VALUE (10u * 1000u * 1000u)
/* Real files declare tens of keys; this many costs about 280 MB. */
#define DEFAULT_MAX_KEYS (1000u * 1000u)
/* presizing from parse.nodes / parse.edges hints is capped: a hint is not
 * a promise, and a hostile one must not allocate gigabytes up front */
#define MAX_PRESIZE ((size_t)1 << 22)

typedef enum el_kind {
	EL_GRAPHML,
	EL_KEY,
	EL_DEFAULT,
	EL_GRAPH,
	EL_NODE,
	EL_EDGE,
	EL_DATA,
	EL_DESC,
	EL_SKIP,   /* ignored subtree */
	EL_OPAQUE  /* element captured verbatim inside an opaque <data> */
} el_kind;

enum name_id {
	NM_attr_name,
	NM_attr_type,
	NM_attr_uri,
	NM_data,
	NM_default,
	NM_desc,
	NM_directed,
	NM_edge,
	NM_edgedefault,
	NM_for,
	NM_graph,
	NM_graphml,
	NM_hyperedge,
	NM_id,
	NM_key,
	NM_locator,
	NM_node,
	NM_parse_edges,
	NM_parse_nodes,
	NM_port,
	NM_source,
	NM_sourceport,
	NM_target,
	NM_targetport,
	NM_yfiles_type,
	NM_COUNT_
};

static const char *const name_text[NM_COUNT_] = {
	[NM_attr_name] = "attr.name",
	[NM_attr_type] = "attr.type",
	[NM_attr_uri] = "attr.uri",
	[NM_data] = "data",
	[NM_default] = "default",
	[NM_desc] = "desc",
	[NM_directed] = "directed",
	[NM_edge] = "edge",
	[NM_edgedefault] = "edgedefault",
	[NM_for] = "for",
	[NM_graph] = "graph",
	[NM_graphml] = "graphml",
	[NM_hyperedge] = "hyperedge",
	[NM_id] = "id",
	[NM_key] = "key",
	[NM_locator] = "locator",
	[NM_node] = "node",
	[NM_parse_edges] = "parse.edges",
	[NM_parse_nodes] = "parse.nodes",
	[NM_port] = "port",
	[NM_source] = "source",
	[NM_sourceport] = "sourceport",
	[NM_target] = "target",
	[NM_targetport] = "targetport",
	[NM_yfiles_type] = "yfiles.type",
};

typedef struct frame {
	el_kind kind;
	sn_domain owner; /* for DATA/DESC: what the value belongs to */
	size_t index;    /* vertex, edge or key index; the graph's parent vertex for GRAPH */
	size_t key;      /* for DATA */
	unsigned long line, col;
	/* for DATA/DEFAULT/DESC: where the start tag ended, from the start of
	 * the input; line and col are then the position there, and the tag's
	 * own is worked out only when an error needs it (frame_pos) */
	unsigned long long end_at;
	int lazy;
	int directed;    /* for GRAPH: edgedefault */
	int top;         /* for GRAPH: the top-level graph */
	size_t last_key; /* the key of the last <data> child, index + 1 */
} frame;

typedef struct pending_edge {
	size_t edge;
	const char *source, *target; /* interned ids; NULL when resolved */
	unsigned long line, col;
} pending_edge;

/* An edge whose two ends are names, looked up a few edges later so that
 * the prefetch of their slots has landed (an edge end is otherwise a
 * cache miss the reader waits for). Its ids are in the reader's dtext. */
typedef struct deferred_edge {
	size_t edge;
	uint64_t hash[2];
	size_t off[2], len[2];
	unsigned long line, col;
} deferred_edge;
#define DEFERRED_EDGES 16

struct rd_answer {
	const xmlChar *prefix, *uri;
	int yes;
};

typedef struct reader {
	/* root_declares' answers, while the root's declarations stay */
	struct rd_answer rd[16];
	unsigned nrd;
	sn_graph *g;
	xmlParserCtxtPtr ctxt;
	sn__input *in;      /* its head says what a non-XML file is */
	const char *file;
	unsigned flags;
	size_t max_value;
	size_t max_keys;
	sn_status st;

	frame *stack;
	size_t depth, cstack;

	char *text;
	size_t ntext, ctext;
	char *scratch;      /* decoded attribute values */
	size_t cscratch;
	int capture;        /* gathering text for the frame on top */
	int opaque;         /* capturing markup too */
	/* Markup is cut verbatim from the input's copy (raw) when the input
	 * allows it (raw_ok: -1 not yet tried, 0 no, 1 yes); raw_from is where
	 * the value's bytes begin. Namespaces the fragment needs from an
	 * ancestor are declared before the '>' of the tag that needs them:
	 * ins[i] goes in at input offset ins[i].at. */
	int raw_ok, raw, raw_empty;
	unsigned long long raw_from;
	struct raw_ns {
		unsigned long long at;
		const xmlChar *prefix, *uri; /* the parser's dictionary's */
	} *ins;
	size_t nins, cins;

	int8_t *edir;       /* per edge: 1 directed, 0 undirected */
	size_t cedir;
	size_t ndirected, nundirected;

	pending_edge *pending;
	size_t npending, cpending;
	deferred_edge deferred[DEFERRED_EDGES];
	size_t ndeferred;
	char *dtext;
	size_t ndtext, cdtext;

	int seen_root, seen_graph, top_directed, dup_edge_ids, warned_ports;
	size_t *reused; /* keys whose id an earlier key of another domain has */
	size_t nreused, creused;
	/* element and attribute names as libxml2's dictionary holds them:
	 * SAX2 hands names over from that dictionary, so equal is identical */
	const xmlChar *nm[NM_COUNT_];
	const xmlChar *gml_uri; /* the parser's copy of the GraphML namespace, once seen */
	/* <data key=...>: elements of one kind list their data in the same
	 * order, so the key that followed k last time (next_key[k], index + 1)
	 * or that came first (first_key) is tried before the key-id table */
	size_t *next_key, cnext_key, first_key[3];
	} reader;

/* ---- errors and positions ---- */

static void tag_pos(reader *r, unsigned long *line, unsigned long *col)
{
	xmlParserInputPtr in = r->ctxt->input;

	if (!in) {
		*line = *col = 0;
		return;
	}
	sn__xml_pos_before(in->base, in->cur, in->line, in->col, line, col);
}

/* Notes where a start tag ended, cheaply: most values are never in error. */
static void mark_pos(reader *r, frame *f)
{
	xmlParserInputPtr in = r->ctxt->input;

	f->line = in ? (unsigned long)in->line : 0;
	f->col = in ? (unsigned long)in->col : 0;
	f->lazy = in && in->cur && in->base;
	if (f->lazy)
		f->end_at = (unsigned long long)in->consumed + (unsigned long long)(in->cur - in->base);
}

/* The position of a frame's start tag, if its bytes are still buffered;
 * else where the tag ended. */
static void frame_pos(reader *r, frame *f, unsigned long *line, unsigned long *col)
{
	xmlParserInputPtr in = r->ctxt->input;

	*line = f->line;
	*col = f->col;
	if (!f->lazy || !in || !in->base || !in->cur)
		return;
	if (f->end_at >= (unsigned long long)in->consumed &&
	    f->end_at - (unsigned long long)in->consumed <= (unsigned long long)(in->cur - in->base))
		sn__xml_pos_before(in->base, in->base + (f->end_at - in->consumed), (long)f->line, (long)f->col, line, col);
	f->lazy = 0;
	f->line = *line;
	f->col = *col;
}

/* Records the first error and stops the parser. */
static void fail(reader *r, sn_status code, unsigned long line, unsigned long col, const char *fmt, ...)
	SN_PRINTF(5, 6);

static void fail(reader *r, sn_status code, unsigned long line, unsigned long col, const char *fmt, ...)
{
	char msg[900];
	va_list ap;

	if (r->st < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (code == SN_ENOMEM)
		sn__error_nomem();
	else if (code == SN_EIO && !line && !col)
		sn__error(code, "%s: %s", r->file, msg); /* no position to give */
	else
		sn__error_at(code, r->file, line, col, "%s", msg);
	r->st = code;
	xmlStopParser(r->ctxt);
}

static void fail_here(reader *r, sn_status code, const char *fmt, const char *a, const char *b)
{
	unsigned long line, col;
	tag_pos(r, &line, &col);
	fail(r, code, line, col, fmt, a, b);
}

/* An error quoting text from the input, which is not terminated and may be
 * of any length: at most its first 150 bytes are shown. */
static void fail_quoting(reader *r, const char *fmt, const char *text, size_t len)
{
	char shown[200];
	snprintf(shown, sizeof shown, "%.*s", (int)(len < 150 ? len : 150), text);
	fail_here(r, SN_EPARSE, fmt, shown, "");
}

static void nomem(reader *r)
{
	fail(r, SN_ENOMEM, 0, 0, "out of memory");
}

static void check(reader *r, sn_status st)
{
	/* a library call failed: its message is already set */
	if (st < 0 && r->st == SN_OK) {
		r->st = st;
		xmlStopParser(r->ctxt);
	}
}

static void warn_here(reader *r, const char *fmt, const char *a, const char *b)
{
	unsigned long line, col;
	char msg[600];

	if (sn__warn_dropped(r->g))
		return; /* no position or text worked out for a note not kept */
	tag_pos(r, &line, &col);
	snprintf(msg, sizeof msg, fmt, a, b);
	check(r, sn__warn(r->g, "%s:%lu:%lu: %s", r->file, line, col, msg));
}

/* What a file that is no XML looks like, from its first bytes: libxml2
 * calls them all an empty document. */
static const char *what_it_is(const reader *r)
{
	const unsigned char *h = r->in->head;
	size_t n = r->in->nhead, nl;

	if (n == 0)
		return "empty file, expected a <graphml> element";
	if (n >= 4 && ((h[0] == 0 && h[1] == 0 && h[2] == 0xfe && h[3] == 0xff) ||
	               (h[0] == 0xff && h[1] == 0xfe && h[2] == 0 && h[3] == 0)))
		return "not readable: UTF-32 text, which libxml2 does not read; save it as UTF-8";
	if (n >= 2 && h[0] == 0x1f && h[1] == 0x8b)
		return "not GraphML: gzip-compressed data; decompress it first (gunzip)";
	if (memchr(h, 0, n))
		return "not GraphML: binary data, expected a <graphml> element";
	{
		size_t i = 0;
		while (i < n && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n'))
			i++;
		if (i == n)
			return "only white space, expected a <graphml> element";
	}
	{
		const unsigned char *eol = memchr(h, '\n', n);
		nl = eol ? (size_t)(eol - h) : n;
	}
	if (!memchr(h, '<', nl) && (memchr(h, ',', nl) || memchr(h, '\t', nl) || memchr(h, ';', nl)))
		return "not GraphML: looks like a table (CSV), expected a <graphml> element";
	if (r->in->any)
		return "not a network file: no XML element, and no comma, semicolon or tab in its first line (a CSV "
		       "table's header), expected GraphML, GEXF or a CSV edge table";
	return "not GraphML: no XML element, expected a <graphml> element";
}

static void xml_error(void *ctx, xmlErrorPtr err)
{
	reader *r = ctx;
	char msg[600];

	if (!err || err->level == XML_ERR_WARNING || r->st < 0)
		return;
	if (r->in->io_errno || r->in->st < 0) {
		r->st = sn__input_error(r->in);
		return;
	}
	sn__xml_message(err, msg, sizeof msg);
	if (err->code == XML_ERR_DOCUMENT_EMPTY)
		fail(r, SN_EPARSE, (unsigned long)err->line, (unsigned long)err->int2, "%s", what_it_is(r));
	else
		fail(r, SN_EPARSE, (unsigned long)err->line, (unsigned long)err->int2, "malformed XML: %s", msg);
}

/* ---- small helpers ---- */

/* Namespace URIs come from the parser's dictionary: after the first match
 * the GraphML namespace is recognised by its pointer. */
static int is_graphml(reader *r, const xmlChar *uri)
{
	if (uri == NULL || uri == r->gml_uri)
		return 1;
	if (strcmp((const char *)uri, GRAPHML_NS) != 0)
		return 0;
	r->gml_uri = uri;
	return 1;
}

static int eq(const xmlChar *a, const char *b)
{
	return strcmp((const char *)a, b) == 0;
}

/* An attribute value as text. Without entity substitution libxml2 hands
 * '&' in attribute values over as "&#38;" (for a tree builder to restore);
 * since a literal '&' always arrives that way, turning every "&#38;" back
 * into '&' is exact. */
static const char *decode_amp(reader *r, const char *v, size_t n, size_t *len)
{
	size_t o = 0;

	if (!memchr(v, '&', n)) {
		*len = n;
		return v;
	}
	if (sn__grow((void **)&r->scratch, &r->cscratch, n + 1, 1) < 0) {
		nomem(r);
		*len = 0;
		return "";
	}
	for (size_t i = 0; i < n; i++) {
		if (v[i] == '&' && i + 5 <= n && memcmp(v + i, "&#38;", 5) == 0) {
			r->scratch[o++] = '&';
			i += 4;
		} else
			r->scratch[o++] = v[i];
	}
	r->scratch[o] = '\0';
	*len = o;
	return r->scratch;
}

static const char *attr_value(reader *r, const xmlChar **a, size_t *len)
{
	return decode_amp(r, (const char *)a[3], (size_t)(a[4] - a[3]), len);
}

/* Namespace names arrive the same way. */
static const char *ns_value(reader *r, const xmlChar *uri, size_t *len)
{
	return decode_amp(r, (const char *)uri, strlen((const char *)uri), len);
}

/* SAX2 attributes come as (localname, prefix, URI, value, end) with values
 * not terminated. Finds an unprefixed attribute. */
static const xmlChar *attr_find(int n, const xmlChar **attrs, const xmlChar *name, size_t *len)
{
	for (int i = 0; i < n; i++) {
		const xmlChar **a = attrs + 5 * i;
		if (a[1] == NULL && a[0] == name) {
			*len = (size_t)(a[4] - a[3]);
			return a[3];
		}
	}
	return NULL;
}

static const xmlChar **attr_entry(int n, const xmlChar **attrs, const xmlChar *name)
{
	for (int i = 0; i < n; i++)
		if (attrs[5 * i + 1] == NULL && attrs[5 * i] == name)
			return attrs + 5 * i;
	return NULL;
}

static const char *attr_intern(reader *r, int n, const xmlChar **attrs, const xmlChar *name)
{
	const xmlChar **a = attr_entry(n, attrs, name);
	const char *v, *s;
	size_t len;

	if (!a)
		return NULL;
	v = attr_value(r, a, &len);
	if (!(s = sn__intern(r->g, v, len)))
		nomem(r);
	return s;
}

static int attr_is(int n, const xmlChar **attrs, const xmlChar *name, const char *value)
{
	size_t len;
	const xmlChar *v = attr_find(n, attrs, name, &len);
	return v && len == strlen(value) && memcmp(v, value, len) == 0;
}

static frame *push(reader *r, el_kind kind)
{
	frame *f;

	if (r->depth + 1 > r->cstack && sn__grow((void **)&r->stack, &r->cstack, r->depth + 1, sizeof *r->stack) < 0) {
		nomem(r);
		return NULL;
	}
	f = &r->stack[r->depth++];
	memset(f, 0, sizeof *f);
	f->kind = kind;
	/* only values are checked after their element started */
	if (kind == EL_DATA || kind == EL_DEFAULT || kind == EL_DESC)
		mark_pos(r, f);
	return f;
}

static frame *top(reader *r)
{
	return r->depth ? &r->stack[r->depth - 1] : NULL;
}

/* the innermost enclosing graph frame */
static frame *current_graph(reader *r)
{
	for (size_t i = r->depth; i > 0; i--)
		if (r->stack[i - 1].kind == EL_GRAPH)
			return &r->stack[i - 1];
	return NULL;
}

/* A value past max_value: the error is at its <data>, <default> or <desc>. */
static void value_too_long(reader *r)
{
	size_t i = r->depth;
	unsigned long line = 0, col = 0;

	while (i > 0 && r->stack[i - 1].kind == EL_OPAQUE)
		i--;
	if (i)
		frame_pos(r, &r->stack[i - 1], &line, &col);
	fail(r, SN_EPARSE, line, col, "value longer than %zu bytes", r->max_value);
}

static void text_append(reader *r, const char *s, size_t len)
{
	if (r->st < 0)
		return;
	if (r->ntext + len > r->max_value) {
		value_too_long(r);
		return;
	}
	if (r->ntext + len + 1 > r->ctext && sn__grow((void **)&r->text, &r->ctext, r->ntext + len + 1, 1) < 0) {
		nomem(r);
		return;
	}
	memcpy(r->text + r->ntext, s, len);
	r->ntext += len;
	r->text[r->ntext] = '\0';
}

static void text_escaped(reader *r, const char *s, size_t len, int in_attr)
{
	size_t start = 0;

	for (size_t i = 0; i < len; i++) {
		const char *rep = NULL;
		switch (s[i]) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = in_attr ? NULL : "&gt;"; break;
		case '"': rep = in_attr ? "&quot;" : NULL; break;
		case '\n': rep = in_attr ? "&#10;" : NULL; break;
		case '\r': rep = "&#13;"; break;
		case '\t': rep = in_attr ? "&#9;" : NULL; break;
		}
		if (rep) {
			text_append(r, s + start, i - start);
			text_append(r, rep, strlen(rep));
			start = i + 1;
		}
	}
	text_append(r, s + start, len - start);
}

static void text_qname(reader *r, const xmlChar *prefix, const xmlChar *local)
{
	if (prefix) {
		text_append(r, (const char *)prefix, strlen((const char *)prefix));
		text_append(r, ":", 1);
	}
	text_append(r, (const char *)local, strlen((const char *)local));
}

static const char *qname_intern(reader *r, const xmlChar *prefix, const xmlChar *local)
{
	char small[512], *buf = small;
	size_t lp = prefix ? strlen((const char *)prefix) : 0, ll = strlen((const char *)local), n = lp + !!prefix + ll;
	const char *s;

	/* names of any length: a cut one would no longer match its end tag */
	if (n >= sizeof small && !(buf = malloc(n + 1))) {
		nomem(r);
		return NULL;
	}
	if (prefix) {
		memcpy(buf, prefix, lp);
		buf[lp] = ':';
	}
	memcpy(buf + lp + !!prefix, local, ll + 1);
	if (!(s = sn__intern(r->g, buf, n)))
		nomem(r);
	if (buf != small)
		free(buf);
	return s;
}

/* ---- the parts of the document ---- */

/* Whether <graphml> binds prefix (NULL: the default namespace) to uri.
 * Asked for every element of yEd's graphics, so the answers are kept by
 * the dictionary's pointers (libxml2 interns prefixes and URIs for the
 * whole parse) until the root's declarations change. */
static int root_declares(reader *r, const xmlChar *prefix, const xmlChar *uri)
{
	int yes = 0;

	for (unsigned i = 0; i < r->nrd; i++)
		if (r->rd[i].prefix == prefix && r->rd[i].uri == uri)
			return r->rd[i].yes;
	for (size_t i = 0; i < r->g->n_root_attrs; i++) {
		const char *q = r->g->root_attrs[i].qname;
		if (strncmp(q, "xmlns", 5) != 0 || (prefix ? q[5] != ':' || strcmp(q + 6, (const char *)prefix) != 0
		                                             : q[5] != '\0'))
			continue;
		{
			size_t len;
			const char *v = ns_value(r, uri, &len);
			yes = strlen(r->g->root_attrs[i].value) == len && memcmp(r->g->root_attrs[i].value, v, len) == 0;
		}
		break;
	}
	if (r->nrd < sizeof r->rd / sizeof r->rd[0])
		r->rd[r->nrd++] = (struct rd_answer){ prefix, uri, yes };
	return yes;
}

/* A prefixed attribute kept for the writer (z:flag on a <node>) needs its
 * namespace declared where the writer declares namespaces: on <graphml>.
 * A declaration made on the element itself is copied there (a prefix the
 * root binds to another namespace is left as it is). */
static void keep_ns(reader *r, const xmlChar *prefix, const xmlChar *uri)
{
	sn_graph *g = r->g;
	char qn[300];
	sn_xattr *x;
	size_t len;
	const char *v;

	if (!prefix || !uri || r->st < 0 || root_declares(r, prefix, uri))
		return;
	snprintf(qn, sizeof qn, "xmlns:%s", (const char *)prefix);
	for (size_t i = 0; i < g->n_root_attrs; i++)
		if (strcmp(g->root_attrs[i].qname, qn) == 0)
			return;
	x = realloc(g->root_attrs, (g->n_root_attrs + 2) * sizeof *x);
	if (!x) {
		nomem(r);
		return;
	}
	g->root_attrs = x;
	x = &g->root_attrs[g->n_root_attrs];
	memset(x, 0, 2 * sizeof *x);
	x->qname = qname_intern(r, (const xmlChar *)"xmlns", prefix);
	v = ns_value(r, uri, &len);
	x->value = sn__intern(g, v, len);
	if (!x->qname || !x->value) {
		nomem(r);
		return;
	}
	g->n_root_attrs++;
	r->nrd = 0; /* the root declares one more */
}

/* Appends a namespace declaration, ' xmlns:prefix="uri"' (no prefix: the
 * default namespace). */
static void text_declare(reader *r, const xmlChar *prefix, const xmlChar *uri)
{
	size_t len;
	const char *v = ns_value(r, uri, &len);

	text_append(r, " xmlns", 6);
	if (prefix) {
		text_append(r, ":", 1);
		text_append(r, (const char *)prefix, strlen((const char *)prefix));
	}
	text_append(r, "=\"", 2);
	text_escaped(r, v, len, 1);
	text_append(r, "\"", 1);
}

/* Whether an element of the fragment with this prefix and namespace needs
 * the namespace declared: not when the element or the root declares it. */
static int needs_declaration(reader *r, const xmlChar *prefix, const xmlChar *uri, int nns, const xmlChar **ns)
{
	if (!uri)
		return 0;
	for (int i = 0; i < nns; i++)
		if ((ns[2 * i] == NULL) == (prefix == NULL) && (!prefix || eq(ns[2 * i], (const char *)prefix)))
			return 0;
	return !root_declares(r, prefix, uri);
}

/* Starts a verbatim value at the parse position, where libxml2 stands on
 * the '>' (or "/>") that ends the <data> or <default> start tag. */
static void raw_begin(reader *r)
{
	unsigned long long at;
	const unsigned char *c;

	r->raw = 0;
	if (r->raw_ok != 1)
		return;
	at = sn__input_pos(r->in);
	if (!(c = sn__input_tee_bytes(r->in, at, at + 1)) || (*c != '>' && *c != '/'))
		return; /* rebuilt from the parse events instead */
	r->raw = 1;
	r->raw_empty = *c == '/';
	r->raw_from = at + 1;
	r->nins = 0;
	r->in->tee_hold = at;
}

/* Notes a namespace declaration for the fragment, to go in at the parse
 * position (the end of the start tag of the element that needs it). */
static void raw_declare(reader *r, const xmlChar *prefix, const xmlChar *uri)
{
	if (sn__grow((void **)&r->ins, &r->cins, r->nins + 1, sizeof *r->ins) < 0) {
		nomem(r);
		return;
	}
	r->ins[r->nins++] = (struct raw_ns){ sn__input_pos(r->in), prefix, uri };
}

static void raw_too_long(reader *r)
{
	if (sn__input_pos(r->in) - r->raw_from > r->max_value)
		value_too_long(r);
}

/* An element inside a verbatim value: its bytes are the input's; only a
 * namespace bound outside the fragment is noted, to be declared. */
static void raw_element(reader *r, const xmlChar *prefix, const xmlChar *uri, int nns, const xmlChar **ns)
{
	raw_too_long(r);
	if (r->st >= 0 && needs_declaration(r, prefix, uri, nns, ns))
		raw_declare(r, prefix, uri);
}

/* Ends a verbatim value: the parse position is just past its end tag, so
 * the value runs to the last '<' (a start tag cannot hold one) before. */
static void raw_end(reader *r)
{
	unsigned long long end = sn__input_pos(r->in), lt;
	const unsigned char *b;

	r->raw = 0;
	r->in->tee_hold = SN__NO_HOLD;
	r->ntext = 0;
	if (r->raw_empty)
		return;
	if (end < r->raw_from || !(b = sn__input_tee_bytes(r->in, r->raw_from, end))) {
		fail(r, SN_EINTERNAL, 0, 0, "lost the bytes of a value kept verbatim%s%s", "", "");
		return;
	}
	lt = end - r->raw_from;
	while (lt > 0 && b[lt - 1] != '<')
		lt--;
	if (!lt || b[lt] != '/') {
		fail(r, SN_EINTERNAL, 0, 0, "lost the end of a value kept verbatim%s%s", "", "");
		return;
	}
	lt--;
	if (lt > r->max_value) {
		value_too_long(r);
		return;
	}
	{
		unsigned long long from = 0;
		for (size_t i = 0; i < r->nins; i++) {
			unsigned long long at = r->ins[i].at - r->raw_from;
			text_append(r, (const char *)b + from, (size_t)(at - from));
			text_declare(r, r->ins[i].prefix, r->ins[i].uri);
			from = at;
		}
		text_append(r, (const char *)b + from, (size_t)(lt - from));
	}
}

/* An element inside an opaque value (yEd's graphics): re-serialized as
 * markup, with its namespace declarations and attributes, so that the
 * writer can emit it verbatim. */
static void opaque_start(reader *r, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nns,
                         const xmlChar **ns, int nattr, const xmlChar **attrs)
{
	frame *f = push(r, EL_OPAQUE);

	if (!f)
		return;
	if (r->raw) {
		raw_element(r, prefix, uri, nns, ns);
		return;
	}
	text_append(r, "<", 1);
	text_qname(r, prefix, local);
	for (int i = 0; i < nns; i++)
		text_declare(r, ns[2 * i], ns[2 * i + 1]);
	/* a prefix bound on an ancestor outside the fragment (and not on the
	 * root, which the writer puts back) is declared here so the fragment
	 * stands alone */
	if (needs_declaration(r, prefix, uri, nns, ns))
		text_declare(r, prefix, uri);
	for (int i = 0; i < nattr; i++) {
		const xmlChar **a = attrs + 5 * i;
		text_append(r, " ", 1);
		text_qname(r, a[1], a[0]);
		text_append(r, "=\"", 2);
		{
			size_t len;
			const char *v = attr_value(r, a, &len);
			text_escaped(r, v, len, 1);
		}
		text_append(r, "\"", 1);
	}
	text_append(r, ">", 1);
}

static void skip_start(reader *r, const xmlChar *local, const xmlChar *prefix, const char *where)
{
	char qn[300];

	if (!(r->flags & SN_READ_STRICT) && sn__warn_dropped(r->g)) {
		push(r, EL_SKIP); /* a note not kept: no name formatted for it */
		return;
	}
	snprintf(qn, sizeof qn, "%s%s%s", prefix ? (const char *)prefix : "", prefix ? ":" : "", (const char *)local);
	if (r->flags & SN_READ_STRICT) {
		fail_here(r, SN_EPARSE, "unexpected element <%s> in %s (strict mode)", qn, where);
		return;
	}
	warn_here(r, "skipped element <%s> in %s", qn, where);
	push(r, EL_SKIP);
}

/* <graphml>: must be in the GraphML namespace; its namespace declarations
 * and attributes are kept for the writer. */
static void root_start(reader *r, const xmlChar *local, const xmlChar *uri, int nns, const xmlChar **ns,
                       int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;

	if (local == r->nm[NM_graphml] && !is_graphml(r, uri)) {
		fail_here(r, SN_EPARSE, "not GraphML: <graphml> is in the namespace '%s', expected %s", (const char *)uri,
		          "http://graphml.graphdrawing.org/xmlns");
		return;
	}
	if (local != r->nm[NM_graphml]) {
		fail_here(r, SN_EPARSE, "not GraphML: the root element is <%s>, expected <graphml>%s",
		          (const char *)local,
		          strcmp((const char *)local, "gexf") == 0 ? " (GEXF: sn_graph_read() reads it)" : "");
		return;
	}
	r->seen_root = 1;
	r->nrd = 0;
	g->root_attrs = calloc((size_t)nns + (size_t)nattr + 1, sizeof *g->root_attrs);
	if (!g->root_attrs) {
		nomem(r);
		return;
	}
	for (int i = 0; i < nns; i++) {
		sn_xattr *x = &g->root_attrs[g->n_root_attrs++];
		x->qname = qname_intern(r, ns[2 * i] ? (const xmlChar *)"xmlns" : NULL,
		                        ns[2 * i] ? ns[2 * i] : (const xmlChar *)"xmlns");
		{
			size_t len;
			const char *v = ns_value(r, ns[2 * i + 1], &len);
			x->value = sn__intern(g, v, len);
		}
		if (!x->value)
			nomem(r);
	}
	for (int i = 0; i < nattr; i++) {
		const xmlChar **a = attrs + 5 * i;
		sn_xattr *x = &g->root_attrs[g->n_root_attrs++];
		x->qname = qname_intern(r, a[1], a[0]);
		{
			size_t len;
			const char *v = attr_value(r, a, &len);
			x->value = sn__intern(g, v, len);
		}
		if (!x->value)
			nomem(r);
	}
	push(r, EL_GRAPHML);
}

/* The domain a key's for names, or -1 for one that is no GraphML domain. */
static int key_domain(const char *fr)
{
	if (!fr || !strcmp(fr, "all"))
		return SN_DOMAIN_ALL;
	if (!strcmp(fr, "graph"))
		return SN_DOMAIN_GRAPH;
	if (!strcmp(fr, "node"))
		return SN_DOMAIN_NODE;
	if (!strcmp(fr, "edge"))
		return SN_DOMAIN_EDGE;
	if (!strcmp(fr, "graphml") || !strcmp(fr, "hyperedge") || !strcmp(fr, "port") || !strcmp(fr, "endpoint"))
		return SN_DOMAIN_OTHER;
	return -1;
}

/* <key>: id, for, attr.name and attr.type are interpreted; yEd's yfiles.type
 * keys hold markup and become opaque; any other attribute is kept verbatim
 * for the writer. Assumes keys precede the graph, as GraphML requires. */
static void key_start(reader *r, int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;
	const xmlChar **ida;
	const char *id, *fr, *name, *type;
	size_t existing, nextra = 0;
	int yfiles = 0;
	sn_key *k;
	frame *f;

	ida = attr_entry(nattr, attrs, r->nm[NM_id]);
	fr = attr_intern(r, nattr, attrs, r->nm[NM_for]);
	name = attr_intern(r, nattr, attrs, r->nm[NM_attr_name]);
	type = attr_intern(r, nattr, attrs, r->nm[NM_attr_type]);
	if (r->st < 0)
		return;
	if (!ida) {
		fail_here(r, SN_EPARSE, "<key> without the required id attribute%s%s", "", "");
		return;
	}
	if (g->nkeys >= r->max_keys) {
		unsigned long line, col;
		tag_pos(r, &line, &col);
		fail(r, SN_EPARSE, line, col, "more than %zu keys (the max_keys limit)", r->max_keys);
		return;
	}
	{
		size_t len, *slot;
		const char *v = attr_value(r, ida, &len);
		int dup = 0;
		sn_status st;
		if ((slot = sn__strpool_val(&g->keyids, v, len)) && *slot) {
			/* igraph writes one id for a graph and a node key: each <data>
			 * then finds the key of its element's domain */
			const sn_key *first = &g->keys[*slot - 1];
			int d = key_domain(fr);
			if (d < 0 || d == SN_DOMAIN_ALL || first->domain == SN_DOMAIN_ALL || (int)first->domain == d ||
			    (r->flags & SN_READ_STRICT)) {
				fail_quoting(r, "duplicate key id '%s'%s", v, len);
				return;
			}
			dup = 1;
		}
		st = sn__key_append_dup(g, v, len, dup, &k);
		if (st < 0) {
			nomem(r);
			return;
		}
		id = k->id;
		if (dup) {
			if (sn__grow((void **)&r->reused, &r->creused, r->nreused + 1, sizeof *r->reused) < 0) {
				nomem(r);
				return;
			}
			r->reused[r->nreused++] = g->nkeys - 1;
			warn_here(r, "key id '%s' is used again, for %s keys: each <data> finds the key of its element "
			             "(as igraph writes)", id, fr);
		}
	}
	k->name = name;
	k->for_name = fr ? fr : "all";
	if (key_domain(fr) < 0) {
		fail_here(r, SN_EPARSE, "key '%s' has for=\"%s\", expected graph, node, edge or all", id, fr);
		return;
	}
	k->domain = (sn_domain)key_domain(fr);
	for (int i = 0; i < nattr; i++) {
		const xmlChar **a = attrs + 5 * i;
		if (!(a[1] == NULL && ((a[0] == r->nm[NM_id]) || (a[0] == r->nm[NM_for]) || (a[0] == r->nm[NM_attr_name]) ||
		                       (a[0] == r->nm[NM_attr_type]))))
			nextra++;
	}
	if (nextra) {
		k->extra = calloc(nextra, sizeof *k->extra);
		if (!k->extra) {
			nomem(r);
			return;
		}
		for (int i = 0; i < nattr; i++) {
			const xmlChar **a = attrs + 5 * i;
			if (a[1] == NULL && ((a[0] == r->nm[NM_id]) || (a[0] == r->nm[NM_for]) || (a[0] == r->nm[NM_attr_name]) ||
			                     (a[0] == r->nm[NM_attr_type])))
				continue;
			k->extra[k->n_extra].qname = qname_intern(r, a[1], a[0]);
			keep_ns(r, a[1], a[2]);
			{
				size_t len;
				const char *v = attr_value(r, a, &len);
				k->extra[k->n_extra].value = sn__intern(g, v, len);
			}
			if (!k->extra[k->n_extra++].value)
				nomem(r);
		}
	}
	k->has_type_attr = type != NULL;
	/* yEd Live (yFiles for HTML) marks its keys with y:attr.uri, not
	 * yfiles.type; without attr.type their values are markup */
	for (int i = 0; i < nattr && !yfiles; i++)
		yfiles = attrs[5 * i] == r->nm[NM_attr_uri] && attrs[5 * i + 1] != NULL;
	if (type && sn__type_from_name(type, &k->type)) {
		k->type_name = type;
	} else if (!type && !yfiles && !attr_find(nattr, attrs, r->nm[NM_yfiles_type], &existing)) {
		/* the schema's default attr.type */
		k->type = SN_TYPE_STRING;
		k->type_name = "string";
	} else {
		const char *what = type ? type : yfiles ? "y:attr.uri" : "yfiles.type";
		k->type = SN_TYPE_OPAQUE;
		k->type_name = type ? type : "string";
		if (r->raw_ok < 0 && (r->raw_ok = sn__input_tee_start(r->in)) < 0) {
			nomem(r);
			return;
		}
		if (r->flags & SN_READ_STRICT) {
			fail_here(r, SN_EPARSE, "key '%s' has attr.type '%s' that silknet does not interpret (strict mode)",
			          id, what);
			return;
		}
		{
			char what2[300];
			snprintf(what2, sizeof what2, type ? "attr.type '%s'" : "%s", what);
			warn_here(r, "key '%s' (%s) kept verbatim", id, what2);
		}
	}
	f = push(r, EL_KEY);
	if (f)
		f->index = g->nkeys - 1;
}

/* <graph>: the first top-level graph is the graph; a second is skipped;
 * one nested in a node becomes that node's subgraph (its nodes keep the
 * node as their parent). edgedefault is required by the schema but often
 * missing: it is then read as undirected, as NetworkX and igraph do, with
 * a warning (a nested graph takes its parent's). */
static void graph_start(reader *r, frame *parent, int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;
	const char *id;
	size_t len;
	frame *f;
	int directed;

	if (parent->kind == EL_GRAPHML && r->seen_graph) {
		warn_here(r, "skipped a second top-level <graph>: silknet reads the first%s%s", "", "");
		push(r, EL_SKIP);
		return;
	}
	if (attr_is(nattr, attrs, r->nm[NM_edgedefault], "directed"))
		directed = 1;
	else if (attr_is(nattr, attrs, r->nm[NM_edgedefault], "undirected"))
		directed = 0;
	else if (attr_find(nattr, attrs, r->nm[NM_edgedefault], &len)) {
		fail_here(r, SN_EPARSE, "edgedefault must be 'directed' or 'undirected'%s%s", "", "");
		return;
	} else {
		/* required by the schema; NetworkX and igraph read its absence as undirected */
		directed = parent->kind == EL_GRAPHML ? 0 : current_graph(r)->directed;
		if (parent->kind == EL_GRAPHML)
			warn_here(r, "<graph> without edgedefault: read as undirected%s%s", "", "");
	}
	id = attr_intern(r, nattr, attrs, r->nm[NM_id]);
	if (r->st < 0)
		return;
	if (parent->kind == EL_GRAPHML) {
		const xmlChar *pn = attr_find(nattr, attrs, r->nm[NM_parse_nodes], &len);
		const xmlChar *pe;
		size_t hn = 0, he = 0;
		if (pn)
			hn = (size_t)strtoull((const char *)pn, NULL, 10);
		pe = attr_find(nattr, attrs, r->nm[NM_parse_edges], &len);
		if (pe)
			he = (size_t)strtoull((const char *)pe, NULL, 10);
		if (hn > MAX_PRESIZE)
			hn = MAX_PRESIZE;
		if (he > MAX_PRESIZE)
			he = MAX_PRESIZE;
		if ((hn || he) && sn__reserve(g, hn, he) < 0) {
			nomem(r);
			return;
		}
		r->seen_graph = 1;
		r->top_directed = directed;
		g->graph_id = id;
	}
	f = push(r, EL_GRAPH);
	if (!f)
		return;
	f->directed = directed;
	f->top = parent->kind == EL_GRAPHML;
	f->index = parent->kind == EL_NODE ? parent->index : SIZE_MAX;
	if (parent->kind == EL_NODE && id) {
		if (!g->vsubgraph) {
			size_t c = 0;
			if (sn__grow((void **)&g->vsubgraph, &c, g->cv, sizeof *g->vsubgraph) < 0) {
				nomem(r);
				return;
			}
		}
		g->vsubgraph[parent->index] = id;
	}
}

/* Keeps the attributes of a <node> or <edge> that silknet does not
 * interpret (yEd's yfiles.foldertype) for the writer, as one interned
 * string of "qname\0value\0" pairs ended by an empty qname. */
static void keep_extra(reader *r, int nattr, const xmlChar **attrs, const enum name_id *known, size_t nknown,
                       const char ***arr, size_t cap, size_t index)
{
	int any = 0;

	r->ntext = 0;
	for (int i = 0; i < nattr; i++) {
		const xmlChar **a = attrs + 5 * i;
		size_t k = nknown;
		if (!a[1])
			for (k = 0; k < nknown && a[0] != r->nm[known[k]]; k++)
				;
		if (k < nknown)
			continue;
		keep_ns(r, a[1], a[2]);
		text_qname(r, a[1], a[0]);
		text_append(r, "", 1);
		{
			size_t len;
			const char *v = attr_value(r, a, &len);
			text_append(r, v, len);
		}
		text_append(r, "", 1);
		any = 1;
	}
	if (!any || r->st < 0)
		return;
	if (!*arr) {
		size_t c = 0;
		if (sn__grow((void **)arr, &c, cap, sizeof **arr) < 0) {
			nomem(r);
			return;
		}
	}
	/* the pool adds the final NUL that ends the list */
	if (!((*arr)[index] = sn__intern(r->g, r->text, r->ntext)))
		nomem(r);
	r->ntext = 0;
}

static void node_start(reader *r, frame *graph, int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;
	const xmlChar **ia = attr_entry(nattr, attrs, r->nm[NM_id]);
	const char *id, *text;
	size_t v, len;
	frame *f;
	sn_status st;

	if (r->st < 0)
		return;
	if (!ia || ia[4] == ia[3]) {
		fail_here(r, SN_EPARSE, "<node> without an id attribute%s%s", "", "");
		return;
	}
	text = attr_value(r, ia, &len);
	if ((st = sn__vertex_append(g, text, len, &id)) == SN_EINVAL) {
		fail_quoting(r, "duplicate node id '%s'%s", text, len);
		return;
	}
	if (st < 0) {
		check(r, st);
		return;
	}
	v = g->nv - 1;
	if (graph->index != SIZE_MAX && sn__set_parent(g, v, graph->index) < 0) {
		nomem(r);
		return;
	}
	if (nattr > 1) {
		static const enum name_id known[] = { NM_id };
		keep_extra(r, nattr, attrs, known, 1, &g->vextra, g->cv, v);
	}
	f = push(r, EL_NODE);
	if (f)
		f->index = v;
}

/* <edge>: an end already declared is found now; one not yet declared is
 * kept pending and resolved at the end of the document (resolve_pending),
 * as GraphML allows. An edge whose directed attribute differs from its
 * graph's makes the graph mixed, which sn__graph_add_twins settles at the end. */
/* Keeps an edge's ends unresolved (SIZE_MAX) to be found at the end of the
 * document, as an end not declared yet is. */
static void pend(reader *r, size_t e, const char *src, const char *tgt, unsigned long line, unsigned long col)
{
	pending_edge *p;

	if (sn__grow((void **)&r->pending, &r->cpending, r->npending + 1, sizeof *r->pending) < 0) {
		nomem(r);
		return;
	}
	p = &r->pending[r->npending++];
	p->edge = e;
	p->source = src;
	p->target = tgt;
	p->line = line;
	p->col = col;
}

/* Finds the ends of the deferred edges, in order; an end not declared yet
 * is kept pending as edge_start keeps it. */
static void resolve_deferred(reader *r)
{
	sn_graph *g = r->g;

	for (size_t i = 0; i < r->ndeferred && r->st >= 0; i++) {
		deferred_edge *d = &r->deferred[i];
		const char *iid[2] = { NULL, NULL };
		for (int end = 0; end < 2; end++) {
			const char *text = r->dtext + d->off[end];
			size_t v = sn__vertex_find_numbered(g, text, d->len[end], SIZE_MAX, &d->hash[end]);
			if (v == SIZE_MAX && !(iid[end] = sn__intern(g, text, d->len[end]))) {
				nomem(r);
				return;
			}
			g->ends[2 * d->edge + end] = (igraph_integer_t)(v == SIZE_MAX ? 0 : v);
		}
		if (iid[0] || iid[1])
			pend(r, d->edge, iid[0], iid[1], d->line, d->col);
	}
	r->ndeferred = 0;
	r->ndtext = 0;
}

static void edge_start(reader *r, frame *graph, int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;
	const char *src = NULL, *tgt = NULL, *id = NULL, *id_text;
	size_t id_len = 0;
	const xmlChar **ends[2];
	size_t num[2];
	uint64_t hash[2];
	int hashed[2] = { 0, 0 }, defer;
	size_t e, s = 0, t = 0, len;
	int directed = graph->directed;
	frame *f;
	sn_status st;

	if (attr_find(nattr, attrs, r->nm[NM_sourceport], &len) || attr_find(nattr, attrs, r->nm[NM_targetport], &len)) {
		/* yEd Live attaches edges to ports: the edge is read between the
		 * nodes, the port names kept verbatim */
		if (r->flags & SN_READ_STRICT) {
			fail_here(r, SN_EPARSE, "ports (sourceport/targetport) are not supported (strict mode)%s%s", "", "");
			return;
		}
		if (!r->warned_ports++)
			warn_here(r, "edge ports (sourceport/targetport) kept verbatim: the edge joins the nodes%s%s", "", "");
	}
	/* both ends' lookups start before either waits for memory */
	for (int end = 0; end < 2; end++) {
		const xmlChar **ea = ends[end] = attr_entry(nattr, attrs, r->nm[end ? NM_target : NM_source]);
		num[end] = SIZE_MAX;
		if (ea && !memchr(ea[3], '&', (size_t)(ea[4] - ea[3]))) {
			num[end] = sn__vertex_number(g, (const char *)ea[3], (size_t)(ea[4] - ea[3]));
			sn__vertex_prefetch(g, (const char *)ea[3], (size_t)(ea[4] - ea[3]), num[end], &hash[end]);
			hashed[end] = num[end] == SIZE_MAX;
		}
	}
	defer = hashed[0] && hashed[1];
	for (int end = 0; end < 2 && !defer; end++) {
		const xmlChar **ea = ends[end];
		size_t elen, v;
		const char *text, *iid = NULL;
		if (!ea) {
			fail_here(r, SN_EPARSE, "<edge> without %s attribute%s", end ? "a target" : "a source", "");
			return;
		}
		text = attr_value(r, ea, &elen);
		if (num[end] == SIZE_MAX)
			num[end] = sn__vertex_number(g, text, elen);
		/* an end not declared yet is kept by id, to be found at the end */
		if ((v = sn__vertex_find_numbered(g, text, elen, num[end], hashed[end] ? &hash[end] : NULL)) == SIZE_MAX &&
		    !(iid = sn__intern(g, text, elen))) {
			nomem(r);
			return;
		}
		if (end)
			tgt = iid, t = v;
		else
			src = iid, s = v;
	}
	if (r->st < 0)
		return;
	if (attr_is(nattr, attrs, r->nm[NM_directed], "true") || attr_is(nattr, attrs, r->nm[NM_directed], "1"))
		directed = 1;
	else if (attr_is(nattr, attrs, r->nm[NM_directed], "false") || attr_is(nattr, attrs, r->nm[NM_directed], "0"))
		directed = 0;
	else if (attr_find(nattr, attrs, r->nm[NM_directed], &len)) {
		fail_here(r, SN_EPARSE, "edge attribute directed must be 'true' or 'false'%s%s", "", "");
		return;
	}
	if (g->ne + 1 > g->ce && (st = sn__reserve(g, g->nv, g->ce ? g->ce * 2 : 16)) < 0) {
		check(r, st);
		return;
	}
	if (r->cedir < g->ce && sn__grow((void **)&r->edir, &r->cedir, g->ce, 1) < 0) {
		nomem(r);
		return;
	}
	e = g->ne;
	/* the id's text, decoded last (a decoded value lives in a scratch
	 * buffer the next one reuses), kept by number when edges are numbered */
	{
		const xmlChar **a = attr_entry(nattr, attrs, r->nm[NM_id]);
		id_text = a ? attr_value(r, a, &id_len) : NULL;
	}
	if (id_text) {
		int repeated;
		if ((st = sn__edge_id_keep(g, e, id_text, id_len, &id, &repeated)) < 0) {
			check(r, st);
			return;
		}
		if (repeated && !r->dup_edge_ids) {
			/* NetworkX writes multigraph edge keys as ids, repeating them
			 * across node pairs: keep them as they are, say so once */
			r->dup_edge_ids = 1;
			warn_here(r, "edge id '%s' is used more than once (as NetworkX writes multigraphs); "
			             "ids kept, lookup by id finds the first%s", id, "");
		}
		g->eid[e] = id;
	}
	if (defer) {
		/* both ends by name: looked up a few edges on */
		deferred_edge *d = &r->deferred[r->ndeferred];
		size_t need = r->ndtext;
		for (int end = 0; end < 2; end++)
			need += (size_t)(ends[end][4] - ends[end][3]);
		if (sn__grow((void **)&r->dtext, &r->cdtext, need + 1, 1) < 0) {
			nomem(r);
			return;
		}
		d->edge = e;
		for (int end = 0; end < 2; end++) {
			d->hash[end] = hash[end];
			d->off[end] = r->ndtext;
			d->len[end] = (size_t)(ends[end][4] - ends[end][3]);
			memcpy(r->dtext + r->ndtext, ends[end][3], d->len[end]);
			r->ndtext += d->len[end];
		}
		tag_pos(r, &d->line, &d->col);
		s = t = 0;
	} else if (s == SIZE_MAX || t == SIZE_MAX) {
		unsigned long line, col;
		/* pending ends stay in document order */
		resolve_deferred(r);
		tag_pos(r, &line, &col);
		pend(r, e, src, tgt, line, col);
		if (r->st < 0)
			return;
	}
	g->ends[2 * e] = (igraph_integer_t)(s == SIZE_MAX ? 0 : s);
	g->ends[2 * e + 1] = (igraph_integer_t)(t == SIZE_MAX ? 0 : t);
	g->ne++;
	if (defer && ++r->ndeferred == DEFERRED_EDGES)
		resolve_deferred(r);
	if (graph->index != SIZE_MAX && sn__set_edge_parent(g, e, graph->index) < 0) {
		nomem(r);
		return;
	}
	r->edir[e] = (int8_t)directed;
	/* source and target are always there; a third may be one to keep */
	if (nattr > 2) {
		static const enum name_id known[] = { NM_id, NM_source, NM_target, NM_directed };
		keep_extra(r, nattr, attrs, known, 4, &g->eextra, g->ce, e);
	}
	if (directed)
		r->ndirected++;
	else
		r->nundirected++;
	f = push(r, EL_EDGE);
	if (f)
		f->index = e;
}

/* <data>: the key must be declared and be for the parent's domain; the
 * value is captured as text (or verbatim markup for opaque keys) and
 * parsed at the end tag. */
static void data_start(reader *r, frame *parent, int nattr, const xmlChar **attrs)
{
	sn_graph *g = r->g;
	const xmlChar **ka = attr_entry(nattr, attrs, r->nm[NM_key]);
	const char *keyid;
	sn_domain owner;
	size_t k, len, *slot;
	frame *f;

	if (r->st < 0)
		return;
	if (!ka) {
		fail_here(r, SN_EPARSE, "<data> without a key attribute%s%s", "", "");
		return;
	}
	keyid = attr_value(r, ka, &len);
	{
		int ps = parent->kind == EL_NODE ? 1 : parent->kind == EL_EDGE ? 2 : 0;
		size_t *guess = parent->last_key ? &r->next_key[parent->last_key - 1] : &r->first_key[ps];
		const char *gid = *guess ? g->keys[*guess - 1].id : NULL;
		if (gid && strncmp(gid, keyid, len) == 0 && gid[len] == '\0')
			k = *guess - 1;
		else {
			slot = sn__strpool_val(&g->keyids, keyid, len);
			if (!slot || !*slot) {
				fail_quoting(r, "<data> for undeclared key '%s'%s", keyid, len);
				return;
			}
			k = *slot - 1;
			if (sn__grow((void **)&r->next_key, &r->cnext_key, g->nkeys, sizeof *r->next_key) < 0) {
				nomem(r);
				return;
			}
			/* the table may have moved */
			guess = parent->last_key ? &r->next_key[parent->last_key - 1] : &r->first_key[ps];
			*guess = k + 1;
		}
		parent->last_key = k + 1;
	}
	keyid = g->keys[k].id;
	if (parent->kind == EL_GRAPHML) {
		/* yEd keeps its shared resources here (for="graphml") */
		if (strcmp(g->keys[k].for_name, "graphml") != 0 && g->keys[k].domain != SN_DOMAIN_ALL) {
			fail_here(r, SN_EPARSE, "<data> in <graphml> for key '%s', which is for %s", keyid,
			          g->keys[k].for_name);
			return;
		}
		if (!(f = push(r, EL_DATA)))
			return;
		f->owner = SN_DOMAIN_OTHER;
		f->key = k;
		r->capture = 1;
		r->opaque = g->keys[k].type == SN_TYPE_OPAQUE;
		r->ntext = 0;
		if (r->opaque)
			raw_begin(r);
		return;
	}
	if (parent->kind == EL_GRAPH && !parent->top) {
		warn_here(r, "skipped <data key=\"%s\"> of %s", keyid, "a nested <graph>");
		push(r, EL_SKIP);
		return;
	}
	owner = parent->kind == EL_GRAPH ? SN_DOMAIN_GRAPH : parent->kind == EL_NODE ? SN_DOMAIN_NODE
	                                                                              : SN_DOMAIN_EDGE;
	for (size_t i = 0; i < r->nreused && !(g->keys[k].domain & owner); i++)
		if (g->keys[r->reused[i]].id == keyid && (g->keys[r->reused[i]].domain & owner))
			k = r->reused[i];
	if (!(g->keys[k].domain & owner) || g->keys[k].domain == SN_DOMAIN_OTHER) {
		char where[300];
		snprintf(where, sizeof where, "<data> in <%s> for key '%%s', which is for %s%s", sn_domain_name(owner),
		         g->keys[k].for_name, r->flags & SN_READ_STRICT ? "" : ": skipped");
		if (r->flags & SN_READ_STRICT) {
			fail_here(r, SN_EPARSE, where, keyid, "");
			return;
		}
		warn_here(r, where, keyid, "");
		push(r, EL_SKIP);
		return;
	}
	f = push(r, EL_DATA);
	if (!f)
		return;
	f->owner = owner;
	f->index = parent->kind == EL_GRAPH ? 0 : parent->index;
	f->key = k;
	r->capture = 1;
	r->opaque = g->keys[k].type == SN_TYPE_OPAQUE;
	r->ntext = 0;
	if (r->opaque)
		raw_begin(r);
}

/* <desc> of the graphml root, a graph, a node or an edge: its text is
 * captured; a nested graph's is skipped (silknet keeps one graph's). */
static void desc_start(reader *r, frame *parent)
{
	frame *f;

	if (!(f = push(r, EL_DESC)))
		return;
	f->owner = parent->kind == EL_NODE ? SN_DOMAIN_NODE : parent->kind == EL_EDGE ? SN_DOMAIN_EDGE
	           : parent->kind == EL_GRAPH ? SN_DOMAIN_GRAPH : SN_DOMAIN_OTHER;
	f->index = parent->index;
	if (parent->kind == EL_GRAPH && !parent->top) {
		f->kind = EL_SKIP;
		warn_here(r, "skipped <desc> of a nested <graph>%s%s", "", "");
		return;
	}
	if (parent->kind == EL_GRAPHML)
		f->owner = SN_DOMAIN_ALL;
	r->capture = 1;
	r->opaque = 0;
	r->ntext = 0;
}

/* <default> of a key: its text is captured, verbatim for yEd's keys. */
static void default_start(reader *r, frame *parent)
{
	frame *f;

	if (!(f = push(r, EL_DEFAULT)))
		return;
	f->index = parent->index;
	r->capture = 1;
	r->opaque = r->g->keys[parent->index].type == SN_TYPE_OPAQUE;
	r->ntext = 0;
	if (r->opaque)
		raw_begin(r);
}

static const char *tag_of(enum el_kind kind)
{
	switch (kind) {
	case EL_GRAPHML: return "<graphml>";
	case EL_KEY: return "<key>";
	case EL_GRAPH: return "<graph>";
	case EL_NODE: return "<node>";
	default: return "<edge>";
	}
}

/* A GraphML element inside <graphml>, <key>, <graph>, <node> or <edge>:
 * dispatched by parent and name; what GraphML allows there but silknet does
 * not read is skipped with a warning (skip_start). */
/* A <key> inside <graph>: GraphML declares keys in <graphml>, but some
 * writers put them here; read it (an error in strict mode). */
static void inner_key(reader *r, int nattr, const xmlChar **attrs)
{
	if (r->flags & SN_READ_STRICT) {
		fail_here(r, SN_EPARSE, "<key> inside <graph> (strict mode), expected keys in <graphml>, before the "
		                        "<graph>%s%s", "", "");
		return;
	}
	warn_here(r, "<key> inside <graph> read, though GraphML declares keys in <graphml>, before the <graph>%s%s",
	          "", "");
	key_start(r, nattr, attrs);
}

static void child_start(reader *r, frame *parent, const xmlChar *local, const xmlChar *prefix, int nattr,
                        const xmlChar **attrs)
{
	int is_data = local == r->nm[NM_data], is_graph = local == r->nm[NM_graph];

	switch (parent->kind) {
	case EL_GRAPHML:
		if (local == r->nm[NM_key])
			key_start(r, nattr, attrs);
		else if (is_graph)
			graph_start(r, parent, nattr, attrs);
		else if (is_data)
			data_start(r, parent, nattr, attrs);
		else if (local == r->nm[NM_node] || local == r->nm[NM_edge])
			fail_here(r, SN_EPARSE, "<%s> outside <graph>%s", (const char *)local, "");
		else
			skip_start(r, local, prefix, "<graphml>");
		return;
	case EL_KEY:
		if (local == r->nm[NM_default])
			default_start(r, parent);
		else
			skip_start(r, local, prefix, "<key>");
		return;
	case EL_GRAPH:
		if (local == r->nm[NM_node])
			node_start(r, parent, nattr, attrs);
		else if (local == r->nm[NM_edge])
			edge_start(r, parent, nattr, attrs);
		else if (is_data)
			data_start(r, parent, nattr, attrs);
		else if (local == r->nm[NM_key])
			inner_key(r, nattr, attrs);
		else
			skip_start(r, local, prefix, "<graph>");
		return;
	case EL_NODE:
		if (is_data)
			data_start(r, parent, nattr, attrs);
		else if (is_graph)
			graph_start(r, parent, nattr, attrs);
		else
			skip_start(r, local, prefix, "<node>");
		return;
	case EL_EDGE:
		if (is_data)
			data_start(r, parent, nattr, attrs);
		else if (is_graph)
			fail_here(r, SN_EPARSE, "a <graph> nested in an <edge> is not supported%s%s", "", "");
		else
			skip_start(r, local, prefix, "<edge>");
		return;
	default:
		return;
	}
}

/* libxml2's SAX2 start-element callback. What an element means depends on
 * its parent's frame: inside data, defaults and skipped or verbatim
 * elements the element is handled by that frame; elsewhere by child_start.
 * Elements GraphML has but silknet refuses (hyperedges, ports, locators)
 * stop the read. */
static void start_element(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int nns,
                          const xmlChar **ns, int nattr, int ndefaulted, const xmlChar **attrs)
{
	reader *r = ctx;
	frame *parent;

	(void)ndefaulted;
	if (r->st < 0)
		return;
	/* the one frame this element may push is made room for first, so that
	 * parent (and a graph frame handlers take) stays where it is */
	if (r->depth + 1 > r->cstack && sn__grow((void **)&r->stack, &r->cstack, r->depth + 1, sizeof *r->stack) < 0) {
		nomem(r);
		return;
	}
	parent = top(r);
	if (!parent) {
		root_start(r, local, uri, nns, ns, nattr, attrs);
		return;
	}
	switch (parent->kind) {
	case EL_SKIP:
		push(r, EL_SKIP);
		return;
	case EL_OPAQUE:
		opaque_start(r, local, prefix, uri, nns, ns, nattr, attrs);
		return;
	case EL_DATA:
	case EL_DEFAULT:
		if (r->opaque) {
			opaque_start(r, local, prefix, uri, nns, ns, nattr, attrs);
			return;
		}
		fail_here(r, SN_EPARSE, "element <%s> inside <%s>, expected text",
		          (const char *)local, parent->kind == EL_DATA ? "data" : "default");
		return;
	case EL_DESC:
		fail_here(r, SN_EPARSE, "element <%s> inside <desc>, expected text%s", (const char *)local, "");
		return;
	default:
		break;
	}
	if (!is_graphml(r, uri))
		skip_start(r, local, prefix, tag_of(parent->kind));
	else if (local == r->nm[NM_desc])
		desc_start(r, parent);
	else if (local == r->nm[NM_hyperedge])
		fail_here(r, SN_EPARSE, "hyperedges are not supported%s%s", "", "");
	else if (local == r->nm[NM_port] && (r->flags & SN_READ_STRICT))
		fail_here(r, SN_EPARSE, "ports are not supported (strict mode)%s%s", "", "");
	else if (local == r->nm[NM_port]) {
		if (!r->warned_ports++)
			warn_here(r, "<port> skipped: silknet does not read ports (edges join the nodes)%s%s", "", "");
		push(r, EL_SKIP);
	}
	else if (local == r->nm[NM_locator])
		fail_here(r, SN_EPARSE, "<locator> is not supported: silknet reads no file but the one it is given%s%s",
		          "", "");
	else
		child_start(r, parent, local, prefix, nattr, attrs);
}

/* End of <data> or <default>: parses the captured text as the key's type;
 * an unparsable value is an error at the value's position, quoted. */
static void value_end(reader *r, frame *f)
{
	sn_graph *g = r->g;
	sn_key *k = &g->keys[f->kind == EL_DATA ? f->key : f->index];
	const char *why = NULL;
	sn_val v;
	sn_status st;

	st = sn__parse_key_value(g, k, r->text ? r->text : "", r->ntext, &v, &why);
	if (st == SN_EPARSE) {
		char shown[48];
		unsigned long line, col;
		size_t n = r->ntext < 40 ? r->ntext : 40;
		memcpy(shown, r->text ? r->text : "", n);
		shown[n] = '\0';
		for (char *p = shown; *p; p++)
			if ((unsigned char)*p < 0x20)
				*p = ' ';
		frame_pos(r, f, &line, &col);
		if (r->flags & SN_READ_STRICT)
			fail(r, SN_EPARSE, line, col, "%s '%s%s' for %s key '%s': %s", f->kind == EL_DATA ? "value" : "default",
			     shown, r->ntext > n ? "..." : "", k->type_name, k->id, why);
		else
			/* a value silknet cannot read is left unset, not the file refused */
			check(r, sn__warn(g, "%s:%lu:%lu: %s '%s%s' for %s key '%s' left unset: %s", r->file, line, col,
			                  f->kind == EL_DATA ? "value" : "default", shown, r->ntext > n ? "..." : "",
			                  k->type_name, k->id, why));
		return;
	}
	if (st < 0) {
		check(r, st);
		return;
	}
	if (f->kind == EL_DEFAULT) {
		char buf[64];
		k->def = v;
		k->has_default = 1;
		if (k->type == SN_TYPE_STRING || k->type == SN_TYPE_OPAQUE)
			k->def_text = v.s;
		else {
			sn__format_number(k->type, v, buf, sizeof buf);
			if (!(k->def_text = sn__intern(g, buf, strlen(buf))))
				nomem(r);
		}
		return;
	}
	if (f->owner == SN_DOMAIN_OTHER) {
		k->root_val = v;
		k->root_set = 1;
		return;
	}
	check(r, sn__column_set(g, k, sn__domain_slot(f->owner), f->index, v));
}

static void end_element(void *ctx, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri)
{
	reader *r = ctx;
	frame *f;

	(void)uri;
	if (r->st < 0 || !r->depth)
		return;
	f = &r->stack[r->depth - 1];
	switch (f->kind) {
	case EL_OPAQUE:
		if (r->raw)
			break;
		/* libxml2 hands the end tag's own name: nothing kept for it */
		text_append(r, "</", 2);
		text_qname(r, prefix, local);
		text_append(r, ">", 1);
		break;
	case EL_DATA:
	case EL_DEFAULT:
		if (r->raw)
			raw_end(r);
		if (r->st >= 0)
			value_end(r, f);
		r->capture = r->opaque = 0;
		break;
	case EL_DESC: {
		const char *d = sn__intern(r->g, r->text ? r->text : "", r->ntext);
		if (!d)
			nomem(r);
		else if (f->owner == SN_DOMAIN_OTHER)
			r->g->keys[f->index].desc = d;
		else if (f->owner == SN_DOMAIN_ALL)
			r->g->graphml_desc = d;
		else
			check(r, sn__set_desc(r->g, f->owner, f->owner == SN_DOMAIN_GRAPH ? 0 : f->index, d));
		r->capture = 0;
		break;
	}
	default:
		break;
	}
	r->depth--;
}

static void characters(void *ctx, const xmlChar *ch, int len)
{
	reader *r = ctx;

	if (!r->capture || r->st < 0)
		return;
	if (r->raw)
		raw_too_long(r);
	else if (r->opaque)
		text_escaped(r, (const char *)ch, (size_t)len, 0);
	else
		text_append(r, (const char *)ch, (size_t)len);
}

static void cdata_block(void *ctx, const xmlChar *ch, int len)
{
	reader *r = ctx;

	if (!r->capture || r->st < 0)
		return;
	if (r->raw)
		raw_too_long(r);
	else if (r->opaque) {
		text_append(r, "<![CDATA[", 9);
		text_append(r, (const char *)ch, (size_t)len);
		text_append(r, "]]>", 3);
	} else
		text_append(r, (const char *)ch, (size_t)len);
}

/* GraphML needs no DTD. Declaring entities is refused rather than ignored:
 * ignoring would silently drop the text they stand for, and refusing also
 * stops external entities (XXE) and entity amplification at the first one. */
static void entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                        const xmlChar *system_id, xmlChar *content)
{
	reader *r = ctx;
	unsigned long line = 0, col = 0;

	(void)type;
	(void)public_id;
	(void)content;
	if (r->ctxt->input) {
		line = (unsigned long)r->ctxt->input->line;
		col = (unsigned long)r->ctxt->input->col;
	}
	fail(r, SN_EPARSE, line, col, "entity declaration '%s' refused: GraphML needs no DTD entities%s",
	     (const char *)name, system_id ? " (and external entities are never loaded)" : "");
}

/* A DTD's <!ATTLIST> would make libxml2 add default attributes to every
 * element it names: node ids, directed, a key's for and attr.type, and
 * copies of a long value on every node (a 1 MB file grew to 2 GB). No
 * GraphML tool writes one; it is refused as entity declarations are. */
static void attribute_decl(void *ctx, const xmlChar *elem, const xmlChar *fullname, int type, int def,
                           const xmlChar *default_value, xmlEnumerationPtr tree)
{
	reader *r = ctx;
	unsigned long line = 0, col = 0;

	(void)type;
	(void)def;
	(void)default_value;
	xmlFreeEnumeration(tree); /* the handler owns it */
	if (r->ctxt->input) {
		line = (unsigned long)r->ctxt->input->line;
		col = (unsigned long)r->ctxt->input->col;
	}
	fail(r, SN_EPARSE, line, col,
	     "DTD attribute declaration for <%s %s> refused: GraphML needs no DTD, and its defaults would "
	     "change the graph",
	     (const char *)elem, (const char *)fullname);
}

static xmlEntityPtr get_entity(void *ctx, const xmlChar *name)
{
	(void)ctx;
	return xmlGetPredefinedEntity(name);
}

static void reference(void *ctx, const xmlChar *name)
{
	reader *r = ctx;
	unsigned long line = 0, col = 0;

	if (r->ctxt->input) {
		line = (unsigned long)r->ctxt->input->line;
		col = (unsigned long)r->ctxt->input->col;
	}
	fail(r, SN_EPARSE, line, col, "reference to undeclared entity '&%s;'", (const char *)name);
}

/* ---- after the last element ---- */

static sn_status resolve_pending(reader *r)
{
	sn_graph *g = r->g;

	for (size_t i = 0; i < r->npending; i++) {
		pending_edge *p = &r->pending[i];
		/* an end found when the edge was read has no id kept here */
		const char *ids[2] = { p->source ? p->source : g->vid[g->ends[2 * p->edge]],
		                       p->target ? p->target : g->vid[g->ends[2 * p->edge + 1]] };
		for (int end = 0; end < 2; end++) {
			size_t v;
			if (!(end ? p->target : p->source))
				continue;
			v = sn__vertex_find(g, ids[end], strlen(ids[end]));
			if (v == SIZE_MAX) {
				sn_status st;
				if (!(r->flags & SN_READ_CREATE_MISSING)) {
					const char *eid = g->eid ? g->eid[p->edge] : NULL;
					char ename[300];
					if (eid)
						snprintf(ename, sizeof ename, "edge '%s'", eid);
					else
						snprintf(ename, sizeof ename, "edge from '%s' to '%s'", ids[0], ids[1]);
					return sn__error_at(SN_EPARSE, r->file, p->line, p->col,
					                    "%s names undeclared %s node '%s'", ename,
					                    end == 0 ? "source" : "target", ids[end]);
				}
				if ((st = sn_graph_vertex_add(g, ids[end], &v)) < 0)
					return st;
				sn__warn(g, "%s:%lu:%lu: created node '%s' named by an edge", r->file, p->line, p->col,
				         ids[end]);
			}
			g->ends[2 * p->edge + end] = (igraph_integer_t)v;
		}
	}
	return SN_OK;
}

static sn_status finish(reader *r)
{
	sn_graph *g = r->g;
	sn_status st;

	if (!r->seen_graph)
		sn__warn(g, "%s: no <graph> element: the graph is empty", r->file);
	resolve_deferred(r);
	if (r->st < 0)
		return r->st;
	if ((st = resolve_pending(r)) < 0 || (st = sn__merge_number_keys(g, r->file)) < 0 || (st = sn__yed_labels(g)) < 0)
		return st;
	if (r->ndirected && r->nundirected)
		return sn__graph_add_twins(g, r->edir, r->nundirected, r->file);
	g->directed = r->ndirected ? 1 : r->nundirected ? 0 : r->top_directed;
	return SN_OK;
}

/* The size of sn_read_opts as each version declared it (an older caller's
 * struct ends earlier), or 0 for a version that never existed. */
static size_t read_opts_size(unsigned version)
{
	switch (version) {
	case 1: return offsetof(sn_read_opts, max_keys);
	case 2: return sizeof(sn_read_opts);
	default: return 0;
	}
}

/* Every reader entry point ends here: sets up libxml2's SAX2 parser with no
 * network, no DTD loading and no entity substitution, feeds it from src and
 * checks the limits in opts. On failure *out stays NULL and the error names
 * FILE:LINE:COL. */
sn_status sn__read_graphml(sn_graph **out, sn__input *in, const sn_read_opts *opts)
{
	xmlSAXHandler sax;
	sn__xmlquiet quiet;
	reader r;
	sn_status st;

	*out = NULL;
	if (opts && !read_opts_size(opts->version))
		return sn__error(SN_EINVAL, "invalid argument: sn_read_opts version %u, expected 1 to %u", opts->version,
		                 SN_READ_OPTS_VERSION);
	memset(&r, 0, sizeof r);
	r.raw_ok = -1;
	r.file = in->name ? in->name : "<input>";
	r.in = in;
	r.flags = opts ? opts->flags : 0;
	r.max_value = opts && opts->max_value_bytes ? opts->max_value_bytes : DEFAULT_MAX_VALUE;
	r.max_keys = opts && opts->version >= 2 && opts->max_keys ? opts->max_keys : DEFAULT_MAX_KEYS;
	if ((st = sn_graph_new(&r.g, 0)) < 0)
		return st;

	memset(&sax, 0, sizeof sax);
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElementNs = start_element;
	sax.endElementNs = end_element;
	sax.characters = characters;
	sax.cdataBlock = cdata_block;
	sax.entityDecl = entity_decl;
	sax.attributeDecl = attribute_decl;
	sax.getEntity = get_entity;
	sax.reference = reference;
	sax.serror = xml_error;

	sn__xml_quiet_enter(&quiet);
	r.ctxt = sn__xml_new(in, &sax, &r);
	for (int i = 0; r.ctxt && i < NM_COUNT_; i++)
		if (!(r.nm[i] = xmlDictLookup(r.ctxt->dict, (const xmlChar *)name_text[i], -1))) {
			xmlFreeParserCtxt(r.ctxt);
			r.ctxt = NULL;
		}
	if (!r.ctxt) {
		sn__xml_quiet_leave(&quiet);
		sn_graph_free(r.g);
		return sn__error_nomem();
	}
	xmlParseDocument(r.ctxt);
	st = r.st;
	if (st == SN_OK && (!r.ctxt->wellFormed || !r.seen_root)) {
		if (in->io_errno || in->st < 0)
			st = sn__input_error(in);
		else
			st = sn__error_at(SN_EPARSE, r.file, (unsigned long)(r.ctxt->input ? r.ctxt->input->line : 0), 0,
			                  "malformed XML, expected a <graphml> document");
	}
	sn__xml_free(r.ctxt);
	sn__xml_quiet_leave(&quiet);
	if (st == SN_OK)
		st = finish(&r);
	free(r.stack);
	free(r.text);
	free(r.scratch);
	free(r.ins);
	free(r.edir);
	free(r.pending);
	free(r.dtext);
	free(r.next_key);
	free(r.reused);
	if (st < 0) {
		sn_graph_free(r.g);
		return st;
	}
	*out = r.g;
	return SN_OK;
}

sn_status sn_read_opts_init(sn_read_opts *opts, unsigned version)
{
	SN_CHECK_ARG(opts != NULL);
	if (!read_opts_size(version))
		return sn__error(SN_EINVAL, "invalid argument: sn_read_opts version %u, expected 1 to %u", version,
		                 SN_READ_OPTS_VERSION);
	memset(opts, 0, read_opts_size(version));
	opts->version = version;
	return SN_OK;
}

/* The public readers: one format, or the one the content shows. */
static sn_status read_input(sn_graph **out, sn__input *in, const sn_read_opts *opts, int any)
{
	sn_status st = sn__input_start(in);
	sn__format f;

	if (st < 0)
		return st;
	in->any = any;
	f = sn__input_format(in);
	if (f == SN__FORMAT_GEXF && any)
		return sn__read_gexf(out, in, opts);
	if (f == SN__FORMAT_CSV && any)
		return sn__read_csv(out, in, NULL, opts);
	return sn__read_graphml(out, in, opts);
}

static sn_status read_path(sn_graph **out, const char *path, const sn_read_opts *opts, int any)
{
	sn__input in;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(path != NULL);
	if ((st = sn__input_open(&in, path)) == SN_OK)
		st = read_input(out, &in, opts, any);
	sn__input_close(&in);
	return st;
}

static sn_status read_fd(sn_graph **out, int fd, const char *name, const sn_read_opts *opts, int any)
{
	sn__input in;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(fd >= 0);
	sn__input_init(&in, name ? name : "<fd>");
	in.fd = fd;
	st = read_input(out, &in, opts, any);
	sn__input_close(&in);
	return st;
}

static sn_status read_memory(sn_graph **out, const void *buf, size_t len, const char *name,
                             const sn_read_opts *opts, int any)
{
	sn__input in;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(buf != NULL || len == 0);
	sn__input_init(&in, name ? name : "<memory>");
	in.mem = buf ? buf : (const void *)"";
	in.len = len;
	st = read_input(out, &in, opts, any);
	sn__input_close(&in);
	return st;
}

sn_status sn_graph_read_graphml(sn_graph **out, const char *path, const sn_read_opts *opts)
{
	return read_path(out, path, opts, 0);
}

sn_status sn_graph_read_graphml_fd(sn_graph **out, int fd, const char *name, const sn_read_opts *opts)
{
	return read_fd(out, fd, name, opts, 0);
}

sn_status sn_graph_read_graphml_file(sn_graph **out, FILE *fp, const char *name, const sn_read_opts *opts)
{
	sn__input in;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(fp != NULL);
	sn__input_init(&in, name ? name : "<stream>");
	in.fp = fp;
	st = read_input(out, &in, opts, 0);
	sn__input_close(&in);
	return st;
}

sn_status sn_graph_read_graphml_memory(sn_graph **out, const void *buf, size_t len, const char *name,
                                       const sn_read_opts *opts)
{
	return read_memory(out, buf, len, name, opts, 0);
}

sn_status sn_graph_read(sn_graph **out, const char *path, const sn_read_opts *opts)
{
	return read_path(out, path, opts, 1);
}

sn_status sn_graph_read_fd(sn_graph **out, int fd, const char *name, const sn_read_opts *opts)
{
	return read_fd(out, fd, name, opts, 1);
}

sn_status sn_graph_read_memory(sn_graph **out, const void *buf, size_t len, const char *name,
                               const sn_read_opts *opts)
{
	return read_memory(out, buf, len, name, opts, 1);
}
