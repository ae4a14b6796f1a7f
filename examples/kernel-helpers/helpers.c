// SPDX-License-Identifier: GPL-2.0
/*
 * helpers.c - xkh_helpers.ko: a rust_helper_* corpus for xinline.
 *
 * Each function is an exported, out-of-line wrapper around a static inline
 * function or macro of the kernel headers, the way the kernel's
 * rust/helpers/ files give Rust code access to them.  Their names start with
 * rust_helper_, so the plugin selects all of them in export mode; compiled
 * with -fplugin-arg-xinline-export, each body goes into .gnu.xinline and
 * xkh_consumer.ko (consumer.c), compiled against the DB, inlines it.
 *
 * Builds against the 6.1 and the 6.12 headers (Debian's linux-headers-*-amd64).
 * See README.md for what each group exercises in the plugin.
 */
#include <linux/module.h>
#include <linux/err.h>
#include <linux/bug.h>
#include <linux/bitops.h>
#include <linux/find.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/jiffies.h>
#include <linux/ktime.h>
#include <linux/timekeeping.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/blk-mq.h>
#include <linux/bio.h>
#include <linux/rcupdate.h>
#include <linux/uaccess.h>

#include "helpers.h"

/* ---- err.h: pointer/errno encoding ------------------------------------ */

void *rust_helper_ERR_PTR(long err)
{
	return ERR_PTR(err);
}
EXPORT_SYMBOL_GPL(rust_helper_ERR_PTR);

bool rust_helper_IS_ERR(const void *ptr)
{
	return IS_ERR(ptr);
}
EXPORT_SYMBOL_GPL(rust_helper_IS_ERR);

long rust_helper_PTR_ERR(const void *ptr)
{
	return PTR_ERR(ptr);
}
EXPORT_SYMBOL_GPL(rust_helper_PTR_ERR);

bool rust_helper_IS_ERR_OR_NULL(const void *ptr)
{
	return IS_ERR_OR_NULL(ptr);
}
EXPORT_SYMBOL_GPL(rust_helper_IS_ERR_OR_NULL);

int rust_helper_PTR_ERR_OR_ZERO(const void *ptr)
{
	return PTR_ERR_OR_ZERO(ptr);
}
EXPORT_SYMBOL_GPL(rust_helper_PTR_ERR_OR_ZERO);

/* ---- spinlock_t ---------------------------------------------------------- */

/* As upstream: the lockdep name and key come from the caller, so that no
   static lock_class_key is needed here. */
void rust_helper___spin_lock_init(spinlock_t *lock, const char *name,
				  struct lock_class_key *key)
{
#ifdef CONFIG_DEBUG_SPINLOCK
	__raw_spin_lock_init(spinlock_check(lock), name, key, LD_WAIT_CONFIG);
#else
	spin_lock_init(lock);
#endif
}
EXPORT_SYMBOL_GPL(rust_helper___spin_lock_init);

void rust_helper_spin_lock(spinlock_t *lock)
{
	spin_lock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_lock);

void rust_helper_spin_unlock(spinlock_t *lock)
{
	spin_unlock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_unlock);

int rust_helper_spin_trylock(spinlock_t *lock)
{
	return spin_trylock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_trylock);

unsigned long rust_helper_spin_lock_irqsave(spinlock_t *lock)
{
	unsigned long flags;

	spin_lock_irqsave(lock, flags);
	return flags;
}
EXPORT_SYMBOL_GPL(rust_helper_spin_lock_irqsave);

