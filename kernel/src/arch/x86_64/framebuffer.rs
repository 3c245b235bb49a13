//! The framebuffer text console: glyphs from `noto-sans-mono-bitmap` on the
//! bootloader's linear framebuffer, with scrolling and the basic ANSI escapes
//! (SGR colours, cursor moves, erase in line, clear screen) that apps use.

use bootloader_api::info::{FrameBuffer, PixelFormat};
use noto_sans_mono_bitmap::{get_raster, get_raster_width, FontWeight, RasterHeight};
use spin::Mutex;

const FONT_WEIGHT: FontWeight = FontWeight::Regular;
const FONT_HEIGHT: RasterHeight = RasterHeight::Size16;
const LINE_HEIGHT: usize = 16;
const BORDER: usize = 4;

/// The eight ANSI colours, then their bright forms, as RGB.
const PALETTE: [[u8; 3]; 16] = [
    [0, 0, 0],
    [205, 49, 49],
    [13, 188, 121],
    [229, 229, 16],
    [36, 114, 200],
    [188, 63, 188],
    [17, 168, 205],
    [204, 204, 204],
    [102, 102, 102],
    [241, 76, 76],
    [35, 209, 139],
    [245, 245, 67],
    [59, 142, 234],
    [214, 112, 214],
    [41, 184, 219],
    [255, 255, 255],
];
const DEFAULT_FOREGROUND: usize = 7;
const DEFAULT_BACKGROUND: usize = 0;

enum EscapeState {
    Normal,
    Escape,
    Csi,
}

struct TextConsole {
    buffer: &'static mut [u8],
    width: usize,
    height: usize,
    stride: usize,
    bytes_per_pixel: usize,
    format: PixelFormat,
    columns: usize,
    rows: usize,
    column: usize,
    row: usize,
    foreground: usize,
    background: usize,
    bold: bool,
    state: EscapeState,
    parameters: [u16; 8],
    parameter_count: usize,
    utf8: [u8; 4],
    utf8_length: usize,
}

static CONSOLE: Mutex<Option<TextConsole>> = Mutex::new(None);

impl TextConsole {
    fn pixel_bytes(&self, color: [u8; 3]) -> [u8; 4] {
        let [red, green, blue] = color;
        match self.format {
            PixelFormat::Rgb => [red, green, blue, 0],
            PixelFormat::Bgr => [blue, green, red, 0],
            PixelFormat::U8 => [((red as u16 + green as u16 + blue as u16) / 3) as u8, 0, 0, 0],
            _ => [blue, green, red, 0],
        }
    }

    fn fill_rows(&mut self, first_pixel_row: usize, pixel_rows: usize, color: [u8; 3]) {
        let pixel = self.pixel_bytes(color);
        let bytes_per_pixel = self.bytes_per_pixel;
        for y in first_pixel_row..(first_pixel_row + pixel_rows).min(self.height) {
            let start = y * self.stride * bytes_per_pixel;
            let line = &mut self.buffer[start..start + self.width * bytes_per_pixel];
            for chunk in line.chunks_exact_mut(bytes_per_pixel) {
                chunk.copy_from_slice(&pixel[..bytes_per_pixel]);
            }
        }
    }

    fn clear(&mut self) {
        self.fill_rows(0, self.height, PALETTE[self.background]);
        self.column = 0;
        self.row = 0;
    }

    fn cell_origin(&self, column: usize, row: usize) -> (usize, usize) {
        (
            BORDER + column * get_raster_width(FONT_WEIGHT, FONT_HEIGHT),
            BORDER + row * LINE_HEIGHT,
        )
    }

    fn draw_cell(&mut self, column: usize, row: usize, character: char) {
        let raster = get_raster(character, FONT_WEIGHT, FONT_HEIGHT)
            .or_else(|| get_raster('?', FONT_WEIGHT, FONT_HEIGHT))
            .expect("the font has '?'");
        let foreground_index = if self.bold && self.foreground < 8 {
            self.foreground + 8
        } else {
            self.foreground
        };
        let foreground = PALETTE[foreground_index];
        let background = PALETTE[self.background];
        let (x0, y0) = self.cell_origin(column, row);
        let bytes_per_pixel = self.bytes_per_pixel;
        for (dy, line) in raster.raster().iter().enumerate() {
            let y = y0 + dy;
            if y >= self.height {
                break;
            }
            for (dx, intensity) in line.iter().enumerate() {
                let x = x0 + dx;
                if x >= self.width {
                    break;
                }
                let blend = |front: u8, back: u8| {
                    ((u16::from(front) * u16::from(*intensity) + u16::from(back) * (255 - u16::from(*intensity))) / 255)
                        as u8
                };
                let color = [
                    blend(foreground[0], background[0]),
                    blend(foreground[1], background[1]),
                    blend(foreground[2], background[2]),
                ];
                let pixel = self.pixel_bytes(color);
                let offset = (y * self.stride + x) * bytes_per_pixel;
                self.buffer[offset..offset + bytes_per_pixel].copy_from_slice(&pixel[..bytes_per_pixel]);
            }
        }
    }

    fn erase_cells(&mut self, row: usize, from_column: usize) {
        for column in from_column..self.columns {
            self.draw_cell(column, row, ' ');
        }
    }

    fn scroll(&mut self) {
        let row_bytes = LINE_HEIGHT * self.stride * self.bytes_per_pixel;
        let text_start = BORDER * self.stride * self.bytes_per_pixel;
        let text_end = text_start + self.rows * row_bytes;
        self.buffer.copy_within(text_start + row_bytes..text_end, text_start);
        let last = self.rows - 1;
        self.fill_rows(BORDER + last * LINE_HEIGHT, LINE_HEIGHT, PALETTE[self.background]);
    }

