/*
 * check_graph.c - the graph model: vertices, edges, keys, typed values,
 * nesting and the igraph graph built from them.
 */
#include "testutil.h"

#include <float.h>
#include <math.h>
#include <stdint.h>

#include <math.h>
#include <stdint.h>

static sn_graph *g;

static void setup(void)
{
	ck_assert_int_eq(sn_graph_new(&g, 0), SN_OK);
}

static void teardown(void)
{
	sn_graph_free(g);
	g = NULL;
	ASSERT_FINALLY_EMPTY();
}

START_TEST(vertices_and_edges)
{
	size_t a, b, c, e, s, t;

	ck_assert_int_eq(sn_graph_vertex_add(g, "Tashkent", &a), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Almaty", &b), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Aktau", &c), SN_OK);
	ck_assert_uint_eq(a, 0);
	ck_assert_uint_eq(c, 2);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Almaty", NULL), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "duplicate vertex id 'Almaty'");
	ck_assert_int_eq(sn_graph_vertex_add(g, "", NULL), SN_EINVAL);
	ck_assert_uint_eq(sn_graph_vertex_count(g), 3);

	ck_assert_int_eq(sn_graph_edge_add(g, a, b, "e0", &e), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, a, b, NULL, NULL), SN_OK); /* parallel */
	ck_assert_int_eq(sn_graph_edge_add(g, c, c, "loop", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, b, c, "e0", NULL), SN_EINVAL);
	ck_assert_int_eq(sn_graph_edge_add(g, a, 3, NULL, NULL), SN_EINVAL);
	ck_assert_uint_eq(sn_graph_edge_count(g), 3);

	ck_assert_int_eq(sn_graph_edge_endpoints(g, 2, &s, &t), SN_OK);
	ck_assert_uint_eq(s, c);
	ck_assert_uint_eq(t, c);
	ck_assert_str_eq(sn_graph_edge_id(g, 0), "e0");
	ck_assert_ptr_null(sn_graph_edge_id(g, 1));
	ck_assert_int_eq(sn_graph_edge_find(g, "loop", &e), SN_OK);
	ck_assert_uint_eq(e, 2);
	ck_assert_int_eq(sn_graph_edge_find(g, "nope", &e), SN_ENOTFOUND);
	ck_assert_uint_eq(vertex(g, "Aktau"), c);
	ck_assert_int_eq(sn_graph_vertex_find(g, "Baku", &s), SN_ENOTFOUND);
	ck_assert_str_eq(sn_last_error(), "no vertex with id 'Baku'");
	ck_assert_str_eq(sn_graph_vertex_id(g, b), "Almaty");
	ck_assert_ptr_null(sn_graph_vertex_id(g, 3));
}
END_TEST

START_TEST(many_vertices_grow_every_array)
{
	char id[32];
	size_t k, e;

	/* side arrays created early must follow later growth */
	ck_assert_int_eq(sn_graph_vertex_add(g, "root", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "child", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 1, 0), SN_OK);
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_NODE, 1, "first"), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "w", SN_DOMAIN_ALL, SN_TYPE_DOUBLE, &k), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, 0, 1, "first", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_EDGE, 0, "edge desc"), SN_OK);
	for (int i = 0; i < 5000; i++) {
		snprintf(id, sizeof id, "v%d", i);
		ck_assert_int_eq(sn_graph_vertex_add(g, id, NULL), SN_OK);
		ck_assert_int_eq(sn_graph_edge_add(g, 0, (size_t)i + 2, NULL, &e), SN_OK);
		ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_EDGE, e, i * 0.5), SN_OK);
		ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_NODE, (size_t)i + 2, i), SN_OK);
	}
	ck_assert_uint_eq(sn_graph_vertex_count(g), 5002);
	ck_assert_uint_eq(vertex(g, "v4321"), 4323);
	for (size_t v = 2; v < 5002; v++) {
		ck_assert_int_eq(sn_graph_vertex_parent(g, v, &e), SN_ENOTFOUND);
		ck_assert_ptr_null(sn_graph_desc(g, SN_DOMAIN_NODE, v));
	}
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_NODE, 1), "first");
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_EDGE, 0), "edge desc");
	ck_assert_ptr_null(sn_graph_desc(g, SN_DOMAIN_EDGE, 4000));
	ck_assert_ptr_null(sn_graph_edge_id(g, 4000));
	{
		double x;
		ck_assert_int_eq(sn_attr_get_double(g, k, SN_DOMAIN_EDGE, 4001, &x), SN_OK);
		ck_assert_double_eq(x, 2000.0);
	}
}
END_TEST

