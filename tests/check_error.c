/*
 * check_error.c - status codes, the per-thread error message and positions.
 */
#include "testutil.h"

#include <pthread.h>

START_TEST(strerror_names_every_status)
{
	for (int st = SN_EINTERRUPTED; st <= SN_OK; st++) {
		const char *s = sn_strerror(st);
		ck_assert_ptr_nonnull(s);
		ck_assert_str_ne(s, "unknown status");
	}
	ck_assert_str_eq(sn_strerror(-99), "unknown status");
	ck_assert_str_eq(sn_strerror(SN_EPARSE), "parse error");
}
END_TEST

START_TEST(null_arguments_are_errors_not_crashes)
{
	sn_graph *g = (sn_graph *)0x1;
	size_t v;

	ck_assert_int_eq(sn_graph_new(NULL, 0), SN_EINVAL);
	ck_assert_str_eq(sn_last_error(), "invalid argument: 'out != NULL'");
	ck_assert_int_eq(sn_graph_read_graphml(&g, NULL, NULL), SN_EINVAL);
	ck_assert_ptr_null(g);
	ck_assert_int_eq(sn_graph_vertex_find(NULL, "a", &v), SN_EINVAL);
	ck_assert_int_eq(sn_graph_vertex_add(NULL, "a", NULL), SN_EINVAL);
	ck_assert_int_eq(sn_graph_read_graphml_memory(NULL, "", 0, NULL, NULL), SN_EINVAL);
	ck_assert_uint_eq(sn_graph_vertex_count(NULL), 0);
	ck_assert_ptr_null(sn_graph_vertex_id(NULL, 0));
	ck_assert_ptr_null(sn_graph_igraph(NULL));
	sn_graph_free(NULL);
}
END_TEST

START_TEST(parse_error_carries_position)
{
	static const char doc[] = "<graphml>\n  <graph edgedefault=\"undirected\">\n    <node id=\"a\"/>\n"
	                          "    <node id=\"a\"/>\n  </graph>\n</graphml>\n";
	sn_graph *g = NULL;
	const char *file;
	unsigned long line, col;

	ck_assert_int_eq(sn_graph_read_graphml_memory(&g, doc, sizeof doc - 1, "dup.graphml", NULL), SN_EPARSE);
	ck_assert_ptr_null(g);
	ck_assert_str_eq(sn_last_error(), "dup.graphml:4:5: duplicate node id 'a'");
	sn_last_error_pos(&file, &line, &col);
	ck_assert_str_eq(file, "dup.graphml");
	ck_assert_uint_eq(line, 4);
	ck_assert_uint_eq(col, 5);
	/* an error without a position clears it */
	ck_assert_int_eq(sn_graph_new(NULL, 0), SN_EINVAL);
	sn_last_error_pos(&file, &line, &col);
	ck_assert_ptr_null(file);
	ck_assert_uint_eq(line, 0);
	sn_last_error_pos(NULL, NULL, NULL);
}
END_TEST

static void *other_thread(void *arg)
{
	(void)arg;
	/* a fresh thread has no error of its own */
	return (void *)(strcmp(sn_last_error(), "no error") == 0 ? "ok" : "leaked");
}

START_TEST(last_error_is_per_thread)
{
	pthread_t t;
	void *res;

	ck_assert_int_eq(sn_graph_new(NULL, 0), SN_EINVAL);
	ck_assert_int_eq(pthread_create(&t, NULL, other_thread, NULL), 0);
	ck_assert_int_eq(pthread_join(t, &res), 0);
	ck_assert_str_eq((const char *)res, "ok");
	ck_assert_str_eq(sn_last_error(), "invalid argument: 'out != NULL'");
}
END_TEST

START_TEST(io_errors)
{
	sn_graph *g = NULL;

	ck_assert_int_eq(sn_graph_read_graphml(&g, "/nonexistent/x.graphml", NULL), SN_EIO);
	ck_assert_str_eq(sn_last_error(), "/nonexistent/x.graphml: cannot open: No such file or directory");
	/* a directory opens but cannot be read */
	ck_assert_int_eq(sn_graph_read_graphml(&g, test_data_path("graphml"), NULL), SN_EIO);
	ck_assert_ptr_nonnull(strstr(sn_last_error(), "Is a directory"));
	ck_assert_ptr_null(g);
}
END_TEST

START_TEST(version)
{
	ck_assert_str_eq(sn_version_string(), SN_VERSION_STRING);
	ck_assert_int_eq(sn_thread_safe(), IGRAPH_THREAD_SAFE ? 1 : 0);
}
END_TEST

START_TEST(igraph_handler_restored)
{
	/* silknet installs its handlers only for the duration of a call */
	igraph_error_handler_t *before = igraph_set_error_handler(igraph_error_handler_ignore);
	sn_graph *g = load_fixture("graphml/handwritten.graphml");
	size_t n;

	ck_assert_int_eq(sn_graph_components(g, NULL, 0, &n), SN_OK);
	ck_assert_ptr_eq(igraph_set_error_handler(before), igraph_error_handler_ignore);
	ASSERT_FINALLY_EMPTY();
	sn_graph_free(g);
}
END_TEST

static Suite *error_suite(void)
{
	Suite *s = suite_create("error");
	TCase *tc;

	tc = test_case(s, "status", NULL, NULL);
	tcase_add_test(tc, strerror_names_every_status);
	tcase_add_test(tc, version);
	tc = test_case(s, "null_arguments", NULL, NULL);
	tcase_add_test(tc, null_arguments_are_errors_not_crashes);
	tc = test_case(s, "position", NULL, NULL);
	tcase_add_test(tc, parse_error_carries_position);
	tc = test_case(s, "threads", NULL, NULL);
	tcase_add_test(tc, last_error_is_per_thread);
	tc = test_case(s, "io", NULL, NULL);
	tcase_add_test(tc, io_errors);
	tc = test_case(s, "igraph_handler", NULL, NULL);
	tcase_add_test(tc, igraph_handler_restored);
	return s;
}

int main(void)
{
	return run_suite(error_suite());
}
