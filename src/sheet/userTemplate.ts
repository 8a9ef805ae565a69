/**
 * A template from a user's framework (issue 12): the same sheet plan, check and score as a built-in points framework
 * (plans/framework.ts, frameworkSheet.ts), with formulas that need no built-in framework — each row carries its rule
 * kind's parameters in its formula (userFormulas.ts), its rule and special cases in the notation in hidden columns
 * X, Y (the framework travels with the sheet) — and a record of the framework
 * it was filled from (id, version, content hash in AA1; each row's hash in column AA), so that the check can name the
 * criteria whose rows in the "Khung tiêu chí" sheet changed after the fill.
 */
import { fail, msg, normalizeId, ok, type Framework, type Result } from '../scoring';
import { printRule, printSpecialCases } from '../scoring/notation';
import { ruleFormula, specialFormula } from './userFormulas';
import { a1 } from './a1';
import { MARKER_COL } from './plans/builder';
import { checkFrameworkSheet, scoreFrameworkSheet } from './frameworkSheet';
import { COL, planFramework, ROW, sheetNameFor } from './plans/framework';
import { cellAt, textAt } from './read';
import type { TemplateDef } from './templates';
import type { PlanCell, SheetIssue, SheetPlan, SheetSnapshot } from './types';
import { findingsText, readUserFramework, type FrameworkReading, type FrameworkRecord, type FrameworkTable } from './userFramework';

/** Marker ids of sheets filled from a user's framework: never a built-in's id, whatever the user named the framework. */
export const USER_TEMPLATE_PREFIX = 'khung.';
export const userTemplateId = (frameworkId: string): string => `${USER_TEMPLATE_PREFIX}${frameworkId}`;
export const isUserTemplateId = (templateId: string): boolean => templateId.startsWith(USER_TEMPLATE_PREFIX);

/** Hidden columns of a filled sheet, right of the plan's own (V the requirement, W the council's reasons, Z the marker). */
export const USER_COL = { rule: COL.appraisalNote + 1, special: COL.appraisalNote + 2, hash: MARKER_COL + 1 } as const;
export const RECORD_PREFIX = 'chamdiem-khung|';

const recordText = (r: FrameworkRecord): string => `${RECORD_PREFIX}${r.id}|${r.hash}|${r.version}`;

export function readRecord(s: SheetSnapshot): { id: string; hash: string; version: string } | null {
  const v = cellAt(s, ROW.title, USER_COL.hash);
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
export function versionFindings(current: FrameworkRecord, s: SheetSnapshot): SheetIssue[] {
  const recorded = readRecord(s);
  if (!recorded || recorded.hash === current.hash) return [];
  const out: SheetIssue[] = [];
  const push = (cell: string, criterion: string, message: ReturnType<typeof msg>) => out.push({ code: 'V1', severity: 'warning', sheet: s.name, cell, criterion, message });
  const seen = new Set<string>();
  let rowChanged = false;
  for (let r = ROW.first; r < s.values.length; r++) {
    const id = textAt(s, r, COL.id);
    const hash = textAt(s, r, USER_COL.hash);
    if (!id || !hash) continue;
    const key = normalizeId(id);
    seen.add(key);
    const now = current.rowHashes.get(key);
    if (now === undefined) push(a1(r, COL.id), id, V.removed(id));
    else if (now !== hash) push(a1(r, COL.id), id, V.changed(id));
    else continue;
    rowChanged = true;
  }
  for (const key of current.rowHashes.keys()) {
    if (!seen.has(key)) {
      push(a1(ROW.first, COL.id), key, V.added(key));
      rowChanged = true;
    }
  }
  if (!rowChanged) push(a1(ROW.title, 0), '', V.head());
  return out;
}

/** The template of a user's framework read without findings. */
export function userTemplate(fw: Framework, record: FrameworkRecord): TemplateDef {
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
