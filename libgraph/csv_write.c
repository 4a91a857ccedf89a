/*
 * csv_write.c - a node table and an edge table (RFC 4180) that Gephi's
 * spreadsheet import, pandas, Spark and silknet's own reader take.
 *
 * CSV has no types: silknet's reader infers them (csv_read.c), so a column
 * whose values would be inferred as another kind (a string column of
 * digits, an empty double column) says its type in the header, name:type.
 * Ints and floats are widened to long and double, exactly. A double is
 * written with a decimal point or an exponent, so that it reads back as a
 * double. Graph attributes, desc and nesting have no place in a table.
 */
#include "config.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

sn_status sn__edge_kinds(const sn_graph *g, unsigned char **out)
{
	*out = NULL;
	if (!g->etwin)
		return SN_OK;
	if (!(*out = calloc(g->ne ? g->ne : 1, 1)))
		return sn__error_nomem();
	for (size_t e = 0; e < g->ne; e++)
		if (g->etwin[e] != SIZE_MAX) {
			(*out)[e] = 2;
			(*out)[g->etwin[e]] = 1;
		}
	return SN_OK;
}

sn_status sn__unique_titles(const sn_graph *g, sn_domain d, const char **titles, sn__strpool *pool)
{
	memset(pool, 0, sizeof *pool);
	for (size_t k = 0; k < g->nkeys; k++) {
		const sn_key *key = &g->keys[k];
		const char *base = key->name && *key->name ? key->name : key->id && *key->id ? key->id : "attribute";
		char *alt = NULL;
		size_t cap = strlen(base) + strlen(key->id ? key->id : "") + 48;
		titles[k] = NULL;
		if (key->merged || !(key->domain == d || key->domain == SN_DOMAIN_ALL))
			continue;
		if (!sn__strpool_get(pool, base, strlen(base))) {
			if (!(titles[k] = sn__strpool_intern(pool, base, strlen(base))))
				return sn__error_nomem();
			continue;
		}
		if (!(alt = malloc(cap)))
			return sn__error_nomem();
		snprintf(alt, cap, "%s_%s", base, key->id ? key->id : "");
		for (size_t n = 2; sn__strpool_get(pool, alt, strlen(alt)); n++)
			snprintf(alt, cap, "%s_%s_%zu", base, key->id ? key->id : "", n);
		titles[k] = sn__strpool_intern(pool, alt, strlen(alt));
		free(alt);
		if (!titles[k])
			return sn__error_nomem();
	}
	return SN_OK;
}

/* A field, quoted when it holds the delimiter, a quote, a line break or
 * blanks at either end (the reader drops those of unquoted fields), or is
 * an empty string (an unquoted empty field is no value). A semicolon or
 * tab is quoted too: readers that tell the delimiter from the header, ours
 * among them, count them outside quotes, and a column named "a;b;c" would
 * make the semicolon win. */
static void field(sn__buf *b, const char *s, int first)
{
	size_t n = strlen(s);
	int quote = n == 0 || s[0] == ' ' || s[0] == '\t' || s[n - 1] == ' ' || s[n - 1] == '\t' ||
	            strpbrk(s, ",;\t\"\r\n") != NULL;

	if (!first)
		sn__buf_put(b, ",", 1);
	if (!quote) {
		sn__buf_put(b, s, n);
		return;
	}
	sn__buf_put(b, "\"", 1);
	for (const char *p = s; *p; p++) {
		const char *q = strchr(p, '"');
		if (!q) {
			sn__buf_put(b, p, strlen(p));
			break;
		}
		sn__buf_put(b, p, (size_t)(q - p) + 1);
		sn__buf_put(b, "\"", 1);
		p = q;
	}
	sn__buf_put(b, "\"", 1);
}

typedef struct table_col {
	size_t key;
	const char *title; /* unique in the table */
	int declare;       /* write name:type */
} table_col;

/* The header name of key k: name:type when the type must be said. */
static void header_name(sn__buf *b, const char *name, const sn_key *key, int declare)
{
	sn__buf h = { 0 };

	sn__buf_put(&h, name, strlen(name));
	if (declare) {
		sn_type t = key->type == SN_TYPE_INT ? SN_TYPE_LONG : key->type == SN_TYPE_FLOAT ? SN_TYPE_DOUBLE :
		            key->type == SN_TYPE_OPAQUE ? SN_TYPE_STRING : key->type;
		sn__buf_put(&h, ":", 1);
		sn__buf_put(&h, sn_type_name(t), strlen(sn_type_name(t)));
	}
	if (h.oom) {
		b->oom = 1;
		free(h.p);
		return;
	}
	field(b, h.p ? h.p : "", 0);
	free(h.p);
}

