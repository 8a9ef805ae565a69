/**
 * A template from a user's framework (issue 12): the same sheet plan, check and score as a built-in points framework
 * (plans/framework.ts, frameworkSheet.ts), with formulas that need no built-in framework — each row carries its rule
 * kind's parameters in its formula (userFormulas.ts), its rule and special cases in the notation in hidden columns
 * X, Y (the framework travels with the sheet) — and a record of the framework
 * it was filled from (id, version, content hash in AA1; each row's hash in column AA), so that the check can name the
 * criteria whose rows in the "Khung tiêu chí" sheet changed after the fill.
 * A framework of the "30 điểm chung + 70 điểm KPI" kind fills the Hà Nội monthly form instead (planUserMonthly), with
 * the monthly forms' check, score and person line, so that Mẫu 1A is built from it (operations.ts peopleFrom).
 */
import { fail, gradeInfo, MONTHLY_BANDS, msg, normalizeId, ok, type Framework, type Result } from '../scoring';
import { printRule, printSpecialCases } from '../scoring/notation';
import { ruleFormula, specialFormula } from './userFormulas';
import { a1 } from './a1';
import { MARKER_COL } from './plans/builder';
import { checkFrameworkSheet, scoreFrameworkSheet } from './frameworkSheet';
import { checkMonthly, personFromHead, scoreMonthly } from './hn';
import { COL, planFramework, ROW, sheetNameFor } from './plans/framework';
import { CONTRACT_CATEGORY, HN_COL, HN_ROW, planMonthly } from './plans/hnMonthly';
import { MARKER_PREFIX, str } from './plans/builder';
import { cellAt, textAt } from './read';
import type { TemplateDef } from './templates';
import type { PlanCell, SheetIssue, SheetPlan, SheetSnapshot } from './types';
import { findingsText, isMonthlyFramework, readUserFramework, type FrameworkReading, type FrameworkRecord, type FrameworkTable } from './userFramework';

/** Marker ids of sheets filled from a user's framework: never a built-in's id, whatever the user named the framework. */
export const USER_TEMPLATE_PREFIX = 'khung.';
export const userTemplateId = (frameworkId: string): string => `${USER_TEMPLATE_PREFIX}${frameworkId}`;
export const isUserTemplateId = (templateId: string): boolean => templateId.startsWith(USER_TEMPLATE_PREFIX);

/** Hidden columns of a filled sheet, right of the plan's own (V the requirement, W the council's reasons, Z the marker). */
export const USER_COL = { rule: COL.appraisalNote + 1, special: COL.appraisalNote + 2, hash: MARKER_COL + 1 } as const;
export const RECORD_PREFIX = 'chamdiem-khung|';
/**
 * The same hidden columns on a monthly form ("30 điểm chung + 70 điểm KPI"): right of the marker (Z), since the
 * leaders' KPI parts reach W (plans/hnMonthly.ts).
 */
export const MONTHLY_USER_COL = { rule: 26, special: 27, hash: 28 } as const;


/** Where a filled sheet keeps its record and rows, by layout. */
interface RecordLayout {
  readonly firstRow: number;
  readonly idCol: number;
  readonly hashCol: number;
}
const POINTS_LAYOUT: RecordLayout = { firstRow: ROW.first, idCol: COL.id, hashCol: USER_COL.hash };
const MONTHLY_LAYOUT: RecordLayout = { firstRow: HN_ROW.first, idCol: HN_COL.id, hashCol: MONTHLY_USER_COL.hash };

const recordText = (r: FrameworkRecord): string => `${RECORD_PREFIX}${r.id}|${r.hash}|${r.version}`;

export function readRecord(s: SheetSnapshot, layout: RecordLayout = POINTS_LAYOUT): { id: string; hash: string; version: string } | null {
  const v = cellAt(s, ROW.title, layout.hashCol);
  if (typeof v !== 'string' || !v.startsWith(RECORD_PREFIX)) return null;
  const [id = '', hash = '', ...version] = v.slice(RECORD_PREFIX.length).split('|');
  return { id, hash, version: version.join('|') };
}

