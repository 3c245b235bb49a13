//! Small port-I/O helpers for devices that have no driver crate.

use x86_64::instructions::port::Port;

/// Writes a byte to an I/O port.
pub fn write_u8(port: u16, value: u8) {
    // SAFETY: callers in this layer pass ports of devices the PC platform
    // defines (PIT, CMOS, QEMU's debug exit); writing them has no memory effects.
    unsafe { Port::new(port).write(value) }
}

/// Writes a 16-bit word to an I/O port.
pub fn write_u16(port: u16, value: u16) {
    // SAFETY: as for `write_u8`: a platform-defined device port.
    unsafe { Port::new(port).write(value) }
}

/// Writes a 32-bit word to an I/O port.
pub fn write_u32(port: u16, value: u32) {
    // SAFETY: as for `write_u8`: a platform-defined device port.
    unsafe { Port::new(port).write(value) }
}

/// Reads a byte from an I/O port.
pub fn read_u8(port: u16) -> u8 {
    // SAFETY: as for `write_u8`: a platform-defined device port.
    unsafe { Port::new(port).read() }
}
