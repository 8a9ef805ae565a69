/**
 * The Decree 90 annual rating forms as printable sheets (seed 003: Mẫu số 02 công chức, Mẫu số 03 viên chức): the
 * header (cơ quan, quốc hiệu), the title, the person, then each field of the form as a title row followed by a tall
 * merged input cell. No points: only II.2 and IV.2 pick one of the four quality levels.
 */
import type { Criterion, Framework } from '../../scoring';
import { ND90_LEVEL_CHOICES } from '../../scoring/frameworks/nd90';
import { columnLetter } from '../a1';
import type { Details, SheetPlan } from '../types';
import { PlanBuilder } from './builder';
import { sheetNameFor } from './framework';

/** Columns: the form spans A:D; the field ids sit in a hidden column for reading back. */
export const ND90_COL = { first: 0, last: 3, id: 4 } as const;
export const ND90_ROW = { agency: 0, motto: 1, form: 2, title: 3, year: 4, name: 5, post: 6, unit: 7, first: 9 } as const;
/** Head cells [row, col]. */
export const ND90_CELL = {
  agency: [ND90_ROW.agency, 0],
  year: [ND90_ROW.year, 1],
  name: [ND90_ROW.name, 1],
  post: [ND90_ROW.post, 1],
  unit: [ND90_ROW.unit, 1],
} as const;
/** Rows of a written-answer cell (merged A:D); a level field is one row. */
export const ANSWER_ROWS = 4;

