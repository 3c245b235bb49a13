//! `std::env::vars` agrees with `std::env::var`; variables set in the
//! process are seen and removed.

fn main() {
    let program = wasi_conformance::start("rs-env");
    let variables: Vec<(String, String)> = std::env::vars().collect();
    for (name, value) in &variables {
        program.check(!name.is_empty() && !name.contains('='), "a variable's name");
        program.check(
            std::env::var(name).as_deref() == Ok(value.as_str()),
            "var agrees with vars",
        );
    }
    program.check(std::env::var("WASI_CONFORMANCE_UNSET").is_err(), "an unset variable");
    // SAFETY: the program has one thread.
    unsafe { std::env::set_var("WASI_CONFORMANCE_SET", "a=b") };
    program.check(
        std::env::var("WASI_CONFORMANCE_SET").as_deref() == Ok("a=b"),
        "a variable set here",
    );
    // SAFETY: the program has one thread.
    unsafe { std::env::remove_var("WASI_CONFORMANCE_SET") };
    program.check(
        std::env::var_os("WASI_CONFORMANCE_SET").is_none(),
        "a variable removed here",
    );
    println!("vars and var agree; set and remove work");
    program.ok();
}