/** The plan of a sheet filled from a user's framework. */
export function planUserFramework(fw: Framework, record: FrameworkRecord, details: Parameters<typeof planFramework>[1] = {}): SheetPlan {
  const plan = planFramework({ ...fw, id: userTemplateId(fw.id) }, details, {
    compute: (node, values, maxCell) => ruleFormula(node.rule!, values, maxCell),
    special: specialFormula,
  });
  const grid = plan.grid.map((row) => [...row]);
  const put = (r: number, c: number, cell: PlanCell) => {
    const row = (grid[r] ??= []);
    while (row.length <= c) row.push(undefined);
    row[c] = cell;
  };
  put(ROW.title, USER_COL.hash, { value: recordText(record), style: 'marker' });
  put(ROW.header, USER_COL.rule, { value: 'Quy tắc chấm', style: 'inputHeader' });
  put(ROW.header, USER_COL.special, { value: 'Trường hợp đặc biệt (ký hiệu)', style: 'inputHeader' });
  put(ROW.header, USER_COL.hash, { value: 'Phiên bản tiêu chí', style: 'inputHeader' });
  for (const [id, row] of Object.entries(plan.layout.rowOf)) {
    const node = findNode(fw, id);
    if (node?.rule && !node.children?.length) {
      put(row, USER_COL.rule, { value: printRule(node.rule), style: 'plain' });
      const special = printSpecialCases(node.rule.specialCases);
      if (special) put(row, USER_COL.special, { value: special, style: 'plain' });
    }
    const hash = record.rowHashes.get(normalizeId(id));
    if (hash) put(row, USER_COL.hash, { value: hash, style: 'plain' });
  }
  const width = Math.max(...grid.map((r) => r.length));
  const columns = Array.from({ length: width }, (_, c) => plan.columns[c] ?? { width: 12, hidden: true });
  for (const c of Object.values(USER_COL)) columns[c] = { width: 30, hidden: true };
  return { ...plan, grid, columns, sheetName: sheetNameFor(fw.id, details, fw.title.vi) };
}

function findNode(fw: Framework, id: string) {
  const want = normalizeId(id);
  const visit = (nodes: Framework['criteria']): Framework['criteria'][number] | undefined => {
    for (const n of nodes) {
      if (normalizeId(n.id) === want) return n;
      const k = visit(n.children ?? []);
      if (k) return k;
    }
    return undefined;
  };
  return visit(fw.criteria);
}

const V = {
  changed: (id: string) =>
    msg(
      `Tiêu chí ${id} đã được sửa trong trang "Khung tiêu chí" sau khi điền mẫu: điểm được chấm theo khung mới; hãy điền lại mẫu để công thức trên trang dùng quy tắc mới.`,
      `Criterion ${id} was changed in the "Khung tiêu chí" sheet after the fill: it is scored by the new framework; fill the template again so that the sheet's formulas use the new rule.`,
    ),
  removed: (id: string) =>
    msg(`Tiêu chí ${id} không còn trong trang "Khung tiêu chí" (đã bị xóa sau khi điền mẫu): không được chấm.`, `Criterion ${id} is no longer in the "Khung tiêu chí" sheet (deleted after the fill): not scored.`),
  added: (id: string) =>
    msg(`Tiêu chí ${id} được thêm vào trang "Khung tiêu chí" sau khi điền mẫu: hãy điền lại mẫu.`, `Criterion ${id} was added to the "Khung tiêu chí" sheet after the fill: fill the template again.`),
  head: () =>
    msg(
      'Phần đầu của trang "Khung tiêu chí" (cách tính tổng, điểm chuẩn, thang xếp loại…) đã được sửa sau khi điền mẫu.',
      'The head of the "Khung tiêu chí" sheet (scoring, base points, bands…) was changed after the fill.',
    ),
} as const;

/** Findings V1: the criteria whose framework rows changed since the sheet was filled (by each row's recorded hash). */
export function versionFindings(current: FrameworkRecord, s: SheetSnapshot, layout: RecordLayout = POINTS_LAYOUT): SheetIssue[] {
  const recorded = readRecord(s, layout);
  if (!recorded || recorded.hash === current.hash) return [];
  const out: SheetIssue[] = [];
  const push = (cell: string, criterion: string, message: ReturnType<typeof msg>) => out.push({ code: 'V1', severity: 'warning', sheet: s.name, cell, criterion, message });
  const seen = new Set<string>();
  let rowChanged = false;
  for (let r = layout.firstRow; r < s.values.length; r++) {
    const id = textAt(s, r, layout.idCol);
    const hash = textAt(s, r, layout.hashCol);
    if (!id || !hash) continue;
    const key = normalizeId(id);
    seen.add(key);
    const now = current.rowHashes.get(key);
    if (now === undefined) push(a1(r, layout.idCol), id, V.removed(id));
    else if (now !== hash) push(a1(r, layout.idCol), id, V.changed(id));
    else continue;
    rowChanged = true;
  }
  for (const key of current.rowHashes.keys()) {
    if (!seen.has(key)) {
      push(a1(layout.firstRow, layout.idCol), key, V.added(key));
      rowChanged = true;
    }
  }
  if (!rowChanged) push(a1(ROW.title, 0), '', V.head());
  return out;
}

