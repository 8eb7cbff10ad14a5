#!/usr/bin/env node
/**
 * Package sizes of the weapp build against WeChat's upload limits.
 *
 *   node scripts/weapp-size.mjs [distDir]      (default: dist/weapp)
 *
 * Main package = every file under distDir except those under a subpackage root
 * listed in app.json (`subPackages` / `subpackages`). Budgets: main package
 * 1 MB (WeChat allows 2 MB; we keep half as headroom), each subpackage 2 MB.
 * Exit codes: 0 within budget, 1 over budget, 2 no build (app.json missing).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN_LIMIT = 1024 * 1024;
const SUB_LIMIT = 2 * 1024 * 1024;

const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = path.resolve(root, process.argv[2] ?? 'dist/weapp');
const appJsonPath = path.join(dist, 'app.json');

if (!fs.existsSync(appJsonPath)) {
  console.error(`weapp-size: ${appJsonPath.startsWith(`${root}${path.sep}`) ? path.relative(root, appJsonPath) : appJsonPath} is missing. Run \`npm run build:weapp\` first.`);
  process.exit(2);
}

let appJson;
try {
  appJson = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
} catch (error) {
  console.error(`weapp-size: cannot parse ${appJsonPath}: ${error.message}`);
  process.exit(2);
}

const subRoots = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])]
  .map((sub) => String(sub.root ?? '').replace(/\\/g, '/').replace(/^\/+|\/+$/g, ''))
  .filter(Boolean);

/** All files under dir as [relative posix path, bytes]. */
function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, rel));
    else if (entry.isFile()) out.push([rel, fs.statSync(full).size]);
  }
  return out;
}

const sizes = new Map(subRoots.map((r) => [r, 0]));
let main = 0;
let mainFiles = 0;
const subFiles = new Map(subRoots.map((r) => [r, 0]));
for (const [rel, bytes] of listFiles(dist)) {
  const owner = subRoots.find((r) => rel === r || rel.startsWith(`${r}/`));
  if (owner) {
    sizes.set(owner, sizes.get(owner) + bytes);
    subFiles.set(owner, subFiles.get(owner) + 1);
  } else {
    main += bytes;
    mainFiles += 1;
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = [
  ['main package', mainFiles, main, MAIN_LIMIT],
  ...subRoots.map((r) => [r, subFiles.get(r), sizes.get(r), SUB_LIMIT]),
];
const total = rows.reduce((sum, row) => sum + row[2], 0);
const header = ['package', 'files', 'size', 'budget', 'status'];
const table = rows.map(([name, files, bytes, limit]) => [name, String(files), kb(bytes), kb(limit), bytes > limit ? 'OVER' : 'ok']);
table.push(['total', String(rows.reduce((n, row) => n + row[1], 0)), kb(total), '', '']);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();

const shown = dist.startsWith(`${root}${path.sep}`) ? path.relative(root, dist) : dist;
console.log(`weapp package sizes (${shown})`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
table.forEach((row, i) => {
  if (i === table.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(row));
});

const problems = [];
if (main > MAIN_LIMIT) problems.push(`main package is ${kb(main)}, over its ${kb(MAIN_LIMIT)} budget`);
for (const r of subRoots) {
  if (sizes.get(r) > SUB_LIMIT) problems.push(`subpackage ${r} is ${kb(sizes.get(r))}, over its ${kb(SUB_LIMIT)} budget`);
}
if (problems.length) {
  for (const p of problems) console.error(`weapp-size: ${p}`);
  process.exit(1);
}
