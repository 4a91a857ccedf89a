/*
 * csv_read.c - CSV edge and node tables (RFC 4180, as spreadsheets,
 * pandas, Gephi and Neo4j write them).
 *
 * A table is read in one pass: ends and ids become vertices and edges at
 * once, attribute values are kept as text until the last row, since a
 * column's type is known only when every value has been seen. What
 * silknet writes from a table must read back, so every value is checked
 * to be UTF-8 that XML can hold.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define CSV_BUF ((size_t)64 * 1024)

enum role { ROLE_ATTR, ROLE_SOURCE, ROLE_TARGET, ROLE_ID, ROLE_TYPE };

/* inferred kinds, narrowest first: a column is the first kind all of its
 * values fit */
enum { FIT_LONG = 1, FIT_DOUBLE = 2, FIT_BOOL = 4 };

typedef struct column {
	char *name;
	enum role role;
	int declared;        /* a type was declared with name:type */
	sn_type type;
	unsigned fits;       /* FIT_* every value so far fits */
	size_t nvalues;      /* values given (not empty fields) */
	int dir_ok;          /* for ROLE_TYPE: every value Directed or Undirected */
	/* a number too large for a double, reported if the column ends up
	 * numeric */
	unsigned long big_line, big_col;
	size_t key;          /* at the end: its key, or SIZE_MAX */
} column;

/* An empty field in the store: no value (control characters are refused
 * in values, so no value reads so). */
#define NO_VALUE "\x01"

typedef struct field {
	size_t off, len;
	unsigned long line, col;
	int quoted;
} field;

typedef struct csv {
	sn__input *in;
	const char *file;
	sn_graph *g;
	unsigned char *buf;
	size_t n, pos;
	int eof;
	unsigned long line, col;
	int delim;
	/* the record being read */
	char *rec;
	size_t nrec, crec;
	field *f;
	size_t nf, cf;
	unsigned long rec_line;
	/* the values kept until the types are known */
	char *store;
	size_t nstore, cstore;
	column *cols;
	size_t ncols;
	size_t nrows;
	sn_status st;
} csv;

static sn_status fail_at(csv *c, unsigned long line, unsigned long col, const char *fmt, const char *a,
                         const char *b)
{
	char msg[700];

	snprintf(msg, sizeof msg, fmt, a, b);
	return c->st = sn__error_at(SN_EPARSE, c->file, line, col, "%s", msg);
}

/* The next byte, or -1 at the end (-2 on a read error). */
static int next_byte(csv *c)
{
	if (c->pos == c->n) {
		long got;
		if (c->eof)
			return -1;
		got = sn__input_read(c->in, c->buf, CSV_BUF);
		if (got < 0) {
			c->st = sn__input_error(c->in);
			return -2;
		}
		if (got == 0) {
			c->eof = 1;
			return -1;
		}
		c->n = (size_t)got;
		c->pos = 0;
	}
	return c->buf[c->pos++];
}

static int peek_byte(csv *c)
{
	int b = next_byte(c);
	if (b >= 0)
		c->pos--;
	return b;
}

static sn_status rec_put(csv *c, unsigned char b)
{
	if (c->nrec == c->crec) {
		sn_status st = sn__grow((void **)&c->rec, &c->crec, c->nrec + 1, 1);
		if (st < 0)
			return c->st = st;
	}
	c->rec[c->nrec++] = (char)b;
	return SN_OK;
}

/* One UTF-8 character starting with byte b into the record: its
 * continuation bytes are checked, and so is that XML can hold it. */
