/**
 * `chamdiem year <files or folders…> [-o <out.xlsx>] [--json] [--method occurrences|mean] [--year 2026]`: the quarters and
 * the year from monthly sheets, by each sheet's framework — THADS (seed 000, Phụ lục 03: four quarters and the year)
 * and Hà Nội (seed 004: the year, and the Decree 90 form prefilled). Files are found and read as `summary` reads them
 * (collectFiles, values only, never written); every score is recomputed from the sheet's inputs; the plans are those
 * of the task pane (src/sheet/yearBuild.ts). Exit 0; 1 when a file or a sheet was skipped or a stored monthly total
 * disagrees with the recomputation (one stderr line each);
 * 2 when nothing could be used (one line).
 */
import { gradeInfo, msg, type Msg, type RollupMethod } from '../../scoring';
import { a1 } from '../../sheet/a1';
import { alignToPlan, layoutPlan } from '../../sheet/layout';
import { scoreSheet } from '../../sheet/operations';
import { beforeText, type ThadsPeriod } from '../../sheet/quarter';
import { isPeriodSource, planYears, solveYears, YEAR_NONE } from '../../sheet/yearBuild';
import type { MonthSheet } from '../../sheet/yearSources';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { ExcelJsHost, newWorkbook } from '../excelHost';
import { CLI } from '../messages';
import { checkedCells, disagreements, notComputed } from '../recompute';
import { checkOutput, emptyResultsOf, InputError, workbookBytes, writeFileAtomic } from '../xlsxFile';
import { collectFiles } from './summary';

const MSG = {
  badMethod: (v: string): Msg => msg(`--method: "${v}" không hợp lệ (occurrences hoặc mean).`, `--method: "${v}" is not valid (occurrences or mean).`),
  badYear: (v: string): Msg => msg(`--year: "${v}" không phải năm hợp lệ.`, `--year: "${v}" is not a valid year.`),
  storedTotal: (where: string, cell: string, stored: string, recomputed: number): Msg =>
    msg(
      `${where}: tổng điểm ghi trong tệp (ô ${cell}) ${stored === '' ? 'để trống' : stored.replace('.', ',')} khác điểm tính lại ${String(recomputed).replace('.', ',')}; dùng điểm tính lại.`,
      `${where}: the workbook's total (cell ${cell}) says ${stored === '' ? 'nothing' : stored} but the inputs give ${recomputed}; the recomputed score is used.`,
    ),
  written: (file: string, sheets: number): Msg => msg(`Đã ghi ${sheets} trang tổng hợp vào ${file}.`, `${sheets} consolidated sheets written to ${file}.`),
};

const iso = (d: Date): string | null => (Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10));

const periodJson = (p: ThadsPeriod) => ({
  quarter: p.quarter === 0 ? null : p.quarter,
  months: p.rollup.months,
  present: p.rollup.present,
  missing: p.rollup.missing,
  score: p.rollup.score,
  deductions: p.deductions,
  bonuses: p.bonuses,
  grade: p.rollup.grade,
  monthsGradedD: p.rollup.monthsGradedD,
  /** The last day the report may reach the Cục (seed 000: "trước ngày 05"). */
  lastDay: iso(p.deadline),
});

