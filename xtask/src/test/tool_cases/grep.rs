//! Cases of `grep` against GNU grep. The fixtures are `tests/fixtures/tools/grep-*`.
//! GNU grep -r visits a directory in the order `readdir` gives, ours in name
//! order, so each recursive case has one file that prints anything.

use crate::test::tool_tests::{case, case_with_stderr, ToolCase};

/// The cases of this group.
pub const CASES: &[ToolCase] = &[
    case("grep_a_word_in_a_file", &["grep", "foo", "fixtures/grep-text.txt"], ""),
    case("grep_standard_input", &["grep", "an"], "one\nbanana\ncan\nplum\n"),
    case(
        "grep_no_match_exits_1",
        &["grep", "zebra", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_ignore_case", &["grep", "-i", "the", "fixtures/grep-text.txt"], ""),
    case("grep_invert_match", &["grep", "-v", "o", "fixtures/grep-text.txt"], ""),
    case(
        "grep_line_numbers",
        &["grep", "-n", "bar", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_count", &["grep", "-c", "foo", "fixtures/grep-text.txt"], ""),
    case(
        "grep_count_inverted",
        &["grep", "-cv", "foo", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_count_two_files",
        &["grep", "-c", "foo", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_two_files_name_lines",
        &["grep", "foo", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_files_with_matches",
        &["grep", "-l", "END", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_files_without_match",
        &["grep", "-L", "END", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_files_without_match_none_listed",
        &["grep", "-L", "foo", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_no_filename",
        &["grep", "-h", "foo", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_with_filename",
        &["grep", "-H", "dog", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_with_filename_standard_input",
        &["grep", "-Hn", "b"],
        "a\nb\nabc\n",
    ),
    case(
        "grep_extended_alternation",
        &["grep", "-E", "fox|dog", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_extended_groups_and_counts",
        &["grep", "-E", "(aaa|bbb) [ab]{3}", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_basic_interval_and_group",
        &["grep", "\\(a\\{3\\}\\) b", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_basic_alternation_extension",
        &["grep", "fox\\|lazy", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_basic_back_reference",
        &["grep", "\\([a-z]\\)\\1\\1", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_extended_back_reference",
        &["grep", "-E", "(aaa) bbb \\1", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_fixed_strings",
        &["grep", "-F", "a*b", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_fixed_strings_specials",
        &["grep", "-F", "a[b]c a\\b", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_fixed_ignore_case",
        &["grep", "-Fi", "FOO BAR", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_basic_dot_and_star",
        &["grep", "a.b a\\*b", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_anchors",
        &["grep", "^the\\|dog\\.$", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_empty_line", &["grep", "-n", "^$", "fixtures/grep-text.txt"], ""),
    case(
        "grep_bracket_classes",
        &["grep", "-E", "^[[:space:]]+[[:alpha:]]+", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_word_regexp", &["grep", "-w", "foo", "fixtures/grep-text.txt"], ""),
    case(
        "grep_word_regexp_shorter_match",
        &["grep", "-ow", "foo\\w*", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_word_regexp_later_match",
        &["grep", "-w", "bar", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_line_regexp",
        &["grep", "-x", "foo bar baz", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_line_regexp_pattern",
        &["grep", "-xE", "[a-z ]+", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching",
        &["grep", "-o", "[0-9][0-9]*", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching_numbered",
        &["grep", "-on", "[a-z]*@[a-z.]*", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching_case_insensitive",
        &["grep", "-oi", "the", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching_empty_matches_skipped",
        &["grep", "-o", "b*"],
        "abbc\nxyz\nbb\n",
    ),
    case(
        "grep_only_matching_inverted_prints_nothing",
        &["grep", "-ov", "zzz", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_several_patterns",
        &[
            "grep",
            "-e",
            "fox",
            "-e",
            "END",
            "fixtures/grep-text.txt",
            "fixtures/grep-more.txt",
        ],
        "",
    ),
    case(
        "grep_patterns_separated_by_newlines",
        &["grep", "fox\nstory", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_empty_pattern_matches_all", &["grep", "-c", ""], "a\n\nb\n"),
    case("grep_quiet_match", &["grep", "-q", "fox", "fixtures/grep-text.txt"], ""),
    case(
        "grep_quiet_no_match",
        &["grep", "-q", "zebra", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_quiet_match_despite_missing_file",
        &["grep", "-q", "fox", "fixtures/grep-nope", "fixtures/grep-text.txt"],
        "",
    ),
    case_with_stderr("grep_missing_file", &["grep", "foo", "fixtures/grep-nope"], ""),
    case_with_stderr(
        "grep_missing_file_and_match",
        &["grep", "foo", "fixtures/grep-nope", "fixtures/grep-more.txt"],
        "",
    ),
    case_with_stderr(
        "grep_no_messages",
        &["grep", "-s", "foo", "fixtures/grep-nope", "fixtures/grep-more.txt"],
        "",
    ),
    case_with_stderr(
        "grep_directory_without_recursion",
        &["grep", "apple", "fixtures/grep-tree"],
        "",
    ),
    case("grep_recursive", &["grep", "-r", "banana", "fixtures/grep-tree"], ""),
    case(
        "grep_recursive_nested",
        &["grep", "-rn", "cherry", "fixtures/grep-tree"],
        "",
    ),
    case(
        "grep_recursive_trailing_slash",
        &["grep", "-r", "cherry", "fixtures/grep-tree/"],
        "",
    ),
    case(
        "grep_recursive_count",
        &["grep", "-rc", "o", "fixtures/grep-tree-single"],
        "",
    ),
    case(
        "grep_recursive_without_names",
        &["grep", "-rh", "banana", "fixtures/grep-tree"],
        "",
    ),
    case(
        "grep_recursive_list_files",
        &["grep", "-rl", "cherry", "fixtures/grep-tree"],
        "",
    ),
    case(
        "grep_recursive_single_file_has_no_name",
        &["grep", "-r", "only", "fixtures/grep-tree-single/only.txt"],
        "",
    ),
    case(
        "grep_recursive_files_without_match",
        &["grep", "-rL", "zebra", "fixtures/grep-tree-single"],
        "",
    ),
    case_with_stderr(
        "grep_binary_file_matches",
        &["grep", "foo", "fixtures/grep-binary.dat"],
        "",
    ),
    case(
        "grep_binary_file_count",
        &["grep", "-c", "o", "fixtures/grep-binary.dat"],
        "",
    ),
    case(
        "grep_binary_file_nul_ends_lines",
        &["grep", "-c", "^zone", "fixtures/grep-binary.dat"],
        "",
    ),
    case(
        "grep_binary_file_listed",
        &[
            "grep",
            "-l",
            "zone",
            "fixtures/grep-binary.dat",
            "fixtures/grep-text.txt",
        ],
        "",
    ),
    case(
        "grep_last_line_without_newline",
        &["grep", "foo", "fixtures/grep-no-newline.txt"],
        "",
    ),
    case(
        "grep_standard_input_dash",
        &["grep", "-c", "x", "-", "fixtures/grep-more.txt"],
        "x\nxx\ny\n",
    ),
    case(
        "grep_options_after_operands",
        &["grep", "fox", "fixtures/grep-text.txt", "-n", "-i"],
        "",
    ),
    case("grep_double_dash_pattern", &["grep", "--", "-x"], "a-x\nb\n-xy\n"),
    case(
        "grep_long_options",
        &[
            "grep",
            "--ignore-case",
            "--line-number",
            "--regexp=end",
            "fixtures/grep-text.txt",
        ],
        "",
    ),
    case(
        "grep_long_option_abbreviation",
        &["grep", "--ignore", "--count", "FOX", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_color_never",
        &["grep", "--color=never", "fox", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_color_always",
        &[
            "grep",
            "--color=always",
            "-n",
            "o",
            "fixtures/grep-text.txt",
            "fixtures/grep-more.txt",
        ],
        "",
    ),
    case(
        "grep_color_always_only_matching",
        &[
            "grep",
            "--colour=always",
            "-o",
            "[0-9]+",
            "-E",
            "fixtures/grep-text.txt",
        ],
        "",
    ),
    case(
        "grep_color_always_list",
        &[
            "grep",
            "--color=always",
            "-c",
            "foo",
            "fixtures/grep-text.txt",
            "fixtures/grep-more.txt",
        ],
        "",
    ),
    case_with_stderr("grep_invalid_option", &["grep", "-k", "x"], ""),
    case_with_stderr("grep_unrecognized_long_option", &["grep", "--frobnicate", "x"], ""),
    case_with_stderr("grep_missing_option_argument", &["grep", "-e"], ""),
    case_with_stderr("grep_no_pattern", &["grep"], ""),
    case_with_stderr("grep_conflicting_matchers", &["grep", "-E", "-F", "x"], ""),
    case_with_stderr(
        "grep_unmatched_bracket",
        &["grep", "[abc", "fixtures/grep-text.txt"],
        "",
    ),
    case_with_stderr(
        "grep_unmatched_parenthesis",
        &["grep", "-E", "(ab", "fixtures/grep-text.txt"],
        "",
    ),
    case_with_stderr("grep_bad_class", &["grep", "[[:nope:]]", "fixtures/grep-text.txt"], ""),
    case_with_stderr(
        "grep_bad_back_reference",
        &["grep", "\\(a\\)\\2", "fixtures/grep-text.txt"],
        "",
    ),
    case_with_stderr(
        "grep_trailing_backslash",
        &["grep", "ab\\", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_word_regexp_punctuation",
        &["grep", "-ow", "a.b", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_count_only_matching_counts_lines",
        &["grep", "-co", "o", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_invert_files_without_match",
        &["grep", "-vL", "foo", "fixtures/grep-text.txt", "fixtures/grep-more.txt"],
        "",
    ),
    case(
        "grep_ignore_case_back_reference",
        &["grep", "-i", "\\(a\\)\\1"],
        "aA\nab\nBB\n",
    ),
    case(
        "grep_option_cluster_with_pattern",
        &["grep", "-nie", "FOX", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_extended_plus_and_question",
        &["grep", "-E", "x=[0-9]+; y=2?2", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching_longest",
        &["grep", "-o", "f.*o", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_only_matching_word_start",
        &["grep", "-o", "\\<b[a-z]*", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_quiet_with_count_prints_nothing",
        &["grep", "-qc", "foo", "fixtures/grep-text.txt"],
        "",
    ),
    case(
        "grep_line_regexp_fixed",
        &["grep", "-xF", "Foo Bar", "fixtures/grep-text.txt"],
        "",
    ),
    case("grep_word_regexp_empty_match", &["grep", "-cw", "x*"], " \nxy\nab cd\n"),
    case(
        "grep_big_file_count",
        &["grep", "-c", "e", "fixtures/files-big.txt"],
        "",
    ),
    case(
        "grep_tab_in_bracket",
        &["grep", "-c", "[[:blank:]]words"],
        "tab\twords\nno words\nnowords\n",
    ),
    case(
        "grep_no_ignore_case_overrides",
        &["grep", "-i", "--no-ignore-case", "the", "fixtures/grep-text.txt"],
        "",
    ),
    case_with_stderr(
        "grep_invert_empty_pattern_selects_nothing",
        &["grep", "-vc", "", "fixtures/grep-text.txt", "fixtures/grep-nope"],
        "",
    ),
];
