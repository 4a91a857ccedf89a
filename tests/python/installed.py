"""After make install: the installed package, imported from a clean
environment (no PYTHONPATH, SILKNET_LIBRARY or LD_LIBRARY_PATH), finds the
installed library by itself and reads a file.

    python3 tests/python/installed.py SITE-DIR FILE.graphml
"""
import os
import sys

site, path = sys.argv[1], sys.argv[2]
assert not os.environ.get("SILKNET_LIBRARY") and not os.environ.get("LD_LIBRARY_PATH")
sys.path.insert(0, site)
import silknet  # noqa: E402

assert silknet.__file__.startswith(site), silknet.__file__
g = silknet.load(path)
assert (len(g), g.edge_count) == (5, 5), (len(g), g.edge_count)
print("installed package: %s, %d vertices" % (os.path.dirname(silknet.__file__), len(g)))
