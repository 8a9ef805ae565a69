#!/usr/bin/env node
// `npm run templates`: regenerates templates/*.xlsx from the frameworks, through the same plans and the same ExcelJS
// host as `chamdiem template` (never edited by hand). Files of templates that no longer exist are removed.
// test/cli/templates.test.ts fails when a committed file differs in content from what this writes.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin', 'chamdiem.mjs');
const dir = path.join(root, 'templates');

const list = spawnSync(process.execPath, [bin, 'template', '--list', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (list.status !== 0) process.exit(list.status ?? 2);
const ids = new Set(JSON.parse(list.stdout).map((t) => t.id));

const r = spawnSync(process.execPath, [bin, 'template', '--all', '-o', dir], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 2);

for (const name of readdirSync(dir)) {
  if (name.endsWith('.xlsx') && !ids.has(name.slice(0, -'.xlsx'.length))) {
    rmSync(path.join(dir, name));
    console.log(`removed ${name}`);
  }
}
