/*
 * schema.c - the vocabulary of data/SCHEMA.md checked on a graph: node
 * kinds, relations, modes and statuses; ISO country codes; coordinate and
 * cost ranges; amounts without units and edges without sources; corridors
 * whose segments do not connect. The command line's validate and the
 * Python binding's Graph.check() both print what this finds, so the two
 * cannot disagree.
 *
 * Findings are sentences kept in one growing buffer (offsets, not a
 * pointer each), so that a million findings on a million edges cost about
 * what their text does and no allocation apiece.
 */
#include "config.h"
#include "internal.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct finding {
	size_t off;             /* into text */
	size_t index;           /* element, or SIZE_MAX */
	const char *attribute;  /* static, or NULL */
	sn_domain domain;
} finding;

struct sn_findings {
	finding *items;
	size_t n, cap;
	char *text;
	size_t len, tcap;
	sn_status st;           /* the first allocation failure */
};

static const char *const known_kinds[] = {
	"state", "bloc", "institution", "company", "initiative", "programme", "forum", "city", "port",
	"border_crossing", "dry_port", "terminal", "station", "hub", "region", "group", "person", "field", NULL
};
static const char *const known_relations[] = {
	/* money, goods and people */
	"trade", "trade_total", "trade_2020", "aid", "investment", "loan", "debt_relief", "funding", "migration",
	"diaspora", "supply", "telecom_supply", "surveillance_supply", "digital_services", "logistics_service",
	"logistics_development", "joint_venture", "joint_projects", "ppp_contracts", "market_leader",
	"company_relocation", "technical_assistance", "advisory", "aid_channel", "unlabelled_figure",
	/* belonging and structure */
	"membership", "ownership", "home_state", "affiliation", "located_in", "part_of", "within_framework",
	"host", "co_organizer", "participation", "links", "segment",
	/* diplomacy and policy */
	"summit_format", "forum_format", "ministerial_talks", "diplomatic_attendance", "diplomatic_recognition",
	"diaspora_fora", "policy_target", "policy_diffusion", "response_to", "priority_partner", "cooperation",
	"engagement", "economic_partner", "shared_interests", "support", "counterbalancing", "rapprochement",
	/* security and disputes */
	"security", "security_guarantee", "security_intervention", "security_assistance", "military_withdrawal",
	"border_dispute", "territorial_dispute", "territorial_cession", "war",
	NULL
};
static const char *const known_modes[] = { "rail", "road", "sea", "ferry", "pipeline", "fibre", "air", "river",
	                                        "multimodal", NULL };
static const char *const known_statuses[] = { "operating", "under_construction", "planned", NULL };
/* costs and strengths: numbers, finite, not negative */
static const char *const nonneg_attrs[] = { "weight", "km", "days", "usd", "capacity", NULL };

static void add(sn_findings *f, sn_domain d, size_t index, const char *attribute, const char *fmt, ...)
	SN_PRINTF(5, 6);

static void add(sn_findings *f, sn_domain d, size_t index, const char *attribute, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (f->st)
		return;
	if (f->n == f->cap) {
		size_t cap = f->cap ? 2 * f->cap : 16;
		finding *grown = realloc(f->items, cap * sizeof *grown);
		if (!grown) {
			f->st = SN_ENOMEM;
			return;
		}
		f->items = grown;
		f->cap = cap;
	}
	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(f->text ? f->text + f->len : NULL, f->tcap - f->len, fmt, ap);
		va_end(ap);
		if (n < 0) {
			f->st = SN_EINTERNAL;
			return;
		}
		if ((size_t)n < f->tcap - f->len)
			break;
		size_t cap = f->tcap ? 2 * f->tcap : 4096;
		while (cap - f->len <= (size_t)n)
			cap *= 2;
		char *grown = realloc(f->text, cap);
		if (!grown) {
			f->st = SN_ENOMEM;
			return;
		}
		f->text = grown;
		f->tcap = cap;
	}
	f->items[f->n++] = (finding){ f->len, index, attribute, d };
	f->len += (size_t)n + 1;
}

