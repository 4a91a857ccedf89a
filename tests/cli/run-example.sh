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

# diagram: DOT that Graphviz renders to SVG without complaint
dir=$(mktemp -d)
trap 'rm -f "$err"; rm -rf "$dir"' EXIT
"$SN_BUILDDIR/examples/diagram" "$SN_TEST_DATA/graphml/networkx-multigraph.graphml" "$dir/g.dot" weight
grep -q 'penwidth=6.00' "$dir/g.dot"
if command -v dot >/dev/null 2>&1; then
	dot -Tsvg "$dir/g.dot" -o "$dir/g.svg" 2>"$dir/dot.err"
	[ ! -s "$dir/dot.err" ] || { cat "$dir/dot.err"; exit 1; }
	grep -q '<svg' "$dir/g.svg"
	echo "diagram rendered: $(wc -c < "$dir/g.svg") bytes of SVG"
else
	echo "dot not installed: rendering not checked"
fi
