//! The QEMU test levels: the in-kernel test kernel, and the real image booted
//! on BIOS and UEFI and driven through its serial console like a user would.

use std::time::Duration;

use anyhow::{bail, Context};

use crate::build::image::{self, Flavor};
use crate::qemu::expect::Session;
use crate::qemu::machine::{self, headless};
use crate::qemu::monitor::Monitor;
use crate::qemu::shell::{self, BOOT_TIMEOUT, COMMAND_TIMEOUT, PROMPT};
use crate::test::report::Results;
use crate::test::Step;
use crate::util::progress;

/// Boots the BIOS image with a monitor socket, types a command on the PS/2
/// keyboard, and checks the framebuffer shows text.
fn keyboard_and_screen(results: &mut Results) {
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => return results.record("qemu keyboard: image builds", Err(error)),
    };
    let socket = std::env::temp_dir().join(format!("wasmos-monitor-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&socket);
    let session = machine::machine(&images.bios, false).and_then(|mut command| {
        machine::drive_over_serial(&mut command, Some(&socket));
        Session::start(command)
    });
    let mut session = match session {
        Ok(session) => session,
        Err(error) => return results.record("qemu keyboard: QEMU starts", Err(error)),
    };
    let outcome = (|| {
        shell::wait_for_prompt(&mut session, BOOT_TIMEOUT)?;
        let mut monitor = Monitor::connect(&socket)?;
        monitor.type_line("echo typed on the keyboard 42")?;
        session.expect("echo typed on the keyboard 42\n", COMMAND_TIMEOUT)?;
        session.expect("typed on the keyboard 42\n", COMMAND_TIMEOUT)?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        anyhow::Ok(monitor)
    })();
    let mut monitor = match outcome {
        Ok(monitor) => {
            results.record("qemu keyboard: a command typed on the PS/2 keyboard runs", Ok(()));
            monitor
        }
        Err(error) => return results.record("qemu keyboard: a command typed on the PS/2 keyboard runs", Err(error)),
    };
    let dump = std::env::temp_dir().join(format!("wasmos-screen-{}.ppm", std::process::id()));
    let screen = monitor
        .command(&format!("screendump {}", dump.display()))
        .and_then(|_| {
            std::thread::sleep(Duration::from_millis(500));
            let bytes = std::fs::read(&dump).context("reading the screendump")?;
            let lit = bytes.iter().skip(64).filter(|byte| **byte > 128).count();
            let _ = std::fs::remove_file(&dump);
            if !(bytes.starts_with(b"P6") && lit > 1000) {
                bail!("the screen looks empty ({lit} bright bytes of {})", bytes.len());
            }
            Ok(())
        });
    results.record("qemu screen: the framebuffer console shows text", screen);
    let _ = std::fs::remove_file(&socket);
}

/// Boots the in-kernel test kernel and records each test it reports.
fn kernel_tests(results: &mut Results) {
    let images = match image::build(Flavor::KernelTests) {
        Ok(images) => images,
        Err(error) => return results.record("kernel_tests_build", Err(error)),
    };
    results.record(
        "kernel: tinywasm is built with its tail-call dispatch",
        tail_call_dispatch(&images.unstripped),
    );
    let mut session = match headless(&images.bios, false) {
        Ok(session) => session,
        Err(error) => return results.record("kernel_tests_boot", Err(error)),
    };
    let summary = session
        .expect("kernel tests:", BOOT_TIMEOUT)
        .and_then(|_| session.expect("failed", COMMAND_TIMEOUT));
    let status = session.wait_exit(COMMAND_TIMEOUT);
    let transcript = session.transcript();
    let mut seen = 0;
    for line in transcript.lines().filter(|line| line.starts_with("test ")) {
        seen += 1;
        let name = line.trim_start_matches("test ").split(" ... ").next().unwrap_or(line);
        let outcome = if line.ends_with("... ok") {
            Ok(())
        } else {
            Err(anyhow::anyhow!("{line}"))
        };
        results.record(&format!("kernel: {name}"), outcome);
    }
    let whole = match (summary, status) {
        (Ok(_), Ok(Some(33))) if seen > 0 => Ok(()),
        (Ok(_), Ok(code)) => Err(anyhow::anyhow!(
            "QEMU exit status {code:?} (33 means success); output:\n{transcript}"
        )),
        (Err(error), _) | (_, Err(error)) => Err(error),
    };
    results.record(
        "kernel: test kernel boots, runs every test and exits with success",
        whole,
    );
}

/// Checks that the interpreter in `kernel` runs its fast dispatch. tinywasm
/// turns it on only where its build probes pass, and they cannot for our own
/// target; the root Cargo.toml sets the switches itself. Without them the
/// kernel still works, only about twice as slowly, so nothing else would
/// notice: the handlers of that dispatch are functions in `dispatch_become`.
fn tail_call_dispatch(kernel: &std::path::Path) -> anyhow::Result<()> {
    if crate::util::symbolize::has_function(kernel, "dispatch_become")? {
        Ok(())
    } else {
        Err(anyhow::anyhow!(
            "{} has no tinywasm `dispatch_become` handlers: the interpreter fell back to its slow loop dispatch \
             (see [profile.release.package.tinywasm] in Cargo.toml)",
            kernel.display()
        ))
    }
}

/// A command typed at the shell and what its output must contain.
struct ShellCheck {
    name: &'static str,
    command: &'static str,
    expected: &'static [&'static str],
}

