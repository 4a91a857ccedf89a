/*
 * fuzz_graphml.c - the fuzz target: any bytes through the GraphML reader;
 * what it accepts through the GraphML writer, the reader again, the DOT
 * writer and a centrality measure. Nothing may crash, leak or leave igraph's
 * cleanup stack dirty; what was written must read back.
 *
 * Built with clang -fsanitize=fuzzer for libFuzzer (make fuzz), and with
 * standalone.c as an ordinary program that replays a corpus (make check).
 */
#include <igraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "silknet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	sn_graph *g = NULL, *back = NULL;
	sn_scores *s = NULL;
	char *text = NULL, *dot = NULL;
	size_t len = 0;

	if (sn_graph_read_graphml_memory(&g, data, size, "fuzz", NULL) != SN_OK) {
		if (g)
			abort(); /* a failed read hands nothing out */
		goto done;
	}
	if (sn_graph_write_graphml_memory(g, &text, &len, NULL) == SN_OK) {
		/* what silknet writes, silknet reads */
		if (sn_graph_read_graphml_memory(&back, text, len, "rewritten", NULL) != SN_OK) {
			fprintf(stderr, "rewritten GraphML does not read back: %s\n", sn_last_error());
			abort();
		}
		if (sn_graph_vertex_count(back) != sn_graph_vertex_count(g) ||
		    sn_graph_edge_count(back) != sn_graph_edge_count(g))
			abort();
	}
	sn_graph_write_dot_memory(g, &dot, NULL, NULL);
	if (sn_graph_vertex_count(g) < 200)
		sn_centrality(&s, g, SN_BETWEENNESS, NULL);
done:
	sn_scores_free(s);
	sn_free(dot);
	sn_free(text);
	sn_graph_free(back);
	sn_graph_free(g);
	if (IGRAPH_FINALLY_STACK_SIZE() != 0)
		abort();
	return 0;
}