const sameBands = (fw: Framework): boolean =>
  fw.bands.length === MONTHLY_BANDS.length && fw.bands.every((b, i) => b.code === MONTHLY_BANDS[i]!.code && b.min === MONTHLY_BANDS[i]!.min);

/** The grade name of a total by the framework's own bands (nested IF; the core rounds the total first). */
function gradeFormula(fw: Framework, total: string): string {
  let f = str(gradeInfo('KHTNV').name.vi);
  for (const b of [...fw.bands].reverse()) f = `IF(ROUND(${total},2)>=${String(Number(b.min.toPrecision(15)))},${str(gradeInfo(b.code).name.vi)},${f})`;
  return f;
}

/**
 * The monthly form of a user's "30 điểm chung + 70 điểm KPI" framework: seed 004's form (plans/hnMonthly.ts) over the
 * user's criteria — deductions on the general criteria, a, b, c (d, đ, e) on the KPI row, the work plan below — with
 * the record and each row's rule and hash in hidden columns AA:AC. Its formulas are the built-in forms' own (KPI.DEDUCT,
 * KPI.RESULT), which need no framework; the head's total and grade follow the user's maxima and bands.
 */
export function planUserMonthly(fw: Framework, record: FrameworkRecord, details: Parameters<typeof planFramework>[1] = {}): SheetPlan {
  const planned = { ...fw, id: userTemplateId(fw.id) };
  const plan = planMonthly(planned, details, {
    subtitle: `${fw.title.vi}${record.version ? ` (${record.version})` : ''}${fw.audience.vi && !fw.title.vi.includes(fw.audience.vi) ? ` — ${fw.audience.vi}` : ''}`,
    ...(sameBands(fw) ? {} : { grade: (total: string) => gradeFormula(fw, total) }),
    // A framework for contract workers (Mẫu 04's "Lao động hợp đồng …"): its people are in section III of Mẫu 1A.
    ...(/^lao động hợp đồng/i.test(fw.audience.vi.normalize('NFC').trim()) ? { category: CONTRACT_CATEGORY } : {}),
  });
  const grid = plan.grid.map((row) => [...row]);
  const put = (r: number, c: number, cell: PlanCell) => {
    const row = (grid[r] ??= []);
    while (row.length <= c) row.push(undefined);
    row[c] = cell;
  };
  put(HN_ROW.title, MONTHLY_USER_COL.hash, { value: recordText(record), style: 'marker' });
  put(HN_ROW.header, MONTHLY_USER_COL.rule, { value: 'Quy tắc chấm', style: 'inputHeader' });
  put(HN_ROW.header, MONTHLY_USER_COL.special, { value: 'Trường hợp đặc biệt (ký hiệu)', style: 'inputHeader' });
  put(HN_ROW.header, MONTHLY_USER_COL.hash, { value: 'Phiên bản tiêu chí', style: 'inputHeader' });
  for (const [id, row] of Object.entries(plan.layout.rowOf)) {
    const node = findNode(fw, id);
    if (node?.rule && !node.children?.length) {
      put(row, MONTHLY_USER_COL.rule, { value: printRule(node.rule), style: 'plain' });
      const special = printSpecialCases(node.rule.specialCases);
      if (special) put(row, MONTHLY_USER_COL.special, { value: special, style: 'plain' });
    }
    const hash = record.rowHashes.get(normalizeId(id));
    if (hash) put(row, MONTHLY_USER_COL.hash, { value: hash, style: 'plain' });
  }
  const width = Math.max(...grid.map((r) => r.length));
  const squared = grid.map((row) => Array.from({ length: width }, (_, c) => row[c]));
  const columns = Array.from({ length: width }, (_, c) => plan.columns[c] ?? { width: 12, hidden: true });
  for (const c of Object.values(MONTHLY_USER_COL)) columns[c] = { width: 30, hidden: true };
  return { ...plan, grid: squared, columns, sheetName: sheetNameFor(fw.id, details, fw.title.vi) };
}

