#!/bin/sh
# Replays the fuzz corpus and every GraphML fixture through the fuzz target.
set -eu
exec "$SN_BUILDDIR/tests/fuzz/replay" "$SN_SRCDIR/tests/fuzz/corpus" "$SN_TEST_DATA/graphml" \
	"$SN_TEST_DATA/graphml/invalid" "$SN_TEST_DATA/graphml/strict" "$SN_TEST_DATA/centrality" "$SN_TEST_DATA/routing" \
	"$SN_TEST_DATA/csv" "$SN_TEST_DATA/gexf"
