//! Helpers every command shares: starting programs, file times, the progress
//! line, the build's prerequisites and kernel symbols.

pub mod files;
pub mod prerequisites;
pub mod process;
pub mod progress;
pub mod symbolize;
