/**
 * `chamdiem summary <files or folders…> -o <1A.xlsx> [--json]`: Mẫu 1A (seed 004, Phụ lục 3) from many staff workbooks.
 * Each file's template sheets' head blocks give a PersonLine through their template's `person` (as buildSummary does
 * inside one workbook); the score is recomputed from the sheet's inputs where the template scores (a stored total that
 * disagrees is reported and not used); then solveUnit (grades, the quota on A) and planSummary write the list.
 */
import type { Msg, QuotaResult } from '../../scoring';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { checkQuotaCap, flatten, getFramework, gradeInfo, normalizeId, parseVietnameseNumber, QUOTA_CAP, type GradeCode } from '../../scoring';
import { planNotice } from '../../sheet/notice';
import { scoreSheet, uniqueSheetName } from '../../sheet/operations';
import { noSheetForMonth, planSummary, solveUnit, type QuotaStatus } from '../../sheet/summary';
import type { PersonLine, TemplateDef } from '../../sheet/templates';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { ExcelJsHost, newWorkbook } from '../excelHost';
import { CLI } from '../messages';
import { checkOutput, InputError, workbookBytes, writeFileAtomic } from '../xlsxFile';

/** One person in `summary --json`. */
export interface PersonJson {
  /** "[file]sheet": unique across the batch (the quota's key). */
  readonly key: string;
  readonly file: string;
  readonly sheet: string;
  readonly template: string;
  readonly name: string;
  readonly post: string;
  readonly group: PersonLine['group'];
  readonly isHead: boolean;
  readonly month: number | null;
  readonly year: number | null;
  readonly score: number | null;
  /** The total the workbook held, when it differs from the recomputed score. */
  readonly storedScore?: number;
  readonly grade: GradeCode | null;
  readonly selfGrade: GradeCode | null;
  readonly proposedGrade: GradeCode | null;
  readonly status: QuotaStatus;
}

export interface SummaryJson {
  readonly cap: number;
  readonly month: number | null;
  readonly year: number | null;
  /** The unit printed on the list: --unit, else as the personal forms name it; null when neither does. */
  readonly unit: string | null;
  readonly people: readonly PersonJson[];
  /** The core's quota result (src/scoring/quota.ts), ids being the people's keys. */
  readonly quota: QuotaResult;
  /** Leaders' component d (seed 004 III.3.3a): 1 or 0.5; null without staff. */
  readonly leaderD: number | null;
  readonly files: number;
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  /** People whose form for the same month was found again (a copied sheet, a file saved twice): counted once. */
  readonly duplicated: number;
}

export function parseCap(raw: string | undefined): number {
  if (raw === undefined) return QUOTA_CAP;
  const pct = raw.trim().endsWith('%');
  const n = parseVietnameseNumber(raw.trim().replace(/%$/, ''));
  if (n === null) throw new InputError(CLI.badCap(raw));
  const cap = pct || n > 1 ? n / 100 : n;
  if (!(cap > 0 && cap <= 1)) throw new InputError(CLI.badCap(raw));
  const checked = checkQuotaCap(cap);
  if (!checked.ok) throw new InputError(checked.error.message);
  return cap;
}

/** What a summary was given to read: the files, and what it could not look into (each reported in one line). */
export interface CollectedFiles {
  readonly files: string[];
  readonly problems: { readonly file: string; readonly reason: Msg }[];
}

/**
 * The .xlsx files named or inside the folders named (recursively, sorted; Excel's "~$" lock files and hidden files
 * skipped). Links are followed, each real file and folder taken once (a link beside its target is not a second
 * person); a folder that cannot be listed is a problem, not the end of the batch.
 */
