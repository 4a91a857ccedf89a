"""Builds data/basemap-eurasia.txt, the map silknet draws beneath
geographic diagrams (coastlines, seas - the Caspian among them - and
country borders), from Natural Earth's 1:50m Admin 0 countries as the
world-atlas npm package ships them (TopoJSON).

    python3 data/build/basemap.py [world-atlas-2.0.2.tgz | countries-50m.json] [OUT]

Without a file it downloads the package from the npm registry and checks
its SHA-512 against the one recorded here. It runs at build time only:
silknet never fetches anything. Natural Earth is in the public domain;
world-atlas is ISC-licensed (Copyright 2013-2019 Michael Bostock).

What it does: decodes the topology (quantized, delta-encoded arcs), keeps
each country's outer rings (the few enclave holes are drawn as their own
countries), clips them to the region below with Sutherland-Hodgman,
simplifies them with Douglas-Peucker to TOLERANCE degrees, and writes one
ring per line, "NAME<TAB>lon,lat lon,lat ...", in degrees to 0.01
(about a kilometre).
"""
import base64
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.request

URL = "https://registry.npmjs.org/world-atlas/-/world-atlas-2.0.2.tgz"
# the registry's "integrity" of world-atlas 2.0.2
SHA512 = "IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ=="
REGION = (-15.0, 0.0, 150.0, 75.0)  # lon min, lat min, lon max, lat max
TOLERANCE = 0.04


def load(path):
    if path is None:
        data = urllib.request.urlopen(URL, timeout=60).read()
        digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
        if SHA512 and digest != SHA512:
            sys.exit("world-atlas tarball: sha512-%s, expected sha512-%s" % (digest, SHA512))
        path = io.BytesIO(data)
    if isinstance(path, str) and path.endswith(".json"):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    with tarfile.open(fileobj=path if not isinstance(path, str) else None, name=path if isinstance(path, str) else None,
                      mode="r:gz") as t:
        return json.load(t.extractfile("package/countries-50m.json"))


def arcs_of(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(arcs, indices):
    pts = []
    for i in indices:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def clip(pts, region):
    """Sutherland-Hodgman against the four sides of the region."""
    x0, y0, x1, y1 = region
    edges = [(lambda p: p[0] >= x0, lambda p, q: (x0, p[1] + (q[1] - p[1]) * (x0 - p[0]) / (q[0] - p[0]))),
             (lambda p: p[0] <= x1, lambda p, q: (x1, p[1] + (q[1] - p[1]) * (x1 - p[0]) / (q[0] - p[0]))),
             (lambda p: p[1] >= y0, lambda p, q: (p[0] + (q[0] - p[0]) * (y0 - p[1]) / (q[1] - p[1]), y0)),
             (lambda p: p[1] <= y1, lambda p, q: (p[0] + (q[0] - p[0]) * (y1 - p[1]) / (q[1] - p[1]), y1))]
    for inside, cross in edges:
        if not pts:
            break
        out = []
        prev = pts[-1]
        for p in pts:
            if inside(p):
                if not inside(prev):
                    out.append(cross(prev, p))
                out.append(p)
            elif inside(prev):
                out.append(cross(prev, p))
            prev = p
        pts = out
    return pts


def simplify(pts, tol):
    """Douglas-Peucker, iterative, on a closed ring (its first point kept)."""
    if len(pts) < 4:
        return pts
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = pts[a], pts[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, far = -1.0, None
        for i in range(a + 1, b):
            px, py = pts[i]
            d = abs(dy * (px - ax) - dx * (py - ay)) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, far = d, i
        if far is not None and best > tol:
            keep[far] = True
            stack.append((a, far))
            stack.append((far, b))
    return [p for p, k in zip(pts, keep) if k]


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else None
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "basemap-eurasia.txt")
    topo = load(src)
    arcs = arcs_of(topo)
    lines, points = [], 0
    for geo in topo["objects"]["countries"]["geometries"]:
        polys = [geo["arcs"]] if geo["type"] == "Polygon" else geo["arcs"] if geo["type"] == "MultiPolygon" else []
        name = geo.get("properties", {}).get("name", geo.get("id", "?")).replace("\t", " ")
        for poly in polys:
            pts = clip(ring(arcs, poly[0]), REGION)
            if len(pts) < 3:
                continue
            pts = simplify(pts + [pts[0]], TOLERANCE)[:-1]
            if len(pts) < 3:
                continue
            points += len(pts)
            lines.append("%s\t%s" % (name, " ".join("%.2f,%.2f" % p for p in pts)))
    with open(out + ".tmp", "w", encoding="utf-8") as f:
        f.write("# silknet basemap 1: country outlines, one ring per line: NAME<TAB>lon,lat lon,lat ...\n"
                "# Natural Earth 1:50m Admin 0 countries, version 4.1.0 (public domain,\n"
                "# naturalearthdata.com), as TopoJSON in the world-atlas 2.0.2 npm package (ISC licence,\n"
                "# Copyright 2013-2019 Michael Bostock); clipped to lon %g..%g, lat %g..%g and\n"
                "# simplified to %g degrees by data/build/basemap.py. %d rings, %d points.\n"
                % (REGION[0], REGION[2], REGION[1], REGION[3], TOLERANCE, len(lines), points))
        f.write("\n".join(lines) + "\n")
    os.replace(out + ".tmp", out)
    print("%s: %d rings, %d points" % (out, len(lines), points))


if __name__ == "__main__":
    main()
