#!/usr/bin/env node
// Builds the add-in's own bundles (functions.js + functions.json, and with "taskpane" the task pane too) into a folder
// of its own, for the tests that load the built code: dist/ belongs to `npm run build` and to test/build.test.ts,
// which may run at the same time. Usage: node test/support/build-addin.mjs <outDir> [functions|functions,taskpane] [cache].
// Production mode as shipped; the task pane without minification (faster, same code paths). webpack's filesystem
// cache in .cache/ makes the next run take seconds; each caller names its own cache (argv[4]), since test files run
// at the same time and a webpack cache is not shared between processes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import configs from '../../webpack.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, '.cache/addin-dist'));
const names = (process.argv[3] ?? 'functions').split(',');
const cacheName = process.argv[4] ?? 'default';
const all = configs({}, { mode: 'production' });
const chosen = all.filter((c) => names.includes(c.name));
if (chosen.length !== names.length) {
  console.error(`webpack.config.mjs has no configuration named ${names.join(' or ')}`);
  process.exit(1);
}
for (const c of chosen) {
  if (c.dependencies) c.dependencies = c.dependencies.filter((d) => names.includes(d));
  c.output = { ...c.output, path: outDir };
  if (c.name !== 'functions') c.optimization = { ...c.optimization, minimize: false };
  c.plugins = c.plugins.filter((p) => p.constructor.name !== 'BundleSizePlugin');
  c.cache = {
    type: 'filesystem',
    name: `addin-${cacheName}-${c.name}`,
    cacheDirectory: path.join(root, '.cache/webpack-addin'),
    buildDependencies: { config: [path.join(root, 'webpack.config.mjs'), fileURLToPath(import.meta.url)] },
  };
}

webpack(chosen, (err, stats) => {
  if (err || !stats || stats.hasErrors()) {
    console.error(err ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  console.log(`${names.join(' + ')} built → ${outDir}`);
});
