//! The panic handler: prints `panicked at <location>: <message>` to stderr
//! and exits with status 101.

#[cfg(all(target_arch = "wasm32", not(test)))]
#[panic_handler]
fn panic(info: &core::panic::PanicInfo<'_>) -> ! {
    use crate::io::{Fd, LineWriter, Write};

    crate::io::flush_stdout();
    // A writer of its own: no heap, and no lock that the panicking code
    // might hold.
    let mut writer = LineWriter::new(Fd::STDERR);
    let _ = match info.location() {
        Some(location) => writeln!(writer, "panicked at {location}: {}", info.message()),
        None => writeln!(writer, "panicked: {}", info.message()),
    };
    let _ = writer.flush();
    // SAFETY: plain integer; the call does not return.
    unsafe { crate::sys::exit(101) }
}
