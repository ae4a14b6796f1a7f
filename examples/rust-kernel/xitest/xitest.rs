// SPDX-License-Identifier: GPL-2.0

//! xitest: a Rust module for Linux 6.12 that goes through many of the
//! kernel's `rust/helpers` (error pointers, refcounts, spinlocks, mutexes,
//! wait queues, allocation with krealloc/vrealloc/kvrealloc, `current` and
//! task references, pages mapped with kmap_local, rbtree links) and prints
//! what it computed, one `xitest: NAME ...` line per area.  `make
//! check-rust-kernel` loads it in a plain and an xinline kernel and
//! compares the lines: the values depend only on the code, not on the build.

use core::ffi::c_void;
use core::mem::MaybeUninit;
use core::ptr;
use kernel::error::from_err_ptr;
use kernel::page::Page;
use kernel::prelude::*;
use kernel::rbtree::RBTree;
use kernel::sync::{Arc, CondVar, CondVarTimeoutResult, Mutex, SpinLock};
use kernel::task::Task;
use kernel::types::ARef;
use kernel::{bindings, c_str, new_condvar, new_mutex, new_spinlock};

module! {
    type: XiTest,
    name: "xitest",
    author: "xinline",
    description: "xinline: Rust calls of many kernel helpers, results printed",
    license: "GPL",
}

struct XiTest;

#[pin_data]
struct Shared {
    #[pin]
    count: SpinLock<u64>,
    #[pin]
    total: Mutex<u64>,
    #[pin]
    cv: CondVar,
}

/// ERR_PTR, IS_ERR, PTR_ERR directly and through from_err_ptr.
fn errptr() {
    let mut is_err = 0u32;
    let mut sum: isize = 0;
    let mut via = 0i32;
    for e in 1..=(bindings::MAX_ERRNO as isize) {
        // SAFETY: the helpers only compute with the value.
        let p = unsafe { bindings::ERR_PTR(-e) };
        // SAFETY: as above.
        if unsafe { bindings::IS_ERR(p) } {
            is_err += 1;
            // SAFETY: as above.
            sum += unsafe { bindings::PTR_ERR(p) };
        }
        if e % 97 == 0 {
            if let Err(err) = from_err_ptr(p) {
                via += err.to_errno();
            }
        }
    }
    let local = 5u64;
    let q = &local as *const u64 as *const c_void;
    // SAFETY: as above.
    let ok = unsafe { !bindings::IS_ERR(q) && bindings::PTR_ERR(q) as usize == q as usize };
    pr_info!("errptr {} {} {} {}\n", is_err, sum, via, ok);
}

/// REFCOUNT_INIT, refcount_inc, refcount_dec_and_test; Arc clones.
fn refcounts() -> Result {
    // SAFETY: the helper only builds the value.
    let mut r = unsafe { bindings::REFCOUNT_INIT(1) };
    for _ in 0..41 {
        // SAFETY: `r` is a live refcount that is not zero.
        unsafe { bindings::refcount_inc(&mut r) };
    }
    let mut decs = 0u32;
    // SAFETY: as above; the loop stops when it reaches zero.
    while !unsafe { bindings::refcount_dec_and_test(&mut r) } {
        decs += 1;
    }
    let a = Arc::new(7u64, GFP_KERNEL)?;
    let mut v = KVec::new();
    for _ in 0..10 {
        v.push(a.clone(), GFP_KERNEL)?;
    }
    let s: u64 = v.iter().map(|x| **x).sum();
    drop(v);
    pr_info!("refcount {} {} {}\n", decs, s, *a);
    Ok(())
}

/// __spin_lock_init, spin_lock, spin_unlock, __mutex_init, mutex_lock,
/// init_wait (a wait with a timeout), signal_pending.
fn locks() -> Result {
    let sh = Arc::pin_init(
        pin_init!(Shared {
            count <- new_spinlock!(0),
            total <- new_mutex!(0),
            cv <- new_condvar!(),
        }),
        GFP_KERNEL,
    )?;
    for i in 1..=1000u64 {
        *sh.count.lock() += i & 3;
        *sh.total.lock() += i;
    }
    let mut g = sh.total.lock();
    let w = match sh.cv.wait_interruptible_timeout(&mut g, 2) {
        CondVarTimeoutResult::Timeout => "timeout",
        CondVarTimeoutResult::Woken { .. } => "woken",
        CondVarTimeoutResult::Signal { .. } => "signal",
    };
    sh.cv.notify_all();
    pr_info!("locks {} {} {}\n", *sh.count.lock(), *g, w);
    Ok(())
}

/// krealloc (KVec, KBox), vrealloc (VVec), kvrealloc (KVVec).
fn alloc() -> Result {
    let mut k = KVec::new();
    let mut v = VVec::new();
    let mut kv = KVVec::new();
    for i in 0..3000u32 {
        k.push(i.wrapping_mul(2654435761), GFP_KERNEL)?;
        v.push(i ^ 0x5a5a, GFP_KERNEL)?;
        kv.push(i as u64 * i as u64, GFP_KERNEL)?;
    }
    let b = KBox::new([3u8; 100], GFP_KERNEL)?;
    let ks = k.iter().fold(0u32, |s, x| s.wrapping_add(*x));
    let vs = v.iter().fold(0u32, |s, x| s.wrapping_add(*x));
    let kvs: u64 = kv.iter().sum();
    let bs: u32 = b.iter().map(|x| *x as u32).sum();
    pr_info!("alloc {} {} {} {} {}\n", k.len(), ks, vs, kvs, bs);
    Ok(())
}

