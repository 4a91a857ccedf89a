"""libsilknet's C API, one to one: argument and result types of every
function the package uses, and the option structures as silknet.h lays
them out. Nothing here is meant to be called from outside the package."""
import ctypes
import threading
from ctypes import (POINTER, Structure, c_char_p, c_double, c_int, c_int64, c_size_t, c_uint, c_ulong, c_ulonglong, c_void_p)

from ._loader import load

lib = load()


class GraphP(c_void_p):
    """sn_graph *"""


class FindingsP(c_void_p):
    """sn_findings *"""


class ScoresP(c_void_p):
    """sn_scores *"""


class RoutesP(c_void_p):
    """sn_routes *"""


class ChokeP(c_void_p):
    """sn_chokepoints *"""


class RouterP(c_void_p):
    """sn_router *"""


class CommunitiesP(c_void_p):
    """sn_communities *"""


PROGRESS = ctypes.CFUNCTYPE(c_int, c_char_p, c_double, c_void_p)


class ReadOpts(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint), ("max_value_bytes", c_size_t), ("max_keys", c_size_t)]


class WriteOpts(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint)]


class DotOpts(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint), ("title", c_char_p), ("label_attr", c_char_p),
                ("kind_attr", c_char_p), ("width_attr", c_char_p), ("color_attr", c_char_p),
                ("cluster_attr", c_char_p), ("highlight_edges", POINTER(c_size_t)),
                ("n_highlight_edges", c_size_t), ("highlight_vertices", POINTER(c_size_t)),
                ("n_highlight_vertices", c_size_t), ("basemap", c_char_p)]


class CentralityOpts(Structure):
    _fields_ = [("version", c_uint), ("weight", c_char_p), ("weight_is", c_int), ("mode", c_int),
                ("normalized", c_int), ("cutoff", c_double), ("damping", c_double),
                ("personalization", POINTER(c_size_t)), ("n_personalization", c_size_t), ("alpha", c_double),
                ("group", c_char_p), ("relation", c_char_p), ("progress", PROGRESS), ("payload", c_void_p),
                ("from_group", c_char_p), ("to_group", c_char_p), ("avoid", POINTER(c_char_p)),
                ("n_avoid", c_size_t), ("only", POINTER(c_char_p)), ("n_only", c_size_t),
                ("missing_weight", c_int), ("missing_value", c_double), ("collapse_parallel", c_int),
                ("sample", c_size_t), ("seed", c_ulonglong)]


class CommunityOpts(Structure):
    _fields_ = [("version", c_uint), ("method", c_int), ("weight", c_char_p), ("weight_is", c_int),
                ("missing_weight", c_int), ("missing_value", c_double), ("resolution", c_double),
                ("seed", c_ulong), ("group", c_char_p)]


class RouteOpts(Structure):
    _fields_ = [("version", c_uint), ("flags", c_uint), ("cost", c_char_p), ("avoid", POINTER(c_char_p)),
                ("n_avoid", c_size_t), ("only", POINTER(c_char_p)), ("n_only", c_size_t),
                ("via", POINTER(c_size_t)), ("n_via", c_size_t), ("k", c_size_t),
                ("node_cost", c_char_p), ("node_cost2", c_char_p)]


WRITE_OPTS_VERSION = 1
DOT_OPTS_VERSION = 2
ROUTE_OPTS_VERSION = 2
CENTRALITY_OPTS_VERSION = 3
COMMUNITY_OPTS_VERSION = 1
COMMUNITY_ATTRIBUTE = 6
READ_OPTS_VERSION = 2
READ_STRICT, READ_CREATE_MISSING, READ_DIRECTED = 0x1, 0x2, 0x4
WRITE_COMPACT = 0x1
DOT_NO_LEGEND, DOT_GEO, DOT_PLAIN = 0x1, 0x2, 0x4
ROUTE_WIDEST, ROUTE_ASTAR, ROUTE_INCLUDE_PLANNED = 0x1, 0x2, 0x4
DOMAIN_GRAPH, DOMAIN_NODE, DOMAIN_EDGE, DOMAIN_ALL, DOMAIN_OTHER = 1, 2, 4, 7, 8
TYPE_BOOLEAN, TYPE_INT, TYPE_LONG, TYPE_FLOAT, TYPE_DOUBLE, TYPE_STRING, TYPE_OPAQUE = range(7)
WEIGHT_NONE, WEIGHT_DISTANCE, WEIGHT_STRENGTH = 0, 1, 2
MODE_DEFAULT, MODE_OUT, MODE_IN, MODE_ALL = 0, 1, 2, 3
MISSING_ERROR, MISSING_VALUE, MISSING_SKIP = 0, 1, 2
OK, ENOMEM, EIO, EPARSE, EINVAL, ENOTFOUND, ENOPATH, EINTERNAL, EINTERRUPTED = 0, -1, -2, -3, -4, -5, -6, -7, -8

