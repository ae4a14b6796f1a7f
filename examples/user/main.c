/* main.c - the consumer: calls every helper. */
#include <stdio.h>
#include "helpers.h"

static volatile unsigned int bell;

int main(void)
{
	struct dev d = { .name = "sda", .doorbell = &bell, .nsegs = 3 };
	for (unsigned int i = 0; i < 8; i++) {
		d.segs[i].addr = 0x1000 * i;
		d.segs[i].len = 512 * (i + 1);
	}
	d.ready = 1;
	printf("open=%d count=%d\n", dev_open(&d), dev_count);
	dev_set_mode(&d, 5);
	dev_set_prio(&d, -7);
	printf("mode=%u prio=%d ready=%d\n", dev_mode(&d), dev_prio(&d),
	       dev_is_ready(&d));
	dev_ring(&d, 41);
	printf("bell=%u\n", bell);
	for (int k = -1; k < 11; k++)
		printf("kind %d=%s class=%d\n", k, dev_kind(k), dev_classify(k));
	printf("bytes=%lu seg2=%#lx len=%zu\n", dev_bytes(&d),
	       dev_seg_addr(&d, 2), dev_name_len(&d));
	dev_get(&d);
	dev_report(&d);
	printf("put=%d put=%d count=%d\n", dev_put(&d), dev_put(&d), dev_count);
	return 0;
}
