/**
 * What the task pane's buttons do, host-agnostic: each reads the workbook once and writes it once
 * (WorkbookHost: one round trip each), whatever the sheet's size. The same code runs against Office.js,
 * the preview's in-memory workbook and the tests' mocks.
 */
import { checkQuotaCap, fail, msg, ok, type Msg, type Result } from '../scoring';
import { a1, parseA1 } from './a1';
import { type Mark, type SettingsStore, type SheetHead, type WorkbookHost, type WriteOp } from './host';
import { HEAD } from './plans/builder';
import { alignToPlan, layoutPlan, sheetCell, type Alignment } from './layout';
import { readMarker, isEmptyCell } from './read';
import { getTemplate, TEMPLATES, type PersonLine, type TemplateDef } from './templates';
import type { CellStyle, CellValue, Details, PlanCell, SheetIssue, SheetPlan, SheetScore, SheetSnapshot } from './types';
import { noSheetForMonth, planSummary, readSummaryMarks, solveUnit, SUMMARY_LAYOUT, summaryPeriod, type UnitSummary } from './summary';
import { planNotice } from './notice';
import { isFrameworkSheet } from './userFramework';
import { isUserMonthlyHead, isUserTemplateId, resolveUserTemplate } from './userTemplate';

export type ProgressStep = 'plan' | 'read' | 'write' | 'done';
export type OnProgress = (step: ProgressStep) => void;

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A sheet name not yet used (case-insensitive), ≤ 31 characters: "hn-m03 Lan 11-2026", "… (2)", … */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const base = wanted.replace(INVALID_SHEET_CHARS, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Chấm điểm';
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Cells of an existing sheet that hold something: a re-fill never writes them. */
export function keepMask(existing: SheetSnapshot, plan: SheetPlan): boolean[][] {
  const rows = Math.max(existing.formulas.length, plan.grid.length);
  return Array.from({ length: rows }, (_, r) => {
    const width = Math.max(existing.formulas[r]?.length ?? 0, plan.grid[r]?.length ?? 0);
    return Array.from({ length: width }, (_, c) => !isEmptyCell(existing.formulas[r]?.[c] ?? null));
  });
}

export interface FillResult {
  readonly sheet: string;
  readonly created: boolean;
  /** Cells left as they were because they hold the user's data. */
  readonly keptCells: number;
}

let planWidth = 0;
/** The columns any template's plan uses (lists in hidden columns included): a host need read no further right. */
export function templateWidth(): number {
  if (planWidth === 0) {
    for (const t of TEMPLATES) for (const row of t.plan({}).grid) planWidth = Math.max(planWidth, row?.length ?? 0);
    // Room for columns a user inserted inside the table: the table is found by its header labels (./layout.ts).
    planWidth += 16;
  }
  return planWidth;
}

const msgNoTemplate = (id: string) => msg(`Không có mẫu "${id}".`, `No template "${id}".`);

/** A template by its title, as its users know it (never its id); a marker of a later version: "một mẫu khác". */
export const templateTitle = (id: string) => getTemplate(id)?.title ?? msg('một mẫu của phiên bản khác', 'a template of another version');

/** Why a form has no points, in its own words: the unit lists are built, the written forms are read by people. */
function noPointsMessage(def: TemplateDef) {
  if (def.id === 'hn-1a' || def.id === 'hn-2a')
    return msg(
      `"${def.title.vi}" không chấm điểm: danh sách này lập từ các phiếu tháng bằng màn hình "Tổng hợp 1A".`,
      `"${def.title.en}" has no points: it is built from the monthly sheets with the "Summary 1A" screen.`,
    );
  if (def.id === 'hn-tasks')
    return msg(
      `"${def.title.vi}" không chấm điểm: trang này tính a, b, c và KPI; điểm tháng chấm trên phiếu tự đánh giá (Mẫu 01–04).`,
      `"${def.title.en}" has no points: it computes a, b, c and the KPI; the month's points are on the self-assessment form (Mẫu 01–04).`,
    );
  return msg(
    `"${def.title.vi}" không chấm điểm: phiếu tự nhận xét và tự xếp loại chất lượng, không có điểm số.`,
    `"${def.title.en}" has no points: it is a written self-review with a quality grade.`,
  );
}

/**
 * Fills a template into a new sheet with a unique name, or re-fills `into` (an existing sheet, or 'active') keeping
 * every non-empty cell as it is; a sheet holding another template is refused (its layout would be mixed).
 * Read once (sheet names, and the target's used range), write once.
 */
export async function fillTemplate(
  host: WorkbookHost,
  templateId: string | TemplateDef,
  details: Details,
  options: { into?: string | 'active'; onProgress?: OnProgress } = {},
): Promise<Result<FillResult>> {
  // A template from the user's own framework (issue 12) is given as its definition.
  const def = typeof templateId === 'string' ? getTemplate(templateId) : templateId;
  if (!def) return fail('value', msgNoTemplate(String(templateId)));
  options.onProgress?.('plan');
  const plan = def.plan(details);
  options.onProgress?.('read');
  const wb = await host.read({ head: { rows: 0, columns: 0 }, width: templateWidth(), ...(options.into ? { full: options.into } : {}) });
  let ops: WriteOp[];
  let result: FillResult;
  if (options.into) {
    if (!wb.full) return fail('value', msg(`Không có trang tính "${options.into}".`, `No sheet "${options.into}".`));
    const target = wb.full.name;
    const marker = readMarker(wb.full.values);
    if (marker && marker.templateId !== def.id) {
      return fail(
        'value',
        msg(
          `Trang "${target}" đang chứa mẫu khác (${templateTitle(marker.templateId).vi}), không điền lại bằng mẫu "${def.title.vi}" được. Hãy điền vào trang mới.`,
          `Sheet "${target}" holds another template (${templateTitle(marker.templateId).en}); it cannot be re-filled with "${def.title.en}". Fill a new sheet instead.`,
        ),
      );
    }
    const keep = keepMask(wb.full, plan);
    ops = [{ kind: 'applyPlan', sheet: target, plan, keep }];
    result = { sheet: target, created: false, keptCells: keep.flat().filter(Boolean).length };
  } else {
    const sheet = uniqueSheetName(plan.sheetName, wb.sheets.map((s) => s.name));
    ops = [
      { kind: 'addSheet', sheet },
      { kind: 'applyPlan', sheet, plan },
    ];
    result = { sheet, created: true, keptCells: 0 };
  }
  ops.push({ kind: 'select', sheet: result.sheet, cell: firstInputCell(plan) });
  options.onProgress?.('write');
  await host.write(ops);
  options.onProgress?.('done');
  return ok(result);
}

function firstInputCell(plan: SheetPlan): string {
  for (let r = plan.layout.firstRow; r < plan.grid.length; r++) {
    const row = plan.grid[r] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c]?.input) return a1(r, c);
  }
  return 'A1';
}

