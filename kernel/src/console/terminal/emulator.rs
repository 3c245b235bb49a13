//! The terminal emulator proper: turns the bytes apps write (UTF-8 text,
//! control characters and the basic ANSI escapes: SGR colours, cursor moves,
//! erase in line and screen) into changes to the text grid.

use super::grid::{Cell, Grid};

const DEFAULT_FOREGROUND: u8 = 7;
const DEFAULT_BACKGROUND: u8 = 0;
const TAB_WIDTH: usize = 8;

enum EscapeState {
    Normal,
    Escape,
    ControlSequence,
}

/// The byte-stream interpreter: escape-sequence and UTF-8 decoding state, and
/// the colours that new characters get.
pub struct Emulator {
    foreground: u8,
    background: u8,
    bold: bool,
    cursor_visible: bool,
    state: EscapeState,
    parameters: [u16; 8],
    parameter_count: usize,
    private: bool,
    utf8: [u8; 4],
    utf8_length: usize,
}

impl Emulator {
    /// An interpreter in the default colours, outside any sequence.
    pub const fn new() -> Emulator {
        Emulator {
            foreground: DEFAULT_FOREGROUND,
            background: DEFAULT_BACKGROUND,
            bold: false,
            cursor_visible: true,
            state: EscapeState::Normal,
            parameters: [0; 8],
            parameter_count: 0,
            private: false,
            utf8: [0; 4],
            utf8_length: 0,
        }
    }

    /// An empty cell in the default colours.
    pub const fn default_blank() -> Cell {
        Cell::blank(DEFAULT_FOREGROUND, DEFAULT_BACKGROUND)
    }

    /// Whether the cursor should be shown (`ESC [ ? 25 l` hides it).
    pub fn cursor_visible(&self) -> bool {
        self.cursor_visible
    }

    fn cell(&self, character: char) -> Cell {
        let foreground = if self.bold && self.foreground < 8 {
            self.foreground + 8
        } else {
            self.foreground
        };
        Cell {
            character,
            foreground,
            background: self.background,
        }
    }

    fn blank(&self) -> Cell {
        self.cell(' ')
    }

    fn put(&self, grid: &mut Grid, character: char) {
        grid.put(self.cell(character), self.blank());
    }

    /// Interprets one byte.
    pub fn write_byte(&mut self, grid: &mut Grid, byte: u8) {
        match self.state {
            EscapeState::Escape => {
                if byte == b'[' {
                    self.state = EscapeState::ControlSequence;
                    self.parameters = [0; 8];
                    self.parameter_count = 0;
                    self.private = false;
                } else {
                    self.state = EscapeState::Normal;
                }
                return;
            }
            EscapeState::ControlSequence => {
                match byte {
                    b'0'..=b'9' => {
                        if self.parameter_count == 0 {
                            self.parameter_count = 1;
                        }
                        let slot = &mut self.parameters[self.parameter_count - 1];
                        *slot = slot.saturating_mul(10).saturating_add(u16::from(byte - b'0'));
                    }
                    b';' => {
                        if self.parameter_count == 0 {
                            self.parameter_count = 1;
                        }
                        if self.parameter_count < self.parameters.len() {
                            self.parameter_count += 1;
                        }
                    }
                    b'?' => self.private = true,
                    command => {
                        self.state = EscapeState::Normal;
                        self.control_sequence(grid, command);
                    }
                }
                return;
            }
            EscapeState::Normal => {}
        }
        match byte {
            0x1b => self.state = EscapeState::Escape,
            b'\n' => grid.newline(self.blank()),
            b'\r' => grid.carriage_return(),
            0x08 => grid.backspace(),
            b'\t' => {
                let (column, _) = grid.cursor();
                let next = ((column / TAB_WIDTH + 1) * TAB_WIDTH).min(grid.columns());
                for _ in column..next {
                    self.put(grid, ' ');
                }
            }
            0x00..=0x1f | 0x7f => {}
            0x20..=0x7e => self.put(grid, char::from(byte)),
            _ => self.utf8_byte(grid, byte),
        }
    }

    fn parameter(&self, index: usize, default: u16) -> u16 {
        if index < self.parameter_count && self.parameters[index] != 0 {
            self.parameters[index]
        } else {
            default
        }
    }

    fn select_graphic_rendition(&mut self) {
        if self.parameter_count == 0 {
            self.parameter_count = 1;
            self.parameters[0] = 0;
        }
        for index in 0..self.parameter_count {
            match self.parameters[index] {
                0 => {
                    self.foreground = DEFAULT_FOREGROUND;
                    self.background = DEFAULT_BACKGROUND;
                    self.bold = false;
                }
                1 => self.bold = true,
                22 => self.bold = false,
                code @ 30..=37 => self.foreground = (code - 30) as u8,
                39 => self.foreground = DEFAULT_FOREGROUND,
                code @ 40..=47 => self.background = (code - 40) as u8,
                49 => self.background = DEFAULT_BACKGROUND,
                code @ 90..=97 => self.foreground = (code - 90) as u8 + 8,
                code @ 100..=107 => self.background = (code - 100) as u8 + 8,
                _ => {}
            }
        }
    }

    fn control_sequence(&mut self, grid: &mut Grid, command: u8) {
        if self.private {
            // DEC private modes: only cursor visibility (`?25h`, `?25l`).
            match (command, self.parameter(0, 0)) {
                (b'h', 25) => self.cursor_visible = true,
                (b'l', 25) => self.cursor_visible = false,
                _ => {}
            }
            return;
        }
        let (column, row) = grid.cursor();
        let count = usize::from(self.parameter(0, 1));
        let blank = self.blank();
        match command {
            b'm' => self.select_graphic_rendition(),
            b'A' => grid.move_cursor(column, row.saturating_sub(count)),
            b'B' => grid.move_cursor(column, row + count),
            b'C' => grid.move_cursor(column + count, row),
            b'D' => grid.move_cursor(column.saturating_sub(count), row),
            b'G' => grid.move_cursor(count - 1, row),
            b'H' | b'f' => grid.move_cursor(usize::from(self.parameter(1, 1)) - 1, count - 1),
            b'K' => match self.parameter(0, 0) {
                0 => grid.erase_in_row(row, column, grid.columns(), blank),
                1 => grid.erase_in_row(row, 0, column + 1, blank),
                _ => grid.erase_in_row(row, 0, grid.columns(), blank),
            },
            b'J' => match self.parameter(0, 0) {
                0 => {
                    grid.erase_in_row(row, column, grid.columns(), blank);
                    for below in row + 1..grid.rows() {
                        grid.erase_in_row(below, 0, grid.columns(), blank);
                    }
                }
                1 => {
                    for above in 0..row {
                        grid.erase_in_row(above, 0, grid.columns(), blank);
                    }
                    grid.erase_in_row(row, 0, column + 1, blank);
                }
                _ => grid.clear(blank),
            },
            _ => {}
        }
    }

    fn utf8_byte(&mut self, grid: &mut Grid, byte: u8) {
        if byte & 0xc0 != 0x80 {
            self.utf8_length = 0;
        }
        if self.utf8_length < 4 {
            self.utf8[self.utf8_length] = byte;
            self.utf8_length += 1;
        }
        let expected = match self.utf8[0] {
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => {
                self.utf8_length = 0;
                self.put(grid, '?');
                return;
            }
        };
        if self.utf8_length == expected {
            let character = core::str::from_utf8(&self.utf8[..expected])
                .ok()
                .and_then(|text| text.chars().next());
            self.utf8_length = 0;
            self.put(grid, character.unwrap_or('?'));
        }
    }
}
