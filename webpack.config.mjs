// Build of the add-in: functions.js (custom functions, shared runtime), taskpane.js (React + Fluent UI v9) and the
// task pane's engine chunk (taskpane.engine.[hash].js: src/sheet, the frameworks' texts, the result views; loaded on
// first use), taskpane.html (the shared runtime page), functions.json (from the JSDoc) and functions.vi-VN.json; and
// the browser preview: preview.html + preview.js (the task pane beside an in-memory workbook computed by HyperFormula
// — the only bundle with HyperFormula in it; functions.js and taskpane.js never import src/preview or src/cli).
import CopyWebpackPlugin from 'copy-webpack-plugin';
import CustomFunctionsMetadataPlugin from 'custom-functions-metadata-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';
import { localizeMetadata } from './scripts/localize-metadata.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const addin = JSON.parse(readFileSync(path.join(root, 'addin.config.json'), 'utf8'));
const viTexts = JSON.parse(readFileSync(path.join(root, 'src/functions/vi-VN.json'), 'utf8'));

/**
 * Emits functions.vi-VN.json next to functions.json (the manifest's default metadata; en-US overrides it with
 * functions.json). Both leave out `allowCustomDataForDataTypeAny`, which custom-functions-metadata always writes: it
 * belongs to CustomFunctionsRuntime 1.4 (data types), which the add-in neither uses nor requires (manifest: 1.3).
 */
class LocalizedMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('LocalizedMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'LocalizedMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const source = compilation.getAsset('functions.json');
          if (!source) return;
          try {
            const metadata = JSON.parse(source.source.source().toString());
            delete metadata.allowCustomDataForDataTypeAny;
            const plain = JSON.stringify(metadata, null, 4);
            compilation.updateAsset('functions.json', new webpack.sources.RawSource(plain));
            const localized = localizeMetadata(plain, viTexts);
            compilation.emitAsset('functions.vi-VN.json', new webpack.sources.RawSource(localized));
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(String(e instanceof Error ? e.message : e)));
          }
        },
      );
    });
  }
}

/** Prints every emitted script's size, raw and gzipped, after a build (issue: functions.js ≤ 30 KB gzipped). */
class BundleSizePlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('BundleSizePlugin', (compilation) => {
      const rows = [];
      for (const asset of compilation.getAssets()) {
        if (!/\.(js|json|html)$/.test(asset.name)) continue;
        const buf = readFileSync(path.join(compilation.outputOptions.path, asset.name));
        rows.push(`  ${asset.name.padEnd(36)} ${(buf.length / 1024).toFixed(1).padStart(8)} KB  ${(gzipSync(buf).length / 1024).toFixed(1).padStart(7)} KB gzip`);
      }
      console.log(`Bundle sizes / Kích thước gói:\n${rows.sort().join('\n')}`);
    });
  }
}

const tsRule = { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } };

/**
 * taskpane.js gets the gallery's list (src/taskpane/catalog.ts: each template's id, title, description, asks) as data,
 * evaluated at build time from that very module: its imports (the templates, their plans, the frameworks' texts) then
 * stay in the engine chunk, which the pane loads on first use. Tests and the preview import catalog.ts as it is.
 */
const catalogFile = path.join(root, 'src/taskpane/catalog.ts');
const catalogAtBuildTime = () => [
  new webpack.experiments.schemes.VirtualUrlPlugin({
    'taskpane-catalog': {
      type: '.js',
      async source(loaderContext) {
        const { CATALOG, SAMPLE_FRAMEWORKS } = await loaderContext.importModule(`${catalogFile}?build-time`);
        return `// Evaluated at build time from src/taskpane/catalog.ts.\nexport const CATALOG = ${JSON.stringify(CATALOG)};\nexport const SAMPLE_FRAMEWORKS = ${JSON.stringify(SAMPLE_FRAMEWORKS)};\n`;
      },
    },
  }),
  new webpack.NormalModuleReplacementPlugin(/(^|[\\/])catalog$/, (resource) => {
    if (path.resolve(resource.context, resource.request) === catalogFile.replace(/\.ts$/, '')) resource.request = 'virtual:taskpane-catalog';
  }),
];

