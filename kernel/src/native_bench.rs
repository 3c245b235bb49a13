//! The bench build's native workloads (`--features native-bench`): the same C
//! sources as the `bench-*` apps, compiled by `build.rs` for the kernel's own
//! target and run here in ring 0 before the shell starts, so `cargo xtask
//! bench` can show what the interpreter costs against native code on the
//! same kernel. Also the few C library functions they need beyond the ones
//! compiled from `stdlib/c` (console output and the heap).

use alloc::alloc::{alloc, dealloc, Layout};
use alloc::vec::Vec;
use core::ffi::{c_char, c_int, c_void, CStr, VaList};
use core::fmt::Write;

use crate::arch;
use crate::boot::ConsoleWriter;

/// How many times each workload runs; the median is reported.
const RUNS: usize = 3;

unsafe extern "C" {
    fn native_fib(argc: c_int, argv: *const *const c_char) -> c_int;
    fn native_coremark(argc: c_int, argv: *const *const c_char) -> c_int;
    fn native_sha256(argc: c_int, argv: *const *const c_char) -> c_int;
    fn native_sort(argc: c_int, argv: *const *const c_char) -> c_int;
    fn native_nbody(argc: c_int, argv: *const *const c_char) -> c_int;
    fn native_malloc(argc: c_int, argv: *const *const c_char) -> c_int;
}

type Workload = unsafe extern "C" fn(c_int, *const *const c_char) -> c_int;

/// Each workload with the name its `BENCH` line carries, run with its default size.
const WORKLOADS: &[(&str, &CStr, Workload)] = &[
    ("native-fib", c"bench-fib", native_fib),
    ("native-coremark", c"bench-coremark", native_coremark),
    ("native-sha256", c"bench-sha256", native_sha256),
    ("native-sort", c"bench-sort", native_sort),
    ("native-nbody", c"bench-nbody", native_nbody),
    ("native-malloc", c"bench-malloc", native_malloc),
];

/// Runs every workload `RUNS` times and prints one line per workload in the
/// bench driver's format (`BENCH <name> runs=.. median_ns=.. ...`), then `BENCH-END`.
pub fn run() {
    for (name, program, workload) in WORKLOADS {
        let argv = [program.as_ptr(), core::ptr::null()];
        let mut times = Vec::with_capacity(RUNS);
        let mut status = 0;
        while times.len() < RUNS {
            let started = arch::monotonic_ns();
            // SAFETY: the workload is C code built for this target; argv is a
            // NUL-terminated array of NUL-terminated strings, as C's main expects.
            status = unsafe { workload(1, argv.as_ptr()) };
            times.push(arch::monotonic_ns() - started);
            if status != 0 {
                break;
            }
        }
        times.sort_unstable();
        let median = times[times.len() / 2];
        crate::kprintln!(
            "BENCH {name} runs={} median_ns={median} min_ns={} max_ns={} status={status}",
            times.len(),
            times[0],
            times[times.len() - 1]
        );
    }
    crate::kprintln!("BENCH-END");
}

/// What C's `FILE *` points at for the one stream the workloads name.
#[repr(transparent)]
pub struct Stream(*const u8);

// SAFETY: the pointer is only compared, never dereferenced.
unsafe impl Sync for Stream {}

static STANDARD_ERROR_MARK: u8 = 2;

/// C's `stderr`; output to it is prefixed so it stands out.
#[unsafe(no_mangle)]
pub static stderr: Stream = Stream(&STANDARD_ERROR_MARK);

/// C's `errno`, set by the `stdlib/c` sources compiled in (`strtol`).
#[unsafe(no_mangle)]
pub static mut errno: c_int = 0;

/// Bytes kept before each block for its size, so `free` can find the layout.
const HEADER: usize = 16;

/// C's `malloc`, from the kernel heap.
///
/// # Safety
/// Called by C code; the result is freed with [`free`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    let Some(total) = size.checked_add(HEADER) else {
        return core::ptr::null_mut();
    };
    let Ok(layout) = Layout::from_size_align(total, HEADER) else {
        return core::ptr::null_mut();
    };
    // SAFETY: the layout has a non-zero size.
    let block = unsafe { alloc(layout) };
    if block.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: the block holds at least HEADER bytes, aligned for a usize.
    unsafe {
        block.cast::<usize>().write(size);
        block.add(HEADER).cast()
    }
}

/// C's `free`.
///
/// # Safety
/// `pointer` is null or came from [`malloc`]/[`realloc`] and was not freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn free(pointer: *mut c_void) {
    if pointer.is_null() {
        return;
    }
    // SAFETY: malloc put the size HEADER bytes before the pointer, with this layout.
    unsafe {
        let block = pointer.cast::<u8>().sub(HEADER);
        let size = block.cast::<usize>().read();
        dealloc(block, Layout::from_size_align_unchecked(size + HEADER, HEADER));
    }
}

/// C's `realloc`.
///
/// # Safety
/// As for [`free`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn realloc(pointer: *mut c_void, size: usize) -> *mut c_void {
    // SAFETY: the caller's guarantees are malloc's and free's.
    unsafe {
        let moved = malloc(size);
        if !pointer.is_null() && !moved.is_null() {
            let old_size = pointer.cast::<u8>().sub(HEADER).cast::<usize>().read();
            core::ptr::copy_nonoverlapping(pointer.cast::<u8>(), moved.cast::<u8>(), old_size.min(size));
            free(pointer);
        }
        moved
    }
}

