#!/usr/bin/env node
// One build for test/support/sharedBuild.mjs (which owns the folder and the lock): node webpackBuild.mjs <kind> <outDir>.
// `production` is webpack.config.mjs as `npm run build` runs it (all three configurations, minified, the bundle-size
// table printed), only into <outDir>; `preview-development` is the preview as `npm start` builds it, without source
// maps and minification. webpack's filesystem cache in .cache/webpack-shared (not under CI) makes a rebuild after an
// edit take seconds; only one process builds a kind at a time (sharedBuild's lock), so the cache is never shared by two.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import configs from '../../webpack.config.mjs';

const here = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(here), '../..');
const [kind, outArg, namesArg] = process.argv.slice(2);
if (!outArg || !['production', 'preview-development'].includes(kind)) {
  console.error('usage: node test/support/webpackBuild.mjs production|preview-development <outDir> [config,…]');
  process.exit(1);
}
const outDir = path.resolve(outArg);
const mode = kind === 'production' ? 'production' : 'development';
let chosen = configs({}, { mode });
if (namesArg) {
  // Some of the configurations, into a folder another process fills with the others: each emits files of its own
  // names, so none cleans the folder, and the order webpack.config.mjs gives them (for its cleaning) is not needed.
  const names = namesArg.split(',');
  chosen = chosen.filter((c) => names.includes(c.name));
  if (chosen.length !== names.length) {
    console.error(`webpack.config.mjs has no configuration named ${names.join(' or ')}`);
    process.exit(1);
  }
  for (const c of chosen) {
    if (c.dependencies) c.dependencies = c.dependencies.filter((d) => names.includes(d));
    c.output = { ...c.output, clean: false };
  }
}
if (kind === 'preview-development') {
  chosen = chosen.filter((c) => c.name === 'preview');
  for (const c of chosen) {
    delete c.dependencies;
    c.output = { ...c.output, clean: true };
    c.optimization = { ...c.optimization, minimize: false };
    c.devtool = false;
  }
}
for (const c of chosen) {
  c.output = { ...c.output, path: outDir };
  // In CI every run starts from a fresh clone: writing a cache nobody reads costs ~10% of the build.
  if (process.env.CI || process.env.CHAMDIEM_NO_WEBPACK_CACHE) continue;
  c.cache = {
    type: 'filesystem',
    name: `${kind}-${c.name}${namesArg ? '-part' : ''}`,
    cacheDirectory: path.join(root, '.cache/webpack-shared'),
    buildDependencies: { config: [path.join(root, 'webpack.config.mjs'), here] },
  };
}

const started = Date.now();
webpack(chosen, (err, stats) => {
  if (err || !stats || stats.hasErrors()) {
    console.error(err ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  if (stats.hasWarnings()) console.log(stats.toString('errors-warnings'));
  console.log(`${kind}${namesArg ? ` (${namesArg})` : ''} built in ${Date.now() - started} ms → ${outDir}`);
});
