"""Command-line tests for silknet info and validate.

Counts, directedness, kinds and components are checked against NetworkX and
python-igraph reading the same files: independent implementations.
"""
import collections
import json
import os
import subprocess
import sys
import tempfile
import unittest

import igraph
import networkx as nx

SILKNET = os.environ.get("SILKNET", "cli/silknet")
DATA = os.environ.get("SN_TEST_DATA", "tests/data")
GML = os.path.join(DATA, "graphml")


def run(*args, stdin=None):
    p = subprocess.run([SILKNET, *args], input=stdin, capture_output=True)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def info_json(path):
    rc, out, err = run("info", path, "--format", "json")
    assert rc == 0, err
    return json.loads(out)


class InfoAgainstNetworkX(unittest.TestCase):
    # files NetworkX reads with the same meaning as silknet
    FILES = ["networkx-multigraph.graphml", "networkx-digraph.graphml",
             "igraph-corridors.graphml", "handwritten.graphml", "cytoscape.graphml"]

    def test_counts_kinds_relations_components(self):
        for name in self.FILES:
            with self.subTest(name=name):
                path = os.path.join(GML, name)
                doc = info_json(path)
                G = nx.read_graphml(path, force_multigraph=True)
                self.assertEqual(doc["vertices"], G.number_of_nodes())
                self.assertEqual(doc["edges"], G.number_of_edges())
                self.assertEqual(doc["directed"], G.is_directed())
                comps = (nx.number_weakly_connected_components(G) if G.is_directed()
                         else nx.number_connected_components(G))
                self.assertEqual(doc["components"], comps)
                # NetworkX keeps <default>s aside instead of applying them
                ndef = G.graph.get("node_default", {})
                edef = G.graph.get("edge_default", {})
                kinds = collections.Counter(
                    d.get("kind", ndef.get("kind")) for _, d in G.nodes(data=True)
                    if "kind" in d or "kind" in ndef)
                got = {k: v for k, v in doc["kinds"].items() if k != "(none)"}
                self.assertEqual(got, dict(kinds))
                rels = collections.Counter(
                    d.get("relation", edef.get("relation")) for *_, d in G.edges(data=True)
                    if "relation" in d or "relation" in edef)
                got = {k: v for k, v in doc["relations"].items() if k != "(none)"}
                self.assertEqual(got, dict(rels))

    def test_key_types_match_python_types(self):
        # NetworkX maps attr.type to Python types; silknet must report the same key types
        pytype = {"string": str, "double": float, "float": float, "int": int,
                  "long": int, "boolean": bool}
        path = os.path.join(GML, "networkx-multigraph.graphml")
        doc = info_json(path)
        G = nx.read_graphml(path)
        for k in doc["keys"]:
            items = (G.nodes(data=True) if k["for"] == "node" else
                     [(None, G.graph)] if k["for"] == "graph" else
                     [(None, d) for *_, d in G.edges(data=True)])
            values = [d[k["name"]] for _, d in items if k["name"] in d]
            self.assertTrue(values, k)
            for v in values:
                self.assertIsInstance(v, pytype[k["type"]], k)

    def test_contract_fields(self):
        doc = info_json(os.path.join(GML, "networkx-multigraph.graphml"))
        for field in ("vertices", "edges", "directed", "keys", "kinds", "relations",
                      "components", "skipped"):
            self.assertIn(field, doc)
        self.assertEqual(doc["keys"][-1], {"id": "d0", "name": "name", "for": "graph",
                                           "type": "string", "verbatim": False,
                                           "default": None})
        hand = info_json(os.path.join(GML, "handwritten.graphml"))
        defaults = {k["name"]: k["default"] for k in hand["keys"]}
        self.assertEqual(defaults["kind"], "state")
        self.assertEqual(defaults["weight"], 1.0)
        self.assertIs(defaults["member"], False)
        self.assertIsNone(defaults["big"])
        self.assertEqual([k["for"] for k in hand["keys"] if k["name"] == "note"], ["all"])


