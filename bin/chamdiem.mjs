#!/usr/bin/env node
// The `chamdiem` command. Runs dist-cli/chamdiem.cjs, building it first (webpack.cli.config.mjs) when it is missing
// or older than the sources: Node 20 does not run TypeScript itself. The build's own output goes to stderr, so that
// stdout carries only the command's result (--json stays parseable).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist-cli', 'chamdiem.cjs');
const require = createRequire(import.meta.url);

/** Newest modification time under the sources the bundle is built from (0 when they are not here). */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) for (const name of readdirSync(p)) visit(path.join(p, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  visit(path.join(root, 'src'));
  visit(path.join(root, 'webpack.cli.config.mjs'));
  return newest;
}

function build() {
  process.stderr.write('chamdiem: đang dựng lệnh từ mã nguồn… / building the command from source…\n');
  // Built into a folder of its own, then moved into place: two first runs at once never read a half-written bundle.
  const out = path.join(root, 'dist-cli', `.build-${process.pid}`);
  mkdirSync(out, { recursive: true });
  let webpack;
  try {
    webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [root] });
  } catch {
    process.stderr.write('chamdiem: không tìm thấy webpack-cli (chạy npm install) / webpack-cli not found (run npm install)\n');
    process.exit(2);
  }
  const r = spawnSync(process.execPath, [webpack, '--config', path.join(root, 'webpack.cli.config.mjs'), '--output-path', out], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
  if (r.status !== 0 || !existsSync(path.join(out, 'chamdiem.cjs'))) {
    rmSync(out, { recursive: true, force: true });
    process.stderr.write('chamdiem: dựng lệnh thất bại / the build failed\n');
    process.exit(2);
  }
  // Chunks first, the entry last: a bundle newer than the sources is always complete.
  for (const name of readdirSync(out).sort((a, b) => (a === 'chamdiem.cjs') - (b === 'chamdiem.cjs'))) {
    renameSync(path.join(out, name), path.join(root, 'dist-cli', name));
  }
  rmSync(out, { recursive: true, force: true });
}

if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestSource()) build();
require(bundle).run(process.argv.slice(2));
