#!/bin/sh
# The shared library exports sn_ symbols only (jansson's check-exports).
set -eu
lib="$SN_BUILDDIR/libgraph/.libs/libsilknet.so"
if ! command -v nm >/dev/null 2>&1; then echo "nm not found"; exit 77; fi
bad=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | grep -v '^sn_[a-z]' || true)
if [ -n "$bad" ]; then
	echo "symbols outside the sn_ namespace:"; echo "$bad"; exit 1
fi
private=$(nm -D --defined-only "$lib" | awk '{print $3}' | grep '^sn__' || true)
if [ -n "$private" ]; then
	echo "private symbols exported:"; echo "$private"; exit 1
fi
n=$(nm -D --defined-only "$lib" | grep -c ' T sn_')
echo "$n public functions, all sn_"
# every exported function is declared in the header
for f in $(nm -D --defined-only "$lib" | awk '$2 == "T" {print $3}'); do
	grep -q "\\b$f(" "$SN_SRCDIR/libgraph/silknet.h" || { echo "$f is not declared in silknet.h"; exit 1; }
done