export default (_env, argv) => {
  const production = argv.mode !== 'development';
  const common = {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    // globalThis is in every browser Office runs add-ins in: webpack's runtime then never falls back to
    // `new Function("return this")`, which the task pane's Content-Security-Policy (no 'unsafe-eval') refuses.
    output: { path: path.join(root, 'dist'), filename: '[name].js', environment: { globalThis: true } },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
  return [
    {
      ...common,
      name: 'functions',
      entry: { functions: './src/functions/functions.ts' },
      output: { ...common.output, clean: true },
      module: {
        rules: [
          tsRule,
          // Only in this bundle: the frameworks' long texts are not read by any custom function.
          { test: /src[\\/]scoring[\\/]frameworks[\\/][^\\/]+\.ts$/, enforce: 'pre', use: path.join(root, 'scripts/strip-framework-text.cjs') },
        ],
      },
      plugins: [
        new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
        new LocalizedMetadataPlugin(),
        new CopyWebpackPlugin({ patterns: [{ from: 'assets/*.png', to: 'assets/[name][ext]' }] }),
        new BundleSizePlugin(),
      ],
    },
    {
      ...common,
      name: 'taskpane',
      dependencies: ['functions'],
      entry: { taskpane: './src/taskpane/index.tsx' },
      // The engine (src/taskpane/engine.ts) is a chunk of its own, loaded by script tag from next to taskpane.js
      // (publicPath 'auto': the folder taskpane.js came from). Hashed names: a cached taskpane.js never meets a
      // chunk from another build. Its own chunk-loading global: functions.js shares the page.
      output: { ...common.output, chunkFilename: 'taskpane.[name].[contenthash:8].js', publicPath: 'auto', uniqueName: 'chamdiem-taskpane' },
      // One engine file, not the engine plus a vendors chunk split off it.
      optimization: { splitChunks: false },
      module: {
        rules: [
          tsRule,
          // ExcelJS's polyfills' fallbacks to dynamic code, never reached in Office's browsers, replaced (the pane's CSP).
          { test: /[\\/]exceljs[\\/]dist[\\/][^\\/]+\.js$/, enforce: 'pre', use: path.join(root, 'scripts/no-dynamic-code.cjs') },
        ],
      },
      plugins: [
        // "Tổng hợp các đơn vị" reads picked workbooks with the CLI's ExcelJS host (a chunk loaded on first pick): the
        // browser's InputError stands in for its Node-only file module, as in the preview below.
        new webpack.NormalModuleReplacementPlugin(/^\.\/xlsxFile$/, (resource) => {
          if (path.resolve(resource.context) === path.join(root, 'src/cli')) resource.request = path.join(root, 'src/preview/shims/xlsxFile.ts');
        }),
        ...catalogAtBuildTime(),
        new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'blocking', inject: 'body' }),
        new BundleSizePlugin(),
      ],
      devServer: { port: addin.port, static: path.join(root, 'dist') },
    },
    {
      ...common,
      name: 'preview',
      // After functions: its `clean` would otherwise remove what this one emitted.
      dependencies: ['functions'],
      entry: { preview: './src/preview/index.tsx' },
      // The task pane's engine chunk, when the preview does not already hold all of it (it holds most: the preview
      // fills its sample workbook with the same operations).
      output: { ...common.output, chunkFilename: 'preview.[name].[contenthash:8].js', publicPath: 'auto', uniqueName: 'chamdiem-preview' },
      // React's production build even under `npm start` (development mode): on a machine without Excel the preview is
      // the product, and React's development checks cost 3–4× per keystroke on the 113-row commune sheet.
      optimization: { splitChunks: false, nodeEnv: 'production' },
      module: { rules: [tsRule] },
      plugins: [
        // The CLI's ExcelJS host, loaded on demand to open and save .xlsx files, imports InputError from its Node-only
        // file module: the browser gets the same class from src/preview/shims/xlsxFile.ts.
        new webpack.NormalModuleReplacementPlugin(/^\.\/xlsxFile$/, (resource) => {
          if (path.resolve(resource.context) === path.join(root, 'src/cli')) resource.request = path.join(root, 'src/preview/shims/xlsxFile.ts');
        }),
        new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'], scriptLoading: 'defer', inject: 'head' }),
        new BundleSizePlugin(),
      ],
    },
  ];
};
