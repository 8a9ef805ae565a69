/**
 * "Tổng hợp năm / quý": from the monthly sheets to the THADS quarters and year (quarter.ts) and the Hà Nội year with its
 * Decree 90 form (year.ts). `solveYears` is shared by the task pane (`buildYear`, one read and one write) and the CLI
 * (`chamdiem year`, over many files): the same plans on every host.
 */
import { fail, msg, ok, type Msg, type Result, type RollupMethod } from '../scoring';
import type { SheetHead, WorkbookHost, WriteOp } from './host';
import { a1 } from './a1';
import { keepMask, templateWidth, uniqueSheetName } from './operations';
import { HEAD } from './plans/builder';
import { ND90_CELL } from './plans/nd90Form';
import { groupThads, planThadsYear, Q_COL, Q_ROW, readThadsMonth, solveThadsYear, THADS_YEAR_TEMPLATE, type ThadsMonth, type ThadsYear } from './quarter';
import { isEmptyCell, readMarker } from './read';
import { getTemplate } from './templates';
import type { CellValue, PlanCell, SheetPlan, SheetSnapshot } from './types';
import { groupHn, HN_YEAR_TEMPLATE, planHnYear, planNd90Prefilled, readHnMonth, solveHnYear, Y_COL, Y_ROW, type HnMonth, type HnYear } from './year';
import { YEAR_MSG, type MonthSheet, type SkippedSheet } from './yearSources';

export const THADS_MONTHLY = 'thads-ls';
export const HN_MONTHLY: readonly string[] = ['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04'];
const ND90_FORMS: readonly string[] = ['nd90-m02', 'nd90-m03'];
/** The reports a build writes: built again, they are updated in place. */
const REPORTS: readonly string[] = [THADS_YEAR_TEMPLATE, HN_YEAR_TEMPLATE];

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
  /** Rebuilt over the add-in's own earlier output: its old looks are cleared first (WriteOp applyPlan restyle). */
  readonly restyle?: boolean;
  /** The user's cells the plan would have written and left as they were (A1), e.g. a typed meeting score. */
  readonly kept?: readonly string[];
}

/**
 * A year or quarters sheet the add-in built earlier (not the gallery's blank form, filled by hand): its year row says
 * how many months had a sheet ("3/12 tháng có phiếu"), the blank form's does not.
 */
function isBuiltReport(s: SheetSnapshot): boolean {
  const id = readMarker(s.values)?.templateId;
  const cell = id === THADS_YEAR_TEMPLATE ? s.values[Q_ROW.first + 4]?.[Q_COL.month1] : id === HN_YEAR_TEMPLATE ? s.values[Y_ROW.first + 12]?.[Y_COL.self] : undefined;
  return typeof cell === 'string' && /\d+\/12 tháng có phiếu/.test(cell);
}

/** The person's earlier report of that year (THADS: name and year on the sheet; Hà Nội: the same), if any. */
export function findReport(reports: readonly SheetSnapshot[], templateId: string, person: string, year: number | null, unit?: string): SheetSnapshot | undefined {
  const who = person.trim().toLowerCase();
  // THADS: a report is also its unit's (two units' reports without a name are not one person's).
  const unitText = unit === undefined ? null : (unit || 'CƠ QUAN THADS .....').toUpperCase().trim().toLowerCase();
  const [nameAt, yearAt] = templateId === THADS_YEAR_TEMPLATE ? [[Q_ROW.person, 2], [Q_ROW.person, 7]] as const : [[Y_ROW.name, 1], null] as const;
  return reports.find((s) => {
    if (readMarker(s.values)?.templateId !== templateId || !isBuiltReport(s)) return false;
    if (text(s.values[nameAt[0]]?.[nameAt[1]]) !== who) return false;
    if (unitText !== null && text(s.values[Q_ROW.unit]?.[0]) !== unitText) return false;
    if (yearAt) return (s.values[yearAt[0]]?.[yearAt[1]] ?? null) === year;
    // The Hà Nội year's title carries its year ("… HẰNG THÁNG NĂM 2026").
    const title = String(s.values[Y_ROW.title]?.[0] ?? '');
    return year === null ? /20…$/.test(title) : title.endsWith(` ${year}`);
  });
}

/** The last row of the add-in's earlier output: THADS its signature block, Hà Nội the basis line and the notes under it. */
function outputEnd(s: SheetSnapshot): number {
  const id = readMarker(s.values)?.templateId;
  const rows = s.values.length;
  if (id === THADS_YEAR_TEMPLATE) {
    for (let r = Q_ROW.first; r < rows; r++) if (String(s.values[r]?.[1] ?? '').startsWith('NGƯỜI TỰ CHẤM ĐIỂM')) return r + 1;
    return rows - 1;
  }
  let r = Y_ROW.first + 12;
  while (r < rows && !String(s.values[r]?.[0] ?? '').startsWith('Căn cứ:')) r++;
  while (r + 1 < rows && !isEmptyCell(s.formulas[r + 1]?.[0] ?? null)) r++;
  return Math.min(r, rows - 1);
}

