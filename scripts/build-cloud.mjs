#!/usr/bin/env node
/**
 * Bundles each cloud function into dist/cloudfunctions/<name>/ (index.js + package.json),
 * the folder WeChat DevTools uploads ("上传并部署：云端安装依赖"). project.config.json's
 * cloudfunctionRoot points there. Storage on the cloud is PostgreSQL through DATABASE_URL.
 */
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceRoot = path.join(root, 'cloudfunctions');
const outRoot = path.join(root, 'dist', 'cloudfunctions');
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

/**
 * Native packages a function needs beyond the SDK and pg, installed by the cloud: sharp
 * re-encodes photos in `files` (it needs a Node ≥ 20.9 runtime; see docs/files.md). Every
 * bundle names sharp (the service list reaches it) but only `files` ever loads it.
 */
const EXTRA_DEPENDENCIES = { files: ['sharp'] };

const functions = fs
  .readdirSync(sourceRoot, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(sourceRoot, d.name, 'index.ts')))
  .map((d) => d.name);

fs.rmSync(outRoot, { recursive: true, force: true });
for (const name of functions) {
  const outDir = path.join(outRoot, name);
  await build({
    entryPoints: [path.join(sourceRoot, name, 'index.ts')],
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: false,
    legalComments: 'none',
    // Installed by the cloud from package.json, or never loaded there (SQLite is for local hosts).
    external: ['wx-server-sdk', 'pg', 'pg-native', 'better-sqlite3', 'sharp'],
    logLevel: 'warning',
  });
  fs.writeFileSync(
    path.join(outDir, 'package.json'),
    `${JSON.stringify(
      {
        name,
        version: rootPackage.version,
        private: true,
        main: 'index.js',
        dependencies: {
          'wx-server-sdk': '~4.0.2',
          pg: rootPackage.dependencies.pg,
          ...Object.fromEntries((EXTRA_DEPENDENCIES[name] ?? []).map((dep) => [dep, rootPackage.dependencies[dep]])),
        },
      },
      null,
      2,
    )}\n`,
  );
  // A function's own config.json (permissions, timer triggers) travels with it.
  const config = path.join(sourceRoot, name, 'config.json');
  if (fs.existsSync(config)) fs.copyFileSync(config, path.join(outDir, 'config.json'));
  const size = fs.statSync(path.join(outDir, 'index.js')).size;
  console.log(`cloud function ${name}: ${path.relative(root, outDir)}/index.js ${(size / 1024).toFixed(0)} KB`);
}