/* Ids of every shape the vertex index treats apart: numbered with the
 * first prefix, numbered far beyond the vertex count, leading zeros, other
 * prefixes, plain numbers, no number. Each added id must be found at its
 * index, each other id not at all, each repeat refused; checked against a
 * linear search over what was added. */
/* Adds each of ids (repeats must fail as duplicates), then finds them
 * all again at their indices. */
static void add_and_find(char (*ids)[24], size_t n)
{
	static size_t uniq[4000]; /* index into ids of each vertex, by vertex */
	size_t nuniq = 0;

	for (size_t i = 0; i < n; i++) {
		size_t seen = SIZE_MAX, got = SIZE_MAX;
		char want[64];
		for (size_t u = 0; u < nuniq; u++)
			if (strcmp(ids[uniq[u]], ids[i]) == 0)
				seen = u;
		ck_assert_int_eq(sn_graph_vertex_find(g, ids[i], &got), seen == SIZE_MAX ? SN_ENOTFOUND : SN_OK);
		if (seen != SIZE_MAX) {
			ck_assert_uint_eq(got, seen);
			ck_assert_int_eq(sn_graph_vertex_add(g, ids[i], &got), SN_EINVAL);
			snprintf(want, sizeof want, "duplicate vertex id '%s'", ids[i]);
			ck_assert_str_eq(sn_last_error(), want);
			continue;
		}
		ck_assert_int_eq(sn_graph_vertex_add(g, ids[i], &got), SN_OK);
		ck_assert_uint_eq(got, nuniq);
		uniq[nuniq++] = i;
	}
	ck_assert_uint_eq(sn_graph_vertex_count(g), nuniq);
	ck_assert_uint_gt(nuniq, 1000);
	for (size_t u = 0; u < nuniq; u++) {
		size_t got;
		ck_assert_str_eq(sn_graph_vertex_id(g, u), ids[uniq[u]]);
		ck_assert_int_eq(sn_graph_vertex_find(g, ids[uniq[u]], &got), SN_OK);
		ck_assert_uint_eq(got, u);
	}
}

/* ids: the fixed ones, then pseudo-random ones up to n, each of one of four
 * shapes (a printf format of one number): numbers below 3,000 (dense, so
 * repeated), below 10^8 (far beyond the count), below 500 and below 50. */
static size_t fill_ids(char (*ids)[24], size_t n, const char *const *fixed, size_t nfixed, unsigned seed,
                       const char *const shapes[4])
{
	size_t i;

	for (i = 0; i < nfixed; i++)
		snprintf(ids[i], sizeof ids[0], "%s", fixed[i]);
	for (; i < n; i++) {
		unsigned k;
		seed = seed * 1103515245u + 12345u;
		k = (seed >> 16) % 4;
		snprintf(ids[i], sizeof ids[0], shapes[k],
		         k == 0 ? (seed >> 8) % 3000 : k == 1 ? seed % 100000000 : k == 2 ? (seed >> 8) % 500 : (seed >> 8) % 50);
	}
	return n;
}

START_TEST(vertex_ids_of_every_shape)
{
	static const char *const fixed[] = { "n0",      "n7",      "n0007",      "n999999999", "n1000000000", "n",
	                                     "m3",      "3",       "0",          "n-1",        "n 5",         "nn5",
	                                     "n::n1",   "n12x",    "\xc3\xa9" "9", "n4294967296", "n00",         "n2" };
	/* dense with repeats, far beyond the count, another prefix, a leading zero */
	static const char *const shapes[4] = { "n%u", "n%u", "k%u", "n0%u" };
	static char ids[4000][24];
	size_t n = fill_ids(ids, 4000, fixed, sizeof fixed / sizeof *fixed, 12345, shapes);
	add_and_find(ids, n);
}
END_TEST

START_TEST(igraph_follows_changes)
{
	const igraph_t *ig;
	igraph_integer_t from, to;

	ck_assert_int_eq(sn_graph_vertex_add(g, "a", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "b", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, 1, 0, NULL, NULL), SN_OK);
	ig = sn_graph_igraph(g);
	ck_assert_ptr_nonnull(ig);
	ck_assert_int_eq(igraph_vcount(ig), 2);
	ck_assert_int_eq(igraph_ecount(ig), 1);
	ck_assert_int_eq(igraph_is_directed(ig), 0);
	ck_assert_ptr_eq(sn_graph_igraph(g), ig); /* unchanged: no rebuild */
	ck_assert_int_eq(sn_graph_vertex_add(g, "c", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, 2, 1, NULL, NULL), SN_OK);
	ig = sn_graph_igraph(g);
	ck_assert_int_eq(igraph_vcount(ig), 3);
	ck_assert_int_eq(igraph_ecount(ig), 2);
	igraph_edge(ig, 1, &from, &to);
	/* undirected: either orientation is the edge c -- b */
	ck_assert_msg((from == 2 && to == 1) || (from == 1 && to == 2), "edge 1 is %" IGRAPH_PRId " -- %" IGRAPH_PRId
	              ", expected 2 -- 1", from, to);
	{
		size_t n, memb[3];
		ck_assert_int_eq(sn_graph_components(g, memb, 3, &n), SN_OK);
		ck_assert_uint_eq(n, 1);
		ck_assert_uint_eq(memb[0], memb[2]);
		ck_assert_int_eq(sn_graph_components(g, memb, 2, &n), SN_EINVAL);
	}
}
END_TEST

