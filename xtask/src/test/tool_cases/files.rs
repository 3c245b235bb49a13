//! Cases of the system and file tools: env, date, uname, clear, basename,
//! dirname, which, stat, du, echo, ls, cp, rm, mkdir, mv, touch (`uptime`
//! reads clocks that differ between the two runs, so only its errors are
//! compared). The fixtures are `tests/fixtures/tools/files-*`.
//!
//! Ours works on an in-memory copy of the scratch root that it loads each
//! time, while GNU's changes the scratch root itself; so a case that creates
//! files writes them under `fixtures/files-scratch-<case>` (a name no other
//! case reads), a later case may look at what GNU's left there (ours loads
//! it, though not empty directories), and the last cases remove it all.

use crate::test::tool_tests::{case, case_with_stderr, ToolCase};

/// The cases of this group.
pub const CASES: &[ToolCase] = &[
    // basename
    case("basename_strips_directories", &["basename", "/usr/lib/file.txt"], ""),
    case("basename_strips_a_suffix", &["basename", "dir/file.txt", ".txt"], ""),
    case(
        "basename_keeps_a_name_that_is_only_the_suffix",
        &["basename", ".txt", ".txt"],
        "",
    ),
    case(
        "basename_ignores_trailing_slashes",
        &["basename", "a/b.txt//", ".txt"],
        "",
    ),
    case("basename_of_the_root", &["basename", "//"], ""),
    case("basename_of_nothing", &["basename", ""], ""),
    case(
        "basename_multiple_names",
        &["basename", "-a", "x/one", "y/two/", "three"],
        "",
    ),
    case(
        "basename_suffix_option",
        &["basename", "-s", ".c", "src/a.c", "b.c", "c.h"],
        "",
    ),
    case(
        "basename_long_suffix_option",
        &["basename", "--suffix=.c", "a.c", "b.c"],
        "",
    ),
    case("basename_zero_terminated", &["basename", "-z", "-a", "p/q", "r"], ""),
    case_with_stderr("basename_extra_operand", &["basename", "a", "b", "c"], ""),
    case_with_stderr("basename_missing_operand", &["basename"], ""),
    case_with_stderr("basename_invalid_option", &["basename", "-x", "a"], ""),
    // dirname
    case("dirname_of_a_path", &["dirname", "/usr/lib/file.txt"], ""),
    case(
        "dirname_of_several",
        &["dirname", "a/b", "c", "/d", "//e/f", "g/h//", "/", "//", ""],
        "",
    ),
    case("dirname_zero_terminated", &["dirname", "-z", "a/b", "c/d/e"], ""),
    case("dirname_option_after_a_name", &["dirname", "a/b", "-z"], ""),
    case_with_stderr("dirname_missing_operand", &["dirname"], ""),
    case_with_stderr("dirname_invalid_option", &["dirname", "-q", "a"], ""),
    // echo
    case("echo_no_newline", &["echo", "-n", "no", "newline"], ""),
    case(
        "echo_escapes",
        &["echo", "-e", "tab\\there\\nnew line\\\\ back\\a\\b\\e\\f\\v\\r|"],
        "",
    ),
    case(
        "echo_octal_and_hex_escapes",
        &["echo", "-e", "\\0101\\101\\x42\\x4a\\xz\\0\\q"],
        "",
    ),
    case(
        "echo_stops_at_backslash_c",
        &["echo", "-e", "before\\cafter", "more"],
        "",
    ),
    case("echo_escapes_off_by_default", &["echo", "a\\tb\\n"], ""),
    case("echo_capital_e_turns_escapes_off", &["echo", "-e", "-E", "a\\tb"], ""),
    case("echo_clustered_options", &["echo", "-ne", "x\\ty"], ""),
    case(
        "echo_a_word_that_is_not_an_option",
        &["echo", "-nx", "-", "--", "-n"],
        "",
    ),
    case("echo_trailing_backslash", &["echo", "-e", "end\\"], ""),
    // clear (the host's needs a terminal type: vt100's is what ours sends)
    case("clear_sends_home_and_erase", &["env", "TERM=vt100", "clear"], ""),
    case("clear_keep_scrollback", &["env", "TERM=vt100", "clear", "-x"], ""),
    // uname (WasmOS's own values: only the machine and the unknown ones match)
    case("uname_machine", &["uname", "-m"], ""),
    case("uname_processor_and_platform", &["uname", "-i", "-p"], ""),
    case_with_stderr("uname_extra_operand", &["uname", "-s", "extra"], ""),
    case_with_stderr("uname_invalid_option", &["uname", "-y"], ""),
    // env
    case("env_empty_environment", &["env", "-i"], ""),
    case("env_prints_assignments", &["env", "-i", "A=1", "B=two words"], ""),
    case(
        "env_reassignment_keeps_its_place",
        &["env", "-i", "A=1", "B=2", "A=3"],
        "",
    ),
    case("env_lone_dash_empties", &["env", "-", "X=y"], ""),
    case("env_null_terminated", &["env", "-i", "-0", "A=1", "B=2"], ""),
    case("env_unset_then_assign", &["env", "-i", "-u", "A", "A=kept"], ""),
    case("env_runs_a_command", &["env", "-i", "A=1", "echo", "hello", "-n"], ""),
    case("env_runs_env", &["env", "-i", "A=1", "env", "-i", "B=2", "C=3"], ""),
    case("env_passes_the_exit_status", &["env", "-i", "false"], ""),
    case(
        "env_in_a_directory",
        &["env", "-C", "fixtures/files-tree", "cat", "a.txt", "sub/c.txt"],
        "",
    ),
    case_with_stderr("env_command_not_found", &["env", "-i", "no-such-command"], ""),
    case_with_stderr(
        "env_directory_missing",
        &["env", "-C", "fixtures/no-such-dir", "true"],
        "",
    ),
    case_with_stderr("env_chdir_needs_a_command", &["env", "-C", "fixtures"], ""),
    case_with_stderr("env_null_with_a_command", &["env", "-0", "true"], ""),
    case_with_stderr("env_cannot_unset_an_assignment", &["env", "-u", "A=B", "true"], ""),
    case_with_stderr("env_invalid_option", &["env", "-x"], ""),
    case_with_stderr("env_missing_option_value", &["env", "-u"], ""),
    // date (at fixed times: the clocks of the two runs differ)
    case("date_default_format", &["date", "-d", "@0"], ""),
    case("date_universal_time", &["date", "-u", "-d", "@1700000000"], ""),
    case("date_before_1970", &["date", "-d", "@-86401"], ""),
    case("date_far_future", &["date", "-d", "@99999999999"], ""),
    case(
        "date_strftime_conversions",
        &[
            "date",
            "-d",
            "@1709210707",
            "+%Y-%m-%d %H:%M:%S %j %a %A %b %B %u %w %U %W %V %G %C %y %e %k %l %p %I %Z %z %s %%",
        ],
        "",
    ),
    case(
        "date_strftime_flags",
        &["date", "-d", "@1704171906", "+%-d|%_H|%^a|%#Z|%10s|%-m"],
        "",
    ),
    case("date_nanoseconds", &["date", "-d", "@1.25", "+%s.%N %3N %6N"], ""),
    case("date_negative_fraction", &["date", "-d", "@-1.5", "+%s.%N"], ""),
    case(
        "date_gnu_extensions",
        &["date", "-d", "@1700000000", "+%q %:z %::z %:::z"],
        "",
    ),
    case("date_calendar_date", &["date", "-d", "2024-02-29"], ""),
    case("date_calendar_date_and_time", &["date", "-d", "2024-02-29 13:45"], ""),
    case(
        "date_iso_time_in_utc",
        &["date", "-d", "2024-02-29T13:45:07Z", "+%s"],
        "",
    ),
    case("date_rfc_email", &["date", "-R", "-d", "@1700000000"], ""),
    case("date_iso_8601", &["date", "-I", "-d", "@1700000000"], ""),
    case("date_iso_8601_seconds", &["date", "-Iseconds", "-d", "@1700000000"], ""),
    case(
        "date_iso_8601_long_option",
        &["date", "--iso-8601=ns", "--date=@1700000000.5"],
        "",
    ),
    case(
        "date_rfc_3339",
        &["date", "--rfc-3339=seconds", "-d", "@1700000000"],
        "",
    ),
    case("date_only_literal_text", &["date", "+it is 100%% sure"], ""),
    case_with_stderr("date_invalid_date", &["date", "-d", "2024-02-30"], ""),
    case_with_stderr("date_not_a_date", &["date", "-d", "bogus"], ""),
    case_with_stderr("date_two_formats", &["date", "-R", "-d", "@0", "+%s"], ""),
    case_with_stderr("date_extra_operand", &["date", "+%s", "more"], ""),
    case_with_stderr("date_invalid_option", &["date", "-k"], ""),
    case_with_stderr(
        "date_reference_and_date",
        &["date", "-d", "@0", "-r", "fixtures/files-a.txt"],
        "",
    ),
    case_with_stderr("date_reference_missing", &["date", "-r", "fixtures/no-such-file"], ""),
    // uptime (the clocks differ: only its refusals)
    case("uptime_invalid_option", &["uptime", "-x"], ""),
    case("uptime_extra_operand", &["uptime", "extra"], ""),
    // which (names ending in .wasm exist under the same relative path for both)
    case("which_finds_a_path", &["which", "bin/cat.wasm"], ""),
    case("which_not_found", &["which", "no-such-program-anywhere"], ""),
    case("which_nothing_to_find", &["which"], ""),
    case("which_a_directory_is_no_program", &["which", "fixtures"], ""),
    case(
        "which_some_found",
        &["which", "-a", "bin/ls.wasm", "fixtures/no-such-file"],
        "",
    ),
    case(
        "which_searches_path",
        &["env", "PATH=/usr/bin:bin", "which", "-a", "ls.wasm", "cat.wasm"],
        "",
    ),
    // stat
    case(
        "stat_format",
        &[
            "stat",
            "-c",
            "%n %s %F %a %A %h",
            "fixtures/files-a.txt",
            "fixtures/files-big.txt",
        ],
        "",
    ),
    case("stat_empty_file", &["stat", "-c", "%F", "fixtures/files-empty.txt"], ""),
    case(
        "stat_directory",
        &["stat", "-c", "%n|%F|%a|%A", "fixtures/files-tree"],
        "",
    ),
    case("stat_device", &["stat", "-c", "%n %F %A", "/dev/null"], ""),
    case(
        "stat_quoted_name_and_raw_mode",
        &["stat", "-c", "%N %f %B %%", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "stat_widths_and_flags",
        &["stat", "-c", "[%10s][%-24n][%04a][%-6h][%j]", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "stat_printf_escapes",
        &[
            "stat",
            "--printf",
            "%n:\\t%s\\n",
            "fixtures/files-a.txt",
            "fixtures/files-b.txt",
        ],
        "",
    ),
    case(
        "stat_long_format_option",
        &["stat", "--format=%s", "fixtures/files-big.txt"],
        "",
    ),
    case_with_stderr(
        "stat_a_missing_file",
        &["stat", "fixtures/no-such-file", "fixtures/files-a.txt", "-c", "%n"],
        "",
    ),
    case_with_stderr("stat_missing_operand", &["stat"], ""),
    case_with_stderr("stat_format_needs_a_value", &["stat", "-c"], ""),
    // du (apparent sizes; directories differ: GNU's count their own blocks)
    case(
        "du_bytes",
        &["du", "-b", "fixtures/files-a.txt", "fixtures/files-big.txt"],
        "",
    ),
    case(
        "du_kibibytes_rounded_up",
        &[
            "du",
            "--apparent-size",
            "fixtures/files-big.txt",
            "fixtures/files-a.txt",
        ],
        "",
    ),
    case(
        "du_apparent_size",
        &["du", "--apparent-size", "-a", "fixtures/files-big.txt"],
        "",
    ),
    case(
        "du_human_readable",
        &[
            "du",
            "-h",
            "--apparent-size",
            "fixtures/files-big.txt",
            "fixtures/files-b.txt",
        ],
        "",
    ),
    case(
        "du_mebibytes",
        &["du", "-m", "--apparent-size", "fixtures/files-big.txt"],
        "",
    ),
    case("du_last_unit_wins", &["du", "-h", "-b", "fixtures/files-big.txt"], ""),
    case(
        "du_grand_total",
        &["du", "-bc", "fixtures/files-a.txt", "fixtures/files-b.txt"],
        "",
    ),
    case(
        "du_counts_a_file_once",
        &["du", "-b", "fixtures/files-a.txt", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "du_summarize_human",
        &["du", "-sh", "--apparent-size", "fixtures/files-empty.txt"],
        "",
    ),
    case("du_null_terminated", &["du", "-0b", "fixtures/files-a.txt"], ""),
    case_with_stderr("du_a_missing_file", &["du", "fixtures/no-such-file"], ""),
    case_with_stderr("du_summarize_and_all", &["du", "-s", "-a", "fixtures/files-a.txt"], ""),
    // ls
    case("ls_a_directory", &["ls", "fixtures/files-tree"], ""),
    case("ls_all", &["ls", "-a", "fixtures/files-tree"], ""),
    case("ls_almost_all", &["ls", "-A", "fixtures/files-tree"], ""),
    case("ls_one_per_line", &["ls", "-1", "fixtures/files-tree/sub"], ""),
    case("ls_recursive", &["ls", "-R", "fixtures/files-tree"], ""),
    case("ls_recursive_all", &["ls", "-Ra", "fixtures/files-deep"], ""),
    case("ls_recursive_reversed", &["ls", "-rR", "fixtures/files-tree"], ""),
    case(
        "ls_directories_themselves",
        &["ls", "-d", "fixtures/files-tree", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "ls_directory_option_wins_over_recursion",
        &["ls", "-dR", "fixtures/files-tree"],
        "",
    ),
    case(
        "ls_files_first_then_headed_directories",
        &[
            "ls",
            "fixtures/files-tree",
            "fixtures/files-deep",
            "fixtures/files-b.txt",
            "fixtures/files-a.txt",
        ],
        "",
    ),
    case("ls_reverse", &["ls", "-r", "fixtures/files-tree"], ""),
    case("ls_classify", &["ls", "-F", "fixtures/files-tree"], ""),
    case("ls_slash_after_directories", &["ls", "-p", "fixtures/files-tree"], ""),
    case_with_stderr(
        "ls_a_missing_operand",
        &["ls", "fixtures/no-such-file", "fixtures/files-a.txt"],
        "",
    ),
    case_with_stderr("ls_invalid_option", &["ls", "-j"], ""),
    case_with_stderr("ls_quotes_a_name_with_a_quote", &["ls", "fixtures/it's missing"], ""),
    case_with_stderr("rm_quotes_control_characters", &["rm", "fixtures/tab\there$'x"], ""),
    // env in a directory, with the host's ls on GNU's side
    case(
        "env_runs_ls_in_a_directory",
        &["env", "-C", "fixtures/files-tree", "ls"],
        "",
    ),
    // cp (the copies GNU's makes stay for the later cases; the last ones remove them)
    case(
        "cp_to_standard_output",
        &["cp", "fixtures/files-b.txt", "/dev/stdout"],
        "",
    ),
    case(
        "cp_verbose_a_file",
        &["cp", "-v", "fixtures/files-a.txt", "fixtures/files-scratch-cp-file"],
        "",
    ),
    case("cp_the_copy_is_there", &["cat", "fixtures/files-scratch-cp-file"], ""),
    case(
        "cp_no_clobber",
        &["cp", "-n", "fixtures/files-b.txt", "fixtures/files-scratch-cp-file"],
        "",
    ),
    case("cp_no_clobber_kept_it", &["cat", "fixtures/files-scratch-cp-file"], ""),
    case(
        "cp_force_verbose_overwrites",
        &["cp", "-fv", "fixtures/files-b.txt", "fixtures/files-scratch-cp-file"],
        "",
    ),
    case("cp_overwritten", &["cat", "fixtures/files-scratch-cp-file"], ""),
    case(
        "cp_recursive_verbose",
        &["cp", "-rv", "fixtures/files-deep", "fixtures/files-scratch-cp-deep"],
        "",
    ),
    case(
        "cp_recursive",
        &["cp", "-R", "fixtures/files-tree", "fixtures/files-scratch-cp-tree"],
        "",
    ),
    case(
        "cp_recursive_copy_listed",
        &["ls", "-AR", "fixtures/files-scratch-cp-tree"],
        "",
    ),
    case(
        "cp_several_into_a_directory",
        &[
            "cp",
            "-v",
            "fixtures/files-a.txt",
            "fixtures/files-b.txt",
            "fixtures/files-scratch-cp-tree/",
        ],
        "",
    ),
    case_with_stderr(
        "cp_a_directory_needs_r",
        &["cp", "fixtures/files-tree", "fixtures/files-scratch-cp-x"],
        "",
    ),
    case_with_stderr(
        "cp_a_missing_source",
        &["cp", "fixtures/no-such-file", "fixtures/files-scratch-cp-x"],
        "",
    ),
    case_with_stderr(
        "cp_onto_itself",
        &["cp", "fixtures/files-a.txt", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "cp_recursive_quietly",
        &["cp", "-r", "fixtures/files-deep", "fixtures/files-scratch-cp-self"],
        "",
    ),
    case_with_stderr(
        "cp_a_directory_into_itself",
        &[
            "cp",
            "-r",
            "fixtures/files-scratch-cp-self",
            "fixtures/files-scratch-cp-self/sub",
        ],
        "",
    ),
    case_with_stderr(
        "cp_a_directory_onto_a_file",
        &["cp", "-r", "fixtures/files-deep", "fixtures/files-a.txt"],
        "",
    ),
    case_with_stderr(
        "cp_target_not_a_directory",
        &[
            "cp",
            "fixtures/files-a.txt",
            "fixtures/files-b.txt",
            "fixtures/files-empty.txt",
        ],
        "",
    ),
    case_with_stderr(
        "cp_trailing_slash_on_a_new_file",
        &["cp", "fixtures/files-a.txt", "fixtures/files-scratch-cp-none/"],
        "",
    ),
    case_with_stderr("cp_missing_destination", &["cp", "fixtures/files-a.txt"], ""),
    case_with_stderr("cp_invalid_option", &["cp", "-j", "a", "b"], ""),
    // mkdir
    case(
        "mkdir_parents_verbose",
        &["mkdir", "-pv", "fixtures/files-scratch-mkdir/a/b"],
        "",
    ),
    case(
        "mkdir_verbose",
        &[
            "mkdir",
            "-v",
            "fixtures/files-scratch-mkdir-1",
            "fixtures/files-scratch-mkdir-2",
        ],
        "",
    ),
    case(
        "mkdir_parents_of_an_existing_directory",
        &["mkdir", "-p", "fixtures/files-tree/sub"],
        "",
    ),
    case_with_stderr("mkdir_existing", &["mkdir", "fixtures/files-tree"], ""),
    case_with_stderr("mkdir_missing_parent", &["mkdir", "fixtures/files-scratch-none/x"], ""),
    case_with_stderr(
        "mkdir_parents_through_a_file",
        &["mkdir", "-p", "fixtures/files-a.txt/x"],
        "",
    ),
    case_with_stderr("mkdir_missing_operand", &["mkdir"], ""),
    case_with_stderr("mkdir_invalid_option", &["mkdir", "-j", "x"], ""),
    // mv
    case(
        "mv_verbose_rename",
        &[
            "mv",
            "-v",
            "fixtures/files-scratch-cp-file",
            "fixtures/files-scratch-mv-file",
        ],
        "",
    ),
    case(
        "mv_no_clobber",
        &["mv", "-n", "fixtures/files-scratch-mv-file", "fixtures/files-a.txt"],
        "",
    ),
    case(
        "mv_force_verbose_into_a_directory",
        &[
            "mv",
            "-fv",
            "fixtures/files-scratch-mv-file",
            "fixtures/files-scratch-cp-tree/",
        ],
        "",
    ),
    case(
        "mv_the_moved_file",
        &["cat", "fixtures/files-scratch-cp-tree/files-scratch-mv-file"],
        "",
    ),
    case_with_stderr(
        "mv_a_missing_source",
        &["mv", "fixtures/no-such-file", "fixtures/files-scratch-mv-x"],
        "",
    ),
    case_with_stderr(
        "mv_onto_itself",
        &["mv", "fixtures/files-a.txt", "fixtures/files-a.txt"],
        "",
    ),
    case_with_stderr(
        "mv_into_its_own_subdirectory",
        &["mv", "fixtures/files-tree", "fixtures/files-tree/sub"],
        "",
    ),
    case_with_stderr(
        "mv_a_directory_onto_a_file",
        &["mv", "fixtures/files-deep", "fixtures/files-a.txt"],
        "",
    ),
    case_with_stderr(
        "mv_target_not_a_directory",
        &[
            "mv",
            "fixtures/files-a.txt",
            "fixtures/files-b.txt",
            "fixtures/files-empty.txt",
        ],
        "",
    ),
    case_with_stderr("mv_missing_operand", &["mv"], ""),
    // touch
    case("touch_creates", &["touch", "fixtures/files-scratch-touched"], ""),
    case(
        "touch_created_an_empty_file",
        &["stat", "-c", "%n: %F", "fixtures/files-scratch-touched"],
        "",
    ),
    case(
        "touch_an_existing_file",
        &["touch", "-c", "fixtures/files-scratch-touched", "fixtures/files-tree"],
        "",
    ),
    case(
        "touch_no_create",
        &["touch", "-c", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_no_create_created_nothing",
        &["ls", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_in_a_missing_directory",
        &["touch", "fixtures/files-scratch-none/x"],
        "",
    ),
    case_with_stderr("touch_missing_operand", &["touch"], ""),
    // touch's times, read back by stat in the same run (through the shell:
    // ours keeps what a command changed only until it ends)
    case(
        "touch_date_sets_the_time",
        &[
            "sh",
            "-c",
            "touch -d '2001-02-03 04:05:06.5' fixtures/files-scratch-touch-dated && stat -c '%n %y' fixtures/files-scratch-touch-dated",
        ],
        "",
    ),
    case(
        "touch_stamp_sets_the_time",
        &[
            "sh",
            "-c",
            "touch -t 200102030405.06 fixtures/files-scratch-touch-stamped && touch -t 6901010000 fixtures/files-scratch-touch-stamped-1969 && stat -c '%n %y' fixtures/files-scratch-touch-stamped fixtures/files-scratch-touch-stamped-1969",
        ],
        "",
    ),
    case(
        "touch_reference_copies_the_times",
        &[
            "sh",
            "-c",
            "touch -d @1234567890 fixtures/files-scratch-touch-reference && touch -r fixtures/files-scratch-touch-reference fixtures/files-scratch-touch-referring && stat -c '%n %y' fixtures/files-scratch-touch-referring",
        ],
        "",
    ),
    case(
        "touch_access_only_keeps_the_modification_time",
        &[
            "sh",
            "-c",
            "touch -d '2020-01-01T00:00:00Z' fixtures/files-scratch-touch-modified && touch -a -d 1999-01-01 fixtures/files-scratch-touch-modified && touch --time=access -t 199901010000 fixtures/files-scratch-touch-modified && stat -c '%n %y' fixtures/files-scratch-touch-modified && touch -m --date='2010-10-10 10:10 +0200' fixtures/files-scratch-touch-modified && stat -c '%n %y' fixtures/files-scratch-touch-modified",
        ],
        "",
    ),
    case_with_stderr(
        "touch_bad_date",
        &["touch", "-d", "garbage", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_bad_stamp",
        &["touch", "-t", "2001", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_missing_reference",
        &["touch", "-r", "fixtures/files-scratch-none", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_two_sources",
        &["touch", "-d", "2001-01-01", "-t", "200101010000", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_bad_time_word",
        &["touch", "--time=bogus", "fixtures/files-scratch-touch-none"],
        "",
    ),
    case_with_stderr(
        "touch_date_without_argument",
        &["touch", "-d"],
        "",
    ),
    case_with_stderr(
        "touch_created_nothing_on_errors",
        &["ls", "fixtures/files-scratch-touch-none"],
        "",
    ),
    // rm (last: it also removes what the cases above left)
    case(
        "rm_verbose",
        &[
            "rm",
            "-v",
            "fixtures/files-scratch-cp-tree/files-a.txt",
            "fixtures/files-scratch-cp-tree/files-b.txt",
        ],
        "",
    ),
    case(
        "rm_recursive_verbose",
        &["rm", "-rv", "fixtures/files-scratch-cp-deep"],
        "",
    ),
    case(
        "rm_force_ignores_missing",
        &["rm", "-f", "fixtures/files-scratch-none"],
        "",
    ),
    case("rm_force_needs_no_operand", &["rm", "-f"], ""),
    case_with_stderr("rm_a_missing_file", &["rm", "fixtures/files-scratch-none"], ""),
    case_with_stderr("rm_a_directory_needs_r", &["rm", "fixtures/files-tree"], ""),
    case_with_stderr("rm_dir_only_empty_ones", &["rm", "-d", "fixtures/files-tree"], ""),
    case_with_stderr("rm_refuses_dot_dot", &["rm", "-r", "fixtures/files-tree/sub/.."], ""),
    case_with_stderr("rm_missing_operand", &["rm"], ""),
    case_with_stderr("rm_invalid_option", &["rm", "-j", "x"], ""),
    case(
        "rm_removes_the_scratch_files",
        &[
            "rm",
            "-rf",
            "fixtures/files-scratch-cp-tree",
            "fixtures/files-scratch-cp-deep",
            "fixtures/files-scratch-cp-self",
            "fixtures/files-scratch-cp-file",
            "fixtures/files-scratch-mv-file",
            "fixtures/files-scratch-mkdir",
            "fixtures/files-scratch-mkdir-1",
            "fixtures/files-scratch-mkdir-2",
            "fixtures/files-scratch-touched",
            "fixtures/files-scratch-touch-dated",
            "fixtures/files-scratch-touch-stamped",
            "fixtures/files-scratch-touch-stamped-1969",
            "fixtures/files-scratch-touch-reference",
            "fixtures/files-scratch-touch-referring",
            "fixtures/files-scratch-touch-modified",
        ],
        "",
    ),
    case(
        "rm_left_only_the_fixtures",
        &["ls", "-d", "fixtures/files-tree", "fixtures/files-scratch-cp-tree"],
        "",
    ),
];