static sn_status take_char(csv *c, int b)
{
	int need = 0;
	unsigned long line = c->line, col = c->col;
	unsigned cp;

	c->col++;
	if (b < 0x80) {
		if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
			char code[8];
			snprintf(code, sizeof code, "%04X", (unsigned)b);
			return fail_at(c, line, col, "control character U+%s, which XML cannot hold, expected text", code, NULL);
		}
		return rec_put(c, (unsigned char)b);
	}
	if (b >= 0xc2 && b <= 0xdf)
		need = 1, cp = (unsigned)b & 0x1f;
	else if (b >= 0xe0 && b <= 0xef)
		need = 2, cp = (unsigned)b & 0x0f;
	else if (b >= 0xf0 && b <= 0xf4)
		need = 3, cp = (unsigned)b & 0x07;
	else
		return fail_at(c, line, col, "a byte that is not UTF-8, expected UTF-8 text (save the table as UTF-8)",
		               NULL, NULL);
	if (rec_put(c, (unsigned char)b) < 0)
		return c->st;
	for (int i = 0; i < need; i++) {
		int k = next_byte(c);
		if (k == -2)
			return c->st;
		if (k < 0 || (k & 0xc0) != 0x80)
			return fail_at(c, line, col, "a byte that is not UTF-8, expected UTF-8 text (save the table as UTF-8)",
			               NULL, NULL);
		cp = cp << 6 | ((unsigned)k & 0x3f);
		if (rec_put(c, (unsigned char)k) < 0)
			return c->st;
	}
	if ((need == 2 && cp < 0x800) || (need == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff) || cp == 0xfffe || cp == 0xffff)
		return fail_at(c, line, col, "a byte sequence that is not UTF-8 text XML can hold, expected UTF-8 text",
		               NULL, NULL);
	return SN_OK;
}

static sn_status end_field(csv *c, size_t start, unsigned long line, unsigned long col, int quoted)
{
	field *f;

	if (c->nf == c->cf) {
		sn_status st = sn__grow((void **)&c->f, &c->cf, c->nf + 1, sizeof *c->f);
		if (st < 0)
			return c->st = st;
	}
	f = &c->f[c->nf++];
	if (!quoted) {
		/* blanks around an unquoted field are not part of it ("a, b") */
		while (start < c->nrec && (c->rec[start] == ' ' || (c->rec[start] == '\t' && c->delim != '\t')))
			start++, col++;
		while (c->nrec > start && (c->rec[c->nrec - 1] == ' ' || (c->rec[c->nrec - 1] == '\t' && c->delim != '\t')))
			c->nrec--;
	}
	f->off = start;
	f->len = c->nrec - start;
	f->line = line;
	f->col = col;
	f->quoted = quoted;
	return rec_put(c, 0);
}

/* Reads one record into rec and f: 1, or 0 at the end, or -1 on an error.
 * Lines that are empty are skipped. */
static int read_record(csv *c)
{
	for (;;) {
		int b = peek_byte(c);
		if (b == -2)
			return -1;
		if (b == -1)
			return 0;
		if (b == '\n' || b == '\r') {
			next_byte(c);
			if (b == '\r' && peek_byte(c) == '\n')
				next_byte(c);
			c->line++;
			c->col = 1;
			continue;
		}
		break;
	}
	c->nrec = c->nf = 0;
	c->rec_line = c->line;
	for (;;) {
		size_t start = c->nrec;
		unsigned long line = c->line, col = c->col;
		int b = next_byte(c), quoted = 0;
		if (b == -2)
			return -1;
		/* blanks before an opening quote */
		while (b == ' ' || (b == '\t' && c->delim != '\t')) {
			if (rec_put(c, (unsigned char)b) < 0)
				return -1;
			c->col++;
			b = next_byte(c);
		}
		if (b == '"') {
			quoted = 1;
			c->nrec = start;
			c->col++;
			for (;;) {
				b = next_byte(c);
				if (b == -2)
					return -1;
				if (b == -1) {
					fail_at(c, line, col, "a quoted field that never ends, expected a closing '\"'", NULL, NULL);
					return -1;
				}
				if (b == '"') {
					c->col++;
					if (peek_byte(c) != '"')
						break;
					next_byte(c);
					c->col++;
					if (rec_put(c, '"') < 0)
						return -1;
					continue;
				}
				if (b == '\n') {
					if (rec_put(c, '\n') < 0)
						return -1;
					c->line++;
					c->col = 1;
					continue;
				}
				if (b == '\r') {
					if (rec_put(c, '\r') < 0)
						return -1;
					continue;
				}
				if (take_char(c, b) < 0)
					return -1;
			}
			b = next_byte(c);
			while (b == ' ' || (b == '\t' && c->delim != '\t')) {
				c->col++;
				b = next_byte(c);
			}
			if (b >= 0 && b != c->delim && b != '\n' && b != '\r') {
				char got[2] = { (char)b, 0 };
				fail_at(c, c->line, c->col, "'%s' after a closing quote, expected a delimiter or the end of the line",
				        b >= 0x20 && b < 0x7f ? got : "?", NULL);
				return -1;
			}
		} else {
			while (b >= 0 && b != c->delim && b != '\n' && b != '\r') {
				if (b == '"') {
					fail_at(c, c->line, c->col, "a quote inside an unquoted field, expected the whole field in "
					        "quotes with the quote doubled (\"\")", NULL, NULL);
					return -1;
				}
				if (take_char(c, b) < 0)
					return -1;
				b = next_byte(c);
			}
			if (b == -2)
				return -1;
		}
		if (end_field(c, start, line, col, quoted) < 0)
			return -1;
		if (b == c->delim) {
			c->col++;
			continue;
		}
		if (b == '\r' && peek_byte(c) == '\n')
			next_byte(c);
		if (b >= 0) {
			c->line++;
			c->col = 1;
		}
		return 1;
	}
}

