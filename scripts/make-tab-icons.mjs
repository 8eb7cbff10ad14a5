// Draws the three 81×81 tab-bar icons (normal and selected) as PNGs using only zlib.
// Run: node scripts/make-tab-icons.mjs  → src/assets/tab/*.png
import { deflateSync } from 'node:zlib'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SIZE = 81
const SAMPLES = 4 // 4×4 supersampling for smooth edges
const COLORS = { normal: [0x7a, 0x7a, 0x7a], selected: [0xd9, 0x48, 0x0f] }
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'assets', 'tab')

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf) {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}
function png(rgba) {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(SIZE, 0)
  header.writeUInt32BE(SIZE, 4)
  header[8] = 8 // bit depth
  header[9] = 6 // RGBA
  const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE)
  for (let y = 0; y < SIZE; y += 1) {
    raw[y * (SIZE * 4 + 1)] = 0 // filter: none
    rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

// Shape helpers in a 0..81 coordinate space; each returns true when (x, y) is ink.
const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const inCircle = (x, y, cx, cy, r) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r
const nearSegment = (x, y, ax, ay, bx, by, w) => {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy)) <= w / 2
}
const STROKE = 6

const shapes = {
  home(x, y) {
    const roof = nearSegment(x, y, 10, 40, 40.5, 12, STROKE) || nearSegment(x, y, 40.5, 12, 71, 40, STROKE)
    const walls = nearSegment(x, y, 19, 36, 19, 69, STROKE) || nearSegment(x, y, 62, 36, 62, 69, STROKE)
      || nearSegment(x, y, 19, 69, 62, 69, STROKE)
    const door = inRect(x, y, 34, 48, 47, 69)
    return roof || walls || door
  },
  messages(x, y) {
    const left = 11
    const right = 70
    const top = 20
    const bottom = 62
    const frame = nearSegment(x, y, left, top, right, top, STROKE) || nearSegment(x, y, right, top, right, bottom, STROKE)
      || nearSegment(x, y, right, bottom, left, bottom, STROKE) || nearSegment(x, y, left, bottom, left, top, STROKE)
    const flap = nearSegment(x, y, left, top, 40.5, 44, STROKE) || nearSegment(x, y, 40.5, 44, right, top, STROKE)
    return frame || flap
  },
  mine(x, y) {
    const head = inCircle(x, y, 40.5, 27, 14) && !inCircle(x, y, 40.5, 27, 8)
    // Shoulders: the upper half of a ring, cut off flat at the bottom.
    const dist = Math.hypot((x - 40.5) / 1.0, (y - 72) / 0.95)
    const shoulders = y <= 72 && dist <= 29 && dist >= 23
    const base = nearSegment(x, y, 11.5, 72, 69.5, 72, STROKE)
    return head || shoulders || base
  },
}

mkdirSync(outDir, { recursive: true })
for (const [name, inside] of Object.entries(shapes)) {
  for (const [state, [r, g, b]] of Object.entries(COLORS)) {
    const rgba = Buffer.alloc(SIZE * SIZE * 4)
    for (let py = 0; py < SIZE; py += 1) {
      for (let px = 0; px < SIZE; px += 1) {
        let hits = 0
        for (let sy = 0; sy < SAMPLES; sy += 1) {
          for (let sx = 0; sx < SAMPLES; sx += 1) {
            if (inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits += 1
          }
        }
        const i = (py * SIZE + px) * 4
        rgba[i] = r
        rgba[i + 1] = g
        rgba[i + 2] = b
        rgba[i + 3] = Math.round((255 * hits) / (SAMPLES * SAMPLES))
      }
    }
    const file = join(outDir, `${name}${state === 'selected' ? '-active' : ''}.png`)
    writeFileSync(file, png(rgba))
    console.log(file)
  }
}
