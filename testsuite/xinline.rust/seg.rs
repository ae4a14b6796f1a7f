// __seg_gs per-cpu accesses (LLVM address space 256) and a __seg_fs
// pointer parameter (257): compiled only -- the segment bases are not set
// up in a user program.
// xinline-provider: seg-provider.c -fno-pic
// xinline-inlined: xi_sg_read xi_sg_add xi_sg_stat_inc
// xinline-refused: xi_sg_read_fs this unit declares it with a different type than the DB body
// xinline-compile-only
// xinline-objdump: mov\s+%gs:
// xinline-objdump: inc[lq]?\s+%gs:
#![crate_type = "lib"]
#![no_std]

extern "C" {
    fn xi_sg_read() -> i32;
    fn xi_sg_add(n: i32);
    fn xi_sg_stat_inc(i: i32);
    // A generic pointer where C has a __seg_fs one: another type.
    fn xi_sg_read_fs(p: *const i32) -> i32;
}

#[no_mangle]
pub unsafe extern "C" fn xi_sg_user(n: i32, p: *const i32) -> i32 {
    xi_sg_add(n);
    xi_sg_stat_inc(n);
    xi_sg_read() + xi_sg_read_fs(p)
}