static int in_list(const char *const *list, const char *s)
{
	for (; *list; list++)
		if (strcmp(*list, s) == 0)
			return 1;
	return 0;
}

static const char *string_of(const sn_graph *g, sn_domain d, const char *name, size_t i)
{
	size_t k;
	const char *s;

	if (sn_key_find(g, d, name, &k) != SN_OK || sn_key_type(g, k) != SN_TYPE_STRING ||
	    sn_attr_get_string(g, k, d, i, &s) != SN_OK)
		return NULL;
	return s;
}

/* How a finding names its element: node 'X', edge 'e1' or edge A-B. */
static const char *elem_name(const sn_graph *g, sn_domain d, size_t i, char *buf, size_t size)
{
	size_t s, t;
	if (d == SN_DOMAIN_NODE)
		snprintf(buf, size, "node '%s'", sn_graph_vertex_id(g, i));
	else if (sn_graph_edge_id(g, i))
		snprintf(buf, size, "edge '%s'", sn_graph_edge_id(g, i));
	else {
		sn_graph_edge_endpoints(g, i, &s, &t);
		snprintf(buf, size, "edge %s-%s", sn_graph_vertex_id(g, s), sn_graph_vertex_id(g, t));
	}
	return buf;
}

static size_t count_of(const sn_graph *g, sn_domain d)
{
	return d == SN_DOMAIN_NODE ? sn_graph_vertex_count(g) : sn_graph_edge_count(g);
}

/* An undirected edge's twin is the same tie: checked once. */
static int is_twin(const sn_graph *g, sn_domain d, size_t i)
{
	size_t t;
	return d == SN_DOMAIN_EDGE && sn_graph_edge_twin(g, i, &t) == SN_OK;
}

static void check_words(sn_findings *f, const sn_graph *g, sn_domain d, const char *attr,
                        const char *const *list)
{
	char name[300];

	for (size_t i = 0, n = count_of(g, d); i < n; i++) {
		const char *s = string_of(g, d, attr, i);
		if (s && !is_twin(g, d, i) && !in_list(list, s))
			add(f, d, i, attr, "%s: %s '%s' is not in the vocabulary (data/SCHEMA.md)",
			    elem_name(g, d, i, name, sizeof name), attr, s);
	}
}

static void check_range(sn_findings *f, const sn_graph *g, sn_domain d, const char *attr, double lo, double hi)
{
	char name[300];
	size_t k;

	if (sn_key_find(g, d, attr, &k) != SN_OK)
		return;
	if (sn_key_type(g, k) == SN_TYPE_STRING || sn_key_type(g, k) == SN_TYPE_OPAQUE) {
		add(f, d, SIZE_MAX, attr, "%s attribute '%s' is a %s, expected a number", sn_domain_name(d), attr,
		    sn_key_type_name(g, k));
		return;
	}
	for (size_t i = 0, n = count_of(g, d); i < n; i++) {
		double v;
		if (is_twin(g, d, i) || sn_attr_get_double(g, k, d, i, &v) != SN_OK)
			continue;
		if (!(v >= lo && v <= hi))
			add(f, d, i, attr, "%s: %s = %g, expected a number from %g to %g",
			    elem_name(g, d, i, name, sizeof name), attr, v, lo, hi);
	}
}

