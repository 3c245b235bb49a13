//! `cargo xtask test`: every test level, in groups, each made of steps that
//! record checks, with a progress line and one closing `N passed, N failed`.

pub mod editor_tests;
pub mod host_tests;
pub mod libc_tests;
pub mod lint;
pub mod qemu_tests;
pub mod report;
pub mod robustness_tests;
pub mod script_tests;
pub mod test_modules;
mod tool_cases;
pub mod tool_tests;
pub mod wasi_tests;

use anyhow::Result;

use crate::build::apps;
use crate::util::progress;
use report::Results;

/// A test group, selected with `cargo xtask test --only <group>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Group {
    /// clippy, rustfmt and -Wall -Werror over every package and C/C++ file
    Lint,
    /// `cargo test` of the kernel core, the host runner, xtask and the Rust stdlib
    Unit,
    /// every app on the host runner, the tools against GNU's, and the C/C++ libraries against gcc/g++
    Host,
    /// the in-kernel tests in QEMU
    Kernel,
    /// the real image on BIOS and UEFI, driven over serial and the keyboard
    Qemu,
    /// hostile modules, Ctrl-C, a soak and an input flood in QEMU
    Robustness,
}

impl Group {
    /// Every group, in the order they run.
    pub const ALL: [Group; 6] = [
        Group::Lint,
        Group::Unit,
        Group::Host,
        Group::Kernel,
        Group::Qemu,
        Group::Robustness,
    ];

    /// The heading printed before the group's results.
    fn heading(self) -> &'static str {
        match self {
            Group::Lint => "lints: clippy, rustfmt, -Wall -Werror",
            Group::Unit => "host unit tests",
            Group::Host => "apps on the host runner",
            Group::Kernel => "in-kernel tests in QEMU",
            Group::Qemu => "QEMU integration tests",
            Group::Robustness => "robustness in QEMU",
        }
    }

    /// Whether the group needs the apps and test modules built first.
    fn needs_apps(self) -> bool {
        !matches!(self, Group::Lint | Group::Unit)
    }

    /// The group's steps.
    fn steps(self) -> Vec<Step> {
        match self {
            Group::Lint => lint::steps(),
            Group::Unit => host_tests::unit_steps(),
            Group::Host => {
                let mut steps = host_tests::app_steps();
                steps.extend(tool_tests::steps());
                steps.extend(editor_tests::steps());
                steps.extend(script_tests::steps());
                steps.extend(libc_tests::steps());
                steps.extend(wasi_tests::steps());
                steps.extend(wasi_tests::host_runner_steps());
                steps
            }
            Group::Kernel => qemu_tests::kernel_steps(),
            Group::Qemu => {
                let mut steps = qemu_tests::integration_steps();
                steps.extend(editor_tests::qemu_steps());
                steps
            }
            Group::Robustness => robustness_tests::steps(),
        }
    }
}

/// One step of a test run: it records one or more checks.
pub struct Step {
    /// What the progress line shows.
    name: String,
    /// Runs the step.
    run: Box<dyn FnOnce(&mut Results)>,
}

impl Step {
    /// A step named `name` that runs `run`.
    pub fn new(name: impl Into<String>, run: impl FnOnce(&mut Results) + 'static) -> Step {
        Step {
            name: name.into(),
            run: Box::new(run),
        }
    }
}

/// Builds the apps and the test modules; the groups that run them need this.
fn build_apps(results: &mut Results) -> bool {
    progress::println("== building apps and test modules");
    let built = test_modules::write_all().and_then(|_| apps::build_all());
    let ok = built.is_ok();
    results.record("apps_and_test_modules_build", built);
    ok
}

/// Runs the groups in `only` (all if empty) and prints the summary; fails if any check failed.
pub fn run(only: &[Group]) -> Result<()> {
    let groups: Vec<Group> = Group::ALL
        .into_iter()
        .filter(|group| only.is_empty() || only.contains(group))
        .collect();
    let plan: Vec<(Group, Vec<Step>)> = groups.iter().map(|group| (*group, group.steps())).collect();
    // Every run but a lint-only one builds the apps, after the lints and the
    // unit tests (which do not need them) and before the groups that do.
    let builds_apps = groups.iter().any(|group| *group != Group::Lint);
    let total = plan.iter().map(|(_, steps)| steps.len()).sum::<usize>() + usize::from(builds_apps);
    let mut results = Results::default();
    let progress = progress::start(total);
    let mut apps_attempted = false;
    for (group, steps) in plan {
        if group.needs_apps() && !apps_attempted {
            apps_attempted = true;
            progress.step("building apps and test modules");
            if !build_apps(&mut results) {
                break;
            }
        }
        progress::println(&format!("== {}", group.heading()));
        for step in steps {
            progress.step(&step.name);
            (step.run)(&mut results);
        }
    }
    if builds_apps && !apps_attempted {
        progress.step("building apps and test modules");
        build_apps(&mut results);
    }
    drop(progress);
    results.finish()
}
