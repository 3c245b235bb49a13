//! The C library checked against the host's: every `stdlib/c/tests/*.c` (and
//! `stdlib/cpp/tests/*.cpp`) is built with the host's gcc/g++ and with our
//! toolchain, both are run, and their output and exit status must be equal.
//! WasmOS-only tests (`stdlib/c/tests/wasmos/*.c`) and the Lua example
//! scripts (`rootfs/lua/*.lua`, run as `lua /lua/<name>.lua`, or as
//! `lua -i /lua/<name>.lua` fed `<name>.input` when that file exists) are
//! compared with a `.expected` file instead, whose last line may be
//! `exit status N`.
//! Builds are incremental, so a second run only runs the programs.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::build::apps::clang;
use crate::build::runner;
use crate::test::report::Results;
use crate::test::Step;
use crate::util::files::{self, create_directory, files_in};
use crate::util::{process, progress};

/// How long one program may run.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// Where the host binaries, our modules and the scratch folders go.
fn work_directory() -> PathBuf {
    crate::root().join("target/libc-tests")
}

/// What a program printed (standard output and error together) and its exit status.
#[derive(Debug, PartialEq, Eq)]
struct Run {
    output: String,
    status: i32,
}

/// Runs `command` with `input` on standard input, within `TIME_LIMIT`.
fn run_captured(command: &mut Command, input: &[u8]) -> Result<Run> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {command:?}"))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let error_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stderr.read_to_end(&mut bytes);
        bytes
    });
    let deadline = Instant::now() + TIME_LIMIT;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            bail!("did not finish within {} s", TIME_LIMIT.as_secs());
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let _ = writer.join();
    let mut output = out_reader.join().unwrap_or_default();
    output.extend(error_reader.join().unwrap_or_default());
    Ok(Run {
        output: String::from_utf8_lossy(&output).into_owned(),
        status: status.code().unwrap_or(-1),
    })
}

/// A short description of where `actual` departs from `expected`.
fn difference(expected: &str, actual: &str) -> String {
    let expected_lines: Vec<&str> = expected.lines().collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let first = expected_lines
        .iter()
        .zip(&actual_lines)
        .position(|(left, right)| left != right)
        .unwrap_or(expected_lines.len().min(actual_lines.len()));
    let mut text = format!(
        "output differs from line {} ({} lines expected, {} got):\n",
        first + 1,
        expected_lines.len(),
        actual_lines.len()
    );
    let start = first.saturating_sub(2);
    for index in start..(first + 6).min(expected_lines.len().max(actual_lines.len())) {
        let left = expected_lines.get(index).copied();
        let right = actual_lines.get(index).copied();
        if left == right {
            text.push_str(&format!("  {}\n", left.unwrap_or("")));
        } else {
            if let Some(left) = left {
                text.push_str(&format!("- {left}\n"));
            }
            if let Some(right) = right {
                text.push_str(&format!("+ {right}\n"));
            }
        }
    }
    text
}

/// Passes when `actual` equals `expected`; the error shows the difference.
fn compare(expected: &Run, actual: &Run) -> Result<()> {
    let mut problems = Vec::new();
    if expected.output != actual.output {
        problems.push(difference(&expected.output, &actual.output));
    }
    if expected.status != actual.status {
        problems.push(format!("exit status {}, expected {}", actual.status, expected.status));
    }
    if !problems.is_empty() {
        bail!("{}", problems.join("\n"));
    }
    Ok(())
}