/// get_current, get_task_struct, put_task_struct, signal_pending.
fn task() {
    let cur = kernel::current!();
    let t: ARef<Task> = (&*cur).into();
    let same = t.pid() == cur.pid();
    pr_info!(
        "task {} {} {} {}\n",
        t.pid(),
        t.group_leader().pid(),
        same,
        t.signal_pending()
    );
}

/// alloc_pages, kmap_local_page, kunmap_local.
fn page() -> Result {
    let p = Page::alloc_page(GFP_KERNEL)?;
    let mut buf = [0u8; 256];
    for (i, x) in buf.iter_mut().enumerate() {
        *x = (i as u8).wrapping_mul(31).wrapping_add(7);
    }
    let mut sum = 0u32;
    for off in (0..4096).step_by(256) {
        // SAFETY: `buf` is valid for 256 bytes; the page has room.
        unsafe { p.write_raw(buf.as_ptr(), off, buf.len())? };
    }
    for off in (0..4096).step_by(512) {
        let mut back = [0u8; 256];
        // SAFETY: as above.
        unsafe { p.read_raw(back.as_mut_ptr(), off + 3, back.len())? };
        sum = back.iter().fold(sum, |s, x| s.wrapping_mul(33).wrapping_add(*x as u32));
    }
    pr_info!("page {}\n", sum);
    Ok(())
}

/// The helpers the kernel crate calls for the abstractions above, called
/// here directly: get_current, get_task_struct, put_task_struct,
/// signal_pending, __spin_lock_init, spin_lock, spin_unlock, __mutex_init,
/// mutex_lock, alloc_pages, kmap_local_page, kunmap_local.
fn direct() {
    static mut KEY: MaybeUninit<bindings::lock_class_key> = MaybeUninit::zeroed();
    let key: *mut bindings::lock_class_key = ptr::addr_of_mut!(KEY).cast();
    let (mut n, mut sum) = (0u32, 0u32);
    // SAFETY: `current` is valid while this runs and is held by a reference
    // in between; the lock and the mutex live on this stack frame, are
    // initialised before use and not used after; the page is allocated,
    // mapped, unmapped and freed here.
    let (pid, sig) = unsafe {
        let cur = bindings::get_current();
        bindings::get_task_struct(cur);
        let r = ((*cur).pid, bindings::signal_pending(cur));
        bindings::put_task_struct(cur);
        let mut sl: bindings::spinlock_t = core::mem::zeroed();
        bindings::__spin_lock_init(&mut sl, c_str!("xitest_sl").as_char_ptr(), key);
        for i in 0..100 {
            bindings::spin_lock(&mut sl);
            n += i;
            bindings::spin_unlock(&mut sl);
        }
        let mut m: bindings::mutex = core::mem::zeroed();
        bindings::__mutex_init(&mut m, c_str!("xitest_m").as_char_ptr(), key);
        bindings::mutex_lock(&mut m);
        n += 1;
        bindings::mutex_unlock(&mut m);
        let page = bindings::alloc_pages(bindings::GFP_KERNEL, 0);
        if !page.is_null() {
            let va = bindings::kmap_local_page(page).cast::<u8>();
            for i in 0..4096usize {
                *va.add(i) = (i % 251) as u8;
            }
            for i in 0..4096usize {
                sum = sum.wrapping_add(*va.add(i) as u32 * i as u32);
            }
            bindings::kunmap_local(va.cast::<c_void>());
            bindings::__free_pages(page, 0);
        }
        r
    };
    pr_info!("direct {} {} {} {}\n", pid, sig, n, sum);
}

/// rb_link_node through RBTree insertions.
fn rbtree() -> Result {
    let mut t = RBTree::new();
    for i in 0..200u32 {
        let k = (i * 37) % 211;
        t.try_create_and_insert(k, i, GFP_KERNEL)?;
    }
    let mut s = 0u64;
    let mut prev = None;
    let mut sorted = true;
    for (k, v) in t.iter() {
        s = s * 3 % 1_000_000_007 + (*k as u64) * (*v as u64 + 1);
        if let Some(p) = prev {
            sorted &= p < *k;
        }
        prev = Some(*k);
    }
    pr_info!("rbtree {} {} {}\n", t.iter().count(), s, sorted);
    Ok(())
}

impl kernel::Module for XiTest {
    fn init(_module: &'static ThisModule) -> Result<Self> {
        errptr();
        refcounts()?;
        locks()?;
        alloc()?;
        task();
        page()?;
        direct();
        rbtree()?;
        pr_info!("done\n");
        Ok(XiTest)
    }
}

impl Drop for XiTest {
    fn drop(&mut self) {
        pr_info!("exit\n");
    }
}
