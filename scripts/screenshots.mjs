#!/usr/bin/env node
/**
 * npm run screenshots: refreshes the README's pictures (docs/screenshots/*.png). The browser test that takes them
 * (test/browser/preview.test.ts) saves them to .cache/screenshots/ on every `npm test`, so that the tests leave git
 * clean; this runs that one test file and copies its pictures into docs/screenshots/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const from = path.join(root, '.cache/screenshots');
const to = path.join(root, 'docs/screenshots');
const pngs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
const before = pngs(to);

rmSync(from, { recursive: true, force: true });
const run = spawnSync(process.execPath, [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', 'test/browser/preview.test.ts'], { cwd: root, stdio: 'inherit' });
if (run.status !== 0) {
  console.error('Chụp ảnh thất bại / The screenshots test failed: docs/screenshots/ left as it was.');
  process.exit(run.status ?? 1);
}
const missing = before.filter((f) => !existsSync(path.join(from, f)));
if (missing.length) {
  console.error(`Thiếu ảnh / Missing screenshots: ${missing.join(', ')}: docs/screenshots/ left as it was.`);
  process.exit(1);
}
const names = pngs(from);
for (const f of names) copyFileSync(path.join(from, f), path.join(to, f));
console.log(`docs/screenshots/: ${names.join(', ')} cập nhật / refreshed.`);
