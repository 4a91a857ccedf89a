"""The binding's option structures against the C header: a C program built
from silknet.h prints the size of each sn_*_opts and the offset of every
member, and the ctypes layouts must agree field by field, so that the
binding cannot drift from the library."""
import ctypes
import os
import shutil
import subprocess
import tempfile
import unittest

from silknet import _capi

SRC = os.environ.get("SN_SRCDIR", ".")
BUILD = os.environ.get("SN_BUILDDIR", ".")
STRUCTS = {"ReadOpts": "sn_read_opts", "WriteOpts": "sn_write_opts", "DotOpts": "sn_dot_opts",
           "CentralityOpts": "sn_centrality_opts", "CommunityOpts": "sn_community_opts",
           "RouteOpts": "sn_route_opts"}


@unittest.skipIf(shutil.which(os.environ.get("CC", "cc")) is None, "no C compiler")
class Layout(unittest.TestCase):
    def test_every_option_struct_matches_the_header(self):
        lines = ["#include <stddef.h>", "#include <stdio.h>", '#include "silknet.h"', "int main(void) {"]
        for py, c in STRUCTS.items():
            cls = getattr(_capi, py)
            lines.append('printf("%s size %%zu\\n", sizeof(%s));' % (py, c))
            for name, _ in cls._fields_:
                lines.append('printf("%s %s %%zu\\n", offsetof(%s, %s));' % (py, name, c, name))
        lines.append("return 0; }")
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "layout.c")
            with open(src, "w") as f:
                f.write("\n".join(lines) + "\n")
            exe = os.path.join(d, "layout")
            cc = os.environ.get("CC", "cc")
            p = subprocess.run([cc, "-I", os.path.join(SRC, "libgraph"), "-I", os.path.join(BUILD, "libgraph"),
                                src, "-o", exe], capture_output=True, text=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            out = subprocess.run([exe], capture_output=True, text=True, check=True).stdout.split("\n")
        got = {}
        for line in filter(None, out):
            struct, member, value = line.split()
            got[(struct, member)] = int(value)
        for py in STRUCTS:
            cls = getattr(_capi, py)
            with self.subTest(struct=py):
                self.assertEqual(ctypes.sizeof(cls), got[(py, "size")], "size of %s" % py)
                for name, _ in cls._fields_:
                    self.assertEqual(getattr(cls, name).offset, got[(py, name)], "%s.%s" % (py, name))


if __name__ == "__main__":
    unittest.main(verbosity=2)
