"""silknet: actor and corridor networks from Python.

    import silknet
    g = silknet.load("data/central-asia-corridors.graphml")
    g.centrality("betweenness", weight="km", weight_is="distance")   # {"TAS": 861.0, ...}
    g.route("Tashkent", "Istanbul", cost="days", avoid={"country": "RU"}, k=3)
    g.save("out.graphml"); g.to_dot("out.dot", highlight=route)

A thin layer over libsilknet (ctypes, standard library only): every C status
is checked and raised as a silknet.Error carrying the library's message.
"""
from __future__ import annotations

import ctypes
import errno
import math
import os
import warnings
import weakref
from ctypes import byref, c_char_p, c_double, c_int, c_int64, c_size_t, c_void_p

from typing import Any, Dict, List, Mapping, NamedTuple, Optional, Sequence, Tuple, Union

from . import _capi as C

# what the signatures take
Vertex = Union[str, int]                 # an id, a label or an index
Value = Union[bool, int, float, str]
PathLike = Union[str, bytes, "os.PathLike[str]"]
Spec = Union[None, str, Sequence[str], Mapping[str, Union[str, Sequence[str]]]]

__all__ = ["Graph", "Route", "Router", "Communities", "Error", "ParseError", "NotFoundError", "NoPathError",
           "FileError", "FileNotFound", "PermissionDenied", "IsADirectory", "Finding", "load", "loads", "from_networkx",
           "measures", "version"]


class Error(Exception):
    """A silknet failure: status is the C code, message the library's text."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


class ParseError(Error):
    """Malformed or invalid input; file, line and col say where."""

    def __init__(self, status, message, file=None, line=0, col=0):
        super().__init__(status, message)
        self.file, self.line, self.col = file, line, col


class NotFoundError(Error, LookupError):
    """A vertex, edge, key or value that does not exist."""


class NoPathError(Error):
    """No route satisfies the request."""


class FileError(Error, OSError):
    """A file that cannot be opened, read or written; errno and strerror as
    OSError's, the message the library's (with the file's name)."""

    def __str__(self):
        return self.message


class FileNotFound(FileError, FileNotFoundError):
    """A file that does not exist."""


class PermissionDenied(FileError, PermissionError):
    """A file silknet may not read or write."""


class IsADirectory(FileError, IsADirectoryError):
    """A directory where a file was expected."""


def _file_error(status, msg):
    for code, cls in ((errno.ENOENT, FileNotFound), (errno.EACCES, PermissionDenied),
                      (errno.EPERM, PermissionDenied), (errno.EISDIR, IsADirectory)):
        if os.strerror(code) in msg:
            e = cls(status, msg)
            e.errno, e.strerror = code, os.strerror(code)
            return e
    return FileError(status, msg)


def _raise(status):
    msg = C.sn_last_error().decode("utf-8", "replace")
    if status == C.EPARSE:
        f, line, col = c_char_p(), ctypes.c_ulong(), ctypes.c_ulong()
        C.sn_last_error_pos(byref(f), byref(line), byref(col))
        raise ParseError(status, msg, f.value.decode() if f.value else None, line.value, col.value)
    if status == C.ENOTFOUND:
        raise NotFoundError(status, msg)
    if status == C.ENOPATH:
        raise NoPathError(status, msg)
    if status == C.ENOMEM:
        raise MemoryError(msg)
    if status == C.EIO:
        raise _file_error(status, msg)
    raise Error(status, msg)


def _check(status):
    if status != C.OK:
        _raise(status)


def _b(s):
    if s is None:
        return None
    b = os.fsencode(s) if isinstance(s, os.PathLike) else str(s).encode("utf-8")
    if b"\0" in b:
        # C would read only up to it: a NUL would silently cut the string
        raise ValueError("%r contains a NUL character" % (s,))
    return b


def _path(p):
    b = os.fsencode(p)
    if b"\0" in b:
        raise ValueError("path %r contains a NUL character" % (p,))
    return b


def _count(name, value, lo, hi):
    """A whole number in [lo, hi] for a C size_t, else ValueError (ctypes
    would wrap 2**64 + 3 to 3 and -1 to 2**64 - 1)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("%s must be a whole number, got %r" % (name, value))
    if not lo <= value <= hi:
        raise ValueError("%s must be from %d to %d, got %d" % (name, lo, hi, value))
    return value


def _data_file(name):
    """A bundled data file: $SILKNET_DATA, the installed data, or the
    source tree's; None when there is none."""
    dirs = []
    if os.environ.get("SILKNET_DATA"):
        dirs.append(os.environ["SILKNET_DATA"])
    else:
        try:
            from ._paths import DATADIR
            dirs.append(DATADIR)
        except ImportError:
            pass
        dirs.append(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "data"))
    for d in dirs:
        if os.path.isfile(os.path.join(d, name)):
            return os.path.join(d, name)
    return None


def _s(b):
    return None if b is None else b.decode("utf-8")


def version() -> str:
    """The version of the library in use, e.g. '0.1.0'."""
    return _s(C.sn_version_string())


def measures() -> Dict[str, str]:
    """Every centrality measure's name, with what it means."""
    out = {}
    i = 0
    while True:
        name = C.sn_measure_name(i)
        if name == b"unknown":
            return out
        out[_s(name)] = _s(C.sn_measure_description(i))
        i += 1


_DOMAINS = {"graph": C.DOMAIN_GRAPH, "node": C.DOMAIN_NODE, "edge": C.DOMAIN_EDGE, "all": C.DOMAIN_ALL}
_DOMAIN_NAMES = {v: k for k, v in _DOMAINS.items()}
_DOMAIN_NAMES[C.DOMAIN_OTHER] = "other"
_SIZE_MAX = ctypes.c_size_t(-1).value
_TYPES = {"boolean": C.TYPE_BOOLEAN, "int": C.TYPE_INT, "long": C.TYPE_LONG, "float": C.TYPE_FLOAT,
          "double": C.TYPE_DOUBLE, "string": C.TYPE_STRING}
# measures that count (ties, cores, two-paths): ints when unweighted
_COUNTS = {"degree", "coreness", "brokerage", "brokerage_coordinator", "brokerage_itinerant",
           "brokerage_gatekeeper", "brokerage_representative", "brokerage_liaison"}
_WEIGHT = {None: C.WEIGHT_NONE, "distance": C.WEIGHT_DISTANCE, "strength": C.WEIGHT_STRENGTH}
_MODE = {None: C.MODE_DEFAULT, "out": C.MODE_OUT, "in": C.MODE_IN, "all": C.MODE_ALL}


class Route:
    """A route: its vertex ids, its segments (edge indices), its cost (with
    the time at the places it passes through), the part of it spent at
    places, and the totals of every numeric segment attribute along it."""

    __slots__ = ("path", "edges", "edge_ids", "cost", "cost2", "totals", "at_places", "not_operating", "baseline")

    def __init__(self, path, edges, edge_ids, cost, cost2, totals, at_places=0.0, not_operating=0):
        self.path, self.edges, self.edge_ids = path, edges, edge_ids
        self.cost, self.cost2, self.totals = cost, cost2, totals
        self.at_places, self.not_operating = at_places, not_operating
        # under a scenario (route(close=...)): the best cost without it
        self.baseline = None

    def __repr__(self):
        return "Route(%s, cost=%g)" % (" -> ".join(self.path), self.cost)


def _attr_item(g: "Graph", domain: str, index: int, key: str) -> Any:
    """An element's attribute for a view's [key]: KeyError when it has none."""
    try:
        v = g.get(domain, index, key)
    except NotFoundError:
        v = None
    if v is None:
        raise KeyError(key)
    return v


