//! `std::env::args` (run with: alpha "beta gamma" ""): every argument,
//! the empty one included, in order.

fn main() {
    let program = wasi_conformance::start("rs-args");
    let arguments: Vec<String> = std::env::args().collect();
    program.check(arguments.len() == 4, "four arguments, the program's name first");
    program.check(arguments[1..] == ["alpha", "beta gamma", ""], "the arguments as given");
    program.check(std::env::args_os().count() == 4, "args_os agrees");
    let name = arguments[0].rsplit('/').next().unwrap_or_default();
    println!("argv[0] ends in {name}");
    for (index, argument) in arguments.iter().enumerate().skip(1) {
        println!("argv[{index}] = {argument:?}");
    }
    program.ok();
}
