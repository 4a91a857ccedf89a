/*
 * report_html.c - the report as one web page, DIR/index.html: for each
 * network its diagram inline (the SVG Graphviz drew, whose places and
 * segments carry tooltips), a sortable table of its actors or places, and
 * the text of each section of the report. One self-contained file: no
 * script, style or image is fetched from anywhere, so it opens offline
 * and can be mailed.
 *
 * A table sorts by a click on its heading; a link ending in
 * #sort=TABLE:COLUMN (e.g. #sort=central-asia-actors:betweenness) opens
 * it sorted, highest first.
 */
#define _GNU_SOURCE /* open_memstream */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char page_head[] =
	"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	"<title>silknet report</title>\n<style>\n"
	"body{font:15px/1.45 Helvetica,Arial,sans-serif;margin:0 auto;max-width:1600px;padding:0 24px;color:#222}\n"
	"h1{font-size:26px;margin:24px 0 4px}h2{font-size:21px;border-bottom:2px solid #ccc;margin-top:40px}\n"
	"h3{font-size:17px;margin:22px 0 6px}nav a{margin-right:18px}\n"
	"pre{font:13px/1.4 Menlo,Consolas,monospace;background:#f7f7f7;padding:10px;overflow-x:auto}\n"
	".diagram svg{width:100%;height:auto;border:1px solid #ddd}\n"
	"table.sortable{border-collapse:collapse;font-size:14px;margin:8px 0}\n"
	"table.sortable th{cursor:pointer;background:#eee;text-align:left;padding:4px 10px;position:sticky;top:0}\n"
	"table.sortable th:after{content:' \\2195';color:#999}\n"
	"table.sortable td{padding:3px 10px;border-bottom:1px solid #eee}\n"
	"table.sortable td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
	".scroll{max-height:520px;overflow-y:auto;display:inline-block}\n"
	".note{color:#666;font-size:13px}\n"
	"</style>\n</head>\n<body>\n";

/* Sorting: numbers by value (cells carry data-v), text by locale; NaN
 * and empty cells last. A #sort=TABLE:COLUMN link sorts on opening. */
static const char page_script[] =
	"<script>\n"
	"(function(){\n"
	"function key(c){var v=c.getAttribute('data-v');return v===null?c.textContent:v;}\n"
	"function sort(t,i,desc){var b=t.tBodies[0],r=[].slice.call(b.rows);\n"
	" r.sort(function(x,y){var a=key(x.cells[i]),c=key(y.cells[i]),na=parseFloat(a),nc=parseFloat(c);\n"
	"  if(a===''||c==='')return a===''?1:-1;\n"
	"  var d=(!isNaN(na)&&!isNaN(nc))?na-nc:a.localeCompare(c);return desc?-d:d;});\n"
	" r.forEach(function(x){b.appendChild(x);});t.setAttribute('data-sorted',i+(desc?' desc':' asc'));}\n"
	"var ts=document.querySelectorAll('table.sortable');\n"
	"for(var k=0;k<ts.length;k++)(function(t){var hs=t.tHead.rows[0].cells;\n"
	" for(var i=0;i<hs.length;i++)(function(i){hs[i].addEventListener('click',function(){\n"
	"  var d=t.getAttribute('data-sorted')!==i+' desc';sort(t,i,d);});})(i);\n"
	" t.classList.add('ready');})(ts[k]);\n"
	"var m=/#sort=([^:]+):(.+)$/.exec(decodeURIComponent(location.hash));\n"
	"if(m){var t=document.getElementById('table-'+m[1]);if(t){var hs=t.tHead.rows[0].cells;\n"
	" for(var i=0;i<hs.length;i++)if(hs[i].textContent===m[2])sort(t,i,true);}}\n"
	"})();\n"
	"</script>\n";

/* Escapes text for HTML content and attribute values. */
static void esc(FILE *fp, const char *s, size_t n)
{
	for (size_t i = 0; i < n && s[i]; i++) {
		switch (s[i]) {
		case '&': fputs("&amp;", fp); break;
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default: fputc(s[i], fp);
		}
	}
}

static void escs(FILE *fp, const char *s)
{
	esc(fp, s, strlen(s));
}

