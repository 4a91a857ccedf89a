/*
 * input.c - where the readers get their bytes: a path, a descriptor, a
 * stream or memory, gzip-compressed or not (told by content, never by
 * name), with the first bytes held back so that the format can be told
 * before a reader starts.
 */
#define _GNU_SOURCE /* memrchr */
#include "config.h"
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <zlib.h>

/* a descriptor is read in blocks of this size: libxml2 asks for 4000 bytes
 * at a time, which would be a system call each */
#define READ_BLOCK ((size_t)256 * 1024)

void sn__input_init(sn__input *in, const char *name)
{
	memset(in, 0, sizeof *in);
	in->fd = -1;
	in->name = name;
}

sn_status sn__input_open(sn__input *in, const char *path)
{
	sn__input_init(in, path);
	in->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (in->fd < 0)
		return sn__error(SN_EIO, "%s: cannot open: %s", path, strerror(errno));
	in->own_fd = 1;
	return SN_OK;
}

/* Raw bytes from the source, retrying interrupted reads: the count, 0 at
 * the end, -1 with io_errno set. */
static long raw_read(sn__input *in, unsigned char *buf, size_t len)
{
	if (in->mem) {
		size_t n = in->len - in->off;
		if (n > len)
			n = len;
		memcpy(buf, in->mem + in->off, n);
		in->off += n;
		return (long)n;
	}
	if (in->fp) {
		size_t n = fread(buf, 1, len, in->fp);
		if (n == 0 && ferror(in->fp)) {
			in->io_errno = errno ? errno : EIO;
			return -1;
		}
		return (long)n;
	}
	for (;;) {
		ssize_t n = read(in->fd, buf, len);
		if (n >= 0)
			return (long)n;
		if (errno != EINTR) {
			in->io_errno = errno;
			return -1;
		}
	}
}

/* Raw bytes through the read-ahead block (a descriptor) or straight. */
static long block_read(sn__input *in, unsigned char *buf, size_t len)
{
	size_t n;

	if (in->mem || in->fp)
		return raw_read(in, buf, len);
	if (!in->blk && !(in->blk = malloc(READ_BLOCK)))
		return raw_read(in, buf, len); /* without it: read as asked */
	if (in->blk_off == in->blk_len) {
		long got = raw_read(in, in->blk, READ_BLOCK);
		if (got <= 0)
			return got;
		in->blk_off = 0;
		in->blk_len = (size_t)got;
	}
	n = in->blk_len - in->blk_off;
	if (n > len)
		n = len;
	memcpy(buf, in->blk + in->blk_off, n);
	in->blk_off += n;
	return (long)n;
}

static sn_status gz_fail(sn__input *in, const char *what)
{
	in->st = sn__error(SN_EPARSE, "%s: %s after %llu bytes of compressed input, expected a complete gzip stream",
	                   in->name, what, (unsigned long long)in->z->total_in + in->z_members_in);
	return in->st;
}

/* Decompressed bytes: gzip members one after another (as gunzip reads
 * them); anything else after a member, or a stream that stops inside one,
 * is an error, never a silently short graph. */
static long gz_read(sn__input *in, unsigned char *buf, size_t len)
{
	z_stream *z = in->z;

	if (len > UINT_MAX)
		len = UINT_MAX;
	z->next_out = buf;
	z->avail_out = (unsigned)len;
	while (z->avail_out == len) {
		int rc;
		if (z->avail_in == 0 && !in->z_eof) {
			long got = block_read(in, in->zin, READ_BLOCK);
			if (got < 0)
				return -1;
			if (got == 0)
				in->z_eof = 1;
			z->next_in = in->zin;
			z->avail_in = (unsigned)got;
		}
		if (in->z_between) {
			/* a member ended: another starts, or the input ends */
			if (z->avail_in == 0 && in->z_eof)
				return 0;
			if (z->avail_in == 1 && !in->z_eof) {
				/* a block boundary inside the magic number */
				long got;
				in->zin[0] = z->next_in[0];
				if ((got = block_read(in, in->zin + 1, READ_BLOCK - 1)) < 0)
					return -1;
				in->z_eof = got == 0;
				z->next_in = in->zin;
				z->avail_in = 1 + (unsigned)got;
			}
			if (z->next_in[0] != 0x1f || (z->avail_in > 1 && z->next_in[1] != 0x8b)) {
				gz_fail(in, "data that is not gzip");
				return -1;
			}
			in->z_members_in += z->total_in;
			inflateReset(z);
			in->z_between = 0;
		}
		rc = inflate(z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END) {
			in->z_between = 1;
			continue;
		}
		if (rc == Z_BUF_ERROR && z->avail_in == 0 && in->z_eof) {
			gz_fail(in, "truncated gzip data");
			return -1;
		}
		if (rc == Z_MEM_ERROR) {
			in->st = sn__error_nomem();
			return -1;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			char what[160];
			snprintf(what, sizeof what, "corrupt gzip data (%s)", z->msg ? z->msg : "zlib error");
			gz_fail(in, what);
			return -1;
		}
	}
	return (long)(len - z->avail_out);
}

