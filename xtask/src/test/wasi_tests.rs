//! The WASI conformance programs (`tests/wasi`): small programs, C against
//! wasi-libc (`tests/wasi/c/*.c`) and Rust on the real `std`
//! (`tests/wasi/rust/src/bin/*.rs`), each checking its own results, exiting
//! non-zero on a mismatch and printing a line or two that any conforming
//! runtime prints alike. `tests/wasi/cases.toml` gives the arguments, input
//! and status of those that differ from the default.
//!
//! [`steps`] builds them and runs each under the reference runtime, wasmtime
//! (the `wasmtime` package from PyPI, installed on first use into a virtual
//! environment, `target/wasi-venv`, and driven by `tests/wasi/run_wasmtime.py`),
//! requiring the expected status; its output and status are kept in
//! `target/wasi-tests/reference`. [`host_runner_steps`] runs the same
//! programs on WasmOS's host runner and requires the same output and status.
//!
//! Every run gets a scratch folder of its own as `/` (wasmtime: the
//! preopen `--dir SCRATCH::/`; the host runner: `--rootfs SCRATCH`), so the
//! programs create what they use under `/tmp` themselves.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::Deserialize;

use crate::build::apps::wasi;
use crate::build::runner;
use crate::test::report::Results;
use crate::test::Step;
use crate::util::files::{self, create_directory, modified, up_to_date};
use crate::util::process;

/// The version of the `wasmtime` package from PyPI the reference runs use.
pub const WASMTIME_VERSION: &str = "50.0.1";

/// Standard input of a program that `cases.toml` gives none.
const DEFAULT_INPUT: &str = "hello wasi\n";

/// How long one run may take.
const TIME_LIMIT: Duration = Duration::from_secs(60);

/// What `cases.toml` may say about one program.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    #[serde(default)]
    args: Vec<String>,
    stdin: Option<String>,
    #[serde(default)]
    status: i32,
}

/// One conformance program, built, and how it runs.
#[derive(Clone, Debug)]
pub struct Case {
    /// Its name (`c-args`, `rs-fs-seek`).
    pub name: String,
    /// The module.
    pub module: PathBuf,
    /// Its arguments after argv[0].
    pub arguments: Vec<String>,
    /// Its standard input.
    pub input: String,
    /// The status it must end with.
    pub status: i32,
}

/// What one run did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Standard output.
    pub output: String,
    /// Standard error.
    pub errors: String,
    /// The exit status.
    pub status: i32,
}

fn wasi_directory() -> PathBuf {
    crate::root().join("tests/wasi")
}

/// Where the tests keep what they make.
fn work_directory() -> PathBuf {
    crate::root().join("target/wasi-tests")
}

