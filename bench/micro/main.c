/* main.c - the microbenchmark driver (not timed: only the loop functions
 * are measured).
 *
 *   micro LOOP N    run loop LOOP (empty, ref, err, lock, seg, field,
 *                   nested or all) for N operations; print its checksum
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "loops.h"

static struct ctx ctx;
static int ints[NOBJ];
static struct seg segs[NOBJ][4];
static struct obj objs[NOBJ];
static char page[8192];
unsigned long released;

/* Not a helper: obj_put calls it for the last reference (never here). */
void obj_release(struct obj *o)
{
	released++;
	o->key = 0;
}

static void setup(void)
{
	unsigned int x = 12345;

	for (int i = 0; i < NOBJ; i++) {
		x = x * 1103515245u + 12345u;	/* a fixed pseudo-random sequence */
		ref_init(&ctx.refs[i], 1 + i % 3);
		ints[i] = i * 7;
		ctx.ptrs[i] = i % 16 == 5 ? NULL : i % 8 == 3 ? err_ptr(-(long)(1 + i % 100))
			: &ints[i];
		spin_lock_init(&ctx.locks[i]);
		unsigned int nsegs = 1 + (x >> 16) % 4, size = 0;
		for (unsigned int k = 0; k < nsegs; k++) {
			segs[i][k].base = page;
			segs[i][k].off = (x >> (k * 3)) % 4096;
			segs[i][k].len = 512 * (1 + (x >> (k * 5 + 8)) % 8);
			size += segs[i][k].len;
		}
		ctx.bios[i] = (struct bio){ segs[i], nsegs, size };
		ctx.devs[i] = (struct dev){ .flags = x, .id = i, .mode = i % 8,
					    .prio = i % 16, .sectors = i };
		ref_init(&objs[i].ref, i % 32 == 7 ? 0 : 1);
		objs[i].key = x;
		objs[i].dev = &ctx.devs[i];
		ctx.objs[i] = i % 16 == 9 ? NULL : i % 16 == 13 ? err_ptr(-5) : &objs[i];
	}
	for (int i = 0; i < (int)sizeof page; i++)
		page[i] = (char)(i * 31);
}

static const struct {
	const char *name;
	unsigned long (*fn)(struct ctx *, unsigned long);
} loops[] = {
	{ "empty", loop_empty }, { "ref", loop_ref }, { "err", loop_err },
	{ "lock", loop_lock }, { "seg", loop_seg }, { "field", loop_field },
	{ "nested", loop_nested },
};

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: %s LOOP|all N\n", argv[0]);
		return 2;
	}
	unsigned long n = strtoul(argv[2], NULL, 0);
	int found = 0;

	setup();
	for (size_t k = 0; k < sizeof loops / sizeof loops[0]; k++) {
		if (strcmp(argv[1], "all") && strcmp(argv[1], loops[k].name))
			continue;
		found = 1;
		printf("%s %lu\n", loops[k].name, loops[k].fn(&ctx, n));
	}
	if (!found) {
		fprintf(stderr, "%s: no loop '%s'\n", argv[0], argv[1]);
		return 2;
	}
	return released ? 1 : 0;
}