START_TEST(directed_graph)
{
	sn_graph *d;
	ck_assert_int_eq(sn_graph_new(&d, 1), SN_OK);
	ck_assert_int_eq(sn_graph_is_directed(d), 1);
	ck_assert_int_eq(sn_graph_vertex_add(d, "x", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(d, "y", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(d, 0, 1, NULL, NULL), SN_OK);
	ck_assert_int_ne(igraph_is_directed(sn_graph_igraph(d)), 0);
	ck_assert_int_eq(sn_graph_is_directed(g), 0);
	sn_graph_free(d);
}
END_TEST

START_TEST(keys_and_typed_values)
{
	size_t v, e, kb, ki, kl, kf, kd, ks, found;
	int b;
	int64_t l;
	double d;
	const char *s;
	char *text;

	ck_assert_int_eq(sn_graph_vertex_add(g, "KR", &v), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "UZ", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_add(g, 0, 1, NULL, &e), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "landlocked", SN_DOMAIN_NODE, SN_TYPE_BOOLEAN, &kb), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "rank", SN_DOMAIN_NODE, SN_TYPE_INT, &ki), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "population", SN_DOMAIN_NODE, SN_TYPE_LONG, &kl), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "score", SN_DOMAIN_NODE, SN_TYPE_FLOAT, &kf), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "weight", SN_DOMAIN_EDGE, SN_TYPE_DOUBLE, &kd), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "label", SN_DOMAIN_ALL, SN_TYPE_STRING, &ks), SN_OK);
	ck_assert_uint_eq(sn_key_count(g), 6);
	/* a name may be reused for another domain, not for the same one */
	ck_assert_int_eq(sn_key_add(g, "weight", SN_DOMAIN_NODE, SN_TYPE_DOUBLE, NULL), SN_OK);
	ck_assert_int_eq(sn_key_add(g, "weight", SN_DOMAIN_EDGE, SN_TYPE_INT, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_key_add(g, "label", SN_DOMAIN_NODE, SN_TYPE_INT, NULL), SN_EINVAL);
	ck_assert_int_eq(sn_key_add(g, "x", SN_DOMAIN_NODE, SN_TYPE_OPAQUE, NULL), SN_EINVAL);
	ck_assert_str_eq(sn_key_id(g, kd), "d4");
	ck_assert_str_eq(sn_key_name(g, kd), "weight");
	ck_assert_int_eq(sn_key_domain(g, ks), SN_DOMAIN_ALL);
	ck_assert_int_eq(sn_key_type(g, kl), SN_TYPE_LONG);
	ck_assert_str_eq(sn_key_type_name(g, kf), "float");
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_EDGE, "weight", &found), SN_OK);
	ck_assert_uint_eq(found, kd);
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_GRAPH, "label", &found), SN_OK);
	ck_assert_uint_eq(found, ks);
	ck_assert_int_eq(sn_key_find(g, SN_DOMAIN_GRAPH, "weight", &found), SN_ENOTFOUND);
	ck_assert_int_eq(sn_key_find_id(g, "d1", &found), SN_OK);
	ck_assert_uint_eq(found, ki);

	ck_assert_int_eq(sn_attr_set_bool(g, kb, SN_DOMAIN_NODE, v, 1), SN_OK);
	ck_assert_int_eq(sn_attr_get_bool(g, kb, SN_DOMAIN_NODE, v, &b), SN_OK);
	ck_assert_int_eq(b, 1);
	ck_assert_int_eq(sn_attr_set_long(g, ki, SN_DOMAIN_NODE, v, INT32_MIN), SN_OK);
	ck_assert_int_eq(sn_attr_set_long(g, ki, SN_DOMAIN_NODE, v, (int64_t)INT32_MAX + 1), SN_EINVAL);
	ck_assert_int_eq(sn_attr_get_long(g, ki, SN_DOMAIN_NODE, v, &l), SN_OK);
	ck_assert_int_eq(l, INT32_MIN);
	ck_assert_int_eq(sn_attr_set_long(g, kl, SN_DOMAIN_NODE, v, INT64_MAX), SN_OK);
	ck_assert_int_eq(sn_attr_get_long(g, kl, SN_DOMAIN_NODE, v, &l), SN_OK);
	ck_assert_int_eq(l, INT64_MAX);
	ck_assert_int_eq(sn_attr_set_double(g, kf, SN_DOMAIN_NODE, v, 0.1), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(g, kf, SN_DOMAIN_NODE, v, &d), SN_OK);
	ck_assert_double_eq(d, 0.1); /* stored in 32 bits, given back as its shortest decimal */
	ck_assert_int_eq(sn_attr_set_double(g, kf, SN_DOMAIN_NODE, v, 1e300), SN_EINVAL);
	ck_assert_int_eq(sn_attr_set_double(g, kd, SN_DOMAIN_EDGE, e, 1.0 / 3.0), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(g, kd, SN_DOMAIN_EDGE, e, &d), SN_OK);
	ck_assert_double_eq(d, 1.0 / 3.0);
	ck_assert_int_eq(sn_attr_format(&text, g, kd, SN_DOMAIN_EDGE, e), SN_OK);
	ck_assert_str_eq(text, "0.3333333333333333");
	sn_free(text);
	ck_assert_int_eq(sn_attr_set_double(g, ki, SN_DOMAIN_NODE, v, 2.5), SN_EINVAL);
	ck_assert_int_eq(sn_attr_set_double(g, ki, SN_DOMAIN_NODE, v, 7.0), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(g, ki, SN_DOMAIN_NODE, v, &d), SN_OK);
	ck_assert_double_eq(d, 7.0);

	ck_assert_int_eq(sn_attr_set_string(g, ks, SN_DOMAIN_GRAPH, 0, "Central Asia"), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(g, ks, SN_DOMAIN_EDGE, e, "KR–UZ"), SN_OK);
	ck_assert_int_eq(sn_attr_get_string(g, ks, SN_DOMAIN_GRAPH, 0, &s), SN_OK);
	ck_assert_str_eq(s, "Central Asia");
	ck_assert_int_eq(sn_attr_get_string(g, ks, SN_DOMAIN_EDGE, e, &s), SN_OK);
	ck_assert_str_eq(s, "KR–UZ");
	ck_assert_int_eq(sn_attr_get_string(g, ks, SN_DOMAIN_NODE, v, &s), SN_ENOTFOUND);
	ck_assert_int_eq(sn_attr_get_string(g, ks, SN_DOMAIN_GRAPH, 1, &s), SN_EINVAL);

	/* wrong types and domains are errors, not conversions */
	ck_assert_int_eq(sn_attr_set_string(g, kd, SN_DOMAIN_EDGE, e, "1.0"), SN_EINVAL);
	ck_assert_int_eq(sn_attr_get_string(g, kd, SN_DOMAIN_EDGE, e, &s), SN_EINVAL);
	ck_assert_int_eq(sn_attr_get_double(g, ks, SN_DOMAIN_EDGE, e, &d), SN_EINVAL);
	ck_assert_int_eq(sn_attr_get_long(g, kd, SN_DOMAIN_EDGE, e, &l), SN_EINVAL);
	ck_assert_int_eq(sn_attr_set_double(g, kd, SN_DOMAIN_NODE, v, 1.0), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "key 'weight' is for edge, not node");
	ck_assert_int_eq(sn_attr_set_double(g, kd, SN_DOMAIN_EDGE, 9, 1.0), SN_EINVAL);
	ck_assert_int_eq(sn_attr_set_double(g, 99, SN_DOMAIN_EDGE, 0, 1.0), SN_EINVAL);
	ck_assert_int_eq(sn_attr_set_long(g, kb, SN_DOMAIN_NODE, v, 2), SN_EINVAL);

	/* text is parsed as the reader parses it */
	ck_assert_int_eq(sn_attr_set_text(g, kd, SN_DOMAIN_EDGE, e, " 2.5e3 "), SN_OK);
	ck_assert_int_eq(sn_attr_get_double(g, kd, SN_DOMAIN_EDGE, e, &d), SN_OK);
	ck_assert_double_eq(d, 2500.0);
	ck_assert_int_eq(sn_attr_set_text(g, kd, SN_DOMAIN_EDGE, e, "abc"), SN_EPARSE);
	ck_assert_str_eq(sn_last_error(), "value 'abc' for double attribute 'weight': expected a number");
	ck_assert_int_eq(sn_attr_set_text(g, kb, SN_DOMAIN_NODE, v, "False"), SN_OK);
	ck_assert_int_eq(sn_attr_get_bool(g, kb, SN_DOMAIN_NODE, v, &b), SN_OK);
	ck_assert_int_eq(b, 0);
	ck_assert_int_eq(sn_attr_set_text(g, kl, SN_DOMAIN_NODE, v, "-9223372036854775808"), SN_OK);
	ck_assert_int_eq(sn_attr_get_long(g, kl, SN_DOMAIN_NODE, v, &l), SN_OK);
	ck_assert_int_eq(l, INT64_MIN);

	ck_assert_int_ne(sn_attr_is_set(g, kd, SN_DOMAIN_EDGE, e), 0);
	ck_assert_int_eq(sn_attr_unset(g, kd, SN_DOMAIN_EDGE, e), SN_OK);
	ck_assert_int_eq(sn_attr_is_set(g, kd, SN_DOMAIN_EDGE, e), 0);
	ck_assert_int_eq(sn_attr_get_double(g, kd, SN_DOMAIN_EDGE, e, &d), SN_ENOTFOUND);
}
END_TEST

