/*
 * silknet.h - actor and corridor networks: weighted graphs of states, blocs,
 * institutions, companies and the transport corridors between them.
 *
 * This is the only public header of libsilknet. It includes neither igraph
 * nor libxml2. Conventions used throughout:
 *
 *  - Fallible functions return an sn_status: SN_OK (0) on success, a negative
 *    code otherwise. After a failure sn_last_error() says what went wrong.
 *  - Parameters come in one order: results the caller will own first (a
 *    handle such as sn_graph **, or an allocated buffer such as char ** or
 *    size_t **), named out, with the buffer's length or count right after
 *    it; then the inputs, the object acted on leading; then plain values
 *    written through pointers (an index, a count, a number, a borrowed
 *    string), last. On failure *out is set to NULL; plain values are left
 *    untouched.
 *  - Names are sn_<module>_<verb> or sn_<module>_<object>_<verb>:
 *    sn_graph_vertex_find, sn_key_find, sn_attr_get_double, sn_route.
 *  - A pointer returned as the value of a function is borrowed from its owner
 *    and stays valid until the owner is modified or freed: do not free it.
 *  - Results returned through out parameters belong to the caller and are
 *    released with their own _free function, which accepts NULL.
 *  - Indices and counts are size_t; vertices are numbered 0..n-1 and edges
 *    0..m-1 in the order they were added or read.
 *
 * Thread safety: distinct graphs may be used from distinct threads only
 * when igraph was built thread-safe (sn_thread_safe() returns 1); the error
 * message buffer is always per thread.
 */
#ifndef SILKNET_H
#define SILKNET_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && __GNUC__ >= 4
#define SN_EXTERN(type) extern __attribute__((visibility("default"))) type
#else
#define SN_EXTERN(type) extern type
#endif

/** @name Version */
/**@{*/
#define SN_VERSION_MAJOR 0
#define SN_VERSION_MINOR 1
#define SN_VERSION_PATCH 0
#define SN_VERSION_STRING "0.1.0"

/** The version of the library linked at run time, e.g. "0.1.0". Static. */
SN_EXTERN(const char *) sn_version_string(void);
/** 1 when igraph was built with thread-local state, so that separate graphs may
 * be used from separate threads; 0 otherwise. */
SN_EXTERN(int) sn_thread_safe(void);
/**@}*/

/** @name Errors */
/**@{*/
/** Status codes. Values are fixed forever; new codes are appended. */
typedef enum sn_status {
	SN_OK = 0,          /**< success */
	SN_ENOMEM = -1,     /**< out of memory */
	SN_EIO = -2,        /**< a file could not be opened, read or written */
	SN_EPARSE = -3,     /**< the input is malformed or not of the expected type */
	SN_EINVAL = -4,     /**< an argument is invalid */
	SN_ENOTFOUND = -5,  /**< a vertex, edge, key or value does not exist */
	SN_ENOPATH = -6,    /**< no path satisfies the request */
	SN_EINTERNAL = -7,  /**< a bug, or an unexpected failure inside igraph */
	SN_EINTERRUPTED = -8 /**< a progress callback asked to stop */
} sn_status;

/** Static text naming a status, e.g. "parse error". Never NULL. */
SN_EXTERN(const char *) sn_strerror(sn_status status);

/** The message of the last failure in this thread, one line, without a
 * trailing period. Parse errors start with "FILE:LINE:COL: ". Never NULL;
 * read it only after a call returned non-zero (it may be stale otherwise).
 * Owned by the library; valid until the next silknet call in this thread. */
SN_EXTERN(const char *) sn_last_error(void);

/** Where the last failure in this thread was found in an input file.
 * @param[out] file  the file name as given to the reader (or NULL), borrowed
 * @param[out] line  1-based line, 0 when not known
 * @param[out] col   1-based column, 0 when not known
 * Any out pointer may be NULL. */
SN_EXTERN(void) sn_last_error_pos(const char **file, unsigned long *line, unsigned long *col);

/** Releases a buffer or string that silknet returned as owned by the caller. */
SN_EXTERN(void) sn_free(void *p);
/**@}*/

/** @name Graphs */
/**@{*/
/** What an attribute key or a description belongs to. */
typedef enum sn_domain {
	SN_DOMAIN_GRAPH = 1,
	SN_DOMAIN_NODE = 2,
	SN_DOMAIN_EDGE = 4,
	SN_DOMAIN_ALL = 7,
	/** for="graphml", "hyperedge", "port" or "endpoint": kept for writing
	 * back, holds no values */
	SN_DOMAIN_OTHER = 8
} sn_domain;

typedef enum sn_type {
	SN_TYPE_BOOLEAN = 0,
	SN_TYPE_INT = 1,     /**< 32-bit signed */
	SN_TYPE_LONG = 2,    /**< 64-bit signed, exact */
	SN_TYPE_FLOAT = 3,
	SN_TYPE_DOUBLE = 4,
	SN_TYPE_STRING = 5,
	/** Content kept verbatim as XML text: keys silknet does not interpret,
	 * such as yEd's yfiles.type graphics or attr.type="string[]". Values read
	 * and set as strings, written back unescaped. */
	SN_TYPE_OPAQUE = 6
} sn_type;

typedef struct sn_graph sn_graph;
struct igraph_s;

/** Creates an empty graph.
 * @param[out] out       the new graph, released with sn_graph_free()
 * @param directed       non-zero for a directed graph
 * @return SN_OK, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_new(sn_graph **out, int directed);

/** Releases a graph and everything it owns. NULL is a no-op. */
SN_EXTERN(void) sn_graph_free(sn_graph *g);

SN_EXTERN(size_t) sn_graph_vertex_count(const sn_graph *g);
SN_EXTERN(size_t) sn_graph_edge_count(const sn_graph *g);
/** 1 for a directed graph, 0 for an undirected one. */
SN_EXTERN(int) sn_graph_is_directed(const sn_graph *g);

/** The underlying igraph graph, for any igraph algorithm. Vertex and edge
 * indices are silknet's. Owned by g; valid until g is modified or freed.
 * Returns NULL only when it could not be built (out of memory); the first
 * call after a modification rebuilds it in O(|V|+|E|).
 * Complexity: O(1) when g has not changed since the last call. */
SN_EXTERN(const struct igraph_s *) sn_graph_igraph(const sn_graph *g);

/** Adds a vertex with a string id, unique in the graph.
 * @param[out] out  the new vertex's index (may be NULL)
 * @param id        the id, copied; not NULL, not empty
 * @return SN_OK, SN_EINVAL (NULL/empty or duplicate id), SN_ENOMEM
 * Complexity: amortized O(length of id). */
SN_EXTERN(sn_status) sn_graph_vertex_add(sn_graph *g, const char *id, size_t *out);

/** Adds an edge from vertex index from to vertex index to. Parallel edges
 * and self-loops are allowed.
 * @param[out] out  the new edge's index (may be NULL)
 * @param id        the GraphML edge id, copied; NULL for none
 * @return SN_OK, SN_EINVAL (index out of range, duplicate edge id), SN_ENOMEM
 * Complexity: amortized O(1): the igraph graph is rebuilt on next use. */
SN_EXTERN(sn_status) sn_graph_edge_add(sn_graph *g, size_t from, size_t to, const char *id, size_t *out);

/** The id of vertex v, or NULL when v is out of range. Owned by g. */
SN_EXTERN(const char *) sn_graph_vertex_id(const sn_graph *g, size_t v);
/** What to call vertex v: its string attribute label, else name, else the
 * label yEd or yEd Live draws for it (read from the graphics kept
 * verbatim), else NULL. Owned by g. */
SN_EXTERN(const char *) sn_graph_vertex_label(const sn_graph *g, size_t v);

/** Finds a vertex by id.
 * @param[out] out  its index
 * @return SN_OK, SN_ENOTFOUND, SN_EINVAL
 * Complexity: O(length of id) on average. */
SN_EXTERN(sn_status) sn_graph_vertex_find(const sn_graph *g, const char *id, size_t *out);

/** The endpoints of edge e (source and target; for an undirected graph in
 * the order they were given).
 * @return SN_OK, SN_EINVAL (e out of range) */
SN_EXTERN(sn_status) sn_graph_edge_endpoints(const sn_graph *g, size_t e, size_t *from, size_t *to);

/** The GraphML id of edge e, or NULL when it has none. Owned by g. */
SN_EXTERN(const char *) sn_graph_edge_id(const sn_graph *g, size_t e);

/** Finds an edge by its GraphML id.
 * @return SN_OK, SN_ENOTFOUND, SN_EINVAL */
SN_EXTERN(sn_status) sn_graph_edge_find(const sn_graph *g, const char *id, size_t *out);

/** The vertex whose nested <graph> contains vertex v (GraphML nesting, such
 * as yEd groups or country > port > terminal hierarchies).
 * @param[out] out  the enclosing vertex
 * @return SN_OK, SN_ENOTFOUND (v is at the top level), SN_EINVAL */
