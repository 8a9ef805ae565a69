/**
 * The production build, as `npm run build` makes it.
 *
 * The built dist, for any test that needs it: `const dist = await sharedBuild('production')` (from
 * test/support/sharedBuild.mjs) gives the folder of a complete `npm run build` output (functions, task pane, preview;
 * build-output.txt holds what the build printed). It is built once per run, whatever the number of test files asking
 * (the first builds, the others wait), and kept in .cache/builds/ until a source changes. Read it, never write into
 * it: other test files read it at the same time (`copyBuild` gives a copy of your own).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import * as source from '../src/functions/functions';
import { CustomFunctionsError } from './support/customFunctions';
import { sharedBuild } from './support/sharedBuild.mjs';

const root = path.resolve(__dirname, '..');
const addin = JSON.parse(readFileSync(path.join(root, 'addin.config.json'), 'utf8')) as {
  pages: string[];
  scripts: string[];
  metadata: string[];
  assets: string[];
};
let dist = '';
let buildOutput = '';

beforeAll(async () => {
  dist = await sharedBuild('production');
  buildOutput = readFileSync(path.join(dist, 'build-output.txt'), 'utf8');
}, 300_000);

describe('the production build', () => {
  it('emits every file the manifest points at', () => {
    for (const f of [...addin.pages, ...addin.scripts, ...addin.metadata, ...addin.assets]) {
      expect(existsSync(path.join(dist, f)), f).toBe(true);
    }
  });

  it('functions metadata asks nothing beyond the declared CustomFunctionsRuntime 1.3 (no allowCustomDataForDataTypeAny, 1.4)', () => {
    for (const file of ['functions.json', 'functions.vi-VN.json']) {
      const meta = JSON.parse(readFileSync(path.join(dist, file), 'utf8')) as Record<string, unknown>;
      expect(Object.keys(meta).sort(), file).toEqual(['functions']);
    }
  });

  it('prints its bundle sizes', () => {
    expect(buildOutput).toMatch(/functions\.js\s+[\d.]+ KB\s+[\d.]+ KB gzip/);
    expect(buildOutput).toMatch(/taskpane\.js\s+[\d.]+ KB\s+[\d.]+ KB gzip/);
  });

  it('keeps functions.js within 30 KB gzipped', () => {
    const gz = gzipSync(readFileSync(path.join(dist, 'functions.js'))).length;
    expect(gz).toBeLessThanOrEqual(30 * 1024);
  });

  it('loads office.js from Microsoft and no other remote script', () => {
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const remote = [...html.matchAll(/src="?(https?:[^"\s>]+)/g)].map((m) => m[1]);
    expect(remote).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    expect(html).toMatch(/src="?functions\.js/);
    expect(html).toMatch(/src="?taskpane\.js/);
    const chunks = readdirSync(dist).filter((f) => /^taskpane\..+\.js$/.test(f));
    expect(chunks.some((f) => f.startsWith('taskpane.engine.')), 'the task pane engine chunk').toBe(true);
    for (const f of ['functions.js', 'taskpane.js', ...chunks]) {
      const js = readFileSync(path.join(dist, f), 'utf8');
      expect(js, f).not.toMatch(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon/);
    }
  });

  it('ships no eval and no new Function in the add-in\'s scripts (the task pane\'s Content-Security-Policy has no unsafe-eval)', () => {
    // The add-in: functions.js, taskpane.js and the pane's chunks. preview.js (HyperFormula) is the browser preview's,
    // served under its own policy, and never loaded by Excel.
    const scripts = readdirSync(dist).filter((f) => f === 'functions.js' || /^taskpane(\..+)?\.js$/.test(f));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const forbidden = [/\beval\s*\(/, /\bnew\s+Function\b/, /(^|[^\w$.])Function\s*\(\s*["'`]/, /set(Timeout|Interval)\s*\(\s*["'`]/];
    for (const f of scripts) {
      const js = readFileSync(path.join(dist, f), 'utf8');
      for (const re of forbidden) {
        const m = re.exec(js);
        expect(m ? `${f}: …${js.slice(Math.max(0, m.index - 60), m.index + 60)}…` : null, `${f} ${re}`).toBeNull();
      }
    }
  });

  it('gives the task pane a Content-Security-Policy: scripts from its own origin and office.js\'s, nothing else for connections, images, fonts', () => {
    const html = readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
    const csp = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    for (const d of ['default-src', 'connect-src', 'img-src', 'font-src']) expect(csp).toContain(`${d} 'self';`);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
  });

  it('registers every function of functions.json, and the bundled functions answer as the source does', () => {
    const meta = JSON.parse(readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    const vi = JSON.parse(readFileSync(path.join(dist, 'functions.vi-VN.json'), 'utf8')) as { functions: { id: string; description: string }[] };
    expect(vi.functions.map((f) => f.id)).toEqual(meta.functions.map((f) => f.id));
    const registered = new Map<string, (...a: unknown[]) => unknown>();
    const sandbox = {
      CustomFunctions: {
        Error: CustomFunctionsError,
        ErrorCode: (globalThis as unknown as { CustomFunctions: { ErrorCode: unknown } }).CustomFunctions.ErrorCode,
        associate: (id: string, fn: (...a: unknown[]) => unknown) => registered.set(id, fn),
      },
    };
    runInNewContext(readFileSync(path.join(dist, 'functions.js'), 'utf8'), sandbox);
    expect([...registered.keys()].sort()).toEqual(meta.functions.map((f) => f.id).sort());
    const probe = (id: string, fn: (...a: never[]) => unknown, args: unknown[]) =>
      expect(registered.get(id)!(...args), id).toEqual((fn as (...a: unknown[]) => unknown)(...args));
    probe('CCHC.SCORE', source.score, ['xa-2024', '5.5.3.4', [[99]], [[[100]], [[1]]]]);
    probe('CCHC.SCORE', source.score, ['xa-2024', '8.1', [['nam-dau-tien']]]);
    probe('CCHC.MAXPOINTS', source.maxPoints, ['hn-m01', 'II']);
    probe('KPI.GRADE', source.kpiGrade, [89.995, 'name']);
    probe('THADS.TOTAL', source.thadsTotal, [[[5]], [[50]], [[null]], [[null]], null]);
  });
});