export interface SheetOutcome<T> {
  readonly sheet: string;
  readonly templateId: string;
  readonly value: T;
  /** The template's title (a user's framework has its own, which templateTitle(id) does not know). */
  readonly title?: Msg;
  /**
   * With `withHead`: the head block as the template reads it (HEAD rows × columns), moved columns put back where the
   * plan has them — what `person` reads for this sheet.
   */
  readonly head?: readonly (readonly CellValue[])[];
}

async function readTemplateSheet(host: WorkbookHost, sheet?: string): Promise<Result<{ def: TemplateDef; snapshot: SheetSnapshot; alignment: Alignment }>> {
  const wb = await host.read({ head: { rows: 0, columns: 0 }, width: templateWidth(), full: sheet ?? 'active' });
  if (!wb.full) return fail('value', msg('Không đọc được trang tính.', 'The sheet could not be read.'));
  const marker = readMarker(wb.full.values);
  let def = marker ? getTemplate(marker.templateId) : undefined;
  if (marker && !def && isUserTemplateId(marker.templateId)) {
    // Filled from the user's own framework (issue 12): its "Khung tiêu chí" sheet travels in the workbook.
    const user = resolveUserTemplate(marker.templateId, await frameworkTables(host));
    if (!user.ok) return user;
    def = user.value;
  }
  if (!marker || !def) {
    return fail(
      'na',
      msg(
        `Trang "${wb.full.name}" không phải mẫu của Chấm điểm. Hãy điền mẫu từ thư viện rồi nhập số liệu vào đó.`,
        `Sheet "${wb.full.name}" is not a Chấm điểm template. Fill one from the gallery and enter your data there.`,
      ),
    );
  }
  const aligned = alignToPlan(layoutPlan(def), wb.full);
  if (!aligned.ok) return aligned;
  return ok({ def, snapshot: aligned.value.snapshot, alignment: aligned.value });
}

