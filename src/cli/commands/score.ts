/**
 * `chamdiem score <file.xlsx> [--json] [-o <copy.xlsx>]`: every template sheet's points recomputed from its inputs by
 * the same scoreSheet as the task pane, the stored results that disagree, and optionally a copy holding the
 * recomputed values. The input file is only read.
 */
import { gradeInfo, type GradeCode } from '../../scoring';
import { a1 } from '../../sheet/a1';
import { alignToPlan, layoutPlan } from '../../sheet/layout';
import { isAppraised } from '../../sheet/family';
import { scoreSheet, templateTitle } from '../../sheet/operations';
import type { CellValue } from '../../sheet/types';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { CLI } from '../messages';
import { checkedCells, disagreements, notComputed, writeRecomputed, type Disagreement } from '../recompute';
import { checkOutput, emptyResultsOf, InputError, readInput, restoreMedia, workbookBytes, writeFileAtomic } from '../xlsxFile';
import { answersCommand, type CriterionJson } from './answers';
import { frameworkFromFile } from './framework';

/** One element of `score <file> --json` (always an array, one per scored sheet). */
export interface SheetScoreJson {
  readonly template: string;
  readonly sheet: string;
  readonly total: number;
  readonly level: string;
  readonly levelName: string;
  readonly forecastTotal: number;
  readonly criteria: readonly CriterionJson[];
  readonly disagreements: readonly Disagreement[];
  /** Entries counted 0 because they are invalid, with their cells (the same list the task pane shows). */
  readonly notCounted: readonly { readonly cell: string; readonly criterion: string; readonly message: string }[];
  /**
   * Checked cells whose formula's stored result is #NAME?: the file was last computed without the add-in (LibreOffice,
   * Excel before the add-in loads). Not disagreements: nothing was computed there.
   */
  readonly notComputed: readonly { readonly cell: string; readonly criterion: string; readonly column: 'self' | 'forecast' }[];
}

const show = (v: CellValue, lang: 'vi' | 'en'): string =>
  typeof v === 'number' && lang === 'vi' ? String(v).replace('.', ',') : typeof v === 'string' ? `"${v}"` : String(v);

export async function scoreCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  if (args.values.framework !== undefined) {
    // Issue 12: a user's framework sheet scored from the same answers document, with the same output as --template.
    if (args.positionals.length > 0 || args.values.template !== undefined) throw new InputError(CLI.oneFile('score'));
    const { framework } = await frameworkFromFile(ctx, args.values.framework);
    return answersCommand(ctx, args, framework);
  }
  if (args.values.template !== undefined) {
    if (args.positionals.length > 0) throw new InputError(CLI.oneFile('score'));
    return answersCommand(ctx, args);
  }
  const file = args.positionals[0];
  if (!file) throw new InputError(CLI.needFile('score'));
  if (args.positionals.length > 1) throw new InputError(CLI.oneFile('score'));
  const output = args.values.output;
  if (output) {
    // Refused before any work: an output naming the input.
    await checkOutput(ctx.resolve(output), [ctx.resolve(file)], output);
  }
  const input = await openInput(ctx, file);
  const results: (SheetScoreJson & { snapshotCells: ReturnType<typeof checkedCells> })[] = [];
  for (const sheet of input.sheets) {
    if (!sheet.def.score) continue;
    const r = await scoreSheet(input.host, { sheet: sheet.name });
    if (!r.ok) throw new InputError(CLI.inFile(file, r.error.message));
    const score = r.value.value;
    const snapshot = input.host.snapshot(sheet.name);
    // The cells checked are found on the snapshot as the score read it (moved columns put back), then named as in the file.
    const aligned = alignToPlan(layoutPlan(sheet.def), snapshot);
    if (!aligned.ok) throw new InputError(CLI.inFile(file, aligned.error.message));
    const cells = checkedCells(sheet.def, aligned.value.snapshot, score).map((c) => {
      const col = aligned.value.moved ? (aligned.value.columnOf[c.col] ?? c.col) : c.col;
      return col === c.col ? c : { ...c, col, cell: a1(c.row, col) };
    });
    const level = score.level as GradeCode;
    results.push({
      template: score.template,
      sheet: score.sheet,
      total: score.total,
      level,
      levelName: score.incomplete ? ctx.t(score.incomplete) : ctx.t(gradeInfo(level).name),
      forecastTotal: score.forecastTotal,
      criteria: score.criteria.map((c) => ({ id: c.id, maxPoints: c.maxPoints, self: c.self, forecast: c.forecast })),
      disagreements: disagreements(cells, snapshot, emptyResultsOf(input.host.workbook, sheet.name)),
      notCounted: (score.notCounted ?? []).map((e) => ({ cell: e.cell, criterion: e.criterion, message: ctx.t(e.message) })),
      notComputed: notComputed(cells, snapshot),
      snapshotCells: cells,
    });
  }
  if (results.length === 0) throw new InputError(CLI.notScored(file));

  if (output) {
    for (const r of results) {
      const ws = input.host.workbook.worksheets.find((w) => w.name === r.sheet)!;
      await writeRecomputed(ws, input.host.snapshot(r.sheet), r.snapshotCells, r.disagreements, (stored, recomputed) =>
        ctx.t(CLI.replacedNote(show(stored, ctx.lang), recomputed)),
      );
    }
    input.host.workbook.calcProperties.fullCalcOnLoad = true;
    const copy = restoreMedia(await workbookBytes(input.host.workbook), input.media.length > 0 ? readInput(input.path, file) : Buffer.alloc(0), input.media);
    await writeFileAtomic(ctx.resolve(output), copy, [input.path], output);
    if (input.dropped.length > 0) ctx.warn(CLI.validationsDropped(output, input.dropped));
  }

  const found = results.reduce((n, r) => n + r.disagreements.length, 0);
  if (ctx.json) ctx.printJson(results.map(({ snapshotCells: _cells, ...r }) => r));
  else {
    for (const r of results) {
      ctx.say(CLI.scoreLine(r.sheet, input.sheets.find((x) => x.def.id === r.template)?.def.title ?? templateTitle(r.template), r.total, r.levelName, isAppraised(r.template) ? r.forecastTotal : null));
      for (const e of r.notCounted) ctx.say(CLI.notCounted(e.cell, e.criterion, e.message));
      if (r.disagreements.length === 0) ctx.say(CLI.noDisagreement());
      if (r.notComputed.length > 0) ctx.say(CLI.notComputed(r.notComputed.length));
      for (const d of r.disagreements) ctx.say(CLI.disagreement(d.cell, d.criterion, show(d.stored, ctx.lang), d.recomputed));
    }
    if (output) ctx.say(CLI.copyWritten(output));
  }
  return found > 0 ? 1 : 0;
}
