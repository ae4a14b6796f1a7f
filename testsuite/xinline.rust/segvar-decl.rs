// A module that declares a __seg_gs variable of a helper in generic
// memory (a Rust static) is refused that helper: the body's accesses and
// the module's would name different memory.
// xinline-provider: segvar-provider.c
// xinline-inlined: xi_sv_cur
// xinline-refused: xi_sv_get ^it references xi_sv_pcpu, declared in __seg_gs memory, which this unit declares in generic memory; declare it as the provider did$
extern "C" {
    fn xi_sv_setup() -> i32;
    fn xi_sv_get(i: i32) -> i64;
    fn xi_sv_cur() -> i64;
    static xi_sv_pcpu: [i64; 4];
}

fn main() {
    let n = std::env::args().count() as i32;
    unsafe {
        if xi_sv_setup() != 0 {
            println!("arch_prctl failed");
            return;
        }
        let g = std::ptr::read_volatile(&raw const xi_sv_pcpu);
        println!("{} {} {}", xi_sv_get(n), xi_sv_cur(), g[1]);
    }
}
