//! Driving QEMU: the machine WasmOS boots on, a program on its serial console,
//! its monitor, and the shell at the other end.

pub mod expect;
pub mod machine;
pub mod monitor;
pub mod shell;