const SHELL_CHECKS: &[ShellCheck] = &[
    ShellCheck {
        name: "helloworld_c",
        command: "helloworld-c",
        expected: &["Hello, world from C!"],
    },
    ShellCheck {
        name: "helloworld_cpp",
        command: "helloworld-cpp",
        expected: &["Hello, world from C++!"],
    },
    ShellCheck {
        name: "helloworld_rs",
        command: "helloworld-rs",
        expected: &["Hello, world from Rust!"],
    },
    ShellCheck {
        name: "helloworld_as",
        command: "helloworld-as",
        expected: &["Hello, world from AssemblyScript!"],
    },
    ShellCheck {
        name: "ls_bin",
        command: "ls /bin",
        expected: &["cli.wasm", "helloworld-c.wasm"],
    },
    ShellCheck {
        name: "cat_motd",
        command: "cat /etc/motd",
        expected: &["Welcome to WasmOS"],
    },
    ShellCheck {
        name: "echo_into_a_file",
        command: "echo hi > f",
        expected: &[],
    },
    ShellCheck {
        name: "read_the_file_back",
        command: "cat f",
        expected: &["hi"],
    },
    ShellCheck {
        name: "trapping_app_is_reported",
        command: "/tests/trap.wasm",
        expected: &["/tests/trap.wasm: trapped: unreachable"],
    },
    ShellCheck {
        name: "status_of_the_trap_is_kept",
        command: "echo $?",
        expected: &["134"],
    },
    ShellCheck {
        name: "malformed_module_is_refused",
        command: "/tests/garbage.wasm",
        expected: &["/tests/garbage.wasm:", "WebAssembly module"],
    },
    ShellCheck {
        name: "unknown_import_is_named",
        command: "/tests/unknown-import.wasm",
        expected: &["unknown import env.system"],
    },
    ShellCheck {
        name: "infinite_recursion_traps",
        command: "/tests/recursion.wasm",
        expected: &["call stack exhausted"],
    },
    ShellCheck {
        name: "shell_still_answers",
        command: "echo still here",
        expected: &["still here"],
    },
    ShellCheck {
        name: "proc_meminfo",
        command: "cat /proc/meminfo",
        expected: &["HeapTotal:", "HeapUsed:"],
    },
    ShellCheck {
        name: "mkdir_cd_pwd",
        command: "mkdir /tmp/d",
        expected: &[],
    },
    ShellCheck {
        name: "cd_into_new_directory",
        command: "cd /tmp/d",
        expected: &[],
    },
    ShellCheck {
        name: "pwd_shows_it",
        command: "pwd",
        expected: &["/tmp/d"],
    },
    ShellCheck {
        name: "lua_runs_a_script",
        command: "lua /lua/fib.lua",
        expected: &["7540113804746346429"],
    },
    ShellCheck {
        name: "lua_error_is_caught",
        command: "lua -e \"print(pcall(error, 'boom'))\"",
        expected: &["false", "boom"],
    },
    ShellCheck {
        name: "vec_test_cpp_passes",
        command: "/tests/vec-test-cpp.wasm",
        expected: &["75 of 75 checks passed"],
    },
    ShellCheck {
        name: "alloc_demo_passes",
        command: "alloc-demo",
        expected: &["all 21 checks passed"],
    },
    ShellCheck {
        name: "sysinfo_reports",
        command: "sysinfo",
        expected: &["time since boot:", "HeapUsed:"],
    },
    ShellCheck {
        name: "pipeline_stages_stream",
        command: "yes | head -n 20000 | wc -l",
        expected: &["20000"],
    },
    ShellCheck {
        name: "background_job_starts",
        command: "kvd &",
        expected: &["[1] "],
    },
    ShellCheck {
        name: "kv_client_talks_to_the_service",
        command: "kv fill k 100 && kv check k 100",
        expected: &["checked 100 keys, 0 wrong"],
    },
    ShellCheck {
        name: "ps_shows_the_service",
        command: "ps",
        expected: &["PID", "kvd", "ps"],
    },
    ShellCheck {
        name: "kill_ends_the_job",
        command: "kill %1; wait %1; echo st=$?",
        expected: &["st=143"],
    },
    ShellCheck {
        name: "three_stage_pipeline_over_4_mib_is_byte_exact",
        command: "yes 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ | head -c 4194304 > /tmp/big; \
                  cksum /tmp/big; cat /tmp/big | cat | cksum; rm /tmp/big",
        // GNU cksum of the same bytes.
        expected: &["3147951758 4194304 /tmp/big\n", "3147951758 4194304\n"],
    },
    ShellCheck {
        name: "twenty_background_jobs_sleep_and_write_their_files",
        command: crate::twenty_jobs!(),
        expected: crate::test::host_tests::TWENTY_JOBS_OUTPUT,
    },
    ShellCheck {
        name: "spawn_bomb_is_stopped_by_the_process_limit",
        command: "/tests/spawn-bomb.wasm; echo status=$?",
        expected: &["then the process limit refused more (EAGAIN)", "status=0\n"],
    },
    // Guest code inside a protected call runs without fuel: the timer
    // preempts it.
    ShellCheck {
        name: "runaway_loop_in_a_pcall_in_the_background",
        command: "lua -e \"pcall(function() while true do end end)\" &",
        expected: &["] "],
    },
    ShellCheck {
        name: "shell_answers_beside_the_runaway_pcall",
        command: "echo \"alive\"' beside it'; ps",
        expected: &["alive beside it\n", "lua -e pcall"],
    },
    ShellCheck {
        name: "kill_ends_the_runaway_pcall",
        command: "kill $!; wait $!; echo st=$?",
        expected: &["st=143"],
    },
    // Unmodified WASI programs: Rust std and C against wasi-libc.
    ShellCheck {
        name: "wasi_rust_std_program_counts_words",
        command: "wordfreq --top 3 /etc/motd",
        expected: &["rank", "word", "distinct"],
    },
    ShellCheck {
        name: "wasi_c_program_walks_a_preopened_directory",
        command: "wasi-run --dir /etc::/ walk /; wasi-run --dir /etc walk /; echo st=$?",
        expected: &["motd", "st=1"],
    },
    ShellCheck {
        name: "unknown_command",
        command: "nosuchapp",
        expected: &["nosuchapp: command not found"],
    },
];