/**
 * The workbook's framework sheets, in full: one more read (their heads name them; a host that reads no `all` gets
 * them by name). Only sheets filled from a user's framework need it.
 */
export async function frameworkTables(host: WorkbookHost): Promise<SheetSnapshot[]> {
  const wb = await host.read({ head: HEAD, all: true, allIf: isFrameworkSheet, width: templateWidth() });
  const heads = wb.sheets.filter(isFrameworkSheet);
  if (wb.all) return wb.all.filter((s) => heads.some((h) => h.name === s.name));
  const out: SheetSnapshot[] = [];
  for (const h of heads) {
    const r = await host.read({ head: { rows: 0, columns: 0 }, full: h.name, width: templateWidth() });
    if (r.full) out.push(r.full);
  }
  return out;
}

/** HEAD rows × columns of a snapshot, blanks as "" (the same on every host). */
const headOf = (s: SheetSnapshot): CellValue[][] =>
  Array.from({ length: HEAD.rows }, (_, r) => Array.from({ length: HEAD.columns }, (_, c) => s.values[r]?.[c] ?? ''));

/** The check staff press before submitting: one read, no write. Cells are the sheet's own, wherever its columns moved. */
export async function checkSheet(host: WorkbookHost, options: { sheet?: string; now?: Date } = {}): Promise<Result<SheetOutcome<SheetIssue[]>>> {
  const r = await readTemplateSheet(host, options.sheet);
  if (!r.ok) return r;
  const { def, snapshot, alignment } = r.value;
  const issues = (def.check ? def.check(snapshot, options.now ?? new Date()) : []).map((i) => (alignment.moved ? { ...i, cell: sheetCell(alignment, i.cell) } : i));
  const order = { error: 0, warning: 1, info: 2 } as const;
  issues.sort((a, b) => order[a.severity] - order[b.severity]);
  return ok({ sheet: snapshot.name, templateId: def.id, value: issues, title: def.title });
}

/** Score and forecast: one read, no write. */
export async function scoreSheet(host: WorkbookHost, options: { sheet?: string; withHead?: boolean } = {}): Promise<Result<SheetOutcome<SheetScore>>> {
  const r = await readTemplateSheet(host, options.sheet);
  if (!r.ok) return r;
  const { def, snapshot } = r.value;
  if (!def.score) return fail('na', noPointsMessage(def));
  return ok({ sheet: snapshot.name, templateId: def.id, value: def.score(snapshot), title: def.title, ...(options.withHead ? { head: headOf(snapshot) } : {}) });
}

const MARKS_KEY = (sheet: string) => `marks:${sheet}`;

/** The style and note a cell had in its template, to restore when a mark is cleared. */
function restoreOf(plan: SheetPlan | null, cell: string): { restore: CellStyle | null; note?: string } {
  const at = parseA1(cell);
  const planned = plan && at ? plan.grid[at.row]?.[at.col] : undefined;
  const restore = planned?.style ? (plan!.styles[planned.style] ?? null) : null;
  return planned?.note ? { restore, note: planned.note } : { restore };
}

