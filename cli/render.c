/*
 * render.c - images through Graphviz: the DOT silknet writes, laid out and
 * drawn by dot, neato or sfdp, into SVG, PNG or PDF. Graphviz runs as a
 * child with a time limit; its output goes to a temporary file beside the
 * target, renamed over it only when Graphviz succeeded, so a failure
 * leaves what -o names as it was.
 */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
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
	/* pinned positions need neato -n2; dot's layered drawing reads well up
	 * to a few hundred vertices, sfdp scales beyond */
	return geo ? "neato" : vertices <= 300 ? "dot" : "sfdp";
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

/* The file Graphviz writes: beside out (or a private one for standard
 * output), created so that nobody else can have it. */
static int temp_beside(const char *out, char *tmp, size_t size)
{
	const char *slash = out ? strrchr(out, '/') : NULL;

	/* mkstemp's template: it replaces the trailing six characters */
	static const char unique[] = "XXXXXX";

	if (!out)
		snprintf(tmp, size, "%s/silknet-render-%s", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", unique);
	else if (slash)
		snprintf(tmp, size, "%.*s/.silknet-render-%s", (int)(slash - out), out, unique);
	else
		snprintf(tmp, size, ".silknet-render-%s", unique);
	return mkstemp(tmp);
}

int cli_render(const char *dot, size_t len, const char *format, const char *engine, int geo, const char *out,
               double timeout)
{
	char tmp[4096], fmt[32];
	int in[2], fd, rc;
	pid_t pid;
	mode_t mask;

	snprintf(fmt, sizeof fmt, "-T%s", format);
	if ((fd = temp_beside(out, tmp, sizeof tmp)) < 0) {
		cli_error("%s: cannot create a file beside it: %s", out ? out : "<stdout>", strerror(errno));
		return EXIT_BAD_INPUT;
	}
	/* mkstemp makes it 0600: an image is as readable as any new file */
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
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
