#!/usr/bin/env node
/**
 * npm start: builds the add-in and the browser preview (development mode) and serves dist/ on localhost. What it prints
 * comes in this order: one line while building, one line when built (webpack's own output — the bundle-size table —
 * goes to .cache/start-build.log, and is printed in full only when the build fails), then the preview's URL, since it
 * needs no Excel, and how to stop, then the add-in's URLs and how to sideload.
 * Excel requires https for a sideloaded add-in; on Linux there is no Excel desktop, so this serves over http and
 * explains how to sideload into Excel on the web. Never asks for sudo: certificates are a separate command.
 * Nothing here reaches the network. PORT=0 picks a free port.
 * For its test (test/start.test.ts) only: CHAMDIEM_START_CONFIG names another webpack configuration and
 * CHAMDIEM_START_DIST the folder it builds into and that is served.
 */
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const addin = JSON.parse(readFileSync(path.join(root, 'addin.config.json'), 'utf8'));
const dist = path.resolve(process.env.CHAMDIEM_START_DIST ?? path.join(root, 'dist'));
const config = process.env.CHAMDIEM_START_CONFIG ? path.resolve(process.env.CHAMDIEM_START_CONFIG) : null;
const portWanted = Number(process.env.PORT ?? addin.port);
// Next to the folder served when the test names one, so that it leaves the real log alone.
const log = process.env.CHAMDIEM_START_DIST ? path.join(path.dirname(dist), 'start-build.log') : path.join(root, '.cache/start-build.log');

/** Total size of a folder's files, and their number. */
function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else if (entry.isFile()) {
      bytes += statSync(p).size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** webpack (development mode), its output captured: resolves with that output and whether it succeeded. */
function build() {
  const args = [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'development'];
  if (config) args.push('--config', config);
  if (process.env.CHAMDIEM_START_DIST) args.push('--output-path', dist);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ ok: false, output: `${output}${e.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

console.log('Chấm điểm — đang build / building… (Ctrl+C để dừng / to stop)');
const started = Date.now();
const built = await build();
try {
  mkdirSync(path.dirname(log), { recursive: true });
  writeFileSync(log, built.output);
} catch {
  // The log is a convenience: a read-only checkout still starts.
}
if (!built.ok) {
  process.stdout.write(built.output);
  console.error('Build thất bại / Build failed.');
  process.exit(1);
}
const warnings = (built.output.match(/^WARNING\b/gm) ?? []).length;
const { bytes, files } = folderSize(dist);
console.log(
  `Đã build / Built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${files} tệp / files, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${path.relative(root, dist) || dist}` +
    `${warnings ? `, ${warnings} cảnh báo / warnings` : ''} (webpack's output: ${log.startsWith(root) ? path.relative(root, log) : log})`,
);

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.map': 'application/json' };

// Certificates made by `npm run certs` (office-addin-dev-certs): with them the add-in is served over https, as Excel requires.
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const certFiles = { cert: path.join(certDir, 'localhost.crt'), key: path.join(certDir, 'localhost.key') };
const https = existsSync(certFiles.cert) && existsSync(certFiles.key);
const scheme = https ? 'https' : 'http';

const handler = (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const rel = decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname);
  const file = path.join(dist, path.normalize(rel));
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Không tìm thấy / Not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
};
const server = https
  ? createHttpsServer({ cert: readFileSync(certFiles.cert), key: readFileSync(certFiles.key) }, handler)
  : createServer(handler);

server.listen(portWanted, '127.0.0.1', () => {
  const port = server.address().port;
  const base = `${scheme}://localhost:${port}`;
  console.log(`
Xem thử / Preview: ${base}/preview.html
Ctrl+C để dừng / to stop.
  Ngăn tác vụ bên cạnh một sổ làm việc mẫu trong trình duyệt, không cần Excel / the task pane beside a sample workbook, no Excel needed.

Chấm điểm đang chạy / is running:  ${base}/taskpane.html
  functions.json:       ${base}/functions.json
  functions.vi-VN.json: ${base}/functions.vi-VN.json
${https ? '' : `
  Đang phục vụ qua http (chưa có chứng chỉ) / Serving over http (no certificate yet).
  Excel cần https: chạy một lần / Excel needs https: run once  npm run certs  (may ask for your password to trust the certificate)
`}
Nạp vào Excel / Sideload into Excel:
  • Excel trên web / on the web: Trang đầu > Bổ trợ > Bổ trợ khác > Tải lên bổ trợ của tôi, chọn manifest.xml
    (Home > Add-ins > More add-ins > Upload My Add-in, pick manifest.xml). The manifest points at
    https://localhost:${addin.port}.
  • Excel desktop (Windows/macOS): see README, "Sideloading".`);
});
server.on('error', (e) => {
  console.error(`Không mở được cổng ${portWanted} / Cannot listen on port ${portWanted}: ${e.message}. Thử / try: PORT=3001 npm start`);
  process.exit(1);
});
