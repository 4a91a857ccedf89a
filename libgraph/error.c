/*
 * error.c - status codes, the per-thread error message, and the bridge that
 * keeps igraph from aborting the caller's process.
 */
#include "config.h"
#include "internal.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* room for a path of PATH_MAX (4096) and the reason after it: a message
 * cut short loses what went wrong */
#define SN_ERRBUF 10240

static _Thread_local char errbuf[SN_ERRBUF];
static _Thread_local char errfile[4097];
static _Thread_local int errfile_set;
static _Thread_local unsigned long errline, errcol;
/* set once igraph's handler has recorded the first message of a call */
static _Thread_local int ig_recorded;

const char *sn_strerror(sn_status status)
{
	switch (status) {
	case SN_OK: return "success";
	case SN_ENOMEM: return "out of memory";
	case SN_EIO: return "input/output error";
	case SN_EPARSE: return "parse error";
	case SN_EINVAL: return "invalid argument";
	case SN_ENOTFOUND: return "not found";
	case SN_ENOPATH: return "no path";
	case SN_EINTERNAL: return "internal error";
	case SN_EINTERRUPTED: return "interrupted";
	default: return "unknown status";
	}
}

const char *sn_last_error(void)
{
	return errbuf[0] ? errbuf : "no error";
}

void sn_last_error_pos(const char **file, unsigned long *line, unsigned long *col)
{
	if (file)
		*file = errfile_set ? errfile : NULL;
	if (line)
		*line = errline;
	if (col)
		*col = errcol;
}

void sn_free(void *p)
{
	free(p);
}

