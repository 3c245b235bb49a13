//! The system-call layer: the import modules an app may use, each one table
//! ([`wasmos::WASMOS`], as `docs/ABI.md` specifies it). Each host function
//! decodes its arguments, checks them through [`guest::Guest`], calls the
//! kernel core and turns the result into a non-negative value or a negative
//! errno; [`encoding`] holds every number the ABI gives to a kernel value.
#![deny(unsafe_code)]
#![deny(clippy::cast_possible_truncation, clippy::cast_possible_wrap, clippy::cast_sign_loss)]

mod blocking;
mod console_time;
pub mod encoding;
mod files;
pub mod guest;
mod jobs;
mod messages;
mod processes;
pub mod table;
pub mod wasi;
pub mod wasmos;

use alloc::collections::BTreeMap;
use alloc::rc::Rc;
use alloc::string::String;
use core::cell::RefCell;

use tinywasm::{HostFunction, Imports, Store};

use crate::process::Process;
use crate::system::System;
use table::{AbiFunction, AbiTable};

/// Every import module the kernel provides; an import from any other module,
/// or of a name its table lacks, is refused when the program is loaded.
pub static TABLES: &[&AbiTable] = &[&wasmos::WASMOS, &wasi::WASI];

/// The function `module`.`name`, if the kernel provides one.
pub fn function(module: &str, name: &str) -> Option<&'static AbiFunction> {
    TABLES
        .iter()
        .find(|table| table.module == module)
        .and_then(|table| table.function(name))
}

/// Every function of the `wasmos` module as WAT import declarations, each
/// named `$<name>`: the one import block for hand-written test modules (WASI
/// tests take [`wasi::WASI`]'s own, since importing WASI gives a process
/// preopened directories).
pub fn wat_imports() -> String {
    wasmos::WASMOS.wat_imports()
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

impl Context {
    /// `reply`, unless a signal ends the process: then the unwinding that
    /// ends it. Every host function's reply passes through here, so a
    /// signal takes effect as the call returns to the guest.
    pub fn deliver_signals<R>(&self, reply: tinywasm::Result<R>) -> tinywasm::Result<R> {
        match self.process.pending_end.get() {
            Some(signal) => Err(crate::runtime::Unwind::Killed(signal).into()),
            None => reply,
        }
    }
}

/// A process's [`Context`] in its store's state, for the host functions
/// shared by every process ([`table::Binding::Shared`]).
struct StoredContext(Rc<Context>);

/// The context of the process whose store `call` runs on. The caller drops
/// it before running guest code again (see [`table::Binding::Shared`]).
pub fn stored_context(call: &tinywasm::FuncContext<'_>) -> tinywasm::Result<Rc<Context>> {
    call.store()
        .state::<StoredContext>()
        .map(|stored| stored.0.clone())
        .ok_or_else(|| tinywasm::Error::Other("the store has no process context".into()))
}

/// The host functions every process shares, made once per kernel.
#[derive(Default)]
pub struct SharedFunctions {
    made: RefCell<BTreeMap<(&'static str, &'static str), HostFunction>>,
}

impl SharedFunctions {
    fn get(&self, module: &'static str, function: &'static AbiFunction, make: fn() -> HostFunction) -> HostFunction {
        self.made
            .borrow_mut()
            .entry((module, function.name))
            .or_insert_with(make)
            .clone()
    }
}

/// Binds `process` to `store`: the store carries its context, and the
/// returned imports every function of every table, bound to it.
pub fn imports(system: &Rc<System>, process: &Rc<Process>, store: Store) -> (Store, Imports) {
    let context = Rc::new(Context {
        system: system.clone(),
        process: process.clone(),
        memory: Default::default(),
    });
    let mut imports = Imports::new();
    for table in TABLES {
        table.define(&mut imports, &context, &|function, make| {
            system.shared_functions.get(table.module, function, make)
        });
    }
    (store.with_state(StoredContext(context)), imports)
}

#[cfg(test)]
mod bindings_tests;
#[cfg(test)]
mod tests;
