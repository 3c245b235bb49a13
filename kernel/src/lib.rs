//! WasmOS kernel: the portable core (console, VFS, processes, the ABI and the
//! runtime adapter around tinywasm) and, on bare metal, the x86_64 layer.
#![no_std]
#![cfg_attr(target_os = "none", feature(abi_x86_interrupt))]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod abi;
pub mod command_line;
pub mod console;
pub mod errno;
pub mod platform;
pub mod process;
pub mod rootfs;
pub mod runtime;
pub mod system;
pub mod vfs;

#[cfg(test)]
mod fuzz_tests;

#[cfg(target_os = "none")]
pub mod arch;
#[cfg(target_os = "none")]
pub mod boot;
#[cfg(all(target_os = "none", feature = "kernel-tests"))]
pub mod kernel_tests;
#[cfg(all(target_os = "none", feature = "native-bench"))]
pub mod native_bench;
