//! Cases of `find`, `xargs` and `diff` against GNU findutils and diffutils.
//!
//! GNU find lists a directory in the order the host file system returns its
//! entries, which differs from one machine to the next; ours lists them in
//! byte order of their names. So every `find` case prints names from at most
//! one entry of each directory: it walks `finddiff-chain` (one entry per
//! directory), selects at most one entry of `finddiff-wide`, or names several
//! starting points, which both visit in the order given.
//!
//! Our `diff` prints no file times, so unified cases name their files with
//! `--label`; `diff -r` visits names in byte order, as GNU's does.

use crate::test::tool_tests::{case, case_with_stderr, ToolCase};

const CHAIN: &str = "fixtures/finddiff-chain";
const WIDE: &str = "fixtures/finddiff-wide";
const OLD: &str = "fixtures/finddiff-old.txt";
const NEW: &str = "fixtures/finddiff-new.txt";
const DIR1: &str = "fixtures/finddiff-dir1";
const DIR2: &str = "fixtures/finddiff-dir2";

/// The cases of this group.
pub const CASES: &[ToolCase] = &[
    // find: walking.
    case("find_whole_chain", &["find", CHAIN], ""),
    case("find_maxdepth_1", &["find", CHAIN, "-maxdepth", "1"], ""),
    case("find_mindepth_2", &["find", CHAIN, "-mindepth", "2"], ""),
    case(
        "find_mindepth_and_maxdepth",
        &["find", CHAIN, "-mindepth", "1", "-maxdepth", "2"],
        "",
    ),
    case("find_maxdepth_0", &["find", WIDE, "-maxdepth", "0"], ""),
    case("find_depth_first", &["find", CHAIN, "-depth"], ""),
    case(
        "find_start_with_trailing_slash",
        &["find", "fixtures/finddiff-chain/", "-maxdepth", "1"],
        "",
    ),
    case(
        "find_start_is_a_file",
        &["find", "fixtures/finddiff-wide/alpha.txt"],
        "",
    ),
    case(
        "find_several_starting_points",
        &[
            "find",
            "fixtures/finddiff-wide/gamma.c",
            "fixtures/finddiff-chain/level1",
            "fixtures/finddiff-wide/alpha.txt",
            "-name",
            "*.[ct]*",
        ],
        "",
    ),
    // find: tests.
    case("find_type_f", &["find", CHAIN, "-type", "f"], ""),
    case("find_type_d", &["find", WIDE, "-type", "d"], ""),
    case("find_type_list", &["find", CHAIN, "-type", "f,d", "-mindepth", "2"], ""),
    case("find_name_star", &["find", WIDE, "-name", "gam*"], ""),
    case(
        "find_name_star_takes_a_leading_dot",
        &["find", WIDE, "-name", "*hidden"],
        "",
    ),
    case("find_name_question_mark", &["find", WIDE, "-name", "gamma.?"], ""),
    case("find_name_bracket_range", &["find", WIDE, "-name", "[a-b]*.txt"], ""),
    case("find_name_negated_bracket", &["find", WIDE, "-name", "[!a-z.[]*"], ""),
    case(
        "find_name_character_class",
        &["find", WIDE, "-name", "[[:upper:]]*"],
        "",
    ),
    case(
        "find_name_escaped_bracket",
        &["find", WIDE, "-name", "\\[brackets\\].md"],
        "",
    ),
    case("find_name_is_case_sensitive", &["find", WIDE, "-name", "beta.txt"], ""),
    case("find_iname", &["find", WIDE, "-iname", "BETA.txt"], ""),
    case("find_iname_bracket_range", &["find", WIDE, "-iname", "[a-c]ETA.*"], ""),
    case("find_path", &["find", CHAIN, "-path", "*level2*"], ""),
    case("find_ipath", &["find", CHAIN, "-ipath", "*/LEVEL1"], ""),
    case("find_size_in_bytes", &["find", WIDE, "-size", "29c"], ""),
    case("find_size_in_blocks", &["find", WIDE, "-size", "7"], ""),
    case(
        "find_size_more_than_kibibytes",
        &["find", WIDE, "-type", "f", "-size", "+2k"],
        "",
    ),
    case("find_size_less_than", &["find", WIDE, "-type", "f", "-size", "-1"], ""),
    case("find_empty", &["find", WIDE, "-empty"], ""),
    case(
        "find_newer_is_false_for_the_file_itself",
        &[
            "find",
            "fixtures/finddiff-wide/alpha.txt",
            "-newer",
            "fixtures/finddiff-wide/alpha.txt",
        ],
        "",
    ),
    case("find_true_and_false", &["find", CHAIN, "-false", "-o", "-true"], ""),
    // find: operators.
    case("find_not", &["find", CHAIN, "-not", "-type", "d"], ""),
    case("find_bang", &["find", CHAIN, "!", "-name", "level*"], ""),
    case(
        "find_or",
        &["find", CHAIN, "-name", "level2", "-o", "-name", "leaf.txt"],
        "",
    ),
    case(
        "find_parentheses",
        &[
            "find", CHAIN, "(", "-name", "level1", "-o", "-name", "leaf.txt", ")", "-type", "f",
        ],
        "",
    ),
    case(
        "find_explicit_and",
        &[
            "find", CHAIN, "-type", "d", "-a", "-name", "level*", "-and", "-name", "*1",
        ],
        "",
    ),
    case(
        "find_comma_evaluates_both",
        &[
            "find", CHAIN, "-name", "leaf.txt", "-print", ",", "-name", "level1", "-print",
        ],
        "",
    ),
    // find: actions.
    case("find_print0", &["find", CHAIN, "-print0"], ""),
    case(
        "find_print_is_not_added_with_an_action",
        &["find", CHAIN, "-name", "level1", "-print0"],
        "",
    ),
    case(
        "find_prune",
        &["find", CHAIN, "-name", "level2", "-prune", "-o", "-print"],
        "",
    ),
    case("find_quit", &["find", CHAIN, "-name", "level1", "-print", "-quit"], ""),
    case(
        "find_exec_each",
        &["find", CHAIN, "-type", "f", "-exec", "cat", "{}", ";"],
        "",
    ),
    case(
        "find_exec_braces_inside_a_word",
        &["find", CHAIN, "-exec", "echo", "<{}>", ";"],
        "",
    ),
    case(
        "find_exec_all_at_once",
        &["find", CHAIN, "-exec", "echo", "found:", "{}", "+"],
        "",
    ),
    case(
        "find_exec_as_a_test",
        &["find", CHAIN, "-exec", "false", ";", "-o", "-print"],
        "",
    ),
    case(
        "find_exec_batch_failure_sets_status",
        &["find", CHAIN, "-maxdepth", "1", "-exec", "false", "{}", "+"],
        "",
    ),
    case_with_stderr(
        "find_exec_missing_command",
        &["find", CHAIN, "-maxdepth", "0", "-exec", "no-such-command", "{}", ";"],
        "",
    ),
    // find: errors.
    case_with_stderr("find_missing_start", &["find", "fixtures/no-such-dir"], ""),
    case_with_stderr(
        "find_missing_start_among_others",
        &["find", "fixtures/no-such-dir", "fixtures/finddiff-chain/level1/level2"],
        "",
    ),
    case_with_stderr("find_unknown_predicate", &["find", CHAIN, "-frobnicate"], ""),
    case_with_stderr("find_missing_argument", &["find", CHAIN, "-name"], ""),
    case_with_stderr(
        "find_paths_after_expression",
        &["find", CHAIN, "-type", "f", "extra"],
        "",
    ),
    case_with_stderr("find_bad_size_unit", &["find", CHAIN, "-size", "3x"], ""),
    case_with_stderr("find_bad_type", &["find", CHAIN, "-type", "q"], ""),
    case_with_stderr("find_bad_maxdepth", &["find", CHAIN, "-maxdepth", "-1"], ""),
    case_with_stderr("find_unclosed_parenthesis", &["find", CHAIN, "(", "-type", "f"], ""),
    case_with_stderr("find_too_many_parentheses", &["find", CHAIN, "-type", "f", ")"], ""),
    case_with_stderr("find_or_with_nothing_before", &["find", CHAIN, "-o", "-print"], ""),
    case_with_stderr(
        "find_exec_without_terminator",
        &["find", CHAIN, "-exec", "echo", "{}"],
        "",
    ),
    // diff: two files.
    case("diff_identical_files", &["diff", OLD, "fixtures/finddiff-same.txt"], ""),
    case("diff_normal_format", &["diff", OLD, NEW], ""),
    case("diff_normal_format_reversed", &["diff", NEW, OLD], ""),
    case(
        "diff_unified",
        &["diff", "-u", "--label", "old", "--label", "new", OLD, NEW],
        "",
    ),
    case(
        "diff_unified_context_1",
        &["diff", "-U", "1", "--label", "a", "--label", "b", OLD, NEW],
        "",
    ),
    case(
        "diff_unified_context_0",
        &["diff", "-U0", "--label=a", "--label=b", OLD, NEW],
        "",
    ),
    case(
        "diff_unified_context_10",
        &["diff", "--unified=10", "--label", "a", "--label", "b", OLD, NEW],
        "",
    ),
    case("diff_brief", &["diff", "-q", OLD, NEW], ""),
    case(
        "diff_brief_identical",
        &["diff", "--brief", OLD, "fixtures/finddiff-same.txt"],
        "",
    ),
    case(
        "diff_report_identical",
        &["diff", "-s", OLD, "fixtures/finddiff-same.txt"],
        "",
    ),
    case(
        "diff_options_after_operands",
        &["diff", OLD, NEW, "-u", "--label", "x", "--label", "y"],
        "",
    ),
    case(
        "diff_no_newline_both",
        &["diff", "fixtures/finddiff-noeol-a.txt", "fixtures/finddiff-noeol-b.txt"],
        "",
    ),
    case(
        "diff_no_newline_one_side",
        &["diff", "fixtures/finddiff-noeol-a.txt", "fixtures/finddiff-eol.txt"],
        "",
    ),
    case(
        "diff_no_newline_unified",
        &[
            "diff",
            "-u",
            "--label",
            "a",
            "--label",
            "b",
            "fixtures/finddiff-eol.txt",
            "fixtures/finddiff-noeol-b.txt",
        ],
        "",
    ),
    case(
        "diff_empty_against_file",
        &["diff", "fixtures/finddiff-empty.txt", "fixtures/finddiff-eol.txt"],
        "",
    ),
    case(
        "diff_file_against_empty_unified",
        &[
            "diff",
            "-u",
            "--label",
            "a",
            "--label",
            "b",
            "fixtures/finddiff-noeol-a.txt",
            "fixtures/finddiff-empty.txt",
        ],
        "",
    ),
    case(
        "diff_standard_input",
        &["diff", "-", "fixtures/finddiff-eol.txt"],
        "one\n2\nthree\nfour\n",
    ),
    case(
        "diff_ignore_case",
        &["diff", "-i", OLD, "fixtures/finddiff-spaces.txt"],
        "",
    ),
    case(
        "diff_ignore_space_change",
        &["diff", "-b", OLD, "fixtures/finddiff-spaces.txt"],
        "",
    ),
    case(
        "diff_ignore_all_space",
        &["diff", "-w", OLD, "fixtures/finddiff-spaces.txt"],
        "",
    ),
    case(
        "diff_ignore_case_and_all_space",
        &["diff", "-i", "-w", "-s", OLD, "fixtures/finddiff-spaces.txt"],
        "",
    ),
    case(
        "diff_binary_files",
        &[
            "diff",
            "fixtures/finddiff-binary-a.bin",
            "fixtures/finddiff-binary-b.bin",
        ],
        "",
    ),
    case(
        "diff_binary_files_as_text",
        &[
            "diff",
            "-a",
            "fixtures/finddiff-binary-a.bin",
            "fixtures/finddiff-binary-b.bin",
        ],
        "",
    ),
    case(
        "diff_file_against_directory",
        &["diff", "fixtures/finddiff-dir1/common.txt", DIR2],
        "",
    ),
    case(
        "diff_new_file_absent",
        &["diff", "-N", "fixtures/no-such-file", "fixtures/finddiff-eol.txt"],
        "",
    ),
    // diff: directories.
    case("diff_directories", &["diff", DIR1, DIR2], ""),
    case("diff_recursive", &["diff", "-r", DIR1, DIR2], ""),
    case("diff_recursive_brief", &["diff", "-rq", DIR1, DIR2], ""),
    case(
        "diff_recursive_unified",
        &["diff", "-r", "-u", "--label", "L", "--label", "R", DIR1, DIR2],
        "",
    ),
    case("diff_recursive_new_file", &["diff", "-r", "-N", DIR1, DIR2], ""),
    case(
        "diff_recursive_report_identical",
        &["diff", "-rs", "fixtures/finddiff-dir1/", DIR2],
        "",
    ),
    // diff: trouble.
    case_with_stderr("diff_missing_file", &["diff", "fixtures/no-such-file", OLD], ""),
    case_with_stderr("diff_missing_operand", &["diff", OLD], ""),
    case_with_stderr("diff_extra_operand", &["diff", OLD, NEW, OLD], ""),
    case_with_stderr("diff_invalid_option", &["diff", "-j", OLD, NEW], ""),
    case_with_stderr("diff_unrecognized_option", &["diff", "--frobnicate", OLD, NEW], ""),
    case_with_stderr("diff_invalid_context", &["diff", "-U", "many", OLD, NEW], ""),
    // xargs.
    case("xargs_default_command_is_echo", &["xargs"], "a b\n  c\td\n\ne\n"),
    case(
        "xargs_with_initial_arguments",
        &["xargs", "echo", "items:"],
        "one two\nthree\n",
    ),
    case("xargs_max_args", &["xargs", "-n", "2"], "1 2 3 4 5\n"),
    case("xargs_max_args_attached", &["xargs", "-n1", "echo", "-"], "x y\n"),
    case(
        "xargs_quotes_and_backslash",
        &["xargs", "-n", "1"],
        "'a b' \"c  d\" e\\ f g\\\\h\n",
    ),
    case_with_stderr("xargs_unmatched_quote", &["xargs"], "first 'second\n"),
    case("xargs_null", &["xargs", "-0", "-n", "1"], "a b\0c'd\0\0e\n"),
    case("xargs_delimiter", &["xargs", "-d", ",", "echo"], "x,y,,z\n"),
    case(
        "xargs_delimiter_escape",
        &["xargs", "-d", "\\n", "-n", "1"],
        "a b\n 'c'\n",
    ),
    case("xargs_delimiter_hex_escape", &["xargs", "-d", "\\x3a", "echo"], "p:q:r"),
    case("xargs_max_lines", &["xargs", "-L", "1"], "a b\nc\n\nd e f\n"),
    case(
        "xargs_trailing_blank_continues_a_line",
        &["xargs", "-L", "1"],
        "a b \nc\nd\n",
    ),
    case(
        "xargs_replace",
        &["xargs", "-I", "{}", "echo", "[{}]", "and", "{}{}"],
        "one\n  two  words\n\nthree\n",
    ),
    case(
        "xargs_replace_other_string",
        &["xargs", "-I", "X", "echo", "X-X"],
        "a\nb\n",
    ),
    case_with_stderr(
        "xargs_verbose",
        &["xargs", "-t", "-n", "2", "echo", "it's"],
        "a 'b c' d\n",
    ),
    case("xargs_empty_input_runs_once", &["xargs", "echo", "nothing"], ""),
    case("xargs_no_run_if_empty", &["xargs", "-r", "echo", "nothing"], "  \n\n"),
    case("xargs_end_of_file_string", &["xargs", "-E", "STOP"], "a b STOP c\nd\n"),
    case("xargs_max_chars", &["xargs", "-s", "15", "echo"], "aaaa bbbb cccc\n"),
    case_with_stderr(
        "xargs_exit_when_max_args_do_not_fit",
        &["xargs", "-x", "-n", "3", "-s", "15", "echo"],
        "aaaa bbbb cccc\n",
    ),
    case_with_stderr("xargs_item_too_long", &["xargs", "-s", "10", "echo"], "abcdefghijkl\n"),
    case(
        "xargs_arg_file",
        &["xargs", "-a", "fixtures/finddiff-xargs-list.txt", "cat"],
        "ignored\n",
    ),
    case(
        "xargs_runs_cat_on_files",
        &["xargs", "cat"],
        "fixtures/finddiff-wide/alpha.txt\nfixtures/finddiff-wide/gamma.c\n",
    ),
    case("xargs_command_failure_is_123", &["xargs", "false"], "a\n"),
    case_with_stderr("xargs_command_not_found_is_127", &["xargs", "no-such-command"], "a\n"),
    case_with_stderr("xargs_invalid_option", &["xargs", "-Z"], ""),
    case_with_stderr("xargs_bad_number", &["xargs", "-n", "zero"], ""),
    case_with_stderr("xargs_zero_max_args", &["xargs", "-n", "0"], ""),
    case_with_stderr("xargs_bad_delimiter", &["xargs", "-d", "ab"], ""),
];
