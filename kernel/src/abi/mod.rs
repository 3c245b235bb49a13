//! The system-call layer: the functions of import module `wasmos`, as
//! `docs/ABI.md` specifies them. Each host function decodes its arguments,
//! checks them through [`guest::Guest`], calls the kernel core and turns the
//! result into a non-negative value or a negative errno.

mod console_time;
mod files;
pub mod guest;
mod processes;

use alloc::rc::Rc;

use tinywasm::types::WasmType;
use tinywasm::{FuncContext, HostFunction, Imports, Store};

use crate::errno::KernelResult;
use crate::process::Process;
use crate::system::System;
use guest::Guest;

const I32: WasmType = WasmType::I32;
const I64: WasmType = WasmType::I64;

/// Every function of module `wasmos`: name, parameter types, result types.
pub const SIGNATURES: &[(&str, &[WasmType], &[WasmType])] = &[
    ("putchar", &[I32], &[I32]),
    ("getchar", &[], &[I32]),
    ("console_mode", &[I32], &[I32]),
    ("open", &[I32, I32, I32], &[I32]),
    ("close", &[I32], &[I32]),
    ("read", &[I32, I32, I32], &[I32]),
    ("write", &[I32, I32, I32], &[I32]),
    ("lseek", &[I32, I64, I32], &[I64]),
    ("stat", &[I32, I32, I32], &[I32]),
    ("fstat", &[I32, I32], &[I32]),
    ("readdir", &[I32, I32, I32], &[I32]),
    ("mkdir", &[I32, I32], &[I32]),
    ("rmdir", &[I32, I32], &[I32]),
    ("unlink", &[I32, I32], &[I32]),
    ("rename", &[I32, I32, I32, I32], &[I32]),
    ("getcwd", &[I32, I32], &[I32]),
    ("chdir", &[I32, I32], &[I32]),
    ("dup", &[I32], &[I32]),
    ("dup2", &[I32, I32], &[I32]),
    ("arg_count", &[], &[I32]),
    ("arg_get", &[I32, I32, I32], &[I32]),
    ("env_get", &[I32, I32, I32, I32], &[I32]),
    ("env_set", &[I32, I32, I32, I32], &[I32]),
    ("runapp", &[I32, I32], &[I32]),
    ("runargv", &[I32, I32], &[I32]),
    ("limit_get", &[I32], &[I64]),
    ("limit_set", &[I32, I64], &[I32]),
    ("call_protected", &[I32, I32], &[I32]),
    ("throw", &[I32], &[]),
    ("exit", &[I32], &[]),
    ("poweroff", &[I32], &[]),
    ("timesinceboot", &[], &[I64]),
    ("cputime", &[], &[I64]),
    ("walltime", &[], &[I64]),
    ("sleep", &[I64], &[I32]),
    ("random", &[I32, I32], &[I32]),
];

/// The parameter and result types of ABI function `name`, if there is one.
pub fn signature(name: &str) -> Option<(&'static [WasmType], &'static [WasmType])> {
    SIGNATURES
        .iter()
        .find(|(known, _, _)| *known == name)
        .map(|(_, params, results)| (*params, *results))
}

/// What every host function of one process shares.
pub struct Context {
    /// The kernel core.
    pub system: Rc<System>,
    /// The calling process.
    pub process: Rc<Process>,
    /// The process's exported memory, once looked up.
    memory: core::cell::RefCell<Option<tinywasm::Memory>>,
}

/// Turns a kernel result into the ABI's i32: the value, or the negated errno.
fn status(result: KernelResult<i32>) -> i32 {
    result.unwrap_or_else(|error| error.to_abi())
}

/// Turns a kernel result into the ABI's i64.
fn status64(result: KernelResult<i64>) -> i64 {
    result.unwrap_or_else(|error| i64::from(error.to_abi()))
}

