/*
 * value.c - GraphML text <-> typed values, one definition for the reader,
 * the writer and the setters.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const type_names[] = {
	"boolean", "int", "long", "float", "double", "string", "string"
};

const char *sn_type_name(sn_type type)
{
	if ((unsigned)type > SN_TYPE_OPAQUE)
		return "unknown";
	return type_names[type];
}

int sn__type_from_name(const char *name, sn_type *out)
{
	for (int t = SN_TYPE_BOOLEAN; t <= SN_TYPE_STRING; t++)
		if (strcmp(name, type_names[t]) == 0) {
			*out = (sn_type)t;
			return 1;
		}
	return 0;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The XML Schema lexical forms of xs:double besides ordinary numbers, and
 * the spellings NetworkX and C libraries write. */
static int special_double(const char *s, double *out)
{
	static const struct { const char *text; int sign; int nan; } forms[] = {
		{ "INF", 1, 0 }, { "+INF", 1, 0 }, { "-INF", -1, 0 }, { "NaN", 0, 1 },
		{ "inf", 1, 0 }, { "+inf", 1, 0 }, { "-inf", -1, 0 }, { "nan", 0, 1 },
		{ "Infinity", 1, 0 }, { "-Infinity", -1, 0 }, { "infinity", 1, 0 }, { "-infinity", -1, 0 },
	};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
		if (strcmp(s, forms[i].text) == 0) {
			*out = forms[i].nan ? NAN : forms[i].sign * INFINITY;
			return 1;
		}
	return 0;
}

/* the powers of ten a double holds exactly */
static const double exact_pow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

/* Clinger's fast path: a decimal with at most 15 significant digits and a
 * small power of ten is one exact integer times (or divided by) one exact
 * power of ten, so the single rounding gives strtod's correctly rounded
 * result. Everything else goes to strtod. */
static int fast_decimal(const char *s, size_t len, double *out)
{
	uint64_t m = 0;
	int digits = 0, frac = 0, neg = 0, seen_dot = 0, any = 0;
	size_t i = 0;

	if (len && (s[0] == '-' || s[0] == '+')) {
		neg = s[0] == '-';
		i++;
	}
	for (; i < len; i++) {
		char c = s[i];
		if (c >= '0' && c <= '9') {
			any = 1;
			if (m == 0 && c == '0') {
				if (seen_dot)
					frac++;
				continue; /* leading zeros carry no digits */
			}
			if (++digits > 15)
				return 0;
			m = m * 10 + (uint64_t)(c - '0');
			if (seen_dot)
				frac++;
		} else if (c == '.' && !seen_dot)
			seen_dot = 1;
		else
			return 0; /* exponents and the rest: strtod */
	}
	if (!any || frac > 22)
		return 0;
	*out = (double)m / exact_pow10[frac];
	if (neg)
		*out = -*out;
	return 1;
}

/* Parses as XML Schema does for GraphML's types: surrounding white space
 * dropped for everything but strings, booleans as true/false/1/0 (and the
 * capitalized forms other tools write), integers checked against their
 * width, doubles exact (plain decimals in place, the rest by strtod, which
 * must not see hex or nan(...)); a float is narrowed to 32 bits. */
