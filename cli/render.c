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
 * at path: *px, its smallest labels at slide size (slide_px), and, with
 * group, the polygons Graphviz draws a _background as, right after the
 * page's, wrapped in one group, id and class "basemap", so that a
 * stylesheet or a test can find the map beneath. 0 or -1. */
static int finish_svg(const char *path, int group, double *px)
{
	static const char open_tag[] = "<g id=\"basemap\" class=\"basemap\">\n", close_tag[] = "</g>\n";
	FILE *fp = fopen(path, group ? "r+" : "r");
	char *text = NULL, *page, *first, *end;
	long size;
	int rc = -1;

	*px = 0;
	if (!fp)
		return -1;
	if (fseek(fp, 0, SEEK_END) != 0 || (size = ftell(fp)) < 0 || fseek(fp, 0, SEEK_SET) != 0 ||
	    !(text = malloc((size_t)size + 1)) || fread(text, 1, (size_t)size, fp) != (size_t)size)
		goto done;
	text[size] = '\0';
	*px = slide_px(text);
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

int cli_render(const char *dot, size_t len, const char *format, const char *engine, int geo, const char *out,
               double timeout)
{
	char tmp[4096], fmt[32];
	int in[2], fd, rc;
	pid_t pid;

	snprintf(fmt, sizeof fmt, "-T%s", format);
	if ((fd = cli_temp_beside(out, tmp, sizeof tmp)) < 0) {
		cli_error("%s: cannot create a file beside it: %s", out ? out : "<stdout>", strerror(errno));
		return EXIT_BAD_INPUT;
	}
	if (pipe(in) != 0) {
		cli_error("cannot run Graphviz: %s", strerror(errno));
		close(fd);
		unlink(tmp);
		return EXIT_BAD_INPUT;
	}
	pid = fork();
	if (pid == 0) {
		char *args[6];
		int n = 0;
		args[n++] = (char *)engine;
		if (geo && !strcmp(engine, "neato"))
			args[n++] = "-n2";
		args[n++] = fmt;
		args[n] = NULL;
		dup2(in[0], 0);
		dup2(fd, 1);
		close(in[0]);
		close(in[1]);
		close(fd);
		execvp(engine, args);
		_exit(127);
	}
	close(in[0]);
	close(fd);
	if (pid < 0) {
		cli_error("cannot run Graphviz: %s", strerror(errno));
		close(in[1]);
		unlink(tmp);
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
		unlink(tmp);
		if (rc == 127)
			cli_error("Graphviz's %s was not found: install Graphviz (apt-get install graphviz), or give "
			          "--engine", engine);
		else if (rc < 0)
			cli_error("%s did not finish in %g s: try --engine sfdp, or a smaller network", engine, timeout);
		else
			cli_error("%s failed (exit status %d) drawing the network", engine, rc);
		return EXIT_BAD_INPUT;
	}
	if (!strcmp(format, "svg")) {
		double px;
		if (finish_svg(tmp, memmem(dot, len, "_background=", 12) != NULL, &px) < 0) {
			cli_error("%s: cannot write: %s", out ? out : "<stdout>", strerror(errno));
			unlink(tmp);
			return EXIT_BAD_INPUT;
		}
		/* labels at slide size: the drawing's own fonts are chosen for
		 * it, but a large network spreads wider than any font can follow */
		if (px > 0 && px < 9.0)
			fprintf(stderr,
			        "silknet: note: the smallest labels are %.1f px when the drawing is shown 1,600 px wide (a "
			        "slide): --top N --by betweenness, --ego ID or --only draws a part that reads\n",
			        px);
	}
	if (!out) {
		/* standard output: the file's bytes */
		char buf[65536];
		ssize_t n;
		int rfd = open(tmp, O_RDONLY | O_CLOEXEC);
		unlink(tmp);
		if (rfd < 0)
			return EXIT_BAD_INPUT;
		while ((n = read(rfd, buf, sizeof buf)) > 0)
			if (fwrite(buf, 1, (size_t)n, stdout) != (size_t)n)
				break;
		close(rfd);
		return EXIT_OK;
	}
	if (rename(tmp, out) != 0) {
		cli_error("%s: cannot write: %s", out, strerror(errno));
		unlink(tmp);
		return EXIT_BAD_INPUT;
	}
	return EXIT_OK;
}