class InfoAgainstIgraph(unittest.TestCase):
    def test_counts_and_components(self):
        for name in ["networkx-multigraph.graphml", "igraph-corridors.graphml",
                     "networkx-digraph.graphml", "gephi-mixed.graphml", "cytoscape.graphml"]:
            with self.subTest(name=name):
                path = os.path.join(GML, name)
                doc = info_json(path)
                g = igraph.Graph.Read_GraphML(path)
                self.assertEqual(doc["vertices"], g.vcount())
                self.assertEqual(doc["edges"], g.ecount())
                self.assertEqual(doc["directed"], g.is_directed())
                self.assertEqual(doc["components"], len(g.connected_components(mode="weak")))

    def test_nested_graphs_keep_what_igraph_drops(self):
        path = os.path.join(GML, "nested.graphml")
        doc = info_json(path)
        g = igraph.Graph.Read_GraphML(path)
        # igraph keeps only the first level of nesting; silknet keeps all of it
        self.assertEqual(g.vcount(), 4)
        self.assertEqual(doc["vertices"], 7)
        self.assertEqual(doc["kinds"], {"state": 2, "port": 2, "terminal": 2, "city": 1})


class ExitCodesAndErrors(unittest.TestCase):
    def test_usage_errors_exit_2(self):
        for args in [(), ("frobnicate",), ("info",), ("info", "--format", "xml", "x"),
                     ("info", "--bogus", "x"), ("info", "a", "b"), ("validate",)]:
            with self.subTest(args=args):
                rc, out, err = run(*args)
                self.assertEqual(rc, 2)
                self.assertTrue(err.startswith("silknet: "), err)
                self.assertEqual(out, "")

    def test_bad_input_exits_1_with_position(self):
        path = os.path.join(GML, "invalid", "unknown-target.graphml")
        rc, out, err = run("info", path)
        self.assertEqual(rc, 1)
        self.assertEqual(err, f"silknet: {path}:5:5: edge 'e12' names undeclared target node 'KZ'\n")
        self.assertEqual(out, "")

    def test_missing_file(self):
        rc, _, err = run("info", "/nonexistent.graphml")
        self.assertEqual(rc, 1)
        self.assertEqual(err, "silknet: /nonexistent.graphml: cannot open: No such file or directory\n")

    def test_every_invalid_fixture_fails_cleanly(self):
        inv = os.path.join(GML, "invalid")
        for name in sorted(os.listdir(inv)):
            if not name.endswith(".graphml"):
                continue
            with self.subTest(name=name):
                rc, out, err = run("info", os.path.join(inv, name))
                self.assertEqual(rc, 1)
                with open(os.path.join(inv, name[:-8] + ".err")) as f:
                    expected = f.read().strip()
                self.assertEqual(err, f"silknet: {os.path.join(inv, name)}:{expected}\n")

    def test_stdin(self):
        with open(os.path.join(GML, "igraph-corridors.graphml"), "rb") as f:
            rc, out, err = run("info", "-", "--format", "json", stdin=f.read())
        self.assertEqual(rc, 0, err)
        self.assertEqual(json.loads(out)["vertices"], 5)
        rc, out, err = run("info", "-", stdin=b"<graphml><graph>")
        self.assertEqual(rc, 1)
        self.assertTrue(err.startswith("silknet: <stdin>:1:"), err)

    def test_ten_million_keys(self):
        # a pipe offering 10 million key declarations: silknet stops at its
        # limit with the position, reading a tenth of the stream, in bounded
        # memory
        p = subprocess.Popen([SILKNET, "info", "-"], stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdout=subprocess.DEVNULL)
        sent = 0
        try:
            p.stdin.write(b"<graphml>\n")
            for start in range(0, 10_000_000, 10_000):
                p.stdin.write("".join(f"<key id='k{i}' for='node' attr.name='a{i}' attr.type='int'/>\n"
                                      for i in range(start, start + 10_000)).encode())
                sent = start + 10_000
            p.stdin.flush()
        except BrokenPipeError:
            pass
        try:
            p.stdin.close()
        except BrokenPipeError:
            pass
        err = p.stderr.read().decode()
        p.stderr.close()
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        self.assertEqual(p.returncode, 1, err)
        self.assertEqual(err, "silknet: <stdin>:1000002:1: more than 1000000 keys (the max_keys limit)\n")
        self.assertLess(sent, 2_000_000)
        if "libasan" not in os.environ.get("LD_PRELOAD", ""):
            self.assertLess(usage.ru_maxrss, 600 * 1024)  # KiB

    def test_dtd_defaults_refused_before_they_amplify(self):
        # 2,000 nodes and one 1 MB <!ATTLIST> default: applied, it would put
        # 2 GB of attribute text on the nodes; refused at the declaration
        import resource
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "amplify.graphml")
            with open(path, "w") as f:
                f.write('<?xml version="1.0"?>\n<!DOCTYPE graphml [\n<!ATTLIST node label CDATA "%s">\n]>\n'
                        % ("x" * 1000000))
                f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">')
                f.write("".join('<node id="n%d"/>' % i for i in range(2000)))
                f.write("</graph></graphml>\n")
            # AddressSanitizer reserves terabytes of address space: no limit there
            limit = None if os.environ.get("SN_SANITIZE") else \
                (lambda: resource.setrlimit(resource.RLIMIT_AS, (512 << 20, 512 << 20)))
            p = subprocess.run([SILKNET, "export", path, "--to", "graphml"], capture_output=True, text=True,
                               preexec_fn=limit)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(p.stdout, "")
        self.assertRegex(p.stderr, r"amplify\.graphml:3:\d+: DTD attribute declaration for <node label> refused")

    def test_read_limits_from_environment(self):
        path = os.path.join(GML, "igraph-corridors.graphml")
        env = dict(os.environ, SILKNET_MAX_KEYS="1")
        p = subprocess.run([SILKNET, "info", path], env=env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 1)
        self.assertRegex(p.stderr, r"^silknet: .*:\d+:\d+: more than 1 keys \(the max_keys limit\)\n$")
        env["SILKNET_MAX_KEYS"] = "1000"
        env["SILKNET_MAX_VALUE_BYTES"] = "3"
        p = subprocess.run([SILKNET, "info", path], env=env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 1)
        self.assertIn("value longer than 3 bytes", p.stderr)
        for bad in ("0", "-1", "x", "12k", "99999999999999999999999"):
            env["SILKNET_MAX_VALUE_BYTES"] = bad
            p = subprocess.run([SILKNET, "info", path], env=env, capture_output=True, text=True)
            self.assertEqual(p.returncode, 2)
            self.assertEqual(p.stderr, f"silknet: SILKNET_MAX_VALUE_BYTES must be a positive whole number, "
                                       f"got '{bad}'\n")

    def test_help_and_version(self):
        rc, out, _ = run("--help")
        self.assertEqual(rc, 0)
        self.assertIn("usage: silknet", out)
        for cmd in ("info", "validate"):
            rc, out, _ = run(cmd, "--help")
            self.assertEqual(rc, 0)
            self.assertIn("example: silknet " + cmd, out)
        rc, out, _ = run("--version")
        self.assertEqual(rc, 0)
        self.assertRegex(out, r"^silknet \d+\.\d+\.\d+\n$")

    def test_what_a_file_that_is_not_graphml_looks_like(self):
        import csv
        import gzip
        with tempfile.TemporaryDirectory() as d:
            doc = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph/></graphml>'
            cases = {
                "one-column.csv": (b"source\nKOR\n", "not a network file: no XML element, and no comma"),
                "g.graphml.gz.gz": (gzip.compress(gzip.compress(doc.encode())),
                                    "not GraphML: gzip-compressed data"),
                "utf32.graphml": (doc.encode("utf-32"), "UTF-32 text, which libxml2 does not read"),
                "other-ns.graphml": (doc.replace("graphml.graphdrawing.org", "example.org").encode(),
                                     "<graphml> is in the namespace 'http://example.org/xmlns', expected "
                                     "http://graphml.graphdrawing.org/xmlns"),
            }
            with open(os.path.join(d, "edges.csv"), "w", newline="") as f:
                csv.writer(f).writerows([["source", "target", "weight"], ["KOR", "UZB", "5.1"]])
            for name, (data, msg) in cases.items():
                path = os.path.join(d, name)
                if data is not None:
                    with open(path, "wb") as f:
                        f.write(data)
                with self.subTest(file=name):
                    rc, _, err = run("info", path)
                    self.assertEqual(rc, 1)
                    self.assertIn(msg, err)
                    self.assertNotIn("empty document", err)
            # a table and compressed GraphML are read, not refused
            with open(os.path.join(d, "g.graphml.gz"), "wb") as f:
                f.write(gzip.compress(doc.encode()))
            for name in ("edges.csv", "g.graphml.gz"):
                with self.subTest(file=name):
                    rc, out, err = run("info", os.path.join(d, name), "--format", "json")
                    self.assertEqual((rc, err), (0, ""))
            rc, _, err = run("info", d)
            self.assertEqual(rc, 1)
            self.assertEqual(err, "silknet: %s: cannot read: Is a directory\n" % d)

    def test_long_paths_keep_the_position_and_the_reason(self):
        with tempfile.TemporaryDirectory() as d:
            deep = os.path.join(d, *(["d" * 200] * 17))  # about 3.4 KB, under PATH_MAX
            os.makedirs(deep)
            bad = os.path.join(deep, "bad.graphml")
            with open(bad, "w") as f:
                f.write("<graphml><graph><node/></graph></graphml>")
            rc, _, err = run("info", bad)
            self.assertEqual(rc, 1)
            self.assertTrue(err.endswith("/bad.graphml:1:17: <node> without an id attribute\n"), err[-200:])
            rc, _, err = run("export", bad.replace("bad", "none"), "--to", "dot")
            self.assertEqual(rc, 1)
            self.assertIn("none.graphml", err)
            self.assertIn("No such file or directory", err)

    def test_a_full_standard_output_fails_once(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        actors = os.path.join(os.environ.get("SN_SRCDIR", "."), "data", "central-asia-actors.graphml")
        for args in (["--help"], ["--version"], ["route", "--help"], ["info", actors],
                     ["export", actors, "--to", "dot"], ["centrality", actors, "--top", "3"]):
            with self.subTest(args=args), open("/dev/full", "w") as full:
                p = subprocess.run([SILKNET, *args], stdout=full, stderr=subprocess.PIPE, text=True)
            self.assertEqual(p.returncode, 1, args)
            self.assertEqual(len(p.stderr.splitlines()), 1, p.stderr)


class Table(unittest.TestCase):
    def test_table_lists_keys_and_notes(self):
        rc, out, err = run("info", os.path.join(GML, "yed-groups.graphml"))
        self.assertEqual(rc, 0, err)
        self.assertIn("vertices   4\n", out)
        self.assertIn("components 2\n", out)
        self.assertIn("kept verbatim", out)
        for line in out.splitlines():
            self.assertLessEqual(len(line), 160, line)


class Validate(unittest.TestCase):
    def write(self, text):
        fd, path = tempfile.mkstemp(suffix=".graphml")
        with os.fdopen(fd, "w") as f:
            f.write(text)
        self.addCleanup(os.unlink, path)
        return path

    def test_valid(self):
        rc, out, err = run("validate", os.path.join(GML, "igraph-corridors.graphml"))
        self.assertEqual(rc, 0, out + err)
        self.assertTrue(out.strip().endswith("valid (5 vertices, 6 edges)"), out)

    def test_vocabulary_problems(self):
        path = self.write(
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
            '<key id="k" for="node" attr.name="kind" attr.type="string"/>'
            '<key id="c" for="node" attr.name="country" attr.type="string"/>'
            '<key id="lat" for="node" attr.name="lat" attr.type="double"/>'
            '<key id="km" for="edge" attr.name="km" attr.type="double"/>'
            '<key id="r" for="edge" attr.name="relation" attr.type="string"/>'
            '<graph edgedefault="undirected">'
            '<node id="a"><data key="k">spaceship</data><data key="c">Uzbekistan</data></node>'
            '<node id="b"><data key="k">state</data><data key="lat">91</data></node>'
            '<edge id="e1" source="a" target="b"><data key="km">-3</data>'
            '<data key="r">trade</data></edge>'
            '</graph></graphml>')
        rc, out, err = run("validate", path)
        self.assertEqual(rc, 0)  # warnings
        self.assertTrue(out.strip().endswith("4 warnings"), out)
        rc, out, err = run("validate", path, "--strict")
        self.assertEqual(rc, 1)
        self.assertIn("node 'a': kind 'spaceship' is not in the vocabulary", out)
        self.assertIn("node 'a': country 'Uzbekistan' is not an ISO 3166 alpha-2 code", out)
        self.assertIn("node 'b': lat = 91, expected a number from -90 to 90", out)
        self.assertIn("edge 'e1': km = -3, expected a number from 0 to inf", out)
        self.assertTrue(out.strip().endswith("4 errors"), out)

    def test_malformed_is_exit_1(self):
        rc, out, err = run("validate", os.path.join(GML, "invalid", "malformed.graphml"))
        self.assertEqual(rc, 1)
        self.assertIn(":5:11: malformed XML", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
