"""An interrupted export leaves nothing behind: SIGINT, SIGTERM, SIGHUP and
SIGPIPE while the temporary file is being written remove it, the file -o
names stays as it was, and the signal still ends the process."""
import os
import random
import signal
import subprocess
import tempfile
import time
import unittest

SILKNET = os.environ.get("SILKNET", "cli/silknet")


def big_graphml(path, n=200000, m=600000):
    r = random.Random(1)
    with open(path, "w") as f:
        f.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
                '<key id="w" for="edge" attr.name="w" attr.type="double"/><graph edgedefault="undirected">')
        f.write("".join('<node id="n%d"/>' % i for i in range(n)))
        f.write("".join('<edge source="n%d" target="n%d"><data key="w">%d.5</data></edge>'
                        % (r.randrange(n), r.randrange(n), i) for i in range(m)))
        f.write("</graph></graphml>")


def default_signals():
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPIPE):
        signal.signal(sig, signal.SIG_DFL)


class Signals(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp()
        cls.src = os.path.join(cls.dir, "big.graphml")
        big_graphml(cls.src)

    @classmethod
    def tearDownClass(cls):
        import shutil
        shutil.rmtree(cls.dir)

    def interrupt(self, sig):
        out_dir = tempfile.mkdtemp(dir=self.dir)
        target = os.path.join(out_dir, "out.graphml")
        with open(target, "w") as f:
            f.write("old")
        for attempt in range(5):
            # as from a terminal: a test run in the background (make, nohup)
            # hands its children these signals ignored, and silknet keeps
            # an ignored signal ignored
            p = subprocess.Popen([SILKNET, "export", self.src, "--to", "graphml", "-o", target],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=default_signals)
            caught = False
            while p.poll() is None:
                if any(f.endswith(".tmp") for f in os.listdir(out_dir)):
                    p.send_signal(sig)
                    caught = True
                    break
                time.sleep(0.0005)
            p.wait()
            p.stderr.close()
            if caught and p.returncode == -sig:
                break
            with open(target, "w") as f:  # it finished first: again
                f.write("old")
        else:
            self.fail("never caught the write in progress")
        self.assertEqual(sorted(os.listdir(out_dir)), ["out.graphml"])
        with open(target) as f:
            self.assertEqual(f.read(), "old")
        os.unlink(target)
        os.rmdir(out_dir)

    def test_sigterm(self):
        self.interrupt(signal.SIGTERM)

    def test_sigint(self):
        self.interrupt(signal.SIGINT)

    def test_sighup(self):
        self.interrupt(signal.SIGHUP)

    def test_sigpipe(self):
        self.interrupt(signal.SIGPIPE)


if __name__ == "__main__":
    unittest.main()