/// C's `printf`, for the conversions the workloads use.
///
/// # Safety
/// `format` is a C string whose conversions match the arguments.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn printf(format: *const c_char, arguments: ...) -> c_int {
    // SAFETY: the caller's guarantee.
    unsafe { format_to_console(format, arguments) }
}

/// C's `fprintf`: `stderr` output is marked, anything else goes to the console as is.
///
/// # Safety
/// As for [`printf`].
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fprintf(stream: *const c_void, format: *const c_char, arguments: ...) -> c_int {
    if core::ptr::eq(stream.cast(), &STANDARD_ERROR_MARK) {
        arch::console_write(b"[stderr] ");
    }
    // SAFETY: the caller's guarantee.
    unsafe { format_to_console(format, arguments) }
}

/// One conversion's flags, width and precision.
#[derive(Default)]
struct Conversion {
    left: bool,
    zero: bool,
    width: usize,
    precision: Option<usize>,
}

impl Conversion {
    /// Writes `body` padded to the width.
    fn pad(&self, output: &mut ConsoleWriter, body: &str) {
        let padding = self.width.saturating_sub(body.len());
        let (sign, digits) = match body.strip_prefix('-') {
            Some(rest) if self.zero => ("-", rest),
            _ => ("", body),
        };
        if self.left {
            let _ = write!(output, "{body}{:padding$}", "");
        } else if self.zero {
            let _ = write!(output, "{sign}{:0>padding$}{digits}", "");
        } else {
            let _ = write!(output, "{:padding$}{body}", "");
        }
    }
}

/// Formats C's `%[-0][width][.precision][l|ll|z](d|i|u|x|X|c|s|f|%)` to the console.
///
/// # Safety
/// `format` is a C string whose conversions match `arguments`.
unsafe fn format_to_console(format: *const c_char, mut arguments: VaList<'_>) -> c_int {
    // SAFETY: the caller guarantees a NUL-terminated string.
    let format = unsafe { CStr::from_ptr(format) }.to_bytes();
    let mut output = ConsoleWriter;
    let mut written = 0usize;
    let mut index = 0;
    let mut body = alloc::string::String::new();
    while index < format.len() {
        let byte = format[index];
        index += 1;
        if byte != b'%' {
            arch::console_write(&[byte]);
            written += 1;
            continue;
        }
        let mut conversion = Conversion::default();
        while let Some(flag) = format.get(index).filter(|flag| matches!(flag, b'-' | b'0')) {
            conversion.left |= *flag == b'-';
            conversion.zero |= *flag == b'0';
            index += 1;
        }
        while let Some(digit) = format.get(index).filter(|digit| digit.is_ascii_digit()) {
            conversion.width = conversion.width * 10 + usize::from(digit - b'0');
            index += 1;
        }
        if format.get(index) == Some(&b'.') {
            index += 1;
            let mut precision = 0;
            while let Some(digit) = format.get(index).filter(|digit| digit.is_ascii_digit()) {
                precision = precision * 10 + usize::from(digit - b'0');
                index += 1;
            }
            conversion.precision = Some(precision);
        }
        let mut wide = false;
        while let Some(length) = format.get(index).filter(|length| matches!(length, b'l' | b'z')) {
            wide |= matches!(length, b'l' | b'z');
            index += 1;
        }
        let Some(&kind) = format.get(index) else { break };
        index += 1;
        body.clear();
        // SAFETY: (for the argument reads) the caller guarantees the types match the conversions.
        unsafe {
            let _ = match kind {
                b'd' | b'i' if wide => write!(body, "{}", arguments.next_arg::<i64>()),
                b'd' | b'i' => write!(body, "{}", arguments.next_arg::<c_int>()),
                b'u' if wide => write!(body, "{}", arguments.next_arg::<u64>()),
                b'u' => write!(body, "{}", arguments.next_arg::<u32>()),
                b'x' if wide => write!(body, "{:x}", arguments.next_arg::<u64>()),
                b'x' => write!(body, "{:x}", arguments.next_arg::<u32>()),
                b'X' if wide => write!(body, "{:X}", arguments.next_arg::<u64>()),
                b'X' => write!(body, "{:X}", arguments.next_arg::<u32>()),
                b'c' => write!(body, "{}", arguments.next_arg::<c_int>() as u8 as char),
                b'f' => write!(
                    body,
                    "{:.*}",
                    conversion.precision.unwrap_or(6),
                    arguments.next_arg::<f64>()
                ),
                b's' => {
                    let text = CStr::from_ptr(arguments.next_arg::<*const c_char>()).to_string_lossy();
                    body.extend(text.chars().take(conversion.precision.unwrap_or(usize::MAX)));
                    Ok(())
                }
                _ => {
                    body.push(kind as char);
                    Ok(())
                }
            };
        }
        written += body.len().max(conversion.width);
        conversion.pad(&mut output, &body);
    }
    written as c_int
}
