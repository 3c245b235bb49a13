//! The raw system calls of import module `wasmos` (ABI v1, `docs/ABI.md`).
//!
//! Each function returns a non-negative result or a negative errno. Pointers
//! and lengths are `i32` in the module; here they are Rust pointers and
//! `usize` (both 32 bits on `wasm32`). Off the `wasm32` target every function
//! is a stub that returns `-ENOSYS` (and `exit`/`poweroff` panic), so the rest
//! of the crate builds and unit-tests on the host.
#![allow(missing_docs)]

/// The 24-byte record filled by [`stat`] and [`fstat`].
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stat {
    /// Size in bytes.
    pub size: u64,
    /// One of [`KIND_FILE`], [`KIND_DIRECTORY`], [`KIND_DEVICE`].
    pub kind: u32,
    /// Always 0.
    pub reserved: u32,
    /// Modification time, nanoseconds since 1970-01-01 UTC.
    pub mtime_ns: i64,
}

/// One word of a [`runargv`] argument vector.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Word {
    pub ptr: *const u8,
    pub len: usize,
}

pub const KIND_FILE: u32 = 1;
pub const KIND_DIRECTORY: u32 = 2;
pub const KIND_DEVICE: u32 = 3;

pub const O_RDONLY: i32 = 0;
pub const O_WRONLY: i32 = 1;
pub const O_RDWR: i32 = 2;
pub const O_CREAT: i32 = 0x40;
pub const O_EXCL: i32 = 0x80;
pub const O_TRUNC: i32 = 0x200;
pub const O_APPEND: i32 = 0x400;
pub const O_DIRECTORY: i32 = 0x10000;

pub const SEEK_SET: i32 = 0;
pub const SEEK_CUR: i32 = 1;
pub const SEEK_END: i32 = 2;

pub const CONSOLE_COOKED: i32 = 0;
pub const CONSOLE_RAW: i32 = 1;

/// Declares the imports on `wasm32` and same-signature `-ENOSYS` stubs elsewhere.
macro_rules! imports {
    ($(fn $name:ident($($arg:ident: $type:ty),*) -> $result:ty;)*) => {
        #[cfg(target_arch = "wasm32")]
        #[link(wasm_import_module = "wasmos")]
        unsafe extern "C" {
            $(pub fn $name($($arg: $type),*) -> $result;)*
        }

        $(
            #[cfg(not(target_arch = "wasm32"))]
            #[allow(unused_variables, clippy::missing_safety_doc)]
            pub unsafe fn $name($($arg: $type),*) -> $result {
                <$result>::from(-38i8)
            }
        )*
    };
}

imports! {
    // Console
    fn putchar(c: i32) -> i32;
    fn getchar() -> i32;
    fn console_mode(mode: i32) -> i32;

    // Files
    fn open(path: *const u8, path_len: usize, flags: i32) -> i32;
    fn close(fd: i32) -> i32;
    fn read(fd: i32, buf: *mut u8, len: usize) -> i32;
    fn write(fd: i32, buf: *const u8, len: usize) -> i32;
    fn lseek(fd: i32, offset: i64, whence: i32) -> i64;
    fn stat(path: *const u8, path_len: usize, st: *mut Stat) -> i32;
    fn fstat(fd: i32, st: *mut Stat) -> i32;
    fn readdir(fd: i32, buf: *mut u8, len: usize) -> i32;
    fn mkdir(path: *const u8, path_len: usize) -> i32;
    fn rmdir(path: *const u8, path_len: usize) -> i32;
    fn unlink(path: *const u8, path_len: usize) -> i32;
    fn rename(old: *const u8, old_len: usize, new: *const u8, new_len: usize) -> i32;
    fn getcwd(buf: *mut u8, len: usize) -> i32;
    fn chdir(path: *const u8, path_len: usize) -> i32;
    fn dup(fd: i32) -> i32;
    fn dup2(fd: i32, new_fd: i32) -> i32;

    // Processes
    fn arg_count() -> i32;
    fn arg_get(index: i32, buf: *mut u8, len: usize) -> i32;
    fn env_get(name: *const u8, name_len: usize, buf: *mut u8, len: usize) -> i32;
    fn env_set(name: *const u8, name_len: usize, value: *const u8, value_len: isize) -> i32;
    fn runapp(cmd: *const u8, cmd_len: usize) -> i32;
    fn runargv(argv: *const Word, argc: i32) -> i32;
    fn limit_get(kind: i32) -> i64;
    fn limit_set(kind: i32, value: i64) -> i32;
    fn call_protected(function: i32, argument: i32) -> i32;

    // Time
    fn timesinceboot() -> i64;
    fn cputime() -> i64;
    fn walltime() -> i64;
    fn sleep(ns: i64) -> i32;

    // Randomness
    fn random(buf: *mut u8, len: usize) -> i32;
}

#[cfg(target_arch = "wasm32")]
#[link(wasm_import_module = "wasmos")]
unsafe extern "C" {
    /// Ends the process with `status & 255`.
    pub fn exit(status: i32) -> !;
    /// Powers the machine off (the host runner exits with `status`).
    pub fn poweroff(status: i32) -> !;
    /// Unwinds to the innermost `call_protected`, which returns `code` (1 if 0).
    pub fn throw(code: i32) -> !;
}

/// Off-target stand-in for the `exit` import.
///
/// # Safety
/// Always safe; `unsafe` only to match the import.
#[cfg(not(target_arch = "wasm32"))]
pub unsafe fn exit(status: i32) -> ! {
    panic!("wasmos::sys::exit({status}) called off the wasm32 target")
}

/// Off-target stand-in for the `throw` import.
///
/// # Safety
/// Always safe; `unsafe` only to match the import.
#[cfg(not(target_arch = "wasm32"))]
pub unsafe fn throw(code: i32) -> ! {
    panic!("wasmos::sys::throw({code}) called off the wasm32 target")
}

/// Off-target stand-in for the `poweroff` import.
///
/// # Safety
/// Always safe; `unsafe` only to match the import.
#[cfg(not(target_arch = "wasm32"))]
pub unsafe fn poweroff(status: i32) -> ! {
    panic!("wasmos::sys::poweroff({status}) called off the wasm32 target")
}
