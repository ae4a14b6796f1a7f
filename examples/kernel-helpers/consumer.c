// SPDX-License-Identifier: GPL-2.0
/*
 * consumer.c - xkh_consumer.ko: calls every helper of xkh_helpers.ko.
 *
 * Compiled against the provider's DB (-fplugin-arg-xinline-db=xinline.xdb)
 * with -fplugin-arg-xinline-report, every call below gets a note: inlined,
 * or not and why.  The functions are exported so that none is dropped as
 * unused; the module is only built (and checked by modpost and objdump),
 * its init does nothing but a harmless self-test of the pure helpers.
 */
#include <linux/module.h>
#include <linux/uaccess.h>
#include <linux/blk-mq.h>
#include <linux/bio.h>

#include "helpers.h"

/* ---- err.h -------------------------------------------------------------- */

long xkh_err(void *p)
{
	void *e = rust_helper_ERR_PTR(-ENOMEM);

	if (rust_helper_IS_ERR_OR_NULL(p))
		return rust_helper_PTR_ERR_OR_ZERO(p);
	if (rust_helper_IS_ERR(e))
		return rust_helper_PTR_ERR(e);
	return 0;
}
EXPORT_SYMBOL_GPL(xkh_err);

/* ---- locks ----------------------------------------------------------------- */

struct xkh_obj {
	spinlock_t lock;
	struct mutex mutex;
	refcount_t ref;
	struct kref kref;
	atomic_t count;
	atomic64_t bytes;
	unsigned long flags[2];
	struct wait_queue_head wq;
	struct xarray xa;
	struct rb_root root;
	struct rb_node node;
	int value;
	unsigned long stamp;
	void *rcu_ptr;
};

static struct lock_class_key xkh_spin_key, xkh_mutex_key;

void xkh_obj_init(struct xkh_obj *o)
{
	rust_helper___spin_lock_init(&o->lock, "xkh_obj.lock", &xkh_spin_key);
	rust_helper___mutex_init(&o->mutex, "xkh_obj.mutex", &xkh_mutex_key);
	rust_helper_refcount_set(&o->ref, 1);
	rust_helper_kref_init(&o->kref);
	rust_helper_atomic_set(&o->count, 0);
	rust_helper_atomic64_set(&o->bytes, 0);
	rust_helper_init_waitqueue_head(&o->wq);
	rust_helper_xa_init_flags(&o->xa, XA_FLAGS_ALLOC);
	o->root = RB_ROOT;
	rust_helper_rb_clear_node(&o->node);
}
EXPORT_SYMBOL_GPL(xkh_obj_init);

int xkh_locked_add(struct xkh_obj *o, int v)
{
	unsigned long flags;
	int r;

	rust_helper_spin_lock(&o->lock);
	o->value += v;
	rust_helper_spin_unlock(&o->lock);

	flags = rust_helper_spin_lock_irqsave(&o->lock);
	o->value -= v / 2;
	rust_helper_spin_unlock_irqrestore(&o->lock, flags);

	rust_helper_spin_lock_bh(&o->lock);
	r = o->value;
	rust_helper_spin_unlock_bh(&o->lock);

	if (rust_helper_spin_trylock(&o->lock)) {
		r++;
		rust_helper_spin_unlock(&o->lock);
	}

	rust_helper_mutex_lock(&o->mutex);
	r += o->value;
	rust_helper_mutex_unlock(&o->mutex);
	if (rust_helper_mutex_trylock(&o->mutex)) {
		r--;
		rust_helper_mutex_unlock(&o->mutex);
	}
	return r;
}
EXPORT_SYMBOL_GPL(xkh_locked_add);

/* ---- refcount, kref ---------------------------------------------------------- */

static void xkh_release(struct kref *kref)
{
	struct xkh_obj *o = container_of(kref, struct xkh_obj, kref);

	o->value = -1;
}

