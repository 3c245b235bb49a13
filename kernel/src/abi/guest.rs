//! The one accessor for guest memory: every pointer and length an app passes
//! is checked here against its linear memory before any byte is touched.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use tinywasm::{FuncContext, Memory};

use crate::errno::{Errno, KernelResult};
use crate::vfs::path;

/// An app's linear memory, seen from a host function.
pub struct Guest<'context, 'store> {
    context: &'context mut FuncContext<'store>,
    memory: Option<Memory>,
}

impl<'context, 'store> Guest<'context, 'store> {
    /// The memory the app exports as `memory` (an app without one has no
    /// valid pointers). `cache` keeps the handle between calls of one process,
    /// sparing a lookup by name on every system call.
    pub fn new(context: &'context mut FuncContext<'store>, cache: &core::cell::RefCell<Option<Memory>>) -> Self {
        let cached = *cache.borrow();
        let memory = match cached {
            Some(memory) => Some(memory),
            None => {
                let found = context.memory("memory").ok();
                cache.borrow_mut().clone_from(&found);
                found
            }
        };
        Guest { context, memory }
    }

    /// The host function's call context (for calls back into the guest).
    pub fn call_context(&mut self) -> &mut FuncContext<'store> {
        self.context
    }

    /// Checks that `[pointer, pointer + length)` lies inside the memory; returns it as offsets.
    pub fn range(&self, pointer: i32, length: i32) -> KernelResult<(usize, usize)> {
        let start = unsigned(pointer)?;
        let length = unsigned(length)?;
        self.check(start, length)?;
        Ok((start, length))
    }

    /// Checks that `length` bytes at `pointer` lie inside the memory, before
    /// work whose result will go there.
    pub fn check_room(&self, pointer: i32, length: usize) -> KernelResult<()> {
        self.check(unsigned(pointer)?, length).map(|_| ())
    }

    /// Checks that `[start, start + length)` lies inside the memory.
    fn check(&self, start: usize, length: usize) -> KernelResult<&Memory> {
        let memory = self.memory.as_ref().ok_or(Errno::EFAULT)?;
        let size = memory.len(self.context.store()).map_err(|_| Errno::EFAULT)?;
        let end = start.checked_add(length).ok_or(Errno::EFAULT)?;
        if end > size {
            return Err(Errno::EFAULT);
        }
        Ok(memory)
    }

    /// Copies `length` bytes out of guest memory.
    pub fn read(&self, pointer: i32, length: i32) -> KernelResult<Vec<u8>> {
        self.read_at(unsigned(pointer)?, unsigned(length)?)
    }

    /// Copies `length` bytes out of guest memory at offset `start`.
    pub fn read_at(&self, start: usize, length: usize) -> KernelResult<Vec<u8>> {
        let memory = self.check(start, length)?;
        let mut bytes = Vec::new();
        bytes.try_reserve_exact(length).map_err(|_| Errno::ENOMEM)?;
        bytes.resize(length, 0);
        memory
            .read_exact(self.context.store(), start, &mut bytes)
            .map_err(|_| Errno::EFAULT)?;
        Ok(bytes)
    }

    /// The guest's `length` bytes at `pointer`, checked and borrowed in
    /// place (no copy), for handing straight to a file.
    pub fn bytes(&self, pointer: i32, length: i32) -> KernelResult<&[u8]> {
        let start = unsigned(pointer)?;
        let end = start.checked_add(unsigned(length)?).ok_or(Errno::EFAULT)?;
        let memory = self.memory.as_ref().ok_or(Errno::EFAULT)?;
        let data = memory.data(self.context.store()).map_err(|_| Errno::EFAULT)?;
        data.get(start..end).ok_or(Errno::EFAULT)
    }

    /// Copies `bytes` into guest memory at `pointer`.
    pub fn write(&mut self, pointer: i32, bytes: &[u8]) -> KernelResult<()> {
        self.write_at(unsigned(pointer)?, bytes)
    }

    /// Copies `bytes` into guest memory at offset `start`.
    pub fn write_at(&mut self, start: usize, bytes: &[u8]) -> KernelResult<()> {
        let memory = *self.check(start, bytes.len())?;
        memory
            .copy_from_slice(self.context.store_mut(), start, bytes)
            .map_err(|_| Errno::EFAULT)
    }

    /// Reads a path argument: checked, at most `PATH_MAX` bytes, UTF-8.
    pub fn path(&self, pointer: i32, length: i32) -> KernelResult<String> {
        if unsigned(length)? > path::PATH_MAX {
            self.range(pointer, 0)?;
            return Err(Errno::ENAMETOOLONG);
        }
        let bytes = self.read(pointer, length)?;
        Ok(String::from(path::from_guest_bytes(&bytes)?))
    }

    /// Reads a UTF-8 string argument of any length the memory holds.
    pub fn string(&self, pointer: i32, length: i32) -> KernelResult<String> {
        let bytes = self.read(pointer, length)?;
        String::from_utf8(bytes).map_err(|_| Errno::EINVAL)
    }

    /// A zeroed buffer of `length` bytes, after checking the guest range it will fill.
    pub fn buffer_for(&self, pointer: i32, length: i32, most: usize) -> KernelResult<Vec<u8>> {
        let (_, length) = self.range(pointer, length)?;
        Ok(vec![0; length.min(most)])
    }
}

/// A pointer or length argument as an offset: the ABI's i32 read as unsigned,
/// as wasm32 addresses are.
pub fn unsigned(value: i32) -> KernelResult<usize> {
    usize::try_from(value.cast_unsigned()).map_err(|_| Errno::EFAULT)
}