/** Marks the issues on the sheet (fill colour and a note); values untouched. One write; remembered for clearing. */
export async function markIssues(host: WorkbookHost, settings: SettingsStore, outcome: SheetOutcome<SheetIssue[]>, lang: 'vi' | 'en' = 'vi'): Promise<number> {
  const byCell = new Map<string, Mark>();
  for (const issue of outcome.value) {
    if (!issue.cell) continue;
    const prev = byCell.get(issue.cell);
    const text = `${issue.code}: ${lang === 'en' ? issue.message.en : issue.message.vi}`;
    const severity = prev && prev.severity === 'error' ? 'error' : issue.severity;
    byCell.set(issue.cell, { cell: issue.cell, severity, note: prev ? `${prev.note}\n${text}` : text });
  }
  const marks = [...byCell.values()];
  const previous = await readMarks(settings, outcome.sheet);
  const ops: WriteOp[] = [];
  if (previous.cells.length > 0) ops.push({ kind: 'clearMarks', sheet: outcome.sheet, cells: previous.cells });
  ops.push({ kind: 'mark', sheet: outcome.sheet, marks });
  await host.write(ops);
  const plan = getTemplate(outcome.templateId)?.plan({}) ?? null;
  await settings.set(
    MARKS_KEY(outcome.sheet),
    JSON.stringify({ templateId: outcome.templateId, cells: marks.map((m) => ({ cell: m.cell, ...restoreOf(plan, m.cell) })) }),
  );
  return marks.length;
}

type MarkedCell = { cell: string; restore: CellStyle | null; note?: string };

async function readMarks(settings: SettingsStore, sheet: string): Promise<{ cells: MarkedCell[] }> {
  const raw = await settings.get(MARKS_KEY(sheet));
  if (!raw) return { cells: [] };
  try {
    const parsed = JSON.parse(raw) as { cells?: MarkedCell[] };
    return { cells: Array.isArray(parsed.cells) ? parsed.cells : [] };
  } catch {
    return { cells: [] };
  }
}

/** Removes the marks placed on a sheet ('active': one read to name it): fill restored, notes deleted, values untouched. One write. */
export async function clearMarks(host: WorkbookHost, settings: SettingsStore, target: string | 'active'): Promise<number> {
  const sheet = target === 'active' ? (await host.read({ head: { rows: 0, columns: 0 } })).active : target;
  const { cells } = await readMarks(settings, sheet);
  if (cells.length === 0) return 0;
  await host.write([{ kind: 'clearMarks', sheet, cells }]);
  await settings.set(MARKS_KEY(sheet), JSON.stringify({ cells: [] }));
  return cells.length;
}

/** Selects a cell (an issue clicked in the list). One write. */
export const selectCell = (host: WorkbookHost, sheet: string, cell: string): Promise<void> => host.write([{ kind: 'select', sheet, cell }]);

/**
 * Staff of the unit: every sheet whose head block carries a monthly template's marker. With the whole sheet at
 * hand, the total is recomputed from the inputs (never the cached formula result, which a file never opened in
 * Excel does not even have).
 */
export function peopleFrom(
  sheets: readonly { name: string; values: readonly (readonly (string | number | boolean | null)[])[] }[],
  fulls: readonly SheetSnapshot[] = [],
): PersonLine[] {
  const out: PersonLine[] = [];
  const fullByName = new Map(fulls.map((f) => [f.name, f]));
  // Monthly forms filled from a user's framework (issue 12): their template from the workbook's framework sheets.
  const tables = fulls.filter(isFrameworkSheet);
  const userDefs = new Map<string, TemplateDef | undefined>();
  const userDef = (id: string): TemplateDef | undefined => {
    if (!userDefs.has(id)) {
      const r = resolveUserTemplate(id, tables);
      userDefs.set(id, r.ok ? r.value : undefined);
    }
    return userDefs.get(id);
  };
  for (const sheet of sheets) {
    const marker = readMarker(sheet.values);
    const def = marker ? (getTemplate(marker.templateId) ?? (isUserMonthlyHead(sheet.values) ? userDef(marker.templateId) : undefined)) : undefined;
    const person = def?.person?.(sheet);
    if (!person) continue;
    const full = fullByName.get(sheet.name);
    if (full && def?.score) {
      const score = def.score(full);
      const complete = score.criteria.length > 0 && score.criteria.every((c) => c.self !== null);
      out.push({ ...person, score: complete ? score.total : person.score });
    } else out.push(person);
  }
  return out;
}

