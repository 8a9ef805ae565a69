#!/usr/bin/env node
// The add-in's built bundles (functions.js + functions.json + functions.vi-VN.json, taskpane.html + taskpane.js and
// its engine chunk, the assets, as `npm run build` makes them) copied into a folder the caller owns, for the tests that load the
// built code: test/support/excelHarness.ts, test/browser/csp.test.ts. The build itself is made once per run and shared
// (test/support/sharedBuild.mjs); this only copies it.
// Usage: node test/support/build-addin.mjs <outDir> [functions|functions,taskpane] [cache] — the last two are kept for
// the callers and no longer matter: the copy is always the functions and the task pane.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyBuild } from './sharedBuild.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, '.cache/addin-dist'));
try {
  await copyBuild('addin', outDir);
  console.log(`add-in build copied → ${outDir}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
