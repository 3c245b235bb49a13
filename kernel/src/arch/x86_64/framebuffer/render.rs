//! Draws the text grid on the linear framebuffer. It remembers what each cell
//! on the screen shows, and redraws only the cells that differ from the grid.

use alloc::vec;
use alloc::vec::Vec;

use bootloader_api::info::FrameBufferInfo;

use super::glyph_cache::{GlyphCache, PixelLayout, GLYPH_HEIGHT, GLYPH_WIDTH};
use super::grid::{Cell, Grid};

/// Pixels between the screen's edge and the text.
const BORDER: usize = 4;

/// The framebuffer and what it shows.
pub struct Renderer {
    buffer: &'static mut [u8],
    /// Bytes from one pixel row to the next.
    pitch: usize,
    layout: PixelLayout,
    columns: usize,
    rows: usize,
    /// The cell each screen position shows now, row by row.
    shown: Vec<Cell>,
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
    /// per pixel) and fills it with `blank`'s background, which is then what
    /// every cell shows.
    pub fn new(buffer: &'static mut [u8], info: FrameBufferInfo, blank: Cell) -> Renderer {
        let layout = PixelLayout {
            format: info.pixel_format,
            bytes_per_pixel: info.bytes_per_pixel,
        };
        let (columns, rows) = Renderer::grid_size(info.width, info.height);
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
            columns,
            rows,
            shown: vec![blank; columns * rows],
            glyphs: GlyphCache::new(layout),
        }
    }

    /// Makes the screen show `grid`, with the cell at `cursor` (if any) in
    /// inverse colours. Allocates nothing.
    pub fn paint(&mut self, grid: &Grid, cursor: Option<(usize, usize)>) {
        let columns = self.columns.min(grid.columns());
        for row in 0..self.rows.min(grid.rows()) {
            let cells = grid.row(row);
            for (column, &cell) in cells.iter().enumerate().take(columns) {
                let cell = if cursor == Some((column, row)) {
                    Cell {
                        character: cell.character,
                        foreground: cell.background,
                        background: cell.foreground,
                    }
                } else {
                    cell
                };
                let shown = &mut self.shown[row * self.columns + column];
                if *shown != cell {
                    *shown = cell;
                    self.draw(column, row, cell);
                }
            }
        }
    }

    fn draw(&mut self, column: usize, row: usize, cell: Cell) {
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
