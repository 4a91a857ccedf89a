/*
 * check_schema.c - the data schema check: each kind of finding on a small
 * document written to break exactly one rule, what a finding says and
 * points at, an undirected tie counted once, a corridor in parts, a clean
 * graph with none, and argument errors. The bundled data are checked to
 * have no findings by tests/cli/test_data.py.
 */
#include "testutil.h"

#include <stdint.h>

static sn_graph *parse(const char *text)
{
	sn_graph *g = NULL;
	sn_status st = sn_graph_read_memory(&g, text, strlen(text), "m", NULL);
	ck_assert_msg(st == SN_OK, "%s", sn_last_error());
	return g;
}

static sn_findings *check(const sn_graph *g)
{
	sn_findings *f = NULL;
	ck_assert_msg(sn_graph_check_schema(&f, g) == SN_OK, "%s", sn_last_error());
	ck_assert_ptr_nonnull(f);
	return f;
}

#define HEAD                                                                                              \
	"<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"                                           \
	"<key id=\"k\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>"                               \
	"<key id=\"c\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>"                            \
	"<key id=\"la\" for=\"node\" attr.name=\"lat\" attr.type=\"double\"/>"                               \
	"<key id=\"r\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>"                           \
	"<key id=\"km\" for=\"edge\" attr.name=\"km\" attr.type=\"double\"/>"                                \
	"<key id=\"a\" for=\"edge\" attr.name=\"amount\" attr.type=\"double\"/>"                             \
	"<key id=\"u\" for=\"edge\" attr.name=\"unit\" attr.type=\"string\"/>"                               \
	"<key id=\"s\" for=\"edge\" attr.name=\"source\" attr.type=\"string\"/>"                             \
	"<key id=\"co\" for=\"edge\" attr.name=\"corridor\" attr.type=\"string\"/>"

START_TEST(each_rule)
{
	sn_graph *g = parse(HEAD "<graph edgedefault=\"directed\">"
	                         "<node id=\"A\"><data key=\"k\">nation</data><data key=\"c\">kz</data></node>"
	                         "<node id=\"B\"><data key=\"la\">91</data></node>"
	                         "<node id=\"C\"/><node id=\"D\"/>"
	                         "<edge id=\"e1\" source=\"A\" target=\"B\"><data key=\"r\">friendship</data>"
	                         "<data key=\"s\">x</data><data key=\"co\">TITR</data></edge>"
	                         "<edge source=\"B\" target=\"C\"><data key=\"km\">-3</data><data key=\"a\">5</data>"
	                         "<data key=\"s\">y</data></edge>"
	                         "<edge id=\"e3\" source=\"C\" target=\"D\"><data key=\"co\">TITR;NORTH</data></edge>"
	                         "</graph></graphml>");
	sn_findings *f = check(g);
	static const char *const want[] = {
		"node 'A': kind 'nation' is not in the vocabulary (data/SCHEMA.md)",
		"edge 'e1': relation 'friendship' is not in the vocabulary (data/SCHEMA.md)",
		"node 'A': country 'kz' is not an ISO 3166 alpha-2 code",
		"node 'B': lat = 91, expected a number from -90 to 90",
		"edge B-C: km = -3, expected a number from 0 to inf",
		"edge B-C: amount 5 has no unit",
		"edge 'e3' has no source",
		"corridor 'TITR' does not connect: its segments form 2 separate parts",
	};
	size_t n = sn_findings_count(f);

	ck_assert_uint_eq(n, sizeof want / sizeof *want);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(sn_findings_message(f, i), want[i]);
	ck_assert_int_eq(sn_findings_domain(f, 0), SN_DOMAIN_NODE);
	ck_assert_uint_eq(sn_findings_index(f, 0), 0);
	ck_assert_str_eq(sn_findings_attribute(f, 0), "kind");
	ck_assert_int_eq(sn_findings_domain(f, 4), SN_DOMAIN_EDGE);
	ck_assert_uint_eq(sn_findings_index(f, 4), 1);
	ck_assert_str_eq(sn_findings_attribute(f, 4), "km");
	ck_assert_str_eq(sn_findings_attribute(f, 6), "source");
	/* a corridor as a whole has no one element */
	ck_assert_uint_eq(sn_findings_index(f, 7), SIZE_MAX);
	ck_assert_str_eq(sn_findings_attribute(f, 7), "corridor");
	/* out of range */
	ck_assert_ptr_null(sn_findings_message(f, n));
	ck_assert_ptr_null(sn_findings_attribute(f, n));
	ck_assert_uint_eq(sn_findings_index(f, n), SIZE_MAX);
	sn_findings_free(f);
	sn_graph_free(g);
}
END_TEST

