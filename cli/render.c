/*
 * render.c - images through Graphviz: the DOT silknet writes, laid out and
 * drawn by dot, neato or sfdp, into SVG, PNG or PDF. Graphviz runs as a
 * child with a time limit; its output goes to a temporary file beside the
 * target, renamed over it only when Graphviz succeeded, so a failure
 * leaves what -o names as it was.
 */
#define _GNU_SOURCE /* memmem */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

const char *cli_render_engine(const char *engine, int geo, size_t vertices)
{
	if (engine)
		return engine;
	/* pinned positions need neato -n2; dot's layered drawing of more than
	 * a few dozen vertices is too wide for its labels to be read on a slide
	 * (80 actors: 4 px at 1,600 px, sfdp's 9 px), and sfdp scales beyond */
	return geo ? "neato" : vertices <= 30 ? "dot" : "sfdp";
}

/* Writes all of buf to fd, retrying short writes; 0 or -1. */
static int write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t n = write(fd, buf, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return -1;
		buf += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Waits for pid at most timeout seconds (then kills it): its exit status,
 * or -1 when it was killed for the time. */
static int wait_for(pid_t pid, double timeout)
{
	struct timespec start, now, nap = { 0, 20 * 1000 * 1000 };
	int status;

	clock_gettime(CLOCK_MONOTONIC, &start);
	for (;;) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid)
			return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
		if (r < 0 && errno != EINTR)
			return 127;
		clock_gettime(CLOCK_MONOTONIC, &now);
		if ((double)(now.tv_sec - start.tv_sec) + (double)(now.tv_nsec - start.tv_nsec) / 1e9 > timeout) {
			kill(pid, SIGKILL);
			waitpid(pid, &status, 0);
			return -1;
		}
		nanosleep(&nap, NULL);
	}
}

int cli_temp_beside(const char *out, char *tmp, size_t size)
{
	mode_t mask;
	int fd;

	const char *slash = out ? strrchr(out, '/') : NULL;

	/* mkstemp's template: it replaces the trailing six characters */
	static const char unique[] = "XXXXXX";

	if (!out)
		snprintf(tmp, size, "%s/silknet-render-%s", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", unique);
	else if (slash)
		snprintf(tmp, size, "%.*s/.silknet-render-%s", (int)(slash - out), out, unique);
	else
		snprintf(tmp, size, ".silknet-render-%s", unique);
	if ((fd = mkstemp(tmp)) < 0)
		return -1;
	/* mkstemp makes it 0600: an output is as readable as any new file */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	return fd;
}

/* The smallest text of an SVG, in px when the drawing is shown 1,600 px
 * wide (a slide); 0 when it cannot be told. */
static double slide_px(const char *text)
{
	const char *p = strstr(text, "<svg width=\"");
	double width = p ? strtod(p + 12, NULL) : 0, smallest = 0;

	for (p = text; (p = strstr(p, "font-size=\"")); p += 11) {
		double fs = strtod(p + 11, NULL);
		if (fs > 0 && (smallest == 0 || fs < smallest))
			smallest = fs;
	}
	return width > 0 ? smallest * 1600.0 / width : 0;
}

/* What silknet adds to an SVG Graphviz drew, in one reading of the file
 * at path: *px, its smallest labels at slide size (slide_px), pt[] its
 * width and height in points (0 when not told), and, with group, the
 * polygons Graphviz draws a _background as, right after the page's,
 * wrapped in one group, id and class "basemap", so that a stylesheet or a
 * test can find the map beneath. 0 or -1. */
static int finish_svg(const char *path, int group, double *px, double pt[2])
{
	static const char open_tag[] = "<g id=\"basemap\" class=\"basemap\">\n", close_tag[] = "</g>\n";
	FILE *fp = fopen(path, group ? "r+" : "r");
	char *text = NULL, *page, *first, *end;
	long size;
	int rc = -1;

	*px = pt[0] = pt[1] = 0;
	if (!fp)
		return -1;
	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    !(text = malloc((size_t)size + 1)) || fread(text, 1, (size_t)size, fp) != (size_t)size)
		goto done;
	text[size] = '\0';
	*px = slide_px(text);
	if ((page = strstr(text, "<svg width=\"")) && sscanf(page, "<svg width=\"%lfpt\" height=\"%lfpt\"", &pt[0], &pt[1]) != 2)
		pt[0] = pt[1] = 0;
	rc = 0;
	/* the page is the graph's first polygon; the map's follow it */
	if (!group || !(page = strstr(text, "<g id=\"graph0\"")) || !(page = strstr(page, "<polygon")) ||
	    !(first = strchr(page, '\n')))
		goto done;
	first++;
	for (end = first; strncmp(end, "<polygon", 8) == 0;) {
		char *nl = strchr(end, '\n');
		if (!nl)
			break;
		end = nl + 1;
	}
	if (end == first)
		goto done;
	rewind(fp);
	if (!(fwrite(text, 1, (size_t)(first - text), fp) == (size_t)(first - text) && fputs(open_tag, fp) >= 0 &&
	      fwrite(first, 1, (size_t)(end - first), fp) == (size_t)(end - first) && fputs(close_tag, fp) >= 0 &&
	      fwrite(end, 1, (size_t)(text + size - end), fp) == (size_t)(text + size - end)))
		rc = -1;
done:
	free(text);
	if (fclose(fp) != 0)
		rc = -1;
	return rc;
}