/// The names of the C programs and of the Rust ones, sorted.
fn program_names() -> (Vec<String>, Vec<String>) {
    let stem = |path: &PathBuf| {
        path.file_stem()
            .map(|stem| stem.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let c = files::files_in(&wasi_directory().join("c"), ".c")
        .iter()
        .map(stem)
        .collect();
    let rust = files::files_in(&wasi_directory().join("rust/src/bin"), ".rs")
        .iter()
        .map(stem)
        .collect();
    (c, rust)
}

/// Reads `cases.toml`; every table must name a program.
fn settings(names: &[String]) -> Result<BTreeMap<String, Settings>> {
    let path = wasi_directory().join("cases.toml");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let settings: BTreeMap<String, Settings> =
        toml::from_str(&text).with_context(|| format!("in {} (keys: args, stdin, status)", path.display()))?;
    for name in settings.keys() {
        if !names.contains(name) {
            bail!("{}: [{name}] names no program of tests/wasi", path.display());
        }
    }
    Ok(settings)
}

/// Builds a C program (with `-Werror`) unless it is newer than its source and
/// the shared header.
fn build_c_program(name: &str) -> Result<PathBuf> {
    let directory = wasi_directory().join("c");
    let source = directory.join(format!("{name}.c"));
    let output = work_directory().join("c").join(format!("{name}.wasm"));
    let inputs = modified(&source).max(modified(&directory.join("check.h")));
    if !up_to_date(&output, inputs) {
        wasi::build_c(
            &format!("tests/wasi/c/{name}.c"),
            std::slice::from_ref(&source),
            &["-Werror".to_string()],
            &work_directory().join("objects"),
            &output,
        )?;
    }
    Ok(output)
}

/// Builds every conformance program and returns how each runs, sorted by name.
pub fn build_cases() -> Result<Vec<Case>> {
    let (c, rust) = program_names();
    let names: Vec<String> = c.iter().chain(&rust).cloned().collect();
    let mut settings = settings(&names)?;
    let mut modules = Vec::new();
    for name in &c {
        modules.push((name.clone(), build_c_program(name)?));
    }
    if !rust.is_empty() {
        let built = wasi::build_rust_package(&wasi_directory().join("rust/Cargo.toml"), "tests/wasi/rust")?;
        for name in &rust {
            modules.push((name.clone(), built.join(format!("{name}.wasm"))));
        }
    }
    let mut cases: Vec<Case> = modules
        .into_iter()
        .map(|(name, module)| {
            let settings = settings.remove(&name).unwrap_or_default();
            Case {
                name,
                module,
                arguments: settings.args,
                input: settings.stdin.unwrap_or_else(|| DEFAULT_INPUT.to_string()),
                status: settings.status,
            }
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(cases)
}

/// The Python of `target/wasi-venv`, with wasmtime [`WASMTIME_VERSION`]
/// installed from PyPI (the virtual environment made first if need be).
pub fn wasmtime_python() -> Result<PathBuf> {
    let venv = crate::root().join("target/wasi-venv");
    let python = venv.join("bin/python");
    let version_check = format!(
        "import importlib.metadata, wasmtime; assert importlib.metadata.version('wasmtime') == '{WASMTIME_VERSION}'"
    );
    let ready = |python: &Path| {
        Command::new(python)
            .args(["-c", &version_check])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    };
    if ready(&python) {
        return Ok(python);
    }
    if !python.is_file() {
        process::capture_success(Command::new("python3").arg("-m").arg("venv").arg(&venv)).with_context(|| {
            "making the virtual environment for wasmtime (Debian: apt-get install python3-venv, \
             or `cargo xtask prerequisites`)"
        })?;
    }
    process::capture_success(
        Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .arg(format!("wasmtime=={WASMTIME_VERSION}")),
    )
    .with_context(|| {
        format!(
            "installing wasmtime {WASMTIME_VERSION} from PyPI into {}",
            venv.display()
        )
    })?;
    if !ready(&python) {
        bail!("{} still has no wasmtime {WASMTIME_VERSION}", venv.display());
    }
    Ok(python)
}

/// Runs `command` with `input` on its standard input, within [`TIME_LIMIT`].
fn run_with_input(command: &mut Command, input: &str) -> Result<Outcome> {
    let mut child: Child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {command:?}"))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_string();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut stderr = child.stderr.take().expect("stderr is piped");
    let out_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = stdout.read_to_end(&mut bytes);
        bytes
    });
    let err_reader = std::thread::spawn(move || {
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
        std::thread::sleep(Duration::from_millis(5));
    };
    let _ = writer.join();
    let output = out_reader.join().unwrap_or_default();
    let errors = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        output: String::from_utf8_lossy(&output).into_owned(),
        errors: String::from_utf8_lossy(&errors).into_owned(),
        status: status.code().unwrap_or(-1),
    })
}

/// A new, empty scratch folder for one run of `case` on `runtime`.
fn scratch_root(runtime: &str, case: &Case) -> Result<PathBuf> {
    let path = work_directory().join("scratch").join(runtime).join(&case.name);
    if path.exists() {
        std::fs::remove_dir_all(&path).with_context(|| format!("emptying {}", path.display()))?;
    }
    create_directory(&path)?;
    Ok(path)
}

/// Runs `case` under wasmtime, with a scratch folder as `/`.
pub fn run_reference(python: &Path, case: &Case) -> Result<Outcome> {
    let scratch = scratch_root("wasmtime", case)?;
    let input_file = scratch.with_extension("stdin");
    files::write(&input_file, &case.input)?;
    let argv0 = case
        .module
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let outcome = run_with_input(
        Command::new(python)
            .arg(wasi_directory().join("run_wasmtime.py"))
            .arg("--dir")
            .arg(format!("{}::/", scratch.display()))
            .arg("--stdin")
            .arg(&input_file)
            .arg("--argv0")
            .arg(argv0)
            .arg(&case.module)
            .args(&case.arguments),
        "",
    );
    let _ = std::fs::remove_dir_all(&scratch);
    let _ = std::fs::remove_file(&input_file);
    outcome
}

/// Runs `case` on the host runner, with a scratch folder as the root file system.
pub fn run_on_host_runner(runner: &Path, case: &Case) -> Result<Outcome> {
    let scratch = scratch_root("host-runner", case)?;
    let outcome = run_with_input(
        Command::new(runner)
            .arg("--rootfs")
            .arg(&scratch)
            .arg(&case.module)
            .args(&case.arguments),
        &case.input,
    );
    let _ = std::fs::remove_dir_all(&scratch);
    outcome
}

/// Where the reference run of `name` is kept: (output, status).
fn reference_files(name: &str) -> (PathBuf, PathBuf) {
    let directory = work_directory().join("reference");
    (
        directory.join(format!("{name}.out")),
        directory.join(format!("{name}.status")),
    )
}

fn save_reference(case: &Case, outcome: &Outcome) -> Result<()> {
    let (output, status) = reference_files(&case.name);
    files::write(&output, &outcome.output)?;
    files::write(&status, outcome.status.to_string())
}

/// The kept reference run of `case`, if it is newer than the module.
fn saved_reference(case: &Case) -> Option<Outcome> {
    let (output, status) = reference_files(&case.name);
    if !up_to_date(&output, modified(&case.module)) || !up_to_date(&status, modified(&case.module)) {
        return None;
    }
    Some(Outcome {
        output: std::fs::read_to_string(output).ok()?,
        errors: String::new(),
        status: std::fs::read_to_string(status).ok()?.trim().parse().ok()?,
    })
}

/// Checks a reference run: the expected status and, for a program that
/// succeeds, its closing `<name>: ok`.
fn check_reference(case: &Case, outcome: &Outcome) -> Result<()> {
    if outcome.status != case.status {
        bail!(
            "exit status {}, expected {}\nstdout:\n{}stderr:\n{}",
            outcome.status,
            case.status,
            outcome.output,
            outcome.errors
        );
    }
    if case.status == 0 && !outcome.output.ends_with(&format!("{}: ok\n", case.name)) {
        bail!(
            "no closing `{}: ok`\nstdout:\n{}stderr:\n{}",
            case.name,
            outcome.output,
            outcome.errors
        );
    }
    Ok(())
}

/// Checks a run on the host runner against the reference: the same status
/// and the same standard output.
fn check_against_reference(reference: &Outcome, ours: &Outcome) -> Result<()> {
    if ours.status != reference.status || ours.output != reference.output {
        bail!(
            "differs from wasmtime: status {} (wasmtime {})\nstdout:\n{}wasmtime's stdout:\n{}stderr:\n{}",
            ours.status,
            reference.status,
            ours.output,
            reference.output,
            ours.errors
        );
    }
    Ok(())
}

/// Builds the programs once for the steps that share them; a failure is recorded.
fn built_cases(results: &mut Results) -> Option<Vec<Case>> {
    let built = build_cases();
    let cases = built.as_ref().ok().cloned();
    results.record("wasi: conformance programs build", built.map(|_| ()));
    cases
}

/// Runs every program under wasmtime and records one check each.
fn reference_runs(results: &mut Results, cases: &[Case]) {
    let python = match wasmtime_python() {
        Ok(python) => python,
        Err(error) => {
            results.record("wasi: wasmtime (PyPI) installed", Err(error));
            return;
        }
    };
    for case in cases {
        let outcome = run_reference(&python, case).and_then(|outcome| {
            check_reference(case, &outcome)?;
            save_reference(case, &outcome)?;
            Ok(())
        });
        results.record(&format!("wasi wasmtime: {}", case.name), outcome);
    }
}

/// The steps of the reference half: build the conformance programs, then
/// run each under wasmtime.
pub fn steps() -> Vec<Step> {
    vec![Step::new(
        "wasi: conformance programs under wasmtime",
        |results: &mut Results| {
            if let Some(cases) = built_cases(results) {
                reference_runs(results, &cases);
            }
        },
    )]
}

/// Whether the host runner refused a module for its WASI imports (before
/// the kernel has the `wasi_snapshot_preview1` table).
fn refuses_wasi(outcome: &Outcome) -> bool {
    let text = format!("{}{}", outcome.output, outcome.errors);
    text.contains("unknown import wasi_snapshot_preview1")
}

/// Runs every program on the host runner against its reference run (made
/// now if none is kept) and records one check each; until the kernel has
/// the WASI table, one failing check says so.
pub fn host_runner_runs(results: &mut Results) {
    let Some(cases) = built_cases(results) else {
        return;
    };
    let runner = match runner::build() {
        Ok(runner) => runner,
        Err(error) => {
            results.record("wasi: host runner builds", Err(error));
            return;
        }
    };
    let mut python = None;
    let mut first_run = true;
    for case in &cases {
        let name = format!("wasi host runner: {}", case.name);
        let reference = match saved_reference(case) {
            Some(reference) => reference,
            None => {
                let outcome = python
                    .get_or_insert_with(wasmtime_python)
                    .as_ref()
                    .map_err(|error| anyhow::anyhow!("{error:#}"))
                    .and_then(|python| run_reference(python, case));
                match outcome.and_then(|outcome| check_reference(case, &outcome).map(|()| outcome)) {
                    Ok(outcome) => {
                        let _ = save_reference(case, &outcome);
                        outcome
                    }
                    Err(error) => {
                        results.record(&name, Err(error.context("no reference run under wasmtime")));
                        continue;
                    }
                }
            }
        };
        let ours = run_on_host_runner(&runner, case);
        if std::mem::take(&mut first_run) {
            if let Ok(outcome) = &ours {
                if refuses_wasi(outcome) {
                    let line = format!("{}{}", outcome.output, outcome.errors)
                        .lines()
                        .find(|line| line.contains("wasi_snapshot_preview1"))
                        .unwrap_or_default()
                        .to_string();
                    results.record(
                        "wasi host runner: runs WASI programs",
                        Err(anyhow::anyhow!(
                            "the host runner refuses WASI imports: the kernel has no \
                             wasi_snapshot_preview1 table yet ({} programs not run):\n{line}",
                            cases.len()
                        )),
                    );
                    return;
                }
            }
        }
        results.record(&name, ours.and_then(|ours| check_against_reference(&reference, &ours)));
    }
}

/// The steps of WasmOS's half: every program on the host runner, against
/// wasmtime's output and status.
pub fn host_runner_steps() -> Vec<Step> {
    vec![Step::new(
        "wasi: conformance programs on the host runner",
        host_runner_runs,
    )]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_toml_names_programs_and_parses() {
        let (c, rust) = program_names();
        assert!(c.len() + rust.len() >= 40, "at least 40 conformance programs");
        let names: Vec<String> = c.iter().chain(&rust).cloned().collect();
        let settings = settings(&names).unwrap();
        assert_eq!(settings["c-exit"].status, 7);
        assert_eq!(settings["c-args"].args, ["alpha", "beta gamma", ""]);
    }

    #[test]
    fn a_reference_run_must_end_ok_with_its_status() {
        let case = Case {
            name: "c-x".into(),
            module: PathBuf::new(),
            arguments: Vec::new(),
            input: String::new(),
            status: 0,
        };
        let outcome = |output: &str, status| Outcome {
            output: output.into(),
            errors: String::new(),
            status,
        };
        assert!(check_reference(&case, &outcome("line\nc-x: ok\n", 0)).is_ok());
        assert!(check_reference(&case, &outcome("line\n", 0)).is_err());
        assert!(check_reference(&case, &outcome("c-x: ok\n", 1)).is_err());
        let reference = outcome("a\n", 3);
        assert!(check_against_reference(&reference, &outcome("a\n", 3)).is_ok());
        assert!(check_against_reference(&reference, &outcome("b\n", 3)).is_err());
        assert!(check_against_reference(&reference, &outcome("a\n", 0)).is_err());
    }
}
