/* SPDX-License-Identifier: GPL-2.0 */
/*
 * helpers.h - the rust_helper_* corpus: prototypes shared by helpers.c (the
 * provider module, xkh_helpers.ko) and consumer.c (xkh_consumer.ko).
 *
 * The set mirrors what the kernel's rust/helpers/ files wrap (err.h, locks,
 * refcount/kref, atomics, bitops, current, signals, time, highmem, slab,
 * blk-mq, bio iteration, RCU, wait queues, xarray, rbtree, config constants,
 * READ_ONCE/WRITE_ONCE, WARN_ON, BUG), written against the 6.1 and 6.12
 * headers Debian ships.  Where upstream returns a struct by value, the helper here
 * takes a result pointer (see README.md).
 */
#ifndef XKH_HELPERS_H
#define XKH_HELPERS_H

#include <linux/types.h>
#include <linux/ktime.h>
#include <linux/kref.h>
#include <linux/refcount.h>
#include <linux/atomic.h>
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/wait.h>
#include <linux/xarray.h>
#include <linux/rbtree.h>
#include <linux/bvec.h>
#include <linux/gfp.h>

struct task_struct;
struct page;
struct request;
struct bio;
struct lock_class_key;

/* err.h */
void *rust_helper_ERR_PTR(long err);
bool rust_helper_IS_ERR(const void *ptr);
long rust_helper_PTR_ERR(const void *ptr);
bool rust_helper_IS_ERR_OR_NULL(const void *ptr);
int rust_helper_PTR_ERR_OR_ZERO(const void *ptr);

/* spinlock_t */
void rust_helper___spin_lock_init(spinlock_t *lock, const char *name,
				  struct lock_class_key *key);
void rust_helper_spin_lock(spinlock_t *lock);
void rust_helper_spin_unlock(spinlock_t *lock);
int rust_helper_spin_trylock(spinlock_t *lock);
unsigned long rust_helper_spin_lock_irqsave(spinlock_t *lock);
void rust_helper_spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags);
void rust_helper_spin_lock_bh(spinlock_t *lock);
void rust_helper_spin_unlock_bh(spinlock_t *lock);

/* struct mutex */
void rust_helper___mutex_init(struct mutex *mutex, const char *name,
			      struct lock_class_key *key);
void rust_helper_mutex_lock(struct mutex *lock);
void rust_helper_mutex_unlock(struct mutex *lock);
int rust_helper_mutex_trylock(struct mutex *lock);

/* refcount_t */
void rust_helper_refcount_set(refcount_t *r, int n);
unsigned int rust_helper_refcount_read(const refcount_t *r);
void rust_helper_refcount_inc(refcount_t *r);
bool rust_helper_refcount_inc_not_zero(refcount_t *r);
void rust_helper_refcount_dec(refcount_t *r);
bool rust_helper_refcount_dec_and_test(refcount_t *r);
void rust_helper_refcount_init(refcount_t *r, int n);
refcount_t rust_helper_REFCOUNT_INIT(int n);
void rust_helper_refcount_add(int i, refcount_t *r);
bool rust_helper_refcount_sub_and_test(int i, refcount_t *r);

/* struct kref */
void rust_helper_kref_init(struct kref *kref);
unsigned int rust_helper_kref_read(const struct kref *kref);
void rust_helper_kref_get(struct kref *kref);
int rust_helper_kref_put(struct kref *kref, void (*release)(struct kref *));
bool rust_helper_kref_get_unless_zero(struct kref *kref);

/* atomic_t, atomic64_t */
int rust_helper_atomic_read(const atomic_t *v);
void rust_helper_atomic_set(atomic_t *v, int i);
void rust_helper_atomic_add(int i, atomic_t *v);
bool rust_helper_atomic_sub_and_test(int i, atomic_t *v);
int rust_helper_atomic_inc_return(atomic_t *v);
bool rust_helper_atomic_dec_and_test(atomic_t *v);
int rust_helper_atomic_cmpxchg(atomic_t *v, int old, int new);
bool rust_helper_atomic_try_cmpxchg(atomic_t *v, int *old, int new);
int rust_helper_atomic_xchg(atomic_t *v, int new);
int rust_helper_atomic_fetch_or(int i, atomic_t *v);
int rust_helper_atomic_fetch_add_unless(atomic_t *v, int a, int u);
s64 rust_helper_atomic64_read(const atomic64_t *v);
void rust_helper_atomic64_set(atomic64_t *v, s64 i);
s64 rust_helper_atomic64_add_return(s64 i, atomic64_t *v);
s64 rust_helper_atomic64_fetch_sub(s64 i, atomic64_t *v);
s64 rust_helper_atomic64_cmpxchg(atomic64_t *v, s64 old, s64 new);
s64 rust_helper_atomic64_dec_if_positive(atomic64_t *v);

