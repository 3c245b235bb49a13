//! The WasmOS kernel binary: the bootloader's entry point and the panic handler.
#![cfg_attr(target_os = "none", no_std, no_main)]
#![deny(unsafe_code)]

#[cfg(target_os = "none")]
mod bare_metal {
    use bootloader_api::{entry_point, BootInfo};

    entry_point!(kernel_main, config = &wasmos_kernel::boot::BOOTLOADER_CONFIG);

    fn kernel_main(boot_info: &'static mut BootInfo) -> ! {
        // First: the kernel is compiled for SSE2, which the bootloader leaves off.
        wasmos_kernel::arch::enable_floating_point();
        wasmos_kernel::boot::run(boot_info)
    }

    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        wasmos_kernel::boot::panic(info)
    }
}

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!("wasmos-kernel runs on bare metal only: use `cargo xtask run` to boot it in QEMU");
    std::process::exit(1);
}
