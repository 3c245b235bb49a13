//! In-kernel tests, built with the `kernel-tests` feature: they check what
//! only the real machine can show (exceptions, interrupts, clocks, the heap,
//! Wasm on bare metal) and report through serial and QEMU's debug exit.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::sync::atomic::{AtomicUsize, Ordering};

use crate::arch;
use crate::kprintln;

static PASSED: AtomicUsize = AtomicUsize::new(0);
static FAILED: AtomicUsize = AtomicUsize::new(0);
static NEXT: AtomicUsize = AtomicUsize::new(0);

type Test = (&'static str, fn() -> Result<(), &'static str>);

const TESTS: &[Test] = &[
    (
        "breakpoint_exception_is_caught_and_execution_continues",
        breakpoint_exception_is_caught,
    ),
    ("page_fault_is_caught_with_its_address", page_fault_is_caught),
    ("timer_interrupts_arrive", timer_interrupts_arrive),
    ("monotonic_clock_advances_with_the_timer", monotonic_clock_advances),
    ("rtc_gives_a_date_after_2024", rtc_gives_a_plausible_date),
    ("heap_allocations_are_freed", heap_allocations_are_freed),
    ("heap_spans_the_memory_map", heap_spans_the_memory_map),
    (
        "memcpy_memmove_memset_match_a_byte_by_byte_reference",
        memory_functions_match_reference,
    ),
    ("wasm_module_runs_on_bare_metal", wasm_module_runs),
    (
        "acpi_power_off_refuses_a_control_port_the_kernel_drives",
        acpi_control_port_is_checked,
    ),
];

fn breakpoint_exception_is_caught() -> Result<(), &'static str> {
    let before = arch::breakpoints_handled();
    x86_64::instructions::interrupts::int3();
    if arch::breakpoints_handled() == before + 1 {
        Ok(())
    } else {
        Err("the breakpoint handler did not run")
    }
}

/// Where the page-fault test continues once the handler has caught the fault.
extern "C" fn after_page_fault() -> ! {
    let address = arch::recovered_fault_address();
    if address == UNMAPPED_ADDRESS {
        kprintln!("test page_fault_is_caught_with_its_address ... ok");
        PASSED.fetch_add(1, Ordering::SeqCst);
    } else {
        kprintln!("test page_fault_is_caught_with_its_address ... FAILED: CR2 was {address:#x}");
        FAILED.fetch_add(1, Ordering::SeqCst);
    }
    resume()
}

/// The first page is never mapped, so that null-pointer accesses fault.
const UNMAPPED_ADDRESS: u64 = 0x8;

fn page_fault_is_caught() -> Result<(), &'static str> {
    arch::expect_page_fault(after_page_fault);
    let unmapped = UNMAPPED_ADDRESS;
    let value: u64;
    // SAFETY: a deliberate load from an unmapped address; the armed handler
    // moves execution to `after_page_fault`, which never returns here.
    unsafe {
        core::arch::asm!("mov {value}, qword ptr [{address}]", address = in(reg) unmapped, value = out(reg) value)
    };
    kprintln!("read {value:#x} from an unmapped address");
    Err("no page fault happened")
}

fn timer_interrupts_arrive() -> Result<(), &'static str> {
    let start = arch::monotonic_ns();
    for _ in 0..5 {
        arch::wait_for_interrupt();
    }
    if arch::monotonic_ns() > start {
        Ok(())
    } else {
        Err("time did not move across five interrupts")
    }
}

fn monotonic_clock_advances() -> Result<(), &'static str> {
    let first = arch::monotonic_ns();
    let mut last = first;
    while last - first < 10_000_000 {
        arch::wait_for_interrupt();
        let now = arch::monotonic_ns();
        if now < last {
            return Err("the clock went backwards");
        }
        last = now;
    }
    Ok(())
}

fn rtc_gives_a_plausible_date() -> Result<(), &'static str> {
    use crate::platform::Platform;
    let seconds = arch::Machine.wall_clock_ns() / 1_000_000_000;
    // 2024-01-01 and 2100-01-01.
    if (1_704_067_200..4_102_444_800).contains(&seconds) {
        Ok(())
    } else {
        Err("the wall clock is not between 2024 and 2100")
    }
}

