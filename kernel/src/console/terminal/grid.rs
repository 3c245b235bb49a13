//! The console's text grid: what each character cell holds, and the cursor.
//! Its rows form a ring, so scrolling moves an index instead of pixels.

use alloc::vec;
use alloc::vec::Vec;

/// One character cell: a character and its palette colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The character shown.
    pub character: char,
    /// Palette index of the character's colour.
    pub foreground: u8,
    /// Palette index of the cell's background.
    pub background: u8,
}

impl Cell {
    /// An empty cell in the given colours.
    pub const fn blank(foreground: u8, background: u8) -> Cell {
        Cell {
            character: ' ',
            foreground,
            background,
        }
    }

    /// The same character with foreground and background swapped (the cursor).
    pub const fn inverted(self) -> Cell {
        Cell {
            character: self.character,
            foreground: self.background,
            background: self.foreground,
        }
    }
}

/// `rows` rows of `columns` cells, and a cursor.
pub struct Grid {
    columns: usize,
    rows: usize,
    /// The rows in ring order: screen row 0 is stored at ring position `top`.
    cells: Vec<Cell>,
    top: usize,
    column: usize,
    row: usize,
}

impl Grid {
    /// A grid of blank cells with the cursor at the top left.
    pub fn new(columns: usize, rows: usize, blank: Cell) -> Grid {
        Grid {
            columns,
            rows,
            cells: vec![blank; columns * rows],
            top: 0,
            column: 0,
            row: 0,
        }
    }

    /// Cells per row.
    pub fn columns(&self) -> usize {
        self.columns
    }

    /// Rows on the screen.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// The cells of screen row `row`, left to right.
    pub fn row(&self, row: usize) -> &[Cell] {
        let start = (self.top + row) % self.rows * self.columns;
        &self.cells[start..start + self.columns]
    }

    fn row_mut(&mut self, row: usize) -> &mut [Cell] {
        let start = (self.top + row) % self.rows * self.columns;
        &mut self.cells[start..start + self.columns]
    }

    /// The cursor as (column, row). The column equals `columns()` after a
    /// character was put in the last column: the next one wraps.
    pub fn cursor(&self) -> (usize, usize) {
        (self.column, self.row)
    }

    /// Moves the cursor, clamped to the grid.
    pub fn move_cursor(&mut self, column: usize, row: usize) {
        self.column = column.min(self.columns - 1);
        self.row = row.min(self.rows - 1);
    }

    /// Moves the cursor to the start of its row.
    pub fn carriage_return(&mut self) {
        self.column = 0;
    }

    /// Moves the cursor one cell left, if it can.
    pub fn backspace(&mut self) {
        self.column = self.column.saturating_sub(1).min(self.columns - 1);
    }

    /// Moves the cursor to the start of the next row, scrolling at the bottom.
    pub fn newline(&mut self, blank: Cell) {
        self.column = 0;
        if self.row + 1 < self.rows {
            self.row += 1;
        } else {
            self.scroll_up(blank);
        }
    }

    /// Moves every row up one; the bottom row becomes `blank` cells.
    fn scroll_up(&mut self, blank: Cell) {
        self.top = (self.top + 1) % self.rows;
        self.row_mut(self.rows - 1).fill(blank);
    }

    /// Puts `cell` at the cursor and advances it, wrapping to the next row first
    /// if the row is full.
    pub fn put(&mut self, cell: Cell, blank: Cell) {
        if self.column >= self.columns {
            self.newline(blank);
        }
        let column = self.column;
        self.row_mut(self.row)[column] = cell;
        self.column += 1;
    }

    /// Blanks cells `from..to` (clamped) of screen row `row`.
    pub fn erase_in_row(&mut self, row: usize, from: usize, to: usize, blank: Cell) {
        let to = to.min(self.columns);
        if from < to {
            self.row_mut(row)[from..to].fill(blank);
        }
    }

    /// Blanks every cell and puts the cursor at the top left.
    pub fn clear(&mut self, blank: Cell) {
        self.cells.fill(blank);
        self.top = 0;
        self.column = 0;
        self.row = 0;
    }
}
