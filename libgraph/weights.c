/*
 * weights.c - edge attributes as weights: distances or strengths, checked.
 */
#include "config.h"
#include "internal.h"

#include <math.h>
#include <stdlib.h>

const char *sn__edge_name(const sn_graph *g, size_t e, char *buf, size_t size)
{
	if (g->eid && g->eid[e])
		snprintf(buf, size, "edge '%s'", g->eid[e]);
	else
		snprintf(buf, size, "edge '%s'-'%s'", g->vid[g->ends[2 * e]], g->vid[g->ends[2 * e + 1]]);
	return buf;
}

sn_status sn__weights(const sn_graph *g, const char *attr, sn_weight_kind given, sn_weight_kind need,
                      double missing, igraph_vector_t *out)
{
	size_t k, m = g->ne;
	char name[300];
	sn_status st;

	if (given != SN_WEIGHT_DISTANCE && given != SN_WEIGHT_STRENGTH)
		return sn__error(SN_EINVAL, "weight '%s' needs to be declared a distance or a strength", attr);
	if ((st = sn_key_find(g, SN_DOMAIN_EDGE, attr, &k)) < 0)
		return st;
	if (sn_key_type(g, k) == SN_TYPE_STRING || sn_key_type(g, k) == SN_TYPE_OPAQUE)
		return sn__error(SN_EINVAL, "edge attribute '%s' is a %s, not a number", attr, sn_key_type_name(g, k));
	if (igraph_vector_resize(out, (igraph_integer_t)m) != IGRAPH_SUCCESS)
		return sn__error_nomem();
	if ((st = sn_attr_get_doubles(g, k, SN_DOMAIN_EDGE, VECTOR(*out), m)) < 0)
		return st;
	for (size_t e = 0; e < m; e++) {
		double w = VECTOR(*out)[e];
		if (isnan(w) && !sn_attr_is_set(g, k, SN_DOMAIN_EDGE, e) && !sn_key_default(g, k)) {
			if (isnan(missing))
				return sn__error(SN_EINVAL,
				                 "%s has no '%s' (and the key has no default): say what a missing weight "
				                 "means (left out, or a value)",
				                 sn__edge_name(g, e, name, sizeof name), attr);
			VECTOR(*out)[e] = w = missing;
		}
		if ((st = sn__check_weight(g, e, attr, w, given, need, 0)) < 0)
			return st;
		if (given != need)
			VECTOR(*out)[e] = 1.0 / w;
	}
	return SN_OK;
}

sn_status sn__check_weight(const sn_graph *g, size_t e, const char *attr, double w, sn_weight_kind given,
                           sn_weight_kind need, int allow_zero)
{
	char name[300];

	if (isnan(w))
		return sn__error(SN_EINVAL, "%s: %s is NaN", sn__edge_name(g, e, name, sizeof name), attr);
	if (w < 0 || isinf(w))
		return sn__error(SN_EINVAL, "%s: %s = %g, expected a finite %s not below zero",
		                 sn__edge_name(g, e, name, sizeof name), attr, w,
		                 given == SN_WEIGHT_DISTANCE ? "distance" : "strength");
	if (w == 0 && given != need)
		return sn__error(SN_EINVAL, "%s: %s = 0 cannot be turned into a %s (1/0)",
		                 sn__edge_name(g, e, name, sizeof name), attr,
		                 need == SN_WEIGHT_DISTANCE ? "distance" : "strength");
	if (w == 0 && need == SN_WEIGHT_DISTANCE && !allow_zero)
		return sn__error(SN_EINVAL, "%s: %s = 0, but a distance must be positive",
		                 sn__edge_name(g, e, name, sizeof name), attr);
	return SN_OK;
}