class VertexView(str):
    """A vertex: its id (this str), and v["attr"], v.attrs, v.label, v.index."""

    __slots__ = ("_g", "index")

    def __new__(cls, g: "Graph", index: int, vid: str) -> "VertexView":
        self = super().__new__(cls, vid)
        self._g, self.index = g, index
        return self

    def __getitem__(self, key):  # type: ignore[override]
        if not isinstance(key, str):
            return str.__getitem__(self, key)
        return _attr_item(self._g, "node", self.index, key)

    @property
    def attrs(self) -> Dict[str, Any]:
        return self._g.attrs("node", self.index)

    @property
    def label(self) -> Optional[str]:
        return self._g.label(self.index)


class VertexList(list):
    """The vertex ids in order; indexing by an id or label gives its
    VertexView."""

    def __init__(self, g: "Graph", ids: List[str]) -> None:
        super().__init__(VertexView(g, i, v) for i, v in enumerate(ids))
        self._g = g

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return list.__getitem__(self, self._g.index(key))
        return list.__getitem__(self, key)


class EdgeView(tuple):
    """An edge as (source, target, id), and e["attr"], e.attrs, e.index."""

    def __new__(cls, g: "Graph", index: int, ends: Tuple[str, str, Optional[str]]) -> "EdgeView":
        self = super().__new__(cls, ends)
        self._g, self.index = g, index
        return self

    def __getitem__(self, key):  # type: ignore[override]
        if not isinstance(key, str):
            return tuple.__getitem__(self, key)
        return _attr_item(self._g, "edge", self.index, key)

    @property
    def attrs(self) -> Dict[str, Any]:
        return self._g.attrs("edge", self.index)


class Finding(NamedTuple):
    """A departure from the data schema (data/SCHEMA.md) that
    Graph.validate() found: the sentence 'silknet validate' prints, the
    domain ('node' or 'edge'), the vertex id or edge index it is about
    (None when it is about an attribute as a whole, such as a corridor
    whose segments do not connect) and the attribute concerned."""
    message: str
    domain: str
    element: Union[str, int, None]
    attribute: str

    def __str__(self):
        return self.message


class Communities:
    """A grouping of the vertices: found by a method, or an attribute's.
    membership: {vertex id: community}; groups: the members of each
    community, largest first; modularity; and how the groups mix: density
    of ties within and between groups, Krackhardt's E-I index."""

    __slots__ = ("method", "membership", "groups", "modularity", "density_within", "density_between",
                 "ei_index")

    def __init__(self, method, membership, groups, modularity, density_within, density_between, ei_index):
        self.method, self.membership, self.groups = method, membership, groups
        self.modularity, self.density_within = modularity, density_within
        self.density_between, self.ei_index = density_between, ei_index

    def __len__(self):
        return len(self.groups)

    def __repr__(self):
        return "Communities(%s, %d groups, modularity=%.4g)" % (self.method, len(self.groups), self.modularity)


class _Owned:
    """A C object freed by close(), a with block or the garbage collector."""

    def close(self) -> None:
        """Frees it now; using it afterwards raises ValueError."""
        self._finalizer()
        self._h = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Router(_Owned):
    """Cheapest routes between many pairs under one set of options, the
    network prepared once (Graph.router). The graph must not change while
    the router is used."""

    def __init__(self, graph, handle):
        self._g = graph  # the router reads the graph: keep it alive
        self._h = handle
        self._finalizer = weakref.finalize(self, C.sn_router_free, handle)

    def route(self, source: Vertex, target: Vertex) -> Route:
        """The cheapest Route from source to target. Raises NoPathError when
        there is none."""
        if self._h is None:
            raise ValueError("the router is closed")
        rs = C.RoutesP()
        _check(C.sn_router_route(byref(rs), self._h, self._g.index(source), self._g.index(target)))
        try:
            return self._g._routes(rs)[0]
        finally:
            C.sn_routes_free(rs)


def _specs(spec):
    """{'country': 'RU', 'mode': ['sea', 'ferry']} or ['KZ', 'mode=sea'] -> ['country=RU', ...]"""
    if spec is None:
        return []
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict):
        out = []
        for k, v in spec.items():
            for x in (v if isinstance(v, (list, tuple, set)) else [v]):
                out.append("%s=%s" % (k, x))
        return out
    return [str(s) for s in spec]


def _set_specs(o, avoid, only, keep):
    """avoid and only into options o (route or centrality); keep holds the
    buffers as long as o is used."""
    for field, spec in (("avoid", avoid), ("only", only)):
        items = [_b(s) for s in _specs(spec)]
        if items:
            arr = (c_char_p * len(items))(*items)
            keep.append(items)
            keep.append(arr)
            setattr(o, field, arr)
            setattr(o, "n_" + field, len(items))


def _set_missing(o, missing_weight):
    """What an edge without the weight means, into options o."""
    if missing_weight == "error":
        o.missing_weight = C.MISSING_ERROR
    elif missing_weight == "skip":
        o.missing_weight = C.MISSING_SKIP
    elif isinstance(missing_weight, (int, float)) and not isinstance(missing_weight, bool):
        o.missing_weight, o.missing_value = C.MISSING_VALUE, float(missing_weight)
    else:
        raise ValueError("missing_weight must be 'error', 'skip' or a number, not %r" % (missing_weight,))


