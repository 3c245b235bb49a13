//! The framebuffer text console: the core's terminal (`console::terminal`)
//! drawn with glyphs. Writes change the terminal's grid at once; the screen
//! is repainted from it at most every `REPAINT_INTERVAL_NS` while output
//! streams, and whenever the kernel flushes: before it idles, before a console
//! read, and (when due) between an app's fuel slices.

mod glyph_cache;
mod render;

use bootloader_api::info::FrameBuffer;
use spin::Mutex;

use crate::console::terminal::Terminal;
use render::Renderer;

/// The shortest time between two repaints while output streams, so that a
/// flood of output costs a few repaints rather than one per line.
const REPAINT_INTERVAL_NS: u64 = 20_000_000;

struct TextConsole {
    terminal: Terminal,
    renderer: Renderer,
    /// Whether the terminal changed since the last repaint.
    changed: bool,
    last_repaint_ns: u64,
}

impl TextConsole {
    fn write(&mut self, bytes: &[u8]) {
        self.terminal.write(bytes);
        self.changed |= !bytes.is_empty();
    }

    fn repaint(&mut self) {
        self.terminal.paint(&mut self.renderer);
        self.changed = false;
        self.last_repaint_ns = super::clock::monotonic_ns();
    }

    fn flush(&mut self) {
        if self.changed {
            self.repaint();
        }
    }

    fn flush_if_due(&mut self) {
        if self.changed && super::clock::monotonic_ns().saturating_sub(self.last_repaint_ns) >= REPAINT_INTERVAL_NS {
            self.repaint();
        }
    }
}

static CONSOLE: Mutex<Option<TextConsole>> = Mutex::new(None);

/// Takes over the bootloader's framebuffer and clears it.
pub fn init(framebuffer: &'static mut FrameBuffer) {
    let info = framebuffer.info();
    let (columns, rows) = Renderer::grid_size(info.width, info.height);
    if columns == 0 || rows == 0 || !(1..=4).contains(&info.bytes_per_pixel) {
        return;
    }
    let console = TextConsole {
        terminal: Terminal::new(columns, rows),
        renderer: Renderer::new(framebuffer.buffer_mut(), info, Terminal::blank()),
        changed: true,
        last_repaint_ns: 0,
    };
    *CONSOLE.lock() = Some(console);
}

/// Writes bytes to the grid; repaints the screen if the last repaint was long enough ago.
pub fn write(bytes: &[u8]) {
    x86_64::instructions::interrupts::without_interrupts(|| {
        if let Some(console) = CONSOLE.lock().as_mut() {
            console.write(bytes);
            console.flush_if_due();
        }
    });
}

/// Repaints the screen if anything was written since the last repaint.
pub fn flush() {
    x86_64::instructions::interrupts::without_interrupts(|| {
        if let Some(console) = CONSOLE.lock().as_mut() {
            console.flush();
        }
    });
}

/// Repaints the screen if anything was written and the last repaint was long enough ago.
pub fn flush_if_due() {
    x86_64::instructions::interrupts::without_interrupts(|| {
        if let Some(console) = CONSOLE.lock().as_mut() {
            console.flush_if_due();
        }
    });
}

/// Writes bytes and repaints at once, without allocating, unless the console's
/// lock is held by the code that faulted. An empty `bytes` only repaints.
pub fn write_emergency(bytes: &[u8]) {
    if let Some(mut guard) = CONSOLE.try_lock() {
        if let Some(console) = guard.as_mut() {
            console.write(bytes);
            console.flush();
        }
    }
}

/// The text grid's size in (columns, rows), if there is a framebuffer.
pub fn dimensions() -> Option<(usize, usize)> {
    CONSOLE.lock().as_ref().map(|console| console.terminal.dimensions())
}
