/**
 * The memory bound (issue 10): peak RSS ≤ 512 MB for any input ≤ 100 MB. The largest files of the corpus
 * (scripts/make-corpus.mjs, makeLargeCorpus) — a million rows, too many cells, the most cells and rows the limits let
 * through, images just under 100 MB, 60 MB of shared strings — each run through the built command in a child process
 * that reports its own peak (test/cli/memory/peakRss.cjs). The figures are printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLargeCorpus } from '../../scripts/make-corpus.mjs';
import { tempDir } from './support';

const ROOT = path.resolve(__dirname, '../..');
const BOUND_KB = 512 * 1024;
const dir = tempDir('chamdiem-memory-');
// Built once by the command's own launcher (it rebuilds when the sources are newer).
spawnSync(process.execPath, [path.join(ROOT, 'bin/chamdiem.mjs'), '--help'], { encoding: 'utf8', timeout: 180_000 });
const started = Date.now();
const corpus = makeLargeCorpus(dir, readFileSync(path.join(ROOT, 'templates', 'xa-2024.xlsx')));
const generated = (Date.now() - started) / 1000;
const sha = (file: string) => createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');

interface Run {
  readonly args: string[];
  readonly code: number | null;
  readonly stderr: string;
  readonly peakKb: number;
  readonly seconds: number;
}

function measure(args: string[]): Promise<Run> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'memory', 'peakRss.cjs'), ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      const peak = /peak-rss (\d+)\n$/.exec(stderr);
      resolve({ args, code, stderr: stderr.replace(/peak-rss \d+\n$/, ''), peakKb: Number(peak?.[1] ?? Infinity), seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/** Two at a time: the machine's two cores. */
async function measureAll(jobs: string[][]): Promise<Run[]> {
  const out: Run[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < jobs.length; i = next++) out[i] = await measure(jobs[i]!);
  };
  await Promise.all([worker(), worker()]);
  return out;
}

const jobs: string[][] = [
  ...corpus.map((f) => ['check', f.name, '--now', '2024-11-20T09:00:00+07:00']),
  ['score', 'big-images.xlsx', '-o', 'big-images.copy.xlsx'],
];
const hashes = corpus.map((f) => sha(f.name));
const runs = await measureAll(jobs);

describe('peak memory on the largest files of the corpus (bound: 512 MB, inputs ≤ 100 MB)', () => {
  it('prints the figures', () => {
    const table = runs.map((r) => `  ${r.args.slice(0, 2).join(' ').padEnd(34)} ${r.args[2] === '-o' ? '-o' : '  '} exit ${r.code}  peak ${(r.peakKb / 1024).toFixed(0).padStart(4)} MB  ${r.seconds.toFixed(1)} s`);
    console.log(`Large corpus generated in ${generated.toFixed(1)} s (${corpus.map((f) => `${f.name} ${(f.bytes / 1e6).toFixed(1)} MB`).join(', ')})\n${table.join('\n')}`);
    expect(runs.length).toBe(jobs.length);
  });

  for (const [i, f] of corpus.entries()) {
    it(`check ${f.name} (${f.about}) → exit ${f.check}, under 512 MB`, () => {
      const r = runs[i]!;
      expect(r.code).toBe(f.check);
      if (f.check === 2) {
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toContain(f.name);
      }
      expect(r.peakKb).toBeLessThanOrEqual(BOUND_KB);
      expect(sha(f.name)).toBe(hashes[i]);
    });
  }

  it('score -o on the largest file stays under 512 MB; the copy keeps the images byte for byte', () => {
    for (const r of runs.slice(corpus.length)) {
      expect([r.args.join(' '), r.code]).toEqual([r.args.join(' '), 0]);
      expect(r.peakKb).toBeLessThanOrEqual(BOUND_KB);
    }
    const images = (file: string) => {
      const out = spawnSync('unzip', ['-p', path.join(dir, file), 'xl/media/image1.png'], { maxBuffer: 128 * 1024 * 1024 });
      return out.error ? null : createHash('sha256').update(out.stdout).digest('hex');
    };
    const original = images('big-images.xlsx');
    if (original !== null) expect(images('big-images.copy.xlsx')).toBe(original);
  });
});
