// Struct fields, bit-fields, volatile, arrays and pointers from C helpers.
// xinline-provider: mem-provider.c
// xinline-inlined: xi_mem_id xi_mem_set_mode xi_mem_mode xi_mem_big
// xinline-inlined: xi_mem_s xi_mem_set_s xi_mem_inner xi_mem_copy
// xinline-inlined: xi_mem_clear xi_mem_reg_read xi_mem_reg_write
// xinline-inlined: xi_mem_container xi_mem_sum xi_mem_on xi_mem_next
// xinline-inlined: xi_mem_link
use std::ffi::c_void;

#[repr(C)]
#[derive(Clone, Copy)]
struct Inner { a: i16, b: u8 }

// struct xi_obj: the bit-fields share one 32-bit unit.
#[repr(C)]
struct Obj { id: i32, bits: u32, inner: [Inner; 4], cnt: i64, reg: i32, next: *mut c_void, on: bool }

extern "C" {
    fn xi_mem_id(o: *const Obj) -> i32;
    fn xi_mem_set_mode(o: *mut Obj, m: u32);
    fn xi_mem_mode(o: *const Obj) -> u32;
    fn xi_mem_big(o: *const Obj) -> u32;
    fn xi_mem_s(o: *const Obj) -> i32;
    fn xi_mem_set_s(o: *mut Obj, v: i32);
    fn xi_mem_inner(o: *const Obj, i: i32) -> i16;
    fn xi_mem_copy(d: *mut Obj, s: *const Obj);
    fn xi_mem_clear(p: *mut Inner);
    fn xi_mem_reg_read(o: *mut Obj) -> i32;
    fn xi_mem_reg_write(o: *mut Obj, v: i32);
    fn xi_mem_container(p: *mut Inner) -> *mut Obj;
    fn xi_mem_sum(a: *const i64, n: u64) -> i64;
    fn xi_mem_on(o: *const Obj) -> bool;
    fn xi_mem_next(o: *const Obj) -> *mut c_void;
    fn xi_mem_link(a: *mut Obj, b: *mut Obj);
}

fn obj(n: i32) -> Obj {
    Obj {
        id: n,
        bits: 0x9abc_def1u32.wrapping_mul(n as u32),
        inner: [Inner { a: -3 * n as i16, b: 200 }, Inner { a: 77, b: n as u8 }, Inner { a: 5, b: 6 }, Inner { a: i16::MIN, b: 255 }],
        cnt: 1 << 40,
        reg: 3,
        next: std::ptr::null_mut(),
        on: n % 2 == 1,
    }
}

fn main() {
    let n = std::env::args().count() as i32;
    let mut a = obj(n);
    let mut b = obj(n + 6);
    unsafe {
        println!("{} {} {} {}", xi_mem_id(&a), xi_mem_mode(&a), xi_mem_big(&a), xi_mem_s(&a));
        for m in 0..40u32 {
            xi_mem_set_mode(&mut a, m * n as u32);
            xi_mem_set_s(&mut b, m as i32 - 20);
            print!("{} {} {:x} {:x} ", xi_mem_mode(&a), xi_mem_s(&b), a.bits, b.bits);
        }
        println!();
        for i in -2..6 {
            print!("{} ", xi_mem_inner(&a, i));
        }
        xi_mem_copy(&mut b, &a);
        println!("{} {} {}", b.inner[0].a, b.inner[0].b, b.cnt);
        xi_mem_clear(b.inner.as_mut_ptr());
        println!("{} {}", b.inner[3].a, b.inner[2].b);
        xi_mem_reg_write(&mut a, 40 + n);
        println!("{} {}", xi_mem_reg_read(&mut a), a.reg);
        let c = xi_mem_container(&mut a.inner[1]);
        println!("{}", c == &mut a as *mut Obj);
        let v: Vec<i64> = (0..17).map(|x| x * n as i64 - 5).collect();
        println!("{} {}", xi_mem_sum(v.as_ptr(), v.len() as u64), xi_mem_sum(v.as_ptr(), 0));
        xi_mem_link(&mut a, &mut b);
        println!("{} {} {}", xi_mem_on(&a), xi_mem_on(&b), xi_mem_next(&a) == &mut b as *mut Obj as *mut c_void);
    }
}