/* Doubles are written as the shortest of %.15g, %.16g, %.17g that reads
 * back exactly; the common case takes a shortcut past printf, so compare
 * with that definition over decimals of every length and over raw bits. */
START_TEST(doubles_format_shortest)
{
	sn_graph *gr;
	size_t k, v;
	uint64_t seed = 12345;

	ck_assert_int_eq(sn_graph_new(&gr, 0), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(gr, "a", &v), SN_OK);
	ck_assert_int_eq(sn_key_add(gr, "x", SN_DOMAIN_NODE, SN_TYPE_DOUBLE, &k), SN_OK);
	for (int i = 0; i < 200000; i++) {
		char want[40], src[40], *got;
		double x;
		seed = seed * 6364136223846793005u + 1442695040888963407u;
		if (i % 4 == 3) { /* any bit pattern */
			memcpy(&x, &seed, sizeof x);
			if (!isfinite(x))
				continue;
		} else { /* a decimal of 1 to 17 digits, point anywhere, scaled */
			int digits = 1 + (int)((seed >> 20) % 17), exp10 = (int)((seed >> 30) % 40) - 22;
			uint64_t m = (seed >> 11) % 100000000000000000u;
			while (digits < 17 && m >= 10 && m % 10 != 0 && (seed >> 40) % 3)
				m /= 10, digits++;
			snprintf(src, sizeof src, "%s%llue%d", (seed >> 63) ? "-" : "", (unsigned long long)m, exp10);
			x = strtod(src, NULL);
		}
		for (int p = 15; p <= 17; p++) {
			snprintf(want, sizeof want, "%.*g", p, x);
			if (strtod(want, NULL) == x)
				break;
		}
		if (x != 0 && fabs(x) < DBL_MIN)
			continue; /* subnormals search shorter forms too */
		ck_assert_int_eq(sn_attr_set_double(gr, k, SN_DOMAIN_NODE, v, x), SN_OK);
		ck_assert_int_eq(sn_attr_format(&got, gr, k, SN_DOMAIN_NODE, v), SN_OK);
		ck_assert_msg(strcmp(got, want) == 0, "%.17g formatted as %s, expected %s", x, got, want);
		sn_free(got);
	}
	sn_graph_free(gr);
}
END_TEST

