/*
 * attr.c - attribute keys and their typed columns.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t elem_size(sn_type t)
{
	switch (t) {
	case SN_TYPE_BOOLEAN: return sizeof(int8_t);
	case SN_TYPE_INT: return sizeof(int32_t);
	case SN_TYPE_LONG: return sizeof(int64_t);
	case SN_TYPE_FLOAT: return sizeof(float);
	case SN_TYPE_DOUBLE: return sizeof(double);
	default: return sizeof(const char *);
	}
}

int sn__domain_slot(sn_domain d)
{
	switch (d) {
	case SN_DOMAIN_GRAPH: return 0;
	case SN_DOMAIN_NODE: return 1;
	case SN_DOMAIN_EDGE: return 2;
	default: return -1;
	}
}

const char *sn_domain_name(sn_domain d)
{
	switch (d) {
	case SN_DOMAIN_GRAPH: return "graph";
	case SN_DOMAIN_NODE: return "node";
	case SN_DOMAIN_EDGE: return "edge";
	case SN_DOMAIN_ALL: return "all";
	default: return "other";
	}
}

sn_status sn__key_append(sn_graph *g, const char *id, size_t len, sn_key **out)
{
	return sn__key_append_dup(g, id, len, 0, out);
}

sn_status sn__key_append_dup(sn_graph *g, const char *id, size_t len, int dup, sn_key **out)
{
	sn_status st = sn__grow((void **)&g->keys, &g->ckeys, g->nkeys + 1, sizeof *g->keys);
	const char *iid;
	size_t *slot;

	if (st < 0)
		return st;
	if (!(iid = sn__strpool_intern_val(&g->keyids, id, len, &slot)))
		return sn__error_nomem();
	if (*slot && !dup)
		return sn__error(SN_EINVAL, "duplicate key id '%s'", iid);
	if (!*slot)
		*slot = g->nkeys + 1; /* lookup by id finds the first */
	*out = &g->keys[g->nkeys++];
	memset(*out, 0, sizeof **out);
	(*out)->id = iid;
	return SN_OK;
}

const sn_column *sn__column(const sn_key *k, int slot)
{
	return k->col ? &k->col[slot] : NULL;
}

size_t sn_key_count(const sn_graph *g)
{
	return g ? g->nkeys : 0;
}

static const char *key_label(const sn_key *k)
{
	return k->name ? k->name : k->id;
}

sn_status sn_key_find(const sn_graph *g, sn_domain domain, const char *name, size_t *out)
{
	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(name != NULL);
	SN_CHECK_ARG(out != NULL);
	SN_CHECK_ARG(sn__domain_slot(domain) >= 0);
	/* a key of the element's own domain wins over a for="all" key */
	for (int pass = 0; pass < 2; pass++)
		for (size_t k = 0; k < g->nkeys; k++) {
			const sn_key *key = &g->keys[k];
			if (pass == 0 ? key->domain != domain : !(key->domain & domain) || key->domain == SN_DOMAIN_OTHER)
				continue;
			if (strcmp(key_label(key), name) == 0) {
				*out = k;
				return SN_OK;
			}
		}
	return sn__error(SN_ENOTFOUND, "no %s attribute '%s'", sn_domain_name(domain), name);
}

sn_status sn_key_find_id(const sn_graph *g, const char *id, size_t *out)
{
	const size_t *slot;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(id != NULL);
	SN_CHECK_ARG(out != NULL);
	slot = sn__strpool_val(&g->keyids, id, strlen(id));
	if (!slot || !*slot)
		return sn__error(SN_ENOTFOUND, "no key with id '%s'", id);
	*out = *slot - 1;
	return SN_OK;
}

