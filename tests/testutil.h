/*
 * testutil.h - what the Check suites share.
 */
#ifndef SN_TESTUTIL_H
#define SN_TESTUTIL_H

#include <check.h>
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "silknet.h"

/* A fresh private directory under $TMPDIR (else /tmp) for files a test
 * writes; the caller removes what it put there and then the directory. */
static inline const char *test_temp_dir(char *buf, size_t size)
{
	const char *tmp = getenv("TMPDIR");
	if (!tmp || !*tmp)
		tmp = "/tmp";
	/* the template mkdtemp needs: it replaces the six X with a unique name */
	snprintf(buf, size, "%s/silknet-test-XXXXXX", tmp);
	ck_assert_msg(mkdtemp(buf) != NULL, "cannot create a directory under %s", tmp);
	return buf;
}

/* fixtures live in $SN_TEST_DATA (set by make check), else beside the sources */
static inline const char *test_data_path(const char *rel)
{
	static char buf[4096];
	const char *dir = getenv("SN_TEST_DATA");
	snprintf(buf, sizeof buf, "%s/%s", dir ? dir : "tests/data", rel);
	return buf;
}

static inline sn_graph *load_fixture(const char *rel)
{
	sn_graph *g = NULL;
	sn_status st = sn_graph_read_graphml(&g, test_data_path(rel), NULL);
	ck_assert_msg(st == SN_OK, "loading %s: %s", rel, sn_last_error());
	ck_assert_ptr_nonnull(g);
	return g;
}

static inline size_t vertex(const sn_graph *g, const char *id)
{
	size_t v = (size_t)-1;
	ck_assert_msg(sn_graph_vertex_find(g, id, &v) == SN_OK, "no vertex %s", id);
	return v;
}

static inline size_t key(const sn_graph *g, sn_domain d, const char *name)
{
	size_t k = (size_t)-1;
	ck_assert_msg(sn_key_find(g, d, name, &k) == SN_OK, "no key %s", name);
	return k;
}

/* silknet must leave igraph's cleanup stack as it found it */
#define ASSERT_FINALLY_EMPTY() ck_assert_msg(IGRAPH_FINALLY_STACK_SIZE() == 0, "igraph finally stack not empty")

static inline void finally_teardown(void)
{
	ASSERT_FINALLY_EMPTY();
}

/* A tcase in s, one per feature. Its checked fixture runs setup before and
 * teardown after each test (either may be NULL); without a teardown of
 * its own, every test still ends by checking igraph's cleanup stack. */
static inline TCase *test_case(Suite *s, const char *name, void (*setup)(void), void (*teardown)(void))
{
	TCase *tc = tcase_create(name);
	tcase_add_checked_fixture(tc, setup, teardown ? teardown : finally_teardown);
	suite_add_tcase(s, tc);
	return tc;
}

static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

#endif
