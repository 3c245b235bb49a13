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

/// The `wasmos_spawn` record read by [`spawn`]: 32 bytes on `wasm32`,
/// where pointers and `usize` are 4 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct SpawnOptions {
    /// The caller's fd that becomes the child's fd 0, or [`FD_INHERIT`], [`FD_NONE`].
    pub stdin: i32,
    /// The same for fd 1.
    pub stdout: i32,
    /// The same for fd 2.
    pub stderr: i32,
    /// [`GROUP_INHERIT`], [`GROUP_NEW`], or the id of a group to join.
    pub group: i32,
    /// The child's working directory.
    pub cwd: *const u8,
    /// Its length; 0 keeps the caller's.
    pub cwd_len: usize,
    /// `env_count` words `NAME=value`: the child's whole environment.
    pub env: *const Word,
    /// The number of words at `env`; -1 passes the caller's environment.
    pub env_count: i32,
}

impl Default for SpawnOptions {
    /// Everything inherited, as if no record were passed.
    fn default() -> Self {
        SpawnOptions {
            stdin: FD_INHERIT,
            stdout: FD_INHERIT,
            stderr: FD_INHERIT,
            group: GROUP_INHERIT,
            cwd: core::ptr::null(),
            cwd_len: 0,
            env: core::ptr::null(),
            env_count: -1,
        }
    }
}

/// The 8-byte `wasmos_pollfd` record of [`poll`], POSIX's `struct pollfd`.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PollFd {
    /// The descriptor; a negative one is skipped.
    pub fd: i32,
    /// What to wait for: [`POLLIN`], [`POLLOUT`].
    pub events: i16,
    /// What is ready, filled by [`poll`]; may also hold [`POLLERR`], [`POLLHUP`], [`POLLNVAL`].
    pub revents: i16,
}

/// The 8-byte `wasmos_message` record filled by [`msg_receive`].
#[repr(C)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MessageInfo {
    /// The sender's pid.
    pub sender: i32,
    /// 0 for a message from [`msg_send`]; else the number to pass to [`msg_reply`].
    pub call: i32,
}

// The ABI fixes these layouts; pointers make `SpawnOptions` larger off wasm32.
#[cfg(target_pointer_width = "32")]
const _: () = assert!(core::mem::size_of::<SpawnOptions>() == 32 && core::mem::offset_of!(SpawnOptions, env) == 24);
const _: () = assert!(core::mem::size_of::<PollFd>() == 8 && core::mem::size_of::<MessageInfo>() == 8);

/// [`utimens`]/[`futimens`] flags: which times to set, to the value given or to now.
pub const TIMES_ACCESSED: i32 = 1;
pub const TIMES_ACCESSED_NOW: i32 = 2;
pub const TIMES_MODIFIED: i32 = 4;
pub const TIMES_MODIFIED_NOW: i32 = 8;

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

/// Kinds of limit for [`limit_get`] and [`limit_set`].
pub const LIMIT_MEMORY_PAGES: i32 = 0;
pub const LIMIT_TABLE_ENTRIES: i32 = 1;
pub const LIMIT_CALL_DEPTH: i32 = 2;
pub const LIMIT_NESTING: i32 = 3;
pub const LIMIT_OPEN_FILES: i32 = 4;
pub const LIMIT_ARGUMENTS: i32 = 5;
pub const LIMIT_PROCESSES: i32 = 6;

/// Fields of [`SpawnOptions`]: the caller's own fd, or none.
pub const FD_INHERIT: i32 = -1;
pub const FD_NONE: i32 = -2;
/// Field `group` of [`SpawnOptions`]: the caller's group, or a new one.
pub const GROUP_INHERIT: i32 = 0;
pub const GROUP_NEW: i32 = -1;

/// Flags of [`wait`].
pub const WNOHANG: i32 = 1;
pub const WUNTRACED: i32 = 2;

/// Signals of [`kill`]; `SIGSTOP`/`SIGTSTP` stop, `SIGCONT` resumes, the rest end the process.
pub const SIGHUP: i32 = 1;
pub const SIGINT: i32 = 2;
pub const SIGQUIT: i32 = 3;
pub const SIGABRT: i32 = 6;
pub const SIGKILL: i32 = 9;
pub const SIGPIPE: i32 = 13;
pub const SIGALRM: i32 = 14;
pub const SIGTERM: i32 = 15;
pub const SIGCONT: i32 = 18;
pub const SIGSTOP: i32 = 19;
pub const SIGTSTP: i32 = 20;

/// Events of [`PollFd`].
pub const POLLIN: i16 = 1;
pub const POLLOUT: i16 = 4;
pub const POLLERR: i16 = 8;
pub const POLLHUP: i16 = 16;
pub const POLLNVAL: i16 = 32;

/// The longest message of [`msg_send`], [`msg_call`] and [`msg_reply`].
pub const MESSAGE_MAX: usize = 4096;
/// Flag of [`msg_send`] and [`msg_receive`]: `-EAGAIN` instead of blocking.
pub const MSG_NONBLOCK: i32 = 1;

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
    fn utimens(path: *const u8, path_len: usize, accessed_ns: i64, modified_ns: i64, flags: i32) -> i32;
    fn futimens(fd: i32, accessed_ns: i64, modified_ns: i64, flags: i32) -> i32;
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

    // Concurrent processes and jobs
    fn spawn(argv: *const Word, argc: i32, options: *const SpawnOptions) -> i32;
    fn spawn_preopened(argv: *const Word, argc: i32, options: *const SpawnOptions, preopens: *const Word, preopen_count: i32) -> i32;
    fn wait(pid: i32, status: *mut i32, flags: i32) -> i32;
    fn getpid() -> i32;
    fn getppid() -> i32;
    fn kill(pid: i32, signal: i32) -> i32;
    fn console_foreground(group: i32) -> i32;
    fn pipe(fds: *mut i32) -> i32;
    fn poll(fds: *mut PollFd, count: i32, timeout_ns: i64) -> i32;

    // Messages between processes
    fn service_register(name: *const u8, name_len: usize) -> i32;
    fn service_lookup(name: *const u8, name_len: usize) -> i32;
    fn msg_send(pid: i32, buf: *const u8, len: usize, flags: i32) -> i32;
    fn msg_call(pid: i32, buf: *const u8, len: usize, reply: *mut u8, reply_len: usize) -> i32;
    fn msg_receive(buf: *mut u8, len: usize, info: *mut MessageInfo, flags: i32) -> i32;
    fn msg_reply(pid: i32, call: i32, buf: *const u8, len: usize) -> i32;

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