/* An undirected tie in a directed graph is two edges inside silknet (an
 * edge and its twin): one finding, not two. */
START_TEST(undirected_once)
{
	sn_graph *g = parse(HEAD "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>"
	                         "<edge source=\"a\" target=\"b\" directed=\"false\"><data key=\"km\">-1</data>"
	                         "<data key=\"r\">war</data><data key=\"s\">x</data></edge>"
	                         "</graph></graphml>");
	sn_findings *f = check(g);

	ck_assert_uint_eq(sn_findings_count(f), 1);
	ck_assert_str_eq(sn_findings_message(f, 0), "edge a-b: km = -1, expected a number from 0 to inf");
	sn_findings_free(f);
	sn_graph_free(g);
}
END_TEST

START_TEST(string_costs_and_nan)
{
	sn_graph *g = parse("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
	                    "<key id=\"d\" for=\"edge\" attr.name=\"days\" attr.type=\"string\"/>"
	                    "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
	                    "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"/>"
	                    "<edge source=\"a\" target=\"b\"><data key=\"d\">two</data><data key=\"w\">NaN</data></edge>"
	                    "<edge source=\"b\" target=\"a\"><data key=\"w\">INF</data></edge>"
	                    "</graph></graphml>");
	sn_findings *f = check(g);

	ck_assert_uint_eq(sn_findings_count(f), 2);
	ck_assert_str_eq(sn_findings_message(f, 0), "edge a-b: weight = nan, expected a number from 0 to inf");
	ck_assert_str_eq(sn_findings_message(f, 1), "edge attribute 'days' is a string, expected a number");
	ck_assert_uint_eq(sn_findings_index(f, 1), SIZE_MAX);
	sn_findings_free(f);
	sn_graph_free(g);
}
END_TEST

START_TEST(clean_and_arguments)
{
	sn_graph *g = parse(HEAD "<graph edgedefault=\"directed\">"
	                         "<node id=\"A\"><data key=\"k\">state</data><data key=\"c\">KZ</data></node>"
	                         "<node id=\"B\"/><edge source=\"A\" target=\"B\"><data key=\"r\">trade</data>"
	                         "<data key=\"a\">1</data><data key=\"u\">USD</data><data key=\"s\">x</data></edge>"
	                         "</graph></graphml>");
	sn_findings *f = check(g);

	ck_assert_uint_eq(sn_findings_count(f), 0);
	ck_assert_ptr_null(sn_findings_message(f, 0));
	sn_findings_free(f);
	f = (sn_findings *)1;
	ck_assert_int_eq(sn_graph_check_schema(&f, NULL), SN_EINVAL);
	ck_assert_ptr_null(f);
	ck_assert_int_eq(sn_graph_check_schema(NULL, g), SN_EINVAL);
	ck_assert_uint_eq(sn_findings_count(NULL), 0);
	ck_assert_ptr_null(sn_findings_message(NULL, 0));
	sn_findings_free(NULL);
	sn_graph_free(g);
}
END_TEST

static Suite *schema_suite(void)
{
	Suite *s = suite_create("schema");
	TCase *tc;

	tc = test_case(s, "rules", NULL, NULL);
	tcase_add_test(tc, each_rule);
	tcase_add_test(tc, undirected_once);
	tcase_add_test(tc, string_costs_and_nan);
	tc = test_case(s, "arguments", NULL, NULL);
	tcase_add_test(tc, clean_and_arguments);
	return s;
}

int main(void)
{
	return run_suite(schema_suite());
}
