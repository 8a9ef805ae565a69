/**
 * The monthly work plan (kế hoạch công tác tháng, seed 004 phần III §1–§2 and phần IV bước 1): one row a product or
 * task converted to standard units (sản phẩm/công việc quy đổi), from which the quantity a, quality b and timeliness c
 * of the KPI result follow (DOMAIN.md rule 11). The same block sits under each monthly form (hn-m01…hn-m04) and
 * alone, with more rows, as the hn-tasks template.
 */
import { msg } from '../../scoring';
import { a1, columnLetter, range } from '../a1';
import type { Details, SheetPlan } from '../types';
import { PlanBuilder } from './builder';
import { sheetNameFor } from './framework';

/** Columns of the work plan block (0-based): A–H, the official printed width of the monthly forms. */
export const WORK_COL = {
  stt: 0,
  product: 1,
  coefficient: 2,
  assigned: 3,
  completed: 4,
  failedReviews: 5,
  delays: 6,
  excused: 7,
} as const;

/** Header text of the product column: the reader finds the block by it (column B, with "STT" in column A). */
export const WORK_PRODUCT_HEADER = 'Sản phẩm/công việc';
export const WORK_STT_HEADER = 'STT';
export const WORK_TITLE = 'KẾ HOẠCH CÔNG TÁC THÁNG (sản phẩm/công việc quy đổi)';

const WORK_HEADERS: readonly [number, string, string][] = [
  [WORK_COL.stt, WORK_STT_HEADER, ''],
  [WORK_COL.product, WORK_PRODUCT_HEADER, 'Sản phẩm/công việc được giao trong tháng (kế hoạch công tác tháng, lịch công tác tuần), kể cả việc đột xuất, phát sinh.'],
  [WORK_COL.coefficient, 'Hệ số quy đổi (k)', 'Hệ số quy đổi về đơn vị sản phẩm/công việc chuẩn của đơn vị (Kế hoạch đánh giá hằng tháng, phần III mục 1.3). Để trống = 1.'],
  [WORK_COL.assigned, 'Số được giao', 'Số sản phẩm/công việc được giao trong tháng (chưa nhân hệ số).'],
  [WORK_COL.completed, 'Số hoàn thành', 'Số sản phẩm/công việc đã hoàn thành (không lớn hơn số được giao).'],
  [WORK_COL.failedReviews, 'Số lần không đạt chất lượng', 'Mỗi lần đánh giá chưa đạt chất lượng trừ 25% điểm chất lượng của sản phẩm/công việc đó (phần III mục 2.2b).'],
  [WORK_COL.delays, 'Số lần chậm tiến độ', 'Mỗi lần chậm tiến độ trừ 25% điểm tiến độ của sản phẩm/công việc đó (phần III mục 2.2c).'],
  [WORK_COL.excused, 'Nguyên nhân khách quan (x)', 'Ghi "x" khi sai sót, chậm trễ do nguyên nhân khách quan được cấp có thẩm quyền xác nhận: không trừ điểm chất lượng, tiến độ.'],
];

/** Where a placed work plan block put its cells (0-based). */
export interface WorkPlanPlacement {
  readonly titleRow: number;
  /** The a, b, c result cells (column C), then the KPI% cell when asked for. */
  readonly quantity: { readonly row: number; readonly col: number };
  readonly quality: { readonly row: number; readonly col: number };
  readonly timeliness: { readonly row: number; readonly col: number };
  readonly kpi?: { readonly row: number; readonly col: number };
  readonly headerRow: number;
  readonly firstItem: number;
  readonly lastItem: number;
}

/** Column of the a, b, c (and KPI%) result cells, in the rows between the title and the header. */
export const RESULT_COL = WORK_COL.coefficient;

/**
 * Writes the work plan block from row `start`: a title row, the results a, b, c (and KPI% = (a+b+c)/3 when `withKpi`),
 * the column headers, then `items` blank input rows. The results are custom-function formulas over the whole columns
 * of the block, blank while no row holds a number.
 */