/* bitops */
void rust_helper_set_bit(unsigned long nr, volatile unsigned long *addr);
void rust_helper_clear_bit(unsigned long nr, volatile unsigned long *addr);
bool rust_helper_test_bit(unsigned long nr, const volatile unsigned long *addr);
bool rust_helper_test_and_set_bit(unsigned long nr, volatile unsigned long *addr);
bool rust_helper_test_and_clear_bit(unsigned long nr, volatile unsigned long *addr);
void rust_helper___set_bit(unsigned long nr, volatile unsigned long *addr);
void rust_helper___clear_bit(unsigned long nr, volatile unsigned long *addr);
unsigned long rust_helper___ffs(unsigned long word);
int rust_helper_fls(unsigned int x);
int rust_helper_fls64(u64 x);
unsigned int rust_helper_hweight_long(unsigned long w);
unsigned long rust_helper_find_first_bit(const unsigned long *addr,
					 unsigned long size);

/* current, tasks, signals, preemption */
struct task_struct *rust_helper_get_current(void);
void rust_helper_get_task_struct(struct task_struct *t);
void rust_helper_put_task_struct(struct task_struct *t);
pid_t rust_helper_task_pid_nr(struct task_struct *t);
bool rust_helper_signal_pending(struct task_struct *t);
bool rust_helper_fatal_signal_pending(struct task_struct *t);
int rust_helper_cond_resched(void);
int rust_helper_preempt_count(void);
unsigned int rust_helper_smp_processor_id(void);
void rust_helper_preempt_disable(void);
void rust_helper_preempt_enable(void);

/* jiffies, ktime */
u64 rust_helper_get_jiffies_64(void);
bool rust_helper_time_after(unsigned long a, unsigned long b);
unsigned long rust_helper_msecs_to_jiffies(unsigned int m);
s64 rust_helper_ktime_to_ns(const ktime_t kt);
s64 rust_helper_ktime_to_us(const ktime_t kt);
s64 rust_helper_ktime_to_ms(const ktime_t kt);
ktime_t rust_helper_ns_to_ktime(u64 ns);
ktime_t rust_helper_ktime_add_ns(const ktime_t kt, u64 ns);
ktime_t rust_helper_ktime_sub(const ktime_t a, const ktime_t b);
int rust_helper_ktime_compare(const ktime_t a, const ktime_t b);
u64 rust_helper_ktime_get_ns(void);
u64 rust_helper_ktime_get_real_ns(void);
s64 rust_helper_ktime_ms_delta(const ktime_t later, const ktime_t earlier);
bool rust_helper_ktime_after(const ktime_t a, const ktime_t b);

/* pages, highmem */
void *rust_helper_kmap_local_page(struct page *page);
void rust_helper_kunmap_local(const void *addr);
void *rust_helper_page_address(const struct page *page);
unsigned long rust_helper_page_to_pfn(const struct page *page);
struct page *rust_helper_virt_to_page(const void *addr);
struct page *rust_helper_alloc_pages(gfp_t gfp, unsigned int order);

/* slab */
void *rust_helper_kmalloc(size_t size, gfp_t flags);
void *rust_helper_kzalloc(size_t size, gfp_t flags);
void *rust_helper_kmalloc_array(size_t n, size_t size, gfp_t flags);
void *rust_helper_krealloc(const void *objp, size_t new_size, gfp_t flags);
void rust_helper_kfree(const void *objp);
void *rust_helper_kcalloc(size_t n, size_t size, gfp_t flags);
void *rust_helper_kvmalloc(size_t size, gfp_t flags);
void *rust_helper_kvzalloc(size_t size, gfp_t flags);