static const char *field_text(const csv *c, size_t i)
{
	return c->rec + c->f[i].off;
}

/* ---- the header ---- */

static int type_from_name(const char *s, sn_type *out)
{
	static const struct {
		const char *name;
		sn_type type;
	} names[] = {
		{ "string", SN_TYPE_STRING }, { "str", SN_TYPE_STRING },     { "int", SN_TYPE_INT },
		{ "integer", SN_TYPE_INT },   { "long", SN_TYPE_LONG },      { "double", SN_TYPE_DOUBLE },
		{ "float", SN_TYPE_FLOAT },   { "number", SN_TYPE_DOUBLE },  { "bool", SN_TYPE_BOOLEAN },
		{ "boolean", SN_TYPE_BOOLEAN },
	};
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(s, names[i].name) == 0) {
			*out = names[i].type;
			return 1;
		}
	return 0;
}

/* The delimiter the header line holds most often, outside quotes; the
 * comma when it holds none (a one-column table, then refused). */
static int sniff_delimiter(const sn__input *in)
{
	size_t count[3] = { 0, 0, 0 };
	static const char delims[3] = { ',', ';', '\t' };
	int quoted = 0, best = 0;

	for (size_t i = 0; i < in->nhead; i++) {
		unsigned char b = in->head[i];
		if (b == '"')
			quoted = !quoted;
		else if (!quoted && (b == '\n' || b == '\r'))
			break;
		else if (!quoted)
			for (int d = 0; d < 3; d++)
				count[d] += b == (unsigned char)delims[d];
	}
	for (int d = 1; d < 3; d++)
		if (count[d] > count[best])
			best = d;
	return delims[best];
}

static sn_status read_header(csv *c, int edges)
{
	int rc = read_record(c);
	int have_src = 0, have_tgt = 0;

	if (rc < 0)
		return c->st;
	if (rc == 0)
		return fail_at(c, 1, 1, "an empty table, expected a header line naming the columns (%s)",
		               edges ? "source,target,..." : "id,...", NULL);
	if (!(c->cols = calloc(c->nf, sizeof *c->cols)))
		return c->st = sn__error_nomem();
	c->ncols = c->nf;
	for (size_t i = 0; i < c->nf; i++) {
		column *col = &c->cols[i];
		const char *name = field_text(c, i), *colon = strrchr(name, ':');
		size_t len = c->f[i].len;
		if (colon && type_from_name(colon + 1, &col->type)) {
			col->declared = 1;
			len = (size_t)(colon - name);
		}
		if (!(col->name = strndup(name, len)))
			return c->st = sn__error_nomem();
		col->fits = FIT_LONG | FIT_DOUBLE | FIT_BOOL;
		col->dir_ok = 1;
		if (!*col->name)
			return fail_at(c, c->f[i].line, c->f[i].col, "a column with no name, expected a name in the header",
			               NULL, NULL);
		if (col->declared)
			; /* name:type is an attribute, whatever its name */
		else if (edges && (strcasecmp(col->name, "source") == 0 || strcasecmp(col->name, "target") == 0)) {
			int src = strcasecmp(col->name, "source") == 0;
			if (src ? have_src++ : have_tgt++)
				return fail_at(c, c->f[i].line, c->f[i].col, "a second %s column ('%s'), expected one",
				               src ? "source" : "target", col->name);
			col->role = src ? ROLE_SOURCE : ROLE_TARGET;
		}
		else if (strcasecmp(col->name, "id") == 0)
			col->role = ROLE_ID;
		else if (edges && strcasecmp(col->name, "type") == 0 && !col->declared)
			col->role = ROLE_TYPE; /* an attribute after all unless every value is a direction */
		/* a declared source:string beside source is no repeat: one is an
		 * attribute, the other the ends */
		for (size_t j = 0; j < i; j++)
			if (strcmp(c->cols[j].name, col->name) == 0 && (c->cols[j].role == ROLE_ATTR) == (col->role == ROLE_ATTR))
				return fail_at(c, c->f[i].line, c->f[i].col, "a second column named '%s', expected each name once",
				               col->name, NULL);
		/* Gephi's Label and Weight are silknet's label and weight */
		if (!col->declared && (strcmp(col->name, "Label") == 0 || strcmp(col->name, "Weight") == 0))
			col->name[0] = (char)(col->name[0] - 'A' + 'a');
	}
	if (edges && (!have_src || !have_tgt))
		return fail_at(c, c->f[0].line, 1, "no '%s' column, expected a header naming the source and target columns "
		               "(source,target,...)", have_src ? "target" : "source", NULL);
	if (!edges) {
		size_t i;
		for (i = 0; i < c->ncols && c->cols[i].role != ROLE_ID; i++)
			;
		if (i == c->ncols)
			return fail_at(c, c->f[0].line, 1, "no 'id' column, expected a header naming the node ids (id,...)",
			               NULL, NULL);
	}
	return SN_OK;
}

