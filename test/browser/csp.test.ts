/**
 * Issue 15.6: the task pane's Content-Security-Policy, in Debian's Chromium. The BUILT pane (taskpane.html with
 * functions.js and taskpane.js) loads office.js from its documented origin, answered here from the local copy in
 * @microsoft/office-js (the page loads offline). The pane renders with no policy violation, and a request to any other
 * origin is refused by the browser (a `securitypolicyviolation` event) before it reaches the network.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, requireChromium, ROOT, serve } from './support';

const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

let page: Page;
let origin = '';
const officeServed: string[] = [];
const leaked: string[] = [];
const problems: string[] = [];
let cleanup: (() => Promise<void>)[] = [];
let setupError: unknown = null;

const step = (name: string, body: () => Promise<void> | void) =>
  it(name, async () => {
    if (setupError) throw setupError;
    await body();
  });

async function setUp(): Promise<void> {
  requireChromium();
  const folder = mkdtempSync(path.join(tmpdir(), 'chamdiem-pane-'));
  cleanup.push(async () => rmSync(folder, { recursive: true, force: true }));
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'test/support/build-addin.mjs'), folder, 'functions,taskpane', 'csp'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  const server = await serve(folder);
  origin = server.origin;
  cleanup.push(server.close);
  const browser = await launch();
  cleanup.unshift(browser.close);
  const context = browser.context;
  // office.js and what it loads, from the local copy; anything else outside the page's origin never leaves.
  await context.route(`${OFFICE_ORIGIN}/**`, async (route) => {
    const rel = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const file = path.join(OFFICE_DIST, path.normalize(rel));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file) || !statSync(file).isFile()) return route.fulfill({ status: 404, body: '' });
    officeServed.push(rel);
    return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: readFileSync(file) });
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*$/, async (route) => {
    if (route.request().url().startsWith(OFFICE_ORIGIN)) return route.fallback();
    leaked.push(route.request().url());
    return route.abort();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: { directive: string; blocked: string }[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/taskpane.html`);
}

beforeAll(async () => {
  try {
    await setUp();
  } catch (e) {
    setupError = e;
  }
}, 180_000);

afterAll(async () => {
  for (const undo of cleanup) await undo();
  cleanup = [];
});

const violations = () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations.slice());

describe('the task pane under its Content-Security-Policy', () => {
  step('ships the policy: scripts from its own origin and office.js’s only, nothing else for connections, images, fonts', async () => {
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const directives = Object.fromEntries((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'", OFFICE_ORIGIN]);
    // Fluent UI's Griffel inserts <style> elements at run time: without 'unsafe-inline' Chromium refuses every one of them.
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    for (const d of ['connect-src', 'img-src', 'font-src', 'default-src']) expect(directives[d], d).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  step('loads: office.js from its origin (the local copy), then the pane renders its gallery, with no violation', async () => {
    await page.getByRole('tab', { name: 'Mẫu' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('#root').evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
    expect(officeServed).toContain('office.js');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
  });

  step('refuses a request to another origin: fetch, image, font, script (securitypolicyviolation, nothing sent)', async () => {
    const results = await page.evaluate(async () => {
      const out: Record<string, string> = {};
      try {
        await fetch('https://example.com/collect?data=1');
        out.fetch = 'sent';
      } catch {
        out.fetch = 'refused';
      }
      await new Promise<void>((resolve) => {
        const img = new Image();
        img.onload = () => ((out.img = 'loaded'), resolve());
        img.onerror = () => ((out.img = 'refused'), resolve());
        img.src = 'https://example.org/pixel.png';
      });
      await new Promise<void>((resolve) => {
        const s = document.createElement('script');
        s.onload = () => ((out.script = 'loaded'), resolve());
        s.onerror = () => ((out.script = 'refused'), resolve());
        s.src = 'https://cdn.example.net/x.js';
        document.head.appendChild(s);
      });
      try {
        const font = new FontFace('X', 'url(https://fonts.example.com/x.woff2)');
        await font.load();
        out.font = 'loaded';
      } catch {
        out.font = 'refused';
      }
      navigator.sendBeacon?.('https://example.com/beacon', 'x');
      await new Promise((r) => setTimeout(r, 200));
      return out;
    });
    expect(results).toEqual({ fetch: 'refused', img: 'refused', script: 'refused', font: 'refused' });
    const seen = await violations();
    const directives = new Set(seen.map((v) => v.directive));
    for (const d of ['connect-src', 'img-src', 'script-src-elem', 'font-src']) expect(directives, d).toContain(d);
    expect(seen.every((v) => !v.blocked.startsWith(origin) && !v.blocked.startsWith(OFFICE_ORIGIN))).toBe(true);
    expect(leaked).toEqual([]);
  });
});
