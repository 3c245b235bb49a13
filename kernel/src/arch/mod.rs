//! The architecture layer: the only code that touches hardware. The rest of the
//! kernel uses what this module re-exports and never names an architecture.

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
pub use self::x86_64::*;
