/**
 * Check of the Party review forms (seed 003, mẫu 01-HDKĐ.ĐG and 02-HDKĐ.ĐG): every content written and self-rated, the
 * quality levels among the four, the civil-servant grade as the basis of the Party-member grade (kế hoạch, điểm 3b),
 * and the plan's timeline (mục 4, 5: 05/12, 10/12, 15/12, 31/12).
 */
import { flatten, msg, normalizeChoice, normalizeId, parseGrade, type Framework, type GradeCode, type Msg } from '../scoring';
// Not in FRAMEWORKS (frameworks/index.ts): no custom function reads a form without points, and the functions bundle
// keeps its size budget; the gallery, the check and the plans import them here.
import { PARTY_01, PARTY_02, PARTY_LEVEL_CHOICES } from '../scoring/frameworks/party';
import { checkGradeBasis, PARTY_TIMELINE, partyStepEnd, partyStepText } from '../scoring/frameworks/partyRules';
import { a1 } from './a1';
import { isGradeField, isPartyLevel, PARTY_COL, PARTY_ROW, partyHeadCells, planParty } from './plans/partyForm';
import { cellAt, isEmptyCell, rowsById, textAt } from './read';
import type { TemplateDef } from './templates';
import type { SheetIssue, SheetSnapshot } from './types';

/** Contents every form must have written (the "nếu có" parts IV, V of form 02 and the authorities' blocks are optional). */
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  'hdkd-01': ['I.1', 'I.2', 'I.3', 'I.4', 'I.5', 'II.1', 'II.2', 'III.1', 'V.1', 'VI.1', 'VII.1'],
  'hdkd-02': ['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'III.1', 'VI.1', 'VII.1', 'VII.2'],
};
/** Pairs (civil-servant grade, Party-member grade) bound by the basis rule, form 02. */
const BASIS_PAIRS: readonly (readonly [string, string, Msg])[] = [
  ['VII.1', 'VII.2', msg('tự nhận', 'self-assessed')],
  ['CQ.2', 'CU.2', msg('chi bộ đề xuất', 'proposed by the chi bộ')],
  ['CQ.2', 'DU.1', msg('đảng ủy, chi ủy cơ sở xếp loại', 'graded by the đảng ủy')],
];

const PARTY_LEVELS = new Set(PARTY_LEVEL_CHOICES.map((c) => normalizeChoice(c)));

