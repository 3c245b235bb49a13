//! The runtime adapter: the one module that knows tinywasm's API. It parses and
//! checks modules, instantiates them with the ABI's imports and runs them in
//! fuel slices so that a running app can be interrupted. It consumes the
//! process's [`Limits`] but does not define them.
#![deny(unsafe_code)]

use alloc::format;
use alloc::string::{String, ToString};
use core::fmt;

pub mod memory;
pub mod unwind;

pub use unwind::Unwind;

use tinywasm::engine::{Config, StackConfig};
use tinywasm::types::{ExportType, ImportType, WasmValue};
use tinywasm::{Engine, Error, ExecProgress, Imports, LinkingError, ModuleInstance, Store, Trap};

use crate::process::{Limits, Signal};
use alloc::sync::Arc;
use core::sync::atomic::AtomicUsize;

/// Why a module could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The bytes do not start with the Wasm magic number.
    NotWasm,
    /// A Wasm version this kernel does not run.
    UnsupportedVersion(u32),
    /// The module ends in the middle of a section.
    Truncated,
    /// The module is malformed or fails validation.
    Invalid(String),
    /// An import the kernel does not provide.
    UnknownImport {
        /// The import's module name.
        module: String,
        /// The import's field name.
        name: String,
    },
    /// An import with a different type from the ABI's.
    IncompatibleImport {
        /// The import's module name.
        module: String,
        /// The import's field name.
        name: String,
    },
    /// No `_start` function of type `() -> ()` is exported.
    NoEntryPoint,
    /// The module asks for more initial memory than the cap.
    MemoryTooLarge {
        /// Pages declared.
        pages: u64,
        /// The cap.
        limit: u64,
    },
    /// The module declares a table larger than the cap.
    TableTooLarge {
        /// Entries declared.
        entries: u64,
        /// The cap.
        limit: u64,
    },
    /// The kernel ran short of memory while instantiating.
    OutOfMemory,
}

impl fmt::Display for LoadError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::NotWasm => write!(formatter, "not a WebAssembly module (bad magic number)"),
            LoadError::UnsupportedVersion(version) => {
                write!(formatter, "unsupported WebAssembly version {version}")
            }
            LoadError::Truncated => write!(formatter, "truncated WebAssembly module"),
            LoadError::Invalid(reason) => write!(formatter, "invalid WebAssembly module: {reason}"),
            LoadError::UnknownImport { module, name } => {
                write!(formatter, "unknown import {module}.{name}")
            }
            LoadError::IncompatibleImport { module, name } => {
                write!(formatter, "incompatible import type for {module}.{name}")
            }
            LoadError::NoEntryPoint => write!(formatter, "no entry point: the module must export `_start: () -> ()`"),
            LoadError::MemoryTooLarge { pages, limit } => {
                write!(
                    formatter,
                    "initial memory of {pages} pages exceeds the limit of {limit} pages"
                )
            }
            LoadError::TableTooLarge { entries, limit } => {
                write!(formatter, "table of {entries} entries exceeds the limit of {limit}")
            }
            LoadError::OutOfMemory => write!(formatter, "out of kernel memory while loading"),
        }
    }
}

/// A parsed and checked module, ready to instantiate as often as needed: it
/// is shared, not copied, by every process that runs it.
#[derive(Clone)]
pub struct Program {
    module: tinywasm::Module,
    /// The call depth the module asks for (see [`CALL_DEPTH_SECTION`]).
    call_depth: Option<usize>,
}

/// The custom section in which a module asks for a deeper call stack than
/// the default: the number of Wasm frames in ASCII decimal (`docs/ABI.md`,
/// *Limits*).
pub const CALL_DEPTH_SECTION: &str = "wasmos.call_depth";

/// Parses and checks `bytes`, then checks the result against `limits`.
pub fn load(bytes: &[u8], limits: &Limits) -> Result<Program, LoadError> {
    let program = parse(bytes)?;
    program.check_limits(limits)?;
    Ok(program)
}

