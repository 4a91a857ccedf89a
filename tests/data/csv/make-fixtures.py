"""Writes the CSV fixtures with pandas (to_csv), as an analyst's notebook
would: run from this directory with Debian's python3 and python3-pandas."""
import gzip

import pandas as pd

edges = pd.DataFrame({
    "source": ["TAS", "ALA", "KHO", "TAS", "BAK", "ALA"],
    "target": ["ALA", "KHO", "XIA", "BAK", "IST", "TAS"],
    "km": [807, 330, 2600, 1900, 1800, 807],
    "days": [1.5, 0.5, 3.0, 4.25, 3.0, 1.5],
    "mode": ["rail", "rail", "rail", "rail, ferry", "rail", "road \"M39\""],
    "operating": [True, True, False, True, True, True],
})
nodes = pd.DataFrame({
    "id": ["TAS", "ALA", "KHO", "XIA", "BAK", "IST"],
    "label": ["Tashkent", "Almaty", "Khorgos", "Xi'an", "Baku", "Istanbul"],
    "country": ["UZ", "KZ", "KZ", "CN", "AZ", "TR"],
    "lat": [41.31, 43.24, 44.21, 34.34, 40.41, 41.01],
})
edges.to_csv("pandas-edges.csv", index=False)
nodes.to_csv("pandas-nodes.csv", index=False)
with open("pandas-edges.csv", "rb") as f, gzip.open("pandas-edges.csv.gz", "wb") as g:
    g.write(f.read())