macro_rules! define {
    ($imports:ident, $store:ident, $context:ident, $name:literal, |$guest:ident, $ctx:ident, ($($arg:ident: $ty:ty),*)| -> $ret:ty $body:block) => {{
        let $ctx = $context.clone();
        #[allow(unused_parens)]
        let function = HostFunction::from($store, move |mut call: FuncContext<'_>, ($($arg),*): ($($ty),*)| -> tinywasm::Result<$ret> {
            #[allow(unused_mut, unused_variables)]
            let mut $guest = Guest::new(&mut call, &$ctx.memory);
            $body
        });
        $imports.define("wasmos", $name, function);
    }};
}

/// The imports for `process`: every function of module `wasmos`, bound to it.
pub fn imports(store: &mut Store, system: &Rc<System>, process: &Rc<Process>) -> Imports {
    let context = Rc::new(Context {
        system: system.clone(),
        process: process.clone(),
        memory: Default::default(),
    });
    let mut imports = Imports::new();

    define!(imports, store, context, "putchar", |guest, ctx, (character: i32)| -> i32 {
        Ok(status(console_time::putchar(&ctx, character)))
    });
    define!(imports, store, context, "getchar", |guest, ctx, ()| -> i32 {
        Ok(console_time::getchar(&ctx))
    });
    define!(imports, store, context, "console_mode", |guest, ctx, (mode: i32)| -> i32 {
        Ok(status(console_time::console_mode(&ctx, mode)))
    });
    define!(imports, store, context, "open", |guest, ctx, (path: i32, length: i32, flags: i32)| -> i32 {
        Ok(status(files::open(&ctx, &guest, path, length, flags)))
    });
    define!(imports, store, context, "close", |guest, ctx, (fd: i32)| -> i32 {
        Ok(status(ctx.process.fds.borrow_mut().close(fd).map(|_| 0)))
    });
    define!(imports, store, context, "read", |guest, ctx, (fd: i32, buffer: i32, length: i32)| -> i32 {
        Ok(status(files::read(&ctx, &mut guest, fd, buffer, length)))
    });
    define!(imports, store, context, "write", |guest, ctx, (fd: i32, buffer: i32, length: i32)| -> i32 {
        Ok(status(files::write(&ctx, &guest, fd, buffer, length)))
    });
    define!(imports, store, context, "lseek", |guest, ctx, (fd: i32, offset: i64, whence: i32)| -> i64 {
        Ok(status64(files::lseek(&ctx, fd, offset, whence)))
    });
    define!(imports, store, context, "stat", |guest, ctx, (path: i32, length: i32, record: i32)| -> i32 {
        Ok(status(files::stat(&ctx, &mut guest, path, length, record)))
    });
    define!(imports, store, context, "fstat", |guest, ctx, (fd: i32, record: i32)| -> i32 {
        Ok(status(files::fstat(&ctx, &mut guest, fd, record)))
    });
    define!(imports, store, context, "readdir", |guest, ctx, (fd: i32, buffer: i32, length: i32)| -> i32 {
        Ok(status(files::readdir(&ctx, &mut guest, fd, buffer, length)))
    });
    define!(imports, store, context, "mkdir", |guest, ctx, (path: i32, length: i32)| -> i32 {
        Ok(status(files::mkdir(&ctx, &guest, path, length)))
    });
    define!(imports, store, context, "rmdir", |guest, ctx, (path: i32, length: i32)| -> i32 {
        Ok(status(files::rmdir(&ctx, &guest, path, length)))
    });
    define!(imports, store, context, "unlink", |guest, ctx, (path: i32, length: i32)| -> i32 {
        Ok(status(files::unlink(&ctx, &guest, path, length)))
    });
    define!(imports, store, context, "rename", |guest, ctx, (old: i32, old_length: i32, new: i32, new_length: i32)| -> i32 {
        Ok(status(files::rename(&ctx, &guest, old, old_length, new, new_length)))
    });
    define!(imports, store, context, "getcwd", |guest, ctx, (buffer: i32, length: i32)| -> i32 {
        Ok(status(files::getcwd(&ctx, &mut guest, buffer, length)))
    });
    define!(imports, store, context, "chdir", |guest, ctx, (path: i32, length: i32)| -> i32 {
        Ok(status(files::chdir(&ctx, &guest, path, length)))
    });
    define!(imports, store, context, "dup", |guest, ctx, (fd: i32)| -> i32 {
        Ok(status(ctx.process.fds.borrow_mut().dup(fd)))
    });
    define!(imports, store, context, "dup2", |guest, ctx, (fd: i32, new_fd: i32)| -> i32 {
        Ok(status(ctx.process.fds.borrow_mut().dup2(fd, new_fd)))
    });
    define!(imports, store, context, "arg_count", |guest, ctx, ()| -> i32 {
        Ok(ctx.process.args.len() as i32)
    });
    define!(imports, store, context, "arg_get", |guest, ctx, (index: i32, buffer: i32, length: i32)| -> i32 {
        Ok(status(processes::arg_get(&ctx, &mut guest, index, buffer, length)))
    });
    define!(imports, store, context, "env_get", |guest, ctx, (name: i32, name_length: i32, buffer: i32, length: i32)| -> i32 {
        Ok(status(processes::env_get(&ctx, &mut guest, name, name_length, buffer, length)))
    });
    define!(imports, store, context, "env_set", |guest, ctx, (name: i32, name_length: i32, value: i32, value_length: i32)| -> i32 {
        Ok(status(processes::env_set(&ctx, &guest, name, name_length, value, value_length)))
    });
    define!(imports, store, context, "runapp", |guest, ctx, (command: i32, length: i32)| -> i32 {
        Ok(status(processes::runapp(&ctx, &guest, command, length)))
    });
    define!(imports, store, context, "runargv", |guest, ctx, (argv: i32, count: i32)| -> i32 {
        Ok(status(processes::runargv(&ctx, &guest, argv, count)))
    });
    {
        let ctx = context.clone();
        let function = HostFunction::from(
            store,
            move |mut call: FuncContext<'_>, (function, argument): (i32, i32)| {
                processes::call_protected(&ctx, &mut call, function, argument)
            },
        );
        imports.define("wasmos", "call_protected", function);
    }
    define!(imports, store, context, "limit_get", |guest, ctx, (kind: i32)| -> i64 {
        Ok(status64(processes::limit_get(&ctx, kind)))
    });
    define!(imports, store, context, "limit_set", |guest, ctx, (kind: i32, value: i64)| -> i32 {
        Ok(status(processes::limit_set(&ctx, kind, value)))
    });
    define!(imports, store, context, "throw", |guest, ctx, (code: i32)| -> () {
        // With no protected call to unwind to, the throw is the app's trap.
        if ctx.process.protected_depth.get() == 0 {
            return Err(tinywasm::Error::Trap(tinywasm::Trap::Other("throw with no call_protected to catch it")));
        }
        ctx.process.pending_throw.set(Some(if code == 0 { 1 } else { code }));
        Err(crate::runtime::throw_request())
    });
    define!(imports, store, context, "exit", |guest, ctx, (code: i32)| -> () {
        ctx.process.exit_status.set(Some(code & 0xff));
        Err(crate::runtime::exit_request())
    });
    define!(imports, store, context, "poweroff", |guest, ctx, (code: i32)| -> () {
        ctx.system.platform.power_off(code)
    });
    define!(imports, store, context, "timesinceboot", |guest, ctx, ()| -> i64 {
        Ok(ctx.system.platform.monotonic_ns() as i64)
    });
    define!(imports, store, context, "cputime", |guest, ctx, ()| -> i64 {
        Ok(ctx.process.cpu_time_ns(ctx.system.platform.monotonic_ns()) as i64)
    });
    define!(imports, store, context, "walltime", |guest, ctx, ()| -> i64 {
        Ok(ctx.system.platform.wall_clock_ns())
    });
    define!(imports, store, context, "sleep", |guest, ctx, (nanoseconds: i64)| -> i32 {
        Ok(status(console_time::sleep(&ctx, nanoseconds)))
    });
    define!(imports, store, context, "random", |guest, ctx, (buffer: i32, length: i32)| -> i32 {
        Ok(status(console_time::random(&ctx, &mut guest, buffer, length)))
    });
    imports
}

#[cfg(test)]
mod tests;