int xkh_refs(struct xkh_obj *o)
{
	int r = 0;

	rust_helper_refcount_inc(&o->ref);
	if (rust_helper_refcount_inc_not_zero(&o->ref))
		r++;
	rust_helper_refcount_dec(&o->ref);
	if (rust_helper_refcount_dec_and_test(&o->ref))
		r += 10;
	r += rust_helper_refcount_read(&o->ref);

	rust_helper_kref_get(&o->kref);
	if (rust_helper_kref_get_unless_zero(&o->kref))
		r += 100;
	r += rust_helper_kref_read(&o->kref);
	r += rust_helper_kref_put(&o->kref, xkh_release);

	rust_helper_refcount_init(&o->ref, 2);
	o->ref = rust_helper_REFCOUNT_INIT(rust_helper_refcount_read(&o->ref));
	rust_helper_refcount_add(3, &o->ref);
	if (rust_helper_refcount_sub_and_test(4, &o->ref))
		r += 1000;
	return r;
}
EXPORT_SYMBOL_GPL(xkh_refs);

/* ---- atomics ------------------------------------------------------------------ */

s64 xkh_atomics(struct xkh_obj *o, int v)
{
	s64 r;
	int old = v;

	rust_helper_atomic_add(v, &o->count);
	r = rust_helper_atomic_read(&o->count);
	r += rust_helper_atomic_inc_return(&o->count);
	if (rust_helper_atomic_sub_and_test(v, &o->count))
		r++;
	if (rust_helper_atomic_dec_and_test(&o->count))
		r++;
	r += rust_helper_atomic_cmpxchg(&o->count, 0, v);
	if (rust_helper_atomic_try_cmpxchg(&o->count, &old, v + 1))
		r += old;
	r += rust_helper_atomic_xchg(&o->count, 3);
	r += rust_helper_atomic_fetch_or(4, &o->count);
	r += rust_helper_atomic_fetch_add_unless(&o->count, 1, 0);

	r += rust_helper_atomic64_add_return(v, &o->bytes);
	r += rust_helper_atomic64_fetch_sub(1, &o->bytes);
	r += rust_helper_atomic64_cmpxchg(&o->bytes, 7, 8);
	r += rust_helper_atomic64_dec_if_positive(&o->bytes);
	r += rust_helper_atomic64_read(&o->bytes);
	return r;
}
EXPORT_SYMBOL_GPL(xkh_atomics);

/* ---- bitops --------------------------------------------------------------------- */

unsigned long xkh_bits(struct xkh_obj *o, unsigned long nr, unsigned long w)
{
	unsigned long r = 0;

	rust_helper_set_bit(nr, o->flags);
	rust_helper_clear_bit(nr + 1, o->flags);
	if (rust_helper_test_bit(nr, o->flags))
		r |= 1;
	if (rust_helper_test_and_set_bit(nr + 2, o->flags))
		r |= 2;
	if (rust_helper_test_and_clear_bit(nr, o->flags))
		r |= 4;
	rust_helper___set_bit(3, o->flags);
	rust_helper___clear_bit(4, o->flags);
	if (w)
		r += rust_helper___ffs(w);
	r += rust_helper_fls((unsigned int)w);
	r += rust_helper_fls64(w);
	r += rust_helper_hweight_long(w);
	r += rust_helper_find_first_bit(o->flags, 2 * BITS_PER_LONG);
	return r;
}
EXPORT_SYMBOL_GPL(xkh_bits);

/* ---- current, tasks, signals ------------------------------------------------------- */

int xkh_task(void)
{
	struct task_struct *t = rust_helper_get_current();
	int r;

	rust_helper_get_task_struct(t);
	r = rust_helper_task_pid_nr(t);
	if (rust_helper_signal_pending(t))
		r = -EINTR;
	if (rust_helper_fatal_signal_pending(t))
		r = -EINTR;
	rust_helper_put_task_struct(t);
	r += rust_helper_cond_resched();
	r += rust_helper_preempt_count();
	rust_helper_preempt_disable();
	r += rust_helper_smp_processor_id();
	rust_helper_preempt_enable();
	return r;
}
EXPORT_SYMBOL_GPL(xkh_task);

/* ---- time ------------------------------------------------------------------------------ */