static long body_read(sn__input *in, unsigned char *buf, size_t len)
{
	return in->z ? gz_read(in, buf, len) : block_read(in, buf, len);
}

/* Reads the first bytes: a gzip magic number switches decompression on
 * (the compressed bytes already read are fed to zlib first), and the
 * first SN__INPUT_HEAD decompressed bytes are kept in head. */
sn_status sn__input_start(sn__input *in)
{
	unsigned char magic[2];
	size_t nmagic = 0;

	while (nmagic < 2) {
		long got = block_read(in, magic + nmagic, 2 - nmagic);
		if (got < 0)
			return sn__input_error(in);
		if (got == 0)
			break;
		nmagic += (size_t)got;
	}
	if (nmagic == 2 && magic[0] == 0x1f && magic[1] == 0x8b) {
		if (!(in->z = calloc(1, sizeof *in->z)) || !(in->zin = malloc(READ_BLOCK)))
			return in->st = sn__error_nomem();
		if (inflateInit2(in->z, 16 + MAX_WBITS) != Z_OK) {
			free(in->z);
			in->z = NULL;
			return in->st = sn__error_nomem();
		}
		memcpy(in->zin, magic, 2);
		in->z->next_in = in->zin;
		in->z->avail_in = 2;
		in->gzip = 1;
	} else {
		memcpy(in->head, magic, nmagic);
		in->nhead = nmagic;
	}
	while (in->nhead < sizeof in->head) {
		long got = body_read(in, in->head + in->nhead, sizeof in->head - in->nhead);
		if (got < 0)
			return sn__input_error(in);
		if (got == 0)
			break;
		in->nhead += (size_t)got;
	}
	return SN_OK;
}

long sn__input_read(sn__input *in, void *buf, size_t len)
{
	if (in->hoff < in->nhead) {
		size_t n = in->nhead - in->hoff;
		if (n > len)
			n = len;
		memcpy(buf, in->head + in->hoff, n);
		in->hoff += n;
		return (long)n;
	}
	return body_read(in, buf, len);
}

sn_status sn__input_error(sn__input *in)
{
	if (in->st < 0)
		return in->st;
	if (in->io_errno)
		return in->st = sn__error(SN_EIO, "%s: cannot read: %s", in->name, strerror(in->io_errno));
	return in->st = sn__error(SN_EIO, "%s: cannot read", in->name);
}

void sn__input_close(sn__input *in)
{
	if (in->z) {
		inflateEnd(in->z);
		free(in->z);
	}
	free(in->zin);
	free(in->blk);
	free(in->tee);
	in->tee = NULL;
	in->ntee = in->ctee = 0;
	in->teeing = 0;
	if (in->own_fd && in->fd >= 0)
		close(in->fd);
	in->z = NULL;
	in->zin = in->blk = NULL;
	in->fd = -1;
	in->own_fd = 0;
}

/* ---- telling the format ---- */

static const unsigned char *skip_to(const unsigned char *p, const unsigned char *end, const char *stop)
{
	size_t n = strlen(stop);

	for (; p + n <= end; p++)
		if (memcmp(p, stop, n) == 0)
			return p + n;
	return NULL;
}

/* The local name of the first element in XML text h[0..n), or NULL when
 * the head ends before it: the XML declaration, comments, processing
 * instructions and a DOCTYPE come first. */
