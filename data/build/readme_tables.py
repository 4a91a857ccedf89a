"""The computed parts of data/README.md: the datasets' counts and the
calibration table with the routed values beside the published ones.

    python3 data/build/readme_tables.py [--silknet cli/silknet] [--check]

rewrites the text between the <!-- begin NAME --> and <!-- end NAME -->
markers of data/README.md; with --check it only says whether they are
current (exit 1 when not), which the test suite does.
"""
import argparse
import collections
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..")
README = os.path.join(DATA, "README.md")
CORRIDORS = os.path.join(DATA, "central-asia-corridors.graphml")
ACTORS = os.path.join(DATA, "central-asia-actors.graphml")
DAYS_TOL, KM_TOL = 0.25, 0.10


def calibration_rows():
    with open(os.path.join(DATA, "calibration.tsv"), encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def route(silknet, row):
    """The row's route as silknet finds it: (json document, error)."""
    opts = row["options"].split()
    if "--cost" not in opts:
        opts += ["--cost", "days"]
    p = subprocess.run([silknet, "route", CORRIDORS, row["from"], row["to"], *opts,
                        "--avoid", "mode=pipeline,mode=fibre", "--format", "json"], capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout), None


def routed_days(doc):
    """Days of the first route: its cost when the cost is days, else the
    segments' days plus the days at the places it passes through."""
    r = doc["routes"][0]
    if doc["cost"] == "days":
        return r["cost"]
    return None


def evaluate(silknet):
    """Each calibration row with its routed figures and whether they hold."""
    out = []
    for row in calibration_rows():
        doc, err = route(silknet, row)
        res = {"row": row, "error": err, "days": None, "km": None, "at_places": None, "ok": err is None,
               "path": None}
        if doc:
            r = doc["routes"][0]
            res["path"] = r["path"]
            res["km"] = r["totals"].get("km")
            res["days"] = routed_days(doc)
            res["at_places"] = r["at_places"] if doc["cost"] == "days" else None
            if row["days"]:
                res["ok"] &= res["days"] is not None and abs(res["days"] / float(row["days"]) - 1) <= DAYS_TOL
            if row["km"]:
                res["ok"] &= res["km"] is not None and abs(res["km"] / float(row["km"]) - 1) <= KM_TOL
        out.append(res)
    return out


def ratio(silknet):
    """The Middle Corridor against the Northern route, Xi'an-Duisburg by
    days: the World Bank (2023) finds it three times slower."""
    def days(*opts):
        doc, err = route(silknet, {"from": "XIA", "to": "DUI", "options": " ".join(opts)})
        if err:
            raise SystemExit(err)
        return doc["routes"][0]["cost"]
    return days("--avoid", "country=RU"), days("--via", "MOW")


def fmt(x, digits=1):
    return "-" if x is None else ("%.*f" % (digits, x))


def calibration_table(silknet):
    lines = ["| figure | published days | routed days (at places) | published km | routed km | role | source |",
             "|---|---:|---:|---:|---:|---|---|"]
    for res in evaluate(silknet):
        row = res["row"]
        days = "%s (%s)" % (fmt(res["days"]), fmt(res["at_places"])) if res["days"] is not None else "-"
        lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            row["name"], row["days"] or "-", days if row["days"] else "-", row["km"] or "-",
            fmt(res["km"], 0) if row["km"] else "-", row["role"], row["source"]))
    mc, north = ratio(silknet)
    lines.append("")
    lines.append("Xi'an-Duisburg avoiding Russia takes %.1f days, %.1f times the %.1f days of the Northern "
                 "route; the World Bank (2023) finds the Middle Corridor three times slower." % (mc, mc / north,
                                                                                               north))
    return "\n".join(lines)


def counts():
    import networkx as nx
    A = nx.read_graphml(ACTORS, force_multigraph=True)
    C = nx.read_graphml(CORRIDORS, force_multigraph=True)
    kinds = collections.Counter(d["kind"] for _, d in A.nodes(data=True))
    rels = collections.Counter(d["relation"] for *_, d in A.edges(data=True))
    seg_km = [d["km"] for *_, d in C.edges(data=True)]
    cited = [d["km"] for *_, d in C.edges(data=True) if not d.get("km_estimate", False)]
    timed = [v for v, d in C.nodes(data=True) if "days" in d]
    not_op = [1 for *_, d in C.edges(data=True) if d.get("status", "operating") != "operating"]
    lines = [
        "- Actors: %d (%s); relations: %d, of %d kinds (most: %s)." % (
            A.number_of_nodes(), ", ".join("%d %s" % (n, k) for k, n in kinds.most_common()),
            A.number_of_edges(), len(rels), ", ".join("%s %d" % (k, n) for k, n in rels.most_common(5))),
        "- Corridors: %d places, %d segments, %.0f km in all; %d segments (%.0f%% of the km) have a cited "
        "length, the rest are estimates; %d places cost time of their own; %d segments are not operating "
        "yet." % (C.number_of_nodes(), C.number_of_edges(), sum(seg_km), len(cited),
                  100 * sum(cited) / sum(seg_km), len(timed), len(not_op)),
    ]
    return "\n".join(lines)


def model():
    """The estimates the corridor network is built with, from corridors.py."""
    sys.path.insert(0, HERE)
    sys.dont_write_bytecode = True
    import corridors
    import make_datasets
    factor, n = make_datasets.detour_factors()
    lines = ["| time at a place | days | how it was made |", "|---|---:|---|"]
    for cls, (days, why, est) in corridors.DWELL.items():
        places = ", ".join(p for p, v in corridors.PLACES.items() if v[5] == cls)
        lines.append("| %s (%s) | %g | %s%s |" % (cls.replace("_", " "), places, days, "" if est else "sourced: ",
                                                   why))
    lines += ["", "| mode | km a day | detour factor | how |", "|---|---:|---:|---|"]
    for mode, (speed, why) in corridors.SPEED.items():
        how = ("median of %d sourced segments" % n[mode]) if mode in n and mode in ("rail", "road") else "estimate"
        lines.append("| %s | %g | %.2f (%s) | %s |" % (mode, speed, factor[mode], how, why))
    for c, (speed, why) in corridors.RAIL_BY_COUNTRY.items():
        lines.append("| rail in %s | %g | | %s |" % (c, speed, why))
    return "\n".join(lines)


def render(silknet):
    return {"counts": counts(), "model": model(), "calibration": calibration_table(silknet)}


def replace(text, sections):
    for name, body in sections.items():
        pat = re.compile(r"(<!-- begin %s -->\n)(?:.*?\n)?(<!-- end %s -->)" % (name, name), re.S)
        if not pat.search(text):
            raise SystemExit("data/README.md has no %s section" % name)
        text = pat.sub(lambda m: m.group(1) + body + "\n" + m.group(2), text)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--silknet", default=os.environ.get("SILKNET", os.path.join(DATA, "..", "cli", "silknet")))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    with open(README, encoding="utf-8") as f:
        text = f.read()
    new = replace(text, render(a.silknet))
    if a.check:
        if new != text:
            sys.stderr.write("data/README.md is not current: run python3 data/build/readme_tables.py\n")
            return 1
        return 0
    with open(README, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