/* Strings are stored once, long ones too (past 64 KB the pool keeps each
 * one's exact length rather than trusting strlen). */
START_TEST(long_strings_interned_once)
{
	size_t n = 100 * 1000, k, v;
	char *a = malloc(n + 1), *b = malloc(n + 1);
	const char *s0, *s1, *s2;
	sn_graph *lg;

	memset(a, 'x', n);
	a[n] = '\0';
	memcpy(b, a, n + 1);
	ck_assert_int_eq(sn_graph_new(&lg, 0), SN_OK);
	ck_assert_int_eq(sn_key_add(lg, "note", SN_DOMAIN_NODE, SN_TYPE_STRING, &k), SN_OK);
	for (v = 0; v < 3; v++)
		ck_assert_int_eq(sn_graph_vertex_add(lg, v == 0 ? "a" : v == 1 ? "b" : "c", NULL), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(lg, k, SN_DOMAIN_NODE, 0, a), SN_OK);
	ck_assert_int_eq(sn_attr_set_string(lg, k, SN_DOMAIN_NODE, 1, b), SN_OK);
	b[n - 1] = 'y';
	ck_assert_int_eq(sn_attr_set_string(lg, k, SN_DOMAIN_NODE, 2, b), SN_OK);
	ck_assert_int_eq(sn_attr_get_string(lg, k, SN_DOMAIN_NODE, 0, &s0), SN_OK);
	ck_assert_int_eq(sn_attr_get_string(lg, k, SN_DOMAIN_NODE, 1, &s1), SN_OK);
	ck_assert_int_eq(sn_attr_get_string(lg, k, SN_DOMAIN_NODE, 2, &s2), SN_OK);
	ck_assert_ptr_eq(s0, s1);
	ck_assert_ptr_ne(s0, s2);
	ck_assert_uint_eq(strlen(s2), n);
	ck_assert_int_eq(s2[n - 1], 'y');
	sn_graph_free(lg);
	free(a);
	free(b);
}
END_TEST