const FORM: Readonly<Record<string, { number: string; title: string; post: string }>> = {
  'nd90-m02': { number: 'Mẫu số 02', title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC', post: 'Chức vụ, chức danh:' },
  'nd90-m03': { number: 'Mẫu số 03', title: 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC', post: 'Chức danh nghề nghiệp:' },
};

/** "1", "II.1", "IV.2" → the number the form prints in its part: "1.", "1.", "2.". */
const printedNumber = (id: string): string => `${id.split('.').pop()}.`;

/** "....., ngày....tháng....năm.... NGƯỜI TỰ NHẬN XÉT (Ký, ghi rõ họ tên)" laid out on three lines as printed. */
const signatureText = (note: string): string => note.replace(/\.\.\.\. (?=[A-ZĐ])/, '....\n').replace(/ \(Ký/, '\n(Ký');

export const isLevelField = (node: Criterion): boolean =>
  ((node.rule?.params as { choices?: readonly string[] } | undefined)?.choices?.length ?? 0) > 0;

export function planNd90(fw: Framework, details: Details = {}): SheetPlan {
  const form = FORM[fw.id]!;
  // Annual forms: the sheet is named by the year only.
  const b = new PlanBuilder(fw.id, fw.title, sheetNameFor(fw.id, { ...details, month: undefined }));
  const { first: A, last: D } = ND90_COL;
  const full = (row: number, cell: Parameters<PlanBuilder['set']>[2]) => {
    b.set(row, A, cell);
    for (let c = A + 1; c <= D; c++) b.set(row, c, { value: '', ...(cell.style ? { style: cell.style } : {}) });
    b.merge(row, A, row, D);
  };

  b.set(ND90_ROW.agency, 0, { value: '', style: 'input', input: true, note: 'TÊN CƠ QUAN, TỔ CHỨC, ĐƠN VỊ' }).set(ND90_ROW.agency, 1, { value: '', style: 'input' }).merge(ND90_ROW.agency, 0, ND90_ROW.agency, 1);
  b.set(ND90_ROW.motto, 0, { value: '(Tên cơ quan, tổ chức, đơn vị)', style: 'subtitle' }).merge(ND90_ROW.motto, 0, ND90_ROW.motto, 1);
  b.set(ND90_ROW.agency, 2, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(ND90_ROW.agency, 2, ND90_ROW.agency, 3);
  b.set(ND90_ROW.motto, 2, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(ND90_ROW.motto, 2, ND90_ROW.motto, 3);
  b.set(ND90_ROW.form, 3, { value: form.number, style: 'subtitle', note: fw.remarks?.join('\n') });
  full(ND90_ROW.title, { value: form.title, style: 'title' });

  const field = (at: readonly [number, number], label: string, value: string | number | null, merge: boolean, numberFormat?: string) => {
    const [r, c] = at;
    b.set(r, c - 1, { value: label, style: 'label' });
    b.set(r, c, { value, style: 'input', input: true, ...(numberFormat ? { numberFormat } : {}) });
    if (merge) {
      for (let k = c + 1; k <= D; k++) b.set(r, k, { value: '', style: 'input' });
      b.merge(r, c, r, D);
    }
  };
  field(ND90_CELL.year, 'Năm:', details.year ?? null, false, '0');
  field(ND90_CELL.name, 'Họ và tên:', details.name ?? '', true);
  field(ND90_CELL.post, form.post, details.post ?? '', true);
  field(ND90_CELL.unit, 'Đơn vị công tác:', details.unit ?? '', true);

  let r = ND90_ROW.first;
  let lastRow = r;
  const answer = (node: Criterion) => {
    b.rowOf[node.id] = r;
    b.set(r, ND90_COL.id, { value: node.id, style: 'plain' });
    full(r, { value: `${printedNumber(node.id)} ${node.title}:`, style: 'group', note: node.idNote });
    r++;
    if (isLevelField(node)) {
      full(r, { value: null, style: 'input', input: true, note: 'Chọn một trong bốn mức xếp loại chất lượng.' });
      b.validate(r, A, ND90_LEVEL_CHOICES, 'Chọn một trong bốn mức xếp loại chất lượng.', 'Chọn một trong bốn mức xếp loại chất lượng.');
      r++;
      if (node.method) full(r++, { value: node.method, style: 'method' });
      return;
    }
    b.set(r, A, { value: null, style: 'input', input: true });
    for (let rr = r; rr < r + ANSWER_ROWS; rr++) for (let c = A; c <= D; c++) if (rr !== r || c !== A) b.set(rr, c, { value: '', style: 'input' });
    b.merge(r, A, r + ANSWER_ROWS - 1, D);
    r += ANSWER_ROWS;
    lastRow = r - 1;
  };
  const signature = (note: string | undefined) => {
    if (!note) return;
    r++;
    b.set(r, 2, { value: signatureText(note), style: 'subtitle' });
    for (let k = 1; k <= 2; k++) b.set(r + k, 2, { value: '', style: 'subtitle' });
    b.merge(r, 2, r + 2, 3);
    lastRow = r + 2;
    r += 4;
  };

  for (const part of fw.criteria) {
    const notes = part.notes ?? [];
    if (part.children?.length) {
      // "(Phần dành cho cấp có thẩm quyền đánh giá)" is printed beside the title of part IV.
      const aside = notes.find((n) => n.startsWith('('));
      b.rowOf[part.id] = r;
      b.set(r, ND90_COL.id, { value: part.id, style: 'plain' });
      full(r++, { value: `${part.id}. ${part.title}${aside ? ` ${aside}` : ''}`, style: 'section' });
      for (const child of part.children) {
        const leadersOnly = child.notes?.[0];
        if (leadersOnly && child.id === '7') {
          full(r++, { value: leadersOnly, style: 'section', note: 'Mục 7–9 chỉ điền đối với người giữ chức vụ lãnh đạo, quản lý.' });
        }
        answer(child);
      }
      signature(notes.find((n) => n.startsWith('.....')));
      continue;
    }
    // Part III: a single written field with its own note and signature.
    b.rowOf[part.id] = r;
    b.set(r, ND90_COL.id, { value: part.id, style: 'plain' });
    full(r++, { value: `${part.id}. ${part.title}`, style: 'section' });
    const intro = notes.find((n) => !n.startsWith('.....'));
    if (intro) full(r++, { value: intro, style: 'method' });
    b.set(r, A, { value: null, style: 'input', input: true });
    for (let rr = r; rr < r + ANSWER_ROWS; rr++) for (let c = A; c <= D; c++) if (rr !== r || c !== A) b.set(rr, c, { value: '', style: 'input' });
    b.merge(r, A, r + ANSWER_ROWS - 1, D);
    r += ANSWER_ROWS;
    signature(notes.find((n) => n.startsWith('.....')));
  }

  for (let c = A; c <= D; c++) b.column(c, 24);
  b.column(ND90_COL.id, 8, true);
  b.freeze(ND90_ROW.title + 1, 0);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(D)}${lastRow + 1}` },
    { headerRow: ND90_ROW.title, firstRow: ND90_ROW.first, columns: { text: A, id: ND90_COL.id } },
  );
}
