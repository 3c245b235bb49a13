//! The subcommands of `cargo xtask`, one module each.

pub mod bench;
pub mod build;
pub mod cc;
pub mod host_run;
pub mod libc_tests;
pub mod lint;
pub mod new_app;
pub mod prerequisites;
pub mod run;
pub mod symbolize;
pub mod test;

use anyhow::Result;

/// What `cargo xtask` can do.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Build the apps, the kernel and the BIOS and UEFI images
    Build(build::Arguments),
    /// Build what changed and boot WasmOS in QEMU (a window when a display is
    /// available, else the serial console here)
    Run(run::Arguments),
    /// Run every test (or the groups named) and end with `N passed, N failed`
    Test(test::Arguments),
    /// Run an app on Linux through the kernel's own code
    HostRun(host_run::Arguments),
    /// Scaffold apps/<name>
    NewApp(new_app::Arguments),
    /// Compile loose C/C++ files against our libraries
    Cc(cc::Arguments),
    /// Compare stdlib/c (and stdlib/cpp) tests with the host's gcc, and run
    /// the Lua example scripts against their expected output
    LibcTests(libc_tests::Arguments),
    /// clippy (every package, target and kernel feature set), rustfmt, and
    /// -Wall -Werror over our C and C++
    Lint(lint::Arguments),
    /// Check (and where possible install) what the build needs
    Prerequisites(prerequisites::Arguments),
    /// Measure WasmOS against a Linux guest running the same .wasm files
    Bench(bench::Arguments),
    /// Name the functions in a kernel backtrace pasted on standard input
    Symbolize(symbolize::Arguments),
}

impl Command {
    /// Runs the command.
    pub fn run(self) -> Result<()> {
        match self {
            Command::Build(arguments) => build::run(arguments),
            Command::Run(arguments) => run::run(arguments),
            Command::Test(arguments) => test::run(arguments),
            Command::HostRun(arguments) => host_run::run(arguments),
            Command::NewApp(arguments) => new_app::run(arguments),
            Command::Cc(arguments) => cc::run(arguments),
            Command::LibcTests(arguments) => libc_tests::run(arguments),
            Command::Lint(arguments) => lint::run(arguments),
            Command::Prerequisites(arguments) => prerequisites::run(arguments),
            Command::Bench(arguments) => bench::run(arguments),
            Command::Symbolize(arguments) => symbolize::run(arguments),
        }
    }
}
