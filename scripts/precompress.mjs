#!/usr/bin/env node
/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the H5 build
 * (js, css, html, svg, json), so the host sends a phone on 4G a fraction of the bytes
 * without compressing on every request. `npm run build:h5` runs it after `taro build`;
 * `node scripts/precompress.mjs <dir>` compresses another folder. A copy that is not
 * smaller than its original is not written (the host then sends the original).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.resolve(process.argv[2] ?? path.join(root, 'dist', 'h5'));
const TEXT = new Set(['.js', '.css', '.html', '.svg', '.json']);

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function* textFiles(folder) {
  for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* textFiles(full);
    else if (entry.isFile() && TEXT.has(path.extname(entry.name))) yield full;
  }
}

async function compress(file) {
  const data = await fs.readFile(file);
  const [br, gz] = await Promise.all([
    brotli(data, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }),
    gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  const sizes = { raw: data.length, br: data.length, gz: data.length };
  for (const [ext, bytes] of [['br', br], ['gz', gz]]) {
    const target = `${file}.${ext}`;
    if (bytes.length < data.length) {
      await fs.writeFile(target, bytes);
      sizes[ext] = bytes.length;
    } else {
      await fs.rm(target, { force: true });
    }
  }
  return sizes;
}

try {
  await fs.access(path.join(dir, 'index.html'));
} catch {
  console.error(`precompress: no build at ${path.relative(root, dir) || dir} (index.html missing)`);
  process.exit(1);
}

const started = Date.now();
const totals = { files: 0, raw: 0, br: 0, gz: 0 };
const queue = [];
for await (const file of textFiles(dir)) queue.push(file);
// A few at a time: zlib runs on the libuv pool, and the machine is shared.
for (let i = 0; i < queue.length; i += 4) {
  for (const sizes of await Promise.all(queue.slice(i, i + 4).map(compress))) {
    totals.files += 1;
    totals.raw += sizes.raw;
    totals.br += sizes.br;
    totals.gz += sizes.gz;
  }
}
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`precompress: ${totals.files} files in ${path.relative(root, dir) || dir}, ${kb(totals.raw)} → br ${kb(totals.br)}, gzip ${kb(totals.gz)} (${Date.now() - started} ms)`);
