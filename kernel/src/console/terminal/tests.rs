//! Host tests of the terminal: what a display shows after given bytes
//! (escapes, UTF-8 split across writes, wrapping, scrolling, the cursor).

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::{Cell, CellDisplay, Terminal};

/// A display that records the cells drawn on it.
struct RecordingDisplay {
    columns: usize,
    cells: Vec<Cell>,
    draws: usize,
}

impl RecordingDisplay {
    fn new(columns: usize, rows: usize) -> RecordingDisplay {
        RecordingDisplay {
            columns,
            cells: vec![Terminal::blank(); columns * rows],
            draws: 0,
        }
    }

    fn cell(&self, column: usize, row: usize) -> Cell {
        self.cells[row * self.columns + column]
    }

    /// The characters of `row`, with trailing blanks removed.
    fn text(&self, row: usize) -> String {
        let start = row * self.columns;
        let line: String = self.cells[start..start + self.columns]
            .iter()
            .map(|cell| cell.character)
            .collect();
        String::from(line.trim_end())
    }
}

impl CellDisplay for RecordingDisplay {
    fn draw_cell(&mut self, column: usize, row: usize, cell: Cell) {
        self.cells[row * self.columns + column] = cell;
        self.draws += 1;
    }
}

/// A terminal and its display with `text` written and painted, cursor hidden
/// so that no cell shows in inverse colours.
fn shown(columns: usize, rows: usize, text: &[u8]) -> RecordingDisplay {
    let mut terminal = Terminal::new(columns, rows);
    let mut display = RecordingDisplay::new(columns, rows);
    terminal.write(b"\x1b[?25l");
    terminal.write(text);
    terminal.paint(&mut display);
    display
}

fn cursor_of(terminal: &Terminal) -> (usize, usize) {
    terminal.grid.cursor()
}

#[test]
fn text_and_newlines_fill_rows_from_the_top_left() {
    let display = shown(10, 3, b"one\r\ntwo\nthree");
    assert_eq!(display.text(0), "one");
    assert_eq!(display.text(1), "two");
    assert_eq!(display.text(2), "three");
}

#[test]
fn sgr_sets_and_resets_foreground_and_background_colours() {
    let display = shown(10, 1, b"\x1b[31;42mA\x1b[0mB\x1b[1;34mC\x1b[22;95;104mD\x1b[39;49mE");
    let colours = |column| {
        let cell = display.cell(column, 0);
        (cell.foreground, cell.background)
    };
    assert_eq!(colours(0), (1, 2));
    assert_eq!(colours(1), (7, 0));
    assert_eq!(colours(2), (12, 0), "bold makes the colour bright");
    assert_eq!(colours(3), (13, 12));
    assert_eq!(colours(4), (7, 0));
}

#[test]
fn an_empty_sgr_resets_the_colours() {
    let display = shown(4, 1, b"\x1b[33mA\x1b[mB");
    assert_eq!(display.cell(0, 0).foreground, 3);
    assert_eq!(display.cell(1, 0).foreground, 7);
}

#[test]
fn cursor_moves_place_the_next_character() {
    // X at row 3, column 5 (1-based); up 2; down 3; left 4; right 2; column 1.
    let display = shown(10, 5, b"\x1b[3;5HX\x1b[2AY\x1b[3BZ\x1b[4DW\x1b[2CV\x1b[1GU");
    assert_eq!(display.cell(4, 2).character, 'X');
    assert_eq!(display.cell(5, 0).character, 'Y');
    assert_eq!(display.cell(3, 3).character, 'W');
    assert_eq!(display.cell(6, 3).character, 'V', "V overwrites Z two cells right of W");
    assert_eq!(display.cell(0, 3).character, 'U');
}

#[test]
fn cursor_moves_stop_at_the_edges() {
    let display = shown(4, 3, b"\x1b[99;99HX\x1b[99AY");
    assert_eq!(display.cell(3, 2).character, 'X');
    // After X the cursor waits past the last column; moving up keeps it in the grid.
    assert_eq!(display.cell(3, 0).character, 'Y');
}

#[test]
fn erase_in_line_clears_to_the_end_the_start_or_the_whole_row() {
    let to_end = shown(6, 1, b"abcdef\x1b[4G\x1b[K");
    assert_eq!(to_end.text(0), "abc");
    let to_start = shown(6, 1, b"abcdef\x1b[4G\x1b[1K");
    assert_eq!(to_start.text(0), "    ef");
    let whole = shown(6, 1, b"abcdef\x1b[4G\x1b[2K");
    assert_eq!(whole.text(0), "");
}