/// Builds `source` with the host's compiler into `target/libc-tests/host/`,
/// unless the binary is newer than the source.
fn build_host(source: &Path, cpp: bool) -> Result<PathBuf> {
    let directory = work_directory().join("host");
    create_directory(&directory)?;
    let stem = source.file_stem().unwrap_or_default().to_string_lossy();
    let binary = directory.join(stem.as_ref());
    if files::modified(&binary) >= files::modified(source) && binary.is_file() {
        return Ok(binary);
    }
    let mut command = if cpp {
        let mut command = Command::new("g++");
        command.arg("-std=c++17");
        command
    } else {
        let mut command = Command::new("gcc");
        command.arg("-std=c11");
        command
    };
    let output = process::capture(command.args(["-O2", "-o"]).arg(&binary).arg(source).arg("-lm"))?;
    if !output.status.success() {
        bail!("the host compiler failed:\n{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok(binary)
}

/// Builds `source` with our toolchain into `target/libc-tests/wasm/<stem>.wasm`.
fn build_wasm(source: &Path) -> Result<PathBuf> {
    let stem = source.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let directory = work_directory().join("wasm");
    let module = directory.join(format!("{stem}.wasm"));
    clang::build_program(
        &[source.to_path_buf()],
        &[],
        &directory.join("objects").join(&stem),
        &module,
    )?;
    Ok(module)
}

/// A fresh, empty folder for a host test to create its files in.
fn scratch_directory(stem: &str) -> Result<PathBuf> {
    let directory = work_directory().join("scratch").join(stem);
    let _ = std::fs::remove_dir_all(&directory);
    create_directory(&directory)?;
    Ok(directory)
}

/// The host binary's run. Its stdout is line-buffered and shares one pipe
/// with stderr, as on the WasmOS console, so the two interleave alike.
fn run_host(binary: &Path, stem: &str) -> Result<Run> {
    let directory = scratch_directory(stem)?;
    run_captured(
        Command::new("sh")
            .args(["-c", "exec stdbuf -oL \"$0\" 2>&1"])
            .arg(binary)
            .current_dir(directory),
        b"",
    )
}

/// Our module's run on the host runner, its stderr (which the runner keeps
/// apart) sharing the pipe of its stdout, as for the host binary.
fn run_wasm(runner: &Path, module: &Path, arguments: &[&str], input: &[u8]) -> Result<Run> {
    run_captured(
        Command::new("sh")
            .args(["-c", "exec \"$0\" \"$@\" 2>&1"])
            .arg(runner)
            .arg(module)
            .args(arguments),
        input,
    )
}

/// Builds one test both ways and compares the runs.
fn compare_with_host(runner: &Path, source: &Path, cpp: bool) -> Result<()> {
    let stem = source.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let host = run_host(&build_host(source, cpp)?, &stem)?;
    let ours = run_wasm(runner, &build_wasm(source)?, &[], b"")?;
    compare(&host, &ours)
}

/// Reads the `.expected` file next to `file`: the output, and the exit status
/// from a last line `exit status N` when the status should not be 0.
fn expected_run(file: &Path) -> Result<Run> {
    let expected = file.with_extension("expected");
    let text = std::fs::read_to_string(&expected).with_context(|| format!("reading {}", expected.display()))?;
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let status = match lines
        .last()
        .and_then(|line| line.trim_end().strip_prefix("exit status "))
    {
        Some(number) => {
            let status = number
                .parse()
                .with_context(|| format!("{}: bad exit status line", expected.display()))?;
            lines.pop();
            status
        }
        None => 0,
    };
    Ok(Run {
        output: lines.concat(),
        status,
    })
}

/// Runs every case, reporting each through `record`.
fn run_cases(results: &mut Results) {
    let root = crate::root();
    progress::println("== C and C++ libraries against gcc/g++, Lua scripts");
    let runner = match runner::build() {
        Ok(runner) => runner,
        Err(error) => return results.record("libc tests: host runner builds", Err(error)),
    };
    for (directory, extension, cpp) in [("stdlib/c/tests", ".c", false), ("stdlib/cpp/tests", ".cpp", true)] {
        for source in files_in(&root.join(directory), extension) {
            let stem = source.file_stem().unwrap_or_default().to_string_lossy().into_owned();
            let name = format!("libc: {stem} matches the host's {}", if cpp { "g++" } else { "gcc" });
            results.record(&name, compare_with_host(&runner, &source, cpp));
        }
    }
    for source in files_in(&root.join("stdlib/c/tests/wasmos"), ".c") {
        let stem = source.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let outcome = build_wasm(&source)
            .and_then(|module| run_wasm(&runner, &module, &[], b""))
            .and_then(|ours| compare(&expected_run(&source)?, &ours));
        results.record(&format!("libc: {stem} prints what it should"), outcome);
    }
    for script in files_in(&root.join("rootfs/lua"), ".lua") {
        if !script.with_extension("expected").is_file() {
            continue;
        }
        let stem = script.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        let virtual_path = format!("/lua/{stem}.lua");
        // A script with a `.input` file runs with `-i`: the prompt reads the input after it.
        let input = std::fs::read(script.with_extension("input")).ok();
        let arguments: &[&str] = if input.is_some() {
            &["-i", &virtual_path]
        } else {
            &[&virtual_path]
        };
        let outcome = run_wasm(&runner, Path::new("lua"), arguments, &input.unwrap_or_default())
            .and_then(|ours| compare(&expected_run(&script)?, &ours));
        results.record(&format!("lua: {stem}.lua prints what it should"), outcome);
    }
}

/// The libc comparison and the Lua scripts: one step. The apps
/// (`rootfs/bin/lua.wasm`) must have been built.
pub fn steps() -> Vec<Step> {
    vec![Step::new("host: libc against gcc, Lua scripts", run_cases)]
}

/// `cargo xtask libc-tests`: builds the apps, runs the cases and prints the
/// closing `N passed, N failed` line.
pub fn run_standalone() -> Result<()> {
    let mut results = Results::default();
    // A broken app elsewhere should not hide these results.
    if let Err(error) = crate::build::apps::build_all() {
        results.record("libc tests: the apps build", Err(error));
    }
    run_cases(&mut results);
    results.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(output: &str, status: i32) -> Run {
        Run {
            output: output.to_string(),
            status,
        }
    }

    #[test]
    fn equal_runs_pass() {
        assert!(compare(&run("a\nb\n", 0), &run("a\nb\n", 0)).is_ok());
    }

    #[test]
    fn a_different_line_is_shown_with_its_number() {
        let error = compare(&run("a\nb\nc\n", 0), &run("a\nx\nc\n", 0))
            .unwrap_err()
            .to_string();
        assert!(error.contains("from line 2"), "{error}");
        assert!(error.contains("- b\n+ x"), "{error}");
    }

    #[test]
    fn a_different_status_fails() {
        let error = compare(&run("", 0), &run("", 3)).unwrap_err().to_string();
        assert!(error.contains("exit status 3, expected 0"), "{error}");
    }

    #[test]
    fn expected_files_may_end_with_an_exit_status() {
        let directory = std::env::temp_dir().join(format!("xtask-expected-{}", std::process::id()));
        std::fs::create_dir_all(&directory).unwrap();
        std::fs::write(directory.join("x.expected"), "one\ntwo\nexit status 1\n").unwrap();
        assert_eq!(expected_run(&directory.join("x.lua")).unwrap(), run("one\ntwo\n", 1));
        std::fs::write(directory.join("y.expected"), "one\n").unwrap();
        assert_eq!(expected_run(&directory.join("y.lua")).unwrap(), run("one\n", 0));
        std::fs::remove_dir_all(&directory).unwrap();
    }
}
