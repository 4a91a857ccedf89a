"""Writes data/central-asia-actors.graphml and data/central-asia-corridors.graphml
from actors.py and corridors.py, with the Python standard library only:

    python3 data/build/make_datasets.py
"""
import math
import os
import sys
from xml.sax.saxutils import escape, quoteattr

sys.dont_write_bytecode = True  # no __pycache__ beside the data
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import actors  # noqa: E402
import corridors  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NS = ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
      'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">')


def num(x):
    r = repr(float(x))
    return r[:-2] if r.endswith(".0") else r


class Writer:
    def __init__(self, keys):
        # keys: list of (id, for, name, type, default)
        self.keys = keys
        self.lines = ['<?xml version="1.0" encoding="UTF-8"?>', NS]
        for kid, dom, name, typ, default in keys:
            if default is None:
                self.lines.append(f'  <key id="{kid}" for="{dom}" attr.name="{name}" attr.type="{typ}"/>')
            else:
                self.lines.append(f'  <key id="{kid}" for="{dom}" attr.name="{name}" attr.type="{typ}">'
                                  f'<default>{default}</default></key>')
        self.by_name = {(dom, name): kid for kid, dom, name, _, _ in keys}
        self.types = {(dom, name): typ for _, dom, name, typ, _ in keys}

    def data(self, dom, values, indent):
        for name, v in values.items():
            if v is None:
                continue
            typ = self.types[(dom, name)]
            if typ == "boolean":
                text = "true" if v else "false"
            elif typ in ("double", "float"):
                text = num(v)
            elif typ in ("int", "long"):
                text = str(int(v))
            else:
                text = escape(str(v))
            self.lines.append(f'{indent}<data key="{self.by_name[(dom, name)]}">{text}</data>')

    def write(self, path):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def write_actors():
    keys = [
        ("g_name", "graph", "name", "string", None),
        ("g_desc", "graph", "description", "string", None),
        ("kind", "node", "kind", "string", None),
        ("label", "node", "label", "string", None),
        ("country", "node", "country", "string", None),
        ("region", "node", "region", "string", None),
        ("relation", "edge", "relation", "string", None),
        ("weight", "edge", "weight", "double", None),
        ("amount", "edge", "amount", "double", None),
        ("unit", "edge", "unit", "string", None),
        ("year", "edge", "year", "int", None),
        ("detail", "edge", "detail", "string", None),
        ("source", "edge", "source", "string", None),
        ("note", "edge", "note", "string", None),
        ("estimate", "edge", "estimate", "boolean", "false"),
        ("symmetric", "edge", "symmetric", "boolean", "false"),
    ]
    w = Writer(keys)
    w.lines.append('  <graph id="central-asia-actors" edgedefault="directed">')
    w.data("graph", {"name": "Central Asia actor network",
                     "description": "States, blocs, institutions, companies and initiatives named in "
                                    + actors.D0 + " and " + actors.D3 + ", and every relation they state. "
                                    "weight is USD bn where a relation is a money flow."}, "    ")
    for aid, (kind, label, country, region) in actors.ACTORS.items():
        w.lines.append(f'    <node id="{aid}">')
        w.data("node", {"kind": kind, "label": label, "country": country, "region": region}, "      ")
        w.lines.append("    </node>")
    for i, (s, d, relation, amount, unit, year, doc, quote, extra) in enumerate(actors.R, 1):
        assert s in actors.ACTORS and d in actors.ACTORS, (s, d)
        w.lines.append(f'    <edge id="a{i}" source="{s}" target="{d}">')
        w.data("edge", {
            "relation": relation,
            "weight": extra.get("usd_bn"),
            "amount": amount,
            "unit": unit,
            "year": year,
            "detail": extra.get("detail"),
            "source": f'{doc}: "{quote}"',
            "note": extra.get("note"),
            "estimate": True if extra.get("estimate") else None,
            "symmetric": True if extra.get("symmetric") else None,
        }, "      ")
        w.lines.append("    </edge>")
    w.lines += ["  </graph>", "</graphml>"]
    w.write(os.path.join(OUT, "central-asia-actors.graphml"))
    return len(actors.ACTORS), len(actors.R)


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def detour_factors():
    """Network km per great-circle km by mode: rail and road from the table's
    own sourced segments (derived figures left out); sea and ferry as set in
    corridors.py."""
    P = corridors.PLACES
    by_mode = {}
    for a, b, _, mode, km, src, *_ in corridors.S:
        if isinstance(km, (int, float)) and src and not src.startswith("derived"):
            by_mode.setdefault(mode, []).append(km / haversine(P[a][3:5], P[b][3:5]))
    f = {m: median(by_mode[m]) for m in ("rail", "road")}
    f["multimodal"] = f["road"]
    f["sea"] = f["ferry"] = corridors.SEA_DETOUR
    f["pipeline"] = f["fibre"] = f["road"]
    return f, {m: len(v) for m, v in by_mode.items()}