export async function collectFiles(ctx: Context, paths: readonly string[]): Promise<CollectedFiles> {
  const out: string[] = [];
  const problems: { file: string; reason: Msg }[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const realOf = (shown: string): string | null => {
    try {
      return realpathSync(ctx.resolve(shown));
    } catch {
      return null;
    }
  };
  const addFile = (shown: string) => {
    const real = realOf(shown);
    if (real === null) return void out.push(shown); // a missing or odd file is reported when it is opened
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    out.push(shown);
  };
  const walk = (shown: string): void => {
    const real = realOf(shown);
    if (real !== null) {
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
    }
    let entries: Dirent[];
    try {
      entries = readdirSync(ctx.resolve(shown), { withFileTypes: true });
    } catch (e) {
      problems.push({ file: shown, reason: CLI.folderUnreadable((e as NodeJS.ErrnoException).code ?? String(e)) });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const child = path.join(shown, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        const st = statSync(ctx.resolve(child), { throwIfNoEntry: false });
        isDir = st?.isDirectory() ?? false;
        isFile = st?.isFile() ?? false;
        if (!st && /\.xlsx$/i.test(e.name)) problems.push({ file: child, reason: CLI.brokenLink() });
      }
      if (isDir) walk(child);
      else if (isFile && /\.xlsx$/i.test(e.name)) addFile(child);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(ctx.resolve(p), { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    if (st?.isDirectory()) walk(p);
    else addFile(p);
  }
  return { files: out, problems };
}

/** A whole number written in decimal digits ("0x0B", "1e1", "" and " " are not). */
const int = (name: string, v: string | undefined, min: number, max: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new InputError(CLI.badNumber(`--${name}`, v));
  return n;
};

const LEAVES = new Map<string, Set<string> | null>();

/** Leaves of the template's framework (once per template): a sheet is scored once every leaf has a value. */
const leafIds = (def: TemplateDef): Set<string> | null => {
  // A user's framework (issue 12) travels in its file: two files may hold different ones of the same id.
  if (def.framework) return new Set(flatten(def.framework).filter((p) => !p.node.children?.length).map((p) => normalizeId(p.node.id)));
  let leaves = LEAVES.get(def.id);
  if (leaves === undefined) {
    const fw = getFramework(def.id);
    leaves = fw ? new Set(flatten(fw).filter((p) => !p.node.children?.length).map((p) => normalizeId(p.node.id))) : null;
    LEAVES.set(def.id, leaves);
  }
  return leaves;
};

/** Back to the start of the line, and clear it: the progress line is redrawn in place on a terminal. */
const CLEAR_LINE = '\r\x1b[K';

interface Collected {
  readonly line: PersonLine;
  readonly file: string;
  readonly sheet: string;
  readonly storedScore?: number;
}

export async function summaryCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new InputError(CLI.needFile('summary'));
  const output = args.values.output;
  const cap = parseCap(args.values.cap);
  const month = int('month', args.values.month, 1, 12);
  const year = int('year', args.values.year, 1900, 9999);
  // The notice goes into the result workbook beside the list: without one it would be silently dropped.
  if (args.flags.has('notice') && !output) throw new InputError(CLI.noticeNeedsOutput());
  const { files, problems } = await collectFiles(ctx, args.positionals);
  if (files.length === 0) throw new InputError(problems[0] ? CLI.skipped(problems[0].file, ctx.t(problems[0].reason)) : CLI.noFiles());
  // Before anything is read: the output is none of the inputs (by real path, links, hard links) and its folder exists.
  if (output) await checkOutput(ctx.resolve(output), files.map((f) => ctx.resolve(f)), output);

  const started = Date.now();
  const collected: Collected[] = [];
  const skipped: { file: string; reason: string }[] = problems.map((p) => ({ file: p.file, reason: ctx.t(p.reason) }));
  // Lines for stderr, printed once the batch is read: an exit 2 ("nobody found") must stay one line.
  const notes: Msg[] = problems.map((p) => CLI.skipped(p.file, ctx.t(p.reason)));
  const seen = new Map<string, string>();
  // People of other months than the one asked for: named when nobody is of that month.
  const otherMonths: PersonLine[] = [];
  let duplicated = 0;
  const tty = ctx.io.stderrIsTTY === true;
  for (const [i, file] of files.entries()) {
    if (tty) ctx.io.stderr(`${CLEAR_LINE}${ctx.t(CLI.progress(i + 1, files.length))}`);
    try {
      const input = await openInput(ctx, file, { valuesOnly: true });
      for (const sheet of input.sheets) {
        if (input.host.workbook.getWorksheet(sheet.name)?.state === 'veryHidden') {
          notes.push(CLI.veryHiddenSheet(file, sheet.name));
          continue;
        }
        if (!sheet.def.person) continue; // not a person's form (a yearly framework, a summary): never read in full
        let head = input.head.sheets.find((s) => s.name === sheet.name);
        let score: number | null | undefined;
        let scored: Awaited<ReturnType<typeof scoreSheet>> | undefined;
        if (sheet.def.score) {
          scored = await scoreSheet(input.host, { sheet: sheet.name, withHead: true });
          if (!scored.ok) {
            notes.push(CLI.skipped(`${file} › ${sheet.name}`, ctx.t(scored.error.message)));
            skipped.push({ file: `${file} › ${sheet.name}`, reason: ctx.t(scored.error.message) });
            continue;
          }
          // The head block as the score read it (columns moved back into place when a column was moved).
          if (scored.value.head) head = { name: sheet.name, values: scored.value.head };
        }
        const line = head ? sheet.def.person(head) : null;
        if (!line) continue;
        score = line.score;
        let storedScore: number | undefined;
        if (scored?.ok) {
          const s = scored.value.value;
          // Recomputed only when every leaf has a value (the sheet's own total is blank until then, e.g. KPI parts missing).
          const leaves = leafIds(sheet.def);
          const complete = leaves !== null && s.criteria.every((c) => !leaves.has(normalizeId(c.id)) || c.self !== null);
          const recomputed = complete ? s.total : null;
          if (line.score !== null && recomputed !== null && Math.abs(line.score - recomputed) > 0.005) {
            storedScore = line.score;
            notes.push(CLI.storedScoreDiffers(`${file} › ${sheet.name}`, line.score, recomputed));
          }
          score = recomputed ?? line.score;
        }
        if ((month !== undefined && line.month !== month) || (year !== undefined && line.year !== year)) {
          otherMonths.push(line);
          continue;
        }
        // The same person's form for the same month twice (a copied sheet, the same file saved twice): counted once.
        const who = `${line.templateId}|${line.name.trim().toLowerCase()}|${line.post.trim().toLowerCase()}|${line.month}|${line.year}`;
        const first = seen.get(who);
        if (line.name.trim() !== '' && first !== undefined) {
          duplicated++;
          notes.push(CLI.duplicatePerson(`${file} › ${sheet.name}`, line.name, first));
          continue;
        }
        seen.set(who, `${file} › ${sheet.name}`);
        collected.push({ line: { ...line, sheet: `[${file}]${line.sheet}`, score }, file, sheet: line.sheet, ...(storedScore !== undefined ? { storedScore } : {}) });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      notes.push(CLI.skipped(file, ctx.t(e.text)));
      skipped.push({ file, reason: ctx.t(e.text) });
    }
  }
  const chosen = collected;
  if (tty) ctx.io.stderr(CLEAR_LINE);
  if (chosen.length === 0) throw new InputError(otherMonths.length > 0 ? noSheetForMonth(month, year, otherMonths) : CLI.noPeople(files.length, skipped.length));
  for (const note of notes) ctx.warn(note);
  ctx.warn(CLI.progressDone(files.length, chosen.length, skipped.length, duplicated, (Date.now() - started) / 1000));

  const summary = solveUnit(
    chosen.map((c) => c.line),
    cap,
  );
  const details = { ...(args.values.unit ? { unit: args.values.unit } : {}), ...(month !== undefined ? { month } : {}), ...(year !== undefined ? { year } : {}) };
  if (output) {
    const workbook = newWorkbook();
    const host = new ExcelJsHost(workbook, output);
    const plan = planSummary(summary, details);
    const sheet = uniqueSheetName(plan.sheetName, []);
    const ops: Parameters<ExcelJsHost['write']>[0][number][] = [
      { kind: 'addSheet', sheet },
      { kind: 'applyPlan', sheet, plan },
    ];
    if (args.flags.has('notice')) {
      const notice = planNotice(summary, details);
      const noticeSheet = uniqueSheetName(notice.sheetName, [sheet]);
      ops.push({ kind: 'addSheet', sheet: noticeSheet }, { kind: 'applyPlan', sheet: noticeSheet, plan: notice });
    }
    ops.push({ kind: 'select', sheet, cell: 'A1' });
    await host.write(ops);
    await writeFileAtomic(ctx.resolve(output), await workbookBytes(workbook), files.map((f) => ctx.resolve(f)), output);
  }

  const byKey = new Map(chosen.map((c) => [c.line.sheet, c]));
  const json: SummaryJson = {
    cap,
    month: summary.month,
    year: summary.year,
    unit: details.unit ?? summary.unit,
    people: summary.people.map((p) => {
      const c = byKey.get(p.sheet)!;
      return {
        key: p.sheet,
        file: c.file,
        sheet: c.sheet,
        template: p.templateId,
        name: p.name,
        post: p.post,
        group: p.group,
        isHead: p.isHead,
        month: p.month,
        year: p.year,
        score: p.score,
        ...(c.storedScore !== undefined ? { storedScore: c.storedScore } : {}),
        grade: p.grade,
        selfGrade: p.selfGradeCode,
        proposedGrade: p.proposedGrade,
        status: p.status,
      };
    }),
    quota: {
      countA: summary.quota.countA,
      countB: summary.quota.countB,
      maxA: summary.quota.maxA,
      kept: summary.quota.kept,
      demoted: summary.quota.demoted,
      tied: summary.quota.tied,
      seatsForTied: summary.quota.seatsForTied,
      cutScore: summary.quota.cutScore,
    },
    leaderD: summary.leaderD,
    files: files.length,
    skipped,
    duplicated,
  };
  if (ctx.json) ctx.printJson(json);
  else {
    // Columns: grade, score (two decimals, as Mẫu 1A prints it, right-aligned), name, sheet, status.
    const scoreText = (s: number | null) => (s === null ? '—' : ctx.lang === 'vi' ? s.toFixed(2).replace('.', ',') : s.toFixed(2));
    const scoreWidth = Math.max(...json.people.map((p) => scoreText(p.score).length));
    const nameWidth = Math.max(...json.people.map((p) => p.name.length));
    for (const p of json.people) {
      // A tie at the cut line awaits the authority ("?"), as Mẫu 1A prints "Chờ quyết định".
      const grade = p.isHead ? '—' : p.status === 'tied' ? '?' : p.proposedGrade ? gradeInfo(p.proposedGrade).letter : '?';
      const status = p.status === 'demoted' || p.status === 'tied' ? `  ${ctx.t(STATUS[p.status])}` : '';
      ctx.say(`${grade}  ${scoreText(p.score).padStart(scoreWidth)}  ${p.name.padEnd(nameWidth)}  (${p.key})${status}`.trimEnd());
    }
    ctx.say(CLI.quotaLine(json.quota.countA, json.quota.countB, cap, json.quota.maxA, json.quota.demoted.length, json.quota.tied.length));
    if (output) ctx.say(CLI.summaryWritten(output, json.people.length));
  }
  return skipped.length > 0 || duplicated > 0 ? 1 : 0;
}

const STATUS = {
  demoted: { vi: 'đề xuất hạ B (vượt tỷ lệ)', en: 'proposed for B (over the quota)' },
  tied: { vi: 'bằng điểm tại ngưỡng: cấp có thẩm quyền quyết định', en: 'tied at the cut line: the authority decides' },
} as const;