/* Unlinks the first n temporary files. */
static void unlink_all(char (*tmp)[4096], size_t n)
{
	for (size_t i = 0; i < n; i++)
		unlink(tmp[i]);
}

/* One Graphviz run lays the drawing out once and writes every format
 * (-Tsvg -o A -Tpng -o B): a large network's layout is most of the time.
 * Each output is first written beside itself, then renamed into place. */
int cli_render_all(const char *dot, size_t len, const char *const *formats, const char *const *outs, size_t n,
                   const char *engine, int geo, const char *extra, double timeout, double *svg_pt)
{
	char tmp[CLI_RENDER_MAX][4096], fmt[CLI_RENDER_MAX][32], dash_o[CLI_RENDER_MAX][4100];
	int in[2], rc;
	pid_t pid;

	if (n == 0 || n > CLI_RENDER_MAX)
		return EXIT_BAD_INPUT;
	for (size_t i = 0; i < n; i++) {
		int fd;
		snprintf(fmt[i], sizeof fmt[i], "-T%s", formats[i]);
		if ((fd = cli_temp_beside(outs[i], tmp[i], sizeof tmp[i])) < 0) {
			cli_error("%s: cannot create a file beside it: %s", outs[i] ? outs[i] : "<stdout>", strerror(errno));
			unlink_all(tmp, i);
			return EXIT_BAD_INPUT;
		}
		close(fd);
		snprintf(dash_o[i], sizeof dash_o[i], "-o%s", tmp[i]);
	}
	if (pipe(in) != 0) {
		cli_error("cannot run Graphviz: %s", strerror(errno));
		unlink_all(tmp, n);
		return EXIT_BAD_INPUT;
	}
	pid = fork();
	if (pid == 0) {
		char *args[5 + 2 * CLI_RENDER_MAX];
		int k = 0;
		args[k++] = (char *)engine;
		if (geo && !strcmp(engine, "neato"))
			args[k++] = "-n2";
		if (extra)
			args[k++] = (char *)extra;
		for (size_t i = 0; i < n; i++) {
			args[k++] = fmt[i];
			args[k++] = dash_o[i];
		}
		args[k] = NULL;
		dup2(in[0], 0);
		close(in[0]);
		close(in[1]);
		execvp(engine, args);
		_exit(127);
	}
	close(in[0]);
	if (pid < 0) {
		cli_error("cannot run Graphviz: %s", strerror(errno));
		close(in[1]);
		unlink_all(tmp, n);
		return EXIT_BAD_INPUT;
	}
	{
		/* Graphviz may stop reading early (an error): its status says why */
		void (*old)(int) = signal(SIGPIPE, SIG_IGN);
		write_all(in[1], dot, len);
		close(in[1]);
		signal(SIGPIPE, old);
	}
	rc = wait_for(pid, timeout);
	if (rc != 0) {
		unlink_all(tmp, n);
		if (rc == 127)
			cli_error("Graphviz's %s was not found: install Graphviz (apt-get install graphviz), or give "
			          "--engine", engine);
		else if (rc < 0)
			cli_error("%s did not finish in %g s: try --engine sfdp, or a smaller network", engine, timeout);
		else
			cli_error("%s failed (exit status %d) drawing the network", engine, rc);
		return EXIT_BAD_INPUT;
	}
	for (size_t i = 0; i < n; i++) {
		double px, pt[2];
		if (strcmp(formats[i], "svg") != 0)
			continue;
		if (finish_svg(tmp[i], memmem(dot, len, "_background=", 12) != NULL, &px, pt) < 0) {
			cli_error("%s: cannot write: %s", outs[i] ? outs[i] : "<stdout>", strerror(errno));
			unlink_all(tmp, n);
			return EXIT_BAD_INPUT;
		}
		/* labels at slide size: the drawing's own fonts are chosen for
		 * it, but a large network spreads wider than any font can follow */
		if (px > 0 && px < 9.0)
			fprintf(stderr,
			        "silknet: note: the smallest labels are %.1f px when the drawing is shown 1,600 px wide (a "
			        "slide): --top N --by betweenness, --ego ID or --only draws a part that reads\n",
			        px);
		if (svg_pt)
			svg_pt[0] = pt[0], svg_pt[1] = pt[1];
	}
	for (size_t i = 0; i < n; i++) {
		if (!outs[i]) {
			/* standard output: the file's bytes */
			char buf[65536];
			ssize_t got;
			int rfd = open(tmp[i], O_RDONLY | O_CLOEXEC);
			unlink(tmp[i]);
			if (rfd < 0) {
				unlink_all(tmp + i + 1, n - i - 1);
				return EXIT_BAD_INPUT;
			}
			while ((got = read(rfd, buf, sizeof buf)) > 0)
				if (fwrite(buf, 1, (size_t)got, stdout) != (size_t)got)
					break;
			close(rfd);
		} else if (rename(tmp[i], outs[i]) != 0) {
			cli_error("%s: cannot write: %s", outs[i], strerror(errno));
			unlink_all(tmp + i, n - i);
			return EXIT_BAD_INPUT;
		}
	}
	return EXIT_OK;
}

