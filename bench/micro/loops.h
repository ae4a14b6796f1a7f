/* loops.h - the benchmark's data and loops. */
#ifndef BENCH_LOOPS_H
#define BENCH_LOOPS_H

#include "helpers.h"

#define NOBJ 1024			/* objects per array (a power of 2) */

struct ctx {
	struct ref refs[NOBJ];
	int *ptrs[NOBJ];		/* objects, NULLs, error pointers */
	struct spinlock locks[NOBJ];
	unsigned long counters[NOBJ];
	struct bio bios[NOBJ];
	struct dev devs[NOBJ];
	struct obj *objs[NOBJ];		/* objects, NULLs, error pointers */
};

unsigned long loop_empty(struct ctx *c, unsigned long n);
unsigned long loop_ref(struct ctx *c, unsigned long n);
unsigned long loop_err(struct ctx *c, unsigned long n);
unsigned long loop_lock(struct ctx *c, unsigned long n);
unsigned long loop_seg(struct ctx *c, unsigned long n);
unsigned long loop_field(struct ctx *c, unsigned long n);
unsigned long loop_nested(struct ctx *c, unsigned long n);

#endif