/**
 * A monthly form filled from a user's framework whose framework sheet is missing or has errors: never left out of
 * Mẫu 1A silently — the summary is refused, naming the sheet and what to do.
 */
function unreadUserForms(sheets: readonly { name: string; values: readonly (readonly CellValue[])[] }[], fulls: readonly SheetSnapshot[]): Result<void> {
  const tables = fulls.filter(isFrameworkSheet);
  for (const sheet of sheets) {
    const marker = readMarker(sheet.values);
    if (!marker || getTemplate(marker.templateId) || !isUserMonthlyHead(sheet.values)) continue;
    const r = resolveUserTemplate(marker.templateId, tables);
    if (!r.ok) return fail('na', msg(`Trang "${sheet.name}": ${r.error.message.vi}`, `Sheet "${sheet.name}": ${r.error.message.en}`));
  }
  return ok(undefined);
}

export interface SummaryOptions {
  /** 20% (seed 004 §3.2a) or 25% for an outstanding unit (§3.2b). */
  readonly cap: number;
  readonly details: Details;
  /** Only the people of this month/year, when given. */
  readonly month?: number;
  readonly year?: number;
}

/** A sheet whose head carries a monthly template's marker and its person: the only sheets a summary reads in full. */
export function isMonthlySheet(head: { name: string; values: readonly (readonly (string | number | boolean | null)[])[] }): boolean {
  const marker = readMarker(head.values);
  const def = marker ? getTemplate(marker.templateId) : undefined;
  return def?.person?.(head) != null || isUserMonthlyHead(head.values);
}

/** What a summary reads in full: monthly forms, 1A lists, and the framework sheets user-framework forms need. */
const summaryReads = (h: SheetHead): boolean => isMonthlySheet(h) || isSummarySheet(h) || isFrameworkSheet(h);

/** A sheet holding Mẫu 1A (built by the add-in or filled from the gallery). */
export function isSummarySheet(head: { values: readonly (readonly (string | number | boolean | null)[])[] }): boolean {
  return readMarker(head.values)?.templateId === 'hn-1a';
}

export interface SummaryOutcome extends SheetOutcome<UnitSummary> {
  /** The month's 1A already in the workbook was updated in place (the authority's marks kept), not a new sheet. */
  readonly rebuilt: boolean;
  /** Cells of the authority's that the rebuild left as they were. */
  readonly keptCells: number;
}

/** The people of the month asked for, or why there are none. */
function peopleOfMonth(all: readonly PersonLine[], options: { month?: number; year?: number }): Result<PersonLine[]> {
  const people = all.filter((p) => (options.month === undefined || p.month === options.month) && (options.year === undefined || p.year === options.year));
  if (people.length > 0) return ok(people);
  if (all.length > 0) return fail('na', noSheetForMonth(options.month, options.year, all));
  return fail(
    'na',
    msg('Không tìm thấy phiếu đánh giá tháng nào (Mẫu 01–04) trong sổ làm việc.', 'No monthly evaluation sheet (Mẫu 01–04) was found in the workbook.'),
  );
}

/** The month's 1A sheet of the workbook, if there is one (the first, in sheet order). */
function summarySheetOf(all: readonly SheetSnapshot[], month: number | null, year: number | null): SheetSnapshot | undefined {
  return all.find((s) => {
    if (!isSummarySheet(s)) return false;
    const p = summaryPeriod(s.values);
    return p.month === month && p.year === year;
  });
}

/**
 * The plan of a rebuild in place: the new list, with (1) the authority's marks kept where their person's line is on
 * the same row (keep), (2) what the old list printed and the new one does not blanked (a person gone, a shorter
 * list), (3) what the unit typed under "NGƯỜI LẬP BIỂU" moved along with the signature block.
 */
