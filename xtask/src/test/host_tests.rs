//! The fast test levels: `cargo test` of everything host-testable, and every
//! app run on Linux through the kernel's own code (the host runner).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use anyhow::{bail, Context, Result};

use crate::build::runner;
use crate::test::report::Results;
use crate::test::Step;
use crate::util::process;

/// Sums the `test result:` lines of `cargo test` output.
fn count_results(output: &str) -> (usize, usize) {
    let mut passed = 0;
    let mut failed = 0;
    for line in output.lines().filter(|line| line.starts_with("test result:")) {
        let number_before = |word: &str| {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1))
                .and_then(|number| number.parse::<usize>().ok())
                .unwrap_or(0)
        };
        passed += number_before("passed");
        failed += number_before("failed");
    }
    (passed, failed)
}

fn cargo_test(results: &mut Results, name: &str, arguments: &[&str]) {
    let root = crate::root();
    match process::capture(Command::new("cargo").arg("test").args(arguments).current_dir(&root)) {
        Ok(output) => {
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
            let (passed, failed) = count_results(&text);
            if output.status.success() && passed > 0 {
                results.record_counts(name, passed, failed, "");
            } else {
                results.record_counts(name, passed, failed.max(1), &text);
            }
        }
        Err(error) => results.record(name, Err(error)),
    }
}

/// `cargo test` of the kernel core, the host runner, xtask and the Rust stdlib.
pub fn unit_steps() -> Vec<Step> {
    vec![
        Step::new("cargo test (workspace)", |results| {
            cargo_test(
                results,
                "cargo test (kernel core, host runner, xtask)",
                &["--workspace", "--quiet"],
            )
        }),
        Step::new("cargo test (stdlib/rust)", |results| {
            cargo_test(
                results,
                "cargo test (stdlib/rust)",
                &["--quiet", "--manifest-path", "stdlib/rust/Cargo.toml"],
            )
        }),
    ]
}

/// One app run on the host runner and what it must do.
pub struct AppCase {
    /// The check's name.
    pub name: &'static str,
    /// Arguments to the runner (app name first).
    pub arguments: &'static [&'static str],
    /// Standard input.
    pub input: &'static str,
    /// Texts the output must contain, in order.
    pub expected: &'static [&'static str],
    /// Texts the output must not contain.
    pub unexpected: &'static [&'static str],
    /// The exit status.
    pub status: i32,
}

const fn case(
    name: &'static str,
    arguments: &'static [&'static str],
    input: &'static str,
    expected: &'static [&'static str],
    status: i32,
) -> AppCase {
    AppCase {
        name,
        arguments,
        input,
        expected,
        unexpected: &[],
        status,
    }
}

/// Twenty background jobs started on one line, each sleeping 310-500 ms and
/// then writing its file; `wait` for all, then every file read back (on the
/// host runner and in QEMU).
#[macro_export]
macro_rules! twenty_jobs {
    () => {
        "/tests/sleep-write.wasm 310 /tmp/j1 job1 & /tests/sleep-write.wasm 320 /tmp/j2 job2 & /tests/sleep-write.wasm 330 /tmp/j3 job3 & /tests/sleep-write.wasm 340 /tmp/j4 job4 & /tests/sleep-write.wasm 350 /tmp/j5 job5 & /tests/sleep-write.wasm 360 /tmp/j6 job6 & /tests/sleep-write.wasm 370 /tmp/j7 job7 & /tests/sleep-write.wasm 380 /tmp/j8 job8 & /tests/sleep-write.wasm 390 /tmp/j9 job9 & /tests/sleep-write.wasm 400 /tmp/j10 job10 & /tests/sleep-write.wasm 410 /tmp/j11 job11 & /tests/sleep-write.wasm 420 /tmp/j12 job12 & /tests/sleep-write.wasm 430 /tmp/j13 job13 & /tests/sleep-write.wasm 440 /tmp/j14 job14 & /tests/sleep-write.wasm 450 /tmp/j15 job15 & /tests/sleep-write.wasm 460 /tmp/j16 job16 & /tests/sleep-write.wasm 470 /tmp/j17 job17 & /tests/sleep-write.wasm 480 /tmp/j18 job18 & /tests/sleep-write.wasm 490 /tmp/j19 job19 & /tests/sleep-write.wasm 500 /tmp/j20 job20 & wait; echo st=$?; cat /tmp/j1 /tmp/j2 /tmp/j3 /tmp/j4 /tmp/j5 /tmp/j6 /tmp/j7 /tmp/j8 /tmp/j9 /tmp/j10 /tmp/j11 /tmp/j12 /tmp/j13 /tmp/j14 /tmp/j15 /tmp/j16 /tmp/j17 /tmp/j18 /tmp/j19 /tmp/j20; rm /tmp/j1 /tmp/j2 /tmp/j3 /tmp/j4 /tmp/j5 /tmp/j6 /tmp/j7 /tmp/j8 /tmp/j9 /tmp/j10 /tmp/j11 /tmp/j12 /tmp/j13 /tmp/j14 /tmp/j15 /tmp/j16 /tmp/j17 /tmp/j18 /tmp/j19 /tmp/j20"
    };
}