fn shell_session(results: &mut Results, uefi: bool, checks: &[ShellCheck]) {
    let firmware = if uefi { "uefi" } else { "bios" };
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => return results.record(&format!("qemu {firmware}: image builds"), Err(error)),
    };
    let image = if uefi { &images.uefi } else { &images.bios };
    let mut session = match headless(image, uefi) {
        Ok(session) => session,
        Err(error) => return results.record(&format!("qemu {firmware}: QEMU starts"), Err(error)),
    };
    let banner = session.expect("WasmOS", BOOT_TIMEOUT);
    let banner_time = session.elapsed();
    results.record(&format!("qemu {firmware}: kernel banner on serial"), banner.map(|_| ()));
    progress::println(&format!(
        "     ({firmware}: first kernel output after {:.2} s)",
        banner_time.as_secs_f64()
    ));
    let prompt = session
        .expect("Welcome to WasmOS", BOOT_TIMEOUT)
        .and_then(|_| session.expect(PROMPT, BOOT_TIMEOUT));
    progress::println(&format!(
        "     ({firmware}: shell prompt after {:.2} s)",
        session.elapsed().as_secs_f64()
    ));
    let prompt_ok = prompt.is_ok();
    results.record(
        &format!("qemu {firmware}: boots to the shell prompt after the motd"),
        prompt.map(|_| ()),
    );
    if !prompt_ok {
        return;
    }
    for check in checks {
        let outcome = shell::run(&mut session, check.command, COMMAND_TIMEOUT)
            .and_then(|output| crate::test::host_tests::check_output(&output, check.expected, &[]));
        results.record(&format!("qemu {firmware}: {}", check.name), outcome);
    }
    let shutdown = session
        .send("shutdown\r")
        .and_then(|_| session.wait_exit(COMMAND_TIMEOUT))
        .and_then(|code| {
            if code != Some(0) {
                bail!("QEMU exit status {code:?}, expected 0");
            }
            Ok(())
        });
    results.record(&format!("qemu {firmware}: shutdown powers off with status 0"), shutdown);
}

/// The in-kernel tests: one step.
pub fn kernel_steps() -> Vec<Step> {
    vec![Step::new("kernel: in-kernel tests", kernel_tests)]
}

/// Boots the real image on BIOS (every check) and UEFI (a smaller set), then
/// types on its keyboard.
pub fn integration_steps() -> Vec<Step> {
    vec![
        Step::new("qemu: BIOS shell", |results| {
            shell_session(results, false, SHELL_CHECKS)
        }),
        Step::new("qemu: UEFI shell", |results| {
            shell_session(results, true, &SHELL_CHECKS[..2])
        }),
        Step::new("qemu: keyboard and screen", keyboard_and_screen),
    ]
}
