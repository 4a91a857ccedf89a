/*
 * io.c - output files written atomically.
 *
 * A writer writes into a temporary file beside the target and renames it
 * over the target only when everything reached the disk, so a failed export
 * never destroys an existing file and never leaves a half-written one. A
 * symlink stays a link (the file it names is replaced), and what is not a
 * regular file (a device, a FIFO) is written into, never replaced.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The temporary files of the writes in progress, so that a signal handler
 * can remove them (sn_remove_temporary_files): lock-free slots, as a
 * handler may run in the middle of any of these. */
#define MAX_PENDING 64
static char *_Atomic pending[MAX_PENDING];

static void pending_add(char *tmp)
{
	for (size_t i = 0; i < MAX_PENDING; i++) {
		char *expected = NULL;
		if (atomic_compare_exchange_strong(&pending[i], &expected, tmp))
			return;
	}
	/* all taken: this one is only not removed on a signal */
}

static void pending_remove(const char *tmp)
{
	for (size_t i = 0; i < MAX_PENDING; i++) {
		char *expected = (char *)tmp;
		if (atomic_compare_exchange_strong(&pending[i], &expected, NULL))
			return;
	}
}

void sn_remove_temporary_files(void)
{
	for (size_t i = 0; i < MAX_PENDING; i++) {
		char *p = atomic_exchange(&pending[i], NULL);
		if (p)
			unlink(p); /* async-signal-safe; p itself is freed by nobody now */
	}
}

/* What a write to path replaces: path itself, or, for a symlink, the file
 * it names (resolved also when it names nothing yet), so that the link
 * stays a link. NULL when out of memory. */
static char *write_target(const char *path)
{
	struct stat st;
	char link[4096], *t;
	ssize_t n;

	if (lstat(path, &st) != 0 || !S_ISLNK(st.st_mode))
		return strdup(path);
	if ((t = realpath(path, NULL)))
		return t;
	/* a dangling link: its text, relative to the link's directory */
	if ((n = readlink(path, link, sizeof link - 1)) < 0)
		return strdup(path);
	link[n] = '\0';
	if (link[0] == '/' || !strchr(path, '/'))
		return strdup(link);
	{
		size_t dir = (size_t)(strrchr(path, '/') - path) + 1;
		if (!(t = malloc(dir + (size_t)n + 1)))
			return NULL;
		memcpy(t, path, dir);
		memcpy(t + dir, link, (size_t)n + 1);
		return t;
	}
}

/* The temporary file: a short hidden name in the target's directory, so
 * that a target name of up to NAME_MAX characters still has one. O_EXCL
 * and a fresh name: it never follows or reuses another file. */
static int open_temp(sn__atomic *out)
{
	static unsigned counter;
	const char *slash = strrchr(out->target, '/');
	size_t dir = slash ? (size_t)(slash - out->target) + 1 : 0;
	int fd = -1;

	if (!(out->tmp = malloc(dir + 48)))
		return -2;
	for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
		memcpy(out->tmp, out->target, dir);
		snprintf(out->tmp + dir, 48, ".silknet-%ld-%u.tmp", (long)getpid(),
		         __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED) ^ (unsigned)time(NULL));
		fd = open(out->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	return fd;
}

/* The target resolved, then either a device or FIFO opened to be written
 * into, or a temporary file beside the target made (and registered for
 * sn_remove_temporary_files with the cleaned-up signals held back). */
sn_status sn__atomic_open(const char *path, sn__atomic *out)
{
	struct stat st;
	int fd = -1, exists;

	memset(out, 0, sizeof *out);
	out->path = path;
	if (!(out->target = write_target(path)))
		return sn__error_nomem();
	exists = stat(out->target, &st) == 0;
	if (exists && S_ISDIR(st.st_mode)) {
		free(out->target);
		out->target = NULL;
		return sn__error(SN_EIO, "%s: cannot write: it is a directory", path);
	}
	if (exists && !S_ISREG(st.st_mode)) {
		/* /dev/null, /dev/stdout, a FIFO: written into, not replaced */
		fd = open(out->target, O_WRONLY | O_CLOEXEC);
	} else {
		/* the signals a program cleans up after wait until the file is
		 * known to sn_remove_temporary_files() */
		sigset_t block, old;
		sigemptyset(&block);
		sigaddset(&block, SIGINT);
		sigaddset(&block, SIGTERM);
		sigaddset(&block, SIGHUP);
		sigaddset(&block, SIGPIPE);
		pthread_sigmask(SIG_BLOCK, &block, &old);
		fd = open_temp(out);
		if (fd >= 0)
			pending_add(out->tmp);
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		if (fd == -2) {
			free(out->target);
			out->target = NULL;
			return sn__error_nomem();
		}
		/* replacing a file keeps its permissions */
		if (fd >= 0 && exists)
			(void)fchmod(fd, st.st_mode & 07777);
	}
	if (fd < 0 || !(out->fp = fdopen(fd, "wb"))) {
		sn_status s = sn__error(SN_EIO, "%s: cannot write: %s", path, strerror(errno));
		if (fd >= 0)
			close(fd);
		sn__atomic_abort(out);
		return s;
	}
	return SN_OK;
}

