#!/usr/bin/env node
/**
 * npm start: builds the add-in and the browser preview (development mode) and serves dist/ on localhost; the preview's
 * URL comes first, since it needs no Excel.
 * Excel requires https for a sideloaded add-in; on Linux there is no Excel desktop, so this serves over http and
 * explains how to sideload into Excel on the web. Never asks for sudo: certificates are a separate command.
 * Nothing here reaches the network.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const addin = JSON.parse(readFileSync(path.join(root, 'addin.config.json'), 'utf8'));
const dist = path.join(root, 'dist');
const port = Number(process.env.PORT ?? addin.port);

console.log('Chấm điểm — đang build / building…');
const build = spawnSync(process.execPath, [path.join(root, 'node_modules/webpack-cli/bin/cli.js'), '--mode', 'development'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('Build thất bại / Build failed.');
  process.exit(build.status ?? 1);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.map': 'application/json' };

// Certificates made by `npm run certs` (office-addin-dev-certs): with them the add-in is served over https, as Excel requires.
const certDir = path.join(os.homedir(), '.office-addin-dev-certs');
const certFiles = { cert: path.join(certDir, 'localhost.crt'), key: path.join(certDir, 'localhost.key') };
const https = existsSync(certFiles.cert) && existsSync(certFiles.key);
const scheme = https ? 'https' : 'http';

const handler = (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
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

server.listen(port, '127.0.0.1', () => {
  console.log(`
Xem thử / Preview: ${scheme}://localhost:${port}/preview.html
  Ngăn tác vụ bên cạnh một sổ làm việc mẫu trong trình duyệt, không cần Excel / the task pane beside a sample workbook, no Excel needed.

Chấm điểm đang chạy / is running:  ${scheme}://localhost:${port}/taskpane.html
  functions.json:       ${scheme}://localhost:${port}/functions.json
  functions.vi-VN.json: ${scheme}://localhost:${port}/functions.vi-VN.json
${https ? '' : `
  Đang phục vụ qua http (chưa có chứng chỉ) / Serving over http (no certificate yet).
  Excel cần https: chạy một lần / Excel needs https: run once  npm run certs  (may ask for your password to trust the certificate)
`}
Nạp vào Excel / Sideload into Excel:
  • Excel trên web / on the web: Trang đầu > Bổ trợ > Bổ trợ khác > Tải lên bổ trợ của tôi, chọn manifest.xml
    (Home > Add-ins > More add-ins > Upload My Add-in, pick manifest.xml). The manifest points at
    https://localhost:${addin.port}.
  • Excel desktop (Windows/macOS): see README, "Sideloading".
Ctrl+C để dừng / to stop.`);
});
server.on('error', (e) => {
  console.error(`Không mở được cổng ${port} / Cannot listen on port ${port}: ${e.message}. Thử / try: PORT=3001 npm start`);
  process.exit(1);
});