/* ---- values ---- */

/* strtod's numbers, but only in decimal (no hex, no leading blanks), plus
 * INF, inf, Infinity, infinity (signed or not), NaN and nan. */
static int number_syntax(const char *s)
{
	const char *p = s;
	int digits = 0;

	if (*p == '+' || *p == '-')
		p++;
	if (!strcmp(p, "INF") || !strcmp(p, "inf") || (*s != '+' && (!strcmp(p, "Infinity") || !strcmp(p, "infinity"))) ||
	    (p == s && (!strcmp(p, "NaN") || !strcmp(p, "nan"))))
		return 1;
	while (*p >= '0' && *p <= '9')
		p++, digits++;
	if (*p == '.')
		for (p++; *p >= '0' && *p <= '9'; p++)
			digits++;
	if (!digits)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return 0;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return *p == '\0';
}

static int long_syntax(const char *s, int64_t *out)
{
	const char *p = s + (*s == '+' || *s == '-');
	char *end;
	long long v;

	if (!*p)
		return 0;
	for (const char *q = p; *q; q++)
		if (*q < '0' || *q > '9')
			return 0;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno)
		return 0;
	*out = v;
	return 1;
}

static int bool_syntax(const char *s, int declared, int *out)
{
	if (strcasecmp(s, "true") == 0 || (declared && strcmp(s, "1") == 0))
		return *out = 1, 1;
	if (strcasecmp(s, "false") == 0 || (declared && strcmp(s, "0") == 0))
		return *out = 0, 1;
	return 0;
}

int sn__csv_reads_as_text(const char *s)
{
	int b;

	return !number_syntax(s) && !bool_syntax(s, 0, &b);
}

/* A number's double, or 0 when it is too large for one (HUGE_VAL). */
static int double_value(const char *s, double *out)
{
	errno = 0;
	*out = strtod(s, NULL);
	return !(errno == ERANGE && fabs(*out) == HUGE_VAL);
}

/* Checks a value against its column: a declared type must fit, and what
 * an undeclared one fits narrows. */
static sn_status check_value(csv *c, column *col, const field *f, const char *s)
{
	int64_t l;
	double d;
	int b;

	if (col->declared) {
		const char *why = NULL;
		sn_val v;
		sn_status st;
		if (col->type == SN_TYPE_STRING)
			return SN_OK;
		st = sn__parse_value(c->g, col->type, s, f->len, &v, &why);
		if (st == SN_EPARSE)
			return c->st = sn__error_at(SN_EPARSE, c->file, f->line, f->col, "'%.200s' in column '%s' (%s): %s", s,
			                            col->name, sn_type_name(col->type), why);
		return c->st = st;
	}
	if ((col->fits & FIT_LONG) && !long_syntax(s, &l))
		col->fits &= ~(unsigned)FIT_LONG;
	if (col->fits & FIT_DOUBLE) {
		if (!number_syntax(s))
			col->fits &= ~(unsigned)FIT_DOUBLE;
		else if (!double_value(s, &d) && !col->big_line) {
			col->big_line = f->line;
			col->big_col = f->col;
		}
	}
	if ((col->fits & FIT_BOOL) && !bool_syntax(s, 0, &b))
		col->fits &= ~(unsigned)FIT_BOOL;
	return SN_OK;
}