export async function yearCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  if (args.positionals.length === 0) throw new InputError(CLI.needFile('year'));
  const output = args.values.output;
  const rawMethod = args.values.method?.trim().toLowerCase();
  if (rawMethod !== undefined && rawMethod !== 'mean' && rawMethod !== 'occurrences') throw new InputError(MSG.badMethod(args.values.method!));
  const method = rawMethod as RollupMethod | undefined;
  const rawYear = args.values.year;
  const year = rawYear === undefined ? undefined : /^\s*\d{4}\s*$/.test(rawYear) ? Number(rawYear) : NaN;
  if (year !== undefined && !(year >= 1900 && year <= 9999)) throw new InputError(MSG.badYear(rawYear!));

  const { files, problems } = await collectFiles(ctx, args.positionals);
  if (files.length === 0) throw new InputError(problems[0] ? CLI.skipped(problems[0].file, ctx.t(problems[0].reason)) : CLI.noFiles());
  if (output) await checkOutput(ctx.resolve(output), files.map((f) => ctx.resolve(f)), output);

  const skipped: { file: string; reason: string }[] = problems.map((p) => ({ file: p.file, reason: ctx.t(p.reason) }));
  const sources: MonthSheet[] = [];
  // Lines printed once the batch is read (an exit 2 stays one line): sheets not read, said as `summary` says them.
  const notes: Msg[] = [];
  // Monthly totals stored in the files that are not what the inputs give (the recomputed score is used), and totals
  // a file holds as #NAME? (last computed without the add-in: not computed, which is no disagreement).
  const stale: { source: string; cell: string; stored: string | number | boolean | null; recomputed: number }[] = [];
  const uncomputed: { source: string; cell: string }[] = [];
  for (const file of files) {
    try {
      const input = await openInput(ctx, file, { valuesOnly: true });
      for (const sheet of input.sheets) {
        if (!isPeriodSource(sheet.def.id)) continue;
        if (input.host.workbook.getWorksheet(sheet.name)?.state === 'veryHidden') {
          notes.push(CLI.veryHiddenSheet(file, sheet.name));
          continue;
        }
        const source = `${file} › ${sheet.name}`;
        const scored = await scoreSheet(input.host, { sheet: sheet.name, withHead: true });
        if (!scored.ok) {
          skipped.push({ file: source, reason: ctx.t(scored.error.message) });
          continue;
        }
        const score = scored.value.value;
        // The month's score the year uses is the recomputed total (a Hà Nội sheet: once every criterion has a value).
        const recomputedUsed = sheet.def.id === 'thads-ls' || (score.criteria.length > 0 && score.criteria.every((c) => c.self !== null) && !score.incomplete);
        if (recomputedUsed) {
          const snapshot = input.host.snapshot(sheet.name);
          const aligned = alignToPlan(layoutPlan(sheet.def), snapshot);
          if (aligned.ok) {
            const totals = checkedCells(sheet.def, aligned.value.snapshot, score)
              .filter((c) => c.criterion === '' && c.column === 'self')
              .map((c) => {
                const col = aligned.value.moved ? (aligned.value.columnOf[c.col] ?? c.col) : c.col;
                return col === c.col ? c : { ...c, col, cell: a1(c.row, col) };
              });
            const wrong = disagreements(totals, snapshot, emptyResultsOf(input.host.workbook, sheet.name));
            if (wrong[0]) {
              const d = wrong[0];
              notes.push(MSG.storedTotal(source, d.cell, String(d.stored ?? ''), d.recomputed));
              for (const w of wrong) stale.push({ source, cell: w.cell, stored: w.stored, recomputed: w.recomputed });
            }
            for (const n of notComputed(totals, snapshot)) uncomputed.push({ source, cell: n.cell });
          }
        }
        sources.push({ source, sheet: sheet.name, file, templateId: sheet.def.id, head: scored.value.head ?? [], score });
      }
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      skipped.push({ file, reason: ctx.t(e.text) });
    }
  }
  const result = solveYears(sources, { ...(method ? { method } : {}), ...(year !== undefined ? { year } : {}) });
  for (const s of result.skipped) skipped.push({ file: s.source, reason: ctx.t(s.reason) });
  if (result.thads.length === 0 && result.hn.length === 0) {
    // Exit 2: exactly one line — why the first thing failed, else that nothing was found.
    throw new InputError(skipped[0] ? CLI.skipped(skipped[0].file, skipped[0].reason) : YEAR_NONE);
  }
  for (const s of skipped) ctx.warn(CLI.skipped(s.file, s.reason));
  for (const n of notes) ctx.warn(n);

  const planned = planYears(result, []);
  if (output) {
    const workbook = newWorkbook();
    const host = new ExcelJsHost(workbook, output);
    await host.write([
      ...planned.flatMap((p) => [
        { kind: 'addSheet' as const, sheet: p.sheet },
        { kind: 'applyPlan' as const, sheet: p.sheet, plan: p.plan },
      ]),
      { kind: 'select', sheet: planned[0]!.sheet, cell: 'A1' },
    ]);
    await writeFileAtomic(ctx.resolve(output), await workbookBytes(workbook), files.map((f) => ctx.resolve(f)), output);
  }

  const json = {
    thads: result.thads.map((t) => ({
      person: t.person,
      unit: t.unit,
      year: t.year,
      method: t.method,
      bands: t.bands ? t.bands.slice(0, 3).map((b) => b.min) : null,
      months: [...t.months.values()].map((m) => ({ month: m.month, score: m.total, deductions: m.deductions, bonuses: m.bonuses, source: m.source })),
      quarters: t.quarters.map(periodJson),
      /** The year's result ("year" is the person's year). */
      whole: periodJson(t.whole),
      notes: t.notes.map((n) => ctx.t(n)),
    })),
    hn: result.hn.map((h) => ({
      name: h.name,
      post: h.post,
      unit: h.unit,
      year: h.year,
      months: [...h.months.values()].map((m) => ({
        month: m.month,
        score: m.score,
        grade: m.grade,
        selfGrade: m.selfGrade,
        decidedGrade: m.decidedGrade,
        override: m.override,
        source: m.source,
      })),
      score: h.rollup.score,
      grade: h.rollup.grade,
      missing: h.rollup.missing,
      monthsGradedD: h.rollup.monthsGradedD,
      overrides: h.overrides,
      decided: h.decided,
      proposed: h.proposed,
      form: h.form.id,
      basis: ctx.t(h.basis),
      notes: h.notes.map((n) => ctx.t(n)),
    })),
    sheets: planned.map((p) => p.sheet),
    files: files.length,
    skipped,
    /** Stored monthly totals that disagree with the recomputation (the recomputed score was used). */
    disagreements: stale,
    /** Stored totals holding #NAME? (the file was last computed without the add-in): not computed, not disagreements. */
    notComputed: uncomputed,
  };
  if (ctx.json) ctx.printJson(json);
  else {
    const num = (n: number | null) => (n === null ? '—' : ctx.lang === 'vi' ? String(n).replace('.', ',') : String(n));
    const level = (g: Parameters<typeof gradeInfo>[0] | null) => (g ? gradeInfo(g).letter : '—');
    for (const t of result.thads) {
      ctx.say(`${t.person || t.unit} ${t.year ?? ''}`.trim());
      for (const p of [...t.quarters, t.whole]) {
        const label = p.quarter === 0 ? (ctx.lang === 'vi' ? 'Cả năm' : 'Year') : `${ctx.lang === 'vi' ? 'Quý' : 'Q'} ${p.quarter}`;
        const miss = p.rollup.missing.length ? `  ${ctx.lang === 'vi' ? 'thiếu tháng' : 'missing'} ${p.rollup.missing.join(', ')}` : '';
        ctx.say(`  ${label.padEnd(7)} ${num(p.rollup.score).padStart(7)}  ${level(p.rollup.grade)}  ${beforeText(p.deadline)}${miss}`);
      }
    }
    for (const h of result.hn) {
      ctx.say(`${h.name} ${h.year ?? ''}: ${num(h.rollup.score)} ${level(h.proposed)} — ${ctx.t(h.basis)}`);
    }
    if (output) ctx.say(MSG.written(output, planned.length));
  }
  return skipped.length > 0 || stale.length > 0 ? 1 : 0;
}
