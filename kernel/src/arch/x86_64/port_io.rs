//! Typed I/O ports for the devices that have no driver crate. A [`Port`] is
//! made once, through an `unsafe` constructor that states which device the
//! number belongs to; reading and writing it afterwards is safe.

use core::marker::PhantomData;

use x86_64::instructions::port::{PortRead, PortWrite};

/// An I/O port that transfers values of type `T` (`u8`, `u16` or `u32`).
pub struct Port<T> {
    number: u16,
    width: PhantomData<T>,
}

impl<T> Port<T> {
    /// The port `number`.
    ///
    /// # Safety
    ///
    /// `number` must be a port of a device that the kernel means to drive with
    /// `T`-sized transfers, and no read or write of it may affect memory the
    /// compiler knows about (no DMA set-up, no port another driver owns).
    /// Every access through the returned value relies on this promise.
    pub const unsafe fn new(number: u16) -> Self {
        Port {
            number,
            width: PhantomData,
        }
    }
}

impl<T: PortRead> Port<T> {
    /// Reads a value from the port.
    pub fn read(&self) -> T {
        // SAFETY: the constructor's caller promised that this is a device port
        // whose accesses have no effect on memory.
        unsafe { T::read_from_port(self.number) }
    }
}

impl<T: PortWrite> Port<T> {
    /// Writes a value to the port.
    pub fn write(&self, value: T) {
        // SAFETY: as for `read`: a device port whose accesses have no effect on memory.
        unsafe { T::write_to_port(self.number, value) }
    }
}
