/**
 * LibreOffice Calc as a second real client (STYLE 13: a fake file is one a real program wrote): one headless soffice
 * process, with a profile of its own, driven over UNO by edit.py — every job (open, type, edit, save as .xlsx and
 * .pdf) in that one process. Debian packages: libreoffice-calc-nogui, python3-uno, poppler-utils (.ci/run installs them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
/** The system Python: python3-uno installs the `uno` module for it, not for a Python of pyenv or a venv. */
export const UNO_PYTHON = process.env.UNO_PYTHON ?? '/usr/bin/python3';
const EDIT = path.join(__dirname, 'edit.py');

/** Why the LibreOffice tests cannot run here, with the command that fixes it; null when everything is installed. */
export function missingLibreOffice(): string | null {
  const missing: string[] = [];
  if (!existsSync(SOFFICE)) missing.push(`soffice (${SOFFICE})`);
  if (!existsSync(UNO_PYTHON) || spawnSync(UNO_PYTHON, ['-c', 'import uno'], { stdio: 'ignore' }).status !== 0) missing.push(`the uno module of ${UNO_PYTHON}`);
  for (const tool of ['pdfinfo', 'pdftoppm', 'pdftotext']) if (spawnSync(tool, ['-v'], { stdio: 'ignore' }).error) missing.push(tool);
  if (missing.length === 0) return null;
  return (
    `LibreOffice tests: missing ${missing.join(', ')}. Install them (as root):\n` +
    '  apt-get update && apt-get install -y libreoffice-calc-nogui poppler-utils python3-uno\n' +
    '(.ci/run does this when it runs as root; SOFFICE_PATH and UNO_PYTHON point elsewhere.)'
  );
}

/** One workbook opened in LibreOffice, edited (edit.py's ops), saved as .xlsx and/or exported as .pdf. */
export interface LibreOfficeJob {
  readonly src: string;
  readonly xlsx?: string;
  readonly pdf?: string;
  readonly edits?: readonly Record<string, unknown>[];
}

/** Runs every job in one soffice process; resolves with the seconds it took. */
export async function runLibreOffice(jobs: readonly LibreOfficeJob[]): Promise<number> {
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), 'chamdiem-soffice-'));
  const pipe = `chamdiem-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const jobsFile = path.join(work, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs.map((j) => ({ ...j, xlsx: j.xlsx ?? null, pdf: j.pdf ?? null }))));
  const office = spawn(
    SOFFICE,
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', `--accept=pipe,name=${pipe};urp;`],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => office.once('exit', () => resolve()));
  try {
    const run = spawnSync(UNO_PYTHON, [EDIT, pipe, jobsFile], { encoding: 'utf8', timeout: 120_000 });
    if (run.status !== 0) throw new Error(`edit.py failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  } finally {
    if (office.exitCode === null && office.signalCode === null) office.kill('SIGKILL');
    await exited;
    rmSync(work, { recursive: true, force: true });
  }
  return (Date.now() - started) / 1000;
}

export interface PdfFacts {
  readonly pages: number;
  /** Every page A4 (either orientation). */
  readonly a4: boolean;
  readonly landscape: boolean;
  /** Pairs of words printed over each other (text running over the next row), with up to three examples. */
  readonly overlaps: number;
  readonly examples: readonly string[];
}

/** Pages, paper and overprinted words of a PDF, from poppler's pdfinfo and pdftotext -bbox. */
export function pdfFacts(pdf: string): PdfFacts {
  const info = spawnSync('pdfinfo', ['-l', '999', pdf], { encoding: 'utf8' }).stdout;
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])] as const);
  const isA4 = ([w, h]: readonly [number, number]) => Math.abs(Math.min(w, h) - 595.3) < 2 && Math.abs(Math.max(w, h) - 841.9) < 2;
  const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).stdout;
  let overlaps = 0;
  const examples: string[] = [];
  bbox.split('<page ').slice(1).forEach((page, p) => {
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
      .map((m) => ({ x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: m[5]! }))
      .sort((a, b) => a.x1 - b.x1);
    for (let i = 0; i < words.length; i++) {
      const a = words[i]!;
      for (let j = i + 1; j < words.length && words[j]!.x1 < a.x2; j++) {
        const b = words[j]!;
        const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (dx > 0.5 && dy > 0.3 * Math.min(a.y2 - a.y1, b.y2 - b.y1)) {
          overlaps++;
          if (examples.length < 3) examples.push(`page ${p + 1}: "${a.text}" over "${b.text}"`);
        }
      }
    }
  });
  return { pages, a4: sizes.length === pages && sizes.every(isA4), landscape: sizes[0] ? sizes[0][0] > sizes[0][1] : false, overlaps, examples };
}