SN_EXTERN(sn_status) sn_graph_vertex_parent(const sn_graph *g, size_t v, size_t *out);

/** Sets the enclosing vertex of v; parent (size_t)-1 moves v to the top
 * level. @return SN_OK, SN_EINVAL (out of range, or a cycle), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_vertex_set_parent(sn_graph *g, size_t v, size_t parent);

/** The GraphML id of the (top-level) graph element, or NULL. Owned by g. */
SN_EXTERN(const char *) sn_graph_id(const sn_graph *g);

/** The <desc> text of the graph (SN_DOMAIN_GRAPH, index 0), of vertex
 * (SN_DOMAIN_NODE) or of edge (SN_DOMAIN_EDGE) index, or NULL when there is
 * none. Owned by g. */
SN_EXTERN(const char *) sn_graph_desc(const sn_graph *g, sn_domain domain, size_t index);

/** Sets or, with desc NULL, removes a <desc>. @return SN_OK, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_set_desc(sn_graph *g, sn_domain domain, size_t index, const char *desc);

/** Notes the reader made about input it kept verbatim or skipped, each
 * "FILE:LINE:COL: what", in input order: the first 200, and then one more
 * saying how many followed ("and 499,800 more notes like these"). Owned
 * by g. */
SN_EXTERN(size_t) sn_graph_warning_count(const sn_graph *g);
SN_EXTERN(const char *) sn_graph_warning(const sn_graph *g, size_t i);
/**@}*/

/** @name The data schema
 * The vocabulary of data/SCHEMA.md, as `silknet validate` checks it. */
/**@{*/
/** What sn_graph_check_schema() found. */
typedef struct sn_findings sn_findings;

/** Checks g against data/SCHEMA.md: node kinds, edge relations, modes and
 * statuses not in the vocabulary; a country that is no ISO 3166 alpha-2
 * code; lat and lon out of range; weight, km, days, usd and capacity that
 * are no finite number from zero (or an attribute of these names that is
 * not a number); an amount without a unit; an edge without a source when
 * the file cites sources at all; a corridor whose segments do not connect.
 * An undirected edge's twin is checked once, as its edge. Each finding is
 * a sentence naming the element ("node 'KZ': kind 'nation' is not in the
 * vocabulary (data/SCHEMA.md)"), in the order above.
 * @param[out] out  the findings (none when g follows the schema), released
 *                  with sn_findings_free(); NULL on failure
 * @return SN_OK, SN_EINVAL (out or g NULL), SN_ENOMEM
 * Complexity: O(|V| + |E|) for all but the corridors, O(C (|V| + |E|))
 * for C corridors; memory that of the findings' text. */
SN_EXTERN(sn_status) sn_graph_check_schema(sn_findings **out, const sn_graph *g);
SN_EXTERN(void) sn_findings_free(sn_findings *f);
/** The number of findings; 0 for NULL. */
SN_EXTERN(size_t) sn_findings_count(const sn_findings *f);
/** Finding i as a sentence, or NULL when i is out of range. Owned by f. */
SN_EXTERN(const char *) sn_findings_message(const sn_findings *f, size_t i);
/** The domain finding i is about: SN_DOMAIN_NODE or SN_DOMAIN_EDGE. */
SN_EXTERN(sn_domain) sn_findings_domain(const sn_findings *f, size_t i);
/** The vertex or edge finding i is about, or SIZE_MAX when it is about an
 * attribute as a whole (a 'km' of strings, a corridor that does not
 * connect) or i is out of range. */
SN_EXTERN(size_t) sn_findings_index(const sn_findings *f, size_t i);
/** The attribute finding i is about ("kind", "km", "source", "unit",
 * "corridor"), or NULL when i is out of range. Static storage. */
SN_EXTERN(const char *) sn_findings_attribute(const sn_findings *f, size_t i);
/**@}*/

/** @name Attribute keys
 * Attributes are typed columns, one per GraphML <key>. A key belongs to the
 * graph, to nodes, to edges, or to all of them, and may have a default that
 * elements without a value of their own take. */
/**@{*/

SN_EXTERN(size_t) sn_key_count(const sn_graph *g);

/** Finds the key named name (its attr.name, or its id when it has no name)
 * that applies to domain (GRAPH, NODE or EDGE).
 * @return SN_OK, SN_ENOTFOUND, SN_EINVAL */
SN_EXTERN(sn_status) sn_key_find(const sn_graph *g, sn_domain domain, const char *name, size_t *out);

/** Finds a key by its GraphML id. @return SN_OK, SN_ENOTFOUND, SN_EINVAL */
SN_EXTERN(sn_status) sn_key_find_id(const sn_graph *g, const char *id, size_t *out);

/** Adds a key. Its GraphML id is chosen ("d0", "d1", ...) so as not to clash.
 * @param name    attr.name, copied
 * @param domain  GRAPH, NODE, EDGE or ALL
 * @param type    any sn_type but SN_TYPE_OPAQUE
 * @return SN_OK, SN_EINVAL (a key of that name already applies to one of
 *         the domains), SN_ENOMEM */
SN_EXTERN(sn_status) sn_key_add(sn_graph *g, const char *name, sn_domain domain, sn_type type, size_t *out);

/** The key's GraphML id, attr.name (NULL when absent), domain and type.
 * Strings are owned by g. Out-of-range keys give NULL / 0. */
SN_EXTERN(const char *) sn_key_id(const sn_graph *g, size_t key);
SN_EXTERN(const char *) sn_key_name(const sn_graph *g, size_t key);
SN_EXTERN(sn_domain) sn_key_domain(const sn_graph *g, size_t key);
SN_EXTERN(sn_type) sn_key_type(const sn_graph *g, size_t key);
/** The attr.type as written in the input (e.g. "string[]" for an opaque
 * key), or the canonical GraphML name of the type. Owned by g. */
SN_EXTERN(const char *) sn_key_type_name(const sn_graph *g, size_t key);
/** The canonical GraphML name of a type ("boolean", "int", ...); static. */
SN_EXTERN(const char *) sn_type_name(sn_type type);
/** The GraphML "for" value of a domain ("graph", "node", "edge", "all"). */
SN_EXTERN(const char *) sn_domain_name(sn_domain domain);

/** The key's default formatted as GraphML text, or NULL when it has none.
 * Owned by g. */
SN_EXTERN(const char *) sn_key_default(const sn_graph *g, size_t key);
/** Sets (text parsed as the key's type) or with NULL removes the default.
 * @return SN_OK, SN_EINVAL, SN_EPARSE (text not of the key's type), SN_ENOMEM */
SN_EXTERN(sn_status) sn_key_set_default(sn_graph *g, size_t key, const char *text);
/**@}*/

/** @name Attribute values
 * An element (the graph: domain SN_DOMAIN_GRAPH and index 0; a vertex; an
 * edge) either has a value of its own for a key or takes the key's default;
 * with neither, getters return SN_ENOTFOUND. */
/**@{*/

/** 1 when the element has a value of its own for key, 0 when it does not
 * (it may still take the default), or 0 for invalid arguments. */
SN_EXTERN(int) sn_attr_is_set(const sn_graph *g, size_t key, sn_domain domain, size_t index);

/** Removes the element's own value. @return SN_OK, SN_EINVAL */
SN_EXTERN(sn_status) sn_attr_unset(sn_graph *g, size_t key, sn_domain domain, size_t index);

/** Gets a numeric value: boolean (0/1), int, long, float or double keys.
 * A float is stored in 32 bits and given as the double of its shortest
 * decimal (0.4, not 0.4000000059604645), as NetworkX and igraph read it.
 * @return SN_OK, SN_ENOTFOUND (no value and no default),
 *         SN_EINVAL (bad arguments, or a string key) */
SN_EXTERN(sn_status) sn_attr_get_double(const sn_graph *g, size_t key, sn_domain domain, size_t index, double *out);
/** Gets an integer value: boolean, int or long keys. Same codes. */
SN_EXTERN(sn_status) sn_attr_get_long(const sn_graph *g, size_t key, sn_domain domain, size_t index, int64_t *out);
/** Gets a boolean value (0 or 1): boolean keys. Same codes. */
SN_EXTERN(sn_status) sn_attr_get_bool(const sn_graph *g, size_t key, sn_domain domain, size_t index, int *out);
/** Gets a string or opaque value, borrowed from g. Same codes. */
SN_EXTERN(sn_status) sn_attr_get_string(const sn_graph *g, size_t key, sn_domain domain, size_t index, const char **out);

