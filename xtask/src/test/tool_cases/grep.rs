//! Tool cases (see `super::super::tool_tests`).

use crate::test::tool_tests::ToolCase;

/// The cases of this group.
pub const CASES: &[ToolCase] = &[];
