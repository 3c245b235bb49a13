//! WasmOS kernel: the portable core (console, VFS, processes, the ABI and the
//! runtime adapter around tinywasm) and, on bare metal, the x86_64 layer.
//!
//! Unsafe code is denied crate-wide: only the architecture layer and the
//! bare-metal test and bench harnesses opt out, each where it is declared.
#![no_std]
#![cfg_attr(target_os = "none", feature(abi_x86_interrupt))]
#![cfg_attr(not(target_os = "none"), feature(thread_local))]
#![deny(unsafe_code)]

extern crate alloc;
#[cfg(test)]
extern crate std;

pub mod abi;
pub mod command_line;
pub mod console;
pub mod errno;
pub mod ipc;
pub mod platform;
pub mod process;
pub mod program_cache;
pub mod random;
pub mod rootfs;
pub mod runtime;
pub mod system;
pub mod task;
pub mod vfs;

mod harness;

#[allow(unsafe_code)]
pub mod arch;
#[cfg(target_os = "none")]
pub mod boot;