int html_report_open(html_report *h)
{
	memset(h, 0, sizeof *h);
	if (!(h->body = open_memstream(&h->text, &h->len))) {
		cli_error("out of memory");
		return EXIT_BAD_INPUT;
	}
	return EXIT_OK;
}

/* The report's text of one network as headed blocks: a title line over a
 * rule of dashes becomes a heading, what follows it preformatted text. */
static void text_blocks(FILE *fp, const char *text)
{
	const char *p = text;
	int open = 0;

	while (*p) {
		const char *nl = strchr(p, '\n'), *next = nl ? nl + 1 : p + strlen(p);
		size_t len = (size_t)(next - p) - (nl != NULL);
		const char *nl2 = *next ? strchr(next, '\n') : NULL;
		size_t len2 = nl2 ? (size_t)(nl2 - next) : 0;
		int heading = len > 0 && nl2 && len2 > 0 && strspn(next, "-") == len2;
		if (heading || (len > 6 && strncmp(p, "== ", 3) == 0)) {
			if (open)
				fputs("</pre>\n", fp);
			open = 0;
			if (heading) {
				fputs("<h3>", fp);
				esc(fp, p, len);
				fputs("</h3>\n", fp);
				p = nl2 + 1;
			} else
				p = next; /* the network's own title is its h2 */
			continue;
		}
		if (!open) {
			if (len == 0) {
				p = next;
				continue;
			}
			fputs("<pre>", fp);
			open = 1;
		}
		esc(fp, p, len);
		fputc('\n', fp);
		p = next;
	}
	if (open)
		fputs("</pre>\n", fp);
}

/* The SVG file's <svg> element and what follows, inline; nothing when it
 * cannot be read (the page then says so). */
static int inline_svg(FILE *fp, const char *path)
{
	FILE *in = fopen(path, "r");
	char *text = NULL, *svg;
	size_t cap = 0;
	ssize_t n;

	if (!in)
		return 0;
	n = getdelim(&text, &cap, '\0', in);
	fclose(in);
	if (n <= 0 || !(svg = strstr(text, "<svg"))) {
		free(text);
		return 0;
	}
	fputs(svg, fp);
	free(text);
	return 1;
}

/* One row per vertex, ranked by the first measure, at most max_rows. */
static void vertex_table(FILE *fp, const sn_graph *g, const char *id, const sn_measure *ms, sn_scores **sc,
                         size_t nm, size_t max_rows)
{
	size_t n = sn_graph_vertex_count(g), *rank = malloc((n ? n : 1) * sizeof *rank), rows;
	const char *kind_attr = "kind", *country_attr = "country";

	if (!rank)
		return;
	for (size_t i = 0; i < n; i++)
		rank[i] = i;
	if (nm && cli_rank(rank, n, sn_scores_values(sc[0]), 1) < 0) {
		free(rank);
		return;
	}
	rows = n < max_rows ? n : max_rows;
	fputs("<div class=\"scroll\"><table class=\"sortable\" id=\"table-", fp);
	escs(fp, id);
	fputs("\">\n<thead><tr><th>id</th><th>name</th><th>kind</th><th>country</th>", fp);
	for (size_t m = 0; m < nm; m++) {
		fprintf(fp, "<th>%s</th>", sn_measure_name(ms[m]));
		if (sn_scores_stderr(sc[m]))
			fprintf(fp, "<th>%s_se</th>", sn_measure_name(ms[m]));
	}
	fputs("</tr></thead>\n<tbody>\n", fp);
	for (size_t r = 0; r < rows; r++) {
		size_t v = rank[r];
		const char *label = cli_vertex_label(g, v), *kind = attr_string(g, SN_DOMAIN_NODE, kind_attr, v),
		           *country = attr_string(g, SN_DOMAIN_NODE, country_attr, v);
		fputs("<tr><td>", fp);
		escs(fp, sn_graph_vertex_id(g, v));
		fputs("</td><td>", fp);
		escs(fp, label ? label : "");
		fputs("</td><td>", fp);
		escs(fp, kind ? kind : "");
		fputs("</td><td>", fp);
		escs(fp, country ? country : "");
		fputs("</td>", fp);
		for (size_t m = 0; m < nm; m++)
			for (int e = 0; e < 1 + (sn_scores_stderr(sc[m]) != NULL); e++) {
				double x = e ? sn_scores_stderr(sc[m])[v] : sn_scores_values(sc[m])[v];
				char num[40];
				if (isnan(x)) {
					fputs("<td class=\"n\" data-v=\"\"></td>", fp);
					continue;
				}
				cli_fmt_num(num, sizeof num, x);
				fprintf(fp, "<td class=\"n\" data-v=\"%.17g\">%s</td>", x, num);
			}
		fputs("</tr>\n", fp);
	}
	fputs("</tbody></table></div>\n", fp);
	if (rows < n)
		fprintf(fp, "<p class=\"note\">the %zu highest of %zu, by %s</p>\n", rows, n, sn_measure_name(ms[0]));
	free(rank);
}