/// Parses and validates `bytes` and checks its imports against the ABI
/// tables and its entry point: everything about a module that does not
/// depend on the process that will run it.
pub fn parse(bytes: &[u8]) -> Result<Program, LoadError> {
    if bytes.len() < 4 || bytes[0..4] != *b"\0asm" {
        return Err(LoadError::NotWasm);
    }
    if bytes.len() < 8 {
        return Err(LoadError::Truncated);
    }
    let version = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
    if version != 1 {
        return Err(LoadError::UnsupportedVersion(version));
    }
    let module = tinywasm::parse_bytes(bytes).map_err(|error| {
        if sections_cut_short(bytes) {
            LoadError::Truncated
        } else {
            LoadError::Invalid(error.to_string())
        }
    })?;

    for import in module.imports() {
        match (&import.ty, crate::abi::function(import.module, import.name)) {
            (ImportType::Func(ty), Some(function)) => {
                if ty.params() != function.params || ty.results() != function.results {
                    return Err(LoadError::IncompatibleImport {
                        module: import.module.to_string(),
                        name: import.name.to_string(),
                    });
                }
            }
            _ => {
                return Err(LoadError::UnknownImport {
                    module: import.module.to_string(),
                    name: import.name.to_string(),
                })
            }
        }
    }
    let has_entry = module.exports().any(|export| {
        export.name == "_start"
            && matches!(export.ty, ExportType::Func(ty) if ty.params().is_empty() && ty.results().is_empty())
    });
    if !has_entry {
        return Err(LoadError::NoEntryPoint);
    }
    let call_depth = custom_section(bytes, CALL_DEPTH_SECTION).and_then(decimal);
    Ok(Program { module, call_depth })
}

impl Program {
    /// The call depth (Wasm frames) the module asks for, if it names one.
    pub fn call_depth(&self) -> Option<usize> {
        self.call_depth
    }

    /// Whether the module imports anything from import module `module`.
    pub fn imports_from(&self, module: &str) -> bool {
        self.module.imports().any(|import| import.module == module)
    }

    /// Refuses a module whose memories or tables start larger than `limits`
    /// allow. Growth past them is refused while it runs (see
    /// [`memory::Budget`]): `memory.grow` and `table.grow` return -1.
    pub fn check_limits(&self, limits: &Limits) -> Result<(), LoadError> {
        for memory in self.module.memory_types.iter() {
            if memory.page_count_initial() > limits.memory_pages {
                return Err(LoadError::MemoryTooLarge {
                    pages: memory.page_count_initial(),
                    limit: limits.memory_pages,
                });
            }
        }
        for table in self.module.tables.iter() {
            if table.ty.size_initial > limits.table_entries {
                return Err(LoadError::TableTooLarge {
                    entries: table.ty.size_initial,
                    limit: limits.table_entries,
                });
            }
        }
        Ok(())
    }
}

/// Whether the section framing of `bytes` (a module whose header was
/// already checked) runs past its end: a section header or body cut off. The
/// parser reports this only in its message text, so the loader reads the
/// framing itself (id byte, LEB128 size, body) to tell a truncated module
/// from a malformed one.
fn sections_cut_short(bytes: &[u8]) -> bool {
    let mut offset = 8;
    while offset < bytes.len() {
        let size_start = offset + 1;
        match read_leb128_u32(bytes.get(size_start..).unwrap_or_default()) {
            Leb128::CutShort => return true,
            Leb128::Malformed => return false,
            Leb128::Value(size, length) => {
                let Ok(size) = usize::try_from(size) else {
                    return true;
                };
                let end = size_start.saturating_add(length).saturating_add(size);
                if end > bytes.len() {
                    return true;
                }
                offset = end;
            }
        }
    }
    false
}

/// The payload of the first custom section called `name` in `bytes` (a
/// module the parser accepted), if there is one.
fn custom_section<'a>(bytes: &'a [u8], name: &str) -> Option<&'a [u8]> {
    let mut offset = 8;
    while offset < bytes.len() {
        let id = bytes[offset];
        let size_start = offset + 1;
        let Leb128::Value(size, length) = read_leb128_u32(bytes.get(size_start..)?) else {
            return None;
        };
        let body_start = size_start + length;
        let body = bytes.get(body_start..body_start.checked_add(usize::try_from(size).ok()?)?)?;
        if id == 0 {
            if let Leb128::Value(name_length, name_start) = read_leb128_u32(body) {
                let name_end = name_start.checked_add(usize::try_from(name_length).ok()?)?;
                if body.get(name_start..name_end) == Some(name.as_bytes()) {
                    return body.get(name_end..);
                }
            }
        }
        offset = body_start + body.len();
    }
    None
}

