// IR version 3 constructs the LLVM translator does not carry yet are
// refused by name: the calls stay calls and the program runs right.  (An
// aggregate returned by value has no LLVM type in the DB signature yet:
// the signature check refuses it first.)
// xinline-provider: v3-refused-provider.c
// xinline-inlined: xi_v3_ok
// xinline-refused: xi_v3_mulhi ^its body has no exact LLVM translation \(it uses a 128-bit integer, which the LLVM translator does not carry yet
// xinline-refused: xi_v3_pair ^this unit declares it with a different type than the DB body$
// xinline-refused: xi_v3_pause ^its body has no exact LLVM translation \(it uses a target builtin, which the LLVM translator does not carry yet
// xinline-levels: 2
#[repr(C)]
struct Pair {
    a: i64,
    b: i64,
}

extern "C" {
    fn xi_v3_mulhi(a: u64, b: u64) -> u64;
    fn xi_v3_pair(a: i64) -> Pair;
    fn xi_v3_pause(x: i32) -> i32;
    fn xi_v3_ok(x: i32) -> i32;
}

fn main() {
    let n = std::env::args().count() as u64;
    unsafe {
        let p = xi_v3_pair(n as i64 + 2);
        println!("{} {} {} {} {}", xi_v3_mulhi(u64::MAX, n + 6), p.a, p.b,
                 xi_v3_pause(n as i32), xi_v3_ok(n as i32));
    }
}
