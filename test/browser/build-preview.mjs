#!/usr/bin/env node
// Builds only the preview (preview.html + preview.js) into a folder of its own, for the browser tests: dist/ belongs
// to `npm run build` and to test/build.test.ts, which may run at the same time (vitest runs files in parallel).
// Usage: node test/browser/build-preview.mjs <outDir> [development|production]. Development by default: the build
// `npm start` serves, whose speed the tests measure (item 7), without its source maps; webpack's filesystem cache in
// .cache/ makes the next run take seconds.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import configs from '../../webpack.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? path.join(root, '.cache/preview-dist'));
const mode = process.argv[3] === 'production' ? 'production' : 'development';
const preview = configs({}, { mode }).find((c) => c.name === 'preview');
if (!preview) {
  console.error('webpack.config.mjs has no "preview" configuration');
  process.exit(1);
}
delete preview.dependencies;
preview.output = { ...preview.output, path: outDir, clean: true };
preview.optimization = { ...preview.optimization, minimize: false };
preview.devtool = false;
preview.cache = {
  type: 'filesystem',
  cacheDirectory: path.join(root, `.cache/webpack-preview-${mode}`),
  buildDependencies: { config: [path.join(root, 'webpack.config.mjs'), fileURLToPath(import.meta.url)] },
};

webpack(preview, (err, stats) => {
  if (err || !stats || stats.hasErrors()) {
    console.error(err ?? stats?.toString('errors-only'));
    process.exit(1);
  }
  console.log(`preview (${mode}) built in ${stats.endTime - stats.startTime} ms → ${outDir}`);
});
