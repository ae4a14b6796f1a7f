/* helpers.c - small exported helpers: the provider. */
#include <stdio.h>
#include <string.h>
#include "helpers.h"

int dev_count;
const char *dev_prefix = "dev";

int dev_get(struct dev *d)
{
	d->refcount++;
	return d->refcount;
}

int dev_put(struct dev *d)
{
	if (--d->refcount == 0) {
		dev_count--;
		return 1;
	}
	return 0;
}

unsigned int dev_mode(const struct dev *d) { return d->mode; }
void dev_set_mode(struct dev *d, unsigned int m) { d->mode = m; }
int dev_prio(const struct dev *d) { return d->prio; }
void dev_set_prio(struct dev *d, int p) { d->prio = p; }
int dev_is_ready(const struct dev *d) { return d->ready; }

void dev_ring(struct dev *d, unsigned int v)
{
	*d->doorbell = v;
	*d->doorbell = v + 1;
}

const char *dev_kind(int k)
{
	switch (k) {
	case 0: return "disk";
	case 1: return "tape";
	case 2: case 3: return "optical";
	default: return "unknown";
	}
}

int dev_classify(int k)
{
	switch (k) {
	case 0: dev_count += 1; return 10;
	case 1: dev_count += 2; return 20;
	case 5 ... 9: return k * 3;
	default: return -1;
	}
}

unsigned long dev_bytes(const struct dev *d)
{
	unsigned long sum = 0;
	for (unsigned int i = 0; i < d->nsegs; i++)
		sum += d->segs[i].len;
	return sum;
}

unsigned long dev_seg_addr(const struct dev *d, unsigned int i)
{
	return d->segs[i].addr;
}

int dev_open(struct dev *d)
{
	if (dev_get(d) == 1)
		dev_count++;
	return dev_is_ready(d) ? 0 : -1;
}

size_t dev_name_len(const struct dev *d)
{
	return strlen(d->name);
}

void dev_report(const struct dev *d)
{
	printf("%s: %s mode=%u refs=%d\n", dev_prefix, d->name, (unsigned)d->mode,
	       d->refcount);
}
