"""Every documented example runs, and every option is documented.

The examples are read from where users read them: README.md (shell, the
Python API and the C API), each command's --help and the man page's
EXAMPLES. They run on the bundled data in a scratch directory where the
placeholder names (actors.graphml, corridors.graphml, data/, FILE) mean the
bundled files, and must exit 0. Every option a --help lists must appear in
the man page's section for that command.
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

SILKNET = os.environ.get("SILKNET", "cli/silknet")
SRC = os.path.abspath(os.environ.get("SN_SRCDIR", "."))
BUILD = os.path.abspath(os.environ.get("SN_BUILDDIR", "."))
PYTHON = os.environ.get("PYTHON3", sys.executable)
COMMANDS = ["report", "info", "validate", "centrality", "communities", "route", "critical", "reach", "export"]
BUNDLED = ["central-asia-actors.graphml", "central-asia-corridors.graphml"]


def help_text(cmd=None):
    args = [SILKNET] + ([cmd] if cmd else []) + ["--help"]
    p = subprocess.run(args, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    return p.stdout


def join_continuations(lines):
    """Shell lines ending in a backslash continue on the next line."""
    out, cur = [], ""
    for line in lines:
        s = line.rstrip()
        if s.endswith("\\"):
            cur += s[:-1].strip() + " "
            continue
        out.append((cur + s.strip()).strip())
        cur = ""
    return [x for x in out if x]


def strip_comment(cmd):
    """A shell comment after the command (two blanks then #)."""
    return re.split(r"\s{2,}#", cmd)[0].strip()


def readme_blocks():
    with open(os.path.join(SRC, "README.md"), encoding="utf-8") as f:
        text = f.read()
    return re.findall(r"```(\w+)\n(.*?)```", text, re.S)


def readme_shell_examples():
    cmds = []
    for lang, body in readme_blocks():
        if lang == "console":
            cmds += [line[2:].replace("cli/silknet", "silknet") for line in body.splitlines()
                     if line.startswith("$ ")]
        elif lang == "sh":
            for line in join_continuations(body.splitlines()):
                line = strip_comment(line)
                if line.startswith(("silknet ", "neato ")):
                    cmds.append(line)
    return cmds


def help_examples(cmd):
    lines = help_text(cmd).splitlines()
    for i, line in enumerate(lines):
        if line.startswith("examples:"):
            return join_continuations(lines[i + 1:])
        if line.startswith("example:"):
            chunk, j = [line[len("example:"):]], i + 1
            while chunk[-1].rstrip().endswith("\\") and j < len(lines):
                chunk.append(lines[j])
                j += 1
            return join_continuations(chunk)
    return []


def man_page():
    with open(os.path.join(SRC, "doc", "silknet.1"), encoding="utf-8") as f:
        return f.read()


def unroff(text):
    text = re.sub(r"\\f[BIRP]", "", text)
    return text.replace("\\-", "-").replace("\\e", "\\").replace("\\&", "").replace("\\(em", "-")


def man_examples():
    m = re.search(r"\.SH EXAMPLES\n.*?\.nf\n(.*?)\.fi", man_page(), re.S)
    assert m, "the man page has no EXAMPLES"
    return join_continuations(unroff(m.group(1)).splitlines())


def man_section(cmd):
    m = re.search(r'\.SS "silknet %s"\n(.*?)(?=\n\.SS |\n\.SH )' % cmd, man_page(), re.S)
    assert m, "the man page has no section for %s" % cmd
    return unroff(m.group(1))


class Scratch:
    """A directory where the documented names mean the bundled data."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="sn-docs-")
        data = os.path.join(SRC, "data")
        os.symlink(os.path.abspath(data), os.path.join(self.dir, "data"))
        os.symlink(os.path.join("data", BUNDLED[0]), os.path.join(self.dir, "actors.graphml"))
        os.symlink(os.path.join("data", BUNDLED[1]), os.path.join(self.dir, "corridors.graphml"))
        # `silknet` on PATH is the binary under test
        bindir = os.path.join(self.dir, ".bin")
        os.mkdir(bindir)
        with open(os.path.join(bindir, "silknet"), "w") as f:
            f.write('#!/bin/sh\nexec %s "$@"\n' % shlex.quote(os.path.abspath(SILKNET)))
        os.chmod(os.path.join(bindir, "silknet"), 0o755)
        self.env = dict(os.environ, PATH=bindir + os.pathsep + os.environ["PATH"],
                        SILKNET_DATA=os.path.abspath(data))

    def run(self, cmd):
        return subprocess.run(cmd, shell=True, cwd=self.dir, env=self.env, capture_output=True, text=True,
                              timeout=300)

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def expand(cmd):
    """FILE stands for each bundled file."""
    if re.search(r"\bFILE\b", cmd):
        return [re.sub(r"\bFILE\b", "data/" + f, cmd) for f in BUNDLED]
    return [cmd]


class Examples(unittest.TestCase):
    def setUp(self):
        self.s = Scratch()
        self.addCleanup(self.s.close)

    def run_all(self, cmds, where):
        self.assertTrue(cmds, "no examples found in %s" % where)
        for cmd in cmds:
            if cmd.startswith("neato ") and not shutil.which("neato"):
                continue
            for c in expand(cmd):
                with self.subTest(where=where, cmd=c):
                    p = self.s.run(c)
                    self.assertEqual(p.returncode, 0, "%s\n%s" % (c, p.stderr))
                    self.assertTrue(p.stdout or " -o " in c, "%s printed nothing" % c)

    def test_readme_shell(self):
        self.run_all(readme_shell_examples(), "README.md")

    def test_help(self):
        for cmd in COMMANDS:
            self.run_all(help_examples(cmd), "silknet %s --help" % cmd)

    def test_man_page(self):
        self.run_all(man_examples(), "doc/silknet.1")

    def test_readme_python(self):
        blocks = [b for lang, b in readme_blocks() if lang == "python"]
        self.assertEqual(len(blocks), 1)
        path = os.path.join(self.s.dir, "readme.py")
        with open(path, "w") as f:
            f.write(blocks[0])
        env = dict(self.s.env, PYTHONPATH=os.path.join(SRC, "bindings", "python"))
        p = subprocess.run([PYTHON, path], cwd=self.s.dir, env=env, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, r"\['TAS', .*'IST'\] [0-9.]+ [0-9.]+")
        self.assertTrue(os.path.exists(os.path.join(self.s.dir, "for-gephi.graphml")))
        self.assertTrue(os.path.exists(os.path.join(self.s.dir, "map.dot")))

    def test_readme_c(self):
        cc = os.environ.get("CC", "cc").split()
        blocks = [b for lang, b in readme_blocks() if lang == "c"]
        self.assertEqual(len(blocks), 1)
        lines = blocks[0].splitlines()
        includes = [l for l in lines if l.startswith("#include")]
        body = [l for l in lines if not l.startswith("#include")]
        prog = "\n".join(["#include <stdio.h>"] + includes + ["int main(void)", "{"] + body + ["return 0;", "}"])
        src = os.path.join(self.s.dir, "readme.c")
        exe = os.path.join(self.s.dir, "readme")
        with open(src, "w") as f:
            f.write(prog)
        libs = os.path.join(BUILD, "libgraph", ".libs")
        p = subprocess.run(cc + ["-std=c99", "-Wall", "-Werror", "-I", os.path.join(SRC, "libgraph"), src,
                                 "-o", exe, "-L", libs, "-lsilknet", "-Wl,-rpath," + os.path.abspath(libs)]
                           + os.environ.get("SN_SANITIZE", "").split(),
                           capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr + prog)
        p = subprocess.run([exe], cwd=self.s.dir, capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertRegex(p.stdout, r"^\S+ [0-9.e+-]+\n$")


class OptionsDocumented(unittest.TestCase):
    def test_every_help_option_is_in_the_man_page(self):
        for cmd in COMMANDS:
            text = help_text(cmd)
            options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", text))
            section = man_section(cmd)
            # the options of every command that reads a network are in the
            # man page once, under INPUT FORMATS
            shared = re.search(r"\.SH INPUT FORMATS\n(.*?)(?=\n\.SH )", man_page(), re.S)
            self.assertTrue(shared, "the man page has no INPUT FORMATS section")
            for opt in ("--nodes", "--directed"):
                self.assertIn(opt, text)
                self.assertIn(opt, unroff(shared.group(1)))
                options.discard(opt)
            for opt in sorted(options):
                with self.subTest(cmd=cmd, option=opt):
                    self.assertRegex(section, r"(?<![\w-])%s\b" % re.escape(opt),
                                     "silknet %s --help lists %s; the man page does not" % (cmd, opt))

    def test_every_command_has_a_section(self):
        commands = re.findall(r"^  (\w+) ", help_text(), re.M)
        self.assertEqual(sorted(commands), sorted(COMMANDS))
        for cmd in COMMANDS:
            man_section(cmd)


if __name__ == "__main__":
    unittest.main()
