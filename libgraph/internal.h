/*
 * internal.h - what the modules of libsilknet share and users never see.
 */
#ifndef SN_INTERNAL_H
#define SN_INTERNAL_H

#include "silknet.h"

#include <igraph.h>
#include <stdarg.h>

#if defined(__GNUC__)
#define SN_PRINTF(a, b) __attribute__((format(printf, a, b)))
#define SN_HIDDEN __attribute__((visibility("hidden")))
#else
#define SN_PRINTF(a, b)
#define SN_HIDDEN
#endif

/* ---- errors (error.c) ---- */

SN_HIDDEN sn_status sn__error(sn_status code, const char *fmt, ...) SN_PRINTF(2, 3);
SN_HIDDEN sn_status sn__error_at(sn_status code, const char *file, unsigned long line, unsigned long col,
                                 const char *fmt, ...) SN_PRINTF(5, 6);
SN_HIDDEN sn_status sn__error_nomem(void);

/* Invalid arguments at public entry points: a ctypes caller can pass
 * anything, so these are checked in every build. */
#define SN_CHECK_ARG(expr) \
	do { \
		if (!(expr)) \
			return sn__error(SN_EINVAL, "invalid argument: '%s'", #expr); \
	} while (0)

/* igraph calls run between sn__ig_enter() and sn__ig_leave(): igraph's
 * default handler aborts the process and its warnings go to stderr. */
typedef struct sn__igctx {
	igraph_error_handler_t *old_error;
	igraph_warning_handler_t *old_warning;
	igraph_progress_handler_t *old_progress;
	int with_progress;
} sn__igctx;

SN_HIDDEN void sn__ig_enter(sn__igctx *ctx);
/* The same, and igraph's progress reports go to fn (may be NULL); when fn
 * asks to stop, sn__stop_requested() says so until sn__ig_leave(). */
SN_HIDDEN void sn__ig_enter_progress(sn__igctx *ctx, sn_progress_fn fn, void *payload);
SN_HIDDEN int sn__stop_requested(void);
SN_HIDDEN void sn__ig_leave(sn__igctx *ctx);
/* igraph's warnings so far in the outermost scope, each once: up to max
 * are moved to out (the caller frees them), the rest dropped. Those not
 * taken are dropped by the outermost sn__ig_leave(). */
#define SN__IG_WARNINGS 8
SN_HIDDEN size_t sn__ig_take_warnings(char **out, size_t max);
/* Turns an igraph error code into a status; the handler has already recorded
 * the message (or this records a generic one). */
SN_HIDDEN sn_status sn__from_igraph(igraph_error_t err, const char *what);

/* Runs call, an expression of type sn_status, with silknet's igraph
 * handlers installed, and returns its status: every igraph call inside,
 * allocations included, then reports instead of aborting the process. The
 * body of every public function that reaches igraph. */
#define SN__IG_RETURN(call) \
	do { \
		sn__igctx sn__ctx_; \
		sn_status sn__st_; \
		sn__ig_enter(&sn__ctx_); \
		sn__st_ = (call); \
		sn__ig_leave(&sn__ctx_); \
		return sn__st_; \
	} while (0)

/* libxml2 prints errors it cannot attribute to a parser (URI parsing, out
 * of memory) through its per-thread generic handler: silknet silences it
 * for the length of a call, and releases libxml2's copy of the last error. */
typedef struct sn__xmlquiet {
	void *old_fn;
	void *old_ctx;
} sn__xmlquiet;
SN_HIDDEN void sn__xml_quiet_enter(sn__xmlquiet *q);
SN_HIDDEN void sn__xml_quiet_leave(sn__xmlquiet *q);

/* Library-wide one-time set-up (libxml2's parser globals). */
SN_HIDDEN void sn__init(void);

/* ---- growable arrays ---- */

/* Grows *p (of elements of size elem) so that it can hold need elements;
 * new elements are zeroed. */
SN_HIDDEN sn_status sn__grow(void **p, size_t *cap, size_t need, size_t elem);

/* ---- pointer -> index map, for interned strings (graph.c) ---- */

typedef struct sn__ptrmap {
	const void **keys;
	size_t *vals;
	size_t cap; /* a power of two, or 0 */
	size_t len;
} sn__ptrmap;

SN_HIDDEN void sn__ptrmap_free(sn__ptrmap *m);
/* SN_OK and *val, or SN_ENOTFOUND */
SN_HIDDEN sn_status sn__ptrmap_get(const sn__ptrmap *m, const void *key, size_t *val);
/* Inserts; if key is present returns SN_EINVAL and leaves *existing */
SN_HIDDEN sn_status sn__ptrmap_put(sn__ptrmap *m, const void *key, size_t val, size_t *existing);

/* ---- interned strings (strpool.c) ---- */

/* One entry per 48-byte slot. The tag is the hash with the length in its
 * low 16 bits; head holds the first SN__STRSLOT_HEAD bytes, so strings
 * that short (ids such as "Самарканд-25317", 24 bytes) compare without
 * touching the stored copy, a cache miss of its own in a table larger than
 * the cache. (64-byte slots, a line each, were no faster and cost a third
 * more memory.) */
#define SN__STRSLOT_HEAD 24
typedef struct sn__strslot {
	uint64_t tag;
	const char *s; /* NULL: the slot is free */
	size_t val;    /* a word beside each string: vertex index + 1 for ids */
	char head[SN__STRSLOT_HEAD];
} sn__strslot;

typedef struct sn__strpool {
	sn__strslot *slots; /* in slots_mem, from a cache line's start */
	void *slots_mem;
	size_t cap, len;
	struct block *blocks;
} sn__strpool;

SN_HIDDEN void sn__strpool_free(sn__strpool *p);
/* the interned copy of s, or NULL when out of memory */
SN_HIDDEN const char *sn__strpool_intern(sn__strpool *p, const char *s, size_t len);
/* the interned copy of s, or NULL when s was never interned */
SN_HIDDEN const char *sn__strpool_get(const sn__strpool *p, const char *s, size_t len);
/* interns s and points *val at the word kept beside it (0 when new); the
 * pointer is good until the next string is interned */
SN_HIDDEN const char *sn__strpool_intern_val(sn__strpool *p, const char *s, size_t len, size_t **val);
/* copies s (NUL-terminated) into the pool's storage without interning it;
 * NULL when out of memory */
SN_HIDDEN const char *sn__strpool_store(sn__strpool *p, const char *s, size_t len);
/* starts loading the slot s hashes to, for a lookup soon after: an edge's
 * two ends then wait for memory once, not twice */
/* The hash sn__strpool_val_hashed and sn__strpool_prefetch take, so that
 * a string looked up after its prefetch is hashed once. */
SN_HIDDEN uint64_t sn__strpool_hash(const char *s, size_t len);
SN_HIDDEN void sn__strpool_prefetch(const sn__strpool *p, uint64_t h);
SN_HIDDEN size_t *sn__strpool_val_hashed(const sn__strpool *p, const char *s, size_t len, uint64_t h);
/* the word beside s, or NULL when s was never interned */
SN_HIDDEN size_t *sn__strpool_val(const sn__strpool *p, const char *s, size_t len);

/* ---- the model ---- */

typedef union sn_val {
	int64_t l;   /* boolean, int, long */
	double d;    /* float, double */
	const char *s; /* string, opaque: in the graph's pool, interned unless its column's values do not repeat */
} sn_val;

/* A column: values for one domain of one key. Elements past len, or with
 * set[i] == 0, have no value of their own. */
typedef struct sn_column {
	size_t len, cap;
	unsigned char *set;
	void *vals; /* int8_t, int32_t, int64_t, float, double or const char * */
} sn_column;

/* An XML attribute or namespace declaration kept for writing back. */
typedef struct sn_xattr {
	const char *qname; /* e.g. "yfiles.type", "xmlns:y", "xsi:schemaLocation" */
	const char *value;
} sn_xattr;

/* One record per <key>. A file may declare millions, so the record is kept
 * small: the columns are allocated with the first value, and the id lives
 * only in the graph's key-id pool. */
typedef struct sn_key {
	const char *id;        /* interned in g->keyids, beside index + 1 */
	const char *name;      /* NULL when the key has no attr.name */
	const char *type_name; /* as written, or canonical */
	const char *for_name;  /* as written, for SN_DOMAIN_OTHER */
	const char *def_text;  /* formatted default, interned */
	const char *desc;
	sn_xattr *extra;       /* attributes silknet does not interpret */
	sn_column *col;        /* graph, node, edge; NULL until a value is set */
	sn_val def;
	sn_val root_val;       /* a <data> under <graphml> itself */
	sn_domain domain;
	sn_type type;
	uint32_t n_extra;
	unsigned char has_type_attr; /* attr.type was written (yEd's yfiles keys have none) */
	unsigned char has_default;
	unsigned char root_set;
	unsigned char merged;  /* its values moved to a same-named key: not written */
	/* Readers intern a string column's first values and count how many
	 * were new (sn__parse_key_value): a column whose values do not repeat
	 * (descriptions, names) is then stored without the hash table. */
	uint32_t probed, fresh;
} sn_key;

struct sn_graph {
	int directed;
	sn__strpool strings;

	size_t nv, cv;
	const char **vid;
	/* Finding a vertex by id. Most tools number their vertices (n0, n1 ...;
	 * NetworkX 0, 1 ...): ids of the form prefix + canonical decimal, with
	 * the prefix of the first such id, are found by number, vnum[n] = index
	 * + 1, with no hashing and in a small array. Other ids are interned in
	 * the string pool, which keeps index + 1 beside each; so are numbered
	 * ids too far above the vertex count for the array (vnum_in_pool counts
	 * them: while it is 0 a numbered id not in the array is no vertex).
	 * A numbered id may end in ".0" when the first one does: the ids a
	 * float column gives (Gephi's "12.0", pandas'). */
	char vprefix[16];
	size_t vprefix_len;
	int vprefix_set;
	int vsuffix_dot0;
	/* Vertices 0 .. vseq-1 have the ids their numbers make (prefix + v,
	 * ".0" after it with vsuffix_dot0): writers format them instead of
	 * reading each edge end's id, a cache miss apiece (sn__vertex_id). */
	size_t vseq;
	uint32_t *vnum;
	size_t cvnum, vnum_in_pool;

	size_t ne, ce;
	igraph_integer_t *ends; /* 2 per edge: source, target */
	const char **eid;       /* NULL until some edge has an id */
	sn__ptrmap emap;
	/* Edge ids that number the edges in order, prefix + (index + eoffset)
	 * as yEd's e0, e1 ... and Gephi's 0, 1 ..., the pattern set by the
	 * first edge id: kept without a pool slot or an emap entry, and found
	 * by their number. emap holds the other ids (each first occurrence). */
	char eprefix[16];
	size_t eprefix_len, eoffset;
	int eprefix_set;
	size_t *etwin;          /* NULL unless mixed directedness was read */

	size_t *vparent;        /* NULL until some vertex is nested */
	const char **vsubgraph; /* id of the <graph> nested in a vertex */
	const char **vdesc, **edesc;
	/* the label yEd draws for a vertex (from its graphics), when there is
	 * no label attribute; NULL until a file with yEd labels is read */
	const char **vlabel;
	size_t nvlabel;
	/* attributes of <node>/<edge> silknet does not interpret (yEd's
	 * yfiles.foldertype), kept for the writer as "qname\0value\0...\0" */
	const char **vextra, **eextra;
	size_t *eparent;        /* the vertex whose nested graph holds an edge */
	const char *graph_id, *graph_desc, *graphml_desc;

	sn_key *keys;
	size_t nkeys, ckeys;
	sn__strpool keyids; /* key ids, each with its index + 1 beside it */

	sn_xattr *root_attrs; /* namespace declarations etc. of <graphml> */
	size_t n_root_attrs;

	char **warnings;
	size_t nwarnings, cwarnings;
	/* past SN__MAX_WARNINGS only counted; more says how many */
	size_t dropped;
	char more[64];

	/* built on demand from ends (sn__graph_ig) */
	igraph_t ig;
	int ig_init;
	size_t ig_nv, ig_ne;
};

SN_HIDDEN const char *sn__intern(sn_graph *g, const char *s, size_t len);
/* Vertex v's id, formatted into buf (SN__VERTEX_ID_BUF bytes) when its
 * number makes it, else the stored one. */
#define SN__VERTEX_ID_BUF 48
SN_HIDDEN const char *sn__vertex_id(const sn_graph *g, size_t v, char *buf);
/* Starts loading the ids sn__vertex_id will read for vertices a and b. */
SN_HIDDEN void sn__vertex_id_prefetch(const sn_graph *g, size_t a, size_t b);
/* The vertex with id s (len bytes), or SIZE_MAX. */
SN_HIDDEN size_t sn__vertex_find(const sn_graph *g, const char *s, size_t len);
/* The number of a numbered id (see vnum), or SIZE_MAX: worked out once, it
 * serves both calls below, which an edge makes for each end. */
SN_HIDDEN size_t sn__vertex_number(const sn_graph *g, const char *s, size_t len);
/* Starts loading what sn__vertex_find_numbered will read; *h gets the
 * hash of s for it (when n is SIZE_MAX). */
SN_HIDDEN void sn__vertex_prefetch(const sn_graph *g, const char *s, size_t len, size_t n, uint64_t *h);
/* sn__vertex_find, given n = sn__vertex_number(g, s, len) and, unless
 * NULL, s's hash from sn__vertex_prefetch. */
SN_HIDDEN size_t sn__vertex_find_numbered(const sn_graph *g, const char *s, size_t len, size_t n, const uint64_t *h);
/* Appends a vertex with id s (len bytes); SN_EINVAL when the id is taken.
 * *iid receives the graph's copy of the id. */
SN_HIDDEN sn_status sn__vertex_append(sn_graph *g, const char *s, size_t len, const char **iid);
/* A note for sn_graph_warning(); past SN__MAX_WARNINGS of them only
 * counted, so that a file of a million skipped elements takes no more. */
#define SN__MAX_WARNINGS 200
SN_HIDDEN sn_status sn__warn(sn_graph *g, const char *fmt, ...) SN_PRINTF(2, 3);
/* 1 (and the note counted) when the notes are full: a caller then need not
 * work out the note's text or position at all. */
SN_HIDDEN int sn__warn_dropped(sn_graph *g);
/* The part of g without the vertices vdrop marks and the edges edrop marks
 * (either may be NULL) and without the edges of dropped vertices, with
 * every key and the kept elements' values (subgraph.c); vmap and emap get
 * each element's index in the copy, or SIZE_MAX. */
SN_HIDDEN sn_status sn__graph_subgraph(sn_graph **out, const sn_graph *g, const unsigned char *vdrop,
                                       const unsigned char *edrop, size_t *vmap, size_t *emap);
/* Gould-Fernandez role m (or all of them, SN_BROKERAGE_TOTAL) of every
 * vertex into res, groups by node attribute group, two-paths only from
 * the group or actors `from` to those of `to` (either NULL) (roles.c). */
SN_HIDDEN sn_status sn__brokerage(const sn_graph *g, const igraph_t *ig, const char *group, const char *from,
                                  const char *to, sn_measure m, double *res);
/* Herfindahl-Hirschman concentration of each vertex's tie strengths w by
 * partner, over edges of relation (or all), in direction mode (roles.c). */
SN_HIDDEN sn_status sn__concentration(const sn_graph *g, const igraph_vector_t *w, const char *relation, sn_mode mode,
                                      double *res);
/* Keys of one domain and name that are both numbers (NetworkX writes an
 * attribute of ints and floats as a long and a double key) become one
 * column of the wider type; the other is kept, empty, as SN_DOMAIN_OTHER
 * and marked merged (not written). A warning says so. */
SN_HIDDEN sn_status sn__merge_number_keys(sn_graph *g, const char *file);
/* Burt's effective size (efficiency: per partner) of every vertex into res,
 * with w the strength of each edge or NULL (holes.c). */
SN_HIDDEN sn_status sn__structural_holes(const sn_graph *g, const double *w, int efficiency, double *res);
/* Levenshtein distance ignoring case; SIZE_MAX past 64 characters. */
SN_HIDDEN size_t sn__edit_distance(const char *a, const char *b);
SN_HIDDEN sn_status sn__reserve(sn_graph *g, size_t nv, size_t ne);
/* Finds the labels yEd (y:NodeLabel in nodegraphics) and yEd Live
 * (y:Label.Text in NodeLabels) draw, kept verbatim, into g->vlabel. */
SN_HIDDEN sn_status sn__yed_labels(sn_graph *g);
/* sn_graph_edge_add; with dup non-NULL an id already taken is kept too
 * (*dup = 1; lookup by id finds the first), as NetworkX writes multigraph
 * keys. */
/* Keeps s (len bytes) as the id of edge e (the next edge): *out the
 * stored id; *dup set when an earlier edge has it (the lookup then finds
 * the earlier). SN_OK or SN_ENOMEM. */
SN_HIDDEN sn_status sn__edge_id_keep(sn_graph *g, size_t e, const char *s, size_t len, const char **out, int *dup);
SN_HIDDEN sn_status sn__edge_add(sn_graph *g, size_t from, size_t to, const char *id, size_t *out, int *dup);
SN_HIDDEN sn_status sn__graph_ig(const sn_graph *g, const igraph_t **out);

/* Appends a key with id (len bytes), which must be new (else SN_EINVAL);
 * the caller sets the other fields. */
SN_HIDDEN sn_status sn__key_append(sn_graph *g, const char *id, size_t len, sn_key **out);
/* The same; with dup an id already taken is accepted (lookup by id still
 * finds the first key), as igraph reuses an id for keys of two domains. */
SN_HIDDEN sn_status sn__key_append_dup(sn_graph *g, const char *id, size_t len, int dup, sn_key **out);
/* The key's column for slot, or NULL when it has no values there. */
SN_HIDDEN const sn_column *sn__column(const sn_key *k, int slot);
SN_HIDDEN int sn__domain_slot(sn_domain d); /* 0, 1, 2 or -1 */
SN_HIDDEN sn_status sn__column_set(sn_graph *g, sn_key *k, int slot, size_t index, sn_val v);
SN_HIDDEN int sn__column_get(const sn_key *k, int slot, size_t index, sn_val *v);
/* Numbers the distinct values of string key over domain d (node or edge)
 * in order of first appearance: gid[i] is element i's group, SIZE_MAX
 * without a value; *ngroups their count. Values compare by content, as a
 * reader may store a column of seldom repeated values uninterned. */
SN_HIDDEN sn_status sn__string_groups(const sn_graph *g, size_t key, sn_domain d, size_t *gid, size_t *ngroups);
SN_HIDDEN sn_status sn__set_parent(sn_graph *g, size_t v, size_t parent);
SN_HIDDEN sn_status sn__set_edge_parent(sn_graph *g, size_t e, size_t parent);
SN_HIDDEN sn_status sn__set_desc(sn_graph *g, sn_domain d, size_t index, const char *desc);

/* ---- input (input.c) ---- */

typedef enum sn__format {
	SN__FORMAT_OTHER,
	SN__FORMAT_GRAPHML,
	SN__FORMAT_GEXF,
	SN__FORMAT_CSV
} sn__format;

#define SN__INPUT_HEAD 4096
/* Bytes for a reader: from a descriptor (read ahead in blocks), a stream or
 * memory; gzip-compressed input is decompressed. After sn__input_start()
 * head holds the first decompressed bytes, which sn__input_read() hands
 * out again first. A failed read returns -1 and sn__input_error() makes
 * the error (SN_EIO, or SN_EPARSE for corrupt gzip data). */
typedef struct sn__input {
	const char *name;
	int fd, own_fd;
	FILE *fp;
	const unsigned char *mem;
	size_t len, off;
	unsigned char *blk;
	size_t blk_len, blk_off;
	struct z_stream_s *z;
	unsigned char *zin;
	unsigned long long z_members_in;
	int z_eof, z_between, gzip;
	int any; /* read by a reader that sniffs (sn_graph_read) */
	unsigned char head[SN__INPUT_HEAD];
	size_t nhead, hoff;
	int io_errno;
	sn_status st;
	/* the start-tag guard of XML input (input.c's xml_read) */
	struct _xmlParserCtxt *xml;
	int tag_state;
	unsigned char tag_quote;
	size_t tag_attrs;
	/* a copy of the bytes handed to libxml2 (sn__input_tee_start), so
	 * that markup kept verbatim is cut from the input, not rebuilt from
	 * parse events: tee[0] is input byte tee_at; bytes before tee_hold
	 * (SN__NO_HOLD: before the parse position) are let go */
	unsigned char *tee;
	size_t ntee, ctee;
	unsigned long long tee_at, tee_hold, handed;
	int teeing;
} sn__input;

#define SN__NO_HOLD (~0ULL)

/* The most attributes one XML element may have. libxml2 2.9 compares each
 * attribute of a start tag with all before it, so a million take minutes;
 * GraphML and GEXF elements have a handful, yEd's a dozen. */
#define SN__MAX_XML_ATTRS 10000

/* Set the source after sn__input_init(): fd, fp, or mem and len. */
SN_HIDDEN void sn__input_init(sn__input *in, const char *name);
/* Opens path for reading (closed by sn__input_close). */
SN_HIDDEN sn_status sn__input_open(sn__input *in, const char *path);
SN_HIDDEN sn_status sn__input_start(sn__input *in);
SN_HIDDEN long sn__input_read(sn__input *in, void *buf, size_t len);
SN_HIDDEN sn_status sn__input_error(sn__input *in);
SN_HIDDEN void sn__input_close(sn__input *in);
/* Starts copying the XML parser's input (in->xml) as it is read: 1 when
 * the copy holds every byte from the parse position on, 0 when it cannot
 * (the parser converts the input from another encoding, so parse
 * positions are not input bytes), -1 when out of memory. */
SN_HIDDEN int sn__input_tee_start(sn__input *in);
/* The parse position: the offset of the parser's next byte in the input. */
SN_HIDDEN unsigned long long sn__input_pos(const sn__input *in);
/* Bytes [from, to) of the input, or NULL when the copy no longer (or does
 * not yet) hold them all. */
SN_HIDDEN const unsigned char *sn__input_tee_bytes(const sn__input *in, unsigned long long from,
                                                   unsigned long long to);
/* What the head looks like: GraphML for any XML but GEXF, CSV for text
 * whose first line has a delimiter, else OTHER (the GraphML reader then
 * says what it is). */
SN_HIDDEN sn__format sn__input_format(const sn__input *in);
SN_HIDDEN const char *sn__format_name(sn__format f);
/* A SAX2 parser on in for sax with userData user: no network, no entity
 * substitution, no DTD loading; NULL when out of memory. */
struct _xmlParserCtxt;
struct _xmlSAXHandler;
SN_HIDDEN struct _xmlParserCtxt *sn__xml_new(sn__input *in, const struct _xmlSAXHandler *sax, void *user);
SN_HIDDEN void sn__xml_free(struct _xmlParserCtxt *ctxt);
/* libxml2's message for err, trimmed and lower-cased to follow ours. */
struct _xmlError;
SN_HIDDEN void sn__xml_message(const struct _xmlError *err, char *msg, size_t size);
/* The line and column of the last '<' before end, from libxml2's position
 * (line, col) at end: where the tag being handled starts. */
SN_HIDDEN void sn__xml_pos_before(const unsigned char *base, const unsigned char *end, long line, long col,
                                  unsigned long *oline, unsigned long *ocol);

/* The readers, on a started input (graphml_read.c, csv_read.c, gexf_read.c).
 * nodes, for CSV, is the node table or NULL. */
SN_HIDDEN sn_status sn__read_graphml(sn_graph **out, sn__input *in, const sn_read_opts *opts);
/* Whether csv_read.c would take s, alone in its column, for text rather
 * than a number or a boolean (csv_write.c declares the others' type). */
SN_HIDDEN int sn__csv_reads_as_text(const char *s);
SN_HIDDEN sn_status sn__read_csv(sn_graph **out, sn__input *edges, sn__input *nodes, const sn_read_opts *opts);
SN_HIDDEN sn_status sn__read_gexf(sn_graph **out, sn__input *in, const sn_read_opts *opts);
/* Mixed directedness (edir[e]: 1 directed, 0 undirected): g becomes
 * directed and each undirected edge gets a reverse twin with its values. */
SN_HIDDEN sn_status sn__graph_add_twins(sn_graph *g, const int8_t *edir, size_t nundirected, const char *file);

/* Whether XML 1.0 can carry s: valid UTF-8, no control characters but tab,
 * newline and carriage return (graphml_write.c). */
SN_HIDDEN int sn__xml_safe(const char *s);
/* For a mixed graph (g->etwin): per edge 1 when it has a reverse twin (an
 * undirected edge), 2 when it is a twin (not written), else 0; *out is
 * NULL for other graphs (csv_write.c). */
SN_HIDDEN sn_status sn__edge_kinds(const sn_graph *g, unsigned char **out);
/* A distinct non-empty column title for every key of domain d (and all):
 * its name, else its id, made unique as name_id; titles[k] is NULL for the
 * other keys. The titles live in pool (sn__strpool_free) (csv_write.c). */
SN_HIDDEN sn_status sn__unique_titles(const sn_graph *g, sn_domain d, const char **titles, sn__strpool *pool);

/* ---- text buffers (io.c) ---- */

typedef struct sn__buf {
	char *p;
	size_t len, cap;
	int oom;
	/* when set, the text goes on to sink in pieces of SN__BUF_PIECE bytes
	 * as it grows, so a large file never sits in memory whole */
	FILE *sink;
	size_t flushed; /* what sink has had */
	int sink_errno; /* a failed write to sink: the rest is dropped */
} sn__buf;

#define SN__BUF_PIECE (1u << 20)
#define SN__BUF_KEEP 64

/* The bytes written to b so far, those given to its sink included. */
static inline size_t sn__buf_size(const sn__buf *b)
{
	return b->flushed + b->len;
}

SN_HIDDEN void sn__buf_put(sn__buf *b, const char *s, size_t len);
SN_HIDDEN void sn__buf_printf(sn__buf *b, const char *fmt, ...) SN_PRINTF(2, 3);
/* Writes a finished buffer to a path (atomically), a stream, or hands it
 * over as *out; frees it in every case. A buffer with a sink takes neither
 * path nor out: see sn__buf_stream. */
SN_HIDDEN sn_status sn__buf_emit(sn__buf *b, const char *path, FILE *fp, char **out, size_t *len);
/* Streaming: b's text goes to path (atomically; *a holds the temporary
 * file until sn__buf_stream_end) or fp as it is written. */
struct sn__atomic;
SN_HIDDEN sn_status sn__buf_stream(sn__buf *b, const char *path, FILE *fp, struct sn__atomic *a);
/* Writes what is left, commits the file (or, with st < 0 or a failed
 * write, removes it) and frees b; the status of it all. */
SN_HIDDEN sn_status sn__buf_stream_end(sn__buf *b, const char *path, struct sn__atomic *a, sn_status st);

/* ---- atomic output files (io.c) ---- */

typedef struct sn__atomic {
	const char *path;  /* as the caller named it, for messages */
	char *target;      /* what is replaced: path, or the file a symlink names */
	char *tmp;         /* NULL when writing straight into a device or FIFO */
	FILE *fp;
} sn__atomic;

/* Opens a temporary file beside path for writing (beside the file a
 * symlink names, which the link keeps naming); a device or FIFO is written
 * into directly, never replaced. */
SN_HIDDEN sn_status sn__atomic_open(const char *path, sn__atomic *out);
/* Flushes, syncs and renames it over path; on failure removes it. */
SN_HIDDEN sn_status sn__atomic_commit(sn__atomic *a);
/* Removes it. */
SN_HIDDEN void sn__atomic_abort(sn__atomic *a);

/* The vertices nested in each vertex, in order: children of v are
 * child[first[v]] ... until next; top-level ones under index n. */
typedef struct sn__nesting {
	size_t *first_child; /* n + 1 entries: n is the top level; SIZE_MAX for none */
	size_t *next_sibling;
} sn__nesting;

SN_HIDDEN sn_status sn__nesting_build(const sn_graph *g, sn__nesting *out);
SN_HIDDEN void sn__nesting_free(sn__nesting *n);

/* ---- weights (weights.c) ---- */

/* Reads edge attribute attr as weights of kind given and converts them to
 * the kind need (1/x between distance and strength), checking every value:
 * missing, negative, NaN and infinite values are errors naming the edge, and
 * so is zero where it would divide or where need is a distance (igraph's
 * path algorithms need positive lengths). An edge without a value weighs
 * missing (given kind), or is an error when missing is NaN. out must be
 * initialized; it is resized to the edge count. */
SN_HIDDEN sn_status sn__weights(const sn_graph *g, const char *attr, sn_weight_kind given, sn_weight_kind need,
                                double missing, igraph_vector_t *out);
/* Checks one weight as sn__weights does; 0 when fine, else an error. */
SN_HIDDEN sn_status sn__check_weight(const sn_graph *g, size_t e, const char *attr, double w, sn_weight_kind given,
                                     sn_weight_kind need, int allow_zero);
/* A name for an edge in messages: "edge 'e12'" or "edge 'KR'-'UZ'". */
SN_HIDDEN const char *sn__edge_name(const sn_graph *g, size_t e, char *buf, size_t size);

/* Wraps n values (taken over) as scores that are no measure (route costs). */
SN_HIDDEN sn_status sn__scores_wrap(sn_scores **out, sn_domain d, double *v, size_t n);

/* ---- routing (route.c, query.c, router.c, pareto.c, structure.c) ---- */

struct sn__route1 {
	size_t *v, nv, *e, ne;
	double cost, cost2;
	double at_places; /* the part of cost spent at places it passes */
};

struct sn_routes {
	struct sn__route1 *r;
	size_t n, cap;
	size_t unusable, settled, not_operating;
	int truncated;
};

/* One routing question made concrete: the cost of every segment under the
 * options in one weight vector, closed segments infinite (-infinite for a
 * widest route), so that igraph's Dijkstra and Yen avoid them. The graph
 * itself is never copied for a query.
 *
 * Time at places rides on the segments: with node costs c, w holds w0(e) +
 * (c(s) + c(t)) / 2 for a segment between s and t. Along any route each
 * place it passes through then counts whole and its two ends half each, so
 * searches on w rank routes between two places exactly as their true costs
 * do (all differ by the same (c(from) + c(to)) / 2); the cost reported is
 * worked out from the route itself (sn__query_route_cost). */
typedef struct sn__query {
	const sn_graph *g;
	const igraph_t *ig;
	igraph_vector_t w;        /* search costs; closed = +inf (-inf for widest) */
	double *w0;               /* segment costs alone, or NULL when w holds them */
	double *vcost;            /* cost of passing each place, or NULL */
	unsigned char *vclosed;   /* 1 closed by a constraint, 2 not operating */
	unsigned char *eclosed;   /* closed by a constraint or not operating */
	size_t unusable;          /* segments without the cost, not closed otherwise */
	size_t not_operating;     /* places and segments left out by their status */
	int widest;
	size_t *partner;          /* a mixed graph's edge <-> reverse twin, or NULL */
} sn__query;

/* Prices every segment by edge attribute cost (hops when NULL), adds the
 * places' node_cost (may be NULL), and applies o's avoid and only
 * constraints and the status rule (o may be NULL). Frees what it made on
 * failure; sn__query_free() otherwise. */
/* The vertices (len + 1) and edges (len) of a path of len segments, both
 * initialized; on failure neither (router.c). */
SN_HIDDEN sn_status sn__path_init(igraph_vector_int_t *vp, igraph_vector_int_t *ep, size_t len);
SN_HIDDEN sn_status sn__query_prepare(sn__query *q, const sn_graph *g, const sn_route_opts *o, const char *cost,
                                      const char *node_cost, int widest);
SN_HIDDEN void sn__query_free(sn__query *q);
/* SN_EINVAL naming role ("origin") when v is closed by the constraints. */
SN_HIDDEN sn_status sn__query_check_open(const sn__query *q, size_t v, const char *role);
/* The SN_ENOPATH error for from -> to, counting unusable segments. */
SN_HIDDEN sn_status sn__query_no_route(const sn__query *q, size_t from, size_t to);
/* The true cost of a route: its segments' costs plus its inner places'
 * (widest: its narrowest segment). */
SN_HIDDEN double sn__query_route_cost(const sn__query *q, const igraph_vector_int_t *vp, const igraph_vector_int_t *ep);
/* What a route spends at its inner places. */
SN_HIDDEN double sn__query_at_places(const sn__query *q, const size_t *v, size_t nv);
/* A search distance on w from `from` to `to` as a true cost. */
SN_HIDDEN double sn__query_true_cost(const sn__query *q, size_t from, size_t to, double search_cost);
/* One shortest (or widest) route by igraph; SN_ENOPATH when there is none. */
SN_HIDDEN sn_status sn__query_best_path(const sn__query *q, size_t from, size_t to, igraph_vector_int_t *vp,
                                        igraph_vector_int_t *ep, double *cost);
/* The end of edge e that is not v. */
SN_HIDDEN size_t sn__other_end(const sn_graph *g, size_t e, size_t v);
/* Checks the version, the vertex range and the waypoints of o (NULL means
 * defaults); when copy is not NULL, fills it with o or the defaults (a
 * version 1 struct is read as far as it goes). */
SN_HIDDEN sn_status sn__route_check_opts(const sn_graph *g, const sn_route_opts *o, size_t from, size_t to,
                                         sn_route_opts *copy);
/* Appends a route of q from igraph's vertex and edge lists to rs. */
SN_HIDDEN sn_status sn__routes_add(sn_routes *rs, const sn__query *q, const igraph_vector_int_t *vp,
                                   const igraph_vector_int_t *ep, double cost, double cost2);
/* Copies opts (version 1 or 2; NULL: defaults) into out. */
SN_HIDDEN sn_status sn__route_opts_copy(const sn_route_opts *opts, sn_route_opts *out);
/* A* for one query of sn_route(): a router over q, which stays the caller's. */
SN_HIDDEN sn_status sn__astar(const sn__query *q, size_t from, size_t to, sn_routes *rs);

/* A binary min-heap of items ordered by (k1, k2): A* pushes (f, 0, vertex),
 * Pareto search (cost1, cost2, label). Ties pop in no promised order. */
typedef struct sn__heap_item {
	double k1, k2;
	size_t x;
} sn__heap_item;

typedef struct sn__heap {
	sn__heap_item *a;
	size_t n, cap;
} sn__heap;

/* -1 when out of memory (nothing recorded: the caller reports it). */
SN_HIDDEN int sn__heap_push(sn__heap *h, double k1, double k2, size_t x);
/* The least item; the heap must not be empty. */
SN_HIDDEN sn__heap_item sn__heap_pop(sn__heap *h);
SN_HIDDEN void sn__heap_free(sn__heap *h);

/* ---- values (value.c) ---- */

/* Parses len bytes of text as type. On failure returns SN_EPARSE and sets
 * *why to a static phrase (e.g. "out of range"). Strings are interned. */
SN_HIDDEN sn_status sn__parse_value(sn_graph *g, sn_type type, const char *text, size_t len, sn_val *out,
                                    const char **why);
/* The same for a value of key k as a reader meets it: a string is
 * interned while its column's values repeat, and stored as it is once
 * nearly every value has proved new (consumers compare strings by
 * content, never by pointer). */
SN_HIDDEN sn_status sn__parse_key_value(sn_graph *g, sn_key *k, const char *text, size_t len, sn_val *out,
                                        const char **why);
/* Formats into buf (at least 64 bytes) for numbers and booleans. */
SN_HIDDEN void sn__format_number(sn_type type, sn_val v, char *buf, size_t size);
/* A 32-bit float as the double its shortest decimal reads as: 0.4f gives
 * 0.4, as NetworkX and igraph read "0.4", not 0.4000000059604645. */
SN_HIDDEN double sn__float_value(float f);
SN_HIDDEN int sn__type_from_name(const char *name, sn_type *out);

#endif