/** Formats any value as GraphML text (as the writer writes it: doubles
 * so they read back bit-identical, booleans as true/false).
 * @param[out] out  a string released with sn_free()
 * @return SN_OK, SN_ENOTFOUND, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_attr_format(char **out, const sn_graph *g, size_t key, sn_domain domain, size_t index);

/** Setters. Numbers are checked against the key's type: a long that does
 * not fit an int key is SN_EINVAL; a double set on an int key must be
 * integral. @return SN_OK, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_attr_set_double(sn_graph *g, size_t key, sn_domain domain, size_t index, double value);
SN_EXTERN(sn_status) sn_attr_set_long(sn_graph *g, size_t key, sn_domain domain, size_t index, int64_t value);
SN_EXTERN(sn_status) sn_attr_set_bool(sn_graph *g, size_t key, sn_domain domain, size_t index, int value);
SN_EXTERN(sn_status) sn_attr_set_string(sn_graph *g, size_t key, sn_domain domain, size_t index, const char *value);
/** Parses text as the key's type, as the GraphML reader does, and sets it.
 * @return SN_OK, SN_EINVAL, SN_EPARSE (not a value of the type), SN_ENOMEM */
SN_EXTERN(sn_status) sn_attr_set_text(sn_graph *g, size_t key, sn_domain domain, size_t index, const char *text);

/** Copies a numeric key's values for every vertex (SN_DOMAIN_NODE) or edge
 * (SN_DOMAIN_EDGE) into out, which holds n doubles where n is the vertex or
 * edge count; elements with neither value nor default get NaN.
 * @return SN_OK, SN_EINVAL (wrong n, string key) */
SN_EXTERN(sn_status) sn_attr_get_doubles(const sn_graph *g, size_t key, sn_domain domain, double *out, size_t n);
/**@}*/

/** @name Reading GraphML
 * A streaming reader (libxml2 SAX2): memory stays proportional to the graph,
 * never to the file. It loads GraphML as the primer and schema define it,
 * as Gephi, yEd, NetworkX, igraph and Cytoscape write it:
 *  - keys for graph, node, edge and all, with their defaults; long kept as an
 *    exact 64-bit integer; booleans as true/false, 1/0 and True/False;
 *  - parallel edges, self-loops, edge ids and <desc> kept;
 *  - edgedefault and per-edge directed: when every edge ends up with the same
 *    direction the graph has it; a graph that mixes directed and undirected
 *    edges is loaded as directed, each undirected edge becoming one edge
 *    (with the id and values read) plus its reverse twin, so that
 *    algorithms see it both ways (sn_graph_edge_twin());
 *  - nested graphs flattened, each vertex remembering its enclosing vertex;
 *  - data it does not interpret (yEd's yfiles.type keys, yEd Live's
 *    y:attr.uri keys, unknown attr.type such as string[], foreign elements)
 *    kept verbatim as SN_TYPE_OPAQUE with a warning; the labels yEd and yEd
 *    Live draw are found in them (sn_graph_vertex_label());
 *  - what cannot be read is a warning and left out: a value not of its
 *    key's type (including white space only and overflow such as 1e999 for
 *    a double: the value is left unset), <data> for a key of another domain,
 *    a key id used again for a key of another domain (as igraph writes: each
 *    <data> finds the key of its element's domain), a <key> inside <graph>,
 *    ports (skipped; edges join the nodes). With SN_READ_STRICT each of
 *    these, and everything kept verbatim, is an error.
 * It refuses, with FILE:LINE:COL and what was expected: malformed XML, input
 * that is not GraphML, duplicate node ids, a key id used twice in one
 * domain, edges to undeclared nodes, <data> for undeclared keys,
 * hyperedges and <locator>, DTD declarations and entity references
 * (GraphML needs no DTD; this also stops XXE and entity amplification). It
 * never reads any file but the one it was given and never touches the
 * network. */
/**@{*/

/* 2 added max_keys; a version 1 struct is still accepted */
#define SN_READ_OPTS_VERSION 2
/** Data silknet does not interpret is an error instead of kept verbatim. */
#define SN_READ_STRICT 0x1u
/** An edge naming an undeclared node creates that node instead of failing. */
#define SN_READ_CREATE_MISSING 0x2u
/** CSV edge tables only: the edges are directed (GraphML and GEXF say so
 * themselves; so does a Gephi Type column). */
#define SN_READ_DIRECTED 0x4u

typedef struct sn_read_opts {
	unsigned version;  /**< SN_READ_OPTS_VERSION */
	unsigned flags;    /**< SN_READ_* */
	/** Longest text of one <data>, <default> or <desc>, in bytes; 0 means
	 * the default, 10 MB (libxml2's own limit for a text node). */
	size_t max_value_bytes;
	/** Most <key> declarations; 0 means the default, 1,000,000. A key
	 * costs about 280 bytes, four times its text, so the limit bounds what
	 * a file of nothing but keys can cost (about 280 MB by default). */
	size_t max_keys;
} sn_read_opts;

#define SN_READ_OPTS_INIT { SN_READ_OPTS_VERSION, 0u, 0u, 0u }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_read_opts_init(sn_read_opts *opts, unsigned version);

/** Reads a GraphML file.
 * @param[out] out  the graph, released with sn_graph_free(); NULL on failure
 * @param path      the file's path (not "-": see sn_graph_read_graphml_fd)
 * @param opts      options, or NULL for defaults
 * @return SN_OK, SN_EIO (cannot open or read), SN_EPARSE (see above; the
 *         message and sn_last_error_pos() give the position), SN_EINVAL,
 *         SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_read_graphml(sn_graph **out, const char *path, const sn_read_opts *opts);

/** Reads GraphML from an open stream up to its end; name is used in
 * messages (e.g. "<stdin>"), may be NULL. The stream is not closed. */
SN_EXTERN(sn_status) sn_graph_read_graphml_file(sn_graph **out, FILE *fp, const char *name, const sn_read_opts *opts);

/** Reads GraphML from a file descriptor up to end of file (0 for stdin).
 * The descriptor is not closed. */
SN_EXTERN(sn_status) sn_graph_read_graphml_fd(sn_graph **out, int fd, const char *name, const sn_read_opts *opts);

/** Reads GraphML from len bytes at buf. */
SN_EXTERN(sn_status) sn_graph_read_graphml_memory(sn_graph **out, const void *buf, size_t len, const char *name, const sn_read_opts *opts);

/** A new graph without the vertices drop_vertices marks (non-zero; vertex
 * count entries, or NULL for none), their edges, and the edges drop_edges
 * marks (edge count entries, or NULL); a mixed graph's undirected edge and
 * its reverse twin go together. The copy keeps every key with its type and
 * default, the kept elements' ids (in order) and values, and the labels
 * yEd draws; not nesting, desc, graph-level values or what the reader kept
 * of the file's markup outside values. Release with sn_graph_free().
 * @return SN_OK, SN_EINVAL, SN_ENOMEM */
/** Marks what avoid leaves out and what only does not keep, in the grammar
 * of sn_route_opts (avoid "RUS" or "country=RU"; only "corridor=TITR" or,
 * for a node attribute, "kind=state"): drop_vertices (vertex count
 * entries) and drop_edges (edge count entries) get 1 for an element left
 * out, 0 for the rest; an edge of a left-out vertex is marked too. Status
 * is not applied. For sn_graph_subgraph(), to draw or write a part.
 * @return SN_OK, SN_EINVAL (a bad spec, NULL arrays), SN_ENOTFOUND (a
 *         vertex that does not exist), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_select(const sn_graph *g, const char *const *avoid, size_t n_avoid,
                                     const char *const *only, size_t n_only, unsigned char *drop_vertices,
                                     unsigned char *drop_edges);

SN_EXTERN(sn_status) sn_graph_subgraph(sn_graph **out, const sn_graph *g, const unsigned char *drop_vertices,
                                       const unsigned char *drop_edges);

/** For a graph that mixed directed and undirected edges: the edge that e is
 * the reverse twin of (SN_OK), or SN_ENOTFOUND when e is an ordinary edge. */
SN_EXTERN(sn_status) sn_graph_edge_twin(const sn_graph *g, size_t e, size_t *out);
/**@}*/

