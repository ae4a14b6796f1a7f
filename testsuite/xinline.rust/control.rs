// Control flow from C helpers: switches with case ranges and tables,
// loops, helpers calling helpers, string literals, calls to strlen, a
// "once" flag, __builtin_unreachable.
// xinline-provider: control-provider.c
// xinline-inlined: xi_ct_classify xi_ct_table xi_ct_loop xi_ct_square
// xinline-inlined: xi_ct_sum_squares xi_ct_deep xi_ct_name_len
// xinline-inlined: xi_ct_warn_once xi_ct_unreachable xi_ct_same
// xinline-bitcode
extern "C" {
    static xi_ct_counter: i32;
    fn xi_ct_classify(c: i32) -> i32;
    fn xi_ct_table(i: u32) -> i32;
    fn xi_ct_loop(n: i32) -> i32;
    fn xi_ct_square(x: i32) -> i32;
    fn xi_ct_sum_squares(a: i32, b: i32) -> i32;
    fn xi_ct_deep(a: i32) -> i32;
    fn xi_ct_name_len(i: i32) -> u64;
    fn xi_ct_warn_once(cond: i32);
    fn xi_ct_unreachable(x: i32) -> i32;
    fn xi_ct_same(a: *const u8, b: *const u8, n: u64) -> i32;
}

fn main() {
    let n = std::env::args().count() as i32;
    unsafe {
        for c in [-51, -50, -49, -1, 0, 1, 5, 9, 10, 99, 100, 500, 1000, 1001, 4999999, 5000000, 5000001] {
            print!("{} ", xi_ct_classify(c * n));
        }
        println!();
        for i in 0..10u32 {
            print!("{} ", xi_ct_table(i * n as u32));
        }
        println!();
        for k in [0, 1, 5, 30, 100, 10000] {
            print!("{} ", xi_ct_loop(k * n));
        }
        println!();
        println!("{} {} {}", xi_ct_square(n + 2), xi_ct_sum_squares(n, 3), xi_ct_deep(n * 4));
        println!("{} {}", xi_ct_name_len(n - 1), xi_ct_name_len(n));
        for i in 0..5 {
            xi_ct_warn_once(i & n);
        }
        println!("{} {}", xi_ct_counter, xi_ct_unreachable(n * 9));
        let words: [&[u8]; 3] = [b"hello\0", b"help!\0", b"xinline\0"];
        for a in words.iter() {
            for b in words.iter() {
                print!("{} ", xi_ct_same(a.as_ptr(), b.as_ptr(), n as u64 + 2));
            }
        }
        println!();
    }
}