START_TEST(defaults)
{
	size_t k, v;
	double d, all[3];

	for (int i = 0; i < 3; i++) {
		char id[8];
		snprintf(id, sizeof id, "n%d", i);
		ck_assert_int_eq(sn_graph_vertex_add(g, id, NULL), SN_OK);
	}
	ck_assert_int_eq(sn_key_add(g, "lat", SN_DOMAIN_NODE, SN_TYPE_DOUBLE, &k), SN_OK);
	ck_assert_ptr_null(sn_key_default(g, k));
	ck_assert_int_eq(sn_attr_set_double(g, k, SN_DOMAIN_NODE, 1, 41.3), SN_OK);
	ck_assert_int_eq(sn_attr_get_doubles(g, k, SN_DOMAIN_NODE, all, 3), SN_OK);
	ck_assert_double_nan(all[0]);
	ck_assert_double_eq(all[1], 41.3);
	ck_assert_double_nan(all[2]);
	ck_assert_int_eq(sn_key_set_default(g, k, "1e-1"), SN_OK);
	ck_assert_str_eq(sn_key_default(g, k), "0.1");
	v = 2;
	ck_assert_int_eq(sn_attr_get_double(g, k, SN_DOMAIN_NODE, v, &d), SN_OK);
	ck_assert_double_eq(d, 0.1);
	ck_assert_int_eq(sn_attr_is_set(g, k, SN_DOMAIN_NODE, v), 0);
	ck_assert_int_eq(sn_attr_get_doubles(g, k, SN_DOMAIN_NODE, all, 3), SN_OK);
	ck_assert_double_eq(all[0], 0.1);
	ck_assert_double_eq(all[1], 41.3);
	ck_assert_double_eq(all[2], 0.1);
	ck_assert_int_eq(sn_attr_get_doubles(g, k, SN_DOMAIN_NODE, all, 2), SN_EINVAL);
	ck_assert_int_eq(sn_key_set_default(g, k, "north"), SN_EPARSE);
	ck_assert_str_eq(sn_key_default(g, k), "0.1");
	ck_assert_int_eq(sn_key_set_default(g, k, NULL), SN_OK);
	ck_assert_ptr_null(sn_key_default(g, k));
	ck_assert_int_eq(sn_attr_get_double(g, k, SN_DOMAIN_NODE, v, &d), SN_ENOTFOUND);
}
END_TEST

START_TEST(nesting_and_desc)
{
	size_t p;

	ck_assert_int_eq(sn_graph_vertex_add(g, "KZ", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "Aktau", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "terminal", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_parent(g, 1, &p), SN_ENOTFOUND);
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 1, 0), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 2, 1), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_parent(g, 2, &p), SN_OK);
	ck_assert_uint_eq(p, 1);
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 0, 2), SN_EINVAL); /* cycle */
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 0, 0), SN_EINVAL);
	ck_assert_int_eq(sn_graph_vertex_set_parent(g, 2, (size_t)-1), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_parent(g, 2, &p), SN_ENOTFOUND);

	ck_assert_ptr_null(sn_graph_desc(g, SN_DOMAIN_GRAPH, 0));
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_GRAPH, 0, "corridors"), SN_OK);
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_GRAPH, 0), "corridors");
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_NODE, 1, "Caspian port"), SN_OK);
	ck_assert_str_eq(sn_graph_desc(g, SN_DOMAIN_NODE, 1), "Caspian port");
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_NODE, 1, NULL), SN_OK);
	ck_assert_ptr_null(sn_graph_desc(g, SN_DOMAIN_NODE, 1));
	ck_assert_int_eq(sn_graph_set_desc(g, SN_DOMAIN_EDGE, 0, "x"), SN_EINVAL);
}
END_TEST

/* Ids as a float column gives them (Gephi's "12.0"): found by number like
 * n0, n1; ids of other shapes beside them still found, duplicates still
 * refused ("3.0" twice), and "3" and "3.00" are other ids. */
START_TEST(vertex_ids_ending_in_dot0)
{
	static const char *const fixed[] = { "0.0", "12.0", "12", "12.00", "3.0", "x.0", "007.0", "1.5",
		                                 "4294967296.0", ".0", "3.0.0", "n3.0" };
	/* dense with repeats, far beyond the count, no ".0", another fraction */
	static const char *const shapes[4] = { "%u.0", "%u.0", "%u", "%u.5" };
	static char ids[4000][24];
	size_t n = fill_ids(ids, 4000, fixed, sizeof fixed / sizeof *fixed, 777, shapes);
	add_and_find(ids, n);
}
END_TEST