/** @name Reading any network: GraphML, GEXF, CSV, gzip
 * sn_graph_read() tells the format by content, never by the file's name:
 * gzip-compressed input is decompressed first (one or more gzip members, as
 * gunzip reads them; anything after them, or a stream cut short, is an
 * error); then XML whose root is <gexf> is read as GEXF, other XML as
 * GraphML, and text whose first line holds a comma, semicolon or tab as a
 * CSV edge table. Anything else gets the GraphML reader's message saying
 * what it looks like. The sn_graph_read_graphml*() functions read GraphML
 * only (gzip-compressed too), and say so when they are given GEXF.
 *
 * GEXF 1.1, 1.2 and 1.3 as Gephi and NetworkX write them: nodes and edges
 * with ids and labels (label becomes the attribute "label"), typed
 * attributes (integer, long, float, double, boolean, string; liststring and
 * the others kept as strings) with their defaults, edge weights (the
 * attribute "weight", with GEXF's default of 1.0 for edges without one), defaultedgetype and per-edge type (mixed graphs as in
 * GraphML), viz:position (x, y, z), viz:color (r, g, b, a as
 * "#rrggbb[aa]") and viz:size (attributes viz_x, viz_y, viz_z,
 * viz_color, viz_size). Dynamic data (spells, start/end) is kept as the
 * attributes start and end. The same limits as GraphML hold: no DTD, no
 * entities, bounded values and keys.
 *
 * CSV edge tables (RFC 4180, as spreadsheets, pandas, Gephi and Neo4j
 * write them): the delimiter is the comma, semicolon or tab that the
 * header line holds most often; fields may be quoted ("" inside quotes is
 * a quote, and quoted fields may hold delimiters and line breaks); lines end
 * in LF or CRLF; a UTF-8 byte order mark is skipped. The header names the
 * columns: "source" and "target" (in any case: Gephi's Source, Target) are
 * the ends, "id" the edge id, "type" (Gephi's Type) the direction when
 * every value is Directed or Undirected (else an ordinary column); every
 * other column is an attribute. A column's type is declared by a suffix,
 * "name:type" with type one of string, int, long, integer, double, float,
 * number, bool, boolean; otherwise inferred from its values: long when
 * every value is a whole number that fits 64 bits, double when every value
 * is a number, boolean when every value is true or false (any case), else
 * string. An empty field leaves the value unset. A node table (sn_graph_read_csv)
 * has an "id" column (Gephi's Id) and attribute columns; without one the
 * nodes are those the edges name, in the order they appear. Errors, with
 * FILE:LINE:COL: a quote left open, a row with more or fewer fields than
 * the header, no source or target column, an empty or repeated column
 * name, a repeated node id, a value that is not of its declared type, a
 * number out of range, bytes that are not UTF-8 or are control characters
 * XML cannot hold. An edge naming a node the node table lacks adds the node,
 * with a warning (as Gephi does). Undirected unless SN_READ_DIRECTED or the
 * Type column says otherwise. */
/**@{*/
/** Reads path in the format its content shows (see above).
 * @return as sn_graph_read_graphml() */
SN_EXTERN(sn_status) sn_graph_read(sn_graph **out, const char *path, const sn_read_opts *opts);
/** The same from a descriptor (0 for stdin), not closed; name for messages. */
SN_EXTERN(sn_status) sn_graph_read_fd(sn_graph **out, int fd, const char *name, const sn_read_opts *opts);
/** The same from len bytes at buf. */
SN_EXTERN(sn_status) sn_graph_read_memory(sn_graph **out, const void *buf, size_t len, const char *name,
                                          const sn_read_opts *opts);
/** Reads a CSV edge table and, unless nodes is NULL, its node table (either
 * may be gzip-compressed; "-" is not standard input here).
 * @return SN_OK, SN_EIO, SN_EPARSE (with FILE:LINE:COL), SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_read_csv(sn_graph **out, const char *edges, const char *nodes,
                                       const sn_read_opts *opts);
/**@}*/

/** @name Writing GraphML
 * The writer puts back everything the reader kept:
 * vertex and edge order, ids, parallel edges and self-loops, directedness
 * (a mixed graph's undirected edges written once with directed="false"),
 * every key with its id, domain, name, type and default, every value (doubles
 * so they read back bit-identical, longs exact, booleans as true/false),
 * <desc>, namespace declarations, data and attributes kept verbatim, and
 * nesting: a vertex's enclosed vertices are written in its nested <graph>.
 * Strings XML 1.0 cannot carry (control characters, invalid UTF-8) are an
 * error naming the element, never a broken file. */
/**@{*/

#define SN_WRITE_OPTS_VERSION 1
/** No line breaks or indentation. */
#define SN_WRITE_COMPACT 0x1u

typedef struct sn_write_opts {
	unsigned version; /**< SN_WRITE_OPTS_VERSION */
	unsigned flags;   /**< SN_WRITE_* */
} sn_write_opts;

#define SN_WRITE_OPTS_INIT { SN_WRITE_OPTS_VERSION, 0u }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_write_opts_init(sn_write_opts *opts, unsigned version);

/** Writes g as GraphML to path, atomically: into a temporary file in the
 * same directory, renamed over path only when complete, so that a failure
 * (full disk, unwritable directory) leaves any existing file as it was.
 * An existing file's permissions are kept.
 * @param opts  options, or NULL for defaults
 * @return SN_OK, SN_EIO, SN_EINVAL (a string XML cannot carry), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_write_graphml(const sn_graph *g, const char *path, const sn_write_opts *opts);

/** Writes g as GraphML to an open stream (not closed; flushed).
 * @return SN_OK, SN_EIO, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_write_graphml_file(const sn_graph *g, FILE *fp, const sn_write_opts *opts);

/** Writes g as GraphML into a new buffer.
 * @param[out] out  NUL-terminated text, released with sn_free()
 * @param[out] len  its length in bytes, without the NUL (may be NULL)
 * @return SN_OK, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_write_graphml_memory(char **out, size_t *len, const sn_graph *g,
                                                   const sn_write_opts *opts);
/**@}*/

/** @name Writing GEXF and CSV
 * GEXF 1.2 (the newest NetworkX 2.8 reads; Gephi reads it too): ids, every node and edge attribute as a
 * typed <attribute> with its default, the attributes label (a string)
 * and, on edges, weight (a number) as GEXF's own label and weight, viz_x,
 * viz_y, viz_z, viz_size, viz_color ("#rrggbb" or "#rrggbbaa") and, on edges,
 * viz_thickness as viz elements, start and end as GEXF's own, a vertex's
 * enclosing vertex as pid, the graph's desc as the description; a mixed
 * graph's undirected edges once, with type="undirected". GEXF has no graph
 * attributes and no node or edge desc: they are not written. Values kept
 * verbatim (SN_TYPE_OPAQUE) are written as their markup, in a string.
 *
 * CSV: a node table (id, then one column per node attribute) and an edge
 * table (source, target, type (Directed/Undirected) when the graph is
 * directed or mixed, id when edges have ids, then one column per edge
 * attribute), RFC 4180 with CRLF line ends, as sn_graph_read_csv() reads
 * them back: a column whose type would not be inferred from its values
 * (text that looks like numbers, a column with no values, a name that is
 * also a column role: source, target, id, type, Label, Weight) is headed
 * name:type; int and float widen to long and double (values exact); doubles
 * are written with a decimal point or exponent; an empty string is "". A
 * table has no place for graph attributes, desc or nesting: they are not
 * written. Strings that XML could not carry are an error, as for GraphML. */
/**@{*/
/** Writes g as GEXF to path, atomically (as sn_graph_write_graphml).
 * @return SN_OK, SN_EIO, SN_EINVAL (a string XML cannot carry), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_write_gexf(const sn_graph *g, const char *path, const sn_write_opts *opts);
/** The same to an open stream, flushed, not closed. */
SN_EXTERN(sn_status) sn_graph_write_gexf_file(const sn_graph *g, FILE *fp, const sn_write_opts *opts);
/** The same into a new NUL-terminated buffer (sn_free()); *len its length. */
SN_EXTERN(sn_status) sn_graph_write_gexf_memory(char **out, size_t *len, const sn_graph *g,
                                                const sn_write_opts *opts);
/** Writes g's node table to nodes and its edge table to edges, each
 * atomically; when the second fails the first is already written.
 * @return as sn_graph_write_gexf() */
SN_EXTERN(sn_status) sn_graph_write_csv(const sn_graph *g, const char *nodes, const char *edges,
                                        const sn_write_opts *opts);
/** The same into two new buffers (sn_free() each), with their lengths. */
SN_EXTERN(sn_status) sn_graph_write_csv_memory(char **nodes, size_t *nodes_len, char **edges, size_t *edges_len,
                                               const sn_graph *g, const sn_write_opts *opts);
/**@}*/

/** @name Writing Graphviz DOT
 * Diagrams for dot, neato or sfdp: kinds of actors told apart by shape and
 * colour (with a legend), stronger ties drawn thicker, edges coloured by
 * corridor or relation, clusters by an attribute or by GraphML nesting,
 * geographic placement from lat/lon, one route highlighted, a title. The
 * legend lists what is drawn and only that, in the colours drawn: the kinds
 * present, the edge categories (a list value such as "TITR;CAREC" takes
 * its first: a shared segment in its first corridor's colour; past ten,
 * the rest as "N other"), edges of no category, and the route. Edges are
 * curved around nodes up to SN_DOT_SPLINE_EDGES edges and straight beyond
 * (and always on maps): spline routing is what keeps Graphviz from
 * finishing on larger networks. Ids and
 * labels are always quoted and escaped, so no input can produce broken DOT or
 * an HTML-like label. Directed graphs use ->, undirected --; parallel edges and
 * self-loops are kept; a mixed graph's undirected edges are drawn once,
 * without arrowheads. */
/**@{*/

#define SN_DOT_OPTS_VERSION 2
/** The most edges a drawing curves (splines=true); more are straight. */
#define SN_DOT_SPLINE_EDGES 1000
/** No legend. */
#define SN_DOT_NO_LEGEND 0x1u
/** Place vertices by lat/lon (pos="x,y!"): render with neato -n2 when every
 * vertex has coordinates, or neato to place the others around them. */
