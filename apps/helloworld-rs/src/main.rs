//! Hello world in Rust, against the `wasmos` library.
#![no_std]

use wasmos::println;

wasmos::main!(main);

fn main() {
    println!("Hello, world from Rust!");
}
