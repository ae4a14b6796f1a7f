// SPDX-License-Identifier: GPL-2.0
/*
 * xiblk.c - a memory-backed blk-mq block device modelled on null_blk.
 *
 * Every block-layer, locking, page and xarray operation on the I/O path
 * goes through the exported helpers of xiblk_helpers.ko (see
 * xiblk_helpers.h): built with the xinline plugin and the helpers' DB,
 * those calls are inlined; built without, they are plain calls into
 * xiblk_helpers.ko.
 *
 * Data lives in pages kept in an xarray indexed by device page number,
 * under a spinlock; pages are allocated on first write, and unwritten
 * sectors read as zeroes.
 *
 * Module parameters:
 *   size_mb          device size in MiB (default 64)
 *   bs               logical block size, 512..4096 (default 512)
 *   queue_depth      tags per hardware queue (default 64)
 *   nr_hw_queues     hardware queues (default 2)
 *   memory_backed    1: keep the data; 0: discard writes, read zeroes
 *   complete_inline  1: end requests in queue_rq; 0: through
 *                    blk_mq_complete_request() and the .complete callback
 *
 * Builds against 6.1 and 6.12 (tested on both): since 6.9 the queue limits
 * are passed to blk_mq_alloc_disk() (the blk_queue_* setters are gone since
 * 6.11), and since 6.11 a queue is non-rotational unless it says otherwise.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/blkdev.h>
#include <linux/blk-mq.h>
#include <linux/xarray.h>
#include <linux/spinlock.h>
#include <linux/atomic.h>
#include <linux/slab.h>
#include <linux/version.h>

#include "xiblk_helpers.h"

#define XIBLK_NAME		"xiblk"
#define XIBLK_MAX_HW_QUEUES	16
#define XIBLK_PAGE_SECTORS_SHIFT (PAGE_SHIFT - SECTOR_SHIFT)
#define XIBLK_PAGE_SECTORS	(1U << XIBLK_PAGE_SECTORS_SHIFT)

static unsigned int size_mb = 64;
module_param(size_mb, uint, 0444);
MODULE_PARM_DESC(size_mb, "Device size in MiB (default 64)");

static unsigned int bs = 512;
module_param(bs, uint, 0444);
MODULE_PARM_DESC(bs, "Logical block size in bytes, 512..4096 (default 512)");

static unsigned int queue_depth = 64;
module_param(queue_depth, uint, 0444);
MODULE_PARM_DESC(queue_depth, "Queue depth per hardware queue (default 64)");

static unsigned int nr_hw_queues = 2;
module_param(nr_hw_queues, uint, 0444);
MODULE_PARM_DESC(nr_hw_queues, "Number of hardware queues (default 2)");

static bool memory_backed = true;
module_param(memory_backed, bool, 0444);
MODULE_PARM_DESC(memory_backed, "Keep written data in memory (default 1)");

static bool complete_inline = true;
module_param(complete_inline, bool, 0444);
MODULE_PARM_DESC(complete_inline,
		 "Complete requests in queue_rq (1, default) or through blk_mq_complete_request (0)");

struct xiblk_dev {
	struct blk_mq_tag_set tag_set;
	struct gendisk *disk;
	spinlock_t lock;		/* protects pages and their contents */
	struct xarray pages;		/* device page index -> struct page */
	sector_t nr_sectors;
	atomic_long_t nr_pages;
	atomic_long_t rqs[XIBLK_MAX_HW_QUEUES];
	atomic_long_t errors;
};

/* The per-request driver data (blk_mq_rq_to_pdu). */
struct xiblk_cmd {
	blk_status_t status;
};

static int xiblk_major;
static struct xiblk_dev *xiblk;