fn heap_allocations_are_freed() -> Result<(), &'static str> {
    use crate::platform::Platform;
    let before = arch::Machine.heap_stats().used;
    let mut blocks: Vec<Box<[u8]>> = Vec::new();
    for size in [16usize, 4096, 1 << 20, 8 << 20] {
        blocks.push(alloc::vec![0xa5u8; size].into_boxed_slice());
    }
    if blocks.iter().any(|block| block.iter().any(|byte| *byte != 0xa5)) {
        return Err("heap memory did not hold its contents");
    }
    drop(blocks);
    if arch::Machine.heap_stats().used == before {
        Ok(())
    } else {
        Err("heap use did not return to its baseline")
    }
}

fn heap_spans_the_memory_map() -> Result<(), &'static str> {
    use crate::platform::Platform;
    if arch::Machine.heap_stats().total >= 32 << 20 {
        Ok(())
    } else {
        Err("the heap is smaller than 32 MiB on a 128 MiB machine")
    }
}

/// A byte pattern that differs at every offset of a small buffer.
fn pattern(index: usize) -> u8 {
    (index * 7 + 3) as u8
}

/// Checks the kernel's `memcpy`, `memmove` and `memset` (reached through
/// `core::ptr`) against a volatile byte loop the compiler cannot turn into
/// calls to them: every length to 160 and some larger, every alignment, and
/// overlap in both directions.
fn memory_functions_match_reference() -> Result<(), &'static str> {
    const SIZE: usize = 1200;
    let mut buffer = [0u8; SIZE];
    let mut other = [0u8; SIZE];
    let mut expected = [0u8; SIZE];
    let reset = |buffer: &mut [u8; SIZE]| {
        for (index, byte) in buffer.iter_mut().enumerate() {
            // SAFETY: `byte` is a valid, exclusive reference into the buffer.
            unsafe { core::ptr::write_volatile(byte, pattern(index)) };
        }
    };
    let lengths = (0..160).chain([255, 256, 257, 1000, 1023]);
    for length in lengths {
        for source_offset in [0usize, 1, 7, 8, 15, 16, 33] {
            for destination_offset in [0usize, 1, 3, 8, 9, 16, 40, 100] {
                if source_offset.max(destination_offset) + length > SIZE {
                    continue;
                }
                // memmove within one buffer, both directions (source below or above destination).
                reset(&mut buffer);
                reset(&mut expected);
                for index in 0..length {
                    // SAFETY: both indices are inside the buffers (checked above).
                    unsafe {
                        let byte = core::ptr::read_volatile(&buffer[source_offset + index]);
                        core::ptr::write_volatile(&mut expected[destination_offset + index], byte);
                    }
                }
                // SAFETY: both ranges lie inside `buffer`.
                unsafe {
                    let base = buffer.as_mut_ptr();
                    core::ptr::copy(base.add(source_offset), base.add(destination_offset), length);
                }
                if buffer != expected {
                    return Err("memmove differs from the reference");
                }
                // memcpy between two buffers.
                reset(&mut other);
                // SAFETY: the ranges are inside two distinct buffers.
                unsafe {
                    core::ptr::copy_nonoverlapping(
                        expected.as_ptr().add(source_offset),
                        other.as_mut_ptr().add(destination_offset),
                        length,
                    );
                }
                for index in 0..SIZE {
                    let inside = (destination_offset..destination_offset + length).contains(&index);
                    let want = if inside {
                        expected[source_offset + index - destination_offset]
                    } else {
                        pattern(index)
                    };
                    if other[index] != want {
                        return Err("memcpy differs from the reference");
                    }
                }
            }
            // memset at this offset and length.
            reset(&mut buffer);
            // SAFETY: the range is inside the buffer (offset 33 + 1023 < SIZE).
            unsafe { core::ptr::write_bytes(buffer.as_mut_ptr().add(source_offset), 0x5a, length) };
            for (index, byte) in buffer.iter().enumerate() {
                let inside = (source_offset..source_offset + length).contains(&index);
                if *byte != if inside { 0x5a } else { pattern(index) } {
                    return Err("memset differs from the reference");
                }
            }
        }
    }
    Ok(())
}

