//! The 16550 UART on COM1: kernel output and interrupt-driven input.

use spin::Mutex;
use uart_16550::SerialPort;

const COM1: u16 = 0x3f8;

static PORT: Mutex<Option<SerialPort>> = Mutex::new(None);

fn new_port() -> SerialPort {
    // SAFETY: 0x3f8 is COM1 on every PC and QEMU machine.
    unsafe { SerialPort::new(COM1) }
}

/// Initialises COM1 (38400 8N1, receive interrupts on).
pub fn init() {
    let mut port = new_port();
    port.init();
    *PORT.lock() = Some(port);
}

fn send_all(port: &mut SerialPort, bytes: &[u8]) {
    for &byte in bytes {
        if byte == b'\n' {
            port.send_raw(b'\r');
        }
        port.send_raw(byte);
    }
}

/// Writes bytes, turning `\n` into `\r\n` for terminals.
pub fn write(bytes: &[u8]) {
    x86_64::instructions::interrupts::without_interrupts(|| {
        if let Some(port) = PORT.lock().as_mut() {
            send_all(port, bytes);
        }
    });
}

/// Writes bytes even if the port's lock is held (by the code that faulted).
pub fn write_emergency(bytes: &[u8]) {
    match PORT.try_lock() {
        Some(mut guard) => match guard.as_mut() {
            Some(port) => send_all(port, bytes),
            None => send_all(&mut new_port(), bytes),
        },
        None => send_all(&mut new_port(), bytes),
    }
}

/// Reads every byte the UART holds; called from its interrupt handler.
pub fn drain(mut deliver: impl FnMut(u8)) {
    if let Some(port) = PORT.lock().as_mut() {
        while let Ok(byte) = port.try_receive() {
            deliver(byte);
        }
    }
}
