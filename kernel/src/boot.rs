//! What the kernel does after the bootloader hands over: bring the machine up,
//! print the banner, then run the in-kernel tests or the shell, forever.

use alloc::string::ToString;
use core::fmt::Write;
use core::panic::PanicInfo;

use bootloader_api::config::Mapping;
use bootloader_api::{BootInfo, BootloaderConfig};

use crate::arch;

/// How the bootloader must set the machine up for this kernel.
pub const BOOTLOADER_CONFIG: BootloaderConfig = {
    let mut config = BootloaderConfig::new_default();
    config.mappings.physical_memory = Some(Mapping::Dynamic);
    config.kernel_stack_size = 2 * 1024 * 1024;
    config
};

/// A `core::fmt::Write` for the console (screen and serial).
pub struct ConsoleWriter;

impl Write for ConsoleWriter {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        arch::console_write(text.as_bytes());
        Ok(())
    }
}

/// Prints to the console (screen and serial) with a newline.
#[macro_export]
macro_rules! kprintln {
    ($($argument:tt)*) => {{
        let _ = core::fmt::Write::write_fmt(&mut $crate::boot::ConsoleWriter, format_args!($($argument)*));
        $crate::arch::console_write(b"\n");
    }};
}

/// The kernel's main function.
pub fn run(boot_info: &'static mut BootInfo) -> ! {
    let report = arch::init(boot_info);
    kprintln!(
        "WasmOS {} (x86_64): kernel up in {} ms, heap {} MiB{}",
        env!("CARGO_PKG_VERSION"),
        arch::monotonic_ns() / 1_000_000,
        report.heap_bytes >> 20,
        match report.screen {
            Some((columns, rows)) => alloc::format!(", screen {columns}x{rows}"),
            None => ", no screen".to_string(),
        }
    );

    #[cfg(feature = "kernel-tests")]
    crate::harness::kernel_tests::run();
    #[cfg(feature = "native-bench")]
    crate::harness::native_bench::run();
    #[cfg(not(feature = "kernel-tests"))]
    run_shell()
}

/// Builds the kernel core over the embedded rootfs and keeps a shell running.
#[cfg(not(feature = "kernel-tests"))]
fn run_shell() -> ! {
    use crate::errno::Errno;
    use crate::system::System;

    static MACHINE: arch::Machine = arch::Machine;
    let (files, damaged) = crate::rootfs::files();
    for path in damaged {
        kprintln!("rootfs: {path} is damaged in the kernel image and was left out");
    }
    let system = match System::new(&MACHINE, files) {
        Ok(system) => system,
        Err(error) => {
            kprintln!("cannot build the root file system: {error}");
            arch::halt_forever();
        }
    };
    loop {
        match system.spawn(alloc::vec!["cli".to_string()], None) {
            Ok(status) => kprintln!("shell exited with status {status}; starting a new one"),
            Err(Errno::ENOENT) => {
                kprintln!("no shell: /bin/cli.wasm is missing (build the apps with `cargo xtask build`)");
                arch::halt_forever();
            }
            Err(error) => {
                kprintln!("cannot start the shell: {error}");
                arch::halt_forever();
            }
        }
    }
}

/// The panic handler's body: report on serial and screen, then stop.
pub fn panic(info: &PanicInfo) -> ! {
    let _ = writeln!(arch::EmergencyWriter, "\nKERNEL PANIC: {info}");
    arch::print_backtrace();
    arch::qemu::exit(arch::qemu::ExitCode::Failure)
}
