//! Glyphs rendered once per (character, foreground, background) into the
//! framebuffer's own pixel bytes, so drawing a cell is a few row copies
//! instead of blending every pixel.

use alloc::vec;
use alloc::vec::Vec;

use bootloader_api::info::PixelFormat;
use noto_sans_mono_bitmap::{get_raster, get_raster_width, FontWeight, RasterHeight};

use crate::console::terminal::Cell;

const FONT_WEIGHT: FontWeight = FontWeight::Regular;
const FONT_HEIGHT: RasterHeight = RasterHeight::Size16;
/// A glyph's width in pixels (the font is monospaced).
pub const GLYPH_WIDTH: usize = get_raster_width(FONT_WEIGHT, FONT_HEIGHT);
/// A glyph's height in pixels, which is also the line height.
pub const GLYPH_HEIGHT: usize = FONT_HEIGHT.val();

/// Glyphs kept; a power of two. ASCII in a handful of colour pairs fits easily.
const SLOTS: usize = 1024;
/// The key of a slot that holds no glyph (no `char` is this large).
const EMPTY: u64 = u64::MAX;

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

/// How the framebuffer stores a pixel.
#[derive(Clone, Copy)]
pub struct PixelLayout {
    /// The channel order.
    pub format: PixelFormat,
    /// Bytes per pixel, at most 4.
    pub bytes_per_pixel: usize,
}

impl PixelLayout {
    /// The pixel's bytes for an RGB colour; the first `bytes_per_pixel` count.
    fn encode(&self, [red, green, blue]: [u8; 3]) -> [u8; 4] {
        match self.format {
            PixelFormat::Rgb => [red, green, blue, 0],
            PixelFormat::Bgr => [blue, green, red, 0],
            PixelFormat::U8 => [
                ((u16::from(red) + u16::from(green) + u16::from(blue)) / 3) as u8,
                0,
                0,
                0,
            ],
            _ => [blue, green, red, 0],
        }
    }

    /// The pixel's bytes for palette colour `index`.
    pub fn palette_pixel(&self, index: u8) -> [u8; 4] {
        self.encode(palette_color(index))
    }
}

fn palette_color(index: u8) -> [u8; 3] {
    PALETTE[usize::from(index) % PALETTE.len()]
}

/// A fixed-size, direct-mapped cache of rendered glyphs. It allocates only
/// when created, so the emergency writer can draw with it.
pub struct GlyphCache {
    layout: PixelLayout,
    keys: Vec<u64>,
    /// `SLOTS` glyphs of `GLYPH_HEIGHT` rows of `row_bytes()` bytes.
    pixels: Vec<u8>,
}

impl GlyphCache {
    /// An empty cache for pixels in `layout`.
    pub fn new(layout: PixelLayout) -> GlyphCache {
        GlyphCache {
            layout,
            keys: vec![EMPTY; SLOTS],
            pixels: vec![0; SLOTS * GLYPH_HEIGHT * GLYPH_WIDTH * layout.bytes_per_pixel],
        }
    }

    /// Bytes in one pixel row of a glyph.
    pub fn row_bytes(&self) -> usize {
        GLYPH_WIDTH * self.layout.bytes_per_pixel
    }

    /// The glyph for `cell`: `GLYPH_HEIGHT` rows of `row_bytes()` bytes, top first.
    pub fn glyph(&mut self, cell: Cell) -> &[u8] {
        let key = (u64::from(u32::from(cell.character)) << 16)
            | (u64::from(cell.foreground) << 8)
            | u64::from(cell.background);
        // Fibonacci hashing: the top bits of the product spread the keys.
        let slot = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SLOTS.trailing_zeros())) as usize;
        let glyph_bytes = GLYPH_HEIGHT * self.row_bytes();
        let start = slot * glyph_bytes;
        if self.keys[slot] != key {
            self.render(cell, start);
            self.keys[slot] = key;
        }
        &self.pixels[start..start + glyph_bytes]
    }

    /// Blends the font's coverage between the cell's two colours into the slot at `start`.
    fn render(&mut self, cell: Cell, start: usize) {
        let raster = get_raster(cell.character, FONT_WEIGHT, FONT_HEIGHT)
            .or_else(|| get_raster('?', FONT_WEIGHT, FONT_HEIGHT))
            .expect("the font has '?'");
        let foreground = palette_color(cell.foreground);
        let background = palette_color(cell.background);
        let layout = self.layout;
        let row_bytes = self.row_bytes();
        let glyph = &mut self.pixels[start..start + GLYPH_HEIGHT * row_bytes];
        for (y, line) in glyph.chunks_exact_mut(row_bytes).enumerate() {
            let coverage_row = raster.raster().get(y).copied().unwrap_or(&[]);
            for (x, pixel) in line.chunks_exact_mut(layout.bytes_per_pixel).enumerate() {
                let coverage = u16::from(coverage_row.get(x).copied().unwrap_or(0));
                let blend = |front: u8, back: u8| {
                    ((u16::from(front) * coverage + u16::from(back) * (255 - coverage)) / 255) as u8
                };
                let color = [
                    blend(foreground[0], background[0]),
                    blend(foreground[1], background[1]),
                    blend(foreground[2], background[2]),
                ];
                pixel.copy_from_slice(&layout.encode(color)[..layout.bytes_per_pixel]);
            }
        }
    }
}
