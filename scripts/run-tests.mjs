#!/usr/bin/env node
/**
 * `npm test`: makes sure the weapp and H5 builds are current (the browser and weapp
 * suites test the built output, not the sources), then runs every jest project.
 * Extra arguments go to jest, e.g. `npm test -- --selectProjects unit api`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputs = ['src', 'config', 'babel.config.js', 'package.json', 'project.config.json'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of fs.readdirSync(full)) {
    if (child.endsWith('.test.tsx') || child.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

const sourcesChanged = Math.max(...inputs.map(newestMtime));
for (const target of ['weapp', 'h5']) {
  const stamp = path.join(root, 'dist', target, '.build-stamp');
  const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (builtAt > sourcesChanged && process.env.FORCE_BUILD !== '1') {
    console.log(`dist/${target} is current`);
    continue;
  }
  console.log(`building dist/${target} for the ${target === 'h5' ? 'browser' : 'weapp smoke'} tests…`);
  // Through npm: build:h5 also writes the .br/.gz copies the host serves.
  const built = spawnSync('npm', ['run', `build:${target}`], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
  fs.writeFileSync(stamp, new Date().toISOString());
}

const jest = spawnSync('npx', ['jest', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(jest.status ?? 1);
