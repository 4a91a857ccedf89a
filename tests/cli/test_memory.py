"""Memory is bounded by the input's size: for every shape of file the
readers accept (many small elements of each kind, the shapes that cost the
most per byte), `silknet info` peaks at no more than the factor silknet.h
documents times the file's size, over what it takes to read an empty file.
Each file is also read under an address-space limit (RLIMIT_AS) of that
much plus the program's own, so a reader that amplified would fail."""
import os
import resource
import shutil
import subprocess
import tempfile
import unittest

SILKNET = os.environ.get("SILKNET", "cli/silknet")
N = 100000
# the documented factors (libgraph/silknet.h, "Memory")
XML_FACTOR = 12
CSV_FACTOR = 24

G = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'


def shapes():
    yield "nodes.graphml", G + '<graph edgedefault="directed">' + "".join(
        '<node id="%x"/>' % i for i in range(N)) + "</graph></graphml>", XML_FACTOR
    yield "edges.graphml", G + '<graph edgedefault="directed"><node id="a"/><node id="b"/>' + \
        '<edge source="a" target="b"/>' * N + "</graph></graphml>", XML_FACTOR
    yield "edge-ids.graphml", G + '<graph edgedefault="directed"><node id="a"/><node id="b"/>' + "".join(
        '<edge id="%x" source="a" target="b"/>' % i for i in range(N)) + "</graph></graphml>", XML_FACTOR
    yield "keys.graphml", G + "".join('<key id="%x" for="node"/>' % i for i in range(N)) + "</graphml>", XML_FACTOR
    yield "values.graphml", G + '<key id="k" for="node" attr.type="string"/><graph edgedefault="directed">' + \
        "".join('<node id="v%x"><data key="k">%x</data></node>' % (i, i) for i in range(N)) + \
        "</graph></graphml>", XML_FACTOR
    yield "verbatim.graphml", G + '<key id="k" for="node" yfiles.type="nodegraphics"/>' \
        '<graph edgedefault="directed">' + "".join(
            '<node id="%x"><data key="k"><y/></data></node>' % i for i in range(N)) + \
        "</graph></graphml>", XML_FACTOR
    yield "extra-attributes.graphml", G + '<graph edgedefault="directed">' + "".join(
        '<node id="%x" z="%x"/>' % (i, i) for i in range(N)) + "</graph></graphml>", XML_FACTOR
    yield "nested.graphml", G + '<graph edgedefault="directed">' + "".join(
        '<node id="%x"><graph/></node>' % i for i in range(N)) + "</graph></graphml>", XML_FACTOR
    yield "forward-edges.graphml", G + '<graph edgedefault="directed">' + "".join(
        '<edge source="%x" target="%x"/>' % (i, i + 1) for i in range(N)) + "".join(
        '<node id="%x"/>' % i for i in range(N + 1)) + "</graph></graphml>", XML_FACTOR
    yield "skipped.graphml", G + '<graph edgedefault="directed">' + "<x/>" * N + "</graph></graphml>", XML_FACTOR
    yield "nodes.gexf", "<gexf><graph><nodes>" + "".join(
        '<node id="%x"/>' % i for i in range(N)) + "</nodes></graph></gexf>", XML_FACTOR
    yield "edges.csv", "source,target\n" + "".join("%x,%x\n" % (i, i + 1) for i in range(N)), CSV_FACTOR
    yield "values.csv", "source,target,a,b,c\n" + "a,b,1,x,2\n" * N, CSV_FACTOR


def peak_kb(args, limit=None):
    def lower():
        if limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = subprocess.run(args, capture_output=True, preexec_fn=lower)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return p, max(after, before)


@unittest.skipIf(os.environ.get("SN_SANITIZE"), "AddressSanitizer's shadow memory and quarantine are no measure of "
                 "silknet's, and it reserves more address space than any limit")
class Bounded(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.dir)

    def test_every_shape_within_its_factor(self):
        empty = os.path.join(self.dir, "empty.graphml")
        with open(empty, "w") as f:
            f.write(G + '<graph edgedefault="directed"/></graphml>')
        # ru_maxrss of children is the largest so far: the empty file first
        p, base = peak_kb([SILKNET, "info", empty])
        self.assertEqual(p.returncode, 0, p.stderr)
        for name, text, factor in shapes():
            path = os.path.join(self.dir, name)
            with open(path, "w") as f:
                f.write(text)
            size_kb = os.path.getsize(path) / 1024
            with self.subTest(name=name):
                # a fresh interpreter per file: ru_maxrss of children is a maximum
                code = ("import resource, subprocess, sys; "
                        "p = subprocess.run(sys.argv[1:], capture_output=True); "
                        "print(p.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
                out = subprocess.run(["/usr/bin/python3", "-c", code, SILKNET, "info", path],
                                     capture_output=True, text=True).stdout.split()
                rc, rss = int(out[0]), int(out[1])
                self.assertEqual(rc, 0, name)
                if os.environ.get("SN_SHOW_MEMORY"):
                    print("%s: %.1fx" % (name, (rss - base) / size_kb))
                self.assertLessEqual(rss - base, factor * size_kb,
                                     "%s: %d KB over the empty file's %d KB for %d KB of input (%.1fx)" % (
                                         name, rss - base, base, size_kb, (rss - base) / size_kb))

    def test_an_address_space_limit_is_an_error_not_a_crash(self):
        # far too little memory: a clean "out of memory", exit 1, no core
        path = os.path.join(self.dir, "nodes.graphml")
        with open(path, "w") as f:
            f.write(G + '<graph edgedefault="directed">' + "".join(
                '<node id="%x"/>' % i for i in range(4 * N)) + "</graph></graphml>")
        empty = os.path.join(self.dir, "empty.graphml")
        with open(empty, "w") as f:
            f.write(G + '<graph edgedefault="directed"/></graphml>')
        # the smallest limit an empty file still reads under, found by halving
        lo, hi = 1 << 20, 1 << 34
        while hi - lo > 1 << 22:
            mid = (lo + hi) // 2
            p, _ = peak_kb([SILKNET, "info", empty], limit=mid)
            if p.returncode == 0:
                hi = mid
            else:
                lo = mid
        p, _ = peak_kb([SILKNET, "info", path], limit=hi + (1 << 22))
        self.assertIn(p.returncode, (0, 1))
        if p.returncode == 1:
            self.assertIn(b"out of memory", p.stderr)
        # and with the documented factor's room, it reads
        size = os.path.getsize(path)
        p, _ = peak_kb([SILKNET, "info", path], limit=hi + XML_FACTOR * size + (16 << 20))
        self.assertEqual(p.returncode, 0, p.stderr)


if __name__ == "__main__":
    unittest.main(verbosity=2)
