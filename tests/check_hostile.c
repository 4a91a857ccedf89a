/*
 * check_hostile.c - inputs written to hurt: deep nesting, huge values, a
 * flood of keys, data through a pipe that never ends well, and threads.
 * (XXE, entity amplification, NUL bytes, invalid UTF-8, overflow,
 * duplicate ids and truncation are fixtures in tests/data/graphml/invalid.)
 */
#include "testutil.h"

#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/resource.h>
#include <unistd.h>

static long max_rss_kib(void)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

START_TEST(deep_nesting)
{
	/* 10,000 nested foreign elements: libxml2's depth limit (no HUGE) stops it */
	size_t n = 10000, len = 0;
	char *doc = malloc(n * 16 + 256);
	sn_graph *g = (sn_graph *)0x1;

	len += (size_t)sprintf(doc + len, "<graphml xmlns='http://graphml.graphdrawing.org/xmlns' xmlns:z='urn:z'>"
	                                  "<graph edgedefault='directed'>");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(doc + len, "<z:a>");
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "deep", NULL), SN_EPARSE);
	ck_assert_ptr_null(g);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "depth"));
	/* nested graphs, each level a node holding a graph */
	len = (size_t)sprintf(doc, "<graphml><graph edgedefault='directed'>");
	for (size_t i = 0; i < 2000; i++)
		len += (size_t)sprintf(doc + len, "<node id='n%zu'><graph edgedefault='directed'>", i);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "deep", NULL), SN_EPARSE);
	free(doc);
}
END_TEST

struct feeder {
	int fd;
	size_t bytes;
};

static void *feed(void *arg)
{
	struct feeder *f = arg;
	static const char head[] = "<graphml><key id='s' for='node' attr.type='string'/><graph edgedefault='directed'>"
	                           "<node id='a'><data key='s'>";
	char chunk[65536];
	size_t sent = 0;

	memset(chunk, 'x', sizeof chunk);
	if (write(f->fd, head, sizeof head - 1) < 0)
		goto out;
	while (sent < f->bytes) {
		ssize_t w = write(f->fd, chunk, sizeof chunk);
		if (w <= 0)
			break; /* the reader stopped: a broken pipe is expected */
		sent += (size_t)w;
	}
out:
	close(f->fd);
	return NULL;
}

START_TEST(huge_value_bounded_memory)
{
	/* 1 GB of a single <data> value through a pipe: the reader stops at its
	 * limit (10 MB) instead of buffering the lot */
	int fds[2];
	pthread_t t;
	struct feeder f;
	sn_graph *g = NULL;
	long before = max_rss_kib();

	signal(SIGPIPE, SIG_IGN);
	ck_assert_int_eq(pipe(fds), 0);
	f.fd = fds[1];
	f.bytes = (size_t)1 << 30;
	ck_assert_int_eq(pthread_create(&t, NULL, feed, &f), 0);
	ck_assert_int_eq(sn_graph_read_graphml_fd(&g, fds[0], "pipe", NULL), SN_EPARSE);
	close(fds[0]);
	pthread_join(t, NULL);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "value longer than 10000000 bytes"));
	ck_assert_int_lt(max_rss_kib() - before, 200 * 1024);
}
END_TEST

START_TEST(long_lines_and_many_keys)
{
	/* 100,000 keys on one line, then a node using the last: linear time */
	size_t n = 100000, len = 0;
	char *doc = malloc(n * 80 + 256);
	sn_graph *g;
	size_t k;

	len += (size_t)sprintf(doc + len, "<graphml>");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(doc + len, "<key id='k%zu' for='node' attr.name='a%zu' attr.type='int'/>", i, i);
	len += (size_t)sprintf(doc + len, "<graph edgedefault='directed'><node id='a'><data key='k%zu'>7</data>"
	                                  "</node></graph></graphml>", n - 1);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "keys", NULL), SN_OK);
	ck_assert_uint_eq(sn_key_count(g), n);
	ck_assert_int_eq(sn_key_find_id(g, "k99999", &k), SN_OK);
	ck_assert_uint_eq(k, n - 1);
	sn_graph_free(g);
	free(doc);
}
END_TEST