/// ASCII decimal digits as a number; `None` for anything else or too large.
fn decimal(text: &[u8]) -> Option<usize> {
    if text.is_empty() || text.len() > 9 || !text.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(
        text.iter()
            .fold(0, |value, digit| value * 10 + usize::from(digit - b'0')),
    )
}

/// An unsigned LEB128 number read from the start of some bytes.
enum Leb128 {
    /// The value and how many bytes encode it.
    Value(u32, usize),
    /// The bytes end before the number does.
    CutShort,
    /// Longer than five bytes, or more than 32 bits.
    Malformed,
}

fn read_leb128_u32(bytes: &[u8]) -> Leb128 {
    let mut value: u64 = 0;
    for (index, byte) in bytes.iter().take(5).enumerate() {
        value |= u64::from(byte & 0x7f) << (7 * index);
        if byte & 0x80 == 0 {
            return match u32::try_from(value) {
                Ok(value) => Leb128::Value(value, index + 1),
                Err(_) => Leb128::Malformed,
            };
        }
    }
    if bytes.len() < 5 {
        Leb128::CutShort
    } else {
        Leb128::Malformed
    }
}

/// How a run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// `_start` returned.
    Returned,
    /// The app called `exit` (or the ABI ended it) with this status.
    Exited(i32),
    /// The app trapped, for this reason.
    Trapped(String),
    /// A signal ended it (Ctrl-C, `kill`).
    Killed(Signal),
}

/// The guest export `call_protected` calls: `__wasmos_invoke(function, argument)`.
pub const INVOKE_EXPORT: &str = "__wasmos_invoke";

/// Most `call_protected` calls active at once in one process.
pub const PROTECTED_DEPTH: u32 = 200;

/// Whether the guest exports `__wasmos_invoke` as `(i32, i32) -> ()`.
pub fn has_invoke_export(call: &tinywasm::FuncContext<'_>) -> bool {
    let Ok(invoke) = call.module().func_untyped(call.store(), INVOKE_EXPORT) else {
        return false;
    };
    invoke.ty(call.store()).is_ok_and(|ty| {
        ty.params() == [tinywasm::types::WasmType::I32, tinywasm::types::WasmType::I32] && ty.results().is_empty()
    })
}

/// Calls the guest's `__wasmos_invoke(function, argument)` from a host function.
/// `Ok(None)`: it returned; `Ok(Some(code))`: a `throw` unwound it; `Err`: a
/// trap or exit that must keep unwinding.
pub fn invoke_protected(
    call: &mut tinywasm::FuncContext<'_>,
    function: i32,
    argument: i32,
) -> Result<Option<i32>, Error> {
    let invoke = call.module().func_untyped(call.store(), INVOKE_EXPORT)?;
    // The interpreter runs the nested call without fuel: the timer may
    // preempt it (the runaway loop of a Lua `pcall` must not hold the CPU).
    let guest = crate::task::preempt::GuestCode::enter();
    let result = call.call_untyped(&invoke, &[WasmValue::I32(function), WasmValue::I32(argument)], &mut []);
    drop(guest);
    match result {
        Ok(_) => Ok(None),
        Err(error) => match Unwind::carried_by(&error) {
            Some(Unwind::Throw(code)) => Ok(Some(code)),
            _ => Err(error),
        },
    }
}

/// Instructions a process runs before the scheduler may switch to another
/// (and before it looks for Ctrl-C and signals).
pub const FUEL_SLICE: u32 = 200_000;

/// A new store configured for `limits`, whose memories' size is kept in `memory_bytes`.
///
/// The value stacks start small and grow as a program needs (doubling): a
/// process costs the kernel less, and so does the one thing a task abandoned
/// inside a protected call leaves behind (tinywasm's nested executor holds
/// the store's value stack on the task's own stack while it runs: see
/// `System::end_preempted`).
pub fn new_store(limits: &Limits, memory_bytes: Arc<AtomicUsize>) -> Store {
    let config = Config::new()
        .with_value_stack_32(StackConfig::dynamic(128, 36 * 1024))
        .with_value_stack_64(StackConfig::dynamic(128, 32 * 1024))
        .with_value_stack_128(StackConfig::dynamic(4, 4 * 1024))
        .with_call_stack(StackConfig::dynamic(64.min(limits.call_depth), limits.call_depth))
        .with_resource_limiter(memory::Budget::new(limits, memory_bytes));
    Store::new(Engine::new(config))
}

