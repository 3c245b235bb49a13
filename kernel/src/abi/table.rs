//! The shape of an ABI: a table with one line per host function (name,
//! parameters, result, handler). The loader's signature check, the import
//! registration and the WAT import block of the tests are all generated from
//! it, so a function exists in one place. Each import module (`wasmos`, later
//! WASI's) is one table over the same kernel services.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;

use tinywasm::types::{RefType, WasmType};
use tinywasm::{HostFunction, Imports};

use super::Context;
use crate::errno::KernelResult;

/// Defines one line's host function in an import set: the function, bound
/// to the process's [`Context`], decodes nothing itself (the interpreter
/// hands it typed arguments straight from its value stack), calls the
/// handler with a [`Guest`](super::guest::Guest) and returns its [`Reply`].
pub type Define = fn(&mut Imports, &'static str, Rc<Context>);

/// How a line's host function is made.
pub enum Binding {
    /// One per process, bound to its [`Context`].
    PerProcess(Define),
    /// One for every process: it finds the caller's context in the store
    /// (see [`super::stored_context`]) and keeps no reference to it while
    /// the guest runs again inside it. Lines whose handler calls back into
    /// the guest (`call_protected`) are made so: a task abandoned in the
    /// nested guest code (see [`crate::task::preempt`]) leaves a reference
    /// to the running host function behind on its stack, and it must not
    /// keep a process alive.
    Shared(fn() -> HostFunction),
}

/// One function of an import module.
pub struct AbiFunction {
    /// The import's field name.
    pub name: &'static str,
    /// Parameter types.
    pub params: &'static [WasmType],
    /// Result types (none or one).
    pub results: &'static [WasmType],
    /// How its host function is made.
    pub binding: Binding,
}

/// Every function of one import module.
pub struct AbiTable {
    /// The import module's name.
    pub module: &'static str,
    /// Its functions, in the order the documentation lists them.
    pub functions: &'static [AbiFunction],
}

impl AbiTable {
    /// The function called `name`, if the table has one.
    pub fn function(&self, name: &str) -> Option<&'static AbiFunction> {
        self.functions.iter().find(|function| function.name == name)
    }

    /// Defines every function of the table in `imports`: bound to `context`,
    /// or the shared one `shared` gives for the line.
    pub fn define(
        &self,
        imports: &mut Imports,
        context: &Rc<Context>,
        shared: &dyn Fn(&'static AbiFunction, fn() -> HostFunction) -> HostFunction,
    ) {
        for function in self.functions {
            match function.binding {
                Binding::PerProcess(define) => define(imports, self.module, context.clone()),
                Binding::Shared(make) => {
                    imports.define(self.module, function.name, shared(function, make));
                }
            }
        }
    }

    /// The table as WAT import declarations, one per line, each function
    /// named `$<name>`: what a test module pastes in to call the ABI.
    pub fn wat_imports(&self) -> String {
        let mut text = String::new();
        for function in self.functions {
            text.push_str(&format!(
                "  (import \"{}\" \"{}\" (func ${}{}{}))\n",
                self.module,
                function.name,
                function.name,
                wat_types("param", function.params),
                wat_types("result", function.results),
            ));
        }
        text
    }
}

/// ` (param i32 i64)`, or nothing for an empty list.
fn wat_types(keyword: &str, types: &[WasmType]) -> String {
    if types.is_empty() {
        return String::new();
    }
    let mut text = format!(" ({keyword}");
    for ty in types {
        text.push(' ');
        text.push_str(wat_type_name(*ty));
    }
    text.push(')');
    text
}

/// A value type's name in WAT.
pub fn wat_type_name(ty: WasmType) -> &'static str {
    match ty {
        WasmType::I32 => "i32",
        WasmType::I64 => "i64",
        WasmType::F32 => "f32",
        WasmType::F64 => "f64",
        WasmType::V128 => "v128",
        WasmType::Ref(RefType::FUNCREF) => "funcref",
        WasmType::Ref(RefType::EXTERNREF) => "externref",
        WasmType::Ref(_) => "anyref",
    }
}

/// A Rust type that stands for one Wasm value type in a table line.
pub trait AbiValue {
    /// The Wasm type.
    const TYPE: WasmType;
}

impl AbiValue for i32 {
    const TYPE: WasmType = WasmType::I32;
}

impl AbiValue for i64 {
    const TYPE: WasmType = WasmType::I64;
}

/// The result of a table line: `()` for none, `i32` or `i64`.
pub trait AbiResults {
    /// The result types.
    const TYPES: &'static [WasmType];
}

impl AbiResults for () {
    const TYPES: &'static [WasmType] = &[];
}