void sn__atomic_abort(sn__atomic *a)
{
	if (a->fp)
		fclose(a->fp);
	if (a->tmp) {
		pending_remove(a->tmp);
		unlink(a->tmp);
		free(a->tmp);
	}
	free(a->target);
	memset(a, 0, sizeof *a);
}

sn_status sn__atomic_commit(sn__atomic *a)
{
	int err = 0;

	if (fflush(a->fp) != 0 || ferror(a->fp))
		err = errno ? errno : EIO;
	else if (a->tmp && fsync(fileno(a->fp)) != 0 && errno != EINVAL)
		err = errno;
	if (fclose(a->fp) != 0 && !err)
		err = errno ? errno : EIO;
	a->fp = NULL;
	if (!err && a->tmp && rename(a->tmp, a->target) != 0)
		err = errno;
	if (!err && a->tmp)
		pending_remove(a->tmp); /* renamed: nothing left to remove */
	if (err) {
		sn_status s = sn__error(SN_EIO, "%s: cannot write: %s", a->path, strerror(err));
		sn__atomic_abort(a);
		return s;
	}
	free(a->tmp);
	free(a->target);
	memset(a, 0, sizeof *a);
	return SN_OK;
}

/* ---- text buffers ---- */

/* With a sink: a full piece goes on to it, all but its last SN__BUF_KEEP
 * bytes, which a writer may still take back (GEXF turns "<node ...>" into
 * "<node .../>" when nothing went inside). */
static void buf_spill(sn__buf *b)
{
	size_t n;

	if (!b->sink || b->len < SN__BUF_PIECE)
		return;
	n = b->len - SN__BUF_KEEP;
	if (!b->sink_errno && fwrite(b->p, 1, n, b->sink) != n)
		b->sink_errno = errno ? errno : EIO;
	memmove(b->p, b->p + n, SN__BUF_KEEP + 1);
	b->flushed += n;
	b->len = SN__BUF_KEEP;
}

void sn__buf_put(sn__buf *b, const char *s, size_t len)
{
	if (b->oom)
		return;
	if (sn__grow((void **)&b->p, &b->cap, b->len + len + 1, 1) < 0) {
		b->oom = 1;
		return;
	}
	memcpy(b->p + b->len, s, len);
	b->len += len;
	b->p[b->len] = '\0';
	buf_spill(b);
}

void sn__buf_printf(sn__buf *b, const char *fmt, ...)
{
	char small[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->oom = 1;
		return;
	}
	if ((size_t)n < sizeof small) {
		sn__buf_put(b, small, (size_t)n);
		return;
	}
	if (b->oom || sn__grow((void **)&b->p, &b->cap, b->len + (size_t)n + 1, 1) < 0) {
		b->oom = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	buf_spill(b);
}

sn_status sn__buf_stream(sn__buf *b, const char *path, FILE *fp, sn__atomic *a)
{
	sn_status st;

	if (path) {
		if ((st = sn__atomic_open(path, a)) < 0)
			return st;
		b->sink = a->fp;
	} else
		b->sink = fp;
	return SN_OK;
}

sn_status sn__buf_stream_end(sn__buf *b, const char *path, sn__atomic *a, sn_status st)
{
	if (st == SN_OK && b->oom)
		st = sn__error_nomem();
	if (st == SN_OK && b->len && !b->sink_errno && fwrite(b->p, 1, b->len, b->sink) != b->len)
		b->sink_errno = errno ? errno : EIO;
	if (st == SN_OK && !path && !b->sink_errno && (fflush(b->sink) != 0 || ferror(b->sink)))
		b->sink_errno = errno ? errno : EIO;
	if (st == SN_OK && b->sink_errno)
		st = sn__error(SN_EIO, "%s: cannot write: %s", path ? path : "<stream>", strerror(b->sink_errno));
	free(b->p);
	b->p = NULL;
	if (path) {
		if (st == SN_OK)
			return sn__atomic_commit(a);
		sn__atomic_abort(a);
	}
	return st;
}

sn_status sn__buf_emit(sn__buf *b, const char *path, FILE *fp, char **out, size_t *len)
{
	sn_status st = SN_OK;

	if (b->oom) {
		free(b->p);
		return sn__error_nomem();
	}
	if (out) {
		if (!b->p && !(b->p = calloc(1, 1)))
			return sn__error_nomem();
		*out = b->p;
		if (len)
			*len = b->len;
		return SN_OK;
	}
	if (path) {
		sn__atomic a;
		if ((st = sn__atomic_open(path, &a)) == SN_OK) {
			if (b->len && fwrite(b->p, 1, b->len, a.fp) != b->len) {
				st = sn__error(SN_EIO, "%s: cannot write: %s", path, strerror(errno ? errno : EIO));
				sn__atomic_abort(&a);
			} else
				st = sn__atomic_commit(&a);
		}
	} else if ((b->len && fwrite(b->p, 1, b->len, fp) != b->len) || fflush(fp) != 0 || ferror(fp))
		st = sn__error(SN_EIO, "cannot write: %s", strerror(errno ? errno : EIO));
	free(b->p);
	return st;
}
