//! Draws character cells on the linear framebuffer, as the terminal's
//! [`CellDisplay`]: the terminal decides which cells changed, this file turns
//! each into glyph pixels.

use bootloader_api::info::FrameBufferInfo;

use super::glyph_cache::{GlyphCache, PixelLayout, GLYPH_HEIGHT, GLYPH_WIDTH};
use crate::console::terminal::{Cell, CellDisplay};

/// Pixels between the screen's edge and the text.
const BORDER: usize = 4;

/// The framebuffer and the glyphs drawn on it.
pub struct Renderer {
    buffer: &'static mut [u8],
    /// Bytes from one pixel row to the next.
    pitch: usize,
    layout: PixelLayout,
    glyphs: GlyphCache,
}

impl Renderer {
    /// The text grid size, in (columns, rows), that fits a screen of this size.
    pub fn grid_size(width: usize, height: usize) -> (usize, usize) {
        (
            width.saturating_sub(2 * BORDER) / GLYPH_WIDTH,
            height.saturating_sub(2 * BORDER) / GLYPH_HEIGHT,
        )
    }

    /// Takes over the framebuffer `buffer` described by `info` (1 to 4 bytes
    /// per pixel) and fills it with `blank`'s background, so that every cell
    /// shows `blank`.
    pub fn new(buffer: &'static mut [u8], info: FrameBufferInfo, blank: Cell) -> Renderer {
        let layout = PixelLayout {
            format: info.pixel_format,
            bytes_per_pixel: info.bytes_per_pixel,
        };
        let pitch = info.stride * info.bytes_per_pixel;
        let background = layout.palette_pixel(blank.background);
        for line in buffer.chunks_mut(pitch).take(info.height) {
            for pixel in line.chunks_exact_mut(info.bytes_per_pixel).take(info.width) {
                pixel.copy_from_slice(&background[..info.bytes_per_pixel]);
            }
        }
        Renderer {
            buffer,
            pitch,
            layout,
            glyphs: GlyphCache::new(layout),
        }
    }
}

impl CellDisplay for Renderer {
    fn draw_cell(&mut self, column: usize, row: usize, cell: Cell) {
        let row_bytes = self.glyphs.row_bytes();
        let x = BORDER + column * GLYPH_WIDTH;
        let y = BORDER + row * GLYPH_HEIGHT;
        let mut offset = y * self.pitch + x * self.layout.bytes_per_pixel;
        let glyph = self.glyphs.glyph(cell);
        for line in glyph.chunks_exact(row_bytes) {
            self.buffer[offset..offset + row_bytes].copy_from_slice(line);
            offset += self.pitch;
        }
    }
}