#define SN_DOT_GEO 0x2u
/** No styling at all: ids, labels and edges only. */
#define SN_DOT_PLAIN 0x4u

typedef struct sn_dot_opts {
	unsigned version;          /**< SN_DOT_OPTS_VERSION; 1 is still accepted */
	unsigned flags;            /**< SN_DOT_* */
	const char *title;         /**< drawn above the graph; NULL for none */
	/** node label attribute; NULL: "label", else "name", else the id */
	const char *label_attr;
	/** node attribute choosing shape and colour; NULL: "kind" when present */
	const char *kind_attr;
	/** numeric edge attribute, read as a strength, scaling pen width;
	 * NULL: none. Negative, NaN or infinite values are an error. */
	const char *width_attr;
	/** edge attribute choosing colour; NULL: "corridor", else "relation",
	 * when present */
	const char *color_attr;
	/** node attribute grouping vertices into clusters (e.g. "country");
	 * NULL: clusters follow GraphML nesting */
	const char *cluster_attr;
	/** a route to highlight: its edges drawn bold in red, everything else
	 * in its own colours at a third of their opacity (the legend too), so
	 * that corridors stay recognisable beside the route.
	 * Edge indices; or, with none, vertex indices in order (the first edge
	 * between each consecutive pair is taken). */
	const size_t *highlight_edges;
	size_t n_highlight_edges;
	const size_t *highlight_vertices;
	size_t n_highlight_vertices;
	/** With SN_DOT_GEO: a basemap file drawn beneath the network (as
	 * Graphviz's _background), in the drawing's projection and clipped to
	 * the network's extent with a margin: seas in blue, countries in sand
	 * with their borders. The file is silknet's basemap format, one ring
	 * per line, "NAME<TAB>lon,lat lon,lat ...", '#' comments (the bundled
	 * data/basemap-eurasia.txt: Natural Earth's 1:50m countries). NULL:
	 * none. A file that cannot be read is SN_EIO; a malformed line
	 * SN_EPARSE with FILE:LINE:COL. (Since version 2.) */
	const char *basemap;
} sn_dot_opts;

#define SN_DOT_OPTS_INIT { SN_DOT_OPTS_VERSION, 0u, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, NULL }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_dot_opts_init(sn_dot_opts *opts, unsigned version);

/** Removes the temporary files of the writes in progress (what a write to a
 * path writes before it renames it over the target). Async-signal-safe: a
 * program's SIGINT or SIGTERM handler calls it so that an interrupted
 * export leaves nothing behind; the targets are untouched either way. The
 * writes it cut short then fail. */
SN_EXTERN(void) sn_remove_temporary_files(void);

/** Writes g as DOT to path, atomically as sn_graph_write_graphml() does.
 * @param opts  options, or NULL for defaults
 * @return SN_OK, SN_EIO, SN_ENOTFOUND (an attribute named in opts does not
 *         exist), SN_EINVAL (a bad width value, highlight index), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_write_dot(const sn_graph *g, const char *path, const sn_dot_opts *opts);
/** Writes g as DOT to an open stream (flushed, not closed). Same codes. */
SN_EXTERN(sn_status) sn_graph_write_dot_file(const sn_graph *g, FILE *fp, const sn_dot_opts *opts);
/** Writes g as DOT into a new NUL-terminated buffer released with sn_free().
 * Same codes. */
SN_EXTERN(sn_status) sn_graph_write_dot_memory(char **out, size_t *len, const sn_graph *g,
                                               const sn_dot_opts *opts);
/**@}*/

/** @name Weights and progress */
/**@{*/

/** What a weight attribute means. Path-based measures (betweenness,
 * closeness, harmonic, routing) need a distance; tie-based ones (strength,
 * eigenvector, PageRank, hub and authority, constraint, clustering) need a
 * strength. silknet converts where a measure needs the other kind:
 * distance = 1 / strength (Opsahl, Agneessens & Skvoretz 2010). Weights that
 * are missing, negative, NaN or infinite are an error naming the edge, and so
 * is zero where it would divide or where a distance must be positive. */
typedef enum sn_weight_kind {
	SN_WEIGHT_NONE = 0,     /**< unweighted */
	SN_WEIGHT_DISTANCE = 1, /**< bigger = farther (km, days, usd) */
	SN_WEIGHT_STRENGTH = 2  /**< bigger = stronger tie (trade, aid) */
} sn_weight_kind;

/** What an edge without the weight means to a centrality measure (a file
 * whose money flows alone carry one). */
typedef enum sn_missing_weight {
	SN_MISSING_ERROR = 0, /**< an error naming the first such edge (the default) */
	SN_MISSING_VALUE = 1, /**< the edge weighs missing_value, checked as any weight */
	SN_MISSING_SKIP = 2   /**< the edge is left out, as an avoided one */
} sn_missing_weight;

/** Which edges of a directed graph count. SN_MODE_DEFAULT is ALL for degree,
 * strength and coreness, and OUT for closeness and harmonic centrality
 * (distances from the vertex; NetworkX's closeness uses IN). Undirected
 * graphs ignore it. */
typedef enum sn_mode {
	SN_MODE_DEFAULT = 0,
	SN_MODE_OUT = 1,
	SN_MODE_IN = 2,
	SN_MODE_ALL = 3
} sn_mode;

/** Called during long computations with a description and a percentage
 * (0-100); return non-zero to stop, and the call fails with
 * SN_EINTERRUPTED. A stop takes effect when the running igraph algorithm
 * returns: igraph 0.10.2 cannot be interrupted midway without corrupting
 * its memory. */
typedef int (*sn_progress_fn)(const char *what, double percent, void *payload);
/**@}*/

/** @name Centrality
 * igraph computes; silknet chooses the algorithm, converts weights, names
 * the results and checks the input. Unnormalized values equal igraph's;
 * normalized ones follow NetworkX's definitions:
 *  - degree, strength: divided by n - 1 (NetworkX's degree_centrality);
 *  - betweenness: by (n-1)(n-2)/2 undirected, (n-1)(n-2) directed; edge
 *    betweenness by n(n-1)/2 or n(n-1); in a multigraph igraph counts each
 *    parallel edge as a path of its own (NetworkX takes one);
 *  - closeness: igraph's raw value is 1 / (sum of distances to the vertices
 *    reached), NaN when none is; normalized is NetworkX's Wasserman-Faust
 *    form r/sum * r/(n-1), r the number reached;
 *  - harmonic: the sum of 1/distance; normalized divides by n - 1;
 *  - eigenvector: igraph scales the largest to 1; normalized has unit
 *    Euclidean norm (NetworkX); directed graphs use in-edges;
 *  - pagerank: sums to 1 either way; damping and personalization by a
 *    vertex set; hub and authority: largest 1, normalized sum 1 (NetworkX);
 *  - constraint (Burt), coreness, clustering (local; weighted: Barrat et al.;
 *    0 below degree 2, as NetworkX), brokerage and concentration: not
 *    affected by normalization.
 * And for actor networks:
 *  - opsahl_degree = k^(1-alpha) * s^alpha; opsahl_closeness and
 *    opsahl_betweenness on distances 1 / w^alpha (Opsahl et al. 2010);
 *  - brokerage_* : Gould and Fernandez (1989) roles by a group attribute,
 *    counting each two-path u -> v -> w with no tie u -> w: coordinator (all
 *    three in one group), itinerant (u and w in one group, v in another),
 *    gatekeeper (v and w together, u apart), representative (u and v
 *    together, w apart), liaison (all apart), and their total. Undirected ties
 *    count both ways.
 *  - concentration: the Herfindahl-Hirschman index of a vertex's tie
 *    strengths by partner, sum (s_ij / s_i)^2, optionally for one relation:
 *    1 = one partner, 1/k = k equal partners; NaN without ties. */
/**@{*/

typedef enum sn_measure {
	SN_DEGREE = 0,
	SN_STRENGTH,
	SN_BETWEENNESS,
	SN_EDGE_BETWEENNESS,
	SN_CLOSENESS,
	SN_HARMONIC,
	SN_EIGENVECTOR,
	SN_PAGERANK,
	SN_HUB,
	SN_AUTHORITY,
	SN_CONSTRAINT,
	SN_CORENESS,
	SN_CLUSTERING,
	SN_OPSAHL_DEGREE,
	SN_OPSAHL_CLOSENESS,
	SN_OPSAHL_BETWEENNESS,
	SN_BROKERAGE_COORDINATOR,
	SN_BROKERAGE_ITINERANT,
	SN_BROKERAGE_GATEKEEPER,
	SN_BROKERAGE_REPRESENTATIVE,
	SN_BROKERAGE_LIAISON,
	SN_BROKERAGE_TOTAL,
	SN_CONCENTRATION,
	SN_EFFECTIVE_SIZE,
	SN_EFFICIENCY,
	SN_MEASURE_COUNT_ /**< not a measure: the number of them */
} sn_measure;

