/*
 * strpool.c - string interning.
 *
 * Every id is stored once per graph, so equal ids are equal pointers and
 * the id maps can hash pointers. String values are interned too while
 * their column's values repeat; a column whose values do not (names,
 * descriptions) is stored without the table (sn__parse_key_value), so
 * values are compared by content, never by pointer. libxml2 2.9's xmlDict
 * would do, but it stops growing its table at 16384 buckets (MAX_DICT_HASH):
 * with the hundreds of thousands of distinct ids of a large network its
 * chains grow long and lookups dominate the load time.
 */
#include "config.h"
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define BLOCK_BYTES ((size_t)64 * 1024)

typedef struct block {
	struct block *next;
	size_t used, size;
	char data[];
} block;

static uint64_t hash_bytes(const char *s, size_t len)
{
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;

	while (len >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h ^= h >> 32;
		s += 8;
		len -= 8;
	}
	if (len) {
		uint64_t w = 0;
		memcpy(&w, s, len);
		h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
	}
	h ^= h >> 29;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 32;
	/* the slot index comes from the high bits, the length fills the low */
	h = (h << 16) | (h >> 48);
	return (h & ~(uint64_t)0xffff) | (len < 0xffff ? len : 0xffff);
}

/* where a tag's probe sequence starts: its hash bits above the length */
static size_t slot_of(uint64_t tag, size_t cap)
{
	return (size_t)(tag >> 16) & (cap - 1);
}

void sn__strpool_free(sn__strpool *p)
{
	block *b = p->blocks;
	while (b) {
		block *next = b->next;
		free(b);
		b = next;
	}
	free(p->slots_mem);
	memset(p, 0, sizeof *p);
}

static int grow_table(sn__strpool *p)
{
	size_t cap = p->cap ? p->cap * 2 : 256;
	void *mem = calloc(1, cap * sizeof(sn__strslot) + 63);
	sn__strslot *slots;

	if (!mem)
		return -1;
	slots = (sn__strslot *)(((uintptr_t)mem + 63) & ~(uintptr_t)63);
	for (size_t i = 0; i < p->cap; i++) {
		if (p->slots[i].s) {
			size_t j = slot_of(p->slots[i].tag, cap);
			while (slots[j].s)
				j = (j + 1) & (cap - 1);
			slots[j] = p->slots[i];
		}
	}
	free(p->slots_mem);
	p->slots_mem = mem;
	p->slots = slots;
	p->cap = cap;
	return 0;
}

/* The tag holds lengths below 0xffff; a longer string is stored behind its
 * exact length (a string may hold a NUL, so strlen cannot tell). */
#define LONG_LEN 0xffffu

static size_t long_len(const char *s)
{
	size_t n;
	memcpy(&n, s - sizeof n, sizeof n);
	return n;
}

static const char *store(sn__strpool *p, const char *s, size_t len)
{
	block *b = p->blocks;
	size_t prefix = len >= LONG_LEN ? sizeof(size_t) : 0;
	char *dst;

	if (!b || b->size - b->used < prefix + len + 1) {
		size_t size = prefix + len + 1 > BLOCK_BYTES ? prefix + len + 1 : BLOCK_BYTES;
		block *nb = malloc(sizeof *nb + size);
		if (!nb)
			return NULL;
		nb->size = size;
		nb->used = 0;
		/* a large string gets a block of its own behind the current one,
		 * so the current block keeps filling */
		if (b && size > BLOCK_BYTES) {
			nb->next = b->next;
			b->next = nb;
		} else {
			nb->next = b;
			p->blocks = nb;
		}
		b = nb;
	}
	dst = b->data + b->used;
	if (prefix) {
		memcpy(dst, &len, sizeof len);
		dst += prefix;
	}
	memcpy(dst, s, len);
	dst[len] = '\0';
	b->used += prefix + len + 1;
	return dst;
}

const char *sn__strpool_store(sn__strpool *p, const char *s, size_t len)
{
	return store(p, s, len);
}

/* Whether slot e holds s (len bytes, hash h): the tag first, then the
 * bytes in the slot, then for a long string the rest in its copy. */
static int slot_holds(const sn__strslot *e, const char *s, size_t len, uint64_t h)
{
	if (e->tag != h)
		return 0;
	if (len <= SN__STRSLOT_HEAD)
		return memcmp(e->head, s, len) == 0;
	return memcmp(e->head, s, SN__STRSLOT_HEAD) == 0 && (len < LONG_LEN || long_len(e->s) == len) &&
	       memcmp(e->s + SN__STRSLOT_HEAD, s + SN__STRSLOT_HEAD, len - SN__STRSLOT_HEAD) == 0;
}

static size_t find_slot(const sn__strpool *p, const char *s, size_t len, uint64_t h)
{
	size_t i = slot_of(h, p->cap);

	while (p->slots[i].s && !slot_holds(&p->slots[i], s, len, h))
		i = (i + 1) & (p->cap - 1);
	return i;
}

const char *sn__strpool_get(const sn__strpool *p, const char *s, size_t len)
{
	if (!p->cap)
		return NULL;
	return p->slots[find_slot(p, s, len, hash_bytes(s, len))].s;
}

const char *sn__strpool_intern_val(sn__strpool *p, const char *s, size_t len, size_t **val)
{
	uint64_t h = hash_bytes(s, len);
	size_t i;

	/* load factor at most one half */
	if ((p->len + 1) * 2 > p->cap && grow_table(p) < 0)
		return NULL;
	i = find_slot(p, s, len, h);
	if (!p->slots[i].s) {
		const char *copy = store(p, s, len);
		if (!copy)
			return NULL;
		p->slots[i].s = copy;
		p->slots[i].tag = h;
		memcpy(p->slots[i].head, s, len < SN__STRSLOT_HEAD ? len : SN__STRSLOT_HEAD);
		p->len++;
	}
	if (val)
		*val = &p->slots[i].val;
	return p->slots[i].s;
}

const char *sn__strpool_intern(sn__strpool *p, const char *s, size_t len)
{
	return sn__strpool_intern_val(p, s, len, NULL);
}

uint64_t sn__strpool_hash(const char *s, size_t len)
{
	return hash_bytes(s, len);
}

size_t *sn__strpool_val_hashed(const sn__strpool *p, const char *s, size_t len, uint64_t h)
{
	size_t i;

	if (!p->cap)
		return NULL;
	i = find_slot(p, s, len, h);
	return p->slots[i].s ? &p->slots[i].val : NULL;
}

size_t *sn__strpool_val(const sn__strpool *p, const char *s, size_t len)
{
	return sn__strpool_val_hashed(p, s, len, hash_bytes(s, len));
}

void sn__strpool_prefetch(const sn__strpool *p, uint64_t h)
{
#if defined(__GNUC__)
	if (p->cap)
		__builtin_prefetch(&p->slots[slot_of(h, p->cap)]);
#else
	(void)p, (void)h;
#endif
}