/// The expected output of [`twenty_jobs!`].
pub const TWENTY_JOBS_OUTPUT: &[&str] = &[
    "st=0\n", "job1\n", "job2\n", "job3\n", "job4\n", "job5\n", "job6\n", "job7\n", "job8\n", "job9\n", "job10\n",
    "job11\n", "job12\n", "job13\n", "job14\n", "job15\n", "job16\n", "job17\n", "job18\n", "job19\n", "job20\n",
];

/// The app cases shared by the host runner and (through the shell) QEMU.
pub const APP_CASES: &[AppCase] = &[
    case("helloworld_c_prints_its_greeting", &["helloworld-c"], "", &["Hello, world from C!\n"], 0),
    case("helloworld_cpp_prints_its_greeting", &["helloworld-cpp"], "", &["Hello, world from C++!\n"], 0),
    case("helloworld_rs_prints_its_greeting", &["helloworld-rs"], "", &["Hello, world from Rust!\n"], 0),
    case("helloworld_as_prints_its_greeting", &["helloworld-as"], "", &["Hello, world from AssemblyScript!\n"], 0),
    case("echo_prints_its_arguments", &["echo", "one", "two  three"], "", &["one two  three\n"], 0),
    case("cat_prints_the_motd", &["cat", "/etc/motd"], "", &["Welcome to WasmOS"], 0),
    case("cat_copies_standard_input", &["cat"], "line one\nline two\n", &["line one\nline two\n"], 0),
    case("cat_reports_a_missing_file", &["cat", "/nope"], "", &["/nope: No such file or directory"], 1),
    case("ls_lists_bin", &["ls", "/bin"], "", &["cli.wasm", "helloworld-c.wasm"], 0),
    case("ls_long_shows_kinds_and_sizes", &["ls", "-l", "/"], "", &["d", "bin", "dev", "etc"], 0),
    case("wc_counts_lines_words_bytes", &["wc"], "a b\nc\n", &["2", "3", "6"], 0),
    case("hexdump_shows_offsets_bytes_and_text", &["hexdump", "/etc/motd"], "", &["00000000  57 65 6c 63 6f 6d 65", "|Welcome"], 0),
    case("exitcode_sets_the_status", &["/tests/exitcode.wasm", "3"], "", &[], 3),
    case("fib_prints_large_numbers", &["fib", "60"], "", &["956722026041\n"], 0),
    case("rust_std_test_passes", &["/tests/rust-std-test.wasm"], "", &["all passed"], 0),
    case("alloc_demo_passes_its_checks", &["alloc-demo"], "", &["all 21 checks passed"], 0),
    case("lld_test_formats_64_bit_integers", &["/tests/lld-test.wasm"], "", &["all 41 cases passed"], 0),
    case("sysinfo_shows_clocks_and_memory", &["sysinfo"], "", &["time since boot:", "date and time:", "HeapUsed:"], 0),
    case("lua_runs_a_script", &["lua", "/lua/fib.lua"], "", &["7540113804746346429"], 0),
    case("lua_prompt_survives_errors", &["lua"], "error(\"x\")\nprint(\"after\")\n", &["stdin:1: x", "after"], 0),
    case("vec_test_cpp_passes", &["/tests/vec-test-cpp.wasm"], "", &[], 0),
    case("collatz_runs", &["collatz", "10000"], "", &[], 0),
    case("cpp_std_test_passes", &["/tests/cpp-std-test.wasm"], "", &["all passed"], 0),
    case("as_std_test_passes", &["/tests/as-std-test.wasm"], "", &["all passed"], 0),
    case(
        "pipeline_stages_run_concurrently_and_stream",
        &["cli"],
        "yes | head -3\nyes | head -n 100000 | wc -l\ncat /etc/motd | cat | wc -c > /tmp/n\ncat /tmp/n\nexit\n",
        &["y\ny\ny\n", "100000\n"],
        0,
    ),
    case(
        "background_jobs_are_waited_for_and_killed",
        &["cli"],
        "sleep 1 &\nsleep 100 &\necho bg=$!\nkill %2\nwait %2\necho killed=$?\nwait\necho after=$?\njobs\nexit\n",
        &["[1] ", "[2] ", "bg=", "killed=143", "after=0"],
        0,
    ),
    case(
        "kv_service_serves_two_concurrent_clients",
        &["cli"],
        "kvd &\nkv set greeting hello\nkv get greeting\nkv fill a 500 &\nkv fill b 500 &\nwait %2 %3\nkv check a 500\nkv check b 500\nkill %1\nwait %1\nkv get greeting\nexit\n",
        &["hello\n", "checked 500 keys, 0 wrong", "checked 500 keys, 0 wrong", "the kv service is not running"],
        0,
    ),
    case(
        "the_process_limit_stops_a_spawn_flood_and_the_shell_answers",
        &["cli"],
        "ulimit -u 4\nsleep 1 &\nsleep 1 &\nsleep 1 &\nsleep 1 &\nwait\necho alive\nexit\n",
        &["Resource temporarily unavailable", "alive\n"],
        0,
    ),
    // The bytes of `yes ... | head -c 4194304`, checksummed by GNU cksum: 3147951758.
    case(
        "a_three_stage_pipeline_over_4_mib_is_byte_exact",
        &["cli"],
        "yes 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ | head -c 4194304 > /tmp/big\ncksum /tmp/big\ncat /tmp/big | cat | cksum\nexit\n",
        &["3147951758 4194304 /tmp/big\n", "3147951758 4194304\n"],
        0,
    ),
    case(
        "twenty_background_jobs_each_sleep_and_write_their_file",
        &["cli"],
        concat!(twenty_jobs!(), "\nexit\n"),
        TWENTY_JOBS_OUTPUT,
        0,
    ),
    case(
        "a_recursive_spawn_bomb_is_stopped_and_the_shell_answers",
        &["cli"],
        "/tests/spawn-bomb.wasm\necho status=$?\necho alive\nexit\n",
        &["then the process limit refused more (EAGAIN)", "status=0\n", "alive\n"],
        0,
    ),
    case(
        "a_runaway_loop_in_a_background_pcall_is_preempted_and_killed",
        &["cli"],
        "lua -e \"pcall(function() while true do end end)\" &\necho alive\nkill %1; wait %1; echo st=$?\nexit\n",
        &["alive\n", "st=143\n"],
        0,
    ),
    case(
        "a_process_killed_inside_a_protected_call_ends_by_the_signal",
        &["/tests/kill-protected.wasm"],
        "",
        &["killed inside a protected call by signal 9\n"],
        0,
    ),
    case(
        "tail_f_follows_an_append_and_a_rewrite",
        &["/tests/tail-follow.wasm"],
        "",
        &["tail -f followed an append and a rewrite: one\ntwo\nthree\n"],
        0,
    ),
    case(
        "top_shows_processes_with_their_cpu_share",
        &["cli"],
        "sleep 3 &\ntop -b -n 1\nkill %1\nexit\n",
        &["processes:", "%CPU", "top -b -n 1", "sleep 3"],
        0,
    ),
    case(
        "ps_lists_the_shell_and_its_jobs",
        &["cli"],
        "sleep 5 &\nps\nkill %1\nexit\n",
        &["PID", "cli", "sleep 5", "ps"],
        0,
    ),
    case(
        "shell_runs_commands_redirections_and_keeps_status",
        &["cli"],
        "echo hi > /tmp/f\ncat /tmp/f\n/tests/exitcode.wasm 5\necho status $?\necho more >> /tmp/f\nwc < /tmp/f\nnosuchapp\ncd /etc\npwd\nexit\n",
        &["hi\n", "status 5", "2", "nosuchapp: command not found", "/etc\n"],
        0,
    ),
];

