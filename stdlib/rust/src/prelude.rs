//! What most apps want in scope: `use wasmos::prelude::*;`.
//!
//! The `alloc` types and macros that `std`'s prelude would give, the
//! [`Read`] and [`Write`] traits, and the print macros.

pub use crate::io::{Read, Write};
pub use crate::{eprint, eprintln, print, println};
pub use alloc::borrow::ToOwned;
pub use alloc::boxed::Box;
pub use alloc::string::{String, ToString};
pub use alloc::vec::Vec;
pub use alloc::{format, vec};