s64 xkh_time(struct xkh_obj *o, unsigned int ms)
{
	ktime_t t0 = rust_helper_ns_to_ktime(rust_helper_ktime_get_ns());
	ktime_t t1 = rust_helper_ktime_add_ns(t0, 1000);
	s64 r;

	if (rust_helper_time_after(rust_helper_get_jiffies_64(), o->stamp))
		o->stamp += rust_helper_msecs_to_jiffies(ms);
	r = rust_helper_ktime_to_ns(rust_helper_ktime_sub(t1, t0));
	r += rust_helper_ktime_to_us(t1) + rust_helper_ktime_to_ms(t1);
	r += rust_helper_ktime_compare(t0, t1);
	r += rust_helper_ktime_ms_delta(t1, rust_helper_ktime_get_real_ns());
	if (rust_helper_ktime_after(t1, t0))
		r++;
	return r;
}
EXPORT_SYMBOL_GPL(xkh_time);

/* ---- pages, slab -------------------------------------------------------------------------- */

unsigned long xkh_memory(size_t n)
{
	struct page *page = rust_helper_alloc_pages(GFP_KERNEL, 0);
	unsigned long r = 0;
	void *p, *q;

	if (page) {
		void *v = rust_helper_kmap_local_page(page);

		memset(v, 0, 64);
		rust_helper_kunmap_local(v);
		r = rust_helper_page_to_pfn(page);
		if (rust_helper_virt_to_page(rust_helper_page_address(page)) == page)
			r++;
		__free_pages(page, 0);
	}
	p = rust_helper_kmalloc(n, GFP_KERNEL);
	q = rust_helper_kzalloc(n, GFP_KERNEL);
	rust_helper_kfree(q);
	q = rust_helper_kmalloc_array(n, 8, GFP_KERNEL);
	rust_helper_kfree(q);
	p = rust_helper_krealloc(p, 2 * n, GFP_KERNEL);
	rust_helper_kfree(p);
	q = rust_helper_kcalloc(n, 4, GFP_KERNEL);
	rust_helper_kfree(q);
	kvfree(rust_helper_kvmalloc(n, GFP_KERNEL));
	kvfree(rust_helper_kvzalloc(n, GFP_KERNEL));
	if (rust_helper_want_init_on_alloc(GFP_KERNEL))
		r |= 1UL << 63;
	return r;
}
EXPORT_SYMBOL_GPL(xkh_memory);

/* ---- blk-mq, bio ---------------------------------------------------------------------------- */

struct xkh_pdu {
	u64 cookie;
};

unsigned int xkh_request(struct request *rq)
{
	struct xkh_pdu *pdu = rust_helper_blk_mq_rq_to_pdu(rq);
	struct bio *bio = rq->bio;
	unsigned int total = 0;

	pdu->cookie = rust_helper_blk_rq_pos(rq) + rust_helper_blk_rq_bytes(rq);
	if (rust_helper_blk_mq_rq_from_pdu(pdu) != rq)
		return 0;
	if (bio && rust_helper_bio_data_dir(bio) == WRITE)
		total += rust_helper_bio_sectors(bio);
	if (bio) {
		struct bvec_iter iter = bio->bi_iter;

		while (iter.bi_size) {
			struct bio_vec bv = rust_helper_bio_iter_iovec(bio, iter);

			if (rust_helper_bio_iter_page(bio, &iter) != bv.bv_page)
				break;
			total += rust_helper_bio_iter_len(bio, &iter);
			rust_helper_bio_advance_iter_single(bio, &iter, bv.bv_len);
		}
	}
	return total;
}
EXPORT_SYMBOL_GPL(xkh_request);

/* ---- RCU, wait queues ------------------------------------------------------------------------- */

void *xkh_rcu(struct xkh_obj *o)
{
	void *p;

	rust_helper_rcu_read_lock();
	p = rust_helper_rcu_dereference_raw(&o->rcu_ptr);
	rust_helper_rcu_read_unlock();
	return p;
}
EXPORT_SYMBOL_GPL(xkh_rcu);

void xkh_wait(struct xkh_obj *o, struct wait_queue_entry *w)
{
	rust_helper_init_wait(w);
	rust_helper_wake_up(&o->wq);
	if (rust_helper_waitqueue_active(&o->wq))
		rust_helper_wake_up_interruptible(&o->wq);
	if (rust_helper_wq_has_sleeper(&o->wq))
		rust_helper_wake_up(&o->wq);
}
EXPORT_SYMBOL_GPL(xkh_wait);

/* ---- xarray, rbtree ------------------------------------------------------------------------------ */

