/**
 * What the browser tests need around the page: a copy of the preview's build in a folder of its own (the build is
 * made once per run and shared: test/support/sharedBuild.mjs), a static server on a free localhost port, and Debian's
 * Chromium driven by playwright-core with a fresh profile. No browser download, no network.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { copyBuild } from '../support/sharedBuild.mjs';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the browser tests save their screenshots (ignored by git); `npm run screenshots` copies them to docs/screenshots. */
export const SCREENSHOTS = path.join(ROOT, '.cache/screenshots');

/** Fails the run (never skips) when the browser is missing, saying how to install it. */
export function requireChromium(): void {
  if (existsSync(CHROMIUM)) return;
  throw new Error(
    `Chromium not found at ${CHROMIUM}: the browser tests need Debian's chromium package. Install it (as root):\n` +
      '  apt-get update && apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at another Chromium binary.',
  );
}

/** preview.html + preview.js as `npm start` builds them, copied into a new temporary folder the caller removes. */
export async function buildPreview(): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'chamdiem-preview-'));
  try {
    return await copyBuild('preview-development', out);
  } catch (e) {
    rmSync(out, { recursive: true, force: true });
    throw e;
  }
}

const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png' };

/** Serves a folder on 127.0.0.1, on a port the system picks. */
export async function serve(folder: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const file = path.join(folder, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Chromium with a fresh profile, at a laptop's size; animations reduced so screenshots do not catch them midway. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'chamdiem-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    locale: 'vi-VN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface OpenPreview {
  readonly page: import('playwright-core').Page;
  readonly context: BrowserContext;
  readonly origin: string;
  /** Every URL the page asked for. */
  readonly requests: string[];
  /** Page errors and console errors. */
  readonly problems: string[];
  readonly timings: Record<string, number>;
  close(): Promise<void>;
}

/** The preview built, served and opened in a fresh Chromium profile, the sample loaded (the browser tests' set-up). */
export async function openPreview(): Promise<OpenPreview> {
  requireChromium();
  const timings: Record<string, number> = {};
  const undo: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const u of undo.reverse()) await u();
  };
  try {
    let t = performance.now();
    const folder = await buildPreview();
    timings.build = performance.now() - t;
    undo.push(async () => rmSync(folder, { recursive: true, force: true }));
    const server = await serve(folder);
    undo.push(server.close);
    t = performance.now();
    const browser = await launch();
    undo.push(browser.close);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(`${server.origin}/preview.html`);
    await page.getByTestId('preview-grid').waitFor();
    timings.open = performance.now() - t;
    return { page, context: browser.context, origin: server.origin, requests, problems, timings, close };
  } catch (e) {
    await close();
    throw e;
  }
}