/// Instantiates `program` in `store` with `imports`. `Ok(Err(reason))`:
/// a start function or a segment trapped, which is the app's failure, not
/// the loader's.
pub fn instantiate(
    program: &Program,
    store: &mut Store,
    imports: Imports,
) -> Result<Result<ModuleInstance, String>, LoadError> {
    match ModuleInstance::instantiate(store, &program.module, Some(&imports)) {
        Ok(instance) => Ok(Ok(instance)),
        Err(Error::Linker(LinkingError::UnknownImport { module, name })) => {
            Err(LoadError::UnknownImport { module, name })
        }
        Err(Error::Linker(LinkingError::IncompatibleImportType { module, name })) => {
            Err(LoadError::IncompatibleImport { module, name })
        }
        Err(Error::Trap(Trap::OutOfMemory)) => Err(LoadError::OutOfMemory),
        Err(Error::Trap(trap)) => Ok(Err(trap.message().to_string())),
        Err(other) => Err(LoadError::Invalid(other.to_string())),
    }
}

/// Runs `instance`'s `_start` in fuel slices, calling `between_slices`
/// after each: it lets other tasks run and returns the signal that ends
/// the process, if one came.
pub fn run(
    instance: &ModuleInstance,
    store: &mut Store,
    between_slices: &mut dyn FnMut() -> Option<Signal>,
) -> Outcome {
    let Ok(entry) = instance.func_untyped(store, "_start") else {
        return Outcome::Trapped("no entry point".to_string());
    };
    match entry.call_resumable(store, &[], &mut []) {
        Err(error) => outcome_of_error(error),
        Ok(mut execution) => loop {
            match execution.resume_with_fuel(FUEL_SLICE) {
                Ok(ExecProgress::Completed(_)) => break Outcome::Returned,
                Ok(ExecProgress::Suspended) => {
                    if let Some(signal) = between_slices() {
                        break Outcome::Killed(signal);
                    }
                }
                Err(error) => break outcome_of_error(error),
            }
        },
    }
}

/// Instantiates `program` and runs it to its end ([`instantiate`] then
/// [`run`]), for callers with no process around it (tests, fuzzing).
pub fn instantiate_and_run(
    program: &Program,
    store: &mut Store,
    imports: Imports,
    between_slices: &mut dyn FnMut() -> Option<Signal>,
) -> Result<Outcome, LoadError> {
    match instantiate(program, store, imports)? {
        Ok(instance) => Ok(run(&instance, store, between_slices)),
        Err(trap) => Ok(Outcome::Trapped(trap)),
    }
}

fn outcome_of_error(error: Error) -> Outcome {
    match Unwind::carried_by(&error) {
        Some(Unwind::Exit(status)) => return Outcome::Exited(status),
        Some(Unwind::Killed(signal)) => return Outcome::Killed(signal),
        // `throw` refuses to unwind with no `call_protected` to stop it.
        Some(Unwind::Throw(_)) => return Outcome::Trapped("throw with no call_protected to catch it".to_string()),
        None => {}
    }
    match error {
        Error::Trap(trap) => Outcome::Trapped(describe_trap(&trap)),
        other => Outcome::Trapped(format!("{other}")),
    }
}

fn describe_trap(trap: &Trap) -> String {
    match trap {
        Trap::MemoryOutOfBounds { offset, len, max } => {
            format!("out of bounds memory access ({len} bytes at {offset:#x}, memory size {max:#x})")
        }
        // A trap inside a nested call (call_protected) comes wrapped once per
        // level: report the innermost one.
        Trap::HostFunction(error) => match error.downcast_ref::<Error>() {
            Some(Error::Trap(inner)) => describe_trap(inner),
            Some(other) => format!("{other}"),
            None => format!("host function failed: {error}"),
        },
        other => other.message().to_string(),
    }
}

#[cfg(test)]
mod tests;