sn_status sn_key_add(sn_graph *g, const char *name, sn_domain domain, sn_type type, size_t *out)
{
	char idbuf[32];
	const char *iname;
	sn_key *k;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(name != NULL && name[0] != '\0');
	SN_CHECK_ARG(domain == SN_DOMAIN_GRAPH || domain == SN_DOMAIN_NODE || domain == SN_DOMAIN_EDGE ||
	             domain == SN_DOMAIN_ALL);
	SN_CHECK_ARG(type >= SN_TYPE_BOOLEAN && type <= SN_TYPE_STRING);
	for (size_t i = 0; i < g->nkeys; i++)
		if ((g->keys[i].domain & domain) && g->keys[i].domain != SN_DOMAIN_OTHER &&
		    strcmp(key_label(&g->keys[i]), name) == 0)
			return sn__error(SN_EINVAL, "a %s attribute named '%s' exists already",
			                 sn_domain_name(g->keys[i].domain), name);
	for (size_t n = g->nkeys;; n++) {
		size_t dummy;
		snprintf(idbuf, sizeof idbuf, "d%zu", n);
		if (sn_key_find_id(g, idbuf, &dummy) == SN_ENOTFOUND)
			break;
	}
	if (!(iname = sn__intern(g, name, strlen(name))))
		return sn__error_nomem();
	if ((st = sn__key_append(g, idbuf, strlen(idbuf), &k)) < 0)
		return st;
	k->name = iname;
	k->domain = domain;
	k->type = type;
	k->type_name = sn_type_name(type);
	k->for_name = sn_domain_name(domain);
	if (out)
		*out = g->nkeys - 1;
	return SN_OK;
}

static const sn_key *get_key(const sn_graph *g, size_t key)
{
	return g && key < g->nkeys ? &g->keys[key] : NULL;
}

const char *sn_key_id(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k ? k->id : NULL;
}

const char *sn_key_name(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k ? k->name : NULL;
}

sn_domain sn_key_domain(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k ? k->domain : (sn_domain)0;
}

sn_type sn_key_type(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k ? k->type : (sn_type)0;
}

const char *sn_key_type_name(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k ? k->type_name : NULL;
}

const char *sn_key_default(const sn_graph *g, size_t key)
{
	const sn_key *k = get_key(g, key);
	return k && k->has_default ? k->def_text : NULL;
}

static const char *format_interned(sn_graph *g, sn_type type, sn_val v)
{
	char buf[64];

	if (type == SN_TYPE_STRING || type == SN_TYPE_OPAQUE)
		return v.s;
	sn__format_number(type, v, buf, sizeof buf);
	return sn__intern(g, buf, strlen(buf));
}

sn_status sn_key_set_default(sn_graph *g, size_t key, const char *text)
{
	const char *why = NULL;
	sn_key *k;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(key < g->nkeys);
	k = &g->keys[key];
	if (!text) {
		k->has_default = 0;
		k->def_text = NULL;
		return SN_OK;
	}
	st = sn__parse_value(g, k->type, text, strlen(text), &v, &why);
	if (st == SN_EPARSE)
		return sn__error(SN_EPARSE, "default '%s' for %s key '%s': %s", text, k->type_name,
		                 key_label(k), why);
	if (st < 0)
		return st;
	if (!(k->def_text = format_interned(g, k->type, v)))
		return sn__error_nomem();
	k->def = v;
	k->has_default = 1;
	return SN_OK;
}

/* ---- columns ---- */

sn_status sn__column_set(sn_graph *g, sn_key *k, int slot, size_t index, sn_val v)
{
	size_t es = elem_size(k->type);
	sn_column *c;
	sn_status st;

	if (!k->col && !(k->col = calloc(3, sizeof *k->col)))
		return sn__error_nomem();
	c = &k->col[slot];
	if (index >= c->cap) {
		/* columns follow the element capacity so that they grow with it */
		size_t want = slot == 0 ? 1 : slot == 1 ? g->cv : g->ce, vcap = c->cap;
		if (want <= index)
			want = index + 1;
		if ((st = sn__grow(&c->vals, &vcap, want, es)) < 0)
			return st;
		if ((st = sn__grow((void **)&c->set, &c->cap, vcap, 1)) < 0)
			return st;
	}
	switch (k->type) {
	case SN_TYPE_BOOLEAN: ((int8_t *)c->vals)[index] = (int8_t)(v.l != 0); break;
	case SN_TYPE_INT: ((int32_t *)c->vals)[index] = (int32_t)v.l; break;
	case SN_TYPE_LONG: ((int64_t *)c->vals)[index] = v.l; break;
	case SN_TYPE_FLOAT: ((float *)c->vals)[index] = (float)v.d; break;
	case SN_TYPE_DOUBLE: ((double *)c->vals)[index] = v.d; break;
	default: ((const char **)c->vals)[index] = v.s; break;
	}
	c->set[index] = 1;
	if (index >= c->len)
		c->len = index + 1;
	return SN_OK;
}

