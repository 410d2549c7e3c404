// Draws the Deal Desk icons (assets/icon-16.png … icon-128.png) with Node built-ins only:
// an RGBA raster, anti-aliased by supersampling, written as PNG chunks through zlib.
//
// The glyph: three rising white bars on a blue rounded square (reports against targets), with a
// gold target line from 32 px up. Geometry sits on a 16-unit grid so the bars land on whole
// pixels at every size (all sizes are multiples of 16).
//
// Usage: node scripts/drawIcons.mjs            (writes assets/icon-*.png)
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

/** Icon sizes in pixels: 16/32/80 ribbon, 32/64 IconUrl/HighResolutionIconUrl, 128 store listing. */
export const ICON_SIZES = [16, 32, 64, 80, 128];

const BLUE = [14, 90, 138];
const WHITE = [255, 255, 255];
const GOLD = [242, 179, 61];
const SUBSAMPLES = 8;

/** Is the point (x, y), in 16-grid units, inside a rounded square of the full 16×16 area? */
function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 16 - radius);
  const cy = Math.min(Math.max(y, radius), 16 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inRect(x, y, [x0, y0, x1, y1]) {
  return x >= x0 && x < x1 && y >= y0 && y < y1;
}

const BARS = [
  [3, 9, 5, 13],
  [7, 6, 9, 13],
  [11, 3, 13, 13],
];
const TARGET_LINE = [2, 4.5, 14, 5];

/** The colour (with coverage) of one sample point, in 16-grid units. */
function sample(x, y, size) {
  if (!inRoundedSquare(x, y, 3)) return null;
  if (BARS.some((bar) => inRect(x, y, bar))) return WHITE;
  if (size >= 32 && inRect(x, y, TARGET_LINE)) return GOLD;
  return BLUE;
}

/** The RGBA pixels (straight alpha) of the icon at `size` px. */
export function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const unit = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * unit;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * unit;
          const colour = sample(x, y, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        rgba[at] = Math.round(r / covered);
        rgba[at + 1] = Math.round(g / covered);
        rgba[at + 2] = Math.round(b / covered);
        rgba[at + 3] = Math.round((covered / SUBSAMPLES ** 2) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of a square RGBA raster. */
export function encodePng(rgba, size) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: truecolour with alpha
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter type None
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(drawIcon(size), size));
    console.log(`wrote ${file}`);
  }
}