/* Values are kept row after row, each column's text NUL-terminated (an
 * empty field as NO_VALUE), so that they cost their text and nothing per
 * value: the types are known only after the last row. */
static sn_status keep_value(csv *c, column *col, const char *s, size_t len, int given)
{
	sn_status st;

	if (!given) {
		s = NO_VALUE;
		len = 1;
	} else
		col->nvalues++;
	if ((st = sn__grow((void **)&c->store, &c->cstore, c->nstore + len + 1, 1)) < 0)
		return c->st = st;
	memcpy(c->store + c->nstore, s, len);
	c->store[c->nstore + len] = '\0';
	c->nstore += len + 1;
	return SN_OK;
}

/* ---- rows ---- */

static size_t find_or_add(csv *c, const field *f, const char *id, int *created)
{
	size_t v = sn__vertex_find(c->g, id, f->len);
	sn_status st;

	*created = 0;
	if (v != SIZE_MAX)
		return v;
	if ((st = sn_graph_vertex_add(c->g, id, &v)) < 0) {
		c->st = st;
		return SIZE_MAX;
	}
	*created = 1;
	return v;
}

/* One row of the values every table keeps: the record is checked to have
 * the header's width, its attribute values checked and kept. */
static sn_status row_values(csv *c)
{
	if (c->nf != c->ncols) {
		char got[32], want[32];
		snprintf(got, sizeof got, "%zu", c->nf);
		snprintf(want, sizeof want, "%zu", c->ncols);
		if (c->nf > c->ncols)
			return fail_at(c, c->f[c->ncols].line, c->f[c->ncols].col,
			               "a row of %s fields, expected %s as in the header", got, want);
		return fail_at(c, c->rec_line, 1, "a row of %s fields, expected %s as in the header", got, want);
	}
	for (size_t i = 0; i < c->ncols; i++) {
		column *col = &c->cols[i];
		const char *s = field_text(c, i);
		if (col->role == ROLE_SOURCE || col->role == ROLE_TARGET)
			continue;
		if (col->role == ROLE_TYPE && c->f[i].len && strcasecmp(s, "directed") != 0 &&
		    strcasecmp(s, "undirected") != 0)
			col->dir_ok = 0;
		/* "" is an empty string; an empty unquoted field, no value */
		int given = c->f[i].len || c->f[i].quoted;
		if (given && check_value(c, col, &c->f[i], s) < 0)
			return c->st;
		if (col->role != ROLE_ID && keep_value(c, col, s, c->f[i].len, given) < 0)
			return c->st;
	}
	return SN_OK;
}

static sn_status read_nodes(csv *c)
{
	size_t idcol = 0;
	int rc;

	while (c->cols[idcol].role != ROLE_ID)
		idcol++;
	while ((rc = read_record(c)) > 0) {
		const field *f;
		const char *id;
		size_t v;
		sn_status st;
		if (row_values(c) < 0)
			return c->st;
		f = &c->f[idcol];
		id = field_text(c, idcol);
		if (!f->len && !f->quoted)
			return fail_at(c, f->line, f->col, "an empty node id, expected an id in column '%s'",
			               c->cols[idcol].name, NULL);
		if (sn__vertex_find(c->g, id, f->len) != SIZE_MAX)
			return fail_at(c, f->line, f->col, "a second node with id '%.200s', expected each id once", id, NULL);
		if ((st = sn_graph_vertex_add(c->g, id, &v)) < 0)
			return c->st = st;
		c->nrows++;
	}
	return rc < 0 ? c->st : SN_OK;
}

typedef struct edge_state {
	int8_t *edir;
	size_t cedir, nundirected, ndirected;
	size_t added;          /* nodes the edges named that a node table lacks */
	size_t dup_ids;
	char first_added[3][120];
	int node_table;
} edge_state;