/** Whether a head block is a monthly form filled from a user's framework (its marker and its record): Mẫu 1A reads it. */
export function isUserMonthlyHead(values: readonly (readonly (string | number | boolean | null)[])[]): boolean {
  const marker = values[0]?.find((v) => typeof v === 'string' && v.startsWith(MARKER_PREFIX));
  const record = values[HN_ROW.title]?.[MONTHLY_USER_COL.hash];
  return typeof marker === 'string' && marker.startsWith(MARKER_PREFIX + USER_TEMPLATE_PREFIX) && typeof record === 'string' && record.startsWith(RECORD_PREFIX);
}

function userMonthlyTemplate(fw: Framework, record: FrameworkRecord): TemplateDef {
  const planned = { ...fw, id: userTemplateId(fw.id) };
  return {
    id: planned.id,
    title: fw.title,
    description: msg(
      `Khung tiêu chí của đơn vị${record.version ? `, phiên bản ${record.version}` : ''}: phiếu tự đánh giá hằng tháng (điểm tiêu chí chung + điểm KPI).`,
      `The unit's own framework${record.version ? `, version ${record.version}` : ''}: the monthly self-assessment (general points + KPI points).`,
    ),
    asks: ['name', 'post', 'unit', 'month', 'year'],
    framework: planned,
    plan: (details) => planUserMonthly(fw, record, details),
    check: (s, now) => [...checkMonthly(planned, s, now), ...versionFindings(record, s, MONTHLY_LAYOUT)],
    score: (s) => scoreMonthly(planned, s),
    person: (head) => personFromHead(planned, head),
  };
}

/** The template of a user's framework read without findings. */
export function userTemplate(fw: Framework, record: FrameworkRecord): TemplateDef {
  if (isMonthlyFramework(fw)) return userMonthlyTemplate(fw, record);
  const planned = { ...fw, id: userTemplateId(fw.id) };
  return {
    id: userTemplateId(fw.id),
    title: fw.title,
    description: msg(`Khung tiêu chí của đơn vị${record.version ? `, phiên bản ${record.version}` : ''}.`, `The unit's own framework${record.version ? `, version ${record.version}` : ''}.`),
    asks: fw.scoring === 'base' ? ['name', 'post', 'unit', 'month', 'year'] : ['unit', 'year'],
    framework: planned,
    plan: (details) => planUserFramework(fw, record, details),
    check: (s, now) => [...checkFrameworkSheet(planned, s, now), ...versionFindings(record, s)],
    score: (s) => scoreFrameworkSheet(planned, s),
  };
}

const R = {
  noSheet: (id: string) =>
    msg(
      `Trang được điền từ khung "${id}" nhưng sổ làm việc không có trang "Khung tiêu chí" của khung này: chép trang khung vào sổ.`,
      `The sheet was filled from framework "${id}" but the workbook has no "Khung tiêu chí" sheet for it: copy the framework sheet in.`,
    ),
  errors: (sheet: string, text: string) =>
    msg(`Trang "${sheet}" có lỗi, chưa dùng được khung: ${text}`, `Sheet "${sheet}" has errors; the framework cannot be used yet: ${text}`),
} as const;

/** The framework of a user template id among the workbook's framework sheets: the valid one of that id. */
export function resolveUserTemplate(templateId: string, tables: readonly FrameworkTable[]): Result<TemplateDef> {
  const id = templateId.slice(USER_TEMPLATE_PREFIX.length);
  const readings: FrameworkReading[] = tables.map(readUserFramework);
  const valid = readings.find((r) => r.framework?.id === id);
  if (valid?.framework && valid.record) return ok(userTemplate(valid.framework, valid.record));
  // A sheet of that id with errors: say which, with their cells.
  const broken = readings.find((r, i) => r.framework === null && idOf(tables[i]!) === id);
  if (broken) return fail('value', R.errors(broken.sheet, findingsText(broken.findings.slice(0, 10), 'vi').replace(/\n/g, '; ')));
  return fail('na', R.noSheet(id));
}

/** The framework id typed in a sheet's header block, even when the sheet has errors. */
function idOf(t: FrameworkTable): string {
  for (const row of t.values.slice(0, 60)) {
    const label = typeof row[0] === 'string' ? row[0].normalize('NFC').trim().toLowerCase() : '';
    if (label === 'mã khung' || label === 'ma khung') return String(row[1] ?? '').trim().toLowerCase();
  }
  return '';
}
