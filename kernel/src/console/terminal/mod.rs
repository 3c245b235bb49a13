//! The text terminal behind a screen console, without the hardware: bytes in
//! (UTF-8 and ANSI escapes, through [`emulator`]), a grid of character cells
//! ([`grid`]), and repaints that hand only the cells that changed to a
//! [`CellDisplay`], which the architecture layer implements over its
//! framebuffer. Unit-tested on the host.

mod emulator;
mod grid;
#[cfg(test)]
mod tests;

use alloc::vec;
use alloc::vec::Vec;

use emulator::Emulator;
use grid::Grid;

pub use grid::Cell;

/// Something that shows character cells: a framebuffer's glyph renderer.
pub trait CellDisplay {
    /// Shows `cell` at (`column`, `row`), counted in cells from the top left.
    fn draw_cell(&mut self, column: usize, row: usize, cell: Cell);
}

/// A terminal of a fixed size, and what its display shows.
pub struct Terminal {
    grid: Grid,
    emulator: Emulator,
    /// The cell each position of the display shows now, row by row.
    shown: Vec<Cell>,
}

impl Terminal {
    /// A blank terminal of `columns` by `rows` cells (both at least 1), for a
    /// display that shows [`Terminal::blank`] everywhere.
    pub fn new(columns: usize, rows: usize) -> Terminal {
        let blank = Terminal::blank();
        Terminal {
            grid: Grid::new(columns, rows, blank),
            emulator: Emulator::new(),
            shown: vec![blank; columns * rows],
        }
    }

    /// An empty cell in the default colours: what a new display must show.
    pub const fn blank() -> Cell {
        Emulator::default_blank()
    }

    /// The size in (columns, rows).
    pub fn dimensions(&self) -> (usize, usize) {
        (self.grid.columns(), self.grid.rows())
    }

    /// Interprets `bytes`; UTF-8 characters and escape sequences may be split
    /// across calls. The display changes only at the next [`Terminal::paint`].
    pub fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.emulator.write_byte(&mut self.grid, byte);
        }
    }

    /// Draws on `display` every cell that differs from what it shows, with
    /// the cell under the cursor (unless hidden) in inverse colours.
    /// Allocates nothing, so it may run in a fault handler.
    pub fn paint(&mut self, display: &mut impl CellDisplay) {
        let columns = self.grid.columns();
        let cursor = self.emulator.cursor_visible().then(|| {
            let (column, row) = self.grid.cursor();
            // Just after the last column, the cursor waits there to wrap.
            (column.min(columns - 1), row)
        });
        for row in 0..self.grid.rows() {
            for (column, &cell) in self.grid.row(row).iter().enumerate() {
                let cell = if cursor == Some((column, row)) {
                    cell.inverted()
                } else {
                    cell
                };
                let shown = &mut self.shown[row * columns + column];
                if *shown != cell {
                    *shown = cell;
                    display.draw_cell(column, row, cell);
                }
            }
        }
    }
}
