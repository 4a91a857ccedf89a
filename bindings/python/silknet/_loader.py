"""Finds and opens libsilknet.

Tried in order: $SILKNET_LIBRARY, the build tree this package sits in,
the libdir of the same install (PREFIX/lib beside PREFIX/lib/python3.X/
dist-packages, also under a DESTDIR), the libdir make install recorded in
_paths.py, pkg-config's libdir for silknet, ctypes.util.find_library,
libsilknet.so.0.
"""
import ctypes
import ctypes.util
import os
import subprocess

MAJOR = 0


def _candidates():
    env = os.environ.get("SILKNET_LIBRARY")
    if env:
        yield env
    here = os.path.dirname(os.path.abspath(__file__))
    for up in ("../../..", "../../../.."):
        yield os.path.normpath(os.path.join(here, up, "libgraph", ".libs", "libsilknet.so"))
    # installed: PREFIX/lib/python3.X/dist-packages/silknet or
    # PREFIX/lib/python3/dist-packages/silknet, the library in PREFIX/lib
    for up in ("../../..", "../../../.."):
        yield os.path.normpath(os.path.join(here, up, "libsilknet.so.%d" % MAJOR))
    try:
        from ._paths import LIBDIR
        yield os.path.join(LIBDIR, "libsilknet.so.%d" % MAJOR)
    except ImportError:
        pass
    try:
        libdir = subprocess.run(["pkg-config", "--variable=libdir", "silknet"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
        if libdir:
            yield os.path.join(libdir, "libsilknet.so.%d" % MAJOR)
    except (OSError, subprocess.SubprocessError):
        pass
    found = ctypes.util.find_library("silknet")
    if found:
        yield found
    yield "libsilknet.so.%d" % MAJOR


def load():
    tried = []
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError as e:
            tried.append("%s (%s)" % (path, e))
            continue
        lib.sn_version_string.restype = ctypes.c_char_p
        lib.sn_version_string.argtypes = []
        version = lib.sn_version_string().decode()
        if int(version.split(".")[0]) != MAJOR:
            tried.append("%s (version %s, expected %d.x)" % (path, version, MAJOR))
            continue
        return lib
    raise ImportError("libsilknet not found; tried:\n  " + "\n  ".join(tried) +
                      "\nSet SILKNET_LIBRARY to the library's path.")