    fn newline(&mut self) {
        self.column = 0;
        if self.row + 1 < self.rows {
            self.row += 1;
        } else {
            self.scroll();
        }
    }

    fn put_char(&mut self, character: char) {
        if self.column >= self.columns {
            self.newline();
        }
        self.draw_cell(self.column, self.row, character);
        self.column += 1;
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
                code @ 30..=37 => self.foreground = usize::from(code - 30),
                39 => self.foreground = DEFAULT_FOREGROUND,
                code @ 40..=47 => self.background = usize::from(code - 40),
                49 => self.background = DEFAULT_BACKGROUND,
                code @ 90..=97 => self.foreground = usize::from(code - 90) + 8,
                code @ 100..=107 => self.background = usize::from(code - 100) + 8,
                _ => {}
            }
        }
    }

    fn control_sequence(&mut self, command: u8) {
        match command {
            b'm' => self.select_graphic_rendition(),
            b'A' => self.row = self.row.saturating_sub(usize::from(self.parameter(0, 1))),
            b'B' => self.row = (self.row + usize::from(self.parameter(0, 1))).min(self.rows - 1),
            b'C' => self.column = (self.column + usize::from(self.parameter(0, 1))).min(self.columns - 1),
            b'D' => self.column = self.column.saturating_sub(usize::from(self.parameter(0, 1))),
            b'G' => self.column = (usize::from(self.parameter(0, 1)) - 1).min(self.columns - 1),
            b'H' | b'f' => {
                self.row = (usize::from(self.parameter(0, 1)) - 1).min(self.rows - 1);
                self.column = (usize::from(self.parameter(1, 1)) - 1).min(self.columns - 1);
            }
            b'K' => self.erase_cells(self.row, self.column),
            b'J' if self.parameter(0, 0) == 2 => self.clear(),
            b'J' => {
                self.erase_cells(self.row, self.column);
                for row in self.row + 1..self.rows {
                    self.erase_cells(row, 0);
                }
            }
            _ => {}
        }
    }

    fn write_byte(&mut self, byte: u8) {
        match self.state {
            EscapeState::Escape => {
                if byte == b'[' {
                    self.state = EscapeState::Csi;
                    self.parameters = [0; 8];
                    self.parameter_count = 0;
                } else {
                    self.state = EscapeState::Normal;
                }
                return;
            }
            EscapeState::Csi => {
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
                    b'?' => {}
                    command => {
                        self.state = EscapeState::Normal;
                        self.control_sequence(command);
                    }
                }
                return;
            }
            EscapeState::Normal => {}
        }
        match byte {
            0x1b => self.state = EscapeState::Escape,
            b'\n' => self.newline(),
            b'\r' => self.column = 0,
            0x08 => self.column = self.column.saturating_sub(1),
            b'\t' => {
                let next = (self.column / 8 + 1) * 8;
                while self.column < next.min(self.columns) {
                    self.put_char(' ');
                }
            }
            0x00..=0x1f | 0x7f => {}
            0x20..=0x7e => self.put_char(char::from(byte)),
            _ => self.utf8_byte(byte),
        }
    }

    fn utf8_byte(&mut self, byte: u8) {
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
                self.put_char('?');
                return;
            }
        };
        if self.utf8_length == expected {
            let character = core::str::from_utf8(&self.utf8[..expected])
                .ok()
                .and_then(|text| text.chars().next());
            self.utf8_length = 0;
            self.put_char(character.unwrap_or('?'));
        }
    }
}

/// Takes over the bootloader's framebuffer and clears it.
pub fn init(framebuffer: &'static mut FrameBuffer) {
    let info = framebuffer.info();
    let glyph_width = get_raster_width(FONT_WEIGHT, FONT_HEIGHT);
    let columns = (info.width.saturating_sub(2 * BORDER)) / glyph_width;
    let rows = (info.height.saturating_sub(2 * BORDER)) / LINE_HEIGHT;
    if columns == 0 || rows == 0 {
        return;
    }
    let mut console = TextConsole {
        buffer: framebuffer.buffer_mut(),
        width: info.width,
        height: info.height,
        stride: info.stride,
        bytes_per_pixel: info.bytes_per_pixel.min(4),
        format: info.pixel_format,
        columns,
        rows,
        column: 0,
        row: 0,
        foreground: DEFAULT_FOREGROUND,
        background: DEFAULT_BACKGROUND,
        bold: false,
        state: EscapeState::Normal,
        parameters: [0; 8],
        parameter_count: 0,
        utf8: [0; 4],
        utf8_length: 0,
    };
    console.clear();
    *CONSOLE.lock() = Some(console);
}

/// Writes bytes to the screen.
pub fn write(bytes: &[u8]) {
    x86_64::instructions::interrupts::without_interrupts(|| {
        if let Some(console) = CONSOLE.lock().as_mut() {
            for &byte in bytes {
                console.write_byte(byte);
            }
        }
    });
}

/// Writes bytes unless the console's lock is held by the code that faulted.
pub fn write_emergency(bytes: &[u8]) {
    if let Some(mut guard) = CONSOLE.try_lock() {
        if let Some(console) = guard.as_mut() {
            for &byte in bytes {
                console.write_byte(byte);
            }
        }
    }
}

/// The text grid's size in (columns, rows), if there is a framebuffer.
pub fn dimensions() -> Option<(usize, usize)> {
    CONSOLE.lock().as_ref().map(|console| (console.columns, console.rows))
}
