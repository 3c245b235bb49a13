//! Time: the PIT ticking at a known rate, a 64-bit monotonic nanosecond clock
//! (the TSC, calibrated against the PIT), and the CMOS real-time clock.

use core::sync::atomic::{AtomicU64, Ordering};

use super::port_io::Port;

/// Timer interrupts per second.
pub const TICK_HZ: u32 = 1000;
const PIT_FREQUENCY: u32 = 1_193_182;
// SAFETY: 0x40 is the data port of the PIT's channel 0 on every PC, driven only here.
const PIT_CHANNEL0: Port<u8> = unsafe { Port::new(0x40) };
// SAFETY: 0x43 is the PIT's mode/command register on every PC, driven only here.
const PIT_COMMAND: Port<u8> = unsafe { Port::new(0x43) };

static TICKS: AtomicU64 = AtomicU64::new(0);
static TSC_AT_BOOT: AtomicU64 = AtomicU64::new(0);
/// Nanoseconds per TSC cycle as a 32.32 fixed-point number; 0 until calibrated.
static NANOSECONDS_PER_CYCLE: AtomicU64 = AtomicU64::new(0);
static WALL_CLOCK_AT_BOOT: AtomicU64 = AtomicU64::new(0);

fn read_tsc() -> u64 {
    // SAFETY: RDTSC has no side effects and exists on every x86_64 CPU.
    unsafe { core::arch::x86_64::_rdtsc() }
}

/// Programs the PIT for `TICK_HZ` interrupts (mode 2, rate generator).
pub fn init_pit() {
    let divisor = (PIT_FREQUENCY / TICK_HZ) as u16;
    PIT_COMMAND.write(0x34);
    PIT_CHANNEL0.write((divisor & 0xff) as u8);
    PIT_CHANNEL0.write((divisor >> 8) as u8);
    TSC_AT_BOOT.store(read_tsc(), Ordering::Relaxed);
}

/// Counts one timer interrupt.
pub fn on_tick() {
    TICKS.fetch_add(1, Ordering::Relaxed);
}

/// Timer interrupts since the PIT started.
pub fn ticks() -> u64 {
    TICKS.load(Ordering::Relaxed)
}

/// Measures the TSC rate over `milliseconds` PIT ticks (interrupts must be on).
pub fn calibrate(milliseconds: u64) {
    let start_tick = ticks();
    while ticks() == start_tick {
        x86_64::instructions::hlt();
    }
    let first_tick = ticks();
    let start_tsc = read_tsc();
    while ticks() < first_tick + milliseconds {
        x86_64::instructions::hlt();
    }
    let cycles = read_tsc().saturating_sub(start_tsc).max(1);
    let nanoseconds = (ticks() - first_tick) * 1_000_000_000 / u64::from(TICK_HZ);
    let per_cycle = ((u128::from(nanoseconds) << 32) / u128::from(cycles)) as u64;
    // The TSC restarts the clock: align it with the ticks counted so far.
    let elapsed_ticks_ns = first_tick * 1_000_000_000 / u64::from(TICK_HZ);
    let boot_tsc =
        start_tsc.saturating_sub(((u128::from(elapsed_ticks_ns) << 32) / u128::from(per_cycle.max(1))) as u64);
    TSC_AT_BOOT.store(boot_tsc, Ordering::Relaxed);
    NANOSECONDS_PER_CYCLE.store(per_cycle, Ordering::Relaxed);
}

/// Nanoseconds since the clock started; monotonic.
pub fn monotonic_ns() -> u64 {
    let per_cycle = NANOSECONDS_PER_CYCLE.load(Ordering::Relaxed);
    if per_cycle == 0 {
        return ticks() * 1_000_000_000 / u64::from(TICK_HZ);
    }
    let cycles = read_tsc().saturating_sub(TSC_AT_BOOT.load(Ordering::Relaxed));
    ((u128::from(cycles) * u128::from(per_cycle)) >> 32) as u64
}

/// Nanoseconds since 1970 UTC: the RTC reading at boot plus the monotonic clock.
pub fn wall_clock_ns() -> i64 {
    let boot = WALL_CLOCK_AT_BOOT.load(Ordering::Relaxed) as i64;
    boot + monotonic_ns() as i64
}

// SAFETY: 0x70 selects the CMOS register (bit 7 masks NMIs), driven only here.
const CMOS_ADDRESS: Port<u8> = unsafe { Port::new(0x70) };
// SAFETY: 0x71 is the CMOS data port for the register selected through 0x70.
const CMOS_DATA: Port<u8> = unsafe { Port::new(0x71) };

fn cmos_read(register: u8) -> u8 {
    CMOS_ADDRESS.write(register | 0x80);
    CMOS_DATA.read()
}

fn rtc_update_in_progress() -> bool {
    cmos_read(0x0a) & 0x80 != 0
}

fn rtc_snapshot() -> [u8; 7] {
    while rtc_update_in_progress() {
        core::hint::spin_loop();
    }
    [
        cmos_read(0x00),
        cmos_read(0x02),
        cmos_read(0x04),
        cmos_read(0x07),
        cmos_read(0x08),
        cmos_read(0x09),
        cmos_read(0x32),
    ]
}

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = if year >= 0 { year } else { year - 399 } / 400;
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Reads the CMOS clock (twice, until two readings agree) and records the wall-clock time at boot.
pub fn read_rtc() {
    let mut reading = rtc_snapshot();
    loop {
        let again = rtc_snapshot();
        if again == reading {
            break;
        }
        reading = again;
    }
    let status_b = cmos_read(0x0b);
    let binary = status_b & 0x04 != 0;
    let twenty_four_hour = status_b & 0x02 != 0;
    let decode = |value: u8| {
        if binary {
            value
        } else {
            (value & 0x0f) + (value >> 4) * 10
        }
    };
    let [seconds, minutes, hours_raw, day, month, year, century] = reading;
    let pm = hours_raw & 0x80 != 0;
    let mut hours = decode(hours_raw & 0x7f);
    if !twenty_four_hour {
        hours %= 12;
        if pm {
            hours += 12;
        }
    }
    let century = if century == 0 || century == 0xff {
        20
    } else {
        decode(century)
    };
    let full_year = i64::from(century) * 100 + i64::from(decode(year));
    let days = days_from_civil(full_year, u32::from(decode(month)), u32::from(decode(day)));
    let seconds_since_epoch =
        days * 86_400 + i64::from(hours) * 3600 + i64::from(decode(minutes)) * 60 + i64::from(decode(seconds));
    let boot_ns = (seconds_since_epoch * 1_000_000_000).saturating_sub(monotonic_ns() as i64);
    WALL_CLOCK_AT_BOOT.store(boot_ns.max(0) as u64, Ordering::Relaxed);
}