export function rebuildPlan(plan: SheetPlan, summary: UnitSummary, existing: SheetSnapshot): { plan: SheetPlan; keep: boolean[][] } {
  const L = SUMMARY_LAYOUT;
  const old = readSummaryMarks(existing.values);
  const grid: (PlanCell | undefined)[][] = plan.grid.map((row) => [...row]);
  const keep: boolean[][] = [];
  const at = (r: number) => (grid[r] ??= []);
  const newFooter = grid.findIndex((row, r) => r >= L.firstRow && row?.[L.name]?.value === L.footer);
  const rowsOld = existing.formulas.length;
  for (let r = L.firstRow; r < rowsOld; r++) {
    for (let c = 0; c < L.width; c++) {
      const was = existing.formulas[r]?.[c] ?? null;
      if (isEmptyCell(was)) continue;
      if (old.footer !== null && r > old.footer && newFooter >= 0) {
        // The unit's signatures and names: carried to the same place under the new signature block.
        const to = newFooter + (r - old.footer);
        if (at(to)[c] === undefined) at(to)[c] = { value: was, style: 'plain' };
        if (r !== to && at(r)[c] === undefined) at(r)[c] = { value: '', style: 'plain' };
        continue;
      }
      if (at(r)[c] === undefined) at(r)[c] = { value: '', style: 'plain' };
    }
  }
  for (const p of summary.people) {
    if (!p.markedGradeCode) continue;
    const r = old.rows.get(p.sheet);
    if (r === undefined || grid[r]?.[L.sheet]?.value !== p.sheet) continue;
    for (let i = 0; i < 4; i++) {
      const c = L.firstGrade + i;
      if (grid[r]?.[c]?.input && !isEmptyCell(existing.formulas[r]?.[c] ?? null) && grid[r]?.[c]?.value === 'x') (keep[r] ??= [])[c] = true;
    }
  }
  // Rows past the old end may be holes (a signature moved down): every row counted, none spread as undefined.
  const width = Array.from(grid, (row) => row?.length ?? 0).reduce((a, b) => Math.max(a, b), 0);
  const square = Array.from({ length: grid.length }, (_, r) => Array.from({ length: width }, (_, c) => grid[r]?.[c]));
  const heights = plan.rowHeights ? Array.from({ length: square.length }, (_, r) => plan.rowHeights![r]) : undefined;
  return { plan: { ...plan, grid: square, ...(heights ? { rowHeights: heights } : {}) }, keep: square.map((_, r) => Array.from({ length: width }, (_, c) => keep[r]?.[c] === true)) };
}

/**
 * Mẫu 1A from the staff sheets of the workbook: one read (every sheet's head block; monthly and 1A sheets in full),
 * one write. The month's 1A already there is updated in place, keeping what the authority marked on it; otherwise a
 * new sheet is added.
 */
export async function buildSummary(host: WorkbookHost, options: SummaryOptions): Promise<Result<SummaryOutcome>> {
  const wb = await host.read({ head: HEAD, all: true, allIf: summaryReads, width: templateWidth() });
  const unread = unreadUserForms(wb.sheets, wb.all ?? []);
  if (!unread.ok) return unread;
  const found = peopleOfMonth(peopleFrom(wb.sheets, wb.all ?? []), options);
  if (!found.ok) return found;
  const people = found.value;
  const cap = checkQuotaCap(options.cap);
  if (!cap.ok) return cap;
  const first = people.find((p) => p.month !== null);
  const existing = summarySheetOf(wb.all ?? [], first?.month ?? null, first?.year ?? null);
  const summary = solveUnit(people, cap.value, existing ? readSummaryMarks(existing.values).marks : new Map());
  const plan = planSummary(summary, options.details);
  if (existing) {
    const re = rebuildPlan(plan, summary, existing);
    await host.write([
      { kind: 'applyPlan', sheet: existing.name, plan: re.plan, keep: re.keep, restyle: true },
      { kind: 'select', sheet: existing.name, cell: 'A1' },
    ]);
    return ok({ sheet: existing.name, templateId: 'hn-1a', value: summary, rebuilt: true, keptCells: re.keep.flat().filter(Boolean).length });
  }
  const sheet = uniqueSheetName(plan.sheetName, wb.sheets.map((s) => s.name));
  await host.write([
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan },
    { kind: 'select', sheet, cell: 'A1' },
  ]);
  return ok({ sheet, templateId: 'hn-1a', value: summary, rebuilt: false, keptCells: 0 });
}