int sn__column_get(const sn_key *k, int slot, size_t index, sn_val *v)
{
	const sn_column *c = sn__column(k, slot);

	if (!c || index >= c->len || !c->set[index]) {
		if (!k->has_default)
			return 0;
		*v = k->def;
		return 1;
	}
	switch (k->type) {
	case SN_TYPE_BOOLEAN: v->l = ((const int8_t *)c->vals)[index]; break;
	case SN_TYPE_INT: v->l = ((const int32_t *)c->vals)[index]; break;
	case SN_TYPE_LONG: v->l = ((const int64_t *)c->vals)[index]; break;
	case SN_TYPE_FLOAT: v->d = sn__float_value(((const float *)c->vals)[index]); break;
	case SN_TYPE_DOUBLE: v->d = ((const double *)c->vals)[index]; break;
	default: v->s = ((const char *const *)c->vals)[index]; break;
	}
	return 1;
}

/* Checks key, domain and index; gives the key and its column slot. */
static sn_status locate(const sn_graph *g, size_t key, sn_domain domain, size_t index, const sn_key **kout,
                        int *slot)
{
	const sn_key *k;
	int s;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(key < g->nkeys);
	k = &g->keys[key];
	s = sn__domain_slot(domain);
	if (s < 0)
		return sn__error(SN_EINVAL, "invalid argument: domain must be graph, node or edge");
	if (!(k->domain & domain) || k->domain == SN_DOMAIN_OTHER)
		return sn__error(SN_EINVAL, "key '%s' is for %s, not %s", key_label(k), sn_domain_name(k->domain),
		                 sn_domain_name(domain));
	if ((s == 0 && index != 0) || (s == 1 && index >= g->nv) || (s == 2 && index >= g->ne))
		return sn__error(SN_EINVAL, "%s index %zu out of range", sn_domain_name(domain), index);
	*kout = k;
	*slot = s;
	return SN_OK;
}

int sn_attr_is_set(const sn_graph *g, size_t key, sn_domain domain, size_t index)
{
	const sn_key *k;
	const sn_column *c;
	int slot;

	if (locate(g, key, domain, index, &k, &slot) < 0)
		return 0;
	c = sn__column(k, slot);
	return c && index < c->len && c->set[index];
}

sn_status sn_attr_unset(sn_graph *g, size_t key, sn_domain domain, size_t index)
{
	const sn_key *k;
	int slot;
	sn_status st;

	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	if (k->col && index < k->col[slot].len)
		g->keys[key].col[slot].set[index] = 0;
	return SN_OK;
}

static sn_status get_value(const sn_graph *g, size_t key, sn_domain domain, size_t index, const sn_key **kout,
                           sn_val *v)
{
	int slot;
	sn_status st;

	if ((st = locate(g, key, domain, index, kout, &slot)) < 0)
		return st;
	if (!sn__column_get(*kout, slot, index, v))
		return sn__error(SN_ENOTFOUND, "%s %zu has no value for '%s'", sn_domain_name(domain), index,
		                 key_label(*kout));
	return SN_OK;
}

static int is_integral(sn_type t)
{
	return t == SN_TYPE_BOOLEAN || t == SN_TYPE_INT || t == SN_TYPE_LONG;
}

static int is_numeric(sn_type t)
{
	return is_integral(t) || t == SN_TYPE_FLOAT || t == SN_TYPE_DOUBLE;
}

sn_status sn_attr_get_double(const sn_graph *g, size_t key, sn_domain domain, size_t index, double *out)
{
	const sn_key *k;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	if ((st = get_value(g, key, domain, index, &k, &v)) < 0)
		return st;
	if (!is_numeric(k->type))
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a number", key_label(k), k->type_name);
	*out = is_integral(k->type) ? (double)v.l : v.d;
	return SN_OK;
}

