//! The QEMU test levels: the in-kernel test kernel, and the real image booted
//! on BIOS and UEFI and driven through its serial console like a user would.

use std::time::Duration;

use crate::expect::Session;
use crate::image::{self, Flavor};
use crate::qemu;
use crate::report::Results;

pub const BOOT_TIMEOUT: Duration = Duration::from_secs(120);
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
pub const PROMPT: &str = "$ ";

/// Boots `image` with its serial port driven by a [`Session`].
pub fn headless(image: &std::path::Path, uefi: bool) -> Result<Session, String> {
    let mut command = qemu::machine(image, uefi)?;
    qemu::drive_over_serial(&mut command, None);
    Session::start(command)
}

/// QEMU's human monitor on a Unix socket: `sendkey` types on the PS/2
/// keyboard, `screendump` saves the framebuffer.
pub struct Monitor {
    stream: std::os::unix::net::UnixStream,
}

impl Monitor {
    pub fn connect(path: &std::path::Path) -> Result<Monitor, String> {
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        loop {
            match std::os::unix::net::UnixStream::connect(path) {
                Ok(stream) => {
                    stream
                        .set_read_timeout(Some(Duration::from_millis(200)))
                        .map_err(|error| error.to_string())?;
                    return Ok(Monitor { stream });
                }
                Err(error) if std::time::Instant::now() > deadline => return Err(format!("monitor socket: {error}")),
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }

    pub fn command(&mut self, line: &str) -> Result<(), String> {
        use std::io::{Read, Write};
        self.stream
            .write_all(format!("{line}\n").as_bytes())
            .map_err(|error| error.to_string())?;
        // Drain the monitor's echo so the socket never fills.
        let mut buffer = [0u8; 4096];
        let _ = self.stream.read(&mut buffer);
        Ok(())
    }

    /// Types `text` (lowercase letters, digits, spaces) and Enter on the keyboard.
    pub fn type_line(&mut self, text: &str) -> Result<(), String> {
        for character in text.chars() {
            let key = match character {
                ' ' => "spc".to_string(),
                other => other.to_string(),
            };
            self.command(&format!("sendkey {key}"))?;
            std::thread::sleep(Duration::from_millis(30));
        }
        self.command("sendkey ret")
    }
}

/// Boots the BIOS image with a monitor socket, types a command on the PS/2
/// keyboard, and checks the framebuffer shows text.
pub fn keyboard_and_screen(results: &mut Results) {
    let images = match image::build(Flavor::Normal) {
        Ok(images) => images,
        Err(error) => return results.record("qemu keyboard: image builds", Err(error)),
    };
    let socket = std::env::temp_dir().join(format!("wasmos-monitor-{}.sock", std::process::id()));
    let _ = std::fs::remove_file(&socket);
    let session = qemu::machine(&images.bios, false).and_then(|mut command| {
        qemu::drive_over_serial(&mut command, Some(&socket));
        Session::start(command)
    });
    let mut session = match session {
        Ok(session) => session,
        Err(error) => return results.record("qemu keyboard: QEMU starts", Err(error)),
    };
    let outcome = (|| {
        session.expect("Welcome to WasmOS", BOOT_TIMEOUT)?;
        session.expect(PROMPT, BOOT_TIMEOUT)?;
        let mut monitor = Monitor::connect(&socket)?;
        monitor.type_line("echo typed on the keyboard 42")?;
        session.expect("echo typed on the keyboard 42\n", COMMAND_TIMEOUT)?;
        session.expect("typed on the keyboard 42\n", COMMAND_TIMEOUT)?;
        session.expect(PROMPT, COMMAND_TIMEOUT)?;
        Ok(monitor)
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
            let bytes = std::fs::read(&dump).map_err(|error| format!("reading the screendump: {error}"))?;
            let lit = bytes.iter().skip(64).filter(|byte| **byte > 128).count();
            let _ = std::fs::remove_file(&dump);
            if bytes.starts_with(b"P6") && lit > 1000 {
                Ok(())
            } else {
                Err(format!(
                    "the screen looks empty ({lit} bright bytes of {})",
                    bytes.len()
                ))
            }
        });
    results.record("qemu screen: the framebuffer console shows text", screen);
    let _ = std::fs::remove_file(&socket);
}

/// Boots the in-kernel test kernel and records each test it reports.
pub fn kernel_tests(results: &mut Results) {
    let images = match image::build(Flavor::KernelTests) {
        Ok(images) => images,
        Err(error) => return results.record("kernel_tests_build", Err(error)),
    };
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
            Err(line.to_string())
        };
        results.record(&format!("kernel: {name}"), outcome);
    }
    let whole = match (summary, status) {
        (Ok(_), Ok(Some(33))) if seen > 0 => Ok(()),
        (Ok(_), Ok(code)) => Err(format!(
            "QEMU exit status {code:?} (33 means success); output:\n{transcript}"
        )),
        (Err(error), _) | (_, Err(error)) => Err(error),
    };
    results.record(
        "kernel: test kernel boots, runs every test and exits with success",
        whole,
    );
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
        command: "trap",
        expected: &["trap: trapped: unreachable"],
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
        command: "vec-test-cpp",
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
    println!(
        "     ({firmware}: first kernel output after {:.2} s)",
        banner_time.as_secs_f64()
    );
    let prompt = session
        .expect("Welcome to WasmOS", BOOT_TIMEOUT)
        .and_then(|_| session.expect(PROMPT, BOOT_TIMEOUT));
    println!(
        "     ({firmware}: shell prompt after {:.2} s)",
        session.elapsed().as_secs_f64()
    );
    let prompt_ok = prompt.is_ok();
    results.record(
        &format!("qemu {firmware}: boots to the shell prompt after the motd"),
        prompt.map(|_| ()),
    );
    if !prompt_ok {
        return;
    }
    for check in checks {
        let outcome = (|| {
            session.send(&format!("{}\r", check.command))?;
            // The echoed command line, then the output, then the next prompt.
            session.expect(&format!("{}\n", check.command), COMMAND_TIMEOUT)?;
            let output = session.expect(PROMPT, COMMAND_TIMEOUT)?;
            crate::host_tests::check_output(&output, check.expected, &[])
        })();
        results.record(&format!("qemu {firmware}: {}", check.name), outcome);
    }
    let shutdown = session
        .send("shutdown\r")
        .and_then(|_| session.wait_exit(COMMAND_TIMEOUT))
        .and_then(|code| {
            if code == Some(0) {
                Ok(())
            } else {
                Err(format!("QEMU exit status {code:?}, expected 0"))
            }
        });
    results.record(&format!("qemu {firmware}: shutdown powers off with status 0"), shutdown);
}

/// Boots the real image on BIOS (every check) and UEFI (a smaller set).
pub fn integration_tests(results: &mut Results) {
    shell_session(results, false, SHELL_CHECKS);
    shell_session(results, true, &SHELL_CHECKS[..2]);
    keyboard_and_screen(results);
}