static sn_status read_edges(csv *c, edge_state *es)
{
	size_t scol = 0, tcol = 0, icol = SIZE_MAX, ycol = SIZE_MAX;
	int rc;

	for (size_t i = 0; i < c->ncols; i++) {
		if (c->cols[i].role == ROLE_SOURCE)
			scol = i;
		else if (c->cols[i].role == ROLE_TARGET)
			tcol = i;
		else if (c->cols[i].role == ROLE_ID && icol == SIZE_MAX)
			icol = i;
		else if (c->cols[i].role == ROLE_TYPE)
			ycol = i;
	}
	while ((rc = read_record(c)) > 0) {
		size_t ends[2], e;
		const size_t which[2] = { scol, tcol };
		int dup;
		sn_status st;
		if (row_values(c) < 0)
			return c->st;
		for (int k = 0; k < 2; k++) {
			const field *f = &c->f[which[k]];
			const char *id = field_text(c, which[k]);
			int created;
			if (!f->len && !f->quoted) /* "" is the id "" */
				return fail_at(c, f->line, f->col, "an empty %s, expected a node id in column '%s'",
				               k ? "target" : "source", c->cols[which[k]].name);
			if ((ends[k] = find_or_add(c, f, id, &created)) == SIZE_MAX)
				return c->st;
			if (created && es->node_table) {
				if (es->added < 3)
					snprintf(es->first_added[es->added], sizeof es->first_added[0], "'%.100s' (line %lu)", id,
					         f->line);
				es->added++;
			}
		}
		if ((st = sn__edge_add(c->g, ends[0], ends[1], icol != SIZE_MAX && c->f[icol].len ? field_text(c, icol) : NULL,
		                       &e, &dup)) < 0)
			return c->st = st;
		if (dup && !es->dup_ids++ &&
		    (st = sn__warn(c->g, "%s:%lu:%lu: edge id '%.200s' is used more than once (as NetworkX writes "
		                         "multigraphs); ids kept, lookup by id finds the first",
		                   c->file, c->f[icol].line, c->f[icol].col, field_text(c, icol))) < 0)
			return c->st = st;
		if ((st = sn__grow((void **)&es->edir, &es->cedir, e + 1, 1)) < 0)
			return c->st = st;
		es->edir[e] = ycol != SIZE_MAX && strcasecmp(field_text(c, ycol), "directed") == 0 ? 1 :
		              ycol != SIZE_MAX && strcasecmp(field_text(c, ycol), "undirected") == 0 ? 0 : -1;
		c->nrows++;
	}
	return rc < 0 ? c->st : SN_OK;
}

/* ---- the end: keys from the columns ---- */

static sn_type column_type(const column *col)
{
	if (col->declared)
		return col->type;
	if (!col->nvalues)
		return SN_TYPE_STRING;
	if (col->fits & FIT_LONG)
		return SN_TYPE_LONG;
	if (col->fits & FIT_DOUBLE)
		return SN_TYPE_DOUBLE;
	if (col->fits & FIT_BOOL)
		return SN_TYPE_BOOLEAN;
	return SN_TYPE_STRING;
}

/* The keys, then every value, row by row from the store. */
static sn_status make_keys(csv *c, sn_domain domain)
{
	const char *p = c->store;

	for (size_t i = 0; i < c->ncols; i++) {
		column *col = &c->cols[i];
		sn_type type;
		sn_status st;
		col->key = SIZE_MAX;
		if (col->role != ROLE_ATTR && !(col->role == ROLE_TYPE && !col->dir_ok))
			continue;
		type = column_type(col);
		if (type == SN_TYPE_DOUBLE && col->big_line)
			return c->st = sn__error_at(SN_EPARSE, c->file, col->big_line, col->big_col,
			                            "a number too large for a double in column '%s', expected at most about 1.8e308",
			                            col->name);
		if (sn_key_find(c->g, domain, col->name, &col->key) == SN_OK)
			return c->st = sn__error(SN_EPARSE, "%s: column '%s' given twice", c->file, col->name);
		if ((st = sn_key_add(c->g, col->name, domain, type, &col->key)) < 0)
			return c->st = st;
	}
	for (size_t r = 0; r < c->nrows; r++)
		for (size_t i = 0; i < c->ncols; i++) {
			const column *col = &c->cols[i];
			const char *s = p;
			sn_status st;
			if (col->role == ROLE_SOURCE || col->role == ROLE_TARGET || col->role == ROLE_ID)
				continue;
			p += strlen(p) + 1;
			if (col->key == SIZE_MAX || (s[0] == NO_VALUE[0] && s[1] == '\0'))
				continue;
			if ((st = sn_attr_set_text(c->g, col->key, domain, r, s)) < 0)
				return c->st = st;
		}
	return SN_OK;
}

