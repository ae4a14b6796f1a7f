// SPDX-License-Identifier: GPL-2.0
/*
 * xiblk_helpers.c - exported thin wrappers around the kernel's static
 * inline block-layer, locking, page and xarray helpers, the way
 * rust/helpers.c provides them to Rust code.  xiblk.ko calls only these.
 *
 * Built with the xinline plugin in export mode (see Kbuild), the body of
 * every __xinline helper is also written to the object's .gnu.xinline
 * section, so that xiblk.ko, compiled against the DB, inlines them.
 */
#include <linux/module.h>
#include <linux/blkdev.h>
#include <linux/blk-mq.h>
#include <linux/bio.h>
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/xarray.h>
#include <linux/gfp.h>

#include "xiblk_helpers.h"

/* ---- blk-mq requests ---------------------------------------------------- */

__xinline void *xiblk_helper_blk_mq_rq_to_pdu(struct request *rq)
{
	return blk_mq_rq_to_pdu(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_mq_rq_to_pdu);

__xinline struct request *xiblk_helper_blk_mq_rq_from_pdu(void *pdu)
{
	return blk_mq_rq_from_pdu(pdu);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_mq_rq_from_pdu);

__xinline void *xiblk_helper_rq_queuedata(struct request *rq)
{
	return rq->q->queuedata;
}
EXPORT_SYMBOL_GPL(xiblk_helper_rq_queuedata);

__xinline sector_t xiblk_helper_blk_rq_pos(const struct request *rq)
{
	return blk_rq_pos(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_rq_pos);

__xinline unsigned int xiblk_helper_blk_rq_bytes(const struct request *rq)
{
	return blk_rq_bytes(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_rq_bytes);

__xinline unsigned int xiblk_helper_req_op(const struct request *rq)
{
	return req_op(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_req_op);

__xinline bool xiblk_helper_op_is_write(unsigned int op)
{
	return op_is_write(op);
}
EXPORT_SYMBOL_GPL(xiblk_helper_op_is_write);

__xinline unsigned int
xiblk_helper_hctx_queue_num(const struct blk_mq_hw_ctx *hctx)
{
	return hctx->queue_num;
}
EXPORT_SYMBOL_GPL(xiblk_helper_hctx_queue_num);

__xinline void xiblk_helper_blk_mq_start_request(struct request *rq)
{
	blk_mq_start_request(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_mq_start_request);

__xinline void xiblk_helper_blk_mq_end_request(struct request *rq,
					       blk_status_t status)
{
	blk_mq_end_request(rq, status);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_mq_end_request);

__xinline void xiblk_helper_blk_mq_complete_request(struct request *rq)
{
	blk_mq_complete_request(rq);
}
EXPORT_SYMBOL_GPL(xiblk_helper_blk_mq_complete_request);

__xinline sector_t xiblk_helper_get_capacity(struct gendisk *disk)
{
	return get_capacity(disk);
}
EXPORT_SYMBOL_GPL(xiblk_helper_get_capacity);

/* ---- bio and segment iteration (rq_for_each_segment, unrolled) ---------- */

__xinline struct bio *xiblk_helper_rq_bio(struct request *rq)
{
	return rq->bio;
}
EXPORT_SYMBOL_GPL(xiblk_helper_rq_bio);

__xinline struct bio *xiblk_helper_bio_next(struct bio *bio)
{
	return bio->bi_next;
}
EXPORT_SYMBOL_GPL(xiblk_helper_bio_next);

__xinline void xiblk_helper_bio_iter_init(const struct bio *bio,
					  struct bvec_iter *iter)
{
	*iter = bio->bi_iter;
}
EXPORT_SYMBOL_GPL(xiblk_helper_bio_iter_init);

__xinline unsigned int xiblk_helper_bvec_iter_size(const struct bvec_iter *iter)
{
	return iter->bi_size;
}
EXPORT_SYMBOL_GPL(xiblk_helper_bvec_iter_size);

__xinline sector_t xiblk_helper_bvec_iter_sector(const struct bvec_iter *iter)
{
	return iter->bi_sector;
}
EXPORT_SYMBOL_GPL(xiblk_helper_bvec_iter_sector);

__xinline void xiblk_helper_bio_iter_iovec(const struct bio *bio,
					   const struct bvec_iter *iter,
					   struct bio_vec *bv)
{
	*bv = bio_iter_iovec(bio, *iter);
}
EXPORT_SYMBOL_GPL(xiblk_helper_bio_iter_iovec);

__xinline void xiblk_helper_bio_advance_iter_single(const struct bio *bio,
						    struct bvec_iter *iter,
						    unsigned int bytes)
{
	bio_advance_iter_single(bio, iter, bytes);
}
EXPORT_SYMBOL_GPL(xiblk_helper_bio_advance_iter_single);

/* ---- locking ------------------------------------------------------------ */

__xinline void xiblk_helper_spin_lock_init(spinlock_t *lock)
{
	spin_lock_init(lock);
}
EXPORT_SYMBOL_GPL(xiblk_helper_spin_lock_init);

__xinline unsigned long xiblk_helper_spin_lock_irqsave(spinlock_t *lock)
{
	unsigned long flags;

	spin_lock_irqsave(lock, flags);
	return flags;
}
EXPORT_SYMBOL_GPL(xiblk_helper_spin_lock_irqsave);

__xinline void xiblk_helper_spin_unlock_irqrestore(spinlock_t *lock,
						   unsigned long flags)
{
	spin_unlock_irqrestore(lock, flags);
}
EXPORT_SYMBOL_GPL(xiblk_helper_spin_unlock_irqrestore);

/* ---- pages -------------------------------------------------------------- */

__xinline struct page *xiblk_helper_alloc_page(gfp_t gfp)
{
	return alloc_page(gfp);
}
EXPORT_SYMBOL_GPL(xiblk_helper_alloc_page);

__xinline void xiblk_helper_free_page(struct page *page)
{
	__free_page(page);
}
EXPORT_SYMBOL_GPL(xiblk_helper_free_page);

__xinline void *xiblk_helper_kmap_local_page(struct page *page)
{
	return kmap_local_page(page);
}
EXPORT_SYMBOL_GPL(xiblk_helper_kmap_local_page);

__xinline void xiblk_helper_kunmap_local(const void *addr)
{
	kunmap_local(addr);
}
EXPORT_SYMBOL_GPL(xiblk_helper_kunmap_local);

__xinline void xiblk_helper_memcpy_to_page(struct page *page, size_t offset,
					   const char *from, size_t len)
{
	memcpy_to_page(page, offset, from, len);
}
EXPORT_SYMBOL_GPL(xiblk_helper_memcpy_to_page);

__xinline void xiblk_helper_memcpy_from_page(char *to, struct page *page,
					     size_t offset, size_t len)
{
	memcpy_from_page(to, page, offset, len);
}
EXPORT_SYMBOL_GPL(xiblk_helper_memcpy_from_page);

__xinline void xiblk_helper_memzero_page(struct page *page, size_t offset,
					 size_t len)
{
	memzero_page(page, offset, len);
}
EXPORT_SYMBOL_GPL(xiblk_helper_memzero_page);

/* ---- xarray ------------------------------------------------------------- */

__xinline void xiblk_helper_xa_init(struct xarray *xa)
{
	xa_init(xa);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_init);

__xinline void *xiblk_helper_xa_load(struct xarray *xa, unsigned long index)
{
	return xa_load(xa, index);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_load);

__xinline int xiblk_helper_xa_store(struct xarray *xa, unsigned long index,
				    void *entry, gfp_t gfp)
{
	return xa_err(xa_store(xa, index, entry, gfp));
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_store);

__xinline void *xiblk_helper_xa_find(struct xarray *xa, unsigned long *index,
				     unsigned long max)
{
	return xa_find(xa, index, max, XA_PRESENT);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_find);

__xinline void *xiblk_helper_xa_find_after(struct xarray *xa,
					   unsigned long *index,
					   unsigned long max)
{
	return xa_find_after(xa, index, max, XA_PRESENT);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_find_after);

__xinline void *xiblk_helper_xa_erase(struct xarray *xa, unsigned long index)
{
	return xa_erase(xa, index);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_erase);

__xinline void xiblk_helper_xa_destroy(struct xarray *xa)
{
	xa_destroy(xa);
}
EXPORT_SYMBOL_GPL(xiblk_helper_xa_destroy);

MODULE_DESCRIPTION("xiblk: exported block-layer helpers for cross-object inlining");
MODULE_LICENSE("GPL");
