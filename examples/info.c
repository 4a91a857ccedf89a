/*
 * info.c - load a GraphML network and list its actors by kind.
 *
 *   cc info.c $(pkg-config --cflags --libs silknet) -o info
 *   ./info data/central-asia-actors.graphml
 */
#include <silknet.h>
#include <stdio.h>

int main(int argc, char **argv)
{
	sn_graph *g;
	size_t kind, components;

	if (argc != 2) {
		fprintf(stderr, "usage: %s FILE.graphml\n", argv[0]);
		return 2;
	}
	if (sn_graph_read_graphml(&g, argv[1], NULL) != SN_OK) {
		fprintf(stderr, "%s\n", sn_last_error()); /* FILE:LINE:COL: what was expected */
		return 1;
	}
	sn_graph_components(g, NULL, 0, &components);
	printf("%zu vertices, %zu edges, %zu components\n", sn_graph_vertex_count(g),
	       sn_graph_edge_count(g), components);
	if (sn_key_find(g, SN_DOMAIN_NODE, "kind", &kind) == SN_OK) {
		for (size_t v = 0; v < sn_graph_vertex_count(g); v++) {
			const char *k = "?";
			sn_attr_get_string(g, kind, SN_DOMAIN_NODE, v, &k);
			printf("  %-12s %s\n", k, sn_graph_vertex_id(g, v));
		}
	}
	sn_graph_free(g);
	return 0;
}