/* Writers format ids that the vertex numbers make (n0, n1 ...; "0.0",
 * "1.0" ...) rather than read them: whatever the sequence, every written
 * edge end is the vertex's own id, in GraphML, GEXF and CSV. */
START_TEST(written_ends_are_the_ids)
{
	static const char *const seqs[][8] = {
		{ "n0", "n1", "n2", "n3", "x", "n5", "n6", NULL },   /* the run stops at x */
		{ "0.0", "1.0", "2.0", "3.0", "4", "5.0", NULL },    /* ".0" ids, then one without */
		{ "n1", "n0", "n2", NULL },                          /* no run at all */
		{ "0", "1", "2", "n3", "3", "4", NULL },             /* another prefix breaks it */
		{ "v9", "v10", NULL },
	};

	for (size_t q = 0; q < sizeof seqs / sizeof *seqs; q++) {
		sn_graph *h, *back;
		size_t n = 0, m, len, nlen, elen;
		char *text, *nodes, *edges, *line;
		ck_assert_int_eq(sn_graph_new(&h, 1), SN_OK);
		while (seqs[q][n]) {
			ck_assert_int_eq(sn_graph_vertex_add(h, seqs[q][n], NULL), SN_OK);
			n++;
		}
		for (size_t v = 0; v < n; v++)
			for (size_t u = 0; u < n; u++)
				if ((v * 7 + u * 3) % 4 == 0)
					ck_assert_int_eq(sn_graph_edge_add(h, v, u, NULL, NULL), SN_OK);
		m = sn_graph_edge_count(h);
		for (int fmt = 0; fmt < 2; fmt++) {
			if (fmt == 0)
				ck_assert_int_eq(sn_graph_write_graphml_memory(&text, &len, h, NULL), SN_OK);
			else
				ck_assert_int_eq(sn_graph_write_gexf_memory(&text, &len, h, NULL), SN_OK);
			ck_assert_msg(sn_graph_read_memory(&back, text, len, "back", NULL) == SN_OK, "%s", sn_last_error());
			ck_assert_uint_eq(sn_graph_edge_count(back), m);
			for (size_t e = 0; e < m; e++) {
				size_t a, b, c, d;
				ck_assert_int_eq(sn_graph_edge_endpoints(h, e, &a, &b), SN_OK);
				ck_assert_int_eq(sn_graph_edge_endpoints(back, e, &c, &d), SN_OK);
				ck_assert_str_eq(sn_graph_vertex_id(back, c), sn_graph_vertex_id(h, a));
				ck_assert_str_eq(sn_graph_vertex_id(back, d), sn_graph_vertex_id(h, b));
			}
			sn_graph_free(back);
			sn_free(text);
		}
		ck_assert_int_eq(sn_graph_write_csv_memory(&nodes, &nlen, &edges, &elen, h, NULL), SN_OK);
		line = strchr(edges, '\n') + 1; /* past the header */
		for (size_t e = 0; e < m; e++) {
			size_t a, b;
			char want[64];
			ck_assert_int_eq(sn_graph_edge_endpoints(h, e, &a, &b), SN_OK);
			snprintf(want, sizeof want, "%s,%s", sn_graph_vertex_id(h, a), sn_graph_vertex_id(h, b));
			ck_assert_msg(strncmp(line, want, strlen(want)) == 0 && (line[strlen(want)] == '\r' || line[strlen(want)] == ','),
			              "edge %zu: '%.20s', expected '%s'", e, line, want);
			line = strchr(line, '\n') + 1;
		}
		sn_free(nodes);
		sn_free(edges);
		sn_graph_free(h);
	}
}
END_TEST

/* Edge ids that number the edges (yEd's e0, e1 ..., Gephi's 0, 1 ...) are
 * kept by number; whatever the mix of patterned, out-of-order, repeated
 * and other ids, each id finds its first edge, repeats are refused by the
 * API and kept (as repeats) by the readers, and a copy finds them too. */
