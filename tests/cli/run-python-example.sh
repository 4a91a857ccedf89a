#!/bin/sh
# The Python examples and python3 -m silknet run, so that they never rot.
set -eu
if [ -n "${SN_ASAN_RUNTIME:-}" ]; then
	# an ASan build: CPython needs the runtime preloaded
	LD_PRELOAD=$SN_ASAN_RUNTIME; ASAN_OPTIONS=detect_leaks=0; export LD_PRELOAD ASAN_OPTIONS
fi
out=$("$PYTHON3" "$SN_SRCDIR/examples/python/corridors.py" "$SN_SRCDIR/data/central-asia-corridors.graphml")
echo "$out"
echo "$out" | grep -q '^best: [0-9.]* days via TAS'
echo "$out" | grep -q '^without RU: [0-9.]* days (+[0-9.]*)$'
echo "$out" | grep -q "^without TR: the destination 'IST' is closed by the constraints$"
out=$(SILKNET_DATA="$SN_SRCDIR/data" "$PYTHON3" -m silknet)
echo "$out" | head -3
echo "$out" | grep -q 'brokers from East Asia to Central Asia'
echo "$out" | grep -q 'Tashkent to Istanbul avoiding Russia and Iran'