export function placeWorkPlan(b: PlanBuilder, start: number, items: number, withKpi = false): WorkPlanPlacement {
  const last = WORK_COL.excused;
  b.set(start, 0, { value: WORK_TITLE, style: 'section', note: 'Kế hoạch đánh giá hằng tháng, phần III mục 2.2 và phần IV bước 1: căn cứ xác định số lượng (a), chất lượng (b), tiến độ (c).' });
  for (let c = 1; c <= last; c++) b.set(start, c, { value: '', style: 'section' });
  b.merge(start, 0, start, last);

  const resultRows = withKpi ? 4 : 3;
  const headerRow = start + 1 + resultRows;
  const firstItem = headerRow + 1;
  const lastItem = firstItem + items - 1;
  const col = (c: number) => range(firstItem, c, lastItem, c);
  const completed = col(WORK_COL.completed);
  const assigned = col(WORK_COL.assigned);
  const coefficients = col(WORK_COL.coefficient);
  const excused = col(WORK_COL.excused);
  const blank = `COUNT(${assigned},${completed})=0`;
  const results: [string, string, string][] = [
    ['Số lượng (a) = Σ k × số hoàn thành / Σ k × số được giao', `=IF(${blank},"",KPI.QUANTITY(${completed},${assigned},${coefficients}))`, 'Kế hoạch đánh giá hằng tháng, phần III mục 2.2a.'],
    ['Chất lượng (b): mỗi lần không đạt trừ 25% của sản phẩm đó', `=IF(${blank},"",KPI.QUALITY(${completed},${assigned},${col(WORK_COL.failedReviews)},${coefficients},${excused}))`, 'Kế hoạch đánh giá hằng tháng, phần III mục 2.2b.'],
    ['Tiến độ (c): mỗi lần chậm trừ 25% của sản phẩm đó', `=IF(${blank},"",KPI.TIMELINESS(${completed},${assigned},${col(WORK_COL.delays)},${coefficients},${excused}))`, 'Kế hoạch đánh giá hằng tháng, phần III mục 2.2c.'],
  ];
  const cells = results.map(([label, formula, note], i) => {
    const row = start + 1 + i;
    b.set(row, WORK_COL.product, { value: label, style: 'label' });
    b.set(row, RESULT_COL, { formula, style: 'computed', numberFormat: '0.00%', note });
    return { row, col: RESULT_COL };
  });
  let kpi: WorkPlanPlacement['kpi'];
  if (withKpi) {
    const row = start + 4;
    const [qa, qb, qc] = cells.map((c) => a1(c.row, c.col));
    b.set(row, WORK_COL.product, { value: 'Kết quả KPI = (a + b + c) / 3 (cán bộ lãnh đạo, quản lý cộng thêm d, đ, e ở phiếu tháng)', style: 'label' });
    b.set(row, RESULT_COL, {
      formula: `=IF(COUNT(${qa},${qb},${qc})<3,"",KPI.RESULT(${qa},${qb},${qc}))`,
      style: 'total',
      numberFormat: '0.00%',
      note: 'Kế hoạch đánh giá hằng tháng, phần III mục 4.1: (a + b + c) / 3. Người giữ chức vụ lãnh đạo, quản lý: (a + b + c + d + đ + e) / 6 (mục 4.2), tính ở phiếu tự đánh giá tháng.',
    });
    kpi = { row, col: RESULT_COL };
  }

  for (const [c, h, note] of WORK_HEADERS) b.set(headerRow, c, { value: h, style: 'header', ...(note ? { note } : {}) });
  for (let i = 0; i < items; i++) {
    const row = firstItem + i;
    b.set(row, WORK_COL.stt, { value: i + 1, style: 'criterion' });
    b.set(row, WORK_COL.product, { value: null, style: 'input', input: true });
    b.set(row, WORK_COL.coefficient, { value: null, style: 'input', input: true });
    b.set(row, WORK_COL.assigned, { value: null, style: 'input', input: true });
    b.set(row, WORK_COL.completed, { value: null, style: 'input', input: true });
    b.set(row, WORK_COL.failedReviews, { value: null, style: 'input', input: true, numberFormat: '0' });
    b.set(row, WORK_COL.delays, { value: null, style: 'input', input: true, numberFormat: '0' });
    b.set(row, WORK_COL.excused, { value: null, style: 'input', input: true });
    b.validate(row, WORK_COL.excused, ['x'], 'Ghi "x" khi có nguyên nhân khách quan được cấp có thẩm quyền xác nhận.');
  }
  return { titleRow: start, quantity: cells[0]!, quality: cells[1]!, timeliness: cells[2]!, ...(kpi ? { kpi } : {}), headerRow, firstItem, lastItem };
}

