#!/usr/bin/env node
// Generates the add-in icons (assets/icon-<size>.png) listed in addin.config.json:
// a green rounded square with a white check mark, rendered in code into RGBA pixels
// (4x4 supersampling for smooth edges) and PNG-encoded with Node's zlib. No other deps.
//
//   node scripts/make-icons.mjs          write the PNGs
//   node scripts/make-icons.mjs --check  exit 1 if a PNG on disk differs from what this script renders

import { deflateSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'addin.config.json'), 'utf8'));

const GREEN = [0x10, 0x7c, 0x41]; // Excel-like green
const WHITE = [0xff, 0xff, 0xff];
const SS = 4; // samples per axis per pixel

/** Signed-distance-free test: is (x, y) inside the rounded square [a, b]² with corner radius r? */
function inRoundedSquare(x, y, a, b, r) {
  if (x < a || x > b || y < a || y > b) return false;
  const cx = Math.min(Math.max(x, a + r), b - r);
  const cy = Math.min(Math.max(y, a + r), b - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Distance from (px, py) to the segment (ax, ay)–(bx, by). */
function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Renders the mark at `size`×`size` as straight (non-premultiplied) RGBA bytes. */
export function renderIcon(size) {
  const inset = size / 16; // one pixel of breathing room at 16 px, as Office ribbon icons have
  const a = inset;
  const b = size - inset;
  const radius = (b - a) * 0.2;
  // Check mark polyline in unit coordinates, scaled to the square; round caps and joins
  // come for free from the distance-to-segment test.
  const pts = [
    [0.26, 0.53],
    [0.43, 0.7],
    [0.75, 0.33],
  ].map(([x, y]) => [a + x * (b - a), a + y * (b - a)]);
  const half = Math.max(1, (b - a) * 0.055); // half stroke width; at least 2 px wide so 16 px stays legible

  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let bl = 0;
      let alpha = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = px + (sx + 0.5) / SS;
          const y = py + (sy + 0.5) / SS;
          if (!inRoundedSquare(x, y, a, b, radius)) continue;
          const [p0, p1, p2] = pts;
          const d = Math.min(
            distToSegment(x, y, p0[0], p0[1], p1[0], p1[1]),
            distToSegment(x, y, p1[0], p1[1], p2[0], p2[1]),
          );
          const c = d <= half ? WHITE : GREEN;
          r += c[0];
          g += c[1];
          bl += c[2];
          alpha += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (alpha > 0) {
        // Accumulated colour is premultiplied by coverage; divide it back out.
        rgba[o] = Math.round(r / alpha);
        rgba[o + 1] = Math.round(g / alpha);
        rgba[o + 2] = Math.round(bl / alpha);
        rgba[o + 3] = Math.round((alpha / (SS * SS)) * 255);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes straight RGBA bytes as an 8-bit truecolour-with-alpha PNG. */
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const asset of config.assets) {
    const m = /^assets\/icon-(\d+)\.png$/.exec(asset);
    if (!m) throw new Error(`make-icons: don't know how to draw ${asset} (expected assets/icon-<size>.png)`);
    const size = Number(m[1]);
    const png = encodePng(size, size, renderIcon(size));
    const file = join(root, asset);
    if (check) {
      if (!existsSync(file) || !readFileSync(file).equals(png)) {
        console.error(`make-icons: ${asset} is missing or out of date; run node scripts/make-icons.mjs`);
        stale++;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
      console.log(`make-icons: wrote ${asset} (${size}x${size}, ${png.length} bytes)`);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
