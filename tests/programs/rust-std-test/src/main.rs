//! Exercises the `wasmos` Rust library end to end, printing deterministic
//! results. With an argument it checks one behaviour instead:
//! `stdin` (count and echo input lines), `panic` (exit 101), `error`
//! (`main` returns `Err`, exit 1), `exit` (exit 7 with stdout flushed),
//! `oom` (allocate until memory runs out: the panic handler reports it).
#![no_std]

extern crate alloc;

use alloc::collections::BTreeMap;
use wasmos::fs::{self, File};
use wasmos::io::{self, BufReader, SeekFrom};
use wasmos::prelude::*;
use wasmos::time::{Duration, Instant, SystemTime};
use wasmos::{env, process, random, Error};

wasmos::main!(main);

fn main() -> Result<(), Error> {
    let arguments = env::args();
    match arguments.get(1).map(String::as_str) {
        Some("stdin") => return echo_stdin(),
        Some("panic") => {
            let values: Vec<i32> = Vec::new();
            let index = arguments.len() + 5;
            println!("about to panic");
            println!("{}", values[index]);
        }
        Some("error") => return Err(Error::ENOENT),
        Some("oom") => {
            let mut blocks = Vec::new();
            loop {
                blocks.push(vec![1u8; 1 << 20]);
                if blocks.len() % 16 == 0 {
                    println!("holding {} MiB", blocks.len());
                }
            }
        }
        Some("exit") => {
            print!("exiting with 7");
            process::exit(7);
        }
        _ => {}
    }
    println!("args: {:?}", &arguments[1..]);
    check_environment()?;
    check_files()?;
    check_heap();
    check_time();
    check_random();
    check_processes()?;
    println!("rust-std-test: all passed");
    Ok(())
}

fn echo_stdin() -> Result<(), Error> {
    let mut count = 0;
    for line in io::stdin().lines() {
        let line = line?;
        count += 1;
        println!("{count}: {line}");
    }
    println!("{count} lines");
    Ok(())
}

fn check_environment() -> Result<(), Error> {
    env::set_var("RUST_STD_TEST", "value one")?;
    println!("env: {:?}", env::var("RUST_STD_TEST"));
    env::remove_var("RUST_STD_TEST")?;
    println!("env after remove: {:?}", env::var("RUST_STD_TEST"));
    println!(
        "env bad name: {:?}",
        env::set_var("A=B", "c").map_err(|error| error.to_string())
    );
    Ok(())
}

fn check_files() -> Result<(), Error> {
    let directory = "/tmp/rust-std-test/nested";
    fs::create_dir_all(directory)?;
    fs::create_dir_all(directory)?;
    env::set_current_dir(directory)?;
    println!("cwd: {}", env::current_dir()?);

    fs::write("notes.txt", "first line\nsecond line\n")?;
    let mut file = File::append("notes.txt")?;
    writeln!(file, "third line, number {}", 3)?;
    drop(file);
    println!("size: {}", fs::metadata("notes.txt")?.len());
    let lines: Vec<String> = BufReader::new(File::open("notes.txt")?)
        .lines()
        .collect::<Result<_, _>>()?;
    println!("lines: {lines:?}");

    let mut file = File::open("notes.txt")?;
    file.seek(SeekFrom::Start(6))?;
    let mut word = [0; 4];
    file.read(&mut word)?;
    println!("at 6: {}", core::str::from_utf8(&word).unwrap_or("?"));
    let mut rest = String::new();
    file.seek(SeekFrom::End(-11))?;
    file.read_to_string(&mut rest)?;
    println!("last 11: {rest:?}");

    let large: Vec<u8> = (0..100_000u32).map(|value| (value % 251) as u8).collect();
    fs::write("large.bin", &large)?;
    println!("large round trip: {}", fs::read("large.bin")? == large);

    fs::rename("notes.txt", "renamed.txt")?;
    let mut names: Vec<String> = fs::read_dir(".")?.collect::<Result<_, _>>()?;
    names.sort();
    println!("entries: {names:?}");
    let metadata = fs::metadata(".")?;
    println!("dir: is_dir={} is_file={}", metadata.is_dir(), metadata.is_file());

    match File::open("missing.txt") {
        Ok(_) => println!("missing.txt exists?"),
        Err(error) => println!("open missing: {error} ({error:?})"),
    }
    println!(
        "remove non-empty dir: {:?}",
        fs::remove_dir(directory).map_err(|error| error.to_string())
    );
    fs::remove_file("renamed.txt")?;
    fs::remove_file("large.bin")?;
    env::set_current_dir("/")?;
    fs::remove_dir(directory)?;
    println!("removed: {}", fs::metadata(directory).is_err());
    Ok(())
}

fn check_heap() {
    let big: Vec<u32> = (0..1_000_000).collect();
    let sum: u64 = big.iter().map(|&value| u64::from(value)).sum();
    println!("sum of a million: {sum}");
    drop(big);

    // Many rounds of small allocations must reuse freed memory.
    for round in 0..50 {
        let boxes: Vec<Box<[u8; 48]>> = (0..2000).map(|index| Box::new([(index + round) as u8; 48])).collect();
        assert!(boxes
            .iter()
            .enumerate()
            .all(|(index, item)| item[47] == (index + round) as u8));
    }
    let mut map = BTreeMap::new();
    for word in "the quick brown fox jumps over the lazy dog the end".split(' ') {
        *map.entry(word).or_insert(0) += 1;
    }
    println!("word counts: {map:?}");
    let mut text = String::new();
    for number in 0..1000 {
        text.push_str(&format!("{number},"));
    }
    println!("text length: {}", text.len());
    let pages = core::arch::wasm32::memory_size(0);
    println!("memory below 16 MiB: {}", pages < 256);
}

fn check_time() {
    let start = Instant::now();
    wasmos::time::sleep(Duration::from_millis(2));
    println!("slept at least 2 ms: {}", start.elapsed() >= Duration::from_millis(2));
    println!(
        "wall clock after 2020: {}",
        SystemTime::now().unix_secs() > 1_577_836_800
    );
    println!("cputime positive: {}", wasmos::time::cputime() > Duration::ZERO);
}

fn check_random() {
    let mut bytes = [0u8; 64];
    random::fill(&mut bytes);
    let first = random::u64();
    let second = random::u64();
    println!(
        "random differs: {}",
        first != second && bytes.iter().any(|&byte| byte != 0)
    );
    println!("below 10: {}", (0..100).all(|_| random::below(10) < 10));
}

fn check_processes() -> Result<(), Error> {
    print!("child says: ");
    println!("status {}", process::run("helloworld-rs")?);
    println!("status {}", process::run_args(&["/tests/rust-std-test.wasm", "error"])?);
    println!("missing program: {:?}", process::run("no-such-program"));
    Ok(())
}