/** The measure's name ("betweenness", "brokerage_liaison", ...); static. */
SN_EXTERN(const char *) sn_measure_name(sn_measure m);
/** One sentence saying what the measure means; static. */
SN_EXTERN(const char *) sn_measure_description(sn_measure m);
/** Finds a measure by name. @return SN_OK, SN_ENOTFOUND (the message lists
 * the valid names), SN_EINVAL */
SN_EXTERN(sn_status) sn_measure_from_name(const char *name, sn_measure *out);

/* 2 added avoid, only and the missing-weight policy; a version 1 struct is
 * still accepted */
#define SN_CENTRALITY_OPTS_VERSION 3

typedef struct sn_centrality_opts {
	unsigned version;         /**< SN_CENTRALITY_OPTS_VERSION; 1 and 2 are still accepted */
	const char *weight;       /**< numeric edge attribute, or NULL: unweighted */
	sn_weight_kind weight_is; /**< required with weight */
	sn_mode mode;
	int normalized;           /**< NetworkX's normalized definitions */
	double cutoff;            /**< betweenness, closeness, harmonic: only paths up
	                               to this length count; <= 0 for none */
	double damping;           /**< PageRank; 0 means 0.85 */
	const size_t *personalization; /**< PageRank restarts at these vertices */
	size_t n_personalization;
	double alpha;             /**< Opsahl's tuning parameter; init sets 0.5 */
	const char *group;        /**< brokerage: node attribute naming the group */
	const char *relation;     /**< concentration: only edges whose "relation" is this */
	sn_progress_fn progress;  /**< or NULL */
	void *payload;            /**< passed to progress */
	/** brokerage: count only two-paths u -> v -> w from a member of this
	 * group to a member of to_group (either may be NULL: anyone). Each is
	 * a value of the group attribute or, when no actor has that value, a
	 * comma-separated list of actors (ids or names, as
	 * sn_graph_vertex_lookup() takes them); a value no actor has and no
	 * actor is named is SN_ENOTFOUND with the values there are, an empty
	 * one SN_EINVAL. */
	const char *from_group;
	const char *to_group;
	/** A removal scenario: the measure on what remains when these leave
	 * vertices and edges out, in the grammar of sn_route_opts (avoid "RUS"
	 * or "country=RU"; only "corridor=TITR"). Left-out elements score NaN;
	 * the rest are computed on the remaining network, normalized for its
	 * size. An avoid that leaves nothing out is a warning of the scores
	 * (sn_scores_warning()); status is not applied. */
	const char *const *avoid;
	size_t n_avoid;
	const char *const *only;
	size_t n_only;
	sn_missing_weight missing_weight; /**< edges without the weight */
	double missing_value;     /**< their weight under SN_MISSING_VALUE */
	/** Path measures (betweenness, edge_betweenness, closeness, harmonic,
	 * Opsahl's) on one tie per pair of actors, as NetworkX reads a
	 * multigraph: its distance the shortest of its edges', or 1 / their
	 * summed strengths; unweighted, one step. Each parallel edge gets its
	 * tie's edge betweenness. 0 (the default): every edge is a path of its
	 * own, as igraph counts them. */
	int collapse_parallel;
	/** Betweenness, edge betweenness and Opsahl's betweenness estimated
	 * from the shortest paths out of this many sources, drawn at random
	 * without replacement (Brandes and Pich 2007): igraph's subset
	 * betweenness from the sample, scaled by |V| / sample, which is
	 * unbiased. Its standard error comes with the scores
	 * (sn_scores_stderr()): from the spread of 32 batches of the sample,
	 * corrected for sampling without replacement. Contributions are
	 * skewed (a few sources give most of a broker's score), so with small
	 * samples the error is itself underestimated: on the networks of
	 * tests/cli/test_sampling.py, 3 standard errors cover the exact value
	 * in 85-95% of estimates at a quarter of the vertices. 0, or a sample of all vertices: exact.
	 * Other measures ignore it; it does not combine with cutoff. (Since
	 * version 3.) */
	size_t sample;
	/** The sample's seed: the same seed draws the same sources, so results
	 * repeat. 0 is a fixed default seed. */
	unsigned long long seed;
} sn_centrality_opts;

#define SN_CENTRALITY_OPTS_INIT \
	{ SN_CENTRALITY_OPTS_VERSION, NULL, SN_WEIGHT_NONE, SN_MODE_DEFAULT, 0, 0.0, 0.0, NULL, 0, 0.5, NULL, NULL, \
	  NULL, NULL, NULL, NULL, NULL, 0, NULL, 0, SN_MISSING_ERROR, 0.0, 0, 0, 0 }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_centrality_opts_init(sn_centrality_opts *opts, unsigned version);

/** Scores of one measure: one per vertex, or one per edge for
 * edge_betweenness. */
typedef struct sn_scores sn_scores;

/** Computes a measure.
 * @param[out] out  the scores, released with sn_scores_free()
 * @param opts      options, or NULL: unweighted, defaults
 * @return SN_OK, SN_EINVAL (a bad weight, naming the edge; a weight without
 *         weight_is; a bad option), SN_ENOTFOUND (no such attribute),
 *         SN_EINTERRUPTED, SN_ENOMEM, SN_EINTERNAL
 * Complexity: that of the igraph algorithm: O(|V||E| + |V|^2 log|V|) for
 * weighted betweenness, closeness and harmonic, O(|V||E|) unweighted. */
SN_EXTERN(sn_status) sn_centrality(sn_scores **out, const sn_graph *g, sn_measure m,
                                   const sn_centrality_opts *opts);

SN_EXTERN(void) sn_scores_free(sn_scores *s);
/** The number of scores (vertices, or edges). */
SN_EXTERN(size_t) sn_scores_count(const sn_scores *s);
/** The scores, indexed like the vertices (edges). Owned by s. */
SN_EXTERN(const double *) sn_scores_values(const sn_scores *s);
/** SN_DOMAIN_NODE, or SN_DOMAIN_EDGE for edge_betweenness. */
SN_EXTERN(sn_domain) sn_scores_domain(const sn_scores *s);
SN_EXTERN(sn_measure) sn_scores_measure(const sn_scores *s);
/** For an estimate (sn_centrality_opts.sample): each score's standard
 * error, indexed like the scores, NaN where the score is; NULL when the
 * scores are exact. Owned by s. */
SN_EXTERN(const double *) sn_scores_stderr(const sn_scores *s);
/** The number of sources an estimate was computed from; 0 when exact. */
SN_EXTERN(size_t) sn_scores_sample(const sn_scores *s);
/** What igraph warned of while computing s ("igraph: ..."), each once, at
 * most 8: results that may be unreliable (an eigenvector of a graph that
 * has none, a PageRank that did not converge). Owned by s. */
SN_EXTERN(size_t) sn_scores_warning_count(const sn_scores *s);
/** Warning i, or NULL when i is out of range. */
SN_EXTERN(const char *) sn_scores_warning(const sn_scores *s, size_t i);

/** What a brokerage role's count would be by chance: Gould and Fernandez's
 * null model as statnet's sna::brokerage computes it (ties at the graph's
 * density, an undirected tie counting both ways; group labels of
 * opts->group assigned at random with the group sizes kept). Fills
 * expected and sd (the standard deviation), one per vertex; a role's
 * z-score is (count - expected) / sd.
 * @return SN_OK, SN_EINVAL (no group, or from_group/to_group set: the model
 *         is of all two-paths; an actor without a group), SN_ENOTFOUND,
 *         SN_ENOMEM */
SN_EXTERN(sn_status) sn_brokerage_expected(const sn_graph *g, sn_measure role, const sn_centrality_opts *opts,
                                           double *expected, double *sd);

/** Stores scores as a double attribute named name (a new key, or an existing
 * double key of that name and domain), so that export writes them; NaN
 * scores leave the element without a value.
 * @param[out] key  the key's index (may be NULL)
 * @return SN_OK, SN_EINVAL (a key of that name but another type; scores of
 *         another graph's size), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_attach_scores(sn_graph *g, const char *name, const sn_scores *s, size_t *key);
/**@}*/

/** @name Communities
 * Communities found by igraph's algorithms, or the grouping an attribute
 * makes (bloc, region), with its modularity and how it mixes. Weights are
 * strengths here (a distance becomes 1/distance). Every method but infomap
 * reads ties as undirected (the result then carries a warning saying so);
 * a mixed graph's undirected edge is one tie. Methods that draw random
 * numbers (louvain, leiden, label_propagation, infomap) seed igraph's
 * default generator with opts->seed, so a result can be reproduced; that
 * generator is igraph's, shared by the process. */
/**@{*/

