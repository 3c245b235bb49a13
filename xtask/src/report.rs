//! Test results: each check passes or fails with its output, and the run ends
//! with one line `N passed, N failed`.

use std::time::Instant;

use crate::{apps, host_tests, qemu_tests, robustness_tests, test_modules};

/// The results of a test run.
#[derive(Default)]
pub struct Results {
    passed: usize,
    failed: usize,
    failures: Vec<String>,
}

impl Results {
    /// Records one check.
    pub fn record(&mut self, name: &str, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => {
                self.passed += 1;
                println!("PASS {name}");
            }
            Err(detail) => {
                // Name the functions of any kernel backtrace in the output.
                let kernel = crate::image::unstripped_kernel();
                let detail = crate::symbolize::annotate(&detail, &kernel);
                self.failed += 1;
                println!("FAIL {name}\n{}", indent(&detail));
                self.failures.push(name.to_string());
            }
        }
    }

    /// Records a whole suite's counts (from `cargo test`).
    pub fn record_counts(&mut self, name: &str, passed: usize, failed: usize, detail: &str) {
        self.passed += passed;
        self.failed += failed;
        if failed > 0 {
            println!(
                "FAIL {name}: {failed} of {} failed\n{}",
                passed + failed,
                indent(detail)
            );
            self.failures.push(name.to_string());
        } else {
            println!("PASS {name}: {passed} tests");
        }
    }
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("    {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The test groups, in the order they run.
pub const GROUPS: &[&str] = &["unit", "host", "kernel", "qemu", "robustness"];

/// Runs the test groups in `only` (all if empty) and prints the summary; fails if any check failed.
pub fn run_all_tests(only: &[String]) -> Result<(), String> {
    if let Some(unknown) = only.iter().find(|group| !GROUPS.contains(&group.as_str())) {
        return Err(format!(
            "unknown test group `{unknown}`; the groups are {}",
            GROUPS.join(", ")
        ));
    }
    let wanted = |group: &str| only.is_empty() || only.iter().any(|name| name == group);
    let started = Instant::now();
    let mut results = Results::default();

    if wanted("unit") {
        println!("== host unit tests");
        host_tests::unit_tests(&mut results);
    }

    println!("== building apps and test modules");
    let built = test_modules::write_all().and_then(|_| apps::build_all());
    results.record("apps_and_test_modules_build", built.clone());

    if built.is_ok() {
        if wanted("host") {
            println!("== apps on the host runner");
            host_tests::app_tests(&mut results);
            println!("== C and C++ libraries against gcc/g++, Lua scripts");
            crate::libc_tests::run(&mut results);
        }
        if wanted("kernel") {
            println!("== in-kernel tests in QEMU");
            qemu_tests::kernel_tests(&mut results);
        }
        if wanted("qemu") {
            println!("== QEMU integration tests");
            qemu_tests::integration_tests(&mut results);
        }
        if wanted("robustness") {
            println!("== robustness in QEMU");
            robustness_tests::adversarial(&mut results);
            robustness_tests::interrupt(&mut results);
            robustness_tests::soak(&mut results, 2000);
            robustness_tests::input_flood(&mut results);
        }
    }

    println!();
    if !results.failures.is_empty() {
        println!("failed: {}", results.failures.join(", "));
    }
    println!("test time: {:.0} s", started.elapsed().as_secs_f64());
    println!("{} passed, {} failed", results.passed, results.failed);
    if results.failed == 0 {
        Ok(())
    } else {
        Err(format!("{} test(s) failed", results.failed))
    }
}
