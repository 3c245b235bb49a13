//! `wasmos`: the standard library for Rust apps on WasmOS.
//!
//! Apps are `#![no_std]` `cdylib` crates built for `wasm32-unknown-unknown`.
//! This crate gives them what `std` would: printing and reading, pipes and
//! `poll` ([`io`]), files ([`fs`]), arguments and environment ([`env`](mod@env)),
//! processes and signals ([`process`]), messages between processes
//! ([`ipc`]), clocks ([`time`]), randomness ([`random`]), a heap (a
//! free-list allocator over `memory.grow`, installed as the global allocator)
//! and a panic handler that prints `panicked at <location>: <message>` to
//! stderr and exits with status 101.
//!
//! A minimal app:
//!
//! ```ignore
//! #![no_std]
//! use wasmos::println;
//!
//! wasmos::main!(main);
//!
//! fn main() {
//!     println!("Hello, world from Rust!");
//! }
//! ```
//!
//! [`main!`] defines the `_start` export, calls `main` (which may return
//! `()`, an `i32` exit status, or a `Result<(), E: Display>`), flushes
//! stdout and exits. `alloc` types (`String`, `Vec`, `format!`, ...) are
//! re-exported from [`prelude`].
//!
//! The system calls are declared in [`sys`] (see `docs/ABI.md`). Off the
//! `wasm32` target they are stubs returning `-ENOSYS`, so the crate's logic
//! is unit-tested on the host with `cargo test`.
#![cfg_attr(not(test), no_std)]
#![warn(missing_docs)]

extern crate alloc;

pub mod env;
mod error;
pub mod fs;
// The global allocator uses it only on wasm32; host tests use it everywhere.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod heap;
pub mod io;
pub mod ipc;
mod panic;
pub mod prelude;
pub mod process;
pub mod random;
mod sync;
pub mod sys;
pub mod time;

pub use error::{Error, Result};

/// Defines the `_start` entry point of an app around its `main` function.
///
/// `wasmos::main!(main);` expands to an exported `_start` that calls
/// `main()`, turns its result into an exit status through
/// [`process::Termination`] (`()` is 0, an `i32` is itself, `Err(e)` prints
/// `Error: {e}` to stderr and is 1), flushes stdout and exits.
/// `wasmos::main!();` is the same as `wasmos::main!(main);`.
#[macro_export]
macro_rules! main {
    () => {
        $crate::main!(main);
    };
    ($main:path) => {
        /// The app's entry point, called by the WasmOS loader.
        #[unsafe(no_mangle)]
        pub extern "C" fn _start() {
            let status = $crate::process::Termination::report($main());
            $crate::process::exit(status)
        }
    };
}