static void set_message(const char *prefix, const char *fmt, va_list ap)
{
	size_t off = 0;

	if (prefix) {
		snprintf(errbuf, sizeof errbuf, "%s", prefix);
		off = strlen(errbuf);
	}
	vsnprintf(errbuf + off, sizeof errbuf - off, fmt, ap);
	/* one line: libxml2 and igraph messages end in newlines */
	for (char *p = errbuf; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	for (size_t n = strlen(errbuf); n > 0 && (errbuf[n - 1] == ' ' || errbuf[n - 1] == '.'); n--)
		errbuf[n - 1] = '\0';
}

sn_status sn__error(sn_status code, const char *fmt, ...)
{
	va_list ap;

	errfile_set = 0;
	errline = errcol = 0;
	va_start(ap, fmt);
	set_message(NULL, fmt, ap);
	va_end(ap);
	return code;
}

sn_status sn__error_at(sn_status code, const char *file, unsigned long line, unsigned long col, const char *fmt, ...)
{
	char prefix[sizeof errfile + 48];
	va_list ap;

	if (!file)
		file = "<input>";
	snprintf(errfile, sizeof errfile, "%s", file);
	errfile_set = 1;
	errline = line;
	errcol = col;
	snprintf(prefix, sizeof prefix, "%s:%lu:%lu: ", errfile, line, col);
	va_start(ap, fmt);
	set_message(prefix, fmt, ap);
	va_end(ap);
	return code;
}

sn_status sn__error_nomem(void)
{
	return sn__error(SN_ENOMEM, "out of memory");
}

/* ---- igraph ---- */

static void ig_error_handler(const char *reason, const char *file, int line, igraph_error_t err)
{
	/* IGRAPH_CHECK re-raises with an empty reason at every level: the first,
	 * innermost message is the one that says what happened */
	if (!ig_recorded && reason && reason[0]) {
		char msg[700];
		snprintf(msg, sizeof msg, "igraph: %s (%s)", reason, igraph_strerror(err));
		sn__error(SN_EINTERNAL, "%s", msg);
		ig_recorded = 1;
	}
	(void)file;
	(void)line;
	IGRAPH_FINALLY_FREE();
}

/* igraph's warnings during the outermost scope, kept (once each, at most
 * SN__IG_WARNINGS) for the function that opened it to hand on; silknet
 * never prints to stderr on the caller's behalf. */
static _Thread_local char *ig_warnings[SN__IG_WARNINGS];
static _Thread_local size_t ig_nwarnings;

static void ig_warnings_clear(void)
{
	for (size_t i = 0; i < ig_nwarnings; i++)
		free(ig_warnings[i]);
	ig_nwarnings = 0;
}

static void ig_warning_handler(const char *reason, const char *file, int line)
{
	char msg[512];

	(void)file;
	(void)line;
	snprintf(msg, sizeof msg, "igraph: %s", reason ? reason : "warning");
	for (size_t i = 0; i < ig_nwarnings; i++)
		if (strcmp(ig_warnings[i], msg) == 0)
			return;
	/* a warning lost to a full list or to memory is only a warning */
	if (ig_nwarnings < SN__IG_WARNINGS && (ig_warnings[ig_nwarnings] = strdup(msg)))
		ig_nwarnings++;
}

size_t sn__ig_take_warnings(char **out, size_t max)
{
	size_t n = ig_nwarnings < max ? ig_nwarnings : max;

	for (size_t i = 0; i < n; i++)
		out[i] = ig_warnings[i];
	for (size_t i = n; i < ig_nwarnings; i++)
		free(ig_warnings[i]);
	ig_nwarnings = 0;
	return n;
}

static _Thread_local sn_progress_fn progress_fn;
static _Thread_local void *progress_payload;

static _Thread_local int stop_requested;

/* igraph reports progress here; a request to stop is remembered and acted
 * on when igraph returns. igraph 0.10.2 cannot be interrupted safely: when
 * an interruption or progress handler returns IGRAPH_INTERRUPTED, its
 * cleanup frees memory it never allocated (seen under valgrind in
 * betweenness, closeness, harmonic and eigenvector centrality alike), so no
 * interruption handler is installed. */
static igraph_error_t ig_progress_handler(const char *message, igraph_real_t percent, void *data)
{
	(void)data;
	if (progress_fn && !stop_requested && progress_fn(message, (double)percent, progress_payload))
		stop_requested = 1;
	return IGRAPH_SUCCESS;
}

int sn__stop_requested(void)
{
	return stop_requested;
}

/* Scopes nest: a public function opens one around all its igraph calls,
 * and the helpers it calls may open their own; only the outermost installs
 * and restores the handlers and clears the per-call state. */
static _Thread_local int ig_depth;

void sn__ig_enter(sn__igctx *ctx)
{
	ctx->with_progress = 0;
	if (ig_depth++ > 0)
		return;
	ig_recorded = 0;
	stop_requested = 0;
	ig_warnings_clear();
	ctx->old_error = igraph_set_error_handler(ig_error_handler);
	ctx->old_warning = igraph_set_warning_handler(ig_warning_handler);
}

void sn__ig_enter_progress(sn__igctx *ctx, sn_progress_fn fn, void *payload)
{
	sn__ig_enter(ctx);
	if (!fn)
		return;
	ctx->with_progress = 1;
	progress_fn = fn;
	progress_payload = payload;
	ctx->old_progress = igraph_set_progress_handler(ig_progress_handler);
}

void sn__ig_leave(sn__igctx *ctx)
{
	if (ctx->with_progress) {
		igraph_set_progress_handler(ctx->old_progress);
		progress_fn = NULL;
		progress_payload = NULL;
	}
	if (--ig_depth > 0)
		return;
	ig_warnings_clear();
	igraph_set_error_handler(ctx->old_error);
	igraph_set_warning_handler(ctx->old_warning);
}

sn_status sn__from_igraph(igraph_error_t err, const char *what)
{
	sn_status st;

	switch (err) {
	case IGRAPH_SUCCESS: return SN_OK;
	case IGRAPH_ENOMEM: st = SN_ENOMEM; break;
	case IGRAPH_EINVAL:
	case IGRAPH_EINVVID:
	case IGRAPH_EINVMODE: st = SN_EINVAL; break;
	case IGRAPH_PARSEERROR: st = SN_EPARSE; break;
	case IGRAPH_EFILE: st = SN_EIO; break;
	case IGRAPH_INTERRUPTED: st = SN_EINTERRUPTED; break;
	default: st = SN_EINTERNAL; break;
	}
	if (st == SN_EINTERRUPTED)
		sn__error(st, "%s: interrupted", what);
	else if (!ig_recorded)
		sn__error(st, "%s: %s", what, igraph_strerror(err));
	else if (what) {
		char tmp[SN_ERRBUF];
		snprintf(tmp, sizeof tmp, "%s", errbuf);
		sn__error(st, "%s: %s", what, tmp);
	}
	return st;
}

/* ---- one-time set-up ---- */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_once_fn(void)
{
	/* xmlInitParser is not safe to race in libxml2 2.9: run it once */
	xmlInitParser();
}

void sn__init(void)
{
	pthread_once(&init_once, init_once_fn);
}

/* ---- libxml2 ---- */

static void xml_silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

void sn__xml_quiet_enter(sn__xmlquiet *q)
{
	sn__init();
	q->old_fn = (void *)xmlGenericError;
	q->old_ctx = xmlGenericErrorContext;
	xmlSetGenericErrorFunc(NULL, xml_silent);
}

void sn__xml_quiet_leave(sn__xmlquiet *q)
{
	xmlSetGenericErrorFunc(q->old_ctx, (xmlGenericErrorFunc)q->old_fn);
	xmlResetLastError();
}

/* ---- version ---- */

const char *sn_version_string(void)
{
	return SN_VERSION_STRING;
}

int sn_thread_safe(void)
{
	return IGRAPH_THREAD_SAFE ? 1 : 0;
}

/* ---- arrays ---- */

sn_status sn__grow(void **p, size_t *cap, size_t need, size_t elem)
{
	size_t ncap;
	void *np;

	if (need <= *cap)
		return SN_OK;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return sn__error_nomem();
		ncap *= 2;
	}
	if (ncap > SIZE_MAX / elem)
		return sn__error_nomem();
	np = realloc(*p, ncap * elem);
	if (!np)
		return sn__error_nomem();
	memset((char *)np + *cap * elem, 0, (ncap - *cap) * elem);
	*p = np;
	*cap = ncap;
	return SN_OK;
}