long xkh_xarray(struct xkh_obj *o, unsigned long v)
{
	void *entry = rust_helper_xa_mk_value(v);
	u32 id;
	long r;

	if (rust_helper_xa_alloc(&o->xa, &id, entry, 1000, GFP_KERNEL) == 0)
		v += id;
	if (rust_helper_xa_insert(&o->xa, 2000, entry, GFP_KERNEL) == 0 &&
	    rust_helper_xa_marked(&o->xa, XA_MARK_0))
		v++;
	if (rust_helper_xa_is_zero(entry))
		return -EINVAL;

	rust_helper_xa_lock(&o->xa);
	r = rust_helper_xa_empty(&o->xa);
	rust_helper_xa_unlock(&o->xa);
	if (rust_helper_xa_is_err(entry))
		return rust_helper_xa_err(entry);
	return r + rust_helper_xa_to_value(entry);
}
EXPORT_SYMBOL_GPL(xkh_xarray);

static bool xkh_less(struct rb_node *a, const struct rb_node *b)
{
	return a < b;
}

bool xkh_rbtree(struct xkh_obj *o, struct rb_node *extra,
		struct rb_root_cached *cached)
{
	if (!rust_helper_rb_empty_root(&o->root))
		return false;
	rust_helper_rb_link_node(&o->node, NULL, &o->root.rb_node);
	rb_insert_color(&o->node, &o->root);
	if (rust_helper_rb_empty_node(extra))
		rust_helper_rb_add(extra, &o->root, xkh_less);
	if (rust_helper_rb_first_cached(cached) == extra)
		return false;
	return rust_helper_rb_parent(&o->node) == NULL;
}
EXPORT_SYMBOL_GPL(xkh_rbtree);

/* ---- constants, READ_ONCE/WRITE_ONCE, barriers -------------------------------------------------- */

unsigned long xkh_misc(struct xkh_obj *o, unsigned long v)
{
	unsigned long r = 0;

	if (rust_helper_is_enabled_smp())
		r |= 1;
	if (rust_helper_is_enabled_preempt_rcu())
		r |= 2;
	if (rust_helper_is_enabled_highmem())
		r |= 4;
	r += rust_helper_read_once_int(&o->value);
	rust_helper_write_once_ulong(&o->stamp, v);
	rust_helper_smp_mb();
	r += rust_helper_smp_load_acquire(&o->stamp);
	rust_helper_smp_store_release(&o->stamp, r);
	rust_helper_cpu_relax();
	return r;
}
EXPORT_SYMBOL_GPL(xkh_misc);

/* ---- user copies, WARN_ON, BUG ------------------------------------------------------------------- */

long xkh_user(void __user *ubuf, size_t n)
{
	char buf[64];

	if (n > sizeof(buf))
		n = sizeof(buf);
	if (rust_helper_copy_from_user(buf, ubuf, n))
		return -EFAULT;
	buf[0] ^= 1;
	if (rust_helper_copy_to_user(ubuf, buf, n))
		return -EFAULT;
	if (n >= sizeof(int)) {
		int v;

		if (rust_helper_get_user_int(&v, ubuf))
			return -EFAULT;
		if (rust_helper_put_user_int(v + 1, ubuf))
			return -EFAULT;
	}
	return n;
}
EXPORT_SYMBOL_GPL(xkh_user);

void xkh_check(struct xkh_obj *o)
{
	if (rust_helper_xkh_private_events() > 1000)
		return;
	if (rust_helper_WARN_ON(o->value < 0))
		return;
	if (o->value == 0x7fffffff)
		rust_helper_BUG();
}
EXPORT_SYMBOL_GPL(xkh_check);

/* ---- init: the pure helpers only --------------------------------------------------------------- */

static int __init xkh_consumer_init(void)
{
	if (!rust_helper_IS_ERR(rust_helper_ERR_PTR(-EINVAL)) ||
	    rust_helper_xa_to_value(rust_helper_xa_mk_value(42)) != 42 ||
	    rust_helper_ktime_to_ms(rust_helper_ns_to_ktime(5000000)) != 5)
		return -EINVAL;
	return 0;
}

static void __exit xkh_consumer_exit(void)
{
}

module_init(xkh_consumer_init);
module_exit(xkh_consumer_exit);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("xinline rust_helper corpus: consumer");