SIZE_MAX = ctypes.c_size_t(-1).value
status = c_int
size_p = POINTER(c_size_t)


# igraph 0.10 as Debian builds it keeps global state (its error handler's
# finally stack): two threads inside it at once corrupt it and abort the
# interpreter. Every call into the library holds this lock, unless the
# library says it is thread-safe. Reentrant: a progress callback may call
# back in from the same thread.
_lock = threading.RLock()
# these touch no shared state: the message buffer is per thread
_FREE = {"sn_version_string", "sn_thread_safe", "sn_strerror", "sn_last_error", "sn_last_error_pos"}


def _fn(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    if name in _FREE or _thread_safe:
        globals()[name] = f
        return

    def locked(*args, _f=f):
        with _lock:
            return _f(*args)
    locked.__name__ = name
    locked.__doc__ = "%s, called under the library lock" % name
    globals()[name] = locked


lib.sn_thread_safe.restype = c_int
lib.sn_thread_safe.argtypes = []
_thread_safe = bool(lib.sn_thread_safe())


# errors, version, memory
_fn("sn_version_string", c_char_p)
_fn("sn_thread_safe", c_int)
_fn("sn_strerror", c_char_p, c_int)
_fn("sn_last_error", c_char_p)
_fn("sn_last_error_pos", None, POINTER(c_char_p), POINTER(ctypes.c_ulong), POINTER(ctypes.c_ulong))
_fn("sn_free", None, c_void_p)
# graphs
_fn("sn_graph_new", status, POINTER(GraphP), c_int)
_fn("sn_graph_free", None, GraphP)
_fn("sn_graph_vertex_count", c_size_t, GraphP)
_fn("sn_graph_edge_count", c_size_t, GraphP)
_fn("sn_graph_is_directed", c_int, GraphP)
_fn("sn_graph_vertex_add", status, GraphP, c_char_p, size_p)
_fn("sn_graph_edge_add", status, GraphP, c_size_t, c_size_t, c_char_p, size_p)
_fn("sn_graph_vertex_id", c_char_p, GraphP, c_size_t)
_fn("sn_graph_vertex_find", status, GraphP, c_char_p, size_p)
_fn("sn_graph_vertex_lookup", status, GraphP, c_char_p, size_p)
_fn("sn_graph_edge_endpoints", status, GraphP, c_size_t, size_p, size_p)
_fn("sn_graph_edge_id", c_char_p, GraphP, c_size_t)
_fn("sn_graph_edge_twin", status, GraphP, c_size_t, size_p)
_fn("sn_graph_vertex_parent", status, GraphP, c_size_t, size_p)
_fn("sn_graph_id", c_char_p, GraphP)
_fn("sn_graph_warning_count", c_size_t, GraphP)
_fn("sn_graph_warning", c_char_p, GraphP, c_size_t)
_fn("sn_graph_components", status, GraphP, size_p, c_size_t, size_p)
_fn("sn_graph_check_schema", status, POINTER(FindingsP), GraphP)
_fn("sn_findings_free", None, FindingsP)
_fn("sn_findings_count", c_size_t, FindingsP)
_fn("sn_findings_message", c_char_p, FindingsP, c_size_t)
_fn("sn_findings_domain", c_int, FindingsP, c_size_t)
_fn("sn_findings_index", c_size_t, FindingsP, c_size_t)
_fn("sn_findings_attribute", c_char_p, FindingsP, c_size_t)
# keys and values
_fn("sn_key_count", c_size_t, GraphP)
_fn("sn_key_find", status, GraphP, c_int, c_char_p, size_p)
_fn("sn_key_add", status, GraphP, c_char_p, c_int, c_int, size_p)
_fn("sn_key_id", c_char_p, GraphP, c_size_t)
_fn("sn_key_name", c_char_p, GraphP, c_size_t)
_fn("sn_key_domain", c_int, GraphP, c_size_t)
_fn("sn_key_type", c_int, GraphP, c_size_t)
_fn("sn_key_type_name", c_char_p, GraphP, c_size_t)
_fn("sn_key_default", c_char_p, GraphP, c_size_t)
_fn("sn_attr_is_set", c_int, GraphP, c_size_t, c_int, c_size_t)
_fn("sn_attr_get_double", status, GraphP, c_size_t, c_int, c_size_t, POINTER(c_double))
_fn("sn_attr_get_long", status, GraphP, c_size_t, c_int, c_size_t, POINTER(c_int64))
_fn("sn_attr_get_bool", status, GraphP, c_size_t, c_int, c_size_t, POINTER(c_int))
_fn("sn_attr_get_string", status, GraphP, c_size_t, c_int, c_size_t, POINTER(c_char_p))
_fn("sn_attr_set_double", status, GraphP, c_size_t, c_int, c_size_t, c_double)
_fn("sn_attr_set_long", status, GraphP, c_size_t, c_int, c_size_t, c_int64)
_fn("sn_attr_set_bool", status, GraphP, c_size_t, c_int, c_size_t, c_int)
_fn("sn_attr_set_string", status, GraphP, c_size_t, c_int, c_size_t, c_char_p)
_fn("sn_attr_get_doubles", status, GraphP, c_size_t, c_int, POINTER(c_double), c_size_t)
# reading and writing
_fn("sn_graph_read_graphml", status, POINTER(GraphP), c_char_p, POINTER(ReadOpts))
_fn("sn_graph_read_graphml_memory", status, POINTER(GraphP), c_char_p, c_size_t, c_char_p, POINTER(ReadOpts))
_fn("sn_graph_read", status, POINTER(GraphP), c_char_p, POINTER(ReadOpts))
_fn("sn_graph_read_memory", status, POINTER(GraphP), c_char_p, c_size_t, c_char_p, POINTER(ReadOpts))
_fn("sn_graph_read_csv", status, POINTER(GraphP), c_char_p, c_char_p, POINTER(ReadOpts))
_fn("sn_graph_write_gexf", status, GraphP, c_char_p, POINTER(WriteOpts))
_fn("sn_graph_write_gexf_memory", status, POINTER(c_void_p), size_p, GraphP, POINTER(WriteOpts))
_fn("sn_graph_write_csv", status, GraphP, c_char_p, c_char_p, POINTER(WriteOpts))
_fn("sn_graph_write_csv_memory", status, POINTER(c_void_p), size_p, POINTER(c_void_p), size_p, GraphP,
    POINTER(WriteOpts))
_fn("sn_graph_vertex_label", c_char_p, GraphP, c_size_t)
_fn("sn_graph_subgraph", status, POINTER(GraphP), GraphP, c_char_p, c_char_p)
_fn("sn_graph_write_graphml", status, GraphP, c_char_p, POINTER(WriteOpts))
_fn("sn_graph_write_graphml_memory", status, POINTER(c_void_p), size_p, GraphP, POINTER(WriteOpts))
_fn("sn_graph_write_dot", status, GraphP, c_char_p, POINTER(DotOpts))
_fn("sn_graph_write_dot_memory", status, POINTER(c_void_p), size_p, GraphP, POINTER(DotOpts))
# centrality
_fn("sn_measure_name", c_char_p, c_int)
_fn("sn_measure_description", c_char_p, c_int)
_fn("sn_measure_from_name", status, c_char_p, POINTER(c_int))
_fn("sn_centrality", status, POINTER(ScoresP), GraphP, c_int, POINTER(CentralityOpts))
_fn("sn_scores_free", None, ScoresP)
_fn("sn_scores_count", c_size_t, ScoresP)
_fn("sn_scores_values", POINTER(c_double), ScoresP)
_fn("sn_scores_domain", c_int, ScoresP)
_fn("sn_scores_stderr", POINTER(c_double), ScoresP)
_fn("sn_scores_sample", c_size_t, ScoresP)
_fn("sn_scores_warning_count", c_size_t, ScoresP)
_fn("sn_scores_warning", c_char_p, ScoresP, c_size_t)
_fn("sn_graph_attach_scores", status, GraphP, c_char_p, ScoresP, size_p)
_fn("sn_brokerage_expected", status, GraphP, c_int, POINTER(CentralityOpts), POINTER(c_double), POINTER(c_double))
# communities
_fn("sn_community_method_from_name", status, c_char_p, POINTER(c_int))
_fn("sn_communities_find", status, POINTER(CommunitiesP), GraphP, POINTER(CommunityOpts))
_fn("sn_communities_free", None, CommunitiesP)
_fn("sn_communities_count", c_size_t, CommunitiesP)
_fn("sn_communities_membership", POINTER(c_size_t), CommunitiesP, size_p)
_fn("sn_communities_modularity", c_double, CommunitiesP)
_fn("sn_communities_warning_count", c_size_t, CommunitiesP)
_fn("sn_communities_warning", c_char_p, CommunitiesP, c_size_t)
_fn("sn_communities_mixing", status, CommunitiesP, GraphP, POINTER(c_double), POINTER(c_double),
    POINTER(c_double))
_fn("sn_graph_attach_communities", status, GraphP, c_char_p, CommunitiesP, size_p)
# routing
_fn("sn_route", status, POINTER(RoutesP), GraphP, c_size_t, c_size_t, POINTER(RouteOpts))
_fn("sn_route_pareto", status, POINTER(RoutesP), GraphP, c_size_t, c_size_t, c_char_p, POINTER(RouteOpts))
_fn("sn_routes_free", None, RoutesP)
_fn("sn_router_new", status, POINTER(RouterP), GraphP, POINTER(RouteOpts))
_fn("sn_router_route", status, POINTER(RoutesP), RouterP, c_size_t, c_size_t)
_fn("sn_router_free", None, RouterP)
_fn("sn_routes_count", c_size_t, RoutesP)
_fn("sn_routes_cost", c_double, RoutesP, c_size_t)
_fn("sn_routes_cost2", c_double, RoutesP, c_size_t)
_fn("sn_routes_vertices", size_p, RoutesP, c_size_t, size_p)
_fn("sn_routes_edges", size_p, RoutesP, c_size_t, size_p)
_fn("sn_routes_unusable", c_size_t, RoutesP)
_fn("sn_routes_settled", c_size_t, RoutesP)
_fn("sn_routes_truncated", c_int, RoutesP)
_fn("sn_routes_cost_at_places", c_double, RoutesP, c_size_t)
_fn("sn_routes_not_operating", c_size_t, RoutesP)
_fn("sn_route_costs", status, POINTER(ScoresP), GraphP, c_size_t, POINTER(RouteOpts))
_fn("sn_route_chokepoints", status, POINTER(ChokeP), GraphP, c_size_t, c_size_t, POINTER(RouteOpts))
_fn("sn_chokepoints_free", None, ChokeP)
_fn("sn_chokepoints_count", c_size_t, ChokeP)
_fn("sn_chokepoints_base_cost", c_double, ChokeP)
_fn("sn_chokepoints_get", status, ChokeP, c_size_t, POINTER(c_int), size_p, POINTER(c_double))
_fn("sn_graph_articulation_points", status, POINTER(size_p), size_p, GraphP)
_fn("sn_graph_bridges", status, POINTER(size_p), size_p, GraphP)
_fn("sn_route_redundancy", status, GraphP, c_size_t, c_size_t, POINTER(RouteOpts), size_p, size_p)
