/*
 * diagram.c - draw a network: kinds by shape and colour, ties by strength,
 * corridors by colour, a title. Render the result with Graphviz:
 *
 *   cc diagram.c $(pkg-config --cflags --libs silknet) -o diagram
 *   ./diagram data/central-asia-actors.graphml actors.dot weight
 *   dot -Tsvg actors.dot -o actors.svg
 */
#include <silknet.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	sn_dot_opts opts = SN_DOT_OPTS_INIT;
	sn_graph *g;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: %s IN.graphml OUT.dot [STRENGTH-ATTRIBUTE]\n", argv[0]);
		return 2;
	}
	if (sn_graph_read_graphml(&g, argv[1], NULL) != SN_OK) {
		fprintf(stderr, "%s\n", sn_last_error());
		return 1;
	}
	opts.title = argv[1];
	opts.width_attr = argc == 4 ? argv[3] : NULL; /* thicker = stronger */
	if (sn_graph_write_dot(g, argv[2], &opts) != SN_OK) {
		fprintf(stderr, "%s\n", sn_last_error());
		sn_graph_free(g);
		return 1;
	}
	sn_graph_free(g);
	return 0;
}
