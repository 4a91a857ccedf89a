/*
 * out.c - JSON, CSV and table output shared by the subcommands.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void json_string(FILE *fp, const char *s)
{
	if (!s) {
		fputs("null", fp); /* an absent label, id or option */
		return;
	}
	fputc('"', fp);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		case '\t': fputs("\\t", fp); break;
		default:
			if (*p < 0x20)
				fprintf(fp, "\\u%04x", *p);
			else
				fputc(*p, fp);
		}
	}
	fputc('"', fp);
}

void json_strings(FILE *fp, const char *const *v, size_t n)
{
	fputc('[', fp);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fputs(", ", fp);
		json_string(fp, v[i]);
	}
	fputc(']', fp);
}

void json_number(FILE *fp, double v)
{
	char buf[40];

	/* JSON has no NaN or infinity */
	if (!isfinite(v)) {
		fputs("null", fp);
		return;
	}
	for (int p = 15; p <= 17; p++) {
		snprintf(buf, sizeof buf, "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	fputs(buf, fp);
}

/* RFC 4180: quote when needed, double the quotes */
void csv_field(FILE *fp, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, fp);
		return;
	}
	fputc('"', fp);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', fp);
		fputc(*s, fp);
	}
	fputc('"', fp);
}

const char *attr_string(const sn_graph *g, sn_domain d, const char *name, size_t index)
{
	size_t k;
	const char *s;

	if (sn_key_find(g, d, name, &k) != SN_OK)
		return NULL;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return NULL;
	if (sn_attr_get_string(g, k, d, index, &s) != SN_OK)
		return NULL;
	return s;
}

const char *cli_vname(const sn_graph *g, size_t v)
{
	const char *s = sn_graph_vertex_label(g, v);
	return s ? s : sn_graph_vertex_id(g, v);
}

void cli_fmt_num(char *buf, size_t size, double v)
{
	if (isnan(v))
		snprintf(buf, size, "-");
	else if (isinf(v))
		snprintf(buf, size, v > 0 ? "inf" : "-inf");
	else if (v == floor(v) && fabs(v) < 1e15)
		snprintf(buf, size, "%.0f", v);
	else
		snprintf(buf, size, "%.4g", v);
}

/* Whether dir holds the bundled file name (and the schema beside it, so
 * that a stray directory named data is not taken for ours). */
static const char *data_in(const char *dir, const char *name, char *buf, size_t size)
{
	FILE *fp;
	int n = snprintf(buf, size, "%s/SCHEMA.md", dir);

	if (n < 0 || (size_t)n >= size || !(fp = fopen(buf, "r")))
		return NULL;
	fclose(fp);
	n = snprintf(buf, size, "%s/%s", dir, name);
	if (n < 0 || (size_t)n >= size || !(fp = fopen(buf, "r")))
		return NULL;
	fclose(fp);
	return buf;
}

/* $SILKNET_DATA when set (and then nothing else), else the installed data,
 * else the source tree's when the binary runs from it uninstalled (found
 * beside the executable, so that no build path is kept in the binary). */
const char *cli_data_path(const char *name, char *buf, size_t size)
{
	const char *env = getenv("SILKNET_DATA");
	char exe[4096], dir[4200];
	ssize_t n;

	if (env && *env)
		return data_in(env, name, buf, size);
	if (data_in(SN_PKGDATADIR, name, buf, size))
		return buf;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	/* cli/silknet, or libtool's cli/.libs/silknet: the data sit beside cli/ */
	for (int up = 0; up < 2; up++) {
		char *slash = strrchr(exe, '/');
		if (!slash)
			break;
		*slash = '\0';
		snprintf(dir, sizeof dir, "%s/../data", exe);
		if (data_in(dir, name, buf, size))
			return buf;
	}
	return NULL;
}

void cli_wrapped(const char *const *words, size_t n, const char *sep, int indent, int col)
{
	size_t seplen = strlen(sep), trimmed = seplen;

	while (trimmed > 0 && sep[trimmed - 1] == ' ')
		trimmed--;
	for (size_t i = 0; i < n; i++) {
		int len = (int)strlen(words[i]);
		if (i > 0) {
			/* room for the word, and for the separator that may end the line */
			if (col + (int)seplen + len + (int)trimmed > CLI_WIDTH) {
				printf("%.*s\n%*s", (int)trimmed, sep, indent, "");
				col = indent;
			} else {
				fputs(sep, stdout);
				col += (int)seplen;
			}
		}
		fputs(words[i], stdout);
		col += len;
	}
	putchar('\n');
}