START_TEST(edge_ids_by_number)
{
	static const char *const ids[] = { "e0", "e1", "e2", "e9", "x", "e5", "e6", "e7", "e8", "e9", "e10",
		                               "e011", "e12", NULL, "e14", "0", "e15", "e16" };
	size_t n = sizeof ids / sizeof *ids, e, k;
	sn_graph *h;
	const char *doc = "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'><graph edgedefault='directed'>"
	                  "<node id='a'/><node id='b'/><edge id='0' source='a' target='b'/>"
	                  "<edge id='1' source='a' target='b'/><edge id='0' source='b' target='a'/>"
	                  "<edge id='3' source='a' target='b'/><edge id='2' source='a' target='b'/></graph></graphml>";

	ck_assert_int_eq(sn_graph_vertex_add(g, "a", NULL), SN_OK);
	ck_assert_int_eq(sn_graph_vertex_add(g, "b", NULL), SN_OK);
	for (size_t i = 0, added = 0; i < n; i++) {
		sn_status st = sn_graph_edge_add(g, 0, 1, ids[i], &e);
		int seen = 0;
		for (size_t j = 0; j < i; j++)
			seen |= ids[i] && ids[j] && strcmp(ids[i], ids[j]) == 0;
		ck_assert_msg(st == (seen ? SN_EINVAL : SN_OK), "id %s: status %d", ids[i] ? ids[i] : "(none)", st);
		if (st == SN_OK)
			ck_assert_uint_eq(e, added++);
	}
	/* each id its first edge; the repeat of e9 was refused */
	for (size_t i = 0, idx = 0; i < n; i++) {
		int seen = 0;
		for (size_t j = 0; j < i; j++)
			seen |= ids[i] && ids[j] && strcmp(ids[i], ids[j]) == 0;
		if (seen)
			continue;
		if (ids[i]) {
			ck_assert_int_eq(sn_graph_edge_find(g, ids[i], &k), SN_OK);
			ck_assert_uint_eq(k, idx);
			ck_assert_str_eq(sn_graph_edge_id(g, idx), ids[i]);
		} else
			ck_assert_ptr_null(sn_graph_edge_id(g, idx));
		idx++;
	}
	for (const char *const *no = (const char *const[]){ "e3", "e4", "e11", "e13", "e17", "e00", "1", NULL }; *no; no++)
		ck_assert_msg(sn_graph_edge_find(g, *no, &k) == SN_ENOTFOUND, "%s found", *no);
	/* a copy keeps them */
	ck_assert_int_eq(sn_graph_subgraph(&h, g, NULL, NULL), SN_OK);
	ck_assert_int_eq(sn_graph_edge_find(h, "e16", &k), SN_OK);
	ck_assert_uint_eq(k, n - 2);
	ck_assert_int_eq(sn_graph_edge_find(h, "x", &k), SN_OK);
	ck_assert_uint_eq(k, 4);
	sn_graph_free(h);
	/* a reader keeps repeats (NetworkX's multigraph keys), the first found */
	ck_assert_int_eq(sn_graph_read_graphml_memory(&h, doc, strlen(doc), "m", NULL), SN_OK);
	ck_assert_uint_eq(sn_graph_edge_count(h), 5);
	ck_assert_str_eq(sn_graph_edge_id(h, 2), "0");
	ck_assert_int_eq(sn_graph_edge_find(h, "0", &k), SN_OK);
	ck_assert_uint_eq(k, 0);
	ck_assert_int_eq(sn_graph_edge_find(h, "3", &k), SN_OK);
	ck_assert_uint_eq(k, 3);
	ck_assert_int_eq(sn_graph_edge_find(h, "2", &k), SN_OK);
	ck_assert_uint_eq(k, 4);
	ck_assert_uint_ge(sn_graph_warning_count(h), 1);
	sn_graph_free(h);
}
END_TEST

static Suite *graph_suite(void)
{
	Suite *s = suite_create("graph");
	TCase *tc;

	tc = test_case(s, "vertices_edges", setup, teardown);
	tcase_add_test(tc, vertices_and_edges);
	tcase_add_test(tc, many_vertices_grow_every_array);
	tc = test_case(s, "vertex_ids", setup, teardown);
	tcase_add_test(tc, vertex_ids_of_every_shape);
	tcase_add_test(tc, vertex_ids_ending_in_dot0);
	tcase_add_test(tc, written_ends_are_the_ids);
	tcase_add_test(tc, edge_ids_by_number);
	tc = test_case(s, "igraph", setup, teardown);
	tcase_add_test(tc, igraph_follows_changes);
	tcase_add_test(tc, directed_graph);
	tc = test_case(s, "nesting", setup, teardown);
	tcase_add_test(tc, nesting_and_desc);
	tc = test_case(s, "attributes", setup, teardown);
	tcase_add_test(tc, keys_and_typed_values);
	tc = test_case(s, "defaults", setup, teardown);
	tcase_add_test(tc, defaults);
	tcase_add_test(tc, long_strings_interned_once);
	tc = test_case(s, "formatting", setup, teardown);
	tcase_add_test(tc, doubles_format_shortest);
	return s;
}

int main(void)
{
	return run_suite(graph_suite());
}
