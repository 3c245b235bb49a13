//! What the Rust WASI conformance programs share: a check that ends the
//! program with status 1 and a message on standard error, and a scratch
//! folder of the program's own under `/tmp` (emptied first, removed by
//! [`Program::ok`]). Like the C ones, the programs print deterministic lines
//! on standard output only.

use std::fmt::Display;
use std::path::PathBuf;

/// One conformance program.
pub struct Program {
    name: &'static str,
    scratch: Option<PathBuf>,
}

/// Starts the program `name` (`rs-...`).
pub fn start(name: &'static str) -> Program {
    Program { name, scratch: None }
}

impl Program {
    /// Ends the program with status 1 after saying what went wrong.
    pub fn fail(&self, what: impl Display) -> ! {
        eprintln!("FAIL {}: {what}", self.name);
        std::process::exit(1)
    }

    /// `condition` must hold.
    #[track_caller]
    pub fn check(&self, condition: bool, what: &str) {
        if !condition {
            let location = std::panic::Location::caller();
            self.fail(format_args!("line {}: {what}", location.line()));
        }
    }

    /// The value of `result`, or the end of the program.
    #[track_caller]
    pub fn get<T, E: Display>(&self, result: Result<T, E>, what: &str) -> T {
        match result {
            Ok(value) => value,
            Err(error) => {
                let location = std::panic::Location::caller();
                self.fail(format_args!("line {}: {what}: {error}", location.line()))
            }
        }
    }

    /// Makes the empty scratch folder `/tmp/wasi-<name>` and returns it.
    pub fn scratch(&mut self) -> PathBuf {
        let path = PathBuf::from(format!("/tmp/wasi-{}", self.name));
        if let Err(error) = std::fs::create_dir_all("/tmp") {
            self.fail(format_args!("creating /tmp: {error}"));
        }
        let _ = std::fs::remove_dir_all(&path);
        let created = std::fs::create_dir(&path);
        self.get(created, "creating the scratch folder");
        self.scratch = Some(path.clone());
        path
    }

    /// Removes the scratch folder and prints `<name>: ok`.
    pub fn ok(self) {
        if let Some(path) = &self.scratch {
            let removed = std::fs::remove_dir_all(path);
            self.get(removed, "removing the scratch folder");
        }
        println!("{}: ok", self.name);
    }
}
