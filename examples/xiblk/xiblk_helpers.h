/* SPDX-License-Identifier: GPL-2.0 */
/*
 * xiblk_helpers.h - the helpers xiblk_helpers.ko exports.
 *
 * Each helper is a thin, exported wrapper around a static inline function
 * or macro of the kernel headers, the way rust/helpers.c wraps them for
 * Rust.  Every one is marked __xinline: with the xinline plugin, its body
 * goes into the provider's .gnu.xinline section and callers built against
 * the DB inline it; without the plugin, callers call the exported symbol.
 *
 * Aggregates are passed by pointer (struct bvec_iter, struct bio_vec), never
 * by value.
 */
#ifndef XIBLK_HELPERS_H
#define XIBLK_HELPERS_H

#include <linux/types.h>
#include <linux/blk_types.h>
#include <linux/bvec.h>
#include <linux/gfp.h>

#if defined(__has_include)
# if __has_include(<xinline.h>)
#  include <xinline.h>
# endif
#endif
#ifndef __xinline
# define __xinline
#endif

struct request;
struct request_queue;
struct blk_mq_hw_ctx;
struct gendisk;
struct bio;
struct page;
struct xarray;

/* blk-mq requests */
__xinline void *xiblk_helper_blk_mq_rq_to_pdu(struct request *rq);
__xinline struct request *xiblk_helper_blk_mq_rq_from_pdu(void *pdu);
__xinline void *xiblk_helper_rq_queuedata(struct request *rq);
__xinline sector_t xiblk_helper_blk_rq_pos(const struct request *rq);
__xinline unsigned int xiblk_helper_blk_rq_bytes(const struct request *rq);
__xinline unsigned int xiblk_helper_req_op(const struct request *rq);
__xinline bool xiblk_helper_op_is_write(unsigned int op);
__xinline unsigned int xiblk_helper_hctx_queue_num(const struct blk_mq_hw_ctx *hctx);
__xinline void xiblk_helper_blk_mq_start_request(struct request *rq);
__xinline void xiblk_helper_blk_mq_end_request(struct request *rq,
					       blk_status_t status);
__xinline void xiblk_helper_blk_mq_complete_request(struct request *rq);
__xinline sector_t xiblk_helper_get_capacity(struct gendisk *disk);

/* bio and segment iteration */
__xinline struct bio *xiblk_helper_rq_bio(struct request *rq);
__xinline struct bio *xiblk_helper_bio_next(struct bio *bio);
__xinline void xiblk_helper_bio_iter_init(const struct bio *bio,
					  struct bvec_iter *iter);
__xinline unsigned int xiblk_helper_bvec_iter_size(const struct bvec_iter *iter);
__xinline sector_t xiblk_helper_bvec_iter_sector(const struct bvec_iter *iter);
__xinline void xiblk_helper_bio_iter_iovec(const struct bio *bio,
					   const struct bvec_iter *iter,
					   struct bio_vec *bv);
__xinline void xiblk_helper_bio_advance_iter_single(const struct bio *bio,
						    struct bvec_iter *iter,
						    unsigned int bytes);

/* locking */
__xinline void xiblk_helper_spin_lock_init(spinlock_t *lock);
__xinline unsigned long xiblk_helper_spin_lock_irqsave(spinlock_t *lock);
__xinline void xiblk_helper_spin_unlock_irqrestore(spinlock_t *lock,
						   unsigned long flags);

/* pages */
__xinline struct page *xiblk_helper_alloc_page(gfp_t gfp);
__xinline void xiblk_helper_free_page(struct page *page);
__xinline void *xiblk_helper_kmap_local_page(struct page *page);
__xinline void xiblk_helper_kunmap_local(const void *addr);
__xinline void xiblk_helper_memcpy_to_page(struct page *page, size_t offset,
					   const char *from, size_t len);
__xinline void xiblk_helper_memcpy_from_page(char *to, struct page *page,
					     size_t offset, size_t len);
__xinline void xiblk_helper_memzero_page(struct page *page, size_t offset,
					 size_t len);

/* xarray */
__xinline void xiblk_helper_xa_init(struct xarray *xa);
__xinline void *xiblk_helper_xa_load(struct xarray *xa, unsigned long index);
__xinline int xiblk_helper_xa_store(struct xarray *xa, unsigned long index,
				    void *entry, gfp_t gfp);
__xinline void *xiblk_helper_xa_find(struct xarray *xa, unsigned long *index,
				     unsigned long max);
__xinline void *xiblk_helper_xa_find_after(struct xarray *xa,
					   unsigned long *index,
					   unsigned long max);
__xinline void *xiblk_helper_xa_erase(struct xarray *xa, unsigned long index);
__xinline void xiblk_helper_xa_destroy(struct xarray *xa);

#endif /* XIBLK_HELPERS_H */
