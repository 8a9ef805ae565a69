/**
 * `chamdiem rank <files or folders…> [-o ranking.xlsx] [--json] [--unit …] [--year …] [--minutes]`: the district's
 * consolidation of its communes (seed 002) or the THADS offices' competition (seed 001) — every framework sheet found in
 * the files is one unit, scored again from its inputs (src/sheet/rank.ts), ranked by src/scoring/rank.ts, and written
 * as the print-ready ranking; `--minutes` adds one appraisal minutes sheet (biên bản thẩm định) per appraised unit.
 *
 * Files and folders are found as `summary` finds them (collectFiles), and the output is checked against every input
 * before anything is read: no command writes a file it reads. Exit 0 all ranked; 1 some file or sheet skipped (one
 * stderr line each, and listed in --json "skipped"); 2 nothing to rank (one line).
 *
 * Mixed frameworks: the units are ranked on the framework most of them use (on a tie, the one met first); a unit on
 * another framework is skipped with the reason — a commune's 100 points are never ranked against an office's 200.
 */
import type { Msg } from '../../scoring';
import { msg, rankUnits, type GradeCode } from '../../scoring';
import { alignToPlan, layoutPlan } from '../../sheet/layout';
import { templateWidth, uniqueSheetName } from '../../sheet/operations';
import { consolidate, planRanking, unitEntryOf, type FoundUnit } from '../../sheet/rank';
import { planMinutes } from '../../sheet/rankMinutes';
import { rankableFramework } from '../../sheet/rankOperation';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { ExcelJsHost, newWorkbook } from '../excelHost';
import { CLI } from '../messages';
import { checkOutput, InputError, workbookBytes, writeFileAtomic } from '../xlsxFile';
import { collectFiles } from './summary';

/** One unit in `rank --json` (the issue's CLI contract; `differences` and `notes` added). */
export interface RankRowJson {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly self: number;
  readonly forecast: number;
  readonly appraised: number | null;
  readonly level: GradeCode | null;
  readonly appraisedLevel: GradeCode | null;
  readonly rank: number;
  /** Points of each section (the framework's top-level parts, see rankSections) by the total the batch is ranked by. */
  readonly sections: Readonly<Record<string, number | null>>;
  /** The criteria the council changed, largest change first. */
  readonly differences: readonly { readonly id: string; readonly self: number; readonly appraised: number; readonly reason: string }[];
  /** What was not counted or is still missing in this unit's sheet. */
  readonly notes: readonly string[];
}

export interface RankJson {
  readonly framework: string | null;
  readonly rankedBy: 'appraised' | 'self';
  readonly rows: readonly RankRowJson[];
  /** Units sharing a rank, by name, best first. */
  readonly ties: readonly (readonly string[])[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
}

const RANK = {
  noUnits: (files: number, skipped: number) =>
    msg(
      `Không có phiếu chấm điểm theo bộ tiêu chí nào để xếp hạng trong các tệp đã cho (${files} tệp${skipped ? `, ${skipped} bỏ qua` : ''}).`,
      `No framework sheet to rank in the given files (${files} file${files === 1 ? '' : 's'}${skipped ? `, ${skipped} skipped` : ''}).`,
    ),
  noFramework: () =>
    msg('không có phiếu chấm điểm theo bộ tiêu chí (chỉ có phiếu hằng tháng, biểu mẫu hoặc tổng hợp).', 'no framework sheet (only monthly forms, written forms or summaries).'),
  ownOutput: () => msg('là bảng xếp hạng do Chấm điểm lập, không phải phiếu của một đơn vị.', 'is a ranking written by Chấm điểm, not a unit’s sheet.'),
  note: (where: string, note: Msg) => msg(`${where}: ${note.vi}`, `${where}: ${note.en}`),
  written: (file: string, units: number, minutes: number) =>
    msg(
      `Đã ghi bảng xếp hạng (${units} đơn vị${minutes ? `, ${minutes} biên bản thẩm định` : ''}) vào ${file}.`,
      `Ranking (${units} units${minutes ? `, ${minutes} appraisal minutes` : ''}) written to ${file}.`,
    ),
  rankedBy: (by: 'appraised' | 'self') =>
    by === 'appraised'
      ? msg('Xếp hạng theo điểm thẩm định.', 'Ranked by the appraised totals.')
      : msg('Xếp hạng theo điểm tự đánh giá (còn đơn vị chưa có điểm thẩm định).', 'Ranked by the self-assessed totals (some units have no appraised total).'),
} as const;

const int = (name: string, v: string | undefined, min: number, max: number): number | undefined => {
  if (v === undefined) return undefined;
  const n = /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw new InputError(CLI.badNumber(`--${name}`, v));
  return n;
};

const where = (file: string, sheet: string) => `${file} › ${sheet}`;

export async function rankCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new InputError(CLI.needFile('rank'));
  const output = args.values.output;
  const year = int('year', args.values.year, 1900, 9999);
  if (args.flags.has('minutes') && !output) throw new InputError(CLI.needOutput());
  const { files, problems } = await collectFiles(ctx, args.positionals);
  if (files.length === 0) throw new InputError(problems[0] ? CLI.skipped(problems[0].file, ctx.t(problems[0].reason)) : CLI.noFiles());
  if (output) await checkOutput(ctx.resolve(output), files.map((f) => ctx.resolve(f)), output);