sn_status sn_attr_get_long(const sn_graph *g, size_t key, sn_domain domain, size_t index, int64_t *out)
{
	const sn_key *k;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	if ((st = get_value(g, key, domain, index, &k, &v)) < 0)
		return st;
	if (!is_integral(k->type))
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not an integer", key_label(k), k->type_name);
	*out = v.l;
	return SN_OK;
}

sn_status sn_attr_get_bool(const sn_graph *g, size_t key, sn_domain domain, size_t index, int *out)
{
	const sn_key *k;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	if ((st = get_value(g, key, domain, index, &k, &v)) < 0)
		return st;
	if (k->type != SN_TYPE_BOOLEAN)
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a boolean", key_label(k), k->type_name);
	*out = v.l != 0;
	return SN_OK;
}

sn_status sn_attr_get_string(const sn_graph *g, size_t key, sn_domain domain, size_t index, const char **out)
{
	const sn_key *k;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	if ((st = get_value(g, key, domain, index, &k, &v)) < 0)
		return st;
	if (k->type != SN_TYPE_STRING && k->type != SN_TYPE_OPAQUE)
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a string", key_label(k), k->type_name);
	*out = v.s;
	return SN_OK;
}

sn_status sn_attr_format(char **out, const sn_graph *g, size_t key, sn_domain domain, size_t index)
{
	const sn_key *k;
	char buf[64];
	const char *text = buf;
	sn_val v;
	sn_status st;

	SN_CHECK_ARG(out != NULL);
	*out = NULL;
	if ((st = get_value(g, key, domain, index, &k, &v)) < 0)
		return st;
	if (k->type == SN_TYPE_STRING || k->type == SN_TYPE_OPAQUE)
		text = v.s;
	else
		sn__format_number(k->type, v, buf, sizeof buf);
	if (!(*out = strdup(text)))
		return sn__error_nomem();
	return SN_OK;
}

sn_status sn_attr_set_double(sn_graph *g, size_t key, sn_domain domain, size_t index, double value)
{
	const sn_key *k;
	sn_val v;
	int slot;
	sn_status st;

	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	if (k->type == SN_TYPE_FLOAT || k->type == SN_TYPE_DOUBLE) {
		if (k->type == SN_TYPE_FLOAT && isfinite(value) && fabs(value) > 3.4028234663852886e38)
			return sn__error(SN_EINVAL, "%g is out of range for float attribute '%s'", value, key_label(k));
		v.d = value;
		return sn__column_set(g, &g->keys[key], slot, index, v);
	}
	if (is_integral(k->type)) {
		if (!(value == floor(value)) || fabs(value) > 9.2e18)
			return sn__error(SN_EINVAL, "%g is not an integer, as %s attribute '%s' needs", value,
			                 k->type_name, key_label(k));
		return sn_attr_set_long(g, key, domain, index, (int64_t)value);
	}
	return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a number", key_label(k), k->type_name);
}

sn_status sn_attr_set_long(sn_graph *g, size_t key, sn_domain domain, size_t index, int64_t value)
{
	const sn_key *k;
	sn_val v;
	int slot;
	sn_status st;

	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	switch (k->type) {
	case SN_TYPE_BOOLEAN:
		if (value != 0 && value != 1)
			return sn__error(SN_EINVAL, "%lld is not 0 or 1, as boolean attribute '%s' needs",
			                 (long long)value, key_label(k));
		break;
	case SN_TYPE_INT:
		if (value < INT32_MIN || value > INT32_MAX)
			return sn__error(SN_EINVAL, "%lld is out of range for int attribute '%s'", (long long)value,
			                 key_label(k));
		break;
	case SN_TYPE_LONG: break;
	case SN_TYPE_FLOAT:
	case SN_TYPE_DOUBLE:
		v.d = (double)value;
		return sn__column_set(g, &g->keys[key], slot, index, v);
	default:
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a number", key_label(k), k->type_name);
	}
	v.l = value;
	return sn__column_set(g, &g->keys[key], slot, index, v);
}

sn_status sn_attr_set_bool(sn_graph *g, size_t key, sn_domain domain, size_t index, int value)
{
	const sn_key *k;
	int slot;
	sn_status st;

	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	if (k->type != SN_TYPE_BOOLEAN)
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a boolean", key_label(k), k->type_name);
	return sn_attr_set_long(g, key, domain, index, value ? 1 : 0);
}