/* Returns the page holding device page IDX, allocating it if ALLOC. */
static struct page *xiblk_page(struct xiblk_dev *dev, unsigned long idx,
			       bool alloc)
{
	struct page *page, *new;
	unsigned long flags;
	int err;

	flags = xiblk_helper_spin_lock_irqsave(&dev->lock);
	page = xiblk_helper_xa_load(&dev->pages, idx);
	xiblk_helper_spin_unlock_irqrestore(&dev->lock, flags);
	if (page || !alloc)
		return page;

	/* queue_rq may sleep: the tag set is BLK_MQ_F_BLOCKING. */
	new = xiblk_helper_alloc_page(GFP_NOIO | __GFP_ZERO);
	if (!new)
		return NULL;
	flags = xiblk_helper_spin_lock_irqsave(&dev->lock);
	page = xiblk_helper_xa_load(&dev->pages, idx);
	if (!page) {
		err = xiblk_helper_xa_store(&dev->pages, idx, new, GFP_ATOMIC);
		if (!err) {
			page = new;
			new = NULL;
			atomic_long_inc(&dev->nr_pages);
		}
	}
	xiblk_helper_spin_unlock_irqrestore(&dev->lock, flags);
	if (new)
		xiblk_helper_free_page(new);
	return page;
}

/* Copies LEN bytes between the bio page PAGE at OFF and the device at
 * SECTOR, in pieces that do not cross a device page.  */
static blk_status_t xiblk_transfer(struct xiblk_dev *dev, struct page *page,
				   unsigned int len, unsigned int off,
				   sector_t sector, bool write)
{
	while (len) {
		unsigned long idx = sector >> XIBLK_PAGE_SECTORS_SHIFT;
		unsigned int doff = (sector & (XIBLK_PAGE_SECTORS - 1)) << SECTOR_SHIFT;
		unsigned int chunk = min_t(unsigned int, len, PAGE_SIZE - doff);
		struct page *dpage = xiblk_page(dev, idx, write);
		unsigned long flags;
		char *buf;

		if (write && !dpage)
			return BLK_STS_RESOURCE;

		flags = xiblk_helper_spin_lock_irqsave(&dev->lock);
		buf = xiblk_helper_kmap_local_page(page);
		if (write)
			xiblk_helper_memcpy_to_page(dpage, doff, buf + off, chunk);
		else if (dpage)
			xiblk_helper_memcpy_from_page(buf + off, dpage, doff, chunk);
		xiblk_helper_kunmap_local(buf);
		xiblk_helper_spin_unlock_irqrestore(&dev->lock, flags);
		if (!write && !dpage)
			xiblk_helper_memzero_page(page, off, chunk);

		sector += chunk >> SECTOR_SHIFT;
		off += chunk;
		len -= chunk;
	}
	return BLK_STS_OK;
}

/* Walks the request's bios and their single-page segments. */
static blk_status_t xiblk_handle_rq(struct xiblk_dev *dev, struct request *rq)
{
	unsigned int op = xiblk_helper_req_op(rq);
	sector_t pos = xiblk_helper_blk_rq_pos(rq);
	unsigned int bytes = xiblk_helper_blk_rq_bytes(rq);
	bool write = xiblk_helper_op_is_write(op);
	struct bio *bio;

	switch (op) {
	case REQ_OP_FLUSH:
		return BLK_STS_OK;
	case REQ_OP_READ:
	case REQ_OP_WRITE:
		break;
	default:
		return BLK_STS_NOTSUPP;
	}
	if (pos + (bytes >> SECTOR_SHIFT) > dev->nr_sectors)
		return BLK_STS_IOERR;
	if (!memory_backed && write)
		return BLK_STS_OK;

	for (bio = xiblk_helper_rq_bio(rq); bio; bio = xiblk_helper_bio_next(bio)) {
		struct bvec_iter iter;
		struct bio_vec bv;

		xiblk_helper_bio_iter_init(bio, &iter);
		while (xiblk_helper_bvec_iter_size(&iter)) {
			sector_t sector = xiblk_helper_bvec_iter_sector(&iter);
			blk_status_t st;

			xiblk_helper_bio_iter_iovec(bio, &iter, &bv);
			if (memory_backed)
				st = xiblk_transfer(dev, bv.bv_page, bv.bv_len,
						    bv.bv_offset, sector, write);
			else {
				xiblk_helper_memzero_page(bv.bv_page, bv.bv_offset,
							  bv.bv_len);
				st = BLK_STS_OK;
			}
			if (st != BLK_STS_OK)
				return st;
			xiblk_helper_bio_advance_iter_single(bio, &iter, bv.bv_len);
		}
	}
	return BLK_STS_OK;
}