impl AbiResults for i32 {
    const TYPES: &'static [WasmType] = &[WasmType::I32];
}

impl AbiResults for i64 {
    const TYPES: &'static [WasmType] = &[WasmType::I64];
}

/// What a handler returns, as the result (or the unwinding error) the
/// interpreter expects for a line whose result is `R`. A kernel error
/// becomes its negated errno.
pub trait Reply<R> {
    /// The encoded reply.
    fn reply(self) -> tinywasm::Result<R>;
}

impl Reply<i32> for i32 {
    fn reply(self) -> tinywasm::Result<i32> {
        Ok(self)
    }
}

impl Reply<i64> for i64 {
    fn reply(self) -> tinywasm::Result<i64> {
        Ok(self)
    }
}

impl Reply<i32> for KernelResult<i32> {
    fn reply(self) -> tinywasm::Result<i32> {
        Ok(self.unwrap_or_else(|error| error.to_abi()))
    }
}

impl Reply<i64> for KernelResult<i64> {
    fn reply(self) -> tinywasm::Result<i64> {
        Ok(self.unwrap_or_else(|error| i64::from(error.to_abi())))
    }
}

/// A handler that can also unwind (`call_protected`).
impl Reply<i32> for tinywasm::Result<i32> {
    fn reply(self) -> tinywasm::Result<i32> {
        self
    }
}

/// A handler that never returns to the guest (`exit`, `throw`, `poweroff`).
impl Reply<()> for tinywasm::Error {
    fn reply(self) -> tinywasm::Result<()> {
        Err(self)
    }
}

/// Declares an [`AbiTable`]: one line per function,
/// `name(parameter: type, ...) -> result = handler;`, where the types are
/// `i32` or `i64`, the result is `()`, `i32` or `i64`, and
/// `handler(context, guest, arguments...)` returns a [`Reply`] for the result.
/// A line marked `#[shared]` gets one host function for every process
/// ([`Binding::Shared`]); its handler is `handler(call, arguments...)` and
/// looks up the context itself.
macro_rules! abi_table {
    (
        $(#[$meta:meta])*
        $visibility:vis static $table:ident = $module:literal {
            $($(#[$shared:ident])? $name:ident($($argument:ident: $type:ty),*) -> $result:ty = $handler:path;)*
        }
    ) => {
        $(#[$meta])*
        $visibility static $table: $crate::abi::table::AbiTable = $crate::abi::table::AbiTable {
            module: $module,
            functions: &[$(
                $crate::abi::table::AbiFunction {
                    name: stringify!($name),
                    params: &[$(<$type as $crate::abi::table::AbiValue>::TYPE),*],
                    results: <$result as $crate::abi::table::AbiResults>::TYPES,
                    binding: $crate::abi::table::abi_binding!(
                        [$($shared)?] $name, $handler, $result, $($argument: $type),*
                    ),
                }
            ),*],
        };
    };
}

/// The [`Binding`] of one line of [`abi_table!`].
macro_rules! abi_binding {
    ([] $name:ident, $handler:path, $result:ty, $($argument:ident: $type:ty),*) => {
        $crate::abi::table::Binding::PerProcess(|imports, module, context| {
            let function = ::tinywasm::HostFunction::from(
                move |mut call: ::tinywasm::FuncContext<'_>, ($($argument,)*): ($($type,)*)| {
                    // Kernel code from here on: the timer never preempts it.
                    let _host = $crate::task::preempt::HostCall::enter();
                    let mut guest = $crate::abi::guest::Guest::new(&mut call, &context.memory);
                    let reply = $crate::abi::table::Reply::<$result>::reply(
                        $handler(&context, &mut guest, $($argument),*),
                    );
                    context.deliver_signals(reply)
                },
            );
            imports.define(module, stringify!($name), function);
        })
    };
    ([shared] $name:ident, $handler:path, $result:ty, $($argument:ident: $type:ty),*) => {
        $crate::abi::table::Binding::Shared(|| {
            ::tinywasm::HostFunction::from(
                move |mut call: ::tinywasm::FuncContext<'_>, ($($argument,)*): ($($type,)*)| {
                    let _host = $crate::task::preempt::HostCall::enter();
                    let reply = $crate::abi::table::Reply::<$result>::reply($handler(&mut call, $($argument),*));
                    // Bound, so that it is dropped before `_host` marks guest code again.
                    let context = $crate::abi::stored_context(&call)?;
                    let reply = context.deliver_signals(reply);
                    drop(context);
                    reply
                },
            )
        })
    };
}

pub(super) use {abi_binding, abi_table};
