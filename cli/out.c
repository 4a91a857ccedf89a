/*
 * out.c - JSON, CSV and table output shared by the subcommands.
 */
#include "cli.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void json_string(FILE *fp, const char *s)
{
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

	if (sn_graph_key_find(g, d, name, &k) != SN_OK)
		return NULL;
	if (sn_key_type(g, k) != SN_TYPE_STRING)
		return NULL;
	if (sn_attr_get_string(g, k, d, index, &s) != SN_OK)
		return NULL;
	return s;
}

const char *cli_vname(const sn_graph *g, size_t v)
{
	const char *s = attr_string(g, SN_DOMAIN_NODE, "label", v);
	if (!s)
		s = attr_string(g, SN_DOMAIN_NODE, "name", v);
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

/* $SILKNET_DATA, then the installed data, then the source tree's */
const char *cli_data_path(const char *name, char *buf, size_t size)
{
	const char *dirs[] = { getenv("SILKNET_DATA"), SN_PKGDATADIR, SN_SRCDATADIR };
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
		FILE *fp;
		if (!dirs[i] || !dirs[i][0])
			continue;
		snprintf(buf, size, "%s/%s", dirs[i], name);
		if ((fp = fopen(buf, "r"))) {
			fclose(fp);
			return buf;
		}
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