static blk_status_t xiblk_queue_rq(struct blk_mq_hw_ctx *hctx,
				   const struct blk_mq_queue_data *bd)
{
	struct request *rq = bd->rq;
	struct xiblk_dev *dev = xiblk_helper_rq_queuedata(rq);
	struct xiblk_cmd *cmd = xiblk_helper_blk_mq_rq_to_pdu(rq);
	unsigned int qn = xiblk_helper_hctx_queue_num(hctx);

	xiblk_helper_blk_mq_start_request(rq);
	cmd->status = xiblk_handle_rq(dev, rq);
	if (cmd->status == BLK_STS_RESOURCE) {
		/* Out of memory for a new page: retry later. */
		return BLK_STS_RESOURCE;
	}
	if (cmd->status != BLK_STS_OK)
		atomic_long_inc(&dev->errors);
	atomic_long_inc(&dev->rqs[qn % XIBLK_MAX_HW_QUEUES]);

	if (complete_inline)
		xiblk_helper_blk_mq_end_request(rq, cmd->status);
	else
		xiblk_helper_blk_mq_complete_request(rq);
	return BLK_STS_OK;
}

static void xiblk_complete_rq(struct request *rq)
{
	struct xiblk_cmd *cmd = xiblk_helper_blk_mq_rq_to_pdu(rq);

	/* The pdu leads back to its request. */
	WARN_ON_ONCE(xiblk_helper_blk_mq_rq_from_pdu(cmd) != rq);
	xiblk_helper_blk_mq_end_request(rq, cmd->status);
}

static const struct blk_mq_ops xiblk_mq_ops = {
	.queue_rq	= xiblk_queue_rq,
	.complete	= xiblk_complete_rq,
};

static const struct block_device_operations xiblk_fops = {
	.owner		= THIS_MODULE,
};

static void xiblk_free_pages(struct xiblk_dev *dev)
{
	unsigned long idx = 0;
	struct page *page;

	for (page = xiblk_helper_xa_find(&dev->pages, &idx, ULONG_MAX); page;
	     page = xiblk_helper_xa_find_after(&dev->pages, &idx, ULONG_MAX)) {
		xiblk_helper_xa_erase(&dev->pages, idx);
		xiblk_helper_free_page(page);
		atomic_long_dec(&dev->nr_pages);
	}
	xiblk_helper_xa_destroy(&dev->pages);
}

/* The disk and its queue: BS-byte blocks, at most 1024 sectors a request,
 * non-rotational. */
static struct gendisk *xiblk_alloc_disk(struct xiblk_dev *dev)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 9, 0)
	struct queue_limits lim = {
		.logical_block_size	= bs,
		.physical_block_size	= bs,
		.max_hw_sectors		= 1024,
	};
	struct gendisk *disk = blk_mq_alloc_disk(&dev->tag_set, &lim, dev);
#else
	struct gendisk *disk = blk_mq_alloc_disk(&dev->tag_set, dev);

	if (!IS_ERR(disk)) {
		blk_queue_logical_block_size(disk->queue, bs);
		blk_queue_physical_block_size(disk->queue, bs);
		blk_queue_max_hw_sectors(disk->queue, 1024);
	}
#endif
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 11, 0)
	if (!IS_ERR(disk))
		blk_queue_flag_set(QUEUE_FLAG_NONROT, disk->queue);
#endif
	return disk;
}