export function checkParty(fw: Framework, s: SheetSnapshot, now: Date = new Date()): SheetIssue[] {
  const issues: SheetIssue[] = [];
  const push = (code: string, severity: SheetIssue['severity'], cell: string, criterion: string, message: Msg) =>
    issues.push({ code, severity, sheet: s.name, cell, criterion, message });
  const headCells = partyHeadCells(fw.id);
  const required: [keyof typeof headCells, string, string][] = fw.id === 'hdkd-01' ? [['collective', 'Tập thể kiểm điểm', 'The collective'], ['year', 'Năm', 'Year']] : [['name', 'Họ và tên', 'Name'], ['cell', 'Chi bộ', 'Chi bộ'], ['year', 'Năm', 'Year']];
  for (const [key, vi, en] of required) {
    const [r, c] = headCells[key]!;
    if (isEmptyCell(cellAt(s, r, c))) push('H1', 'warning', a1(r, c), '', msg(`Chưa ghi: ${vi}.`, `Missing: ${en}.`));
  }

  const nodes = flatten(fw).map((p) => p.node);
  const byId = new Map(nodes.map((n) => [normalizeId(n.id), n]));
  const rows = rowsById(s, PARTY_COL.id, PARTY_ROW.firstHead, new Set(byId.keys()));
  const grades = new Map<string, GradeCode>();
  let incomplete = 0;
  for (const node of nodes) {
    if (node.children?.length) continue;
    const row = rows.get(normalizeId(node.id));
    if (row === undefined) {
      push('T1', 'warning', a1(PARTY_ROW.firstHead, PARTY_COL.first), node.id, msg(`Không tìm thấy mục ${node.id} của mẫu.`, `Field ${node.id} of the form was not found.`));
      continue;
    }
    const cell = a1(row + 1, PARTY_COL.first);
    const answer = textAt(s, row + 1, PARTY_COL.first);
    if (isPartyLevel(node)) {
      const of = node.id.replace(/\.CĐ$/, '');
      if (answer === '') {
        incomplete++;
        push('L1', 'warning', cell, node.id, msg(`Chưa tự đánh giá cấp độ thực hiện của nội dung ${of}.`, `No self-rated level for content ${of}.`));
      } else if (!PARTY_LEVELS.has(normalizeChoice(answer))) {
        push('L2', 'error', cell, node.id, msg(`"${answer}" không phải một cấp độ: Xuất sắc; Tốt; Trung bình; Kém.`, `"${answer}" is not a level: Xuất sắc (excellent); Tốt (good); Trung bình (average); Kém (poor).`));
      }
      continue;
    }
    if (isGradeField(node)) {
      if (answer === '') {
        if ((REQUIRED[fw.id] ?? []).includes(node.id)) {
          incomplete++;
          push('G1', 'warning', cell, node.id, msg(`Chưa chọn mức: ${node.title}.`, `No level chosen: ${node.title}.`));
        }
        continue;
      }
      const g = parseGrade(answer);
      if (g.ok) grades.set(node.id, g.value);
      else {
        push('G2', 'error', cell, node.id, msg(`"${answer}" không phải một trong bốn mức xếp loại chất lượng.`, `"${answer}" is not one of the four quality levels.`));
      }
      continue;
    }
    if (answer === '' && (REQUIRED[fw.id] ?? []).includes(node.id)) {
      incomplete++;
      push('N1', 'warning', cell, node.id, msg(`Chưa viết nội dung ${node.id}: ${node.title.slice(0, 80)}${node.title.length > 80 ? '…' : ''}.`, `Content ${node.id} is empty.`));
    }
  }

  if (fw.id === 'hdkd-02') {
    for (const [civilId, partyId, who] of BASIS_PAIRS) {
      const problem = checkGradeBasis(grades.get(civilId) ?? null, grades.get(partyId) ?? null);
      const row = rows.get(normalizeId(partyId));
      if (problem && row !== undefined) {
        push('G3', 'warning', a1(row + 1, PARTY_COL.first), partyId, msg(`Xếp loại đảng viên (${who.vi}): ${problem.vi}`, `Party-member grade (${who.en}): ${problem.en}`));
      }
    }
  }

  // Seed 003's timeline: the days of its 2020 plan, in the year of the form.
  const [yr, yc] = headCells.year!;
  const typedYear = cellAt(s, yr, yc);
  const year = typeof typedYear === 'number' && Number.isInteger(typedYear) ? typedYear : now.getUTCFullYear();
  for (const step of PARTY_TIMELINE) {
    if (!step.forms.includes(fw.id as 'hdkd-01' | 'hdkd-02')) continue;
    const text = partyStepText(step, year);
    const late = now.getTime() > partyStepEnd(step, year).getTime();
    if (late && incomplete > 0) {
      push('D1', 'warning', a1(yr, yc), '', msg(`Đã quá hạn — ${text.vi} Mẫu còn ${incomplete} mục chưa điền.`, `Past the deadline — ${text.en} The form has ${incomplete} empty field(s).`));
    } else {
      push('D0', 'info', a1(yr, yc), '', msg(`Thời hạn (kế hoạch năm 2020, áp dụng cho năm ${year}) — ${text.vi}`, `Deadline (the 2020 plan, applied to ${year}) — ${text.en}`));
    }
  }
  return issues;
}

const partyTemplate = (fw: Framework, description: Msg, asks: TemplateDef['asks']): TemplateDef => ({
  id: fw.id,
  title: fw.title,
  description,
  asks,
  plan: (details) => planParty(fw, details),
  check: (s, now) => checkParty(fw, s, now),
});

export const PARTY_TEMPLATES: readonly TemplateDef[] = [
  partyTemplate(
    PARTY_01,
    msg(
      'Báo cáo kiểm điểm tập thể hằng năm (mẫu 01-HDKĐ.ĐG): từng nội dung tự đánh giá cấp độ Xuất sắc, Tốt, Trung bình, Kém; đề nghị mức xếp loại.',
      'Annual collective self-assessment report (form 01-HDKĐ.ĐG): each content self-rated Xuất sắc, Tốt, Trung bình, Kém; the proposed quality level.',
    ),
    ['unit', 'year'],
  ),
  partyTemplate(
    PARTY_02,
    msg(
      'Bản kiểm điểm cá nhân đảng viên hằng năm (mẫu 02-HDKĐ.ĐG): tự xếp loại công chức, viên chức và đảng viên, ý kiến thủ trưởng, chi ủy, đảng ủy.',
      'Annual individual self-assessment of a Party member (form 02-HDKĐ.ĐG): self-rated as civil servant and as Party member, the head’s, chi ủy’s and đảng ủy’s blocks.',
    ),
    ['name', 'post', 'unit', 'year'],
  ),
];