static void csv_free(csv *c)
{
	for (size_t i = 0; i < c->ncols; i++)
		free(c->cols[i].name);
	free(c->cols);
	free(c->rec);
	free(c->f);
	free(c->store);
	free(c->buf);
	c->cols = NULL;
	c->ncols = 0;
	c->rec = c->store = NULL;
	c->f = NULL;
	c->buf = NULL;
}

/* One table, from its header to its keys. */
static sn_status read_table(csv *c, sn__input *in, sn_graph *g, int edges, edge_state *es)
{
	memset(c, 0, sizeof *c);
	c->in = in;
	c->file = in->name;
	c->g = g;
	c->line = c->col = 1;
	c->delim = sniff_delimiter(in);
	if (!(c->buf = malloc(CSV_BUF)))
		return c->st = sn__error_nomem();
	/* a UTF-8 byte order mark, as Excel writes */
	if (in->nhead >= 3 && in->head[0] == 0xef && in->head[1] == 0xbb && in->head[2] == 0xbf)
		for (int i = 0; i < 3; i++)
			next_byte(c);
	if (read_header(c, edges) < 0 || (edges ? read_edges(c, es) : read_nodes(c)) < 0)
		return c->st;
	return make_keys(c, edges ? SN_DOMAIN_EDGE : SN_DOMAIN_NODE);
}

sn_status sn__read_csv(sn_graph **out, sn__input *edges, sn__input *nodes, const sn_read_opts *opts)
{
	unsigned flags = opts ? opts->flags : 0;
	edge_state es;
	sn_graph *g;
	csv c;
	sn_status st;

	*out = NULL;
	memset(&es, 0, sizeof es);
	memset(&c, 0, sizeof c);
	if ((st = sn_graph_new(&g, (flags & SN_READ_DIRECTED) != 0)) < 0)
		return st;
	if (nodes) {
		st = read_table(&c, nodes, g, 0, NULL);
		csv_free(&c);
		es.node_table = 1;
	}
	if (st == SN_OK) {
		st = read_table(&c, edges, g, 1, &es);
		csv_free(&c);
	}
	if (st == SN_OK && es.added)
		st = sn__warn(g, "%s: %zu node%s not in the node table added: %s%s%s%s%s%s", edges->name, es.added,
		              es.added == 1 ? "" : "s", es.first_added[0], es.added > 1 ? ", " : "", es.first_added[1],
		              es.added > 2 ? ", " : "", es.first_added[2], es.added > 3 ? ", ..." : "");
	if (st == SN_OK) {
		size_t nd = 0, nu = 0;
		for (size_t e = 0; e < g->ne; e++) {
			if (es.edir[e] < 0)
				es.edir[e] = (flags & SN_READ_DIRECTED) != 0;
			nd += es.edir[e] == 1;
			nu += es.edir[e] == 0;
		}
		if (nd && nu)
			st = sn__graph_add_twins(g, es.edir, nu, edges->name);
		else
			g->directed = nd > 0 || (!nu && (flags & SN_READ_DIRECTED));
	}
	free(es.edir);
	if (st < 0) {
		sn_graph_free(g);
		return st;
	}
	*out = g;
	return SN_OK;
}

/* An XML document given as a table is an error, not a table of angle
 * brackets. */
static sn_status not_a_table(const sn__input *in)
{
	sn__format f = sn__input_format(in);

	if (f != SN__FORMAT_GRAPHML && f != SN__FORMAT_GEXF)
		return SN_OK;
	return sn__error_at(SN_EPARSE, in->name, 1, 1, "not a CSV table: a %s document, expected a header line "
	                    "(a node table goes only with a CSV edge table)", sn__format_name(f));
}

sn_status sn_graph_read_csv(sn_graph **out, const char *edges, const char *nodes, const sn_read_opts *opts)
{
	sn__input ein, nin;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	SN_CHECK_ARG(edges != NULL);
	sn__input_init(&nin, nodes);
	if ((st = sn__input_open(&ein, edges)) == SN_OK && (st = sn__input_start(&ein)) == SN_OK &&
	    (!nodes || ((st = sn__input_open(&nin, nodes)) == SN_OK && (st = sn__input_start(&nin)) == SN_OK)))
		if ((st = not_a_table(&ein)) == SN_OK && (!nodes || (st = not_a_table(&nin)) == SN_OK))
			st = sn__read_csv(out, &ein, nodes ? &nin : NULL, opts);
	sn__input_close(&ein);
	sn__input_close(&nin);
	return st;
}