static const unsigned char *first_element(const unsigned char *h, size_t n, size_t *len)
{
	const unsigned char *p = h, *end = h + n, *name;

	for (;;) {
		while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
			p++;
		if (p + 1 >= end || *p != '<')
			return NULL;
		if (p[1] == '?')
			p = skip_to(p, end, "?>");
		else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0)
			p = skip_to(p, end, "-->");
		else if (p[1] == '!') {
			/* DOCTYPE, with an internal subset in brackets */
			const unsigned char *q = p;
			while (q < end && *q != '>' && *q != '[')
				q++;
			p = q < end && *q == '[' ? skip_to(q, end, "]") : q;
			while (p && p < end && *p != '>')
				p++;
			if (p && p < end)
				p++;
		} else
			break;
		if (!p || p >= end)
			return NULL;
	}
	name = ++p;
	while (p < end && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n' && *p != '>' && *p != '/') {
		if (*p == ':')
			name = p + 1;
		p++;
	}
	*len = (size_t)(p - name);
	return name;
}

/* The first line of a text has a delimiter outside quotes. */
static int looks_like_table(const unsigned char *h, size_t n)
{
	int quoted = 0;

	for (size_t i = 0; i < n; i++) {
		if (h[i] == '"')
			quoted = !quoted;
		else if (!quoted && (h[i] == '\n' || h[i] == '\r'))
			return 0;
		else if (!quoted && (h[i] == ',' || h[i] == ';' || h[i] == '\t'))
			return 1;
		else if (h[i] == '<' && !quoted && i == 0)
			return 0;
	}
	return 0;
}

sn__format sn__input_format(const sn__input *in)
{
	unsigned char ascii[SN__INPUT_HEAD];
	const unsigned char *h = in->head, *name;
	size_t n = in->nhead, len = 0;

	if (n >= 4 && ((h[0] == 0 && h[1] == 0 && h[2] == 0xfe && h[3] == 0xff) ||
	               (h[0] == 0xff && h[1] == 0xfe && h[2] == 0 && h[3] == 0)))
		return SN__FORMAT_OTHER;
	if (n >= 2 && ((h[0] == 0xff && h[1] == 0xfe) || (h[0] == 0xfe && h[1] == 0xff))) {
		/* UTF-16: its ASCII is enough to find the first element */
		size_t k = 0;
		for (size_t i = 2 + (h[0] == 0xfe); i < n; i += 2)
			ascii[k++] = h[i];
		h = ascii;
		n = k;
	} else if (n >= 3 && h[0] == 0xef && h[1] == 0xbb && h[2] == 0xbf) {
		h += 3;
		n -= 3;
	}
	if (memchr(h, 0, n))
		return SN__FORMAT_OTHER;
	if ((name = first_element(h, n, &len)))
		return len == 4 && memcmp(name, "gexf", 4) == 0 ? SN__FORMAT_GEXF : SN__FORMAT_GRAPHML;
	{
		size_t i = 0;
		while (i < n && (h[i] == ' ' || h[i] == '\t' || h[i] == '\r' || h[i] == '\n'))
			i++;
		if (i < n && h[i] == '<')
			return SN__FORMAT_GRAPHML; /* XML whose first element lies past the head */
	}
	return looks_like_table(h, n) ? SN__FORMAT_CSV : SN__FORMAT_OTHER;
}

const char *sn__format_name(sn__format f)
{
	switch (f) {
	case SN__FORMAT_GRAPHML: return "GraphML";
	case SN__FORMAT_GEXF: return "GEXF";
	case SN__FORMAT_CSV: return "CSV";
	default: return "unknown";
	}
}

/* ---- XML ---- */

enum { TAG_OUTSIDE, TAG_OPENED, TAG_INSIDE, TAG_QUOTED };

/* Follows the state of a start tag from p until it closes or the bytes
 * end; returns where it stopped, or NULL when the tag has too many
 * attributes (an '=' outside quotes: each attribute has one). A quoted
 * value is skipped with memchr. */
static const unsigned char *follow_tag(sn__input *in, const unsigned char *p, const unsigned char *end)
{
	while (p < end) {
		switch (in->tag_state) {
		case TAG_OUTSIDE:
			return p;
		case TAG_OPENED:
			/* an end tag, comment, CDATA, DOCTYPE or PI holds no attributes,
			 * nor does a '<' in a comment's text that starts no name */
			in->tag_state = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_' || *p == ':' ||
			                                *p >= 0x80
			                        ? TAG_INSIDE
			                        : TAG_OUTSIDE;
			continue;
		case TAG_QUOTED: {
			const unsigned char *q = memchr(p, in->tag_quote, (size_t)(end - p));
			if (!q)
				return end;
			p = q + 1;
			in->tag_state = TAG_INSIDE;
			continue;
		}
		default:
			break;
		}
		if (*p == '"' || *p == '\'') {
			in->tag_quote = *p;
			in->tag_state = TAG_QUOTED;
		} else if (*p == '>')
			in->tag_state = TAG_OUTSIDE;
		else if (*p == '<') {
			/* malformed: libxml2 will say so; count afresh */
			in->tag_state = TAG_OPENED;
			in->tag_attrs = 0;
		} else if (*p == '=' && ++in->tag_attrs > SN__MAX_XML_ATTRS)
			return NULL;
		p++;
	}
	return p;
}

