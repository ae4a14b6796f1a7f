/* helpers.h - the interface of the user-space example's helper library. */
#ifndef HELPERS_H
#define HELPERS_H
#include <stddef.h>
#include <xinline.h>

struct dev {
	unsigned int flags;
	int refcount;
	unsigned int mode : 3;
	unsigned int ready : 1;
	signed int prio : 5;
	unsigned long long sectors;
	const char *name;
	volatile unsigned int *doorbell;
	struct seg { unsigned long addr; unsigned int len; } segs[8];
	unsigned int nsegs;
};

extern int dev_count;			/* defined in helpers.c */
extern const char *dev_prefix;

__xinline int dev_get(struct dev *d);
__xinline int dev_put(struct dev *d);
__xinline unsigned int dev_mode(const struct dev *d);
__xinline void dev_set_mode(struct dev *d, unsigned int m);
__xinline int dev_prio(const struct dev *d);
__xinline void dev_set_prio(struct dev *d, int p);
__xinline void dev_ring(struct dev *d, unsigned int v);
__xinline const char *dev_kind(int k);
__xinline int dev_classify(int k);
__xinline unsigned long dev_bytes(const struct dev *d);
__xinline unsigned long dev_seg_addr(const struct dev *d, unsigned int i);
__xinline int dev_open(struct dev *d);
__xinline size_t dev_name_len(const struct dev *d);
__xinline void dev_report(const struct dev *d);
__xinline int dev_is_ready(const struct dev *d);
#endif
