/* helpers.c - the microbenchmark's helpers (the provider).
 *
 * Small functions of the kinds a driver calls in its hot paths: refcount
 * atomics, error pointers, a spinlock, a bio-like segment iterator, field
 * getters and setters, and helpers built on other helpers.  Compiled on its
 * own in the base, xinline and lto builds; #included by helpers.h with
 * HELPER = `static inline' in the static-inline build.
 */
#include "helpers.h"

#define MAX_ERRNO 4095
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* ---- refcount ---------------------------------------------------------- */

HELPER void ref_init(struct ref *r, int v)
{
	__atomic_store_n(&r->count, v, __ATOMIC_RELAXED);
}

HELPER void ref_get(struct ref *r)
{
	__atomic_fetch_add(&r->count, 1, __ATOMIC_RELAXED);
}

HELPER bool ref_get_not_zero(struct ref *r)
{
	int c = __atomic_load_n(&r->count, __ATOMIC_RELAXED);

	do {
		if (unlikely(c == 0))
			return false;
	} while (!__atomic_compare_exchange_n(&r->count, &c, c + 1, true,
					      __ATOMIC_ACQUIRE, __ATOMIC_RELAXED));
	return true;
}

HELPER bool ref_put(struct ref *r)
{
	return __atomic_sub_fetch(&r->count, 1, __ATOMIC_ACQ_REL) == 0;
}

HELPER int ref_read(const struct ref *r)
{
	return __atomic_load_n(&r->count, __ATOMIC_RELAXED);
}

/* ---- error pointers ---------------------------------------------------- */

HELPER void *err_ptr(long err)
{
	return (void *)err;
}

HELPER long ptr_err(const void *p)
{
	return (long)p;
}

HELPER bool is_err(const void *p)
{
	return unlikely((uintptr_t)p >= (uintptr_t)-MAX_ERRNO);
}

HELPER bool is_err_or_null(const void *p)
{
	return unlikely(!p) || is_err(p);
}

/* ---- spinlock ---------------------------------------------------------- */

HELPER void spin_lock_init(struct spinlock *l)
{
	__atomic_store_n(&l->locked, 0, __ATOMIC_RELAXED);
}

HELPER void spin_lock(struct spinlock *l)
{
	while (unlikely(__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE)))
		while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED))
			__builtin_ia32_pause();
}

HELPER bool spin_trylock(struct spinlock *l)
{
	return !__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE);
}

HELPER void spin_unlock(struct spinlock *l)
{
	__atomic_store_n(&l->locked, 0, __ATOMIC_RELEASE);
}

/* ---- bio-like segment iterator ---------------------------------------- */

HELPER void seg_iter_init(struct seg_iter *it, const struct bio *b)
{
	it->idx = 0;
	it->done = 0;
	it->size = b->size;
}

/* Bytes from the iterator's position to the end of the current segment,
 * at most the bytes left. */
HELPER unsigned int seg_iter_len(const struct bio *b, const struct seg_iter *it)
{
	unsigned int l = b->segs[it->idx].len - it->done;

	return l < it->size ? l : it->size;
}

HELPER char *seg_iter_addr(const struct bio *b, const struct seg_iter *it)
{
	const struct seg *s = &b->segs[it->idx];

	return s->base + s->off + it->done;
}

HELPER void seg_iter_advance(const struct bio *b, struct seg_iter *it,
			     unsigned int bytes)
{
	it->size -= bytes;
	it->done += bytes;
	while (it->size && it->done >= b->segs[it->idx].len) {
		it->done -= b->segs[it->idx].len;
		it->idx++;
	}
}

/* ---- field getters and setters ---------------------------------------- */

HELPER unsigned int dev_flags(const struct dev *d)
{
	return d->flags;
}

HELPER void dev_set_flags(struct dev *d, unsigned int f)
{
	d->flags = f;
}

HELPER unsigned int dev_mode(const struct dev *d)
{
	return d->mode;
}

HELPER void dev_set_mode(struct dev *d, unsigned int m)
{
	d->mode = m;
}

HELPER unsigned long dev_sectors(const struct dev *d)
{
	return d->sectors;
}

HELPER void dev_add_sectors(struct dev *d, unsigned long n)
{
	d->sectors += n;
}

/* ---- helpers calling helpers ------------------------------------------ */

/* A reference to O if it is a live object; O itself if it is NULL or an
 * error pointer; -ENOENT if its count already dropped to zero. */
HELPER struct obj *obj_tryget(struct obj *o)
{
	if (is_err_or_null(o))
		return o;
	if (!ref_get_not_zero(&o->ref))
		return err_ptr(-2);
	return o;
}

HELPER void obj_put(struct obj *o)
{
	if (ref_put(&o->ref))
		obj_release(o);
}

HELPER unsigned int obj_dev_mode(const struct obj *o)
{
	return dev_mode(o->dev);
}
