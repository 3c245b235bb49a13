//! The PS/2 keyboard: scancodes from port 0x60 decoded by `pc-keyboard`, with
//! modifier state kept across scancodes, into bytes and VT100 escape sequences.

use pc_keyboard::{layouts, DecodedKey, HandleControl, KeyCode, Keyboard, ScancodeSet1};
use spin::Mutex;

use super::input;
use super::port_io::Port;

// SAFETY: 0x60 is the PS/2 controller's data port on every PC; reading it
// takes the scancode that raised the keyboard interrupt.
const DATA_PORT: Port<u8> = unsafe { Port::new(0x60) };

static KEYBOARD: Mutex<Keyboard<layouts::Us104Key, ScancodeSet1>> = Mutex::new(Keyboard::new(
    ScancodeSet1::new(),
    layouts::Us104Key,
    HandleControl::MapLettersToUnicode,
));

/// Handles one keyboard interrupt.
pub fn on_interrupt() {
    let scancode = DATA_PORT.read();
    let mut keyboard = KEYBOARD.lock();
    let Ok(Some(event)) = keyboard.add_byte(scancode) else {
        return;
    };
    match keyboard.process_keyevent(event) {
        Some(DecodedKey::Unicode(character)) => {
            let mut encoded = [0u8; 4];
            input::push(character.encode_utf8(&mut encoded).as_bytes());
        }
        Some(DecodedKey::RawKey(key)) => {
            let sequence: &[u8] = match key {
                KeyCode::ArrowUp => b"\x1b[A",
                KeyCode::ArrowDown => b"\x1b[B",
                KeyCode::ArrowRight => b"\x1b[C",
                KeyCode::ArrowLeft => b"\x1b[D",
                KeyCode::Home => b"\x1b[H",
                KeyCode::End => b"\x1b[F",
                KeyCode::Delete => b"\x1b[3~",
                KeyCode::PageUp => b"\x1b[5~",
                KeyCode::PageDown => b"\x1b[6~",
                _ => b"",
            };
            input::push(sequence);
        }
        None => {}
    }
}
