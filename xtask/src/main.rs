//! `cargo xtask`: builds the apps, the kernel and the disk images, boots them in
//! QEMU, runs every test level and the lints, and scaffolds new apps.
//!
//! `commands/` holds one module per subcommand; `build/` makes the apps, the
//! kernel and its images; `qemu/` drives the machine; `test/` is the test
//! harness; `util/` has what all of them share.

mod build;
mod commands;
mod qemu;
mod test;
mod util;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// WasmOS's build, run, test and scaffolding tool.
#[derive(Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", arg_required_else_help = true)]
struct Cli {
    #[command(subcommand)]
    command: commands::Command,
}

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the repository")
        .to_path_buf()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn parse(line: &str) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("xtask").chain(line.split_whitespace()))
    }

    #[test]
    fn every_command_keeps_its_spelling() {
        for line in [
            "build",
            "build --release",
            "run --headless --uefi",
            "test",
            "test --only unit",
            "test --only host kernel",
            "test --only lint --only qemu",
            "host-run helloworld-c",
            "new-app hello --lang rust",
            "cc -v -o out.wasm -DX=1 a.c",
            "libc-tests",
            "lint",
            "prerequisites",
            "bench --json",
            "bench --native-in-kernel",
            "symbolize",
        ] {
            assert!(parse(line).is_ok(), "{line}");
        }
        assert!(parse("test --only nonsense").is_err());
        assert!(parse("host-run").is_err());
        assert!(parse("new-app hello").is_err());
    }

    #[test]
    fn host_run_passes_every_word_after_the_program_through() {
        let Ok(Cli {
            command: commands::Command::HostRun(arguments),
        }) = parse("host-run echo -n --help -- x")
        else {
            panic!("host-run did not parse");
        };
        assert_eq!(arguments.program, ["echo", "-n", "--help", "--", "x"]);
        let Ok(Cli {
            command: commands::Command::HostRun(arguments),
        }) = parse("host-run --rootfs /tmp/root cat /etc/motd")
        else {
            panic!("host-run with a runner option did not parse");
        };
        assert_eq!(arguments.program, ["--rootfs", "/tmp/root", "cat", "/etc/motd"]);
    }
}
