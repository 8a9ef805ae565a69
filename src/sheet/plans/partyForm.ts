/**
 * The Party review forms as printable sheets (seed 003: mẫu 01-HDKĐ.ĐG Báo cáo kiểm điểm tập thể, mẫu 02-HDKĐ.ĐG Bản
 * kiểm điểm cá nhân): the header (Đảng bộ, Đảng Cộng sản Việt Nam), the title, the collective or the person, then each
 * content as a title row followed by its answer cell — a tall merged cell for words, one row with a list for a level
 * (Xuất sắc / Tốt / Trung bình / Kém) or a quality grade. Field ids sit in a hidden column for reading back.
 */
import type { Criterion, Framework } from '../../scoring';
import { PARTY_LEVEL_CHOICES } from '../../scoring/frameworks/party';
import { ND90_LEVEL_CHOICES } from '../../scoring/frameworks/nd90';
import { columnLetter } from '../a1';
import type { Details, SheetPlan } from '../types';
import { PlanBuilder } from './builder';
import { sheetNameFor } from './framework';

export const PARTY_COL = { first: 0, last: 3, id: 4 } as const;
export const PARTY_ROW = { party: 0, sub: 1, title: 3, year: 4, firstHead: 5 } as const;
export const PARTY_ANSWER_ROWS = 3;

export type PartyHeadKey = 'collective' | 'name' | 'birth' | 'partyPost' | 'post' | 'unionPost' | 'unit' | 'cell';

/** The head fields each form prints, in order, with the Details field that prefills them. */
const HEAD: Readonly<Record<string, readonly { key: PartyHeadKey; label: string; from?: keyof Details }[]>> = {
  'hdkd-01': [{ key: 'collective', label: 'Tập thể kiểm điểm:', from: 'unit' }],
  'hdkd-02': [
    { key: 'name', label: 'Họ và tên:', from: 'name' },
    { key: 'birth', label: 'Ngày sinh:' },
    { key: 'partyPost', label: 'Chức vụ Đảng:' },
    { key: 'post', label: 'Chức vụ chính quyền:', from: 'post' },
    { key: 'unionPost', label: 'Chức vụ đoàn thể:' },
    { key: 'unit', label: 'Đơn vị công tác:', from: 'unit' },
    { key: 'cell', label: 'Chi bộ:' },
  ],
};

/** [row, col] of each head field's input of a form. */
export function partyHeadCells(formId: string): Readonly<Partial<Record<PartyHeadKey | 'year', readonly [number, number]>>> {
  const out: Partial<Record<PartyHeadKey | 'year', readonly [number, number]>> = { year: [PARTY_ROW.year, 1] };
  (HEAD[formId] ?? []).forEach((f, i) => (out[f.key] = [PARTY_ROW.firstHead + i, 1]));
  return out;
}

const TITLE: Readonly<Record<string, { form: string; title: string }>> = {
  'hdkd-01': { form: 'Mẫu 01-HDKĐ.ĐG', title: 'BÁO CÁO KIỂM ĐIỂM TẬP THỂ' },
  'hdkd-02': { form: 'Mẫu 02-HDKĐ.ĐG', title: 'BẢN KIỂM ĐIỂM CÁ NHÂN' },
};

const INTRO_01 = 'Căn cứ kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị tại địa phương (cơ quan, đơn vị); tập thể kiểm điểm với các nội dung chủ yếu sau:';

export const choicesOf = (node: Criterion): readonly string[] => (node.rule?.params as { choices?: readonly string[] } | undefined)?.choices ?? [];
export const isPartyLevel = (node: Criterion): boolean => choicesOf(node) === PARTY_LEVEL_CHOICES;
export const isGradeField = (node: Criterion): boolean => choicesOf(node) === ND90_LEVEL_CHOICES;

/** "I.1" → "1.", "II.1" → "1.", "VII.2" → "2."; the program's own ids (CQ.1, …CĐ) print no number. */
const printed = (node: Criterion): string => {
  if (/^(CQ|CU|DU)\./.test(node.id) || node.id.endsWith('.CĐ')) return '';
  const last = node.id.split('.').pop() ?? '';
  return /^\d+$/.test(last) ? `${last}. ` : '';
};

