//! Cases of the tools that predate the comparison with GNU's.

use crate::test::tool_tests::{case, case_with_stderr, ToolCase};

/// The cases of this group.
pub const CASES: &[ToolCase] = &[
    case("cat_a_file", &["cat", "fixtures/words.txt"], ""),
    case(
        "cat_standard_input_and_a_file",
        &["cat", "-", "fixtures/words.txt"],
        "first\n",
    ),
    case_with_stderr("cat_a_missing_file", &["cat", "fixtures/no-such-file"], ""),
    case("wc_a_file", &["wc", "fixtures/words.txt"], ""),
    case("wc_lines_of_standard_input", &["wc", "-l"], "a\nb\nc\n"),
    case(
        "wc_bytes_words_lines_of_two_files",
        &["wc", "-c", "-w", "-l", "fixtures/words.txt", "fixtures/numbers.txt"],
        "",
    ),
    case("head_three_lines", &["head", "-n", "3", "fixtures/words.txt"], ""),
    case("head_bytes", &["head", "-c", "10", "fixtures/words.txt"], ""),
    case(
        "head_two_files_with_headers",
        &["head", "-n", "2", "fixtures/words.txt", "fixtures/numbers.txt"],
        "",
    ),
    case("cksum_a_file", &["cksum", "fixtures/words.txt"], ""),
    case("cksum_standard_input", &["cksum"], "hello\n"),
    case("echo_words", &["echo", "hello", "world"], ""),
    case("true_succeeds", &["true"], ""),
    case("false_fails", &["false"], ""),
];