int cli_render(const char *dot, size_t len, const char *format, const char *engine, int geo, const char *out,
               double timeout)
{
	return cli_render_all(dot, len, &format, &out, 1, engine, geo, NULL, timeout, NULL);
}

/* The file at path, whole, NUL-terminated; NULL when it cannot be read. */
static char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *text = NULL;
	long size;

	if (!fp)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (size = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
	    (text = malloc((size_t)size + 1)) && fread(text, 1, (size_t)size, fp) == (size_t)size) {
		text[size] = '\0';
		*len = (size_t)size;
	} else {
		free(text);
		text = NULL;
	}
	fclose(fp);
	return text;
}

/* The SVG and the laid-out graph come from one run; the PNG is then drawn
 * from that layout (neato -n2 keeps every position and spline) at a
 * resolution that keeps its longer side within max_px: Graphviz's 96 dpi
 * makes a 3,000-place drawing 7,700 px wide, 45 MB, and most of the
 * report's time. */
int cli_render_svg_png(const char *dot, size_t len, const char *engine, int geo, const char *svg, const char *png,
                       double max_px, double timeout)
{
	const char *formats[] = { "svg", "dot" }, *outs[2];
	char laid[4096], dpi[64], *text;
	double pt[2] = { 0, 0 }, res = 96, longer;
	size_t tlen = 0;
	int fd, rc;

	if ((fd = cli_temp_beside(png, laid, sizeof laid)) < 0) {
		cli_error("%s: cannot create a file beside it: %s", png, strerror(errno));
		return EXIT_BAD_INPUT;
	}
	close(fd);
	outs[0] = svg;
	outs[1] = laid;
	if ((rc = cli_render_all(dot, len, formats, outs, 2, engine, geo, NULL, timeout, pt)) != EXIT_OK) {
		unlink(laid);
		return rc;
	}
	if (!(text = slurp(laid, &tlen))) {
		cli_error("%s: cannot read the layout back: %s", laid, strerror(errno));
		unlink(laid);
		return EXIT_BAD_INPUT;
	}
	unlink(laid);
	/* the page's size in points, as the SVG of the same run gives it */
	longer = pt[0] > pt[1] ? pt[0] : pt[1];
	if (longer * res / 72 > max_px)
		res = (max_px - 1) * 72 / longer;
	snprintf(dpi, sizeof dpi, "-Gdpi=%.4g", res);
	rc = cli_render_all(text, tlen, (const char *const[]){ "png" }, (const char *const[]){ png }, 1, "neato", 1, dpi,
	                    timeout, NULL);
	free(text);
	return rc;
}