/// Runs one case on the host runner; returns an error describing any mismatch.
pub fn run_case(runner: &Path, case: &AppCase) -> Result<()> {
    run_arguments(
        runner,
        case.arguments,
        case.input,
        case.expected,
        case.unexpected,
        case.status,
    )
}

/// Runs the host runner with `arguments` and `input`, and checks its output and status.
pub fn run_arguments(
    runner: &Path,
    arguments: &[&str],
    input: &str,
    expected: &[&str],
    unexpected: &[&str],
    expected_status: i32,
) -> Result<()> {
    // The runner keeps the app's stderr apart; here it shares the stdout pipe,
    // as on a terminal, so expected texts from both appear in order.
    let mut command = Command::new("sh");
    command
        .args(["-c", "exec \"$0\" \"$@\" 2>&1"])
        .arg(runner)
        .args(arguments);
    let output = process::capture_with_input(&mut command, input, Duration::from_secs(60))?;
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let status = output.status.code().unwrap_or(-1);
    check_output(&text, expected, unexpected)?;
    if status != expected_status {
        bail!("exit status {status}, expected {expected_status}; output:\n{text}");
    }
    Ok(())
}

/// Checks that `expected` texts appear in order and `unexpected` ones do not.
pub fn check_output(text: &str, expected: &[&str], unexpected: &[&str]) -> Result<()> {
    let mut rest = text;
    for needle in expected {
        match rest.find(needle) {
            Some(position) => rest = &rest[position + needle.len()..],
            None => bail!("missing {needle:?} in output:\n{text}"),
        }
    }
    for needle in unexpected {
        if text.contains(needle) {
            bail!("unexpected {needle:?} in output:\n{text}");
        }
    }
    Ok(())
}