/* Follows start tags through bytes handed to libxml2 (at most 4096 at a
 * time), counting their attributes. A tag open at the start is followed
 * until it closes; after that only what follows the last '<' needs
 * looking at, since a tag that closes before another '<' lies wholly in
 * these bytes and has fewer attributes than the limit. So the cost is a
 * backward memchr per read and the bytes of the tags at the edges.
 * Returns 0, or -1 when a tag has too many attributes. */
static int guard_tags(sn__input *in, const unsigned char *p, const unsigned char *end)
{
	const unsigned char *lt;

	if (in->tag_state != TAG_OUTSIDE && !(p = follow_tag(in, p, end)))
		return -1;
	if (p < end && (lt = memrchr(p, '<', (size_t)(end - p)))) {
		in->tag_state = TAG_OPENED;
		in->tag_attrs = 0;
		if (!follow_tag(in, lt + 1, end))
			return -1;
	}
	return 0;
}

unsigned long long sn__input_pos(const sn__input *in)
{
	const xmlParserInput *x = in->xml ? in->xml->input : NULL;

	if (!x || !x->base || !x->cur)
		return 0;
	return (unsigned long long)x->consumed + (unsigned long long)(x->cur - x->base);
}

int sn__input_tee_start(sn__input *in)
{
	const xmlParserInput *x = in->xml ? in->xml->input : NULL;
	size_t used, ahead;

	if (in->teeing)
		return 1;
	if (!x || !x->buf || x->buf->encoder || !x->buf->buffer || !x->base || !x->cur)
		return 0;
	/* what libxml2 holds must be the last bytes handed to it, unconverted */
	used = xmlBufUse(x->buf->buffer);
	if (xmlBufContent(x->buf->buffer) != x->base || (unsigned long long)x->consumed + used != in->handed ||
	    x->cur < x->base || (size_t)(x->cur - x->base) > used)
		return 0;
	ahead = used - (size_t)(x->cur - x->base);
	if (sn__grow((void **)&in->tee, &in->ctee, ahead + 1, 1) < 0)
		return -1;
	memcpy(in->tee, x->cur, ahead);
	in->ntee = ahead;
	in->tee_at = sn__input_pos(in);
	in->tee_hold = SN__NO_HOLD;
	in->teeing = 1;
	return 1;
}

const unsigned char *sn__input_tee_bytes(const sn__input *in, unsigned long long from, unsigned long long to)
{
	if (!in->teeing || from < in->tee_at || to < from || to > in->tee_at + in->ntee)
		return NULL;
	return in->tee + (from - in->tee_at);
}

/* Appends n bytes just handed to libxml2 to the copy, first letting go of
 * what no capture can still need (moved only when that is at least half
 * the copy, so each byte is moved a bounded number of times). */
static int tee_append(sn__input *in, const unsigned char *buf, size_t n)
{
	unsigned long long keep = in->tee_hold != SN__NO_HOLD ? in->tee_hold : sn__input_pos(in);

	if (keep > in->tee_at) {
		size_t drop = keep - in->tee_at > in->ntee ? in->ntee : (size_t)(keep - in->tee_at);
		if (drop == in->ntee || (drop >= in->ntee / 2 && drop >= 65536)) {
			memmove(in->tee, in->tee + drop, in->ntee - drop);
			in->ntee -= drop;
			in->tee_at += drop;
		}
	}
	if (sn__grow((void **)&in->tee, &in->ctee, in->ntee + n + 1, 1) < 0)
		return -1;
	memcpy(in->tee + in->ntee, buf, n);
	in->ntee += n;
	return 0;
}

