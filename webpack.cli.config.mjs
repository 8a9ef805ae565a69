// Build of the `chamdiem` command: src/cli/index.ts → dist-cli/chamdiem.cjs (Node 20, CommonJS), and
// dist-cli/chamdiem.hyperformula.cjs loaded by `score -o` only. ExcelJS and
// HyperFormula stay in node_modules (required at run time), so the bundle holds only the project's own code.
// bin/chamdiem.mjs runs this build when the bundle is missing or older than src/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

export default {
  name: 'cli',
  mode: 'production',
  target: 'node20',
  entry: { chamdiem: './src/cli/index.ts' },
  // `score -o` alone needs HyperFormula: it lives in its own chunk, required on first use.
  output: { path: path.join(root, 'dist-cli'), filename: '[name].cjs', chunkFilename: 'chamdiem.[name].cjs', library: { type: 'commonjs2' } },
  resolve: { extensions: ['.ts', '.js', '.mjs'] },
  module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }] },
  externalsPresets: { node: true },
  externals: { exceljs: 'commonjs exceljs', hyperformula: 'commonjs hyperformula' },
  // Readable stack traces for CHAMDIEM_DEBUG=1; the bundle is not shipped to a browser.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: 'errors-warnings',
};