/// Runs `workload` (`bench/workloads/<workload>`) as Wasm on the host runner
/// and as the same C source compiled natively by the host's gcc
/// (`bench/build-native.sh`), both with `arguments` (words split at spaces),
/// and checks they print the same result line, so the benchmark times correct work.
fn bench_workload_matches_native(runner: &Path, workload: &str, arguments: &str) -> Result<()> {
    let root = crate::root();
    let directory = root.join("target/test-native");
    let built = Command::new("sh")
        .arg(root.join("bench/build-native.sh"))
        .arg(&directory)
        .arg(workload)
        .env("CFLAGS", "-O2 -Wall -Wextra -Werror")
        .output()
        .context("cannot run bench/build-native.sh")?;
    if !built.status.success() {
        bail!("the native build failed:\n{}", String::from_utf8_lossy(&built.stderr));
    }
    let native = Command::new(directory.join(workload))
        .args(arguments.split_whitespace())
        .output()
        .context("cannot run the native build")?;
    let expected = String::from_utf8_lossy(&native.stdout).into_owned();
    if !native.status.success() || expected.trim().is_empty() {
        bail!("the native build failed ({}): {expected}", native.status);
    }
    let module = format!("/bench/{workload}.wasm");
    let command_line: Vec<&str> = std::iter::once(module.as_str())
        .chain(arguments.split_whitespace())
        .collect();
    run_arguments(runner, &command_line, "", &[expected.as_str()], &[], 0)
}

/// The host runner, built; a failure to build it is recorded.
fn built_runner(results: &mut Results) -> Option<PathBuf> {
    match runner::build() {
        Ok(runner) => Some(runner),
        Err(error) => {
            results.record("host_runner_builds", Err(error));
            None
        }
    }
}

/// Runs every app case on the host runner.
fn app_cases(results: &mut Results) {
    let Some(runner) = built_runner(results) else {
        return;
    };
    for case in APP_CASES {
        results.record(&format!("host: {}", case.name), run_case(&runner, case));
    }
}

/// Checks each benchmark workload's result against its native build.
fn workloads_match_native(results: &mut Results) {
    let Some(runner) = built_runner(results) else {
        return;
    };
    for (workload, arguments) in crate::commands::bench::native_workloads() {
        results.record(
            &format!("host: bench_{workload}_matches_its_native_build"),
            bench_workload_matches_native(&runner, &workload, &arguments),
        );
    }
}

/// The adversarial suite: it runs here first (fast), then in QEMU.
fn hostile_modules(results: &mut Results) {
    let Some(runner) = built_runner(results) else {
        return;
    };
    for hostile in crate::test::robustness_tests::HOSTILE {
        let arguments: Vec<&str> = hostile.command.split_whitespace().collect();
        let outcome = run_arguments(&runner, &arguments, "", &[hostile.expected], &[], hostile.status);
        results.record(&format!("host hostile: {}", hostile.command), outcome);
    }
}

/// The host runner's steps: the app cases, the workloads against their native
/// builds, the hostile modules.
pub fn app_steps() -> Vec<Step> {
    vec![
        Step::new("host: app cases", app_cases),
        Step::new("host: workloads against native builds", workloads_match_native),
        Step::new("host: hostile modules", hostile_modules),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_test_counts_are_summed() {
        let output =
            "test result: ok. 12 passed; 0 failed; 1 ignored\ntest result: FAILED. 3 passed; 2 failed; 0 ignored\n";
        assert_eq!(count_results(output), (15, 2));
    }

    #[test]
    fn expected_texts_must_appear_in_order() {
        assert!(check_output("a b c", &["a", "c"], &[]).is_ok());
        assert!(check_output("a b c", &["c", "a"], &[]).is_err());
        assert!(check_output("a b c", &[], &["b"]).is_err());
    }
}