/**
 * The plan of a year or quarters sheet built again in place: the new report, except (1) the plan's input cells the
 * user filled (the meeting-adjusted score, the name, the bands…) and anything the user typed below the earlier
 * output, which are kept; (2) what the earlier output printed and the new one does not (a note gone, a shorter
 * list), which is blanked. The caller writes it with `restyle` so the old looks go too.
 */
export function rebuildReportPlan(plan: SheetPlan, existing: SheetSnapshot): { plan: SheetPlan; keep: boolean[][]; kept: string[] } {
  const end = outputEnd(existing);
  const width = Math.max(...plan.grid.map((row) => row?.length ?? 0));
  const grid: (PlanCell | undefined)[][] = plan.grid.map((row) => [...row]);
  const rows = Math.max(grid.length, end + 1);
  const kept: string[] = [];
  const keep: boolean[][] = Array.from({ length: rows }, () => Array.from({ length: width }, () => false));
  for (let r = 0; r < rows; r++) {
    const row = (grid[r] ??= []);
    for (let c = 0; c < width; c++) {
      const was = existing.formulas[r]?.[c] ?? null;
      if (isEmptyCell(was)) continue;
      const cell = row[c];
      if (cell === undefined) {
        // The earlier output's cell the new report leaves out: blanked (past the output: the user's, untouched).
        if (r <= end) row[c] = { value: '', style: 'plain' };
        continue;
      }
      if (cell.input || r > end) {
        keep[r]![c] = true;
        const now = cell.formula ?? cell.value ?? null;
        if (isEmptyCell(now) || String(now) !== String(was)) kept.push(a1(r, c));
      }
    }
  }
  const square = Array.from({ length: rows }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c]));
  const heights = plan.rowHeights ? Array.from({ length: rows }, (_, r) => plan.rowHeights![r]) : undefined;
  return { plan: { ...plan, grid: square, ...(heights ? { rowHeights: heights } : {}) }, keep, kept };
}

/** The sheets to write: Phụ lục 03 per THADS person, the year and the Decree 90 form per Hà Nội person. */
export function planYears(result: YearsResult, taken: readonly string[], forms: readonly ExistingForm[] = [], reports: readonly SheetSnapshot[] = []): PlannedSheet[] {
  const names = [...taken];
  const out: PlannedSheet[] = [];
  const used = new Set<string>();
  const add = (plan: SheetPlan, person?: string, year?: number | null, unit?: string) => {
    const earlier = person === undefined ? undefined : findReport(reports.filter((s) => !used.has(s.name)), plan.templateId, person, year ?? null, unit);
    if (earlier) {
      used.add(earlier.name);
      const re = rebuildReportPlan(plan, earlier);
      out.push({ sheet: earlier.name, plan: re.plan, keep: re.keep, created: false, restyle: true, kept: re.kept });
      return;
    }
    const sheet = uniqueSheetName(plan.sheetName, names);
    names.push(sheet);
    out.push({ sheet, plan, created: true });
  };
  for (const t of result.thads) add(planThadsYear(t), t.person, t.year, t.unit);
  for (const h of result.hn) {
    add(planHnYear(h), h.name, h.year);
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
    return isPeriodSource(id) || ND90_FORMS.includes(id) || REPORTS.includes(id);
  };
  const wb = await host.read({ head: HEAD, all: true, allIf: wanted, width: templateWidth() });
  const sources: MonthSheet[] = [];
  const forms: ExistingForm[] = [];
  const reports: SheetSnapshot[] = [];
  for (const full of wb.all ?? []) {
    const id = readMarker(full.values)?.templateId ?? '';
    if (REPORTS.includes(id)) {
      reports.push(full);
      continue;
    }
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
  const sheets = planYears(result, wb.sheets.map((s) => s.name), forms, reports);
  const ops: WriteOp[] = [];
  for (const s of sheets) {
    if (s.created) ops.push({ kind: 'addSheet', sheet: s.sheet });
    ops.push({ kind: 'applyPlan', sheet: s.sheet, plan: s.plan, ...(s.keep ? { keep: s.keep } : {}), ...(s.restyle ? { restyle: true } : {}) });
  }
  ops.push({ kind: 'select', sheet: sheets[0]!.sheet, cell: 'A1' });
  await host.write(ops);
  return ok({ result, sheets });
}