static int xml_read(void *ctx, char *buf, int len)
{
	sn__input *in = ctx;
	long n = sn__input_read(in, buf, (size_t)len);

	int tripped = 0;

	/* in pieces, so that a tag that lies wholly inside a large read is seen */
	for (long off = 0; n > 0 && off < n && !tripped; off += 4096)
		tripped = guard_tags(in, (unsigned char *)buf + off, (unsigned char *)buf + (n - off > 4096 ? off + 4096 : n)) < 0;
	if (tripped) {
		xmlParserInputPtr at = in->xml ? in->xml->input : NULL;
		in->st = sn__error_at(SN_EPARSE, in->name, at ? (unsigned long)at->line : 0,
		                      at ? (unsigned long)at->col : 0,
		                      "an element with more than %d attributes, expected a few (a GraphML or GEXF "
		                      "element has at most a dozen)",
		                      SN__MAX_XML_ATTRS);
		return -1;
	}
	if (n > 0 && in->teeing && tee_append(in, (const unsigned char *)buf, (size_t)n) < 0) {
		in->st = sn__error_nomem();
		return -1;
	}
	if (n > 0)
		in->handed += (unsigned long long)n;
	return n < 0 ? -1 : (int)n;
}

static int xml_close(void *ctx)
{
	(void)ctx;
	return 0;
}

xmlParserCtxtPtr sn__xml_new(sn__input *in, const xmlSAXHandler *sax, void *user)
{
	/* xmlCreateIOParserCtxt, step by step: in libxml2 2.9 it leaks its input
	 * buffer when it runs out of memory half-way */
	xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
	xmlParserInputBufferPtr buf;
	xmlParserInputPtr input = NULL;

	if (!ctxt)
		return NULL;
	memcpy(ctxt->sax, sax, sizeof *sax);
	ctxt->userData = user;
	buf = xmlParserInputBufferCreateIO(xml_read, xml_close, in, XML_CHAR_ENCODING_NONE);
	if (buf && !(input = xmlNewIOInputStream(ctxt, buf, XML_CHAR_ENCODING_NONE)))
		xmlFreeParserInputBuffer(buf);
	if (!input || inputPush(ctxt, input) < 0) {
		xmlFreeParserCtxt(ctxt);
		return NULL;
	}
	/* no network, no entity substitution, no DTD loading, libxml2's
	 * default depth and size limits (no XML_PARSE_HUGE) */
	xmlCtxtUseOptions(ctxt, XML_PARSE_NONET);
	in->xml = ctxt;
	ctxt->replaceEntities = 0;
	ctxt->loadsubset = 0;
	ctxt->validate = 0;
	return ctxt;
}

void sn__xml_message(const struct _xmlError *err, char *msg, size_t size)
{
	size_t n;

	snprintf(msg, size, "%s", err->message ? err->message : "malformed XML");
	n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' ' || msg[n - 1] == '.'))
		msg[--n] = '\0';
	/* "Opening and ending tag mismatch" reads as part of ours; an acronym stays */
	if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
		msg[0] = (char)(msg[0] - 'A' + 'a');
}

void sn__xml_free(xmlParserCtxtPtr ctxt)
{
	if (!ctxt)
		return;
	/* libxml2 builds a stand-in document when it sees a DTD in SAX mode */
	if (ctxt->myDoc) {
		xmlFreeDoc(ctxt->myDoc);
		ctxt->myDoc = NULL;
	}
	xmlFreeParserCtxt(ctxt);
}

/* The position of the start tag being handled. libxml2 reports the position
 * after the tag; the tag itself starts at the last '<' before it, since '<'
 * cannot occur inside attribute values. */
void sn__xml_pos_before(const unsigned char *base, const unsigned char *end, long line, long col,
                        unsigned long *oline, unsigned long *ocol)
{
	const unsigned char *p, *q;
	long l, c, nl = 0;

	*oline = line > 0 ? (unsigned long)line : 0;
	*ocol = col > 0 ? (unsigned long)col : 0;
	if (!end || !base)
		return;
	for (p = end; p > base && *p != '<'; p--)
		if (*p == '\n')
			nl++;
	if (*p != '<')
		return;
	l = line - nl;
	if (nl == 0) {
		c = col;
		for (q = p; q < end; q++)
			if ((*q & 0xC0) != 0x80)
				c--;
	} else {
		c = 1;
		for (q = p; q > base && q[-1] != '\n'; q--)
			if ((*q & 0xC0) != 0x80)
				c++;
		if (q == base && l > 1)
			c = 0; /* the line's start is no longer buffered */
	}
	*oline = l > 0 ? (unsigned long)l : 0;
	*ocol = c > 0 ? (unsigned long)c : 0;
}
