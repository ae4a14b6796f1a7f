// Aggregates passed and returned by value: in one integer (i24, i32,
// i48, i64), a pair ({ i64, i32 }) or memory (byval / sret), as rustc
// declares #[repr(C)] structs for extern "C"; the kernel's refcount_t
// REFCOUNT_INIT, a bio_vec-like iterator step, kuid_t.  Refused: an
// aggregate of floating-point fields or a packed one (rustc declares
// another ABI form), and a helper calling a function with an aggregate.
// xinline-provider: byval-provider.c
// xinline-inlined: xi_bv_refcount_init xi_bv_refcount_read xi_bv_iter
// xinline-inlined: xi_bv_make_kuid xi_bv_kuid_val xi_bv_rgb_mix
// xinline-inlined: xi_bv_six_rot xi_bv_twelve_add xi_bv_big_sum
// xinline-inlined: xi_bv_big_read xi_bv_huge_fill xi_bv_union
// xinline-refused: xi_bv_dbl_bits ^this unit declares it with a different type than the DB body$
// xinline-refused: xi_bv_packed_l ^this unit declares it with a different type than the DB body$
// xinline-refused: xi_bv_calls ^its body has no exact LLVM translation \(it calls xi_bv_out_of_line with an aggregate passed or returned by value, whose ABI depends on the aggregate's fields, which the IR does not record\)$
// xinline-bitcode
#[repr(C)] #[derive(Clone, Copy)] struct Atomic { counter: i32 }
#[repr(C)] #[derive(Clone, Copy)] struct Refcount { refs: Atomic }
#[repr(C)] #[derive(Clone, Copy, Debug)] struct Vec3 { page: *mut u8, len: u32, off: u32 }
#[repr(C)] #[derive(Clone, Copy)] struct Kuid { val: u32 }
#[repr(C)] #[derive(Clone, Copy, Debug)] struct Rgb { r: u8, g: u8, b: u8 }
#[repr(C)] #[derive(Clone, Copy, Debug)] struct Six { a: u16, b: u16, c: u16 }
#[repr(C)] #[derive(Clone, Copy, Debug)] struct Twelve { a: u32, b: u32, c: u32 }
#[repr(C)] #[derive(Clone, Copy, Debug)] struct Big { a: i64, b: i64, c: i64 }
#[repr(C)] #[derive(Clone, Copy)] struct Huge { bytes: [u8; 40] }
#[repr(C)] #[derive(Clone, Copy)] union U { l: u64, c: [u8; 8] }
#[repr(C)] #[derive(Clone, Copy)] struct Dbl { x: f64, y: f64 }
#[repr(C, packed)] #[derive(Clone, Copy)] struct Packed { c: i8, l: i64 }

extern "C" {
    fn xi_bv_refcount_init(n: i32) -> Refcount;
    fn xi_bv_refcount_read(r: Refcount) -> i32;
    fn xi_bv_iter(v: Vec3, done: u32) -> Vec3;
    fn xi_bv_make_kuid(v: u32) -> Kuid;
    fn xi_bv_kuid_val(k: Kuid) -> u32;
    fn xi_bv_rgb_mix(a: Rgb, b: Rgb) -> Rgb;
    fn xi_bv_six_rot(s: Six) -> Six;
    fn xi_bv_twelve_add(t: Twelve, k: u8) -> Twelve;
    fn xi_bv_big_sum(a: Big, b: Big, k: i64) -> Big;
    fn xi_bv_big_read(x: i64, b: Big) -> i64;
    fn xi_bv_huge_fill(v: u8) -> Huge;
    fn xi_bv_union(u: U) -> u64;
    fn xi_bv_dbl_bits(d: Dbl) -> u64;
    fn xi_bv_packed_l(p: Packed) -> i64;
    fn xi_bv_calls(x: u32) -> u32;
}

fn main() {
    let n = std::env::args().count() as u32;
    unsafe {
        let r = xi_bv_refcount_init(n as i32 + 1);
        println!("{} {}", r.refs.counter, xi_bv_refcount_read(r));
        let base = 0x10000 as *mut u8;
        let v = xi_bv_iter(Vec3 { page: base, len: 9000, off: 4000 + n }, 300);
        println!("{:?}", v);
        println!("{}", xi_bv_kuid_val(xi_bv_make_kuid(1000 + n)));
        println!("{:?}", xi_bv_rgb_mix(Rgb { r: 200, g: 3, b: n as u8 }, Rgb { r: 100, g: 255, b: 7 }));
        println!("{:?}", xi_bv_six_rot(Six { a: 1, b: 2 + n as u16, c: 65535 }));
        println!("{:?}", xi_bv_twelve_add(Twelve { a: u32::MAX, b: 5, c: n }, 9));
        let b = xi_bv_big_sum(Big { a: 1, b: 2, c: 3 }, Big { a: 10, b: 20, c: n as i64 }, -7);
        println!("{:?} {}", b, xi_bv_big_read(100, b));
        let h = xi_bv_huge_fill(250 + n as u8);
        println!("{:?}", h.bytes);
        println!("{}", xi_bv_union(U { l: 0x1122_3344_5566_7788 + n as u64 }));
        println!("{} {} {}", xi_bv_dbl_bits(Dbl { x: 1.5, y: n as f64 }),
                 xi_bv_packed_l(Packed { c: 3, l: 40 + n as i64 }), xi_bv_calls(n));
        let _ = U { c: [0; 8] }.c;
    }
}