typedef enum sn_community_method {
	SN_COMMUNITY_LOUVAIN = 0,      /**< multilevel modularity (Blondel et al. 2008) */
	SN_COMMUNITY_LEIDEN,           /**< Leiden, modularity objective (Traag et al. 2019) */
	SN_COMMUNITY_FASTGREEDY,       /**< greedy modularity (Clauset, Newman, Moore 2004) */
	SN_COMMUNITY_WALKTRAP,         /**< random walks of 4 steps (Pons, Latapy 2005) */
	SN_COMMUNITY_LABEL_PROPAGATION, /**< Raghavan, Albert, Kumara 2007 */
	SN_COMMUNITY_INFOMAP,          /**< map equation, 10 trials; follows direction */
	SN_COMMUNITY_ATTRIBUTE,        /**< the groups of opts->group, not found but read */
	SN_COMMUNITY_COUNT_
} sn_community_method;

/** "louvain", "leiden", ...; "unknown" out of range. */
SN_EXTERN(const char *) sn_community_method_name(sn_community_method m);
/** @return SN_OK, SN_ENOTFOUND (the message lists the methods), SN_EINVAL */
SN_EXTERN(sn_status) sn_community_method_from_name(const char *name, sn_community_method *out);

#define SN_COMMUNITY_OPTS_VERSION 1

typedef struct sn_community_opts {
	unsigned version;                 /**< SN_COMMUNITY_OPTS_VERSION */
	sn_community_method method;       /**< init sets louvain */
	const char *weight;               /**< numeric edge attribute, or NULL */
	sn_weight_kind weight_is;         /**< required with weight */
	sn_missing_weight missing_weight; /**< skip: such an edge is no tie */
	double missing_value;
	double resolution;                /**< modularity's resolution; init sets 1 */
	unsigned long seed;               /**< init sets 1 */
	const char *group;                /**< SN_COMMUNITY_ATTRIBUTE: a string node attribute */
} sn_community_opts;

#define SN_COMMUNITY_OPTS_INIT \
	{ SN_COMMUNITY_OPTS_VERSION, SN_COMMUNITY_LOUVAIN, NULL, SN_WEIGHT_NONE, SN_MISSING_ERROR, 0.0, 1.0, 1, NULL }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_community_opts_init(sn_community_opts *opts, unsigned version);

typedef struct sn_communities sn_communities;

/** Finds communities (or reads opts->group's groups).
 * @param[out] out  released with sn_communities_free()
 * @param opts      or NULL: louvain, unweighted
 * @return SN_OK, SN_EINVAL (a bad weight or option; a group attribute that
 *         is not a string), SN_ENOTFOUND (no such attribute), SN_ENOMEM,
 *         SN_EINTERNAL
 * Complexity: that of the igraph algorithm, near O(|E|) for louvain and
 * leiden, O(|E||V| log |V|) for fastgreedy and walktrap at worst. */
SN_EXTERN(sn_status) sn_communities_find(sn_communities **out, const sn_graph *g, const sn_community_opts *opts);
SN_EXTERN(void) sn_communities_free(sn_communities *c);
/** How many communities; they are numbered 0 .. count-1 by size, largest
 * first (equal sizes by their first vertex). A vertex without the group
 * attribute is a community of its own. */
SN_EXTERN(size_t) sn_communities_count(const sn_communities *c);
/** Each vertex's community, indexed like the vertices; *n gets their
 * number (may be NULL). Owned by c. */
SN_EXTERN(const size_t *) sn_communities_membership(const sn_communities *c, size_t *n);
/** The number of vertices in community i (0 out of range). */
SN_EXTERN(size_t) sn_communities_size(const sn_communities *c, size_t i);
/** Newman's modularity of the grouping at opts->resolution, on the ties as
 * the method read them (directed for infomap and attributes on a directed
 * graph), weighted when a weight was given; NaN without ties. */
SN_EXTERN(double) sn_communities_modularity(const sn_communities *c);
SN_EXTERN(sn_community_method) sn_communities_method(const sn_communities *c);
/** Warnings ("the graph is directed; ..." and igraph's), at most 8; owned by c. */
SN_EXTERN(size_t) sn_communities_warning_count(const sn_communities *c);
SN_EXTERN(const char *) sn_communities_warning(const sn_communities *c, size_t i);
/** How the grouping mixes, counting ties (a self-loop is none; a directed
 * graph's pairs are ordered): the density of ties within groups (ties
 * inside / pairs inside), between them, and Krackhardt and Stern's E-I
 * index (external - internal) / all ties, from -1 (all inside) to 1 (all
 * between). Any output may be NULL; NaN where undefined.
 * @return SN_OK, SN_EINVAL (c is of another graph's size) */
SN_EXTERN(sn_status) sn_communities_mixing(const sn_communities *c, const sn_graph *g, double *density_within,
                                           double *density_between, double *ei);
/** Stores each vertex's community as a long node attribute named name (a
 * new key, or an existing long key), so that export writes it and DOT can
 * colour by it. @param[out] key its index (may be NULL)
 * @return SN_OK, SN_EINVAL (a key of that name and another type; another
 *         graph's size), SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_attach_communities(sn_graph *g, const char *name, const sn_communities *c,
                                                 size_t *key);
/**@}*/

/** @name Routing
 * Routes on corridor networks. A cost is a numeric edge attribute read as a
 * distance (km, days, usd; zero allowed); with none, every segment costs 1
 * (hops). Segments without a value for the cost are not used, and counted.
 * Directed graphs are followed along their edges.
 *
 * Constraints, given as text so a command line can pass them through:
 *  - avoid: "ID" closes that vertex; "attr=value" closes the vertices whose
 *    node attribute matches (country=RU, kind=port) and the segments whose
 *    edge attribute matches (mode=sea); both, when both kinds of key exist;
 *  - only: "attr=value" keeps only the segments (or, for a node attribute,
 *    the vertices) that match; several values of one attribute are
 *    alternatives (corridor=TITR, corridor=INSTC), different attributes must
 *    all hold.
 * Values compare as their attribute's type (1.0 matches 1 for a double). A
 * string value may list several separated by ';' (a segment two corridors
 * share: "TITR;NORTH"): a constraint matches each of them, or the whole.
 * A query masks segments out rather than copying the graph; A* and routers
 * lay out the usable arcs once, an array the size of the edges.
 *
 * Time at places: with opts->node_cost every routing call (routes, k best,
 * waypoints, A*, routers, Pareto sets, reachability, chokepoints) adds the
 * cost of every place a route passes through; closing a place removes its
 * cost with it. A node cost that is negative, NaN or infinite is an error
 * naming the place. Status: places and segments whose "status" attribute is
 * anything but "operating" are left out unless SN_ROUTE_INCLUDE_PLANNED. */
/**@{*/

#define SN_ROUTE_OPTS_VERSION 2
/** Widest (bottleneck) route: maximize the smallest cost attribute value
 * along the route (a capacity, read as a strength). */
#define SN_ROUTE_WIDEST 0x1u
/** A* search with a geometric estimate from node lat/lon, instead of
 * Dijkstra: same cost, fewer vertices settled. The estimate (straight-line
 * distance times the smallest cost per distance of any usable segment)
 * stays admissible whatever the cost; when a usable segment touches a
 * vertex without lat/lon it is 0, and the search is Dijkstra's. */
#define SN_ROUTE_ASTAR 0x2u
/** Route through places and segments whose node or edge attribute
 * "status" says they are not operating (under_construction, planned):
 * a scenario in which they are open. Without it they are left out and
 * counted (sn_routes_not_operating()). */
#define SN_ROUTE_INCLUDE_PLANNED 0x4u

typedef struct sn_route_opts {
	unsigned version;          /**< SN_ROUTE_OPTS_VERSION; 1 is still accepted */
	unsigned flags;            /**< SN_ROUTE_* */
	const char *cost;          /**< edge attribute, or NULL for hops */
	const char *const *avoid;  /**< constraints closing vertices or segments */
	size_t n_avoid;
	const char *const *only;   /**< constraints every segment (vertex) must meet */
	size_t n_only;
	const size_t *via;         /**< waypoints, in order */
	size_t n_via;
	size_t k;                  /**< the k best loopless routes (Yen); 0 means 1 */
	/* version 2 */
	/** Node attribute: what a route spends at a place it passes through
	 * (border clearance, gauge change, transhipment, waiting), in the
	 * cost's unit. A route costs its segments plus every place it passes
	 * through, origin and destination excepted (a waypoint is passed
	 * through). Places without a value cost nothing; NULL: no node costs.
	 * Ignored by widest routes. */
	const char *node_cost;
	/** The same for the second cost of sn_route_pareto(). */
	const char *node_cost2;
} sn_route_opts;

#define SN_ROUTE_OPTS_INIT { SN_ROUTE_OPTS_VERSION, 0u, NULL, NULL, 0, NULL, 0, NULL, 0, 0, NULL, NULL }

/** Initializes opts with defaults. @return SN_OK, SN_EINVAL (wrong version) */
SN_EXTERN(sn_status) sn_route_opts_init(sn_route_opts *opts, unsigned version);

