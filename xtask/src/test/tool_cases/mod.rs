//! The cases of [`super::tool_tests`], one file per group of tools.

use super::tool_tests::ToolCase;

mod existing;
mod files;
mod find_diff;
mod grep;
mod text;

/// Every group's cases.
pub const ALL: &[&[ToolCase]] = &[
    existing::CASES,
    text::CASES,
    files::CASES,
    grep::CASES,
    find_diff::CASES,
];
