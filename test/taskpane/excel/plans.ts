/** Hand-built sheet plans for the adapter's tests (src/sheet/types.ts), any number of rows. */
import type { CellStyle, PlanCell, SheetPlan, StyleName } from '../../../src/sheet/types';

export const TEST_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, horizontal: 'center' },
  subtitle: { italic: true },
  header: { bold: true, fill: '#D9E2F3', horizontal: 'center', vertical: 'center', wrap: true, border: true },
  section: { bold: true, fill: '#EDEDED', border: true },
  group: { bold: true, border: true },
  criterion: { wrap: true, vertical: 'top', border: true },
  method: { italic: true, fontColor: '#404040' },
  input: { fill: '#FFF2CC', border: true },
  inputHeader: { bold: true, fill: '#FFE699' },
  computed: { fill: '#E2EFDA', horizontal: 'right', border: true },
  total: { bold: true, fill: '#C6E0B4' },
  label: { italic: true, fontColor: '#595959' },
  marker: { fontColor: '#FFFFFF', fontSize: 8 },
  plain: {},
};

/**
 * Row 1 title (merged A1:E1), row 2 headers, then criteria: A id (text "k.1"), B text (a note on every third),
 * C max points, D the user's self score (input), E a formula (hidden column).
 */
export function handPlan(rows: number): SheetPlan {
  const grid: (PlanCell | undefined)[][] = [
    [{ value: 'BẢNG TỰ CHẤM ĐIỂM', style: 'title' }, undefined, undefined, undefined, undefined],
    ['STT', 'Nội dung', 'Điểm tối đa', 'Tự chấm', 'Tỷ lệ'].map((value): PlanCell => ({ value, style: 'header' })),
  ];
  for (let r = 2; r < rows; r++) {
    const n = r - 1;
    const x = r + 1;
    grid.push([
      { value: `${n}.1`, style: 'criterion' },
      { value: `Tiêu chí ${n}`, style: 'criterion', ...(n % 3 === 0 ? { note: `Ghi chú ${n}` } : {}) },
      { value: 2, style: 'computed', numberFormat: '0.00' },
      { value: null, style: 'input', input: true },
      { formula: `=IF(D${x}="","",D${x}/C${x})`, style: 'computed', numberFormat: '0%' },
    ]);
  }
  return {
    templateId: 'test',
    sheetName: 'Tự chấm',
    title: { vi: 'Bảng tự chấm', en: 'Self-assessment' },
    grid,
    merges: ['A1:E1'],
    validations: [{ range: `D3:D${rows}`, list: [0, 0.5, 1, 2], prompt: 'Chọn điểm', error: 'Điểm không hợp lệ' }],
    columns: [{ width: 6 }, { width: 50 }, { width: 10 }, { width: 10 }, { width: 10, hidden: true }],
    frozen: { rows: 2, columns: 2 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:D${rows}`, titleRows: '$2:$2' },
    styles: TEST_STYLES,
    layout: { headerRow: 1, firstRow: 2, columns: { id: 0, title: 1, max: 2, self: 3 }, rowOf: {} },
  };
}