  const skipped: { file: string; reason: string }[] = problems.map((p) => ({ file: p.file, reason: ctx.t(p.reason) }));
  // Printed once the batch is read: an exit 2 must stay one line.
  const lines: Msg[] = problems.map((p) => CLI.skipped(p.file, ctx.t(p.reason)));
  const skip = (file: string, reason: Msg) => {
    skipped.push({ file, reason: ctx.t(reason) });
    lines.push(CLI.skipped(file, ctx.t(reason)));
  };
  const found: FoundUnit[] = [];
  const width = templateWidth();
  for (const file of files) {
    try {
      const input = await openInput(ctx, file, { valuesOnly: true });
      let any = false;
      for (const sheet of input.sheets) {
        const fw = rankableFramework(sheet.def);
        if (!fw) continue;
        any = true;
        if (input.host.workbook.getWorksheet(sheet.name)?.state === 'veryHidden') {
          lines.push(CLI.veryHiddenSheet(file, sheet.name));
          continue;
        }
        const read = await input.host.read({ head: { rows: 0, columns: 0 }, width, full: sheet.name });
        const aligned = read.full ? alignToPlan(layoutPlan(sheet.def), read.full) : null;
        if (!aligned?.ok) {
          skip(where(file, sheet.name), aligned ? aligned.error.message : msg('không đọc được trang tính.', 'the sheet could not be read.'));
          continue;
        }
        const entry = unitEntryOf(fw, aligned.value.snapshot, file);
        if (!entry.ok) skip(where(file, sheet.name), entry.error.message);
        else found.push({ fw, entry: entry.value });
      }
      if (!any) skip(file, RANK.noFramework());
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // A ranking this command wrote before (its sheets carry the markers of no template): said as what it is.
      skip(file, / \((rank|rank-minutes)(, (rank|rank-minutes))*\): /.test(e.text.en) ? RANK.ownOutput() : e.text);
    }
  }

  const { fw: chosen, units, skipped: left } = consolidate(found);
  for (const l of left) skip(l.where, l.reason);
  for (const u of units) for (const note of u.notes) lines.push(RANK.note(where(u.file, u.sheet), note));
  // Nothing to rank: one file given says why it was skipped; a batch says how many were read and skipped.
  if (units.length === 0) throw new InputError(skipped.length === 1 && files.length === 1 ? CLI.skipped(skipped[0]!.file, skipped[0]!.reason) : RANK.noUnits(files.length, skipped.length));
  for (const line of lines) ctx.warn(line);

  const fw = chosen!;
  const ranking = rankUnits(units);
  const details = { ...(args.values.unit ? { unit: args.values.unit } : {}), ...(year !== undefined ? { year } : {}) };
  let minutes = 0;
  if (output) {
    const workbook = newWorkbook();
    const host = new ExcelJsHost(workbook, output);
    const plan = planRanking(fw, ranking, details);
    const names = [uniqueSheetName(plan.sheetName, [])];
    const ops: Parameters<ExcelJsHost['write']>[0][number][] = [
      { kind: 'addSheet', sheet: names[0]! },
      { kind: 'applyPlan', sheet: names[0]!, plan },
    ];
    if (args.flags.has('minutes')) {
      for (const row of ranking.rows) {
        if (!row.entry.appraisalStarted) continue;
        const m = planMinutes(fw, row.entry, details);
        const name = uniqueSheetName(m.sheetName, names);
        names.push(name);
        ops.push({ kind: 'addSheet', sheet: name }, { kind: 'applyPlan', sheet: name, plan: m });
        minutes++;
      }
    }
    ops.push({ kind: 'select', sheet: names[0]!, cell: 'A1' });
    await host.write(ops);
    await writeFileAtomic(ctx.resolve(output), await workbookBytes(workbook), files.map((f) => ctx.resolve(f)), output);
  }

  const byRanked = ranking.rankedBy === 'appraised';
  const json: RankJson = {
    framework: fw.id,
    rankedBy: ranking.rankedBy,
    rows: ranking.rows.map(({ entry: e, rank }) => ({
      file: e.file,
      sheet: e.sheet,
      unit: e.unit,
      self: e.self,
      forecast: e.forecast,
      appraised: e.appraised,
      level: e.level,
      appraisedLevel: e.appraisedLevel,
      rank,
      sections: Object.fromEntries(e.sections.map((s) => [s.id, byRanked ? s.appraised : s.self])),
      differences: e.differences.map((d) => ({ id: d.id, self: d.self, appraised: d.appraised, reason: d.reason })),
      notes: e.notes.map((n) => ctx.t(n)),
    })),
    ties: ranking.ties.map((g) => g.map((e) => e.unit)),
    skipped,
  };
  if (ctx.json) ctx.printJson(json);
  else {
    ctx.say(RANK.rankedBy(ranking.rankedBy));
    const shown = (x: number | null) => (x === null ? '—' : ctx.lang === 'vi' ? String(x).replace('.', ',') : String(x));
    for (const r of ranking.rows) ctx.say(`${String(r.rank).padStart(3)}  ${shown(r.score).padStart(7)}  ${r.entry.unit}  (${where(r.entry.file, r.entry.sheet)})`);
    if (output) ctx.say(RANK.written(output, units.length, minutes));
  }
  return skipped.length > 0 ? 1 : 0;
}
