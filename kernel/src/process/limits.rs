//! Per-process limits: what a process may use (memory, tables, call depth,
//! nesting, arguments, open files, processes), inherited by its children. The runtime
//! adapter applies them; `limit_get`/`limit_set` read and change them.

use crate::errno::{Errno, KernelResult};

/// Per-process limits, with the defaults `docs/ABI.md` documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Linear memory cap, in 64 KiB pages.
    pub memory_pages: u64,
    /// Largest table, in entries.
    pub table_entries: u64,
    /// Deepest Wasm call stack, in frames.
    pub call_depth: usize,
    /// Deepest nesting of `runapp`.
    pub nesting: u32,
    /// Most arguments to a program.
    pub arguments: usize,
    /// Most bytes in all arguments together.
    pub argument_bytes: usize,
    /// Most open file descriptors.
    pub open_files: usize,
    /// Most processes alive at once (counted when this process spawns).
    pub processes: usize,
}

/// A limit an app can read and set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LimitKind {
    /// Linear memory, in pages.
    MemoryPages,
    /// Table entries.
    TableEntries,
    /// Wasm call depth.
    CallDepth,
    /// `runapp` nesting.
    Nesting,
    /// Open files.
    OpenFiles,
    /// Arguments per program.
    Arguments,
    /// Processes alive at once.
    Processes,
}

impl LimitKind {
    /// The largest value an app may set: the kernel's hard limit.
    pub fn hard_maximum(self) -> u64 {
        match self {
            LimitKind::MemoryPages => 16384,
            LimitKind::TableEntries => 1 << 20,
            LimitKind::CallDepth => 10_000,
            LimitKind::Nesting => 32,
            LimitKind::OpenFiles => 1024,
            LimitKind::Arguments => 4096,
            LimitKind::Processes => 256,
        }
    }
}

impl Limits {
    /// The value of one limit.
    pub fn get(&self, kind: LimitKind) -> u64 {
        let wide = |value: usize| u64::try_from(value).unwrap_or(u64::MAX);
        match kind {
            LimitKind::MemoryPages => self.memory_pages,
            LimitKind::TableEntries => self.table_entries,
            LimitKind::CallDepth => wide(self.call_depth),
            LimitKind::Nesting => u64::from(self.nesting),
            LimitKind::OpenFiles => wide(self.open_files),
            LimitKind::Arguments => wide(self.arguments),
            LimitKind::Processes => wide(self.processes),
        }
    }

    /// These limits with the call depth raised to `frames` for a module
    /// that asks for it (never above the hard maximum, never lowered).
    pub fn with_call_depth_at_least(mut self, frames: usize) -> Limits {
        let hard = usize::try_from(LimitKind::CallDepth.hard_maximum()).unwrap_or(usize::MAX);
        self.call_depth = self.call_depth.max(frames.min(hard));
        self
    }

    /// Sets one limit to `value`, which must lie in 1..=its hard maximum.
    pub fn set(&mut self, kind: LimitKind, value: u64) -> KernelResult<()> {
        if value == 0 || value > kind.hard_maximum() {
            return Err(Errno::EINVAL);
        }
        let narrow = |value: u64| usize::try_from(value).map_err(|_| Errno::EINVAL);
        match kind {
            LimitKind::MemoryPages => self.memory_pages = value,
            LimitKind::TableEntries => self.table_entries = value,
            LimitKind::CallDepth => self.call_depth = narrow(value)?,
            LimitKind::Nesting => self.nesting = u32::try_from(value).map_err(|_| Errno::EINVAL)?,
            LimitKind::OpenFiles => self.open_files = narrow(value)?,
            LimitKind::Arguments => self.arguments = narrow(value)?,
            LimitKind::Processes => self.processes = narrow(value)?,
        }
        Ok(())
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            memory_pages: 1024,
            table_entries: 65536,
            call_depth: 1024,
            nesting: 16,
            arguments: 256,
            argument_bytes: 64 * 1024,
            open_files: 64,
            processes: 64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_module_raises_its_call_depth_up_to_the_hard_maximum_only() {
        let limits = Limits::default();
        assert_eq!(limits.with_call_depth_at_least(4096).call_depth, 4096);
        assert_eq!(limits.with_call_depth_at_least(10).call_depth, 1024);
        assert_eq!(limits.with_call_depth_at_least(1 << 30).call_depth, 10_000);
    }

    #[test]
    fn a_limit_is_set_within_one_and_its_hard_maximum() {
        let mut limits = Limits::default();
        assert_eq!(limits.set(LimitKind::Nesting, 4), Ok(()));
        assert_eq!(limits.get(LimitKind::Nesting), 4);
        assert_eq!(limits.set(LimitKind::Nesting, 0), Err(Errno::EINVAL));
        assert_eq!(limits.set(LimitKind::Nesting, 33), Err(Errno::EINVAL));
        assert_eq!(limits.get(LimitKind::Nesting), 4);
    }
}
