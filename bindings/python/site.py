"""Prints where the Python running it looks for packages under the
install prefix given (configure uses it for SN_PYTHON_SITE), relative to
${prefix} when it lies under it. Debian's python3 searches dist-packages:
/usr/lib/python3/dist-packages for /usr and
/usr/local/lib/python3.X/dist-packages for /usr/local."""
import sys
import sysconfig

prefix = sys.argv[1].rstrip("/") or "/"
names = sysconfig.get_scheme_names()
if prefix == "/usr" and "deb_system" in names:
    path = sysconfig.get_path("purelib", "deb_system")
elif prefix == "/usr/local" and "posix_local" in names:
    path = sysconfig.get_path("purelib", "posix_local", vars={"base": "/usr"})
else:
    path = sysconfig.get_path("purelib", "posix_prefix", vars={"base": prefix, "platbase": prefix})
if path.startswith(prefix + "/"):
    path = "${prefix}" + path[len(prefix):]
print(path)