/* blk-mq, bio */
void *rust_helper_blk_mq_rq_to_pdu(struct request *rq);
struct request *rust_helper_blk_mq_rq_from_pdu(void *pdu);
sector_t rust_helper_blk_rq_pos(const struct request *rq);
unsigned int rust_helper_blk_rq_bytes(const struct request *rq);
void rust_helper_bio_advance_iter_single(const struct bio *bio,
					 struct bvec_iter *iter,
					 unsigned int bytes);
struct bio_vec rust_helper_bio_iter_iovec(const struct bio *bio,
					  struct bvec_iter iter);
struct page *rust_helper_bio_iter_page(const struct bio *bio,
				       const struct bvec_iter *iter);
unsigned int rust_helper_bio_iter_len(const struct bio *bio,
				      const struct bvec_iter *iter);
int rust_helper_bio_data_dir(const struct bio *bio);
unsigned int rust_helper_bio_sectors(const struct bio *bio);

/* RCU */
void rust_helper_rcu_read_lock(void);
void rust_helper_rcu_read_unlock(void);
void *rust_helper_rcu_dereference_raw(void **pp);

/* wait queues */
void rust_helper_init_wait(struct wait_queue_entry *wq_entry);
void rust_helper_init_waitqueue_head(struct wait_queue_head *wq_head);
void rust_helper_wake_up(struct wait_queue_head *wq_head);
void rust_helper_wake_up_interruptible(struct wait_queue_head *wq_head);
int rust_helper_waitqueue_active(struct wait_queue_head *wq_head);
bool rust_helper_wq_has_sleeper(struct wait_queue_head *wq_head);

/* xarray */
void rust_helper_xa_init_flags(struct xarray *xa, gfp_t flags);
int rust_helper_xa_err(void *entry);
bool rust_helper_xa_is_err(const void *entry);
void *rust_helper_xa_mk_value(unsigned long v);
unsigned long rust_helper_xa_to_value(const void *entry);
bool rust_helper_xa_empty(const struct xarray *xa);
void rust_helper_xa_lock(struct xarray *xa);
void rust_helper_xa_unlock(struct xarray *xa);
int rust_helper_xa_alloc(struct xarray *xa, u32 *id, void *entry, u32 max,
			 gfp_t gfp);
int rust_helper_xa_insert(struct xarray *xa, unsigned long index, void *entry,
			  gfp_t gfp);
bool rust_helper_xa_marked(const struct xarray *xa, xa_mark_t mark);
bool rust_helper_xa_is_zero(const void *entry);

/* rbtree */
void rust_helper_rb_link_node(struct rb_node *node, struct rb_node *parent,
			      struct rb_node **rb_link);
bool rust_helper_rb_empty_root(const struct rb_root *root);
void rust_helper_rb_clear_node(struct rb_node *node);
struct rb_node *rust_helper_rb_parent(const struct rb_node *node);
bool rust_helper_rb_empty_node(const struct rb_node *node);
struct rb_node *rust_helper_rb_first_cached(const struct rb_root_cached *root);
void rust_helper_rb_add(struct rb_node *node, struct rb_root *tree,
			bool (*less)(struct rb_node *, const struct rb_node *));

/* config constants, READ_ONCE/WRITE_ONCE, barriers, static keys */
bool rust_helper_is_enabled_smp(void);
bool rust_helper_is_enabled_preempt_rcu(void);
bool rust_helper_is_enabled_highmem(void);
int rust_helper_read_once_int(const int *p);
void rust_helper_write_once_ulong(unsigned long *p, unsigned long v);
unsigned long rust_helper_smp_load_acquire(const unsigned long *p);
void rust_helper_smp_store_release(unsigned long *p, unsigned long v);
void rust_helper_smp_mb(void);
void rust_helper_cpu_relax(void);
bool rust_helper_want_init_on_alloc(gfp_t flags);

/* user copies */
unsigned long rust_helper_copy_from_user(void *to, const void __user *from,
					 unsigned long n);
unsigned long rust_helper_copy_to_user(void __user *to, const void *from,
				       unsigned long n);
int rust_helper_get_user_int(int *val, const int __user *p);
int rust_helper_put_user_int(int val, int __user *p);

/* module safety: reads a global the provider does not export */
unsigned long rust_helper_xkh_private_events(void);

/* WARN_ON, BUG */
bool rust_helper_WARN_ON(bool cond);
void __noreturn rust_helper_BUG(void);

#endif /* XKH_HELPERS_H */