class Graph(_Owned):
    """A network: vertices with string ids, edges, and typed attributes.

    Freed by close(), by leaving a with block, or when garbage-collected."""

    def __init__(self, directed=False, _handle=None):
        if _handle is None:
            _handle = C.GraphP()
            _check(C.sn_graph_new(byref(_handle), 1 if directed else 0))
        self._h = _handle
        self._finalizer = weakref.finalize(self, C.sn_graph_free, _handle)
        # vertex ids, fetched once: vertices are only ever added, ids never change
        self._ids = []

    # ---- life ----

    @classmethod
    def load(cls, path: PathLike, strict: bool = False, create_missing: bool = False, max_value_bytes: int = 0,
             max_keys: int = 0, nodes: Optional[PathLike] = None, directed: bool = False) -> "Graph":
        """Reads a network file: GraphML, GEXF or a CSV edge table, gzip-
        compressed or not, told by its content. For a CSV edge table,
        nodes names its node table and directed says its edges are
        directed (else undirected, unless a Type column says so). Raises
        ParseError with file, line and col.

        max_value_bytes and max_keys bound what one file may cost (0: the
        defaults, 10 MB per value and 1,000,000 keys).

        >>> g = silknet.load("data/central-asia-corridors.graphml")
        >>> g
        <silknet.Graph 'central-asia-corridors': 82 vertices, 107 edges, undirected>
        >>> g.vertices["TAS"]["country"], g.degree("TAS"), g.centrality("degree")["TAS"]
        ('UZ', 4, 4)
        """
        opts = _read_opts(strict, create_missing, max_value_bytes, max_keys, directed)
        h = C.GraphP()
        if nodes is not None:
            _check(C.sn_graph_read_csv(byref(h), _path(path), _path(nodes), byref(opts)))
        else:
            _check(C.sn_graph_read(byref(h), _path(path), byref(opts)))
        return cls(_handle=h)

    @classmethod
    def loads(cls, data: Union[str, bytes], name: str = "<string>", strict: bool = False,
              create_missing: bool = False, max_value_bytes: int = 0, max_keys: int = 0,
              directed: bool = False) -> "Graph":
        """Reads GraphML, GEXF or a CSV edge table from bytes or str; the
        options are load()'s."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        opts = _read_opts(strict, create_missing, max_value_bytes, max_keys, directed)
        h = C.GraphP()
        _check(C.sn_graph_read_memory(byref(h), data, len(data), _b(name), byref(opts)))
        return cls(_handle=h)

    @property
    def _p(self):
        if self._h is None:
            raise ValueError("the graph is closed")
        return self._h

    # ---- structure ----

    @property
    def directed(self) -> bool:
        return bool(C.sn_graph_is_directed(self._p))

    def __len__(self):
        return C.sn_graph_vertex_count(self._p)

    @property
    def vertex_count(self) -> int:
        return C.sn_graph_vertex_count(self._p)

    @property
    def edge_count(self) -> int:
        return C.sn_graph_edge_count(self._p)

    @property
    def id(self) -> Optional[str]:
        return _s(C.sn_graph_id(self._p))

    @property
    def warnings(self) -> List[str]:
        """What the reader kept verbatim or skipped, 'FILE:LINE:COL: what'."""
        return [_s(C.sn_graph_warning(self._p, i)) for i in range(C.sn_graph_warning_count(self._p))]

    @property
    def vertices(self) -> "VertexList":
        """The vertices in index order: a list of their ids (each a str),
        which also looks vertices up by id or label (g.vertices["TAS"]) and
        gives their attributes (g.vertices["TAS"]["country"])."""
        return VertexList(self, self._vertex_ids())

    def _vertex_ids(self):
        p, ids = self._p, self._ids
        n = C.sn_graph_vertex_count(p)
        if len(ids) < n:
            # another thread may be filling the same cache
            with C._lock:
                ids.extend(_s(C.sn_graph_vertex_id(p, i)) for i in range(len(ids), n))
        return ids

    def index(self, vertex: Vertex) -> int:
        """A vertex's index, by id, label or name (NotFoundError suggests)."""
        if isinstance(vertex, int):
            if not 0 <= vertex < len(self):
                raise IndexError("vertex %d out of range" % vertex)
            return vertex
        out = c_size_t()
        _check(C.sn_graph_vertex_lookup(self._p, _b(vertex), byref(out)))
        return out.value

    def label(self, vertex: Vertex) -> Optional[str]:
        """What to call a vertex: its label or name attribute, else the
        label yEd or yEd Live draws for it, else None."""
        return _s(C.sn_graph_vertex_label(self._p, self.index(vertex)))

    def __contains__(self, vertex: object) -> bool:
        """An id or a label (as index() finds them: "Tashkent" in g)."""
        if not isinstance(vertex, str):
            return False
        out = c_size_t()
        if C.sn_graph_vertex_find(self._p, _b(vertex), byref(out)) == C.OK:
            return True
        st = C.sn_graph_vertex_lookup(self._p, _b(vertex), byref(out))
        return st == C.OK or st == C.EINVAL  # EINVAL: a label several vertices share

    @property
    def edges(self) -> List["EdgeView"]:
        """(source id, target id, edge id or None) for every edge, in order;
        a mixed graph's reverse twins are left out. Each is a tuple that
        also gives the edge's attributes (e["km"]) and its index (e.index)."""
        p = self._p
        out = []
        s, t = c_size_t(), c_size_t()
        for e in self._edge_indices():
            C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
            out.append(EdgeView(self, e, (_s(C.sn_graph_vertex_id(p, s.value)), _s(C.sn_graph_vertex_id(p, t.value)),
                                         _s(C.sn_graph_edge_id(p, e)))))
        return out

    def parent(self, vertex: Vertex) -> Optional[str]:
        """The id of the vertex whose nested graph holds this one, or None."""
        out = c_size_t()
        if C.sn_graph_vertex_parent(self._p, self.index(vertex), byref(out)) != C.OK:
            return None
        return _s(C.sn_graph_vertex_id(self._p, out.value))

    def add_vertex(self, id: str, **attrs: Value) -> int:
        """Adds a vertex; keyword arguments become node attributes (set()
        takes any name, "id" too)."""
        out = c_size_t()
        _check(C.sn_graph_vertex_add(self._p, _b(id), byref(out)))
        for k, v in attrs.items():
            self.set("node", out.value, k, v)
        return out.value

    def add_edge(self, source: Vertex, target: Vertex, id: Optional[str] = None, **attrs: Value) -> int:
        """Adds an edge between two vertices (ids, labels or indices);
        keyword arguments become edge attributes (set() takes any name,
        "source" too)."""
        out = c_size_t()
        _check(C.sn_graph_edge_add(self._p, self.index(source), self.index(target), _b(id), byref(out)))
        for k, v in attrs.items():
            self.set("edge", out.value, k, v)
        return out.value

    def components(self) -> int:
        """The number of (weakly) connected components."""
        n = c_size_t()
        _check(C.sn_graph_components(self._p, None, 0, byref(n)))
        return n.value

    def validate(self) -> List[Finding]:
        """Checks the graph against the data schema, as 'silknet validate'
        does: node kinds, relations, modes and statuses outside the
        vocabulary, country codes, coordinate and cost ranges, amounts
        without units, edges without sources, corridors that do not
        connect. An empty list means the graph follows the schema; with
        load(..., strict=True) this is 'silknet validate --strict'.

        >>> g = silknet.Graph(directed=True)
        >>> _ = g.add_vertex("KZ", kind="nation")
        >>> [f.message for f in g.validate()]
        ["node 'KZ': kind 'nation' is not in the vocabulary (data/SCHEMA.md)"]
        >>> g.validate()[0].element, g.validate()[0].attribute
        ('KZ', 'kind')
        """
        f = C.FindingsP()
        _check(C.sn_graph_check_schema(byref(f), self._p))
        out = []
        try:
            ids = self._vertex_ids()
            for i in range(C.sn_findings_count(f)):
                dom = C.sn_findings_domain(f, i)
                idx = C.sn_findings_index(f, i)
                node = dom == C.DOMAIN_NODE
                element = None if idx == _SIZE_MAX else ids[idx] if node else idx
                out.append(Finding(_s(C.sn_findings_message(f, i)), "node" if node else "edge", element,
                                   _s(C.sn_findings_attribute(f, i))))
        finally:
            C.sn_findings_free(f)
        return out

    # ---- attributes ----

    def keys(self) -> List[Dict[str, Any]]:
        """Every attribute key: id, name, for, type and default."""
        p = self._p
        out = []
        for k in range(C.sn_key_count(p)):
            out.append({"id": _s(C.sn_key_id(p, k)), "name": _s(C.sn_key_name(p, k)),
                        "for": _DOMAIN_NAMES.get(C.sn_key_domain(p, k), "other"),
                        "type": _s(C.sn_key_type_name(p, k)), "default": _s(C.sn_key_default(p, k))})
        return out

    def _key(self, domain, name, create_for=None):
        out = c_size_t()
        st = C.sn_key_find(self._p, _DOMAINS[domain], _b(name), byref(out))
        if st == C.ENOTFOUND and create_for is not None:
            _check(C.sn_key_add(self._p, _b(name), _DOMAINS[domain], create_for, byref(out)))
            return out.value
        _check(st)
        return out.value

    def _value(self, k, dom, i):
        p = self._p
        t = C.sn_key_type(p, k)
        if t in (C.TYPE_STRING, C.TYPE_OPAQUE):
            s = c_char_p()
            return _s(s.value) if C.sn_attr_get_string(p, k, dom, i, byref(s)) == C.OK else None
        if t == C.TYPE_BOOLEAN:
            b = c_int()
            return bool(b.value) if C.sn_attr_get_bool(p, k, dom, i, byref(b)) == C.OK else None
        if t in (C.TYPE_INT, C.TYPE_LONG):
            x = c_int64()
            return x.value if C.sn_attr_get_long(p, k, dom, i, byref(x)) == C.OK else None
        d = c_double()
        return d.value if C.sn_attr_get_double(p, k, dom, i, byref(d)) == C.OK else None

    def attrs(self, domain: str, index: Vertex) -> Dict[str, Value]:
        """Every attribute of the graph ('graph', 0), a vertex ('node', id or
        index) or an edge ('edge', index), defaults included, as Python values."""
        dom = _DOMAINS[domain]
        i = self.index(index) if domain == "node" else index
        out = {}
        p = self._p
        for k in range(C.sn_key_count(p)):
            kd = C.sn_key_domain(p, k)
            if not (kd & dom) or kd == C.DOMAIN_OTHER:
                continue
            v = self._value(k, dom, i)
            if v is not None:
                out[_s(C.sn_key_name(p, k)) or _s(C.sn_key_id(p, k))] = v
        return out

    def get(self, domain: str, index: Vertex, name: str) -> Optional[Value]:
        """One attribute value, or None when the element has none."""
        dom = _DOMAINS[domain]
        i = self.index(index) if domain == "node" else index
        return self._value(self._key(domain, name), dom, i)

    def set(self, domain: str, index: Vertex, name: str, value: Value) -> None:
        """Sets an attribute, creating its key from the Python type if needed."""
        dom = _DOMAINS[domain]
        i = self.index(index) if domain == "node" else index
        t = (C.TYPE_BOOLEAN if isinstance(value, bool) else C.TYPE_LONG if isinstance(value, int)
             else C.TYPE_DOUBLE if isinstance(value, float) else C.TYPE_STRING)
        k = self._key(domain, name, create_for=t)
        kt = C.sn_key_type(self._p, k)
        if kt in (C.TYPE_STRING, C.TYPE_OPAQUE):
            _check(C.sn_attr_set_string(self._p, k, dom, i, _b(value)))
        elif kt == C.TYPE_BOOLEAN:
            _check(C.sn_attr_set_bool(self._p, k, dom, i, 1 if value else 0))
        elif isinstance(value, int) and not isinstance(value, bool):
            _check(C.sn_attr_set_long(self._p, k, dom, i, value))
        else:
            _check(C.sn_attr_set_double(self._p, k, dom, i, float(value)))

    def column(self, domain: str, name: str) -> List[float]:
        """A numeric attribute for every vertex or edge in one call (NaN where none)."""
        n = self.vertex_count if domain == "node" else self.edge_count
        buf = (c_double * max(n, 1))()
        _check(C.sn_attr_get_doubles(self._p, self._key(domain, name), _DOMAINS[domain], buf, n))
        return list(buf[:n])

    # ---- neighbourhoods and parts ----

    def _adjacency(self) -> List[List[Tuple[int, int]]]:
        """(neighbour, edge) per vertex, built once per graph size."""
        p = self._p
        n, m = C.sn_graph_vertex_count(p), C.sn_graph_edge_count(p)
        cached = getattr(self, "_adj", None)
        if cached is not None and cached[0] == (n, m):
            return cached[1]
        adj: List[List[Tuple[int, int]]] = [[] for _ in range(n)]
        s, t = c_size_t(), c_size_t()
        with C._lock:
            for e in self._edge_indices():
                C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
                adj[s.value].append((t.value, e))
                if s.value != t.value:
                    adj[t.value].append((s.value, e))
        self._adj = ((n, m), adj)
        return adj

    def degree(self, vertex: Vertex) -> int:
        """How many edges a vertex has (a self-loop counts twice; a mixed
        graph's two-way segment once), as NetworkX counts a multigraph's."""
        v = self.index(vertex)
        return sum(2 if u == v else 1 for u, _ in self._adjacency()[v])

    def neighbors(self, vertex: Vertex) -> List[str]:
        """The ids of the vertices an edge joins to this one, either way,
        each once, in the order of the edges."""
        ids, seen, out = self._vertex_ids(), set(), []
        for u, _ in self._adjacency()[self.index(vertex)]:
            if u not in seen:
                seen.add(u)
                out.append(ids[u])
        return out

    def copy(self) -> "Graph":
        """An independent copy, losing nothing (through lossless GraphML)."""
        return Graph.loads(self.dumps(compact=True), name="<copy>")

    def _part(self, vdrop: Optional[bytes], edrop: Optional[bytes]) -> "Graph":
        h = C.GraphP()
        _check(C.sn_graph_subgraph(byref(h), self._p, vdrop, edrop))
        return Graph(_handle=h)

    def subgraph(self, vertices: Sequence[Vertex]) -> "Graph":
        """A new graph of these vertices (ids, labels or indices) and the
        edges between them, with every key and their values (sn_graph_subgraph:
        not nesting, desc or graph-level values)."""
        keep = {self.index(v) for v in vertices}
        return self._part(bytes(0 if v in keep else 1 for v in range(len(self))), None)

    def remove(self, vertices: Sequence[Vertex] = (), edges: Sequence[int] = ()) -> "Graph":
        """A new graph without these vertices (and their edges) and edges
        (indices); this graph stays as it is."""
        vd = {self.index(v) for v in vertices}
        m = self.edge_count
        for e in edges:
            _count("edge index", e, 0, m - 1)
        ed = set(edges)
        return self._part(bytes(1 if v in vd else 0 for v in range(len(self))) if vd else None,
                          bytes(1 if e in ed else 0 for e in range(m)) if ed else None)

    # ---- other libraries and notebooks ----

    def __repr__(self):
        if self._h is None:
            return "<silknet.Graph (closed)>"
        return "<silknet.Graph%s: %d vertices, %d edges, %s>" % (
            " %r" % self.id if self.id else "", len(self), len(self.edges),
            "directed" if self.directed else "undirected")

    def _repr_html_(self):
        """A summary table for notebooks."""
        import html
        rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (html.escape(k["name"] or k["id"]),
                                                                        k["for"], k["type"]) for k in self.keys())
        return ("<table><caption>silknet.Graph: %d vertices, %d edges, %s</caption>"
                "<tr><th>attribute</th><th>for</th><th>type</th></tr>%s</table>" % (
                    len(self), len(self.edges), "directed" if self.directed else "undirected", rows))

    def _repr_svg_(self) -> Optional[str]:
        """The diagram, for notebooks, when Graphviz is installed and the
        graph is small enough to read (at most 500 vertices); else None,
        and the notebook shows the table."""
        import shutil
        import subprocess
        dot = shutil.which("dot")
        if not dot or len(self) > 500:
            return None
        try:
            p = subprocess.run([dot, "-Tsvg"], input=self.to_dot().encode("utf-8"), capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return p.stdout.decode("utf-8") if p.returncode == 0 else None

    def _edge_indices(self):
        """Edge indices without a mixed graph's reverse twins."""
        p, w = self._p, c_size_t()
        return [e for e in range(C.sn_graph_edge_count(p)) if C.sn_graph_edge_twin(p, e, byref(w)) != C.OK]

    def to_networkx(self) -> Any:
        """A networkx.MultiGraph (MultiDiGraph when directed; a mixed graph's
        undirected edges become both arcs) with every attribute, defaults
        applied, typed as Python values; edge keys are the edge ids (else
        the edge index), as networkx.read_graphml gives them.

        >>> G = silknet.load("data/central-asia-corridors.graphml").to_networkx()
        >>> G.number_of_nodes(), G.nodes["TAS"]["label"]
        (82, 'Tashkent')
        """
        import networkx as nx
        p = self._p
        G = nx.MultiDiGraph() if self.directed else nx.MultiGraph()
        G.graph.update(self.attrs("graph", 0))
        ids = self._vertex_ids()
        for v, vid in enumerate(ids):
            G.add_node(vid, **self.attrs("node", v))
        s, t = c_size_t(), c_size_t()
        edges = range(C.sn_graph_edge_count(p)) if self.directed else self._edge_indices()
        for e in edges:
            C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
            eid = _s(C.sn_graph_edge_id(p, e))
            G.add_edge(ids[s.value], ids[t.value], key=eid if eid is not None else e, **self.attrs("edge", e))
        return G

    @classmethod
    def from_networkx(cls, G: Any) -> "Graph":
        """A Graph from any NetworkX graph: node ids as strings, attributes
        of bool, int, float and str values kept with their types (others as
        their str()); a multigraph's string edge keys become edge ids."""
        g = cls(directed=G.is_directed())

        def plain(v):
            return v if isinstance(v, (bool, int, float, str)) else str(v)
        for k, v in G.graph.items():
            if isinstance(v, (bool, int, float, str)):
                g.set("graph", 0, k, v)
        # attributes are set one by one: a node attribute "id" or an edge
        # attribute "source" (a citation) is no argument of add_vertex
        index = {}
        for n, d in G.nodes(data=True):
            v = index[n] = g.add_vertex(str(n))
            for k, x in d.items():
                if x is not None:
                    g.set("node", v, k, plain(x))
        seen = set()
        for u, v, key, d in (G.edges(keys=True, data=True) if G.is_multigraph()
                             else ((u, v, None, d) for u, v, d in G.edges(data=True))):
            eid = key if isinstance(key, str) and key not in seen else None
            if eid is not None:
                seen.add(eid)
            e = g.add_edge(index[u], index[v], eid)
            for k, x in d.items():
                if x is not None:
                    g.set("edge", e, k, plain(x))
        return g

    def to_igraph(self) -> Any:
        """A python-igraph Graph: vertices in order with the attribute
        "name" (the id) and every node attribute, edges in order with every
        edge attribute (a mixed graph: directed, both arcs), defaults
        applied; missing values are None."""
        import igraph
        p = self._p
        ids = self._vertex_ids()
        edges = list(range(C.sn_graph_edge_count(p))) if self.directed else self._edge_indices()
        s, t = c_size_t(), c_size_t()
        pairs = []
        for e in edges:
            C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
            pairs.append((s.value, t.value))
        h = igraph.Graph(n=len(ids), edges=pairs, directed=self.directed)
        h.vs["name"] = list(ids)
        vattrs = [self.attrs("node", v) for v in range(len(ids))]
        for k in sorted({k for d in vattrs for k in d} - {"name"}):
            h.vs[k] = [d.get(k) for d in vattrs]
        eattrs = [self.attrs("edge", e) for e in edges]
        for k in sorted({k for d in eattrs for k in d}):
            h.es[k] = [d.get(k) for d in eattrs]
        for k, v in self.attrs("graph", 0).items():
            h[k] = v
        return h

    def centrality_frame(self, measures: Sequence[str], **kw: Any) -> Any:
        """A pandas DataFrame: one row per vertex (index the id), the
        label, and a column per measure (keywords as centrality())."""
        import pandas as pd
        ids = self._vertex_ids()
        data = {"label": [self.label(v) for v in range(len(ids))]}
        for m in measures:
            data[m] = self.scores(m, **kw)
        return pd.DataFrame(data, index=pd.Index(list(ids), name="id"))

    def to_pandas(self) -> Tuple[Any, Any]:
        """(vertices, edges) as pandas DataFrames: one row per vertex (index
        the id) and per edge (columns source, target, id), one column per
        attribute, defaults applied; an edge attribute named source, target
        or id is the column edge_source, edge_target or edge_id."""
        import pandas as pd
        p = self._p
        ids = self._vertex_ids()
        nodes = pd.DataFrame([self.attrs("node", v) for v in range(len(ids))], index=pd.Index(ids, name="id"))
        rows, s, t = [], c_size_t(), c_size_t()
        for e in self._edge_indices():
            C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
            row = {"source": ids[s.value], "target": ids[t.value], "id": _s(C.sn_graph_edge_id(p, e))}
            for k, v in self.attrs("edge", e).items():
                # an attribute named like a column (a "source" citation)
                row["edge_" + k if k in ("source", "target", "id") else k] = v
            rows.append(row)
        return nodes, pd.DataFrame(rows, columns=None if rows else ["source", "target", "id"])

    # ---- writing ----

    def save(self, path: PathLike, compact: bool = False, format: str = "graphml") -> None:
        """Writes the graph atomically: format "graphml" (lossless), "gexf"
        (GEXF 1.2 for Gephi and NetworkX) or "csv" (path is a directory,
        made when missing, for path/nodes.csv and path/edges.csv)."""
        opts = C.WriteOpts(C.WRITE_OPTS_VERSION, C.WRITE_COMPACT if compact else 0)
        if format == "graphml":
            _check(C.sn_graph_write_graphml(self._p, _path(path), byref(opts)))
        elif format == "gexf":
            _check(C.sn_graph_write_gexf(self._p, _path(path), byref(opts)))
        elif format == "csv":
            os.makedirs(path, exist_ok=True)
            _check(C.sn_graph_write_csv(self._p, _path(os.path.join(path, "nodes.csv")),
                                        _path(os.path.join(path, "edges.csv")), byref(opts)))
        else:
            raise ValueError("format %r: expected 'graphml', 'gexf' or 'csv'" % (format,))

    def dumps(self, compact: bool = False, format: str = "graphml") -> Union[str, Tuple[str, str]]:
        """GraphML or GEXF as a str; for format "csv", the node table and
        the edge table, a pair of str."""
        opts = C.WriteOpts(C.WRITE_OPTS_VERSION, C.WRITE_COMPACT if compact else 0)
        buf, n = c_void_p(), c_size_t()
        if format == "csv":
            buf2, n2 = c_void_p(), c_size_t()
            _check(C.sn_graph_write_csv_memory(byref(buf), byref(n), byref(buf2), byref(n2), self._p, byref(opts)))
            try:
                return (ctypes.string_at(buf, n.value).decode("utf-8"),
                        ctypes.string_at(buf2, n2.value).decode("utf-8"))
            finally:
                C.sn_free(buf)
                C.sn_free(buf2)
        if format == "graphml":
            _check(C.sn_graph_write_graphml_memory(byref(buf), byref(n), self._p, byref(opts)))
        elif format == "gexf":
            _check(C.sn_graph_write_gexf_memory(byref(buf), byref(n), self._p, byref(opts)))
        else:
            raise ValueError("format %r: expected 'graphml', 'gexf' or 'csv'" % (format,))
        try:
            return ctypes.string_at(buf, n.value).decode("utf-8")
        finally:
            C.sn_free(buf)

    def to_dot(self, path: Optional[PathLike] = None, title: Optional[str] = None, label: Optional[str] = None,
               kind: Optional[str] = None, width: Optional[str] = None, color: Optional[str] = None,
               cluster: Optional[str] = None, geo: bool = False, legend: bool = True, plain: bool = False,
               highlight: Any = None, basemap: Union[bool, PathLike] = True) -> Optional[str]:
        """Graphviz DOT (to path atomically, or returned as a str). highlight:
        a Route, or a list of vertex ids in order. basemap (with geo): True
        for the bundled Natural Earth map beneath (when it is found), False
        for none, or a basemap file."""
        opts = C.DotOpts()
        opts.version = C.DOT_OPTS_VERSION
        opts.flags = (C.DOT_GEO if geo else 0) | (0 if legend else C.DOT_NO_LEGEND) | (C.DOT_PLAIN if plain else 0)
        keep = []
        if geo and not plain and basemap is not False:
            where = _data_file("basemap-eurasia.txt") if basemap is True else basemap
            if where is not None:
                keep.append(_path(where))
                opts.basemap = keep[-1]
        for field, v in (("title", title), ("label_attr", label), ("kind_attr", kind), ("width_attr", width),
                         ("color_attr", color), ("cluster_attr", cluster)):
            if v is not None:
                keep.append(_b(v))
                setattr(opts, field, keep[-1])
        if highlight is not None:
            if isinstance(highlight, Route):
                arr = (c_size_t * max(len(highlight.edges), 1))(*highlight.edges)
                opts.highlight_edges, opts.n_highlight_edges = arr, len(highlight.edges)
            else:
                idx = [self.index(v) for v in highlight]
                arr = (c_size_t * max(len(idx), 1))(*idx)
                opts.highlight_vertices, opts.n_highlight_vertices = arr, len(idx)
            keep.append(arr)
        if path is not None:
            _check(C.sn_graph_write_dot(self._p, _path(path), byref(opts)))
            return None
        buf, n = c_void_p(), c_size_t()
        _check(C.sn_graph_write_dot_memory(byref(buf), byref(n), self._p, byref(opts)))
        try:
            return ctypes.string_at(buf, n.value).decode("utf-8")
        finally:
            C.sn_free(buf)

    # ---- centrality ----

    def _centrality_opts(self, keep, weight=None, weight_is=None, mode=None, normalized=False, cutoff=None,
                         damping=None, personalization=None, alpha=0.5, group=None, relation=None,
                         from_group=None, to_group=None, avoid=None, only=None, missing_weight="error",
                         collapse_parallel=False, sample=None, seed=0):
        if weight is not None and weight_is not in ("distance", "strength"):
            raise ValueError("weight_is must be 'distance' or 'strength' when a weight is given")
        o = C.CentralityOpts()
        o.version = C.CENTRALITY_OPTS_VERSION
        o.alpha = alpha
        o.weight = _b(weight)
        o.weight_is = _WEIGHT[weight_is if weight is not None else None]
        o.mode = _MODE[mode]
        o.normalized = 1 if normalized else 0
        o.cutoff = cutoff or 0.0
        o.damping = damping or 0.0
        for field, v in (("group", group), ("relation", relation), ("from_group", from_group),
                         ("to_group", to_group)):
            if v is not None:
                keep.append(_b(v))
                setattr(o, field, keep[-1])
        if personalization:
            idx = [self.index(v) for v in personalization]
            arr = (c_size_t * len(idx))(*idx)
            keep.append(arr)
            o.personalization, o.n_personalization = arr, len(idx)
        _set_specs(o, avoid, only, keep)
        _set_missing(o, missing_weight)
        o.collapse_parallel = 1 if collapse_parallel else 0
        if sample is not None:
            o.sample = _count("sample", sample, 1, 2 ** 63 - 1)
        o.seed = _count("seed", seed, 0, 2 ** 64 - 1)
        return o

    def _scores(self, measure, opts):
        m = c_int()
        _check(C.sn_measure_from_name(_b(measure), byref(m)))
        sc = C.ScoresP()
        _check(C.sn_centrality(byref(sc), self._p, m.value, byref(opts)))
        for i in range(C.sn_scores_warning_count(sc)):
            # igraph's doubts about a result (an eigenvector of a DAG)
            warnings.warn("%s: %s" % (measure, C.sn_scores_warning(sc, i).decode("utf-8", "replace")),
                          RuntimeWarning, stacklevel=3)
        return sc

    def scores(self, measure: str, **kw: Any) -> List[float]:
        """A measure's values as a list in vertex (edge) order: one bulk copy.
        Keywords as centrality()."""
        return self._scores_and_errors(measure, **kw)[0]

    def _scores_and_errors(self, measure, **kw):
        keep = []
        o = self._centrality_opts(keep, **kw)
        sc = self._scores(measure, o)
        try:
            n = C.sn_scores_count(sc)
            vals, se = C.sn_scores_values(sc), C.sn_scores_stderr(sc)
            copy = (lambda a: list((c_double * n).from_address(ctypes.addressof(a.contents))) if n else [])
            return copy(vals), (copy(se) if se else None)
        finally:
            C.sn_scores_free(sc)

    def centrality(self, measure: str, **kw: Any) -> Dict[Any, float]:
        """A measure as {vertex id: value}, or for edge_betweenness
        {(source, target, edge id): value}. Keywords: weight, weight_is
        ('distance' or 'strength'), mode, normalized, cutoff, damping,
        personalization, alpha, group, relation, from_group, to_group,
        avoid and only (as route() takes them: the measure on what remains,
        NaN for what is left out), missing_weight ('error', 'skip' or the
        weight of an edge that has none), collapse_parallel (path measures
        on one tie per pair, as NetworkX reads a multigraph). close: a
        scenario (the command line's --close): {vertex id: (value, value
        with these closed, change)}, NaN for what the scenario leaves out.
        sample: betweenness (edge, Opsahl's) estimated from the paths out of
        this many random sources (the command line's --sample; seed= draws
        them); with stderr=True the values are (estimate, standard error).

        >>> g = silknet.load("data/central-asia-actors.graphml")
        >>> b, without, change = g.centrality("betweenness", close="RUS")["C5"]
        >>> round(change, 2)
        -85.5
        """
        close = kw.pop("close", None)
        if kw.pop("stderr", False):
            if close is not None:
                raise ValueError("stderr and close do not combine")
            vals, se = self._scores_and_errors(measure, **kw)
            se = se if se is not None else [0.0] * len(vals)
            keys = self._score_keys(measure)
            return {k: (v, e) for k, v, e in zip(keys, vals, se)}
        if close is not None:
            if not _specs(close):
                raise ValueError("close names nothing to close")
            base = self.centrality(measure, **kw)
            scenario = self.centrality(measure, **dict(kw, avoid=_specs(kw.get("avoid")) + _specs(close)))
            return {v: (x, scenario[v], scenario[v] - x) for v, x in base.items()}
        vals = self.scores(measure, **kw)
        if measure == "edge_betweenness":
            return dict(zip(self._score_keys(measure), vals))
        if measure in _COUNTS and not kw.get("weight") and not kw.get("normalized") and \
                all(v == v and v == int(v) for v in vals):
            # counts are ints, as NetworkX's degree and core numbers
            vals = [int(v) for v in vals]
        return dict(zip(self._vertex_ids(), vals))

    def _score_keys(self, measure):
        if measure != "edge_betweenness":
            return self._vertex_ids()
        p = self._p
        s, t = c_size_t(), c_size_t()
        keys = []
        for e in range(C.sn_graph_edge_count(p)):
            C.sn_graph_edge_endpoints(p, e, byref(s), byref(t))
            keys.append((_s(C.sn_graph_vertex_id(p, s.value)), _s(C.sn_graph_vertex_id(p, t.value)),
                         _s(C.sn_graph_edge_id(p, e))))
        return keys

    def brokerage_expected(self, measure: str = "brokerage", group: Optional[str] = None) -> Dict[str, Tuple[float, float]]:
        """A brokerage role by chance (Gould and Fernandez's null model, as
        statnet's sna::brokerage): {vertex id: (expected count, standard
        deviation)}; z = (count - expected) / sd."""
        keep = []
        o = self._centrality_opts(keep, group=group)
        m = c_int()
        _check(C.sn_measure_from_name(_b(measure), byref(m)))
        n = len(self)
        e, sd = (c_double * max(n, 1))(), (c_double * max(n, 1))()
        _check(C.sn_brokerage_expected(self._p, m.value, byref(o), e, sd))
        return {v: (e[i], sd[i]) for i, v in enumerate(self._vertex_ids())}

    def attach(self, measure: str, name: Optional[str] = None, **kw: Any) -> None:
        """Computes a measure and stores it as an attribute, so save() writes it."""
        keep = []
        o = self._centrality_opts(keep, **kw)
        sc = self._scores(measure, o)
        try:
            _check(C.sn_graph_attach_scores(self._p, _b(name or measure), sc, None))
        finally:
            C.sn_scores_free(sc)

    # ---- communities ----

    def communities(self, method: str = "louvain", group: Optional[str] = None, weight: Optional[str] = None,
                    weight_is: Optional[str] = None, missing_weight: Union[str, float] = "error",
                    resolution: float = 1.0, seed: int = 1, attach: Optional[str] = None) -> "Communities":
        """Communities by igraph's method ('louvain', 'leiden', 'fastgreedy',
        'walktrap', 'label_propagation', 'infomap'), or the groups of the
        node attribute group; weights are strengths (a distance becomes
        1/distance). attach: also store each vertex's community as this
        long node attribute. Returns a Communities."""
        if weight is not None and weight_is not in ("distance", "strength"):
            raise ValueError("weight_is must be 'distance' or 'strength' when a weight is given")
        o = C.CommunityOpts()
        o.version = C.COMMUNITY_OPTS_VERSION
        m = c_int()
        if group is not None:
            m.value = C.COMMUNITY_ATTRIBUTE
        else:
            _check(C.sn_community_method_from_name(_b(method), byref(m)))
        o.method = m.value
        o.weight, o.weight_is = _b(weight), _WEIGHT[weight_is if weight is not None else None]
        o.group = _b(group)
        o.resolution, o.seed = float(resolution), int(seed)
        _set_missing(o, missing_weight)
        c = C.CommunitiesP()
        _check(C.sn_communities_find(byref(c), self._p, byref(o)))
        try:
            for i in range(C.sn_communities_warning_count(c)):
                warnings.warn(C.sn_communities_warning(c, i).decode("utf-8", "replace"), RuntimeWarning,
                              stacklevel=2)
            n = c_size_t()
            mem = C.sn_communities_membership(c, byref(n))
            ids = self._vertex_ids()
            membership = {ids[v]: mem[v] for v in range(n.value)}
            groups = [[] for _ in range(C.sn_communities_count(c))]
            for v in range(n.value):
                groups[mem[v]].append(ids[v])
            mix = [c_double(), c_double(), c_double()]
            _check(C.sn_communities_mixing(c, self._p, byref(mix[0]), byref(mix[1]), byref(mix[2])))
            if attach:
                _check(C.sn_graph_attach_communities(self._p, _b(attach), c, None))
            return Communities("attribute" if group is not None else method, membership, groups,
                               C.sn_communities_modularity(c), mix[0].value, mix[1].value, mix[2].value)
        finally:
            C.sn_communities_free(c)

    # ---- routing ----

    def _node_cost(self, cost, node_cost):
        """node_cost as given; "auto": the node attribute named like the
        cost, when the graph has a numeric one (as the command line does)."""
        if node_cost != "auto":
            return node_cost
        if cost is None:
            return None
        k = c_size_t()
        if C.sn_key_find(self._p, C.DOMAIN_NODE, _b(cost), byref(k)) != C.OK:
            return None
        if C.sn_key_type(self._p, k.value) not in (C.TYPE_INT, C.TYPE_LONG, C.TYPE_FLOAT, C.TYPE_DOUBLE):
            return None
        return cost

    def _route_opts(self, cost, avoid, only, via, k, widest, astar, keep, node_cost=None, include_planned=False,
                    node_cost2=None):
        o = C.RouteOpts()
        o.version = C.ROUTE_OPTS_VERSION
        o.flags = ((C.ROUTE_WIDEST if widest else 0) | (C.ROUTE_ASTAR if astar else 0)
                   | (C.ROUTE_INCLUDE_PLANNED if include_planned else 0))
        o.cost = _b(cost)
        if not widest:
            o.node_cost = _b(self._node_cost(cost, node_cost))
            o.node_cost2 = _b(node_cost2)
        _set_specs(o, avoid, only, keep)
        if via:
            idx = [self.index(v) for v in ([via] if isinstance(via, (str, int)) else via)]
            arr = (c_size_t * len(idx))(*idx)
            keep.append(arr)
            o.via, o.n_via = arr, len(idx)
        o.k = 0 if k is None else _count("k", k, 1, 1000)
        return o

    def _routes(self, rs):
        p = self._p
        keys = [(k, _s(C.sn_key_name(p, k))) for k in range(C.sn_key_count(p))
                if C.sn_key_domain(p, k) & C.DOMAIN_EDGE and C.sn_key_domain(p, k) != C.DOMAIN_OTHER
                and C.sn_key_type(p, k) in (C.TYPE_INT, C.TYPE_LONG, C.TYPE_FLOAT, C.TYPE_DOUBLE)
                and C.sn_key_name(p, k)]
        out = []
        for i in range(C.sn_routes_count(rs)):
            nv, ne = c_size_t(), c_size_t()
            v = C.sn_routes_vertices(rs, i, byref(nv))
            e = C.sn_routes_edges(rs, i, byref(ne))
            verts = [v[j] for j in range(nv.value)]
            edges = [e[j] for j in range(ne.value)]
            totals = {}
            for k, name in keys:
                x, d = 0.0, c_double()
                for ei in edges:
                    if C.sn_attr_get_double(p, k, C.DOMAIN_EDGE, ei, byref(d)) != C.OK:
                        x = None
                        break
                    x += d.value
                totals[name] = x
            cost2 = C.sn_routes_cost2(rs, i)
            out.append(Route([_s(C.sn_graph_vertex_id(p, x)) for x in verts], edges,
                             [_s(C.sn_graph_edge_id(p, x)) for x in edges], C.sn_routes_cost(rs, i),
                             None if math.isnan(cost2) else cost2, totals, C.sn_routes_cost_at_places(rs, i),
                             C.sn_routes_not_operating(rs)))
        return out

    def route(self, source: Vertex, target: Vertex, cost: Optional[str] = None, avoid: Spec = None,
              only: Spec = None, via: Optional[Sequence[Vertex]] = None, k: Optional[int] = None,
              widest: bool = False, astar: bool = False, node_cost: Optional[str] = "auto",
              include_planned: bool = False, close: Spec = None) -> List[Route]:
        """The best route (or the k best) as a list of Route, best first.
        avoid/only: {'country': 'RU', 'mode': ['sea']} or ['KZ', 'mode=sea'].
        node_cost: the node attribute a route pays at each place it passes
        through ("auto": the one named like cost, if any; None: none).
        include_planned: also through places and segments whose status is
        not operating. close: a scenario (the command line's --close): the
        routes with these places or segments closed too, each with baseline,
        the best cost without them (route.cost - route.baseline is what the
        closure costs). Raises NoPathError when there is none.

        >>> g = silknet.load("data/central-asia-corridors.graphml")
        >>> r = g.route("Almaty", "Xi'an", cost="days")[0]
        >>> r.path, round(r.cost, 2), round(r.at_places, 2)
        (['ALA', 'KHO', 'URU', 'LZH', 'XIA'], 6.66, 2.8)
        >>> s = g.route("Almaty", "Xi'an", cost="days", close="KHO")[0]
        >>> round(s.cost - s.baseline, 2)
        0.74
        """
        keep: List[Any] = []
        baseline = None
        if close is not None:
            if not _specs(close):
                raise ValueError("close names nothing to close")
            baseline = self.route(source, target, cost, avoid, only, via, None, widest, astar, node_cost,
                                  include_planned)[0].cost
            avoid = _specs(avoid) + _specs(close)
        o = self._route_opts(cost, avoid, only, via, k, widest, astar, keep, node_cost, include_planned)
        rs = C.RoutesP()
        _check(C.sn_route(byref(rs), self._p, self.index(source), self.index(target), byref(o)))
        try:
            routes = self._routes(rs)
        finally:
            C.sn_routes_free(rs)
        for r in routes:
            r.baseline = baseline
        return routes

    def router(self, cost: Optional[str] = None, avoid: Spec = None, only: Spec = None, astar: bool = False,
               node_cost: Optional[str] = "auto", include_planned: bool = False) -> "Router":
        """A Router for many route() queries under these options: each query
        then costs what its search touches, not the whole network."""
        keep = []
        o = self._route_opts(cost, avoid, only, None, None, False, astar, keep, node_cost, include_planned)
        h = C.RouterP()
        _check(C.sn_router_new(byref(h), self._p, byref(o)))
        return Router(self, h)

    def pareto(self, source: Vertex, target: Vertex, cost: str, cost2: str, avoid: Spec = None,
               only: Spec = None, k: Optional[int] = None, node_cost: Optional[str] = "auto",
               node_cost2: Optional[str] = "auto", include_planned: bool = False) -> List[Route]:
        """Every route no other beats on both costs, cheapest by cost first;
        node_cost and node_cost2 are the time (or money) at places for each."""
        keep = []
        o = self._route_opts(cost, avoid, only, None, k, False, False, keep, node_cost, include_planned,
                             self._node_cost(cost2, node_cost2))
        rs = C.RoutesP()
        _check(C.sn_route_pareto(byref(rs), self._p, self.index(source), self.index(target), _b(cost2), byref(o)))
        try:
            return self._routes(rs)
        finally:
            C.sn_routes_free(rs)

    def reachable(self, source: Vertex, cost: Optional[str] = None, within: Optional[float] = None,
                  avoid: Spec = None, only: Spec = None, node_cost: Optional[str] = "auto",
                  include_planned: bool = False) -> Dict[str, float]:
        """{vertex id: cost} of every vertex reachable from source (within a
        budget), with the time at the places passed on the way."""
        self._budget(within)
        keep = []
        o = self._route_opts(cost, avoid, only, None, None, False, False, keep, node_cost, include_planned)
        sc = C.ScoresP()
        _check(C.sn_route_costs(byref(sc), self._p, self.index(source), byref(o)))
        try:
            n = C.sn_scores_count(sc)
            vals = C.sn_scores_values(sc)
            costs = [vals[i] for i in range(n)]
        finally:
            C.sn_scores_free(sc)
        return {v: c for v, c in zip(self._vertex_ids(), costs)
                if not math.isinf(c) and (within is None or c <= within)}

    @staticmethod
    def _budget(within):
        if within is not None and (isinstance(within, bool) or not isinstance(within, (int, float)) or
                                   math.isnan(within) or within < 0):
            raise ValueError("within must be a number of at least 0, got %r" % (within,))

    def critical(self, source: Vertex, target: Vertex, cost: Optional[str] = None, avoid: Spec = None,
                 only: Spec = None, node_cost: Optional[str] = "auto",
                 include_planned: bool = False) -> Dict[str, Any]:
        """Chokepoints of the best route, ranked, and redundancy:
        {'base_cost', 'chokepoints': [{'type', 'id', 'cost_without', 'increase'}],
         'vertex_disjoint', 'edge_disjoint'}."""
        keep = []
        o = self._route_opts(cost, avoid, only, None, None, False, False, keep, node_cost, include_planned)
        s, t = self.index(source), self.index(target)
        ch = C.ChokeP()
        _check(C.sn_route_chokepoints(byref(ch), self._p, s, t, byref(o)))
        try:
            base = C.sn_chokepoints_base_cost(ch)
            items = []
            d, idx, c = c_int(), c_size_t(), c_double()
            for i in range(C.sn_chokepoints_count(ch)):
                _check(C.sn_chokepoints_get(ch, i, byref(d), byref(idx), byref(c)))
                if d.value == C.DOMAIN_NODE:
                    ident = _s(C.sn_graph_vertex_id(self._p, idx.value))
                else:
                    ident = _s(C.sn_graph_edge_id(self._p, idx.value)) or idx.value
                items.append({"type": "vertex" if d.value == C.DOMAIN_NODE else "segment", "id": ident,
                              "index": idx.value, "cost_without": c.value, "increase": c.value - base})
        finally:
            C.sn_chokepoints_free(ch)
        vd, ed = c_size_t(), c_size_t()
        _check(C.sn_route_redundancy(self._p, s, t, byref(o), byref(vd), byref(ed)))
        return {"base_cost": base, "chokepoints": items, "vertex_disjoint": vd.value, "edge_disjoint": ed.value}

    def _int_array(self, fn):
        arr, n = C.size_p(), c_size_t()
        _check(fn(byref(arr), byref(n), self._p))
        try:
            return [arr[i] for i in range(n.value)]
        finally:
            C.sn_free(ctypes.cast(arr, c_void_p))

    def articulation_points(self) -> List[str]:
        """Vertex ids whose removal splits the network."""
        ids = self._vertex_ids()
        return [ids[i] for i in self._int_array(C.sn_graph_articulation_points)]

    def bridges(self) -> List[int]:
        """Edge indices whose removal splits the network."""
        return self._int_array(C.sn_graph_bridges)


def _read_opts(strict, create_missing, max_value_bytes, max_keys, directed):
    _count("max_value_bytes", max_value_bytes, 0, 2 ** 63 - 1)
    _count("max_keys", max_keys, 0, 2 ** 63 - 1)
    return C.ReadOpts(C.READ_OPTS_VERSION, (C.READ_STRICT if strict else 0) |
                      (C.READ_CREATE_MISSING if create_missing else 0) | (C.READ_DIRECTED if directed else 0),
                      max_value_bytes, max_keys)


def from_networkx(G: Any) -> Graph:
    """A Graph from a NetworkX graph: silknet.Graph.from_networkx."""
    return Graph.from_networkx(G)


def load(path: PathLike, **kw: Any) -> Graph:
    """Reads GraphML, GEXF or a CSV edge table (nodes=, directed=), told by
    content: silknet.Graph.load."""
    return Graph.load(path, **kw)


def loads(data: Union[str, bytes], **kw: Any) -> Graph:
    """Reads GraphML, GEXF or a CSV edge table from bytes or str:
    silknet.Graph.loads."""
    return Graph.loads(data, **kw)


def __dir__() -> List[str]:
    # the public names only, not the ctypes ones the module uses
    return sorted(__all__)
