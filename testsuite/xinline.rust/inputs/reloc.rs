// reloc.rs -- calls xi_rl_init, which takes the address of a function the
// module does not declare.  Input of reloc.exp.
#![crate_type = "lib"]
#![no_std]
#[repr(C)]
pub struct Entry { flags: i32, func: usize }
extern "C" { fn xi_rl_init(e: *mut Entry); }
#[no_mangle]
pub extern "C" fn rl_use(e: *mut Entry) { unsafe { xi_rl_init(e) } }
