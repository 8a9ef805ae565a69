/**
 * Before any test file runs (vitest globalSetup, in the main process): the `chamdiem` command is brought up to date
 * (bin/chamdiem.mjs rebuilds dist-cli/ when it is missing or older than src/). The tests that run the built command
 * (test/cli/cli.test.ts, summarySafety.test.ts, memory.test.ts) check its stderr line by line; with test files running
 * in parallel, the first of them to run it would otherwise also get the launcher's "building the command" line, and
 * two of them could build it at once. Skipped when the run was given file filters none of which is a CLI test.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(__dirname, '../..');

export default function setup(project: TestProject): void {
  // The filters of `vitest run <filters…>` (not a documented API: when it is missing, the command is always checked).
  const filters = (project.vitest as unknown as { filenamePattern?: readonly string[] }).filenamePattern;
  if (filters && filters.length > 0 && !filters.some((f) => /cli/i.test(f))) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/chamdiem.mjs'), '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`bin/chamdiem.mjs --help failed (exit ${r.status}):\n${r.stderr}${r.error ? String(r.error) : ''}`);
}
