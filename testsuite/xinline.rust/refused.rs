// Helpers the LLVM importer refuses stay calls, with the reason in the
// report, and the program still runs right.
// xinline-provider: refused-provider.c
// xinline-provider: refused-mod-provider.c -DMODULE
// xinline-inlined: xi_rf_ok
// xinline-refused: xi_rf_sig ^this unit declares it with a different type than the DB body$
// xinline-refused: xi_rf_cmp ^its body has no exact LLVM translation \(it calls builtin '__builtin_memcmp', which the LLVM translator does not map\)$
// xinline-refused: xi_rf_modonly ^the DB has only its module flavour; export it from a compilation without -DMODULE too$
// xinline-levels: 2
extern "C" {
    fn xi_rf_sig(p: usize) -> i32;
    fn xi_rf_cmp(a: *const u8, b: *const u8) -> i32;
    fn xi_rf_ok(x: i32) -> i32;
    fn xi_rf_modonly(x: i32) -> i32;
}

fn main() {
    let n = std::env::args().count() as i32;
    let v = 41 * n;
    let a = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let b = [1u8, 2, 3, 4, 5, 6, 7, n as u8 + 7];
    unsafe {
        println!("{} {} {}", xi_rf_sig(&v as *const i32 as usize), xi_rf_cmp(a.as_ptr(), b.as_ptr()), xi_rf_ok(n));
        println!("{}", xi_rf_modonly(n));
    }
}
