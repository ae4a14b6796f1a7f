/* helpers.h - the microbenchmark's helper library: types and prototypes.
 *
 * The helpers are defined once, in helpers.c.  Every definition there is
 * written `HELPER type name (...)':
 *   - normally (builds base, xinline, lto) HELPER is __xinline (an exported
 *     helper when the xinline plugin is loaded, nothing otherwise) and the
 *     consumers see the prototypes below;
 *   - with -DBENCH_STATIC_INLINE (build "inline") this header defines HELPER
 *     as `static inline' and #includes helpers.c itself, so the consumer
 *     gets the very same bodies as static inline functions.
 */
#ifndef BENCH_HELPERS_H
#define BENCH_HELPERS_H

#include <stdbool.h>
#include <stdint.h>

/* refcount-like atomics */
struct ref {
	int count;
};

/* a test-and-set spinlock */
struct spinlock {
	int locked;
};

/* a bio-like list of segments and an iterator over it */
struct seg {
	char *base;
	unsigned int off;
	unsigned int len;
};
struct bio {
	struct seg *segs;
	unsigned int nsegs;
	unsigned int size;		/* sum of the segments' lengths */
};
struct seg_iter {
	unsigned int idx;		/* current segment */
	unsigned int done;		/* bytes done in it */
	unsigned int size;		/* bytes left */
};

/* plain fields and bit-fields */
struct dev {
	unsigned int flags;
	int id;
	unsigned int mode : 3;
	unsigned int ready : 1;
	unsigned int prio : 4;
	unsigned long sectors;
};

/* an object with a refcount and a device: helpers calling helpers */
struct obj {
	struct ref ref;
	unsigned int key;
	struct dev *dev;
};

/* Defined by the program (main.c), not a helper: what obj_put calls when
 * the last reference goes (never, in the benchmark). */
void obj_release(struct obj *o);

#ifdef BENCH_STATIC_INLINE
# define HELPER static inline
# include "helpers.c"
#else
# include <xinline.h>
# define HELPER __xinline

HELPER void ref_init(struct ref *r, int v);
HELPER void ref_get(struct ref *r);
HELPER bool ref_get_not_zero(struct ref *r);
HELPER bool ref_put(struct ref *r);
HELPER int ref_read(const struct ref *r);

HELPER void *err_ptr(long err);
HELPER long ptr_err(const void *p);
HELPER bool is_err(const void *p);
HELPER bool is_err_or_null(const void *p);

HELPER void spin_lock_init(struct spinlock *l);
HELPER void spin_lock(struct spinlock *l);
HELPER bool spin_trylock(struct spinlock *l);
HELPER void spin_unlock(struct spinlock *l);

HELPER void seg_iter_init(struct seg_iter *it, const struct bio *b);
HELPER unsigned int seg_iter_len(const struct bio *b, const struct seg_iter *it);
HELPER char *seg_iter_addr(const struct bio *b, const struct seg_iter *it);
HELPER void seg_iter_advance(const struct bio *b, struct seg_iter *it,
			     unsigned int bytes);

HELPER unsigned int dev_flags(const struct dev *d);
HELPER void dev_set_flags(struct dev *d, unsigned int f);
HELPER unsigned int dev_mode(const struct dev *d);
HELPER void dev_set_mode(struct dev *d, unsigned int m);
HELPER unsigned long dev_sectors(const struct dev *d);
HELPER void dev_add_sectors(struct dev *d, unsigned long n);

HELPER struct obj *obj_tryget(struct obj *o);
HELPER void obj_put(struct obj *o);
HELPER unsigned int obj_dev_mode(const struct obj *o);
#endif

#endif /* BENCH_HELPERS_H */
