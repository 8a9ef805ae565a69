/**
 * "Tổng hợp năm / quý": from the monthly sheets to the THADS quarters and year (quarter.ts) and the Hà Nội year with its
 * Decree 90 form (year.ts). `solveYears` is shared by the task pane (`buildYear`, one read and one write) and the CLI
 * (`chamdiem year`, over many files): the same plans on every host.
 */
import { fail, msg, ok, type Msg, type Result, type RollupMethod } from '../scoring';
import type { SheetHead, WorkbookHost, WriteOp } from './host';
import { keepMask, templateWidth, uniqueSheetName } from './operations';
import { HEAD } from './plans/builder';
import { ND90_CELL } from './plans/nd90Form';
import { groupThads, planThadsYear, readThadsMonth, solveThadsYear, type ThadsMonth, type ThadsYear } from './quarter';
import { readMarker } from './read';
import { getTemplate } from './templates';
import type { CellValue, SheetPlan, SheetSnapshot } from './types';
import { groupHn, planHnYear, planNd90Prefilled, readHnMonth, solveHnYear, type HnMonth, type HnYear } from './year';
import { YEAR_MSG, type MonthSheet, type SkippedSheet } from './yearSources';

export const THADS_MONTHLY = 'thads-ls';
export const HN_MONTHLY: readonly string[] = ['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04'];
const ND90_FORMS: readonly string[] = ['nd90-m02', 'nd90-m03'];

/** Whether a sheet's head marks a monthly sheet a period is built from. */
export const isPeriodSource = (templateId: string): boolean => templateId === THADS_MONTHLY || HN_MONTHLY.includes(templateId);

export interface YearsResult {
  readonly thads: readonly ThadsYear[];
  readonly hn: readonly HnYear[];
  readonly skipped: readonly SkippedSheet[];
}

export interface YearOptions {
  /** THADS: seed 000's own scoring of the period (default) or the mean (DOMAIN.md Roll-up Decision). */
  readonly method?: RollupMethod;
  /** Only the months of this year. */
  readonly year?: number;
}

/** Quarters and years of every person found among the monthly sheets, by the sheets' framework. */
export function solveYears(sheets: readonly MonthSheet[], options: YearOptions = {}): YearsResult {
  const skipped: SkippedSheet[] = [];
  const thads: ThadsMonth[] = [];
  const hn: HnMonth[] = [];
  for (const s of sheets) {
    if (s.templateId === THADS_MONTHLY) {
      const r = readThadsMonth(s);
      if ('reason' in r) skipped.push(r);
      else if (options.year === undefined || r.year === options.year) thads.push(r);
    } else if (HN_MONTHLY.includes(s.templateId)) {
      const r = readHnMonth(s);
      if ('reason' in r) skipped.push(r);
      else if (options.year === undefined || r.year === options.year) hn.push(r);
    }
  }
  return {
    thads: groupThads(thads).map((g) => solveThadsYear(g, { ...(options.method ? { method: options.method } : {}) })),
    hn: groupHn(hn).map((g) => solveHnYear(g)),
    skipped,
  };
}

/** A Decree 90 form already in the workbook: the prefill goes into it, keeping what the user typed. */
export interface ExistingForm {
  readonly sheet: string;
  readonly templateId: string;
  readonly snapshot: SheetSnapshot;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim().toLowerCase());

/** The person's Decree 90 form among those of the workbook: same name, and the same year where the form has one. */
export function findForm(forms: readonly ExistingForm[], report: HnYear): ExistingForm | undefined {
  const who = report.name.trim().toLowerCase();
  if (who === '') return undefined;
  return forms.find((f) => {
    const v = f.snapshot.values;
    const year = v[ND90_CELL.year[0]]?.[ND90_CELL.year[1]];
    return text(v[ND90_CELL.name[0]]?.[ND90_CELL.name[1]]) === who && (year === null || year === undefined || year === '' || year === report.year);
  });
}

export interface PlannedSheet {
  readonly sheet: string;
  readonly plan: SheetPlan;
  /** Set when the plan goes into an existing sheet: the cells to leave alone. */
  readonly keep?: readonly (readonly boolean[])[];
  readonly created: boolean;
}

/** The sheets to write: Phụ lục 03 per THADS person, the year and the Decree 90 form per Hà Nội person. */
export function planYears(result: YearsResult, taken: readonly string[], forms: readonly ExistingForm[] = []): PlannedSheet[] {
  const names = [...taken];
  const out: PlannedSheet[] = [];
  const add = (plan: SheetPlan) => {
    const sheet = uniqueSheetName(plan.sheetName, names);
    names.push(sheet);
    out.push({ sheet, plan, created: true });
  };
  for (const t of result.thads) add(planThadsYear(t));
  for (const h of result.hn) {
    add(planHnYear(h));
    const form = planNd90Prefilled(h);
    const existing = findForm(forms, h);
    if (existing && existing.templateId === h.form.id) out.push({ sheet: existing.sheet, plan: form, keep: keepMask(existing.snapshot, form), created: false });
    else add(form);
  }
  return out;
}

export const YEAR_NONE: Msg = msg(
  'Không tìm thấy phiếu tháng nào (THADS hoặc Hà Nội Mẫu 01–04) có tháng và điểm để tổng hợp.',
  'No monthly sheet (THADS or Hà Nội Mẫu 01–04) with a month and a score was found to consolidate.',
);

const markerOf = (head: SheetHead) => readMarker(head.values)?.templateId ?? '';

/** What the pane runs: one read (every sheet's head; the monthly sheets and the Decree 90 forms in full), one write. */
export async function buildYear(host: WorkbookHost, options: YearOptions = {}): Promise<Result<{ result: YearsResult; sheets: readonly PlannedSheet[] }>> {
  const wanted = (head: SheetHead) => {
    const id = markerOf(head);
    return isPeriodSource(id) || ND90_FORMS.includes(id);
  };
  const wb = await host.read({ head: HEAD, all: true, allIf: wanted, width: templateWidth() });
  const sources: MonthSheet[] = [];
  const forms: ExistingForm[] = [];
  for (const full of wb.all ?? []) {
    const id = readMarker(full.values)?.templateId ?? '';
    if (ND90_FORMS.includes(id)) {
      forms.push({ sheet: full.name, templateId: id, snapshot: full });
      continue;
    }
    if (!isPeriodSource(id)) continue;
    const def = getTemplate(id);
    if (!def?.score) continue;
    sources.push({ source: full.name, sheet: full.name, templateId: id, head: full.values.slice(0, HEAD.rows), score: def.score(full) });
  }
  const result = solveYears(sources, options);
  if (result.thads.length === 0 && result.hn.length === 0) return fail('na', result.skipped[0] ? YEAR_MSG.skipped(result.skipped[0]) : YEAR_NONE);
  const sheets = planYears(result, wb.sheets.map((s) => s.name), forms);
  const ops: WriteOp[] = [];
  for (const s of sheets) {
    if (s.created) ops.push({ kind: 'addSheet', sheet: s.sheet });
    ops.push({ kind: 'applyPlan', sheet: s.sheet, plan: s.plan, ...(s.keep ? { keep: s.keep } : {}) });
  }
  ops.push({ kind: 'select', sheet: sheets[0]!.sheet, cell: 'A1' });
  await host.write(ops);
  return ok({ result, sheets });
}