/**
 * The unit summary as the month's Mẫu 1A in the workbook has it: the list solved again from the staff sheets, with the
 * authority's marks on that 1A. No 1A for the month: refused (2A publishes what 1A lists).
 */
export async function summaryFromWorkbook(host: WorkbookHost, options: SummaryOptions): Promise<Result<{ sheet: string; summary: UnitSummary; sheets: readonly string[] }>> {
  const wb = await host.read({ head: HEAD, all: true, allIf: summaryReads, width: templateWidth() });
  const unread = unreadUserForms(wb.sheets, wb.all ?? []);
  if (!unread.ok) return unread;
  const lists = (wb.all ?? []).filter(isSummarySheet);
  const all = peopleFrom(wb.sheets, wb.all ?? []);
  const found = peopleOfMonth(all, options);
  const wanted = found.ok ? found.value.find((p) => p.month !== null) : undefined;
  const list = wanted ? summarySheetOf(lists, wanted.month, wanted.year) : options.month !== undefined ? summarySheetOf(lists, options.month, options.year ?? null) : lists[0];
  if (!list) {
    return fail('na', lists.length > 0
      ? msg(`Chưa có danh sách 1A của tháng này (có: ${lists.map((l) => `"${l.name}"`).join(', ')}). Hãy lập danh sách 1A trước.`, `There is no list 1A for this month yet (there is ${lists.map((l) => `"${l.name}"`).join(', ')}). Build list 1A first.`)
      : msg('Sổ làm việc chưa có danh sách 1A. Hãy lập danh sách 1A trước: thông báo 2A công khai những gì 1A ghi.', 'The workbook has no list 1A. Build list 1A first: notice 2A publishes what 1A lists.'));
  }
  const period = summaryPeriod(list.values);
  const ofList = all.filter((p) => p.month === period.month && p.year === period.year);
  if (ofList.length === 0) return fail('na', found.ok ? noSheetForMonth(period.month ?? undefined, period.year ?? undefined, all) : found.error.message);
  const cap = checkQuotaCap(capOf(list) ?? options.cap);
  if (!cap.ok) return cap;
  return ok({ sheet: list.name, summary: solveUnit(ofList, cap.value, readSummaryMarks(list.values).marks), sheets: wb.sheets.map((s) => s.name) });
}

/** The cap the list was built with (its quota box), when readable. */
function capOf(list: SheetSnapshot): number | null {
  for (const row of list.values) {
    const i = row.findIndex((v) => v === 'Tỷ lệ tối đa');
    if (i >= 0 && typeof row[i + 1] === 'number') return row[i + 1] as number;
  }
  return null;
}

/** Mẫu 2A (public notice) from a summary. One read (sheet names), one write. */
export async function buildNotice(host: WorkbookHost, summary: UnitSummary, details: Details): Promise<Result<string>> {
  const plan = planNotice(summary, details);
  const wb = await host.read({ head: { rows: 0, columns: 0 } });
  const sheet = uniqueSheetName(plan.sheetName, wb.sheets.map((s) => s.name));
  await host.write([
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan },
    { kind: 'select', sheet, cell: 'A1' },
  ]);
  return ok(sheet);
}

/** Mẫu 2A from the workbook's own 1A of the month (built in this session or not). One read, one write. */
export async function buildNoticeFromWorkbook(host: WorkbookHost, options: SummaryOptions): Promise<Result<{ sheet: string; from: string; summary: UnitSummary }>> {
  const r = await summaryFromWorkbook(host, options);
  if (!r.ok) return r;
  const plan = planNotice(r.value.summary, options.details);
  const sheet = uniqueSheetName(plan.sheetName, r.value.sheets);
  await host.write([
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan },
    { kind: 'select', sheet, cell: 'A1' },
  ]);
  return ok({ sheet, from: r.value.sheet, summary: r.value.summary });
}