/** Column widths of the A–H block (the monthly forms set their own for A–F and reuse these for G, H). */
export const WORK_WIDTHS: readonly [number, number][] = [
  [WORK_COL.stt, 8], [WORK_COL.product, 50], [WORK_COL.coefficient, 10], [WORK_COL.assigned, 10], [WORK_COL.completed, 10],
  [WORK_COL.failedReviews, 14], [WORK_COL.delays, 11], [WORK_COL.excused, 13],
];

/** Rows of the hn-tasks head block (0-based). */
export const TASKS_ROW = { title: 0, subtitle: 1, name: 2, post: 3, unit: 4, plan: 5 } as const;
/** Head cells of hn-tasks: [row, col]. */
export const TASKS_CELL = {
  name: [TASKS_ROW.name, 1],
  post: [TASKS_ROW.post, 1],
  unit: [TASKS_ROW.unit, 1],
  month: [TASKS_ROW.name, 4],
  year: [TASKS_ROW.post, 4],
} as const;
export const TASKS_ITEMS = 40;

/** hn-tasks: the standalone monthly work plan, its a, b, c and KPI% at the top (within the head block). */
export function planTasks(details: Details = {}): SheetPlan {
  const b = new PlanBuilder('hn-tasks', msg('Kế hoạch công tác tháng (a, b, c, KPI)', 'Monthly work plan (a, b, c, KPI)'), sheetNameFor('hn-tasks', details));
  const last = WORK_COL.excused;
  b.set(TASKS_ROW.title, 0, { value: 'KẾ HOẠCH CÔNG TÁC THÁNG', style: 'title' }).merge(TASKS_ROW.title, 0, TASKS_ROW.title, last);
  b.set(TASKS_ROW.subtitle, 0, {
    value: '(Sản phẩm/công việc quy đổi: căn cứ tính số lượng a, chất lượng b, tiến độ c của tiêu chí II — Kế hoạch đánh giá hằng tháng, phần III)',
    style: 'subtitle',
  }).merge(TASKS_ROW.subtitle, 0, TASKS_ROW.subtitle, last);
  placeHeadField(b, TASKS_CELL.name, 'Họ và tên:', details.name ?? '');
  placeHeadField(b, TASKS_CELL.post, 'Chức vụ/chức danh:', details.post ?? '');
  placeHeadField(b, TASKS_CELL.unit, 'Đơn vị:', details.unit ?? '');
  placeHeadField(b, TASKS_CELL.month, 'Tháng:', details.month ?? null, '0');
  placeHeadField(b, TASKS_CELL.year, 'Năm:', details.year ?? null, '0');
  const placed = placeWorkPlan(b, TASKS_ROW.plan, TASKS_ITEMS, true);
  for (const [c, w] of WORK_WIDTHS) b.column(c, w);
  b.freeze(placed.headerRow + 1, 0);
  return b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(last)}${placed.lastItem + 1}`, titleRows: `$${placed.headerRow + 1}:$${placed.headerRow + 1}` },
    {
      headerRow: placed.headerRow,
      firstRow: placed.firstItem,
      columns: { ...WORK_COL },
    },
  );
}

/**
 * A labelled input of a head block: the label one column left of the value (or in C:D, merged, for values in E),
 * the value an input cell the summary reads back.
 */
export function placeHeadField(
  b: PlanBuilder,
  [row, col]: readonly [number, number],
  label: string,
  value: string | number | null,
  numberFormat?: string,
): void {
  if (col === 4) b.set(row, 2, { value: label, style: 'label' }).set(row, 3, { value: '', style: 'label' }).merge(row, 2, row, 3);
  else b.set(row, col - 1, { value: label, style: 'label' });
  b.set(row, col, { value, style: 'input', input: true, ...(numberFormat ? { numberFormat } : {}) });
}
