//! The smallest kernel on our bootloader: it writes one line to COM1 and exits
//! QEMU through `isa-debug-exit`. `cargo xtask bench` times its boot to show
//! what the bootloader itself costs.
#![no_std]
#![no_main]

use bootloader_api::{entry_point, BootInfo};

entry_point!(main);

fn outb(port: u16, value: u8) {
    // SAFETY: COM1 and QEMU's debug-exit ports exist on the benchmark machine;
    // writing them has no effect on memory.
    unsafe { core::arch::asm!("out dx, al", in("dx") port, in("al") value, options(nomem, nostack)) };
}

fn main(_boot_info: &'static mut BootInfo) -> ! {
    for byte in b"minimal kernel up\r\n" {
        outb(0x3f8, *byte);
    }
    outb(0xf4, 0x10);
    loop {
        // SAFETY: halting is always allowed in ring 0.
        unsafe { core::arch::asm!("hlt") };
    }
}

#[panic_handler]
fn panic(_info: &core::panic::PanicInfo) -> ! {
    loop {}
}
