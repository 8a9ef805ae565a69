#!/usr/bin/env node
// The preview (preview.html + preview.js and its chunks) copied into a folder the caller owns, for the browser tests.
// Usage: node test/browser/build-preview.mjs <outDir> [development|production]. Development by default: the build
// `npm start` serves, whose speed the tests measure (item 7), without its source maps; production: the preview of
// `npm run build`. Each build is made once per run and shared (test/support/sharedBuild.mjs); this only copies it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { copyBuild } from '../support/sharedBuild.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, '.cache/preview-dist'));
const mode = process.argv[3] === 'production' ? 'production' : 'development';
try {
  await copyBuild(mode === 'production' ? 'preview-production' : 'preview-development', outDir);
  console.log(`preview (${mode}) copied → ${outDir}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