export function planParty(fw: Framework, details: Details = {}): SheetPlan {
  const t = TITLE[fw.id]!;
  const b = new PlanBuilder(fw.id, fw.title, sheetNameFor(fw.id, { ...details, month: undefined }));
  const { first: A, last: D } = PARTY_COL;
  const full = (row: number, cell: Parameters<PlanBuilder['set']>[2]) => {
    b.set(row, A, cell);
    for (let c = A + 1; c <= D; c++) b.set(row, c, { value: '', ...(cell.style ? { style: cell.style } : {}) });
    b.merge(row, A, row, D);
  };
  b.set(PARTY_ROW.party, 0, { value: 'ĐẢNG BỘ', style: 'group' });
  b.set(PARTY_ROW.party, 1, { value: '', style: 'input', input: true, note: 'Tên Đảng bộ.' });
  b.set(PARTY_ROW.party, 2, { value: 'ĐẢNG CỘNG SẢN VIỆT NAM', style: 'group' }).merge(PARTY_ROW.party, 2, PARTY_ROW.party, 3);
  b.set(PARTY_ROW.sub, 2, { value: '....., ngày.....tháng.....năm.....', style: 'subtitle' }).merge(PARTY_ROW.sub, 2, PARTY_ROW.sub, 3);
  b.set(PARTY_ROW.sub, 0, { value: t.form, style: 'subtitle', note: fw.remarks?.join('\n') });
  full(PARTY_ROW.title, { value: t.title, style: 'title' });
  b.set(PARTY_ROW.year, 0, { value: 'Năm:', style: 'label' });
  b.set(PARTY_ROW.year, 1, { value: details.year ?? null, style: 'input', input: true, numberFormat: '0' });
  const head = HEAD[fw.id] ?? [];
  head.forEach((f, i) => {
    const r = PARTY_ROW.firstHead + i;
    b.set(r, 0, { value: f.label, style: 'label' });
    const v = f.from ? details[f.from] : undefined;
    b.set(r, 1, { value: typeof v === 'string' ? v : '', style: 'input', input: true });
    for (let c = 2; c <= D; c++) b.set(r, c, { value: '', style: 'input' });
    b.merge(r, 1, r, D);
  });
  let r = PARTY_ROW.firstHead + head.length + 1;
  if (fw.id === 'hdkd-01') full(r++, { value: INTRO_01, style: 'method' });

  const choiceField = (node: Criterion, label: string, choices: readonly string[]) => {
    b.rowOf[node.id] = r;
    b.set(r, PARTY_COL.id, { value: node.id, style: 'plain' });
    full(r++, { value: label, style: 'group', note: node.idNote });
    full(r, { value: null, style: 'input', input: true, note: `Chọn một: ${choices.join('; ')}.` });
    b.validate(r, A, choices, `Chọn một: ${choices.join('; ')}.`, `Chọn một: ${choices.join('; ')}.`);
    r++;
  };
  const wordsField = (node: Criterion) => {
    b.rowOf[node.id] = r;
    b.set(r, PARTY_COL.id, { value: node.id, style: 'plain' });
    full(r++, { value: `${printed(node)}${node.title}:`, style: 'criterion', note: node.idNote });
    b.set(r, A, { value: null, style: 'input', input: true });
    for (let rr = r; rr < r + PARTY_ANSWER_ROWS; rr++) for (let c = A; c <= D; c++) if (rr !== r || c !== A) b.set(rr, c, { value: '', style: 'input' });
    b.merge(r, A, r + PARTY_ANSWER_ROWS - 1, D);
    r += PARTY_ANSWER_ROWS;
  };
  let lastRow = r;
  for (const part of fw.criteria) {
    b.rowOf[part.id] = r;
    b.set(r, PARTY_COL.id, { value: part.id, style: 'plain' });
    const roman = /^[IVX]+$/.test(part.id) ? `${part.id}. ` : '';
    full(r++, { value: `${roman}${part.title}`, style: 'section' });
    for (const child of part.children ?? []) {
      if (isPartyLevel(child)) choiceField(child, `${child.title}:`, PARTY_LEVEL_CHOICES);
      else if (isGradeField(child)) choiceField(child, `${printed(child)}${child.title}:`, ND90_LEVEL_CHOICES);
      else wordsField(child);
    }
    for (const note of part.notes ?? []) {
      r++;
      b.set(r, 2, { value: note.replace(/ \(/, '\n('), style: 'subtitle' });
      for (let k = 1; k <= 2; k++) b.set(r + k, 2, { value: '', style: 'subtitle' });
      b.merge(r, 2, r + 2, 3);
      r += 4;
    }
    lastRow = r - 1;
  }
  for (let c = A; c <= D; c++) b.column(c, 24);
  b.column(PARTY_COL.id, 8, true);
  b.freeze(PARTY_ROW.title + 1, 0);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(D)}${lastRow + 1}` },
    { headerRow: PARTY_ROW.title, firstRow: PARTY_ROW.firstHead, columns: { text: A, id: PARTY_COL.id } },
  );
}
