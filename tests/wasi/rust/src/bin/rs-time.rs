//! `std::time`: `SystemTime` is after 2020, `Instant` never goes back, and
//! `thread::sleep` waits at least as long as asked.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

fn main() {
    let program = wasi_conformance::start("rs-time");
    let now = program.get(SystemTime::now().duration_since(UNIX_EPOCH), "the realtime clock");
    program.check(now.as_secs() > 1_577_836_800, "after 2020");
    let mut previous = Instant::now();
    for _ in 0..1000 {
        let instant = Instant::now();
        program.check(instant >= previous, "the monotonic clock never goes back");
        previous = instant;
    }
    let before = Instant::now();
    let wall_before = SystemTime::now();
    std::thread::sleep(Duration::from_millis(30));
    let slept = before.elapsed();
    program.check(slept >= Duration::from_millis(30), "slept at least 30 ms");
    program.check(slept < Duration::from_secs(10), "slept less than 10 s");
    program.check(SystemTime::now() >= wall_before, "realtime moved on");
    println!("system time after 2020, instants steady, a 30 ms sleep");
    program.ok();
}
