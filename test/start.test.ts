/**
 * `npm start` (scripts/start.mjs), issue 14.12: what it prints comes in order — one line while building, one line
 * when built (webpack's bundle table only in .cache/start-build.log), then the preview's URL and how to stop — and the
 * URL it prints serves the build. A failed build prints webpack's whole output and exits 1. The real webpack
 * configuration is built by test/build.test.ts; here a one-file configuration (CHAMDIEM_START_CONFIG) keeps it fast.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'chamdiem-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const webpackPath = createRequire(path.join(ROOT, 'package.json')).resolve('webpack');

function config(name: string, entry: string): string {
  const file = path.join(dir, `${name}.cjs`);
  writeFileSync(
    file,
    `const webpack = require(${JSON.stringify(webpackPath)});
module.exports = {
  entry: ${JSON.stringify(entry)},
  output: { filename: 'preview.js' },
  plugins: [{ apply(compiler) { compiler.hooks.thisCompilation.tap('html', (c) => c.hooks.processAssets.tap({ name: 'html', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => c.emitAsset('preview.html', new webpack.sources.RawSource('<p>preview</p>')))); } }],
  // The bundle table of webpack.config.mjs, as npm start must keep it off the screen.
  stats: 'normal',
};
`,
  );
  return file;
}

interface Started {
  readonly lines: string[];
  readonly code: Promise<number | null>;
  stop(): void;
}

/** Runs the start script until `until` matches its output (or it exits). */
function start(configFile: string, out: string, until: RegExp): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', CHAMDIEM_START_CONFIG: configFile, CHAMDIEM_START_DIST: out, HOME: dir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const code = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  return new Promise((resolve) => {
    const done = () => resolve({ lines: text.split('\n'), code, stop: () => child.kill('SIGINT') });
    const onData = (d: Buffer) => {
      text += d.toString();
      if (until.test(text)) done();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void code.then(done);
  });
}

describe('npm start', () => {
  it('prints the preview URL and how to stop right after one line of build summary, and serves that URL', async () => {
    const entry = path.join(dir, 'entry.js');
    writeFileSync(entry, 'document.title = "ok";\n');
    const run = await start(config('good', entry), path.join(dir, 'dist'), /Sideload into Excel[\s\S]*Sideloading/);
    try {
      const lines = run.lines.filter((l) => l.trim() !== '');
      expect(lines[0]).toBe('Chấm điểm — đang build / building… (Ctrl+C để dừng / to stop)');
      expect(lines[1]).toMatch(/^Đã build \/ Built in \d+\.\d s: 2 tệp \/ files, [\d.]+ MB in .*dist \(webpack's output: .*start-build\.log\)$/);
      expect(readFileSync(path.join(dir, 'start-build.log'), 'utf8')).toMatch(/compiled successfully/); // the full output, kept
      const url = /^Xem thử \/ Preview: (http:\/\/localhost:(\d+)\/preview\.html)$/.exec(lines[2] ?? '');
      expect(url, lines[2]).not.toBeNull();
      const previewUrl = url![1]!;
      expect(Number(url![2])).toBeGreaterThan(0);
      expect(lines[3]).toBe('Ctrl+C để dừng / to stop.');
      // No bundle table, no webpack chatter on the screen.
      expect(run.lines.join('\n')).not.toMatch(/KB gzip|compiled successfully|asset preview\.js|webpack \d/);
      const page = await fetch(previewUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toBe('<p>preview</p>');
      expect((await fetch(previewUrl.replace('preview.html', 'preview.js'))).status).toBe(200);
      expect((await fetch(previewUrl.replace('preview.html', '../package.json'))).status).toBe(404);
    } finally {
      run.stop();
    }
    expect(await run.code).toBeNull(); // ended by the Ctrl+C it was sent
  }, 60_000);

  it('prints webpack’s whole output and exits 1 when the build fails, serving nothing', async () => {
    const run = await start(config('bad', path.join(dir, 'missing.js')), path.join(dir, 'dist-bad'), /$^/);
    expect(await run.code).toBe(1);
    const text = run.lines.join('\n');
    expect(run.lines[0]).toBe('Chấm điểm — đang build / building… (Ctrl+C để dừng / to stop)');
    expect(text).toMatch(/ERROR[\s\S]*missing\.js/);
    expect(text).toContain('Build thất bại / Build failed.');
    expect(text).not.toContain('Xem thử / Preview');
  }, 60_000);
});
