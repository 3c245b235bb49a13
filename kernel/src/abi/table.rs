//! The shape of an ABI: a table with one line per host function (name,
//! parameters, result, handler). The loader's signature check, the import
//! registration and the WAT import block of the tests are all generated from
//! it, so a function exists in one place. Each import module (`wasmos`, later
//! WASI's) is one table over the same kernel services.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

use tinywasm::types::{FuncType, WasmType, WasmValue};
use tinywasm::{FuncContext, HostFunction, Imports, Store};

use super::Context;
use crate::errno::KernelResult;

/// A host function's body as its table line generates it: decodes the
/// arguments, calls the handler with the process's [`Context`] and a
/// [`Guest`](super::guest::Guest), and encodes the [`Reply`].
pub type Handler = fn(&Context, FuncContext<'_>, &[WasmValue]) -> tinywasm::Result<Vec<WasmValue>>;

/// One function of an import module.
pub struct AbiFunction {
    /// The import's field name.
    pub name: &'static str,
    /// Parameter types.
    pub params: &'static [WasmType],
    /// Result types (none or one).
    pub results: &'static [WasmType],
    /// The body.
    pub handler: Handler,
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

    /// Defines every function of the table in `imports`, bound to `context`.
    pub fn define(&self, imports: &mut Imports, store: &mut Store, context: &Rc<Context>) {
        for function in self.functions {
            let context = context.clone();
            let handler = function.handler;
            let ty = FuncType::new(function.params, function.results);
            let host =
                HostFunction::from_untyped(store, &ty, move |call, arguments| handler(&context, call, arguments));
            imports.define(self.module, function.name, host);
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
        WasmType::RefFunc => "funcref",
        WasmType::RefExtern => "externref",
    }
}

/// A Rust type that stands for one Wasm value type in a table line.
pub trait AbiValue: Sized {
    /// The Wasm type.
    const TYPE: WasmType;
    /// The value, if it has this type.
    fn from_value(value: &WasmValue) -> Option<Self>;
}

impl AbiValue for i32 {
    const TYPE: WasmType = WasmType::I32;
    fn from_value(value: &WasmValue) -> Option<Self> {
        match value {
            WasmValue::I32(value) => Some(*value),
            _ => None,
        }
    }
}

impl AbiValue for i64 {
    const TYPE: WasmType = WasmType::I64;
    fn from_value(value: &WasmValue) -> Option<Self> {
        match value {
            WasmValue::I64(value) => Some(*value),
            _ => None,
        }
    }
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

/// What a handler returns, as the values (or the unwinding error) the
/// interpreter expects for a line whose result is `R`. A kernel error becomes
/// its negated errno.
pub trait Reply<R> {
    /// The encoded reply.
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>>;
}

impl Reply<i32> for i32 {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        Ok(vec![WasmValue::I32(self)])
    }
}

impl Reply<i64> for i64 {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        Ok(vec![WasmValue::I64(self)])
    }
}

impl Reply<i32> for KernelResult<i32> {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        self.unwrap_or_else(|error| error.to_abi()).reply()
    }
}

impl Reply<i64> for KernelResult<i64> {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        self.unwrap_or_else(|error| i64::from(error.to_abi())).reply()
    }
}

/// A handler that can also unwind (`call_protected`).
impl Reply<i32> for tinywasm::Result<i32> {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        self?.reply()
    }
}

/// A handler that never returns to the guest (`exit`, `throw`, `poweroff`).
impl Reply<()> for tinywasm::Error {
    fn reply(self) -> tinywasm::Result<Vec<WasmValue>> {
        Err(self)
    }
}

/// Decodes one argument of a host function (the interpreter has already
/// checked the types against the import's, so a mismatch is a kernel bug,
/// reported as an error rather than a panic).
pub fn argument<T: AbiValue>(value: Option<&WasmValue>) -> tinywasm::Result<T> {
    value
        .and_then(T::from_value)
        .ok_or_else(|| tinywasm::Error::Other("wasmos: host function argument of the wrong type".to_string()))
}

/// Declares an [`AbiTable`]: one line per function,
/// `name(parameter: type, ...) -> result = handler;`, where the types are
/// `i32` or `i64`, the result is `()`, `i32` or `i64`, and
/// `handler(context, guest, arguments...)` returns a [`Reply`] for the result.
macro_rules! abi_table {
    (
        $(#[$meta:meta])*
        $visibility:vis static $table:ident = $module:literal {
            $($name:ident($($argument:ident: $type:ty),*) -> $result:ty = $handler:path;)*
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
                    handler: |context, mut call, arguments| {
                        #[allow(unused_mut, unused_variables)]
                        let mut arguments = arguments.iter();
                        $(let $argument = $crate::abi::table::argument::<$type>(arguments.next())?;)*
                        let mut guest = $crate::abi::guest::Guest::new(&mut call, &context.memory);
                        $crate::abi::table::Reply::<$result>::reply($handler(context, &mut guest, $($argument),*))
                    },
                }
            ),*],
        };
    };
}

pub(super) use abi_table;