START_TEST(key_limit)
{
	/* 1,001 keys, one per line, against a limit of 1,000 */
	size_t n = 1001, len = 0;
	char *doc = malloc(n * 80 + 256);
	sn_read_opts opts = SN_READ_OPTS_INIT;
	sn_read_opts v1 = { 1, 0, 0, 5 }; /* a version 1 caller has no max_keys */
	sn_graph *g = (sn_graph *)0x1;

	len += (size_t)sprintf(doc + len, "<graphml>\n");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(doc + len, "<key id='k%zu' for='edge' attr.type='double'/>\n", i);
	len += (size_t)sprintf(doc + len, "<graph edgedefault='directed'/></graphml>\n");
	opts.max_keys = 1000;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "keys", &opts), SN_EPARSE);
	ck_assert_ptr_null(g);
	ck_assert_str_eq(sn_last_error(), "keys:1002:1: more than 1000 keys (the max_keys limit)");
	opts.max_keys = 1001;
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "keys", &opts), SN_OK);
	ck_assert_uint_eq(sn_key_count(g), n);
	sn_graph_free(g);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "keys", &v1), SN_OK);
	ck_assert_uint_eq(sn_key_count(g), n);
	sn_graph_free(g);
	ck_assert_int_eq(sn_read_opts_init(&opts, 1), SN_OK);
	ck_assert_int_eq(sn_read_opts_init(&opts, 3), SN_EINVAL);
	free(doc);
}
END_TEST

START_TEST(attribute_tricks)
{
	/* an attribute value with every escape, a huge id, a key with no name */
	static const char doc[] = "<graphml><key id='x' for='node'/><graph edgedefault='undirected'>"
	                          "<node id='&#x1F600;&lt;&amp;&quot;&apos;'><data key='x'>&#9;&#10;&#13;</data></node>"
	                          "</graph></graphml>";
	sn_graph *g;
	const char *s;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "t", NULL), SN_OK);
	ck_assert_str_eq(sn_graph_vertex_id(g, 0), "\xF0\x9F\x98\x80<&\"'");
	ck_assert_int_eq(sn_attr_get_string(g, 0, SN_DOMAIN_NODE, 0, &s), SN_OK);
	ck_assert_str_eq(s, "\t\n\r");
	sn_graph_free(g);
}
END_TEST

/* A node with id and n more attributes, their values holding '=', '>'
 * and the other quote, which must not count. */
static char *many_attributes(size_t n, const char *root, size_t *len)
{
	char *doc = malloc(n * 24 + 512);
	size_t l = (size_t)sprintf(doc, "%s\n<node id='a'", root);

	for (size_t i = 0; i < n; i++)
		l += (size_t)(i % 2 ? sprintf(doc + l, " x%zu='1=2>\"='", i) : sprintf(doc + l, " y%zu=\"'\"", i));
	l += (size_t)sprintf(doc + l, "/>\n</%s></%s>", strstr(root, "gexf") ? "nodes></graph" : "graph",
	                     strstr(root, "gexf") ? "gexf" : "graphml");
	*len = l;
	return doc;
}

