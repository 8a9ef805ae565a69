#!/usr/bin/env node
/**
 * The builds the tests load, made once per run and shared by every test file (issue 14.13: `npm test` built the same
 * bundles five times). Each is kept in .cache/builds/<kind>-<hash of its inputs>/, so a later run with the same
 * sources reuses it, and an edit to any input makes a new one. Test files run in several workers at once: the first
 * to ask builds (a lock folder next to the build), the others wait for it. A build folder is read-only for its users;
 * `copyBuild` gives a test a copy it may change.
 *
 * Kinds:
 * - `production`: exactly `npm run build` (webpack.config.mjs, --mode production: functions, task pane, preview), with
 *   the build's own output (the bundle-size table) in build-output.txt: test/build.test.ts loads it. It is made of
 *   `addin` (functions and task pane, as `npm run build` makes them: the custom-function harness,
 *   test/support/excelHarness.ts, and the task pane's CSP test, test/browser/csp.test.ts, load it) and
 *   `preview-production`, built at the same time.
 * - `preview-development`: the preview as `npm start` serves it (development mode, React's production build), without
 *   source maps or minification: the browser tests (test/browser/), whose latencies are those of `npm start`.
 *
 * Usage as a script: node test/support/sharedBuild.mjs <kind> [copyTo]  → prints the build's folder (or copies it).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
export const ROOT = path.resolve(path.dirname(here), '../..');
const BUILDS = path.join(ROOT, '.cache/builds');
export const KINDS = ['production', 'addin', 'preview-production', 'preview-development'];
/** What a build reads besides node_modules (whose versions package-lock.json stands for). */
const INPUTS = ['src', 'assets', 'webpack.config.mjs', 'addin.config.json', 'tsconfig.json', 'package-lock.json', 'scripts/localize-metadata.mjs', 'scripts/strip-framework-text.cjs', 'test/support/sharedBuild.mjs', 'test/support/webpackBuild.mjs'];
const STALE_MS = 20 * 60_000;

/** sha256 over the inputs' paths and contents, and the kind. */
export function inputsHash(kind) {
  const hash = createHash('sha256').update(`${kind}\0`);
  const visit = (rel) => {
    const abs = path.join(ROOT, rel);
    let st;
    try {
      st = statSync(abs);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(abs).sort()) visit(path.join(rel, name));
    } else {
      hash.update(`${rel.split(path.sep).join('/')}\0`).update(readFileSync(abs)).update('\0');
    }
  };
  for (const rel of INPUTS) visit(rel);
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function lockIsStale(lock) {
  try {
    const pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
    if (Date.now() - statSync(lock).mtimeMs > STALE_MS) return true;
    try {
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return e.code === 'ESRCH';
    }
  } catch {
    // No pid yet: the owner is between mkdir and writing it, unless that was long ago.
    try {
      return Date.now() - statSync(lock).mtimeMs > 60_000;
    } catch {
      return false;
    }
  }
}

/**
 * The production build is made of two builds run at once (on 2 cores that halves the longest wait of `npm test`):
 * `addin` (functions.js, the task pane: all the custom-function harness and the CSP test wait for) and
 * `preview-production`; `production` is both in one folder, the files of one `npm run build`, its output both tables.
 */
const PARTS = { addin: ['production', 'functions,taskpane'], 'preview-production': ['production', 'preview'], 'preview-development': ['preview-development', undefined] };

async function runBuild(kind, outDir) {
  if (kind === 'production') {
    const parts = await Promise.all(['addin', 'preview-production'].map((k) => sharedBuild(k)));
    for (const part of parts) cpSync(part, outDir, { recursive: true, filter: (src) => path.basename(src) !== '.complete' && path.basename(src) !== 'build-output.txt' });
    return parts.map((part) => readFileSync(path.join(part, 'build-output.txt'), 'utf8')).join('');
  }
  const [mode, names] = PARTS[kind];
  return runPart(mode, outDir, names);
}

function runPart(kind, outDir, names) {
  mkdirSync(outDir, { recursive: true });
  return new Promise((resolve, reject) => {
    const args = [path.join(ROOT, 'test/support/webpackBuild.mjs'), kind, outDir, ...(names ? [names] : [])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`the ${kind} build failed (exit ${code}):\n${out}`))));
  });
}

/** Keeps the two newest complete builds of a kind besides `keep`: a run that started on older sources may still read one. */
function prune(kind, keep) {
  const old = readdirSync(BUILDS)
    .filter((n) => n.startsWith(`${kind}-`) && !n.includes('.') && n !== path.basename(keep))
    .map((n) => ({ n, t: statSync(path.join(BUILDS, n)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const { n } of old.slice(2)) rmSync(path.join(BUILDS, n), { recursive: true, force: true });
}

/** The folder of a complete build of `kind` for the sources as they are now; builds it if no run has yet. */
export async function sharedBuild(kind) {
  if (!KINDS.includes(kind)) throw new Error(`unknown build kind ${kind} (${KINDS.join(', ')})`);
  const dir = path.join(BUILDS, `${kind}-${inputsHash(kind)}`);
  const done = path.join(dir, '.complete');
  const lock = `${dir}.lock`;
  mkdirSync(BUILDS, { recursive: true });
  for (;;) {
    if (existsSync(done)) return dir;
    try {
      mkdirSync(lock);
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(200);
      continue;
    }
    try {
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      if (existsSync(done)) return dir;
      // What a build killed halfway left (this lock is held: no one else builds into these).
      for (const n of readdirSync(BUILDS)) if (n.startsWith(`${path.basename(dir)}.tmp-`)) rmSync(path.join(BUILDS, n), { recursive: true, force: true });
      const tmp = `${dir}.tmp-${process.pid}`;
      try {
        const output = await runBuild(kind, tmp);
        writeFileSync(path.join(tmp, 'build-output.txt'), output);
        writeFileSync(path.join(tmp, '.complete'), `${new Date().toISOString()}\n`);
        rmSync(dir, { recursive: true, force: true });
        renameSync(tmp, dir);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
      prune(kind, dir);
      return dir;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/** A copy of the build of `kind` in `target` (which the caller owns and may change or remove). */
export async function copyBuild(kind, target) {
  const dir = await sharedBuild(kind);
  cpSync(dir, target, { recursive: true, filter: (src) => !['.complete', 'build-output.txt'].includes(path.basename(src)) });
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === here) {
  const [kind, copyTo] = process.argv.slice(2);
  try {
    console.log(copyTo ? await copyBuild(kind, path.resolve(copyTo)) : await sharedBuild(kind));
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  }
}