sn_status sn_attr_set_string(sn_graph *g, size_t key, sn_domain domain, size_t index, const char *value)
{
	const sn_key *k;
	sn_val v;
	int slot;
	sn_status st;

	SN_CHECK_ARG(value != NULL);
	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	if (k->type != SN_TYPE_STRING && k->type != SN_TYPE_OPAQUE)
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a string", key_label(k), k->type_name);
	if ((st = sn__parse_key_value(g, &g->keys[key], value, strlen(value), &v, NULL)) < 0)
		return st;
	return sn__column_set(g, &g->keys[key], slot, index, v);
}

sn_status sn_attr_set_text(sn_graph *g, size_t key, sn_domain domain, size_t index, const char *text)
{
	const char *why = NULL;
	const sn_key *k;
	sn_val v;
	int slot;
	sn_status st;

	SN_CHECK_ARG(text != NULL);
	if ((st = locate(g, key, domain, index, &k, &slot)) < 0)
		return st;
	st = sn__parse_key_value(g, &g->keys[key], text, strlen(text), &v, &why);
	if (st == SN_EPARSE)
		return sn__error(SN_EPARSE, "value '%s' for %s attribute '%s': %s", text, k->type_name,
		                 key_label(k), why);
	if (st < 0)
		return st;
	return sn__column_set(g, &g->keys[key], slot, index, v);
}

sn_status sn_attr_get_doubles(const sn_graph *g, size_t key, sn_domain domain, double *out, size_t n)
{
	const sn_key *k;
	int slot;
	sn_val v;

	SN_CHECK_ARG(g != NULL);
	SN_CHECK_ARG(out != NULL || n == 0);
	SN_CHECK_ARG(domain == SN_DOMAIN_NODE || domain == SN_DOMAIN_EDGE);
	SN_CHECK_ARG(n == (domain == SN_DOMAIN_NODE ? g->nv : g->ne));
	if (n == 0) {
		SN_CHECK_ARG(key < g->nkeys);
		return SN_OK;
	}
	{
		sn_status st = locate(g, key, domain, 0, &k, &slot);
		if (st < 0)
			return st;
	}
	if (!is_numeric(k->type))
		return sn__error(SN_EINVAL, "attribute '%s' is a %s, not a number", key_label(k), k->type_name);
	for (size_t i = 0; i < n; i++) {
		if (!sn__column_get(k, slot, i, &v))
			out[i] = NAN;
		else
			out[i] = is_integral(k->type) ? (double)v.l : v.d;
	}
	return SN_OK;
}

static int is_number_type(sn_type t)
{
	return t == SN_TYPE_INT || t == SN_TYPE_LONG || t == SN_TYPE_FLOAT || t == SN_TYPE_DOUBLE;
}

/* Moves narrow's values into wide (elements wide has no value for),
 * converted; returns how many moved, or -1 when out of memory. */
static long move_values(sn_graph *g, sn_key *wide, sn_key *narrow, int slot)
{
	const sn_column *c = sn__column(narrow, slot);
	long moved = 0;

	for (size_t i = 0; c && i < c->len; i++) {
		sn_val v;
		const sn_column *wc = sn__column(wide, slot);
		if (!c->set[i] || (wc && i < wc->len && wc->set[i]) || !sn__column_get(narrow, slot, i, &v))
			continue;
		if ((wide->type == SN_TYPE_FLOAT || wide->type == SN_TYPE_DOUBLE) &&
		    (narrow->type == SN_TYPE_INT || narrow->type == SN_TYPE_LONG))
			v.d = (double)v.l;
		if (sn__column_set(g, wide, slot, i, v) < 0)
			return -1;
		moved++;
	}
	return moved;
}

typedef struct key_ref {
	const char *name;
	size_t index;
	sn_domain domain;
} key_ref;

static int key_ref_cmp(const void *x, const void *y)
{
	const key_ref *a = x, *b = y;
	int c;
	if (a->domain != b->domain)
		return a->domain < b->domain ? -1 : 1;
	if ((c = strcmp(a->name, b->name)))
		return c;
	return a->index < b->index ? -1 : a->index > b->index;
}