/// `(module (import "wasmos" "write" ...) (import "wasmos" "exit" ...) (memory (export "memory") 1)
///  (data (i32.const 8) "wasm ok\n") (func (export "_start") write(1, 8, 8); exit(42)))`
const EXIT_42: &[u8] = &[
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x0f, 0x03, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x01, 0x7f, 0x60,
    0x01, 0x7f, 0x00, 0x60, 0x00, 0x00, 0x02, 0x1e, 0x02, 0x06, 0x77, 0x61, 0x73, 0x6d, 0x6f, 0x73, 0x05, 0x77, 0x72,
    0x69, 0x74, 0x65, 0x00, 0x00, 0x06, 0x77, 0x61, 0x73, 0x6d, 0x6f, 0x73, 0x04, 0x65, 0x78, 0x69, 0x74, 0x00, 0x01,
    0x03, 0x02, 0x01, 0x02, 0x05, 0x03, 0x01, 0x00, 0x01, 0x07, 0x13, 0x02, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79,
    0x02, 0x00, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x02, 0x0a, 0x11, 0x01, 0x0f, 0x00, 0x41, 0x01, 0x41,
    0x08, 0x41, 0x08, 0x10, 0x00, 0x1a, 0x41, 0x2a, 0x10, 0x01, 0x0b, 0x0b, 0x0e, 0x01, 0x00, 0x41, 0x08, 0x0b, 0x08,
    0x77, 0x61, 0x73, 0x6d, 0x20, 0x6f, 0x6b, 0x0a,
];

static MACHINE: arch::Machine = arch::Machine;

fn wasm_module_runs() -> Result<(), &'static str> {
    let files = [("/bin/exit42.wasm", EXIT_42.to_vec())];
    let system = crate::system::System::new(&MACHINE, files).map_err(|_| "building the file system failed")?;
    match system.spawn(alloc::vec![alloc::string::String::from("exit42")], None) {
        Ok(42) => Ok(()),
        Ok(_) => Err("the module exited with the wrong status"),
        Err(_) => Err("the module did not start"),
    }
}

/// The PM1a control port comes from a firmware table: zero, ports outside
/// the I/O space and ports of devices the kernel drives (the 16-bit register
/// overlapping them counts) are refused, QEMU's real ones accepted.
fn acpi_control_port_is_checked() -> Result<(), &'static str> {
    let refused = [
        0u32, 0xffff, 0x1_0000, 0x1f, 0x20, 0x43, 0x60, 0x64, 0x71, 0xa1, 0xf3, 0xf6, 0x3f7, 0x3ff,
    ];
    if refused.iter().any(|port| arch::check_pm1a_control_port(*port).is_ok()) {
        return Err("a port the kernel drives, or no port at all, was accepted");
    }
    // q35's and i440fx's PM1a control ports, and one just past COM1.
    for port in [0x604u16, 0xb004, 0x400] {
        if arch::check_pm1a_control_port(u32::from(port)) != Ok(port) {
            return Err("a free port was refused");
        }
    }
    Ok(())
}

fn resume() -> ! {
    loop {
        let index = NEXT.fetch_add(1, Ordering::SeqCst);
        let Some((name, test)) = TESTS.get(index) else {
            break;
        };
        match test() {
            Ok(()) => {
                kprintln!("test {name} ... ok");
                PASSED.fetch_add(1, Ordering::SeqCst);
            }
            Err(reason) => {
                kprintln!("test {name} ... FAILED: {reason}");
                FAILED.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
    let passed = PASSED.load(Ordering::SeqCst);
    let failed = FAILED.load(Ordering::SeqCst);
    kprintln!("kernel tests: {passed} passed, {failed} failed");
    arch::qemu::exit(if failed == 0 {
        arch::qemu::ExitCode::Success
    } else {
        arch::qemu::ExitCode::Failure
    })
}

/// Runs every in-kernel test, then exits QEMU with the result.
pub fn run() -> ! {
    kprintln!("running {} kernel tests", TESTS.len());
    resume()
}
