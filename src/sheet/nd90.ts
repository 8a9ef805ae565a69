/**
 * Decree 90 annual rating forms (seed 003, Nghị định 90/2020/NĐ-CP Mẫu số 02 and 03): written fields, no points.
 * The check asks for the fields every person fills (I.1–I.6, II.1, II.2) and a self-grade that is one of the four levels.
 */
import { flatten, ND90_M02, ND90_M03, msg, normalizeId, parseGrade, type Framework } from '../scoring';
import { a1 } from './a1';
import { ND90_CELL, ND90_COL, ND90_ROW, planNd90 } from './plans/nd90Form';
import { cellAt, isEmptyCell, rowsById, textAt } from './read';
import type { TemplateDef } from './templates';
import type { SheetIssue, SheetSnapshot } from './types';

/** Fields every person fills; 7–9 are for leaders only, III and IV for the reviewer and the authority. */
export const ND90_REQUIRED: readonly string[] = ['1', '2', '3', '4', '5', '6', 'II.1', 'II.2'];
/** Fields whose answer is one of the four quality levels. */
const LEVEL_FIELDS: readonly string[] = ['II.2', 'IV.2'];

export function checkNd90(fw: Framework, s: SheetSnapshot): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const push = (code: string, severity: SheetIssue['severity'], cell: string, criterion: string, message: { vi: string; en: string }) =>
    issues.push({ code, severity, sheet: s.name, cell, criterion, message });

  const head: [readonly [number, number], string, string][] = [
    [ND90_CELL.name, 'Họ và tên', 'Name'],
    [ND90_CELL.year, 'Năm', 'Year'],
  ];
  for (const [[r, c], vi, en] of head) {
    if (isEmptyCell(cellAt(s, r, c))) push('N1', 'warning', a1(r, c), '', msg(`Chưa ghi: ${vi}.`, `Missing: ${en}.`));
  }

  const byId = new Map(flatten(fw).map((p) => [normalizeId(p.node.id), p.node]));
  const rows = rowsById(s, ND90_COL.id, ND90_ROW.first, new Set(byId.keys()));
  for (const id of ND90_REQUIRED) {
    const row = rows.get(normalizeId(id));
    const node = byId.get(normalizeId(id))!;
    if (row === undefined) {
      push('T1', 'warning', a1(ND90_ROW.first, ND90_COL.first), id, msg(`Không tìm thấy mục ${id} của phiếu.`, `Field ${id} of the form was not found.`));
      continue;
    }
    // The answer is the merged cell right under the field's title row.
    if (textAt(s, row + 1, ND90_COL.first) === '') {
      push('N1', 'warning', a1(row + 1, ND90_COL.first), id, msg(`Chưa điền mục ${id}: ${node.title}.`, `Field ${id} is empty: ${node.title}.`));
    }
  }
  for (const id of LEVEL_FIELDS) {
    const row = rows.get(normalizeId(id));
    if (row === undefined) continue;
    const answer = textAt(s, row + 1, ND90_COL.first);
    if (answer === '') continue;
    const grade = parseGrade(answer);
    if (!grade.ok) {
      push(
        'N2',
        'error',
        a1(row + 1, ND90_COL.first),
        id,
        msg(
          `"${answer}" không phải một trong bốn mức: Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ; Hoàn thành nhiệm vụ; Không hoàn thành nhiệm vụ.`,
          `"${answer}" is not one of the four levels: excellently completed, well completed, completed, did not complete duties.`,
        ),
      );
    }
  }
  return issues;
}

const nd90Template = (fw: Framework, description: { vi: string; en: string }): TemplateDef => ({
  id: fw.id,
  title: fw.title,
  description,
  asks: ['name', 'post', 'unit', 'year'],
  plan: (details) => planNd90(fw, details),
  check: (s) => checkNd90(fw, s),
});

export const ND90_TEMPLATES: readonly TemplateDef[] = [
  nd90Template(ND90_M02, msg('Phiếu đánh giá, xếp loại chất lượng công chức hằng năm (Nghị định 90/2020, Mẫu số 02).', 'Annual quality rating form for civil servants (Decree 90/2020, Form 02).')),
  nd90Template(ND90_M03, msg('Phiếu đánh giá, xếp loại chất lượng viên chức hằng năm (Nghị định 90/2020, Mẫu số 03).', 'Annual quality rating form for public employees (Decree 90/2020, Form 03).')),
];