static int __init xiblk_init(void)
{
	struct xiblk_dev *dev;
	struct gendisk *disk;
	int err;

	if (bs < 512 || bs > PAGE_SIZE || !is_power_of_2(bs)) {
		pr_err(XIBLK_NAME ": bs=%u: must be a power of two from 512 to %lu\n",
		       bs, PAGE_SIZE);
		return -EINVAL;
	}
	if (!size_mb || !queue_depth || !nr_hw_queues ||
	    nr_hw_queues > XIBLK_MAX_HW_QUEUES) {
		pr_err(XIBLK_NAME ": size_mb, queue_depth and nr_hw_queues (1..%d) must be set\n",
		       XIBLK_MAX_HW_QUEUES);
		return -EINVAL;
	}

	xiblk_major = register_blkdev(0, XIBLK_NAME);
	if (xiblk_major < 0)
		return xiblk_major;

	err = -ENOMEM;
	dev = kzalloc(sizeof(*dev), GFP_KERNEL);
	if (!dev)
		goto out_unregister;
	xiblk_helper_spin_lock_init(&dev->lock);
	xiblk_helper_xa_init(&dev->pages);
	dev->nr_sectors = (sector_t)size_mb << (20 - SECTOR_SHIFT);

	dev->tag_set.ops = &xiblk_mq_ops;
	dev->tag_set.nr_hw_queues = nr_hw_queues;
	dev->tag_set.queue_depth = queue_depth;
	dev->tag_set.numa_node = NUMA_NO_NODE;
	dev->tag_set.cmd_size = sizeof(struct xiblk_cmd);
	dev->tag_set.flags = BLK_MQ_F_SHOULD_MERGE |
		(memory_backed ? BLK_MQ_F_BLOCKING : 0);
	dev->tag_set.driver_data = dev;
	err = blk_mq_alloc_tag_set(&dev->tag_set);
	if (err)
		goto out_free_dev;

	disk = xiblk_alloc_disk(dev);
	if (IS_ERR(disk)) {
		err = PTR_ERR(disk);
		goto out_free_tags;
	}
	dev->disk = disk;
	disk->major = xiblk_major;
	disk->first_minor = 0;
	disk->minors = 1;
	disk->fops = &xiblk_fops;
	disk->private_data = dev;
	snprintf(disk->disk_name, DISK_NAME_LEN, XIBLK_NAME "0");
	set_capacity(disk, dev->nr_sectors);

	err = add_disk(disk);
	if (err)
		goto out_put_disk;
	xiblk = dev;
	pr_info(XIBLK_NAME ": %s: %u MiB, bs %u, %u hw queues of depth %u, %s, completion %s, capacity %llu sectors\n",
		disk->disk_name, size_mb, bs, nr_hw_queues, queue_depth,
		memory_backed ? "memory-backed" : "null",
		complete_inline ? "inline" : "via blk_mq_complete_request",
		(unsigned long long)xiblk_helper_get_capacity(disk));
	return 0;

out_put_disk:
	put_disk(disk);
out_free_tags:
	blk_mq_free_tag_set(&dev->tag_set);
out_free_dev:
	xiblk_helper_xa_destroy(&dev->pages);
	kfree(dev);
out_unregister:
	unregister_blkdev(xiblk_major, XIBLK_NAME);
	return err;
}

static void __exit xiblk_exit(void)
{
	struct xiblk_dev *dev = xiblk;
	unsigned int i;

	del_gendisk(dev->disk);
	put_disk(dev->disk);
	blk_mq_free_tag_set(&dev->tag_set);
	for (i = 0; i < nr_hw_queues; i++)
		pr_info(XIBLK_NAME ": hw queue %u: %ld requests\n", i,
			atomic_long_read(&dev->rqs[i]));
	pr_info(XIBLK_NAME ": %ld pages in use, %ld failed requests\n",
		atomic_long_read(&dev->nr_pages), atomic_long_read(&dev->errors));
	xiblk_free_pages(dev);
	if (atomic_long_read(&dev->nr_pages))
		pr_err(XIBLK_NAME ": %ld pages leaked\n",
		       atomic_long_read(&dev->nr_pages));
	kfree(dev);
	unregister_blkdev(xiblk_major, XIBLK_NAME);
}

module_init(xiblk_init);
module_exit(xiblk_exit);

MODULE_DESCRIPTION("xiblk: memory-backed blk-mq block device built on xiblk_helpers");
MODULE_LICENSE("GPL");