def corridor_segments():
    """Every segment with its km and days worked out: (a, b, corridor, mode,
    km, km estimated, km source, days, days estimated, days source, note,
    status)."""
    P = corridors.PLACES
    factor, _ = detour_factors()
    out, rest = [], []
    for a, b, corridor, mode, km, km_src, days, days_src, note, status in corridors.S:
        assert a in P and b in P, (a, b)
        gc = haversine(P[a][3:5], P[b][3:5])
        km_est = not isinstance(km, (int, float))
        if isinstance(km, tuple):
            rest.append((len(out), km))
        elif km_est:
            km = gc * factor[mode]
            km_src = "estimate: great-circle %.0f km x %.2f, the %s detour factor (data/README.md)" % (gc, factor[mode], mode)
        elif km_src.startswith("derived"):
            km_est = True
        if not km_est and km < gc:
            raise SystemExit("%s-%s: %s km is below the great-circle distance %.0f" % (a, b, km, gc))
        out.append([a, b, corridor, mode, km, km_est, km_src, days, days is None, days_src, note, status])
    # a length derived from an end-to-end figure less the other legs on its path
    for i, (_, total, path) in rest:
        legs = {frozenset((r[0], r[1])): r[4] for j, r in enumerate(out) if j != i and not isinstance(r[4], tuple)}
        km = total - sum(legs[frozenset(e)] for e in zip(path, path[1:]) if frozenset(e) != frozenset(out[i][:2]))
        gc = haversine(P[out[i][0]][3:5], P[out[i][1]][3:5])
        assert km >= gc, (out[i][:2], km, gc)
        out[i][4] = km
    for r in out:
        mode = r[3]
        if mode in ("pipeline", "fibre"):
            r[7], r[8] = None, False
        elif r[7] is None:
            speed, why = corridors.SPEED[mode]
            if mode == "rail":
                for c in (P[r[0]][2], P[r[1]][2]):
                    if c in corridors.RAIL_BY_COUNTRY and corridors.RAIL_BY_COUNTRY[c][0] < speed:
                        speed, why = corridors.RAIL_BY_COUNTRY[c]
            r[7] = r[4] / speed
            r[9] = "estimate: km at %.0f km a day (%s)" % (speed, why)
    return out


def write_corridors():
    keys = [
        ("g_name", "graph", "name", "string", None),
        ("g_desc", "graph", "description", "string", None),
        ("kind", "node", "kind", "string", None),
        ("label", "node", "label", "string", None),
        ("country", "node", "country", "string", None),
        ("lat", "node", "lat", "double", None),
        ("lon", "node", "lon", "double", None),
        ("place_days", "node", "days", "double", None),
        ("place_days_estimate", "node", "days_estimate", "boolean", "false"),
        ("place_source", "node", "source", "string", None),
        ("place_note", "node", "note", "string", None),
        ("relation", "edge", "relation", "string", None),
        ("corridor", "edge", "corridor", "string", None),
        ("mode", "edge", "mode", "string", None),
        ("status", "edge", "status", "string", "operating"),
        ("km", "edge", "km", "double", None),
        ("km_estimate", "edge", "km_estimate", "boolean", "false"),
        ("days", "edge", "days", "double", None),
        ("days_estimate", "edge", "days_estimate", "boolean", "false"),
        ("source", "edge", "source", "string", None),
        ("seg_note", "edge", "note", "string", None),
    ]
    w = Writer(keys)
    w.lines.append('  <graph id="central-asia-corridors" edgedefault="undirected">')
    w.data("graph", {"name": "Central Asia transport corridors",
                     "description": "TITR, the Northern route, INSTC, Chabahar, Gwadar, CPEC, the Kashgar-Osh-Tashkent "
                                    "road, CAREC corridor 2, the sea route through Suez, the TAPI pipeline and the "
                                    "Caspian fibre, as segments between places; days at borders and ports as node "
                                    "costs. km and days are sourced or marked as estimates."}, "    ")
    P = corridors.PLACES
    for pid, (label, kind, country, lat, lon, dwell, note) in P.items():
        days, why, est = corridors.DWELL[dwell] if dwell else (None, None, None)
        w.lines.append(f'    <node id="{pid}">')
        w.data("node", {"kind": kind, "label": label, "country": country, "lat": lat, "lon": lon, "days": days,
                        "days_estimate": True if est else None, "source": ("days: " + why) if why else None,
                        "note": note}, "      ")
        w.lines.append("    </node>")
    segs = corridor_segments()
    for i, (a, b, corridor, mode, km, km_est, km_src, days, days_est, days_src, note, status) in enumerate(segs, 1):
        freight = mode not in ("pipeline", "fibre")
        src = ["km: " + km_src]
        if freight:
            src.append("days: " + days_src)
        w.lines.append(f'    <edge id="s{i}" source="{a}" target="{b}">')
        w.data("edge", {
            "relation": "segment", "corridor": corridor, "mode": mode, "status": status,
            "km": round(km, 1), "km_estimate": True if km_est else None,
            "days": round(days, 2) if freight else None, "days_estimate": True if freight and days_est else None,
            "source": "; ".join(src), "note": note,
        }, "      ")
        w.lines.append("    </edge>")
    w.lines += ["  </graph>", "</graphml>"]
    w.write(os.path.join(OUT, "central-asia-corridors.graphml"))
    return len(P), len(segs)


if __name__ == "__main__":
    print("actors: %d actors, %d relations" % write_actors())
    print("corridors: %d places, %d segments" % write_corridors())