sn_status sn__parse_value(sn_graph *g, sn_type type, const char *text, size_t len, sn_val *out, const char **why)
{
	char small[128], *buf = small, *end;
	sn_status st = SN_OK;

	if (type == SN_TYPE_STRING || type == SN_TYPE_OPAQUE) {
		out->s = sn__intern(g, text, len);
		return out->s ? SN_OK : sn__error_nomem();
	}
	/* every other type collapses surrounding white space (XML Schema) */
	while (len > 0 && is_space(text[0])) {
		text++;
		len--;
	}
	while (len > 0 && is_space(text[len - 1]))
		len--;
	if (len == 0) {
		*why = type == SN_TYPE_BOOLEAN ? "empty, expected true or false" : "empty, expected a number";
		return SN_EPARSE;
	}
	/* plain decimals, most numbers in most files, need no copy */
	if ((type == SN_TYPE_DOUBLE || type == SN_TYPE_FLOAT) && fast_decimal(text, len, &out->d)) {
		if (type == SN_TYPE_FLOAT)
			out->d = sn__float_value((float)out->d);
		return SN_OK;
	}
	if (len >= sizeof small) {
		if (type != SN_TYPE_DOUBLE && type != SN_TYPE_FLOAT) {
			*why = "too long for a number";
			return SN_EPARSE;
		}
		buf = malloc(len + 1);
		if (!buf)
			return sn__error_nomem();
	}
	memcpy(buf, text, len);
	buf[len] = '\0';
	if (memchr(buf, '\0', len)) {
		*why = "contains a NUL character";
		st = SN_EPARSE;
		goto done;
	}

	switch (type) {
	case SN_TYPE_BOOLEAN:
		if (!strcmp(buf, "true") || !strcmp(buf, "1") || !strcmp(buf, "True") || !strcmp(buf, "TRUE"))
			out->l = 1;
		else if (!strcmp(buf, "false") || !strcmp(buf, "0") || !strcmp(buf, "False") || !strcmp(buf, "FALSE"))
			out->l = 0;
		else {
			*why = "expected true, false, 1 or 0";
			st = SN_EPARSE;
		}
		break;
	case SN_TYPE_INT:
	case SN_TYPE_LONG: {
		long long v;
		if (!(buf[0] == '-' || buf[0] == '+' || (buf[0] >= '0' && buf[0] <= '9'))) {
			*why = "expected an integer";
			st = SN_EPARSE;
			break;
		}
		errno = 0;
		v = strtoll(buf, &end, 10);
		if (end == buf || *end) {
			*why = "expected an integer";
			st = SN_EPARSE;
		} else if (errno == ERANGE || (type == SN_TYPE_INT && (v < INT32_MIN || v > INT32_MAX))) {
			*why = type == SN_TYPE_INT ? "out of range for a 32-bit int" : "out of range for a 64-bit long";
			st = SN_EPARSE;
		} else
			out->l = v;
		break;
	}
	case SN_TYPE_FLOAT:
	case SN_TYPE_DOUBLE: {
		double v;
		if (special_double(buf, &v)) {
			out->d = v;
			break;
		}
		/* strtod would also take hex floats and "nan(...)": not xs:double */
		for (const char *p = buf; *p; p++)
			if (!strchr("0123456789+-.eE", *p)) {
				*why = "expected a number";
				st = SN_EPARSE;
				goto done;
			}
		errno = 0;
		v = strtod(buf, &end);
		if (end == buf || *end) {
			*why = "expected a number";
			st = SN_EPARSE;
		} else if (errno == ERANGE && fabs(v) > 1.0) {
			*why = type == SN_TYPE_FLOAT ? "out of range for a float" : "out of range for a double";
			st = SN_EPARSE;
		} else if (type == SN_TYPE_FLOAT && isfinite(v) && fabs(v) > 3.4028234663852886e38) {
			*why = "out of range for a float";
			st = SN_EPARSE;
		} else
			/* underflow to a subnormal or zero is the nearest value: keep it */
			out->d = type == SN_TYPE_FLOAT ? sn__float_value((float)v) : v;
		break;
	}
	default:
		*why = "unknown type";
		st = SN_EPARSE;
	}
done:
	if (buf != small)
		free(buf);
	return st;
}

/* What "%.15g" prints for a double in [1e-4, 1e15) that some decimal of at
 * most 15 significant digits reads back to (most stored values: they were
 * read from such text), without printf's arbitrary-precision arithmetic.
 * r / 10^k is then exact in both operands and correctly rounded, so it
 * equals v exactly when that decimal reads back; the smallest such k gives
 * %.15g's digits, trailing zeros stripped. Returns 0 to leave v to printf. */
