//! The architecture layer: the only code that touches hardware. The rest of the
//! kernel uses what this module re-exports and never names an architecture.
//! [`fiber`] (stack switching) is plain user-level code, so it is built for
//! the host runner and the host tests too; the rest only for bare metal.

#[cfg(all(target_arch = "x86_64", target_os = "none"))]
mod x86_64;
#[cfg(all(target_arch = "x86_64", target_os = "none"))]
pub use self::x86_64::*;

#[cfg(target_arch = "x86_64")]
#[path = "x86_64/fiber.rs"]
pub mod fiber;