void html_report_network(html_report *h, const sn_graph *g, const char *id, const char *title, const char *text,
                         const char *svg_path, int places, const sn_measure *ms, sn_scores **sc, size_t nm)
{
	FILE *fp = h->body;

	if (h->n < HTML_MAX_NETWORKS) {
		snprintf(h->ids[h->n], sizeof h->ids[h->n], "%s", id);
		snprintf(h->titles[h->n], sizeof h->titles[h->n], "%s", title);
		h->n++;
	}
	fputs("<section id=\"", fp);
	escs(fp, id);
	fputs("\">\n<h2>", fp);
	escs(fp, title);
	fputs("</h2>\n", fp);
	if (svg_path) {
		fputs("<div class=\"diagram\">\n", fp);
		if (!inline_svg(fp, svg_path))
			fputs("<p class=\"note\">the diagram could not be read</p>\n", fp);
		fputs("</div>\n<p class=\"note\">Hover over a place or a segment for its name.</p>\n", fp);
	}
	if (nm) {
		fprintf(fp, "<h3>%s</h3>\n", places ? "Places" : "Actors");
		vertex_table(fp, g, id, ms, sc, nm, 500);
	}
	text_blocks(fp, text);
	fputs("</section>\n", fp);
}

/* Writes DIR/index.html atomically: a temporary file beside it, renamed
 * over it when complete. */
int html_report_close(html_report *h, const char *outdir)
{
	char path[4096], tmp[4200];
	FILE *fp = NULL;
	int fd, rc = EXIT_OK;

	fclose(h->body);
	h->body = NULL;
	snprintf(path, sizeof path, "%s/index.html", outdir);
	if (mkdir(outdir, 0777) != 0 && errno != EEXIST) {
		cli_error("%s: cannot create: %s", outdir, strerror(errno));
		free(h->text);
		return EXIT_BAD_INPUT;
	}
	if ((fd = cli_temp_beside(path, tmp, sizeof tmp)) < 0 || !(fp = fdopen(fd, "w"))) {
		cli_error("%s: cannot write: %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		free(h->text);
		return EXIT_BAD_INPUT;
	}
	fputs(page_head, fp);
	fprintf(fp, "<h1>silknet report</h1>\n<p class=\"note\">silknet %s</p>\n<nav>", sn_version_string());
	for (size_t i = 0; i < h->n; i++) {
		fputs("<a href=\"#", fp);
		escs(fp, h->ids[i]);
		fputs("\">", fp);
		escs(fp, h->titles[i]);
		fputs("</a>", fp);
	}
	fputs("</nav>\n", fp);
	fwrite(h->text, 1, h->len, fp);
	fputs(page_script, fp);
	fputs("</body>\n</html>\n", fp);
	if (fflush(fp) != 0 || ferror(fp) || fsync(fd) != 0) {
		cli_error("%s: cannot write: %s", path, strerror(errno));
		rc = EXIT_BAD_INPUT;
	}
	if (fclose(fp) != 0 && rc == EXIT_OK) {
		cli_error("%s: cannot write: %s", path, strerror(errno));
		rc = EXIT_BAD_INPUT;
	}
	if (rc == EXIT_OK && rename(tmp, path) != 0) {
		cli_error("%s: cannot write: %s", path, strerror(errno));
		rc = EXIT_BAD_INPUT;
	}
	if (rc != EXIT_OK)
		unlink(tmp);
	free(h->text);
	h->text = NULL;
	return rc;
}
