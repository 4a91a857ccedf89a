/*
 * io.c - output files written atomically.
 *
 * A writer writes into a temporary file beside the target and renames it
 * over the target only when everything reached the disk, so a failed export
 * never destroys an existing file and never leaves a half-written one.
 */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

sn_status sn__atomic_open(const char *path, sn__atomic *out)
{
	static unsigned counter;
	struct stat st;
	size_t n = strlen(path);
	int fd = -1;

	memset(out, 0, sizeof *out);
	out->path = path;
	out->tmp = malloc(n + 32);
	if (!out->tmp)
		return sn__error_nomem();
	for (int attempt = 0; attempt < 100 && fd < 0; attempt++) {
		/* O_EXCL and a fresh name: never follows or reuses another file */
		snprintf(out->tmp, n + 32, "%s.tmp%ld.%u", path, (long)getpid(),
		         __atomic_add_fetch(&counter, 1, __ATOMIC_RELAXED) ^ (unsigned)time(NULL));
		fd = open(out->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0) {
		sn_status s = sn__error(SN_EIO, "%s: cannot write: %s", path, strerror(errno));
		free(out->tmp);
		out->tmp = NULL;
		return s;
	}
	/* replacing a file keeps its permissions */
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		(void)fchmod(fd, st.st_mode & 07777);
	out->fp = fdopen(fd, "wb");
	if (!out->fp) {
		sn_status s = sn__error(SN_EIO, "%s: cannot write: %s", path, strerror(errno));
		close(fd);
		unlink(out->tmp);
		free(out->tmp);
		out->tmp = NULL;
		return s;
	}
	return SN_OK;
}

void sn__atomic_abort(sn__atomic *a)
{
	if (a->fp)
		fclose(a->fp);
	if (a->tmp) {
		unlink(a->tmp);
		free(a->tmp);
	}
	memset(a, 0, sizeof *a);
}

sn_status sn__atomic_commit(sn__atomic *a)
{
	int err = 0;

	if (fflush(a->fp) != 0 || ferror(a->fp))
		err = errno ? errno : EIO;
	else if (fsync(fileno(a->fp)) != 0 && errno != EINVAL)
		err = errno;
	if (fclose(a->fp) != 0 && !err)
		err = errno ? errno : EIO;
	a->fp = NULL;
	if (!err && rename(a->tmp, a->path) != 0)
		err = errno;
	if (err) {
		sn_status s = sn__error(SN_EIO, "%s: cannot write: %s", a->path, strerror(err));
		sn__atomic_abort(a);
		return s;
	}
	free(a->tmp);
	memset(a, 0, sizeof *a);
	return SN_OK;
}

/* ---- text buffers ---- */

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
