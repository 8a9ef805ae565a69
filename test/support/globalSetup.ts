/**
 * Before any test file runs (vitest globalSetup, in the main process), for the test files of this run that need them:
 * - the builds they share (test/support/sharedBuild.mjs) are started, in the background: the production build takes
 *   the longest of anything in `npm test`, and the test files waiting for it would otherwise start it only when the
 *   scheduler reaches them (on a fresh clone, largest file first: near the end). They wait for it as for any build.
 * - the `chamdiem` command is brought up to date (bin/chamdiem.mjs rebuilds dist-cli/ when it is missing or older than
 *   src/), and this one is waited for: the tests that run the built command check its stderr line by line, and with
 *   files running in parallel the first of them would otherwise also get the launcher's "building the command" line,
 *   and two of them could build it at once.
 * Which files need what is read from their text (what they import or run); a run given file filters
 * (`vitest run test/scoring`) builds only for the files those filters select.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { sharedBuild, type BuildKind } from './sharedBuild.mjs';

const ROOT = path.resolve(__dirname, '../..');

const NEEDS: readonly { need: BuildKind | 'cli'; uses: RegExp }[] = [
  { need: 'production', uses: /sharedBuild\(['"]production/ },
  { need: 'addin', uses: /loadHarness\(|build-addin\.mjs|sharedBuild\(['"]addin/ },
  { need: 'preview-development', uses: /buildPreview\(|openPreview\(|build-preview\.mjs/ },
  { need: 'cli', uses: /bin[/'", ]+chamdiem\.mjs|bin\/chamdiem/ },
];

function testFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...testFiles(rel));
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

/** What the files of this run need, by vitest's filter rule (a filter selects the files whose path contains it). */
function needed(filters: readonly string[] | undefined): Set<string> {
  const files = testFiles('test').filter((f) => !filters || filters.length === 0 || filters.some((x) => path.join(ROOT, f).includes(x.replace(/^\.\//, ''))));
  const out = new Set<string>();
  for (const f of files) {
    const text = readFileSync(path.join(ROOT, f), 'utf8');
    for (const { need, uses } of NEEDS) if (uses.test(text)) out.add(need);
  }
  return out;
}

function buildCommand(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/chamdiem.mjs'), '--help'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`bin/chamdiem.mjs --help failed (exit ${code}):\n${stderr}`))));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The filters of `vitest run <filters…>` (not a documented API: without it, everything is built).
  const filters = (project.vitest as unknown as { filenamePattern?: readonly string[] }).filenamePattern;
  const need = needed(filters);
  // A failure here is left to the test files that need the build: they build it again and report it.
  // `production` holds `addin`: the files waiting for `addin` alone get it as soon as it is built.
  const kinds: BuildKind[] = [need.has('production') ? 'production' : need.has('addin') ? 'addin' : null, need.has('preview-development') ? 'preview-development' : null].filter(
    (k): k is BuildKind => k !== null,
  );
  const background = kinds.map((k) => sharedBuild(k).then(() => undefined, () => undefined));
  if (need.has('cli')) await buildCommand();
  return async () => {
    await Promise.all(background);
  };
}