/** A list of routes, best first. */
typedef struct sn_routes sn_routes;

/** The best route (or the k best, or through waypoints) from one vertex to
 * another under the constraints.
 * @param[out] out  routes, released with sn_routes_free()
 * @return SN_OK, SN_ENOPATH (no route: the message says whether constraints
 *         or missing costs closed it), SN_EINVAL (bad cost values naming the
 *         edge, an origin or waypoint the constraints close, k with waypoints,
 *         k routes that would take more than about 1e8 search steps:
 *         k x the best route's segments x (|V| + |E|), minutes to hours),
 *         SN_ENOTFOUND (unknown attribute), SN_ENOMEM, SN_EINTERNAL
 * Complexity: O((|V| + |E|) log |V|) per Dijkstra; Yen's k routes take k
 * times the route's length of them. */
SN_EXTERN(sn_status) sn_route(sn_routes **out, const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts);

/** A network prepared once for many single cheapest routes under the same
 * options (cost, avoid, only, SN_ROUTE_ASTAR): each query then costs what
 * its search touches, not the size of the network. The graph must not
 * change while the router lives (a query on a graph whose vertex or edge
 * count changed fails with SN_EINVAL). One router serves one thread at a
 * time. */
typedef struct sn_router sn_router;

/** Prepares g for routing under opts (NULL: hops, Dijkstra).
 * @return SN_OK, SN_EINVAL (bad cost values, waypoints, k > 1, widest),
 *         SN_ENOTFOUND (unknown attribute; lat/lon for A*), SN_ENOMEM
 * Complexity: O(|V| + |E|) time and memory. */
SN_EXTERN(sn_status) sn_router_new(sn_router **out, const sn_graph *g, const sn_route_opts *opts);
/** The cheapest route from one vertex to another, as sn_route() gives it
 * with the router's options (among equally cheap routes it may pick
 * another). @return sn_route()'s codes */
SN_EXTERN(sn_status) sn_router_route(sn_routes **out, sn_router *r, size_t from, size_t to);
SN_EXTERN(void) sn_router_free(sn_router *r);

/** The Pareto set of routes over two costs (opts->cost and cost2): every
 * route no other beats on both, cheapest by opts->cost first. At most
 * opts->k routes (10 when 0), spread over the set. Labels per vertex are
 * bounded (sn_routes_truncated() says when that bound cut the search).
 * Same codes as sn_route(). */
SN_EXTERN(sn_status) sn_route_pareto(sn_routes **out, const sn_graph *g, size_t from, size_t to,
                                     const char *cost2, const sn_route_opts *opts);

SN_EXTERN(void) sn_routes_free(sn_routes *r);
SN_EXTERN(size_t) sn_routes_count(const sn_routes *r);
/** The route's cost (hops without a cost attribute; the bottleneck width
 * for widest routes). */
SN_EXTERN(double) sn_routes_cost(const sn_routes *r, size_t i);
/** The second cost of a Pareto route; NaN otherwise. */
SN_EXTERN(double) sn_routes_cost2(const sn_routes *r, size_t i);
/** The route's vertices, origin first; owned by r. */
SN_EXTERN(const size_t *) sn_routes_vertices(const sn_routes *r, size_t i, size_t *count);
/** The route's segments (edge indices; a mixed graph's reverse twins given
 * as the edge they mirror); owned by r. */
SN_EXTERN(const size_t *) sn_routes_edges(const sn_routes *r, size_t i, size_t *count);
/** Segments left out because they had no value for the cost. */
SN_EXTERN(size_t) sn_routes_unusable(const sn_routes *r);
/** Vertices settled by the search (Dijkstra or A*), for comparing them. */
SN_EXTERN(size_t) sn_routes_settled(const sn_routes *r);
/** 1 when a bound on the search may have cut a Pareto route. */
SN_EXTERN(int) sn_routes_truncated(const sn_routes *r);
/** The part of route i's cost spent at places (opts->node_cost): 0 without
 * node costs, NaN when i is out of range. */
SN_EXTERN(double) sn_routes_cost_at_places(const sn_routes *r, size_t i);
/** Places and segments left out because their status is not operating
 * (see SN_ROUTE_INCLUDE_PLANNED). */
SN_EXTERN(size_t) sn_routes_not_operating(const sn_routes *r);

/** The cost from one vertex to every vertex under the constraints
 * (reachability: infinity where none); opts->k, via and flags are ignored.
 * @param[out] out  one cost per vertex (sn_scores_measure() gives
 *                  SN_MEASURE_COUNT_: no measure)
 * @return SN_OK, SN_EINVAL, SN_ENOTFOUND, SN_ENOMEM */
SN_EXTERN(sn_status) sn_route_costs(sn_scores **out, const sn_graph *g, size_t from, const sn_route_opts *opts);

/** A chokepoint: a vertex or segment of the best route, and what closing it
 * costs. */
typedef struct sn_chokepoints sn_chokepoints;

/** For each vertex (origin and destination excepted) and each segment of the
 * best route from from to to, the best cost when it alone is closed, ranked
 * by the increase (infinity: closing it disconnects the trip). Through
 * waypoints (opts->via) the trip is taken leg by leg, as sn_route() takes
 * it, and each waypoint is a chokepoint that cuts it.
 * @return SN_OK, SN_ENOPATH (no route at all), and sn_route()'s codes */
SN_EXTERN(sn_status) sn_route_chokepoints(sn_chokepoints **out, const sn_graph *g, size_t from, size_t to,
                                          const sn_route_opts *opts);
SN_EXTERN(void) sn_chokepoints_free(sn_chokepoints *c);
SN_EXTERN(size_t) sn_chokepoints_count(const sn_chokepoints *c);
/** The cost of the best route with nothing closed. */
SN_EXTERN(double) sn_chokepoints_base_cost(const sn_chokepoints *c);
/** Chokepoint i: its domain (SN_DOMAIN_NODE or SN_DOMAIN_EDGE) and index,
 * and the best cost without it (infinity when none is left).
 * @return SN_OK, SN_EINVAL (i out of range) */
SN_EXTERN(sn_status) sn_chokepoints_get(const sn_chokepoints *c, size_t i, sn_domain *domain, size_t *index,
                                        double *cost);

/** The network's articulation points (vertices whose removal disconnects
 * it) and bridges (edges whose removal does), directions ignored.
 * @param[out] out    indices, released with sn_free()
 * @param[out] count  how many
 * @return SN_OK, SN_EINVAL, SN_ENOMEM */
SN_EXTERN(sn_status) sn_graph_articulation_points(size_t **out, size_t *count, const sn_graph *g);
SN_EXTERN(sn_status) sn_graph_bridges(size_t **out, size_t *count, const sn_graph *g);

/** Redundancy between two vertices under the constraints: how many routes
 * share no vertex (but the ends), and how many share no segment.
 * @return SN_OK, SN_EINVAL (from == to), SN_ENOTFOUND, SN_ENOMEM */
SN_EXTERN(sn_status) sn_route_redundancy(const sn_graph *g, size_t from, size_t to, const sn_route_opts *opts,
                                         size_t *vertex_disjoint, size_t *edge_disjoint);

/** Finds a vertex the way a person names it: by id, else by exact label or
 * name attribute or the label yEd draws, else ignoring case. When none matches, the message
 * suggests the closest ids and labels ("did you mean 'Tashkent'?").
 * @return SN_OK, SN_ENOTFOUND, SN_EINVAL (a label shared by several) */
SN_EXTERN(sn_status) sn_graph_vertex_lookup(const sn_graph *g, const char *text, size_t *out);
/** How many vertices and edges a constraint (in the grammar above) names:
 * "ID" one vertex, "attr=value" the vertices and edges whose attribute has
 * the value (an item of a ';' list counts). A spec that names nothing is
 * usually a typo: *hint (may be NULL) then gets a value that differs only
 * in case ("KZ" for "kz"), or NULL. Any output may be NULL.
 * @return SN_OK, SN_ENOTFOUND (no such vertex, with suggestions, or no such
 *         attribute), SN_EINVAL (not attr=value; a value of the wrong type) */
SN_EXTERN(sn_status) sn_graph_spec_matches(const sn_graph *g, const char *spec, size_t *vertices, size_t *edges,
                                           const char **hint);
/**@}*/

/** @name Summaries */
/**@{*/
/** Weakly connected components: the number of components, and optionally
 * each vertex's component.
 * @param membership  n entries to fill with each vertex's component, or NULL
 * @param n           the vertex count (0 when membership is NULL)
 * @param[out] count  the number of components (may be NULL)
 * @return SN_OK, SN_EINVAL, SN_ENOMEM, SN_EINTERNAL */
SN_EXTERN(sn_status) sn_graph_components(const sn_graph *g, size_t *membership, size_t n, size_t *count);
/**@}*/

#ifdef __cplusplus
}
#endif

#endif /* SILKNET_H */