void rust_helper_spin_unlock_irqrestore(spinlock_t *lock, unsigned long flags)
{
	spin_unlock_irqrestore(lock, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_unlock_irqrestore);

void rust_helper_spin_lock_bh(spinlock_t *lock)
{
	spin_lock_bh(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_lock_bh);

void rust_helper_spin_unlock_bh(spinlock_t *lock)
{
	spin_unlock_bh(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_spin_unlock_bh);

/* ---- struct mutex ------------------------------------------------------- */

void rust_helper___mutex_init(struct mutex *mutex, const char *name,
			      struct lock_class_key *key)
{
	__mutex_init(mutex, name, key);
}
EXPORT_SYMBOL_GPL(rust_helper___mutex_init);

void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_lock);

void rust_helper_mutex_unlock(struct mutex *lock)
{
	mutex_unlock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_unlock);

int rust_helper_mutex_trylock(struct mutex *lock)
{
	return mutex_trylock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_trylock);

/* ---- refcount_t: lock xadd + saturation checks -------------------------- */

void rust_helper_refcount_set(refcount_t *r, int n)
{
	refcount_set(r, n);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_set);

unsigned int rust_helper_refcount_read(const refcount_t *r)
{
	return refcount_read(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_read);

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_inc);

bool rust_helper_refcount_inc_not_zero(refcount_t *r)
{
	return refcount_inc_not_zero(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_inc_not_zero);

void rust_helper_refcount_dec(refcount_t *r)
{
	refcount_dec(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_dec);

bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_dec_and_test);

/* REFCOUNT_INIT() is a struct value: stored through a pointer here, and
   returned by value as upstream does (an aggregate by value). */
void rust_helper_refcount_init(refcount_t *r, int n)
{
	*r = (refcount_t)REFCOUNT_INIT(n);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_init);

refcount_t rust_helper_REFCOUNT_INIT(int n)
{
	return (refcount_t)REFCOUNT_INIT(n);
}
EXPORT_SYMBOL_GPL(rust_helper_REFCOUNT_INIT);

void rust_helper_refcount_add(int i, refcount_t *r)
{
	refcount_add(i, r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_add);

bool rust_helper_refcount_sub_and_test(int i, refcount_t *r)
{
	return refcount_sub_and_test(i, r);
}
EXPORT_SYMBOL_GPL(rust_helper_refcount_sub_and_test);

/* ---- struct kref --------------------------------------------------------- */

void rust_helper_kref_init(struct kref *kref)
{
	kref_init(kref);
}
EXPORT_SYMBOL_GPL(rust_helper_kref_init);

unsigned int rust_helper_kref_read(const struct kref *kref)
{
	return kref_read(kref);
}
EXPORT_SYMBOL_GPL(rust_helper_kref_read);

void rust_helper_kref_get(struct kref *kref)
{
	kref_get(kref);
}
EXPORT_SYMBOL_GPL(rust_helper_kref_get);

/* An indirect call through the caller's release function. */
int rust_helper_kref_put(struct kref *kref, void (*release)(struct kref *))
{
	return kref_put(kref, release);
}
EXPORT_SYMBOL_GPL(rust_helper_kref_put);

bool rust_helper_kref_get_unless_zero(struct kref *kref)
{
	return kref_get_unless_zero(kref);
}
EXPORT_SYMBOL_GPL(rust_helper_kref_get_unless_zero);

/* ---- atomic_t, atomic64_t: lock-prefixed asm, flag outputs -------------- */

int rust_helper_atomic_read(const atomic_t *v)
{
	return atomic_read(v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_read);

void rust_helper_atomic_set(atomic_t *v, int i)
{
	atomic_set(v, i);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_set);

void rust_helper_atomic_add(int i, atomic_t *v)
{
	atomic_add(i, v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_add);

bool rust_helper_atomic_sub_and_test(int i, atomic_t *v)
{
	return atomic_sub_and_test(i, v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_sub_and_test);

int rust_helper_atomic_inc_return(atomic_t *v)
{
	return atomic_inc_return(v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_inc_return);

bool rust_helper_atomic_dec_and_test(atomic_t *v)
{
	return atomic_dec_and_test(v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_dec_and_test);

int rust_helper_atomic_cmpxchg(atomic_t *v, int old, int new)
{
	return atomic_cmpxchg(v, old, new);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_cmpxchg);

bool rust_helper_atomic_try_cmpxchg(atomic_t *v, int *old, int new)
{
	return atomic_try_cmpxchg(v, old, new);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_try_cmpxchg);

int rust_helper_atomic_xchg(atomic_t *v, int new)
{
	return atomic_xchg(v, new);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_xchg);

int rust_helper_atomic_fetch_or(int i, atomic_t *v)
{
	return atomic_fetch_or(i, v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_fetch_or);

/* A try_cmpxchg loop: a PHI-carrying back edge around the cmpxchg asm. */
int rust_helper_atomic_fetch_add_unless(atomic_t *v, int a, int u)
{
	return atomic_fetch_add_unless(v, a, u);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic_fetch_add_unless);

s64 rust_helper_atomic64_read(const atomic64_t *v)
{
	return atomic64_read(v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_read);

void rust_helper_atomic64_set(atomic64_t *v, s64 i)
{
	atomic64_set(v, i);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_set);

s64 rust_helper_atomic64_add_return(s64 i, atomic64_t *v)
{
	return atomic64_add_return(i, v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_add_return);

s64 rust_helper_atomic64_fetch_sub(s64 i, atomic64_t *v)
{
	return atomic64_fetch_sub(i, v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_fetch_sub);

s64 rust_helper_atomic64_cmpxchg(atomic64_t *v, s64 old, s64 new)
{
	return atomic64_cmpxchg(v, old, new);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_cmpxchg);

s64 rust_helper_atomic64_dec_if_positive(atomic64_t *v)
{
	return atomic64_dec_if_positive(v);
}
EXPORT_SYMBOL_GPL(rust_helper_atomic64_dec_if_positive);

/* ---- bitops: lock bts/btr asm, "=@ccc" flag outputs, bit builtins ------- */

void rust_helper_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	set_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper_set_bit);

void rust_helper_clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	clear_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper_clear_bit);

bool rust_helper_test_bit(unsigned long nr, const volatile unsigned long *addr)
{
	return test_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper_test_bit);

bool rust_helper_test_and_set_bit(unsigned long nr, volatile unsigned long *addr)
{
	return test_and_set_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper_test_and_set_bit);

bool rust_helper_test_and_clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	return test_and_clear_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper_test_and_clear_bit);

void rust_helper___set_bit(unsigned long nr, volatile unsigned long *addr)
{
	__set_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper___set_bit);

void rust_helper___clear_bit(unsigned long nr, volatile unsigned long *addr)
{
	__clear_bit(nr, addr);
}
EXPORT_SYMBOL_GPL(rust_helper___clear_bit);

unsigned long rust_helper___ffs(unsigned long word)
{
	return __ffs(word);
}
EXPORT_SYMBOL_GPL(rust_helper___ffs);

int rust_helper_fls(unsigned int x)
{
	return fls(x);
}
EXPORT_SYMBOL_GPL(rust_helper_fls);

int rust_helper_fls64(u64 x)
{
	return fls64(x);
}
EXPORT_SYMBOL_GPL(rust_helper_fls64);

/* ALTERNATIVE("call __sw_hweight64", "popcnt"): asm whose text calls a
   symbol and fills .altinstructions. */
unsigned int rust_helper_hweight_long(unsigned long w)
{
	return hweight_long(w);
}
EXPORT_SYMBOL_GPL(rust_helper_hweight_long);

unsigned long rust_helper_find_first_bit(const unsigned long *addr,
					 unsigned long size)
{
	return find_first_bit(addr, size);
}
EXPORT_SYMBOL_GPL(rust_helper_find_first_bit);

/* ---- current (%gs-relative per-cpu asm), tasks, signals ----------------- */

struct task_struct *rust_helper_get_current(void)
{
	return current;
}
EXPORT_SYMBOL_GPL(rust_helper_get_current);

void rust_helper_get_task_struct(struct task_struct *t)
{
	get_task_struct(t);
}
EXPORT_SYMBOL_GPL(rust_helper_get_task_struct);

void rust_helper_put_task_struct(struct task_struct *t)
{
	put_task_struct(t);
}
EXPORT_SYMBOL_GPL(rust_helper_put_task_struct);

pid_t rust_helper_task_pid_nr(struct task_struct *t)
{
	return task_pid_nr(t);
}
EXPORT_SYMBOL_GPL(rust_helper_task_pid_nr);

bool rust_helper_signal_pending(struct task_struct *t)
{
	return signal_pending(t);
}
EXPORT_SYMBOL_GPL(rust_helper_signal_pending);

bool rust_helper_fatal_signal_pending(struct task_struct *t)
{
	return fatal_signal_pending(t);
}
EXPORT_SYMBOL_GPL(rust_helper_fatal_signal_pending);

/* PREEMPT_DYNAMIC: a static call through the __SCT__cond_resched
   trampoline. */
int rust_helper_cond_resched(void)
{
	return cond_resched();
}
EXPORT_SYMBOL_GPL(rust_helper_cond_resched);

int rust_helper_preempt_count(void)
{
	return preempt_count();
}
EXPORT_SYMBOL_GPL(rust_helper_preempt_count);

unsigned int rust_helper_smp_processor_id(void)
{
	return raw_smp_processor_id();
}
EXPORT_SYMBOL_GPL(rust_helper_smp_processor_id);

void rust_helper_preempt_disable(void)
{
	preempt_disable();
}
EXPORT_SYMBOL_GPL(rust_helper_preempt_disable);

/* PREEMPT_DYNAMIC: a static call of preempt_schedule, whose asm has the
   stack pointer register variable as an operand (ASM_CALL_CONSTRAINT). */void rust_helper_preempt_enable(void)
{
	preempt_enable();
}
EXPORT_SYMBOL_GPL(rust_helper_preempt_enable);

/* ---- jiffies, ktime ------------------------------------------------------- */

u64 rust_helper_get_jiffies_64(void)
{
	return get_jiffies_64();
}
EXPORT_SYMBOL_GPL(rust_helper_get_jiffies_64);

bool rust_helper_time_after(unsigned long a, unsigned long b)
{
	return time_after(a, b);
}
EXPORT_SYMBOL_GPL(rust_helper_time_after);

/* __builtin_constant_p leftover: the constant branch folds away. */
unsigned long rust_helper_msecs_to_jiffies(unsigned int m)
{
	return msecs_to_jiffies(m);
}
EXPORT_SYMBOL_GPL(rust_helper_msecs_to_jiffies);

s64 rust_helper_ktime_to_ns(const ktime_t kt)
{
	return ktime_to_ns(kt);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_to_ns);

s64 rust_helper_ktime_to_us(const ktime_t kt)
{
	return ktime_to_us(kt);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_to_us);

s64 rust_helper_ktime_to_ms(const ktime_t kt)
{
	return ktime_to_ms(kt);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_to_ms);

ktime_t rust_helper_ns_to_ktime(u64 ns)
{
	return ns_to_ktime(ns);
}
EXPORT_SYMBOL_GPL(rust_helper_ns_to_ktime);

ktime_t rust_helper_ktime_add_ns(const ktime_t kt, u64 ns)
{
	return ktime_add_ns(kt, ns);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_add_ns);

ktime_t rust_helper_ktime_sub(const ktime_t a, const ktime_t b)
{
	return ktime_sub(a, b);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_sub);

int rust_helper_ktime_compare(const ktime_t a, const ktime_t b)
{
	return ktime_compare(a, b);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_compare);

/* ktime_get() is an export; ktime_get_ns() is the inline around it. */
u64 rust_helper_ktime_get_ns(void)
{
	return ktime_get_ns();
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_get_ns);

u64 rust_helper_ktime_get_real_ns(void)
{
	return ktime_get_real_ns();
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_get_real_ns);

s64 rust_helper_ktime_ms_delta(const ktime_t later, const ktime_t earlier)
{
	return ktime_ms_delta(later, earlier);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_ms_delta);

bool rust_helper_ktime_after(const ktime_t a, const ktime_t b)
{
	return ktime_after(a, b);
}
EXPORT_SYMBOL_GPL(rust_helper_ktime_after);

/* ---- pages, highmem (no HIGHMEM on x86-64: the direct map) --------------- */

void *rust_helper_kmap_local_page(struct page *page)
{
	return kmap_local_page(page);
}
EXPORT_SYMBOL_GPL(rust_helper_kmap_local_page);

void rust_helper_kunmap_local(const void *addr)
{
	kunmap_local(addr);
}
EXPORT_SYMBOL_GPL(rust_helper_kunmap_local);

void *rust_helper_page_address(const struct page *page)
{
	return page_address(page);
}
EXPORT_SYMBOL_GPL(rust_helper_page_address);

unsigned long rust_helper_page_to_pfn(const struct page *page)
{
	return page_to_pfn(page);
}
EXPORT_SYMBOL_GPL(rust_helper_page_to_pfn);

struct page *rust_helper_virt_to_page(const void *addr)
{
	return virt_to_page(addr);
}
EXPORT_SYMBOL_GPL(rust_helper_virt_to_page);

struct page *rust_helper_alloc_pages(gfp_t gfp, unsigned int order)
{
	return alloc_pages(gfp, order);
}
EXPORT_SYMBOL_GPL(rust_helper_alloc_pages);

/* ---- slab ----------------------------------------------------------------- */

void *rust_helper_kmalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kmalloc);

void *rust_helper_kzalloc(size_t size, gfp_t flags)
{
	return kzalloc(size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kzalloc);

/* check_mul_overflow: .MUL_OVERFLOW in the body. */
void *rust_helper_kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kmalloc_array);

void *rust_helper_krealloc(const void *objp, size_t new_size, gfp_t flags)
{
	return krealloc(objp, new_size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_krealloc);

void rust_helper_kfree(const void *objp)
{
	kfree(objp);
}
EXPORT_SYMBOL_GPL(rust_helper_kfree);

void *rust_helper_kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kcalloc(n, size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kcalloc);

void *rust_helper_kvmalloc(size_t size, gfp_t flags)
{
	return kvmalloc(size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kvmalloc);

void *rust_helper_kvzalloc(size_t size, gfp_t flags)
{
	return kvzalloc(size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kvzalloc);

/* ---- blk-mq, bio ---------------------------------------------------------- */

void *rust_helper_blk_mq_rq_to_pdu(struct request *rq)
{
	return blk_mq_rq_to_pdu(rq);
}
EXPORT_SYMBOL_GPL(rust_helper_blk_mq_rq_to_pdu);

struct request *rust_helper_blk_mq_rq_from_pdu(void *pdu)
{
	return blk_mq_rq_from_pdu(pdu);
}
EXPORT_SYMBOL_GPL(rust_helper_blk_mq_rq_from_pdu);

sector_t rust_helper_blk_rq_pos(const struct request *rq)
{
	return blk_rq_pos(rq);
}
EXPORT_SYMBOL_GPL(rust_helper_blk_rq_pos);

unsigned int rust_helper_blk_rq_bytes(const struct request *rq)
{
	return blk_rq_bytes(rq);
}
EXPORT_SYMBOL_GPL(rust_helper_blk_rq_bytes);

void rust_helper_bio_advance_iter_single(const struct bio *bio,
					 struct bvec_iter *iter,
					 unsigned int bytes)
{
	bio_advance_iter_single(bio, iter, bytes);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_advance_iter_single);

/* bio_iter_iovec() builds a struct bio_vec from a struct bvec_iter, both
   by value: the segment iterator of every block driver. */
struct bio_vec rust_helper_bio_iter_iovec(const struct bio *bio,
					  struct bvec_iter iter)
{
	return bio_iter_iovec(bio, iter);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_iter_iovec);

struct page *rust_helper_bio_iter_page(const struct bio *bio,
				       const struct bvec_iter *iter)
{
	return bio_iter_page(bio, *iter);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_iter_page);

unsigned int rust_helper_bio_iter_len(const struct bio *bio,
				      const struct bvec_iter *iter)
{
	return bio_iter_len(bio, *iter);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_iter_len);

int rust_helper_bio_data_dir(const struct bio *bio)
{
	return bio_data_dir(bio);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_data_dir);

unsigned int rust_helper_bio_sectors(const struct bio *bio)
{
	return bio_sectors(bio);
}
EXPORT_SYMBOL_GPL(rust_helper_bio_sectors);

/* ---- RCU ------------------------------------------------------------------ */

void rust_helper_rcu_read_lock(void)
{
	rcu_read_lock();
}
EXPORT_SYMBOL_GPL(rust_helper_rcu_read_lock);

void rust_helper_rcu_read_unlock(void)
{
	rcu_read_unlock();
}
EXPORT_SYMBOL_GPL(rust_helper_rcu_read_unlock);

void *rust_helper_rcu_dereference_raw(void **pp)
{
	return rcu_dereference_raw(*pp);
}
EXPORT_SYMBOL_GPL(rust_helper_rcu_dereference_raw);

/* ---- wait queues ---------------------------------------------------------- */

void rust_helper_init_wait(struct wait_queue_entry *wq_entry)
{
	init_wait(wq_entry);
}
EXPORT_SYMBOL_GPL(rust_helper_init_wait);

/* init_waitqueue_head() hides a "static struct lock_class_key __key" in
   the macro: see README.md. */
void rust_helper_init_waitqueue_head(struct wait_queue_head *wq_head)
{
	init_waitqueue_head(wq_head);
}
EXPORT_SYMBOL_GPL(rust_helper_init_waitqueue_head);

void rust_helper_wake_up(struct wait_queue_head *wq_head)
{
	wake_up(wq_head);
}
EXPORT_SYMBOL_GPL(rust_helper_wake_up);

void rust_helper_wake_up_interruptible(struct wait_queue_head *wq_head)
{
	wake_up_interruptible(wq_head);
}
EXPORT_SYMBOL_GPL(rust_helper_wake_up_interruptible);

int rust_helper_waitqueue_active(struct wait_queue_head *wq_head)
{
	return waitqueue_active(wq_head);
}
EXPORT_SYMBOL_GPL(rust_helper_waitqueue_active);

/* smp_mb() then the list check. */bool rust_helper_wq_has_sleeper(struct wait_queue_head *wq_head)
{
	return wq_has_sleeper(wq_head);
}
EXPORT_SYMBOL_GPL(rust_helper_wq_has_sleeper);

/* ---- xarray ----------------------------------------------------------------- */

void rust_helper_xa_init_flags(struct xarray *xa, gfp_t flags)
{
	xa_init_flags(xa, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_init_flags);

int rust_helper_xa_err(void *entry)
{
	return xa_err(entry);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_err);

bool rust_helper_xa_is_err(const void *entry)
{
	return xa_is_err(entry);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_is_err);

void *rust_helper_xa_mk_value(unsigned long v)
{
	return xa_mk_value(v);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_mk_value);

unsigned long rust_helper_xa_to_value(const void *entry)
{
	return xa_to_value(entry);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_to_value);

bool rust_helper_xa_empty(const struct xarray *xa)
{
	return xa_empty(xa);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_empty);

void rust_helper_xa_lock(struct xarray *xa)
{
	xa_lock(xa);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_lock);

void rust_helper_xa_unlock(struct xarray *xa)
{
	xa_unlock(xa);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_unlock);

/* xa_lock, __xa_alloc with a struct xa_limit passed by value, xa_unlock. */int rust_helper_xa_alloc(struct xarray *xa, u32 *id, void *entry, u32 max,
			 gfp_t gfp)
{
	return xa_alloc(xa, id, entry, XA_LIMIT(0, max), gfp);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_alloc);

int rust_helper_xa_insert(struct xarray *xa, unsigned long index, void *entry,
			  gfp_t gfp)
{
	return xa_insert(xa, index, entry, gfp);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_insert);

bool rust_helper_xa_marked(const struct xarray *xa, xa_mark_t mark)
{
	return xa_marked(xa, mark);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_marked);

bool rust_helper_xa_is_zero(const void *entry)
{
	return xa_is_zero(entry);
}
EXPORT_SYMBOL_GPL(rust_helper_xa_is_zero);

/* ---- rbtree (rb_first, rb_next, rb_insert_color, rb_erase are exports) ---- */

void rust_helper_rb_link_node(struct rb_node *node, struct rb_node *parent,
			      struct rb_node **rb_link)
{
	rb_link_node(node, parent, rb_link);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_link_node);

bool rust_helper_rb_empty_root(const struct rb_root *root)
{
	return RB_EMPTY_ROOT(root);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_empty_root);

void rust_helper_rb_clear_node(struct rb_node *node)
{
	RB_CLEAR_NODE(node);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_clear_node);

struct rb_node *rust_helper_rb_parent(const struct rb_node *node)
{
	return rb_parent(node);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_parent);

bool rust_helper_rb_empty_node(const struct rb_node *node)
{
	return RB_EMPTY_NODE(node);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_empty_node);

struct rb_node *rust_helper_rb_first_cached(const struct rb_root_cached *root)
{
	return rb_first_cached(root);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_first_cached);

/* A search loop with an indirect call of LESS, then rb_insert_color. */void rust_helper_rb_add(struct rb_node *node, struct rb_root *tree,
			bool (*less)(struct rb_node *, const struct rb_node *))
{
	rb_add(node, tree, less);
}
EXPORT_SYMBOL_GPL(rust_helper_rb_add);

/* ---- config constants, READ_ONCE/WRITE_ONCE, barriers, static keys -------- */

bool rust_helper_is_enabled_smp(void)
{
	return IS_ENABLED(CONFIG_SMP);
}
EXPORT_SYMBOL_GPL(rust_helper_is_enabled_smp);

bool rust_helper_is_enabled_preempt_rcu(void)
{
	return IS_ENABLED(CONFIG_PREEMPT_RCU);
}
EXPORT_SYMBOL_GPL(rust_helper_is_enabled_preempt_rcu);

bool rust_helper_is_enabled_highmem(void)
{
	return IS_ENABLED(CONFIG_HIGHMEM);
}
EXPORT_SYMBOL_GPL(rust_helper_is_enabled_highmem);

int rust_helper_read_once_int(const int *p)
{
	return READ_ONCE(*p);
}
EXPORT_SYMBOL_GPL(rust_helper_read_once_int);

void rust_helper_write_once_ulong(unsigned long *p, unsigned long v)
{
	WRITE_ONCE(*p, v);
}
EXPORT_SYMBOL_GPL(rust_helper_write_once_ulong);

unsigned long rust_helper_smp_load_acquire(const unsigned long *p)
{
	return smp_load_acquire(p);
}
EXPORT_SYMBOL_GPL(rust_helper_smp_load_acquire);

void rust_helper_smp_store_release(unsigned long *p, unsigned long v)
{
	smp_store_release(p, v);
}
EXPORT_SYMBOL_GPL(rust_helper_smp_store_release);

void rust_helper_smp_mb(void)
{
	smp_mb();
}
EXPORT_SYMBOL_GPL(rust_helper_smp_mb);

void rust_helper_cpu_relax(void)
{
	cpu_relax();
}
EXPORT_SYMBOL_GPL(rust_helper_cpu_relax);

/* static_branch_maybe(): asm goto with a __jump_table entry naming the
   exported key init_on_alloc. */
bool rust_helper_want_init_on_alloc(gfp_t flags)
{
	return want_init_on_alloc(flags);
}
EXPORT_SYMBOL_GPL(rust_helper_want_init_on_alloc);

/* ---- user copies: stac/clac, ALTERNATIVE calls, exception tables --------- */

unsigned long rust_helper_copy_from_user(void *to, const void __user *from,
					 unsigned long n)
{
	return copy_from_user(to, from, n);
}
EXPORT_SYMBOL_GPL(rust_helper_copy_from_user);

unsigned long rust_helper_copy_to_user(void __user *to, const void *from,
				       unsigned long n)
{
	return copy_to_user(to, from, n);
}
EXPORT_SYMBOL_GPL(rust_helper_copy_to_user);

/* get_user/put_user: a call of __get_user_N/__put_user_N in asm, with the
   stack pointer register variable as an operand (ASM_CALL_CONSTRAINT). */int rust_helper_get_user_int(int *val, const int __user *p)
{
	return get_user(*val, p);
}
EXPORT_SYMBOL_GPL(rust_helper_get_user_int);

int rust_helper_put_user_int(int val, int __user *p)
{
	return put_user(val, p);
}
EXPORT_SYMBOL_GPL(rust_helper_put_user_int);

/* ---- WARN_ON, BUG: ud2 + __bug_table entries ------------------------------- */

bool rust_helper_WARN_ON(bool cond)
{
	return WARN_ON(cond);
}
EXPORT_SYMBOL_GPL(rust_helper_WARN_ON);

void __noreturn rust_helper_BUG(void)
{
	BUG();
}
EXPORT_SYMBOL_GPL(rust_helper_BUG);

/* ---- module safety: a body other modules cannot link ---------------------- */

/* Global, but not exported with EXPORT_SYMBOL*: the helper is exported
   into the DB like any other, and every importing module refuses it
   (-fplugin-arg-xinline-symvers: "it references 'xkh_private_events',
   which is not exported to modules") and keeps calling the exported
   helper. */
unsigned long xkh_private_events;

unsigned long rust_helper_xkh_private_events(void)
{
	return READ_ONCE(xkh_private_events);
}
EXPORT_SYMBOL_GPL(rust_helper_xkh_private_events);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("xinline rust_helper corpus: provider");