#[test]
fn erase_in_display_clears_below_above_or_everything() {
    let below = shown(4, 3, b"aaaa\r\nbbbb\r\ncccc\x1b[2;3H\x1b[J");
    assert_eq!([below.text(0), below.text(1), below.text(2)], ["aaaa", "bb", ""]);
    let above = shown(4, 3, b"aaaa\r\nbbbb\r\ncccc\x1b[2;3H\x1b[1J");
    assert_eq!([above.text(0), above.text(1), above.text(2)], ["", "   b", "cccc"]);
    let everything = shown(4, 3, b"aaaa\r\nbbbb\r\ncccc\x1b[2JX");
    assert_eq!(
        [everything.text(0), everything.text(1), everything.text(2)],
        ["X", "", ""]
    );
}

#[test]
fn erasing_uses_the_current_background() {
    let display = shown(4, 1, b"\x1b[44m\x1b[2K");
    assert!((0..4).all(|column| display.cell(column, 0).background == 4));
}

#[test]
fn utf8_split_across_writes_is_one_character() {
    let mut terminal = Terminal::new(8, 1);
    let mut display = RecordingDisplay::new(8, 1);
    terminal.write(b"\x1b[?25l");
    let text = "é€😀".as_bytes();
    for byte in text {
        terminal.write(core::slice::from_ref(byte));
    }
    terminal.paint(&mut display);
    assert_eq!(display.text(0), "é€😀");
    assert_eq!(cursor_of(&terminal), (3, 0));
}

#[test]
fn escape_sequences_split_across_writes_still_apply() {
    let mut terminal = Terminal::new(8, 1);
    let mut display = RecordingDisplay::new(8, 1);
    terminal.write(b"\x1b[?25l\x1b");
    terminal.write(b"[3");
    terminal.write(b"2mG");
    terminal.paint(&mut display);
    assert_eq!(
        display.cell(0, 0),
        Cell {
            character: 'G',
            foreground: 2,
            background: 0
        }
    );
}

#[test]
fn invalid_utf8_shows_a_question_mark() {
    let display = shown(8, 1, b"a\xffb\x80c");
    assert_eq!(display.text(0), "a?b?c");
}

#[test]
fn text_wraps_at_the_right_margin() {
    let mut terminal = Terminal::new(4, 3);
    terminal.write(b"abcd");
    assert_eq!(cursor_of(&terminal), (4, 0), "the cursor waits past the last column");
    terminal.write(b"ef");
    let mut display = RecordingDisplay::new(4, 3);
    terminal.write(b"\x1b[?25l");
    terminal.paint(&mut display);
    assert_eq!(display.text(0), "abcd");
    assert_eq!(display.text(1), "ef");
}

#[test]
fn a_newline_after_a_full_row_moves_down_only_once() {
    // The wrap is pending, not done, when the row fills: `\r\n` ends the row.
    let display = shown(4, 3, b"abcd\r\nef");
    assert_eq!(display.text(0), "abcd");
    assert_eq!(display.text(1), "ef");
    assert_eq!(display.text(2), "");
}

#[test]
fn output_past_the_bottom_row_scrolls_up() {
    let display = shown(5, 3, b"one\ntwo\nthree\nfour");
    assert_eq!(display.text(0), "two");
    assert_eq!(display.text(1), "three");
    assert_eq!(display.text(2), "four");
}

#[test]
fn wrapping_on_the_bottom_row_scrolls_too() {
    let display = shown(3, 2, b"abcdefg");
    assert_eq!(display.text(0), "def");
    assert_eq!(display.text(1), "g");
}

#[test]
fn tabs_advance_to_the_next_multiple_of_eight() {
    let display = shown(20, 1, b"a\tb\tc");
    assert_eq!(display.cell(8, 0).character, 'b');
    assert_eq!(display.cell(16, 0).character, 'c');
}

#[test]
fn backspace_moves_left_so_the_next_character_overwrites() {
    let display = shown(8, 1, b"abc\x08\x08X");
    assert_eq!(display.text(0), "aXc");
}

#[test]
fn the_cursor_shows_in_inverse_colours_unless_hidden() {
    let mut terminal = Terminal::new(4, 1);
    let mut display = RecordingDisplay::new(4, 1);
    terminal.write(b"ab");
    terminal.paint(&mut display);
    assert_eq!(display.cell(2, 0), Terminal::blank().inverted());
    terminal.write(b"\x1b[?25l");
    terminal.paint(&mut display);
    assert_eq!(display.cell(2, 0), Terminal::blank());
    terminal.write(b"\x1b[?25hcd");
    terminal.paint(&mut display);
    // After the last column the cursor is drawn on the last cell.
    assert_eq!(display.cell(3, 0).foreground, Terminal::blank().background);
}

#[test]
fn repainting_draws_only_the_cells_that_changed() {
    let mut terminal = Terminal::new(10, 4);
    let mut display = RecordingDisplay::new(10, 4);
    terminal.write(b"\x1b[?25lhello");
    terminal.paint(&mut display);
    assert_eq!(display.draws, 5);
    terminal.paint(&mut display);
    assert_eq!(display.draws, 5, "nothing changed, nothing drawn");
    terminal.write(b"\rjello");
    terminal.paint(&mut display);
    assert_eq!(display.draws, 6);
}