static int is_structural(const char *name, int edges)
{
	static const char *const edge_names[] = { "source", "target", "id", "type" };
	if (!strcmp(name, "Label") || !strcmp(name, "Weight"))
		return 1; /* the reader would rename them */
	if (!edges)
		return !strcasecmp(name, "id");
	for (size_t i = 0; i < 4; i++)
		if (!strcasecmp(name, edge_names[i]))
			return 1;
	return 0;
}

/* The attribute columns of domain d, and which must declare their type. */
static sn_status columns(const sn_graph *g, sn_domain d, const unsigned char *kinds, table_col **out, size_t *n,
                         sn__strpool *pool)
{
	int slot = sn__domain_slot(d);
	size_t count = d == SN_DOMAIN_NODE ? g->nv : g->ne;
	const char **titles;
	sn_status st;

	*n = 0;
	memset(pool, 0, sizeof *pool);
	if (!(*out = calloc(g->nkeys ? g->nkeys : 1, sizeof **out)) ||
	    !(titles = calloc(g->nkeys ? g->nkeys : 1, sizeof *titles)))
		return sn__error_nomem();
	if ((st = sn__unique_titles(g, d, titles, pool)) < 0) {
		free(titles);
		return st;
	}
	for (size_t k = 0; k < g->nkeys; k++) {
		const sn_key *key = &g->keys[k];
		const char *name = titles[k], *colon;
		sn_type dummy;
		int any = 0, inferred_ok = 1;
		if (!name)
			continue; /* not of this table */
		colon = strrchr(name, ':');
		for (size_t i = 0; i < count; i++) {
			sn_val v;
			if ((kinds && kinds[i] == 2) || !sn__column_get(key, slot, i, &v))
				continue;
			any = 1;
			if ((key->type == SN_TYPE_STRING || key->type == SN_TYPE_OPAQUE) && !sn__csv_reads_as_text(v.s))
				inferred_ok = 0;
		}
		(*out)[*n].key = k;
		(*out)[*n].title = name;
		(*out)[*n].declare = !inferred_ok || (!any && key->type != SN_TYPE_STRING) ||
		                     is_structural(name, d == SN_DOMAIN_EDGE) ||
		                     (colon && sn__type_from_name(colon + 1, &dummy));
		(*n)++;
	}
	free(titles);
	return SN_OK;
}

static void value(sn__buf *b, const sn_key *key, int slot, size_t i)
{
	char buf[64];
	sn_val v;

	if (!sn__column_get(key, slot, i, &v)) {
		sn__buf_put(b, ",", 1);
		return;
	}
	if (key->type == SN_TYPE_STRING || key->type == SN_TYPE_OPAQUE) {
		field(b, v.s, 0);
		return;
	}
	sn__format_number(key->type, v, buf, sizeof buf);
	if ((key->type == SN_TYPE_DOUBLE || key->type == SN_TYPE_FLOAT) && !strpbrk(buf, ".eENI"))
		strcat(buf, ".0");
	field(b, buf, 0);
}

/* Checks that every string of the table is UTF-8 without control
 * characters, as the reader requires. */
static sn_status check_strings(const sn_graph *g, const table_col *cols, size_t ncols, sn_domain d)
{
	int slot = sn__domain_slot(d);
	size_t count = d == SN_DOMAIN_NODE ? g->nv : g->ne;

	for (size_t c = 0; c < ncols; c++) {
		const sn_key *key = &g->keys[cols[c].key];
		if (key->type != SN_TYPE_STRING && key->type != SN_TYPE_OPAQUE)
			continue;
		for (size_t i = 0; i < count; i++) {
			sn_val v;
			if (sn__column_get(key, slot, i, &v) && !sn__xml_safe(v.s))
				return sn__error(SN_EINVAL, "%s %zu: value of '%s' holds a control character or invalid UTF-8",
				                 d == SN_DOMAIN_NODE ? "node" : "edge", i, key->name ? key->name : key->id);
		}
	}
	return SN_OK;
}

static sn_status node_table(const sn_graph *g, sn__buf *b)
{
	table_col *cols;
	sn__strpool pool;
	size_t n;
	sn_status st;

	if ((st = columns(g, SN_DOMAIN_NODE, NULL, &cols, &n, &pool)) < 0) {
		free(cols);
		sn__strpool_free(&pool);
		return st;
	}
	if ((st = check_strings(g, cols, n, SN_DOMAIN_NODE)) == SN_OK) {
		sn__buf_put(b, "id", 2);
		for (size_t c = 0; c < n; c++)
			header_name(b, cols[c].title, &g->keys[cols[c].key], cols[c].declare);
		sn__buf_put(b, "\r\n", 2);
		for (size_t v = 0; v < g->nv; v++) {
			field(b, g->vid[v], 1);
			for (size_t c = 0; c < n; c++)
				value(b, &g->keys[cols[c].key], 1, v);
			sn__buf_put(b, "\r\n", 2);
		}
	}
	free(cols);
	sn__strpool_free(&pool);
	return st;
}

