#!/bin/sh
# Runs the C examples on fixtures, so that they never rot.
set -eu
out=$("$SN_BUILDDIR/examples/info" "$SN_TEST_DATA/graphml/handwritten.graphml")
echo "$out"
echo "$out" | grep -q '^5 vertices, 5 edges, 3 components$'
echo "$out" | grep -q 'bloc *EU'
# errors go to stderr with a position and exit 1
err=$(mktemp)
trap 'rm -f "$err"' EXIT
if "$SN_BUILDDIR/examples/info" "$SN_TEST_DATA/graphml/invalid/duplicate-node.graphml" 2>"$err"; then
	echo "expected a failure"; exit 1
fi
grep -q 'duplicate-node.graphml:6:7: duplicate node id' "$err"
