#!/bin/sh
# The Python examples and python3 -m silknet run, so that they never rot.
set -eu
out=$("$PYTHON3" "$SN_SRCDIR/examples/python/corridors.py" "$SN_SRCDIR/data/central-asia-corridors.graphml")
echo "$out"
echo "$out" | grep -q '^best: [0-9.]* days via TAS'
echo "$out" | grep -q '^without AZ: no route$'
out=$(SILKNET_DATA="$SN_SRCDIR/data" "$PYTHON3" -m silknet)
echo "$out" | head -3
echo "$out" | grep -q 'brokers from East Asia to Central Asia'
echo "$out" | grep -q 'Tashkent to Istanbul avoiding Russia and Iran'