static sn_status edge_table(const sn_graph *g, sn__buf *b)
{
	unsigned char *kinds;
	table_col *cols = NULL;
	sn__strpool pool = { 0 };
	size_t n;
	int typed = sn_graph_is_directed(g);
	sn_status st;

	if ((st = sn__edge_kinds(g, &kinds)) < 0)
		return st;
	if ((st = columns(g, SN_DOMAIN_EDGE, kinds, &cols, &n, &pool)) == SN_OK &&
	    (st = check_strings(g, cols, n, SN_DOMAIN_EDGE)) == SN_OK) {
		sn__buf_put(b, "source,target", 13);
		if (typed)
			sn__buf_put(b, ",type", 5);
		if (g->eid)
			sn__buf_put(b, ",id", 3);
		for (size_t c = 0; c < n; c++)
			header_name(b, cols[c].title, &g->keys[cols[c].key], cols[c].declare);
		sn__buf_put(b, "\r\n", 2);
		for (size_t e = 0; e < g->ne; e++) {
			char buf[SN__VERTEX_ID_BUF];
			if (e + 16 < g->ne)
				sn__vertex_id_prefetch(g, (size_t)g->ends[2 * (e + 16)], (size_t)g->ends[2 * (e + 16) + 1]);
			if (kinds && kinds[e] == 2)
				continue;
			field(b, sn__vertex_id(g, (size_t)g->ends[2 * e], buf), 1);
			field(b, sn__vertex_id(g, (size_t)g->ends[2 * e + 1], buf), 0);
			if (typed)
				sn__buf_put(b, kinds && kinds[e] == 1 ? ",Undirected" : ",Directed",
				            kinds && kinds[e] == 1 ? 11 : 9);
			if (g->eid) {
				if (g->eid[e])
					field(b, g->eid[e], 0);
				else
					sn__buf_put(b, ",", 1);
			}
			for (size_t c = 0; c < n; c++)
				value(b, &g->keys[cols[c].key], 2, e);
			sn__buf_put(b, "\r\n", 2);
		}
	}
	free(cols);
	free(kinds);
	sn__strpool_free(&pool);
	return st;
}

static sn_status tables(const sn_graph *g, sn__buf *nodes, sn__buf *edges)
{
	sn_status st;

	memset(nodes, 0, sizeof *nodes);
	memset(edges, 0, sizeof *edges);
	if ((st = node_table(g, nodes)) == SN_OK)
		st = edge_table(g, edges);
	if (st == SN_OK && (nodes->oom || edges->oom))
		st = sn__error_nomem();
	if (st < 0) {
		free(nodes->p);
		free(edges->p);
	}
	return st;
}

/* Each table goes to its file in 1 MB pieces as it is made (atomically:
 * the files are replaced when both are complete, the node table first). */
sn_status sn_graph_write_csv(const sn_graph *g, const char *nodes, const char *edges, const sn_write_opts *opts)
{
	sn__buf nb, eb;
	sn__atomic an, ae;
	sn_status st;

	(void)opts;
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(nodes != NULL);
	SN_CHECK_ARG(edges != NULL);
	memset(&nb, 0, sizeof nb);
	memset(&eb, 0, sizeof eb);
	if ((st = sn__buf_stream(&nb, nodes, NULL, &an)) < 0)
		return st;
	if ((st = sn__buf_stream(&eb, edges, NULL, &ae)) < 0)
		return sn__buf_stream_end(&nb, nodes, &an, st);
	if ((st = node_table(g, &nb)) == SN_OK)
		st = edge_table(g, &eb);
	/* a failed node table takes the edge table with it */
	st = sn__buf_stream_end(&nb, nodes, &an, st);
	return sn__buf_stream_end(&eb, edges, &ae, st);
}

sn_status sn_graph_write_csv_memory(char **nodes, size_t *nlen, char **edges, size_t *elen, const sn_graph *g,
                                    const sn_write_opts *opts)
{
	sn__buf nb, eb;
	sn_status st;

	(void)opts;
	SN_CHECK_ARG(nodes != NULL);
	SN_CHECK_ARG(edges != NULL);
	*nodes = *edges = NULL;
	SN_CHECK_ARG(g != NULL);
	if ((st = tables(g, &nb, &eb)) < 0)
		return st;
	if ((st = sn__buf_emit(&nb, NULL, NULL, nodes, nlen)) < 0) {
		free(eb.p);
		return st;
	}
	if ((st = sn__buf_emit(&eb, NULL, NULL, edges, elen)) < 0) {
		free(*nodes);
		*nodes = NULL;
	}
	return st;
}