/* Links each number key to the next key (by index) of its domain and
 * name: next[i], SIZE_MAX at a group's end. Sorting makes this
 * O(K log K), where comparing every pair took minutes at 100,000 keys. */
static size_t *number_key_groups(const sn_graph *g)
{
	key_ref *refs = malloc((g->nkeys + 1) * sizeof *refs);
	size_t *next = malloc((g->nkeys + 1) * sizeof *next), n = 0;

	if (!refs || !next) {
		free(refs);
		free(next);
		return NULL;
	}
	for (size_t i = 0; i < g->nkeys; i++) {
		const sn_key *k = &g->keys[i];
		next[i] = SIZE_MAX;
		if (k->name && k->domain != SN_DOMAIN_OTHER && k->domain != SN_DOMAIN_ALL && is_number_type(k->type))
			refs[n++] = (key_ref){ k->name, i, k->domain };
	}
	qsort(refs, n, sizeof *refs, key_ref_cmp);
	for (size_t t = 0; t + 1 < n; t++)
		if (refs[t].domain == refs[t + 1].domain && strcmp(refs[t].name, refs[t + 1].name) == 0)
			next[refs[t].index] = refs[t + 1].index;
	free(refs);
	return next;
}

sn_status sn__merge_number_keys(sn_graph *g, const char *file)
{
	size_t *next;

	if (g->nkeys < 2)
		return SN_OK;
	if (!(next = number_key_groups(g)))
		return sn__error_nomem();
	/* pairs in the order (i, j), i < j, as one would compare them all */
	for (size_t i = 0; i < g->nkeys; i++)
		for (size_t j = next[i]; j != SIZE_MAX; j = next[j]) {
			sn_key *a = &g->keys[i], *b = &g->keys[j], *wide, *narrow;
			int slot;
			long moved;
			if (a->domain != b->domain || a->domain == SN_DOMAIN_OTHER)
				continue;
			wide = a->type >= b->type ? a : b;
			narrow = wide == a ? b : a;
			slot = sn__domain_slot(a->domain);
			if ((moved = move_values(g, wide, narrow, slot)) < 0) {
				free(next);
				return sn__error_nomem();
			}
			/* the narrow key stays, empty, out of reach of lookups by name,
			 * and the writer leaves it out */
			if (narrow->col) {
				sn_column *c = &narrow->col[slot];
				free(c->vals);
				free(c->set);
				memset(c, 0, sizeof *c);
			}
			narrow->domain = SN_DOMAIN_OTHER;
			narrow->merged = 1;
			sn__warn(g, "%s: keys '%s' (%s) and '%s' (%s) both declare the %s attribute '%s', as NetworkX does "
			            "for a mix of ints and floats: read as one %s column (%ld values moved)",
			         file, a->id, a->type_name, b->id, b->type_name, sn_domain_name(a->domain), a->name,
			         sn_type_name(wide->type), moved);
		}
	free(next);
	return SN_OK;
}

/* Groups are found by content, not by pointer: a reader may keep a column
 * of values that seldom repeat without interning them (sn__parse_key_value). */
sn_status sn__string_groups(const sn_graph *g, size_t key, sn_domain d, size_t *gid, size_t *ngroups)
{
	const sn_key *k = &g->keys[key];
	int slot = sn__domain_slot(d);
	size_t n = d == SN_DOMAIN_NODE ? g->nv : g->ne, count = 0;
	sn__strpool seen;
	sn_status st = SN_OK;

	memset(&seen, 0, sizeof seen);
	for (size_t i = 0; i < n; i++) {
		sn_val v;
		size_t *slotval;
		if ((k->type != SN_TYPE_STRING && k->type != SN_TYPE_OPAQUE) || !sn__column_get(k, slot, i, &v)) {
			gid[i] = SIZE_MAX;
			continue;
		}
		if (!sn__strpool_intern_val(&seen, v.s, strlen(v.s), &slotval)) {
			st = sn__error_nomem();
			break;
		}
		if (!*slotval)
			*slotval = ++count;
		gid[i] = *slotval - 1;
	}
	sn__strpool_free(&seen);
	*ngroups = count;
	return st;
}