START_TEST(attribute_limit)
{
	/* libxml2 2.9 checks each attribute of a tag against all before it: the
	 * reader refuses a tag with more than 10,000 before that costs much */
	static const char *const graphml = "<graphml xmlns='http://graphml.graphdrawing.org/xmlns'>"
	                                   "<!-- <a comment's < = = = = = = = = = --><graph edgedefault='directed'>";
	static const char *const gexf = "<gexf xmlns='http://gexf.net/1.3' version='1.3'><graph><nodes>";
	sn_graph *g = NULL;
	size_t len;
	char *doc;

	/* id and 9,999 more: read */
	doc = many_attributes(9999, graphml, &len);
	ck_assert_msg(sn_graph_read_graphml_memory(&g, doc, len, "t", NULL) == SN_OK, "%s", sn_last_error());
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	sn_graph_free(g);
	g = NULL;
	free(doc);
	/* id and 10,000 more: refused, inside the tag */
	doc = many_attributes(10000, graphml, &len);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "t", NULL), SN_EPARSE);
	ck_assert_ptr_null(g);
	ck_assert_msg(strncmp(sn_last_error(), "t:2:", 4) == 0 &&
	                  strstr(sn_last_error(), ": an element with more than 10000 attributes, expected a few"),
	              "%s", sn_last_error());
	free(doc);
	/* a million: refused as soon (libxml2 alone would take minutes) */
	doc = many_attributes(1000000, graphml, &len);
	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, len, "t", NULL), SN_EPARSE);
	ck_assert_ptr_null(strstr(sn_last_error(), "Huge input"));
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "more than 10000 attributes"));
	/* through the sniffing reader too */
	ck_assert_int_eq(sn_graph_read_memory(&g, doc, len, "t", NULL), SN_EPARSE);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "more than 10000 attributes"));
	free(doc);
	doc = many_attributes(1000000, gexf, &len);
	ck_assert_int_eq(sn_graph_read_memory(&g, doc, len, "t", NULL), SN_EPARSE);
	ck_assert_msg(strstr(sn_last_error(), "more than 10000 attributes") != NULL, "%s", sn_last_error());
	free(doc);
	/* and GEXF under the limit */
	doc = many_attributes(4000, gexf, &len);
	ck_assert_msg(sn_graph_read_memory(&g, doc, len, "t", NULL) == SN_OK, "%s", sn_last_error());
	ck_assert_uint_eq(sn_graph_vertex_count(g), 1);
	sn_graph_free(g);
	free(doc);
}
END_TEST

/* ---- threads ---- */

static void *read_write(void *arg)
{
	const char *path = arg;
	uintptr_t bad = 0;
	for (int i = 0; i < 20; i++) {
		sn_graph *g = NULL;
		char *a = NULL;
		size_t len;
		if (sn_graph_read_graphml(&g, path, NULL) != SN_OK || sn_graph_write_graphml_memory(&a, &len, g, NULL) != SN_OK)
			bad++;
		/* every thread keeps its own error message */
		if (sn_graph_vertex_find(g, "no such vertex", &len) != SN_ENOTFOUND ||
		    strcmp(sn_last_error(), "no vertex with id 'no such vertex'") != 0)
			bad++;
		sn_free(a);
		sn_graph_free(g);
	}
	return (void *)bad;
}

START_TEST(threads_read_and_write)
{
	/* reading and writing touch no igraph state: safe in parallel, whatever
	 * igraph's build (see SECURITY.md for the measures) */
	pthread_t t[4];
	char paths[4][4096];
	static const char *const names[] = { "graphml/yed-groups.graphml", "graphml/handwritten.graphml",
		                               "graphml/networkx-multigraph.graphml", "centrality/lesmis.graphml" };
	for (int i = 0; i < 4; i++) {
		snprintf(paths[i], sizeof paths[i], "%s", test_data_path(names[i]));
		ck_assert_int_eq(pthread_create(&t[i], NULL, read_write, paths[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		void *bad;
		pthread_join(t[i], &bad);
		ck_assert_ptr_null(bad);
	}
}
END_TEST

static Suite *hostile_suite(void)
{
	Suite *s = suite_create("hostile");
	TCase *tc = test_case(s, "inputs", NULL, NULL);

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, deep_nesting);
	tcase_add_test(tc, huge_value_bounded_memory);
	tcase_add_test(tc, long_lines_and_many_keys);
	tcase_add_test(tc, key_limit);
	tcase_add_test(tc, attribute_tricks);
	tcase_add_test(tc, attribute_limit);
	tc = test_case(s, "threads", NULL, NULL);
	tcase_add_test(tc, threads_read_and_write);
	return s;
}

int main(void)
{
	return run_suite(hostile_suite());
}