static int format_fast(double v, char *buf, size_t size)
{
	double a = fabs(v);
	char digits[24];
	int k, nd = 0, n = 0;
	uint64_t r = 0;

	if (!(a >= 1e-4 && a < 1e15) || size < 24)
		return 0;
	for (k = 0; k <= 15; k++) {
		double m = a * exact_pow10[k];
		if (m >= 1e15)
			return 0;
		r = (uint64_t)nearbyint(m);
		if ((double)r / exact_pow10[k] == a)
			break;
	}
	if (k > 15 || (k > 0 && r % 10 == 0))
		return 0;
	do {
		digits[nd++] = (char)('0' + r % 10);
		r /= 10;
	} while (r);
	if (v < 0)
		buf[n++] = '-';
	if (nd <= k) { /* 0.00ddd */
		buf[n++] = '0';
		buf[n++] = '.';
		for (int z = 0; z < k - nd; z++)
			buf[n++] = '0';
		while (nd)
			buf[n++] = digits[--nd];
	} else {
		while (nd) {
			if (nd == k)
				buf[n++] = '.';
			buf[n++] = digits[--nd];
		}
	}
	buf[n] = '\0';
	return 1;
}

/* Shortest "%.Ng" that reads back to the same value. */
static void format_shortest(double v, int min_digits, int max_digits, int is_float, char *buf, size_t size)
{
	for (int p = min_digits; p <= max_digits; p++) {
		snprintf(buf, size, "%.*g", p, v);
		if (is_float ? (float)strtod(buf, NULL) == (float)v : strtod(buf, NULL) == v)
			return;
	}
}

double sn__float_value(float f)
{
	char buf[40];

	if (!isfinite(f) || f == 0)
		return (double)f;
	format_shortest((double)f, fabsf(f) < FLT_MIN ? 1 : 6, 9, 1, buf, sizeof buf);
	return strtod(buf, NULL);
}

void sn__format_number(sn_type type, sn_val v, char *buf, size_t size)
{
	switch (type) {
	case SN_TYPE_BOOLEAN:
		snprintf(buf, size, "%s", v.l ? "true" : "false");
		break;
	case SN_TYPE_INT:
	case SN_TYPE_LONG:
		snprintf(buf, size, "%lld", (long long)v.l);
		break;
	case SN_TYPE_FLOAT:
	case SN_TYPE_DOUBLE:
		if (isnan(v.d))
			snprintf(buf, size, "NaN");
		else if (isinf(v.d))
			snprintf(buf, size, "%s", v.d > 0 ? "INF" : "-INF");
		/* for normal numbers, when %.15g (%.6g) reads back it is also the
		 * shortest form; subnormals carry fewer digits: search them all */
		else if (type == SN_TYPE_FLOAT)
			format_shortest(v.d, fabs(v.d) < FLT_MIN && v.d != 0 ? 1 : 6, 9, 1, buf, size);
		else if (!format_fast(v.d, buf, size))
			format_shortest(v.d, fabs(v.d) < DBL_MIN && v.d != 0 ? 1 : 15, 17, 0, buf, size);
		break;
	default:
		buf[0] = '\0';
	}
}

/* How many of a string column's values are interned before the column is
 * judged, and the share of new ones (7/8) that marks values that do not
 * repeat: interning them would cost a hash table slot each, a cache miss
 * on every insertion into a table larger than the cache, and save
 * nothing. */
#define PROBE_VALUES 1024u

sn_status sn__parse_key_value(sn_graph *g, sn_key *k, const char *text, size_t len, sn_val *out, const char **why)
{
	size_t before;

	if (k->type != SN_TYPE_STRING && k->type != SN_TYPE_OPAQUE)
		return sn__parse_value(g, k->type, text, len, out, why);
	if (k->probed >= PROBE_VALUES && (uint64_t)k->fresh * 8 > (uint64_t)k->probed * 7) {
		out->s = sn__strpool_store(&g->strings, text, len);
		return out->s ? SN_OK : sn__error_nomem();
	}
	before = g->strings.len;
	if (!(out->s = sn__intern(g, text, len)))
		return sn__error_nomem();
	if (k->probed < PROBE_VALUES) {
		k->probed++;
		k->fresh += g->strings.len != before;
	}
	return SN_OK;
}
