/**
 * `chamdiem summary <files or folders…> -o <1A.xlsx> [--json]`: Mẫu 1A (seed 004, Phụ lục 3) from many staff workbooks.
 * Each file's template sheets' head blocks give a PersonLine through their template's `person` (as buildSummary does
 * inside one workbook); the score is recomputed from the sheet's inputs where the template scores (a stored total that
 * disagrees is reported and not used); then solveUnit (grades, the quota on A) and planSummary write the list.
 */
import type { QuotaResult } from '../../scoring';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { checkQuotaCap, flatten, getFramework, gradeInfo, normalizeId, parseVietnameseNumber, QUOTA_CAP, type GradeCode } from '../../scoring';
import { planNotice } from '../../sheet/notice';
import { scoreSheet, uniqueSheetName } from '../../sheet/operations';
import { planSummary, solveUnit, type QuotaStatus } from '../../sheet/summary';
import type { PersonLine, TemplateDef } from '../../sheet/templates';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { ExcelJsHost } from '../excelHost';
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
  readonly people: readonly PersonJson[];
  /** The core's quota result (src/scoring/quota.ts), ids being the people's keys. */
  readonly quota: QuotaResult;
  /** Leaders' component d (seed 004 III.3.3a): 1 or 0.5; null without staff. */
  readonly leaderD: number | null;
  readonly files: number;
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
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

/** The .xlsx files named or inside the folders named (recursively, sorted; Excel's "~$" lock files and hidden files skipped). */
export async function collectFiles(ctx: Context, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const walk = async (shown: string): Promise<void> => {
    const entries = await fs.readdir(ctx.resolve(shown), { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
      const child = path.join(shown, e.name);
      if (e.isDirectory()) await walk(child);
      else if (e.isFile() && /\.xlsx$/i.test(e.name)) out.push(child);
    }
  };
  for (const p of paths) {
    const stat = await fs.stat(ctx.resolve(p)).catch(() => null);
    if (stat?.isDirectory()) await walk(p);
    else out.push(p); // a missing or odd file is reported when it is opened
  }
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(ctx.resolve(f)) && seen.add(ctx.resolve(f)));
}

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InputError(CLI.badNumber(`--${name}`, v));
  return n;
};

const LEAVES = new Map<string, Set<string> | null>();

/** Leaves of the template's framework (once per template): a sheet is scored once every leaf has a value. */
const leafIds = (def: TemplateDef): Set<string> | null => {
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
  const month = int('month', args.values.month);
  const year = int('year', args.values.year);
  const files = (await collectFiles(ctx, args.positionals)).filter((f) => !output || ctx.resolve(f) !== ctx.resolve(output));
  if (files.length === 0) throw new InputError(CLI.noFiles());
  if (output) await checkOutput(ctx.resolve(output), files.map((f) => ctx.resolve(f)), output);

  const started = Date.now();
  const collected: Collected[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const tty = ctx.io.stderrIsTTY === true;
  for (const [i, file] of files.entries()) {
    if (tty) ctx.io.stderr(`${CLEAR_LINE}${ctx.t(CLI.progress(i + 1, files.length))}`);
    try {
      const input = await openInput(ctx, file, { valuesOnly: true });
      for (const sheet of input.sheets) {
        const head = input.head.sheets.find((s) => s.name === sheet.name);
        const line = head ? sheet.def.person?.(head) : null;
        if (!line) continue;
        let score = line.score;
        let storedScore: number | undefined;
        if (sheet.def.score) {
          const r = await scoreSheet(input.host, { sheet: sheet.name });
          if (r.ok) {
            const s = r.value.value;
            // Recomputed only when every leaf has a value (the sheet's own total is blank until then, e.g. KPI parts missing).
            const leaves = leafIds(sheet.def);
            const complete = leaves !== null && s.criteria.every((c) => !leaves.has(normalizeId(c.id)) || c.self !== null);
            const recomputed = complete ? s.total : null;
            if (line.score !== null && recomputed !== null && Math.abs(line.score - recomputed) > 0.005) {
              storedScore = line.score;
              if (tty) ctx.io.stderr(CLEAR_LINE);
              ctx.warn(CLI.storedScoreDiffers(`${file} › ${sheet.name}`, line.score, recomputed));
            }
            score = recomputed ?? line.score;
          }
        }
        collected.push({ line: { ...line, sheet: `[${file}]${line.sheet}`, score }, file, sheet: line.sheet, ...(storedScore !== undefined ? { storedScore } : {}) });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (tty) ctx.io.stderr(CLEAR_LINE);
      ctx.warn(CLI.skipped(file, ctx.t(e.text)));
      skipped.push({ file, reason: ctx.t(e.text) });
    }
  }
  const chosen = collected.filter((c) => (month === undefined || c.line.month === month) && (year === undefined || c.line.year === year));
  if (tty) ctx.io.stderr(CLEAR_LINE);
  ctx.warn(CLI.progressDone(files.length, chosen.length, (Date.now() - started) / 1000));
  if (chosen.length === 0) throw new InputError(CLI.noPeople());

  const summary = solveUnit(
    chosen.map((c) => c.line),
    cap,
  );
  const details = { ...(args.values.unit ? { unit: args.values.unit } : {}), ...(month !== undefined ? { month } : {}), ...(year !== undefined ? { year } : {}) };
  if (output) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Chấm điểm';
    workbook.created = new Date();
    workbook.modified = workbook.created;
    workbook.calcProperties.fullCalcOnLoad = true;
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
  };
  if (ctx.json) ctx.printJson(json);
  else {
    for (const p of json.people) {
      const grade = p.isHead ? '—' : p.proposedGrade ? gradeInfo(p.proposedGrade).letter : '?';
      const score = p.score === null ? '—' : ctx.lang === 'vi' ? String(p.score).replace('.', ',') : String(p.score);
      ctx.say(`${grade}  ${score.padStart(6)}  ${p.name}  (${p.key})${p.status === 'demoted' || p.status === 'tied' ? `  ${ctx.t(STATUS[p.status])}` : ''}`);
    }
    if (output) ctx.say(CLI.summaryWritten(output, json.people.length));
  }
  return skipped.length > 0 ? 1 : 0;
}

const STATUS = {
  demoted: { vi: 'đề xuất hạ B (vượt tỷ lệ)', en: 'proposed for B (over the quota)' },
  tied: { vi: 'bằng điểm tại ngưỡng: cấp có thẩm quyền quyết định', en: 'tied at the cut line: the authority decides' },
} as const;