static void check_country(sn_findings *f, const sn_graph *g)
{
	char name[300];

	for (size_t i = 0; i < sn_graph_vertex_count(g); i++) {
		const char *s = string_of(g, SN_DOMAIN_NODE, "country", i);
		if (s && !(strlen(s) == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z'))
			add(f, SN_DOMAIN_NODE, i, "country", "%s: country '%s' is not an ISO 3166 alpha-2 code",
			    elem_name(g, SN_DOMAIN_NODE, i, name, sizeof name), s);
	}
}

/* Edges with an amount but no unit, and (when the file cites sources at
 * all) edges without a source. */
static void check_units_sources(sn_findings *f, const sn_graph *g)
{
	size_t kamount, kunit, ksource;
	int has_amount = sn_key_find(g, SN_DOMAIN_EDGE, "amount", &kamount) == SN_OK;
	int has_unit = sn_key_find(g, SN_DOMAIN_EDGE, "unit", &kunit) == SN_OK;
	int has_source = sn_key_find(g, SN_DOMAIN_EDGE, "source", &ksource) == SN_OK;
	char name[300];

	for (size_t e = 0; e < sn_graph_edge_count(g); e++) {
		double x;
		const char *s;
		if (is_twin(g, SN_DOMAIN_EDGE, e))
			continue;
		if (has_amount && sn_attr_get_double(g, kamount, SN_DOMAIN_EDGE, e, &x) == SN_OK &&
		    !(has_unit && sn_attr_get_string(g, kunit, SN_DOMAIN_EDGE, e, &s) == SN_OK && s[0]))
			add(f, SN_DOMAIN_EDGE, e, "unit", "%s: amount %g has no unit",
			    elem_name(g, SN_DOMAIN_EDGE, e, name, sizeof name), x);
		if (has_source && !(sn_attr_get_string(g, ksource, SN_DOMAIN_EDGE, e, &s) == SN_OK && s[0]))
			add(f, SN_DOMAIN_EDGE, e, "source", "%s has no source", elem_name(g, SN_DOMAIN_EDGE, e, name, sizeof name));
	}
}

/* Whether list s ("TITR;NORTH") names corridor c, of len bytes. */
static int names_corridor(const char *s, const char *c, size_t len)
{
	for (const char *p = s;;) {
		const char *end = strchr(p, ';');
		size_t n = end ? (size_t)(end - p) : strlen(p);
		if (n == len && strncmp(p, c, len) == 0)
			return 1;
		if (!end)
			return 0;
		p = end + 1;
	}
}

static size_t find_root(size_t *parent, size_t x)
{
	while (parent[x] != x)
		x = parent[x] = parent[parent[x]];
	return x;
}

/* The number of separate parts the segments of corridor c (len bytes)
 * form; a segment may belong to several corridors ("TITR;NORTH"). */
static size_t corridor_parts(const sn_graph *g, size_t k, const char *c, size_t len, size_t *parent)
{
	size_t n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g), roots = 0;

	for (size_t v = 0; v < n; v++)
		parent[v] = SIZE_MAX;
	for (size_t e = 0; e < m; e++) {
		const char *s;
		size_t a, b;
		if (sn_attr_get_string(g, k, SN_DOMAIN_EDGE, e, &s) != SN_OK || !names_corridor(s, c, len))
			continue;
		sn_graph_edge_endpoints(g, e, &a, &b);
		if (parent[a] == SIZE_MAX)
			parent[a] = a;
		if (parent[b] == SIZE_MAX)
			parent[b] = b;
		a = find_root(parent, a);
		b = find_root(parent, b);
		if (a != b)
			parent[a] = b;
	}
	for (size_t v = 0; v < n; v++)
		roots += parent[v] == v;
	return roots;
}

/* Each corridor named in the 'corridor' lists must form one connected
 * route network. Corridors are found in order of first mention; the
 * names already seen are kept as (start, length) into their edges' own
 * strings, which outlive this function. */
static void check_corridors(sn_findings *f, const sn_graph *g)
{
	size_t k, n = sn_graph_vertex_count(g), m = sn_graph_edge_count(g), *parent;
	struct seen {
		const char *p;
		size_t len;
	} *seen = NULL;
	size_t nseen = 0, cseen = 0;

	if (sn_key_find(g, SN_DOMAIN_EDGE, "corridor", &k) != SN_OK || sn_key_type(g, k) != SN_TYPE_STRING)
		return;
	if (!(parent = malloc((n + 1) * sizeof *parent))) {
		f->st = SN_ENOMEM;
		return;
	}
	for (size_t e = 0; e < m && !f->st; e++) {
		const char *s;
		if (sn_attr_get_string(g, k, SN_DOMAIN_EDGE, e, &s) != SN_OK)
			continue;
		for (const char *p = s;; p++) {
			const char *end = strchr(p, ';');
			size_t len = end ? (size_t)(end - p) : strlen(p), i, parts;
			for (i = 0; i < nseen && !(seen[i].len == len && memcmp(seen[i].p, p, len) == 0); i++)
				;
			if (i == nseen && len) {
				if (nseen == cseen) {
					size_t cap = cseen ? 2 * cseen : 16;
					struct seen *grown = realloc(seen, cap * sizeof *grown);
					if (!grown) {
						f->st = SN_ENOMEM;
						break;
					}
					seen = grown;
					cseen = cap;
				}
				seen[nseen++] = (struct seen){ p, len };
				if ((parts = corridor_parts(g, k, p, len, parent)) > 1)
					add(f, SN_DOMAIN_EDGE, SIZE_MAX, "corridor",
					    "corridor '%.*s' does not connect: its segments form %zu separate parts",
					    (int)(len > INT_MAX ? INT_MAX : len), p, parts);
			}
			if (!end)
				break;
			p = end;
		}
	}
	free(seen);
	free(parent);
}

sn_status sn_graph_check_schema(sn_findings **out, const sn_graph *g)
{
	sn_findings *f;

	SN_CHECK_ARG(out);
	*out = NULL;
	SN_CHECK_ARG(g);
	if (!(f = calloc(1, sizeof *f)))
		return sn__error_nomem();
	check_words(f, g, SN_DOMAIN_NODE, "kind", known_kinds);
	check_words(f, g, SN_DOMAIN_EDGE, "relation", known_relations);
	check_words(f, g, SN_DOMAIN_EDGE, "mode", known_modes);
	check_words(f, g, SN_DOMAIN_EDGE, "status", known_statuses);
	check_words(f, g, SN_DOMAIN_NODE, "status", known_statuses);
	check_country(f, g);
	check_range(f, g, SN_DOMAIN_NODE, "lat", -90, 90);
	check_range(f, g, SN_DOMAIN_NODE, "lon", -180, 180);
	/* time or money spent at a place (a node cost) */
	for (const char *const *a = nonneg_attrs; *a; a++)
		check_range(f, g, SN_DOMAIN_NODE, *a, 0, INFINITY);
	for (const char *const *a = nonneg_attrs; *a; a++)
		check_range(f, g, SN_DOMAIN_EDGE, *a, 0, INFINITY);
	check_units_sources(f, g);
	check_corridors(f, g);
	if (f->st) {
		sn_status st = f->st;
		sn_findings_free(f);
		return st == SN_ENOMEM ? sn__error_nomem() : sn__error(st, "the schema check failed");
	}
	*out = f;
	return SN_OK;
}

void sn_findings_free(sn_findings *f)
{
	if (!f)
		return;
	free(f->items);
	free(f->text);
	free(f);
}

size_t sn_findings_count(const sn_findings *f)
{
	return f ? f->n : 0;
}

const char *sn_findings_message(const sn_findings *f, size_t i)
{
	return f && i < f->n ? f->text + f->items[i].off : NULL;
}

sn_domain sn_findings_domain(const sn_findings *f, size_t i)
{
	return f && i < f->n ? f->items[i].domain : SN_DOMAIN_GRAPH;
}

size_t sn_findings_index(const sn_findings *f, size_t i)
{
	return f && i < f->n ? f->items[i].index : SIZE_MAX;
}

const char *sn_findings_attribute(const sn_findings *f, size_t i)
{
	return f && i < f->n ? f->items[i].attribute : NULL;
}
