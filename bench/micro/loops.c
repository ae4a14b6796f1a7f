/* loops.c - the hot loops (the consumer): each calls helpers of helpers.c.
 *
 * One operation = one iteration of a loop's outer `for'.  Every loop works
 * on NOBJ objects in turn (i & (NOBJ - 1)) and returns a checksum, so that
 * no build can drop work the others do; main.c prints the checksums and
 * the bench checks that the four builds agree.
 *
 * The loop functions are noipa: never inlined into main, never cloned, so
 * that each exists once under its own name in every build (callgrind's
 * --toggle-collect and the call count find them) and no build can
 * specialize a loop for its caller's constants.  noipa only concerns the
 * loop function's callers: helpers are still inlined into it.
 */
#include "loops.h"

#define LOOP __attribute__((noipa))
#define AT(a, i) (&(a)[(i) & (NOBJ - 1)])

/* No helper: what the loop itself costs. */
LOOP unsigned long loop_empty(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++)
		s += AT(c->devs, i)->flags;
	return s;
}

/* get, put (never the last reference) and read a refcount */
LOOP unsigned long loop_ref(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		struct ref *r = AT(c->refs, i);

		ref_get(r);
		if (ref_put(r))
			s += 1000;
		s += ref_read(r);
	}
	return s;
}

/* error-pointer checks on a mix of objects, NULLs and error pointers */
LOOP unsigned long loop_err(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		int *p = *AT(c->ptrs, i);

		if (is_err(p))
			s += ptr_err(p);
		else if (!is_err_or_null(p))
			s += *p;
	}
	return s;
}

/* an uncontended lock/unlock pair around an increment */
LOOP unsigned long loop_lock(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		struct spinlock *l = AT(c->locks, i);

		spin_lock(l);
		s += ++*AT(c->counters, i);
		spin_unlock(l);
	}
	return s;
}

/* walk a bio of 1 to 4 segments: length, address and advance per step */
LOOP unsigned long loop_seg(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		const struct bio *b = AT(c->bios, i);
		struct seg_iter it;

		seg_iter_init(&it, b);
		while (it.size) {
			unsigned int len = seg_iter_len(b, &it);

			s += len + (unsigned char)*seg_iter_addr(b, &it);
			seg_iter_advance(b, &it, len);
		}
	}
	return s;
}

/* read-modify-write of plain fields and a bit-field through accessors */
LOOP unsigned long loop_field(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		struct dev *d = AT(c->devs, i);

		dev_set_flags(d, dev_flags(d) ^ (unsigned int)i);
		dev_set_mode(d, dev_mode(d) + 1);
		dev_add_sectors(d, 8);
		s += dev_sectors(d) + dev_mode(d);
	}
	return s;
}

/* helpers calling helpers: tryget (is_err_or_null -> is_err,
 * ref_get_not_zero, err_ptr), obj_dev_mode (dev_mode), obj_put (ref_put) */
LOOP unsigned long loop_nested(struct ctx *c, unsigned long n)
{
	unsigned long s = 0;

	for (unsigned long i = 0; i < n; i++) {
		struct obj *o = obj_tryget(*AT(c->objs, i));

		if (is_err_or_null(o)) {
			s += ptr_err(o) & 7;
			continue;
		}
		s += obj_dev_mode(o);
		obj_put(o);
	}
	return s;
}
