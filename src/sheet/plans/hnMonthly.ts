/**
 * The monthly self-assessment of one person on a Hà Nội framework (seed 004, Phụ lục 1, Mẫu số 01–04): a head block
 * with the person and the results the unit summary (Mẫu 1A) reads, the official table TT · TIÊU CHÍ · ĐIỂM TỐI ĐA ·
 * GHI CHÚ with the add-in's deduction and self-score columns between (visibly marked), the KPI inputs of row II to the
 * right, and the monthly work plan (a, b, c) below. A user's monthly framework (issue 12, userTemplate.ts) is planned
 * here too: group I is its non-KPI top-level row, row II and the head's total use its KPI row's maximum.
 */
import { flatten, type Criterion, type Framework } from '../../scoring';
import { GRADES } from '../../scoring/grades';
import { a1, columnLetter } from '../a1';
import type { Details, SheetPlan } from '../types';
import { PlanBuilder, str } from './builder';
import { OFFICIAL_TEXTS, sheetNameFor } from './framework';
import { placeHeadField, placeWorkPlan, WORK_WIDTHS } from './hnTasks';

/** Rows of the head block and the table (0-based). */
export const HN_ROW = { title: 0, subtitle: 1, name: 2, post: 3, unit: 4, total: 5, grade: 6, selfGrade: 7, header: 8, first: 9 } as const;

/** Head cells, [row, col] 0-based: what person() and the check read. */
export const HN_CELL = {
  name: [HN_ROW.name, 1],
  post: [HN_ROW.post, 1],
  unit: [HN_ROW.unit, 1],
  month: [HN_ROW.name, 4],
  year: [HN_ROW.post, 4],
  isHead: [HN_ROW.unit, 4],
  total: [HN_ROW.total, 1],
  deadline: [HN_ROW.total, 4],
  grade: [HN_ROW.grade, 1],
  kpi: [HN_ROW.grade, 4],
  selfGrade: [HN_ROW.selfGrade, 1],
  // The add-in's own fields, right of the printed area (labels in J, values in K:M).
  dutyGroup: [HN_ROW.name, 10],
  category: [HN_ROW.post, 10],
  review: [HN_ROW.unit, 10],
  decidedGrade: [HN_ROW.total, 10],
  override: [HN_ROW.grade, 10],
  overrideBasis: [HN_ROW.selfGrade, 10],
} as const;

/** Mẫu 03 is for "CBCCVC không giữ chức vụ lãnh đạo, quản lý; lao động hợp đồng thực hiện chuyên môn, nghiệp vụ" (seed 004, Phụ lục 1). */
export const CATEGORY_CHOICES = ['Công chức', 'Viên chức', 'Lao động hợp đồng'] as const;
export const CONTRACT_CATEGORY = 'Lao động hợp đồng';
const BUILT_IN_FORMS: ReadonlySet<string> = new Set(['hn-m01', 'hn-m02', 'hn-m03', 'hn-m04']);
/**
 * Whether the form asks "Đối tượng" (section II or III of Mẫu 1A): Mẫu 03, and any staff form of a user's monthly
 * framework (issue 12), whose section its id cannot tell.
 */
export const hasCategory = (fw: Framework): boolean => fw.id === 'hn-m03' || (!BUILT_IN_FORMS.has(fw.id) && !isLeaderForm(fw));

/**
 * DOMAIN.md Overrides (Nghị định 335/2025/NĐ-CP, cited by seed 004; also 48/2023): whatever the score, the person is
 * "Không hoàn thành nhiệm vụ" when one of these is recorded; the third applies to leaders only.
 */
export const OVERRIDE_DISCIPLINE = 'Bị kỷ luật từ khiển trách trở lên trong kỳ';
export const OVERRIDE_DEGRADATION = 'Có kết luận suy thoái về tư tưởng chính trị, đạo đức, lối sống';
export const OVERRIDE_CORRUPTION = 'Để xảy ra tham nhũng trong cơ quan, đơn vị phụ trách';
export const overrideChoices = (leader: boolean): readonly string[] =>
  leader ? [OVERRIDE_DISCIPLINE, OVERRIDE_DEGRADATION, OVERRIDE_CORRUPTION] : [OVERRIDE_DISCIPLINE, OVERRIDE_DEGRADATION];

/** Label column of the add-in's own head fields, and the last column their values span. */
export const HN_EXTRA_LABEL_COL = 9;
export const HN_EXTRA_END_COL = 12;

/** Table columns (0-based). GHI CHÚ spans F:H so the work plan below fits the same printed width. */
export const HN_COL = { id: 0, title: 1, max: 2, deduction: 3, self: 4, note: 5, noteEnd: 7, firstKpi: 9 } as const;
export const kpiLabelCol = (i: number): number => HN_COL.firstKpi + 2 * i;
export const kpiValueCol = (i: number): number => HN_COL.firstKpi + 2 * i + 1;

/** Rows of the work plan under each monthly form. */
export const MONTHLY_WORK_ITEMS = 15;

export const HEAD_YES = 'Có';
export const HEAD_NO = 'Không';
export const LEADER_PART_CHOICES = ['100%', '50%'] as const;
export const GRADE_CHOICES: readonly string[] = GRADES.map((g) => g.name.vi);

/** The KPI parts of row II, in KPI.RESULT's order: a, b, c, then d, đ, e for leaders (Mẫu 01/02). */
export interface KpiPart {
  readonly key: 'a' | 'b' | 'c' | 'd' | 'dd' | 'e';
  readonly label: string;
}
export const KPI_PARTS: readonly KpiPart[] = [
  { key: 'a', label: 'Số lượng (a)' },
  { key: 'b', label: 'Chất lượng (b)' },
  { key: 'c', label: 'Tiến độ (c)' },
  { key: 'd', label: 'Kết quả hoạt động của đơn vị (d)' },
  { key: 'dd', label: 'Khả năng tổ chức triển khai (đ)' },
  { key: 'e', label: 'Năng lực tập hợp, đoàn kết (e)' },
];

/** Mẫu 01 and 02 are the leaders' forms: KPI of six parts, and the "cấp trưởng" choice. */
export const isLeaderForm = (fw: Framework): boolean => {
  const kpi = fw.criteria.find((c) => c.rule?.kind === 'kpiResult');
  return (kpi?.rule?.params as { leader?: boolean } | undefined)?.leader === true;
};
export const kpiNode = (fw: Framework): Criterion => fw.criteria.find((c) => c.rule?.kind === 'kpiResult')!;
/** Group I: the built-ins' "I"; a user's monthly framework (issue 12) has one other top-level node beside the KPI. */
export const generalNode = (fw: Framework): Criterion => fw.criteria.find((c) => c.rule?.kind !== 'kpiResult')!;
export const partsOf = (fw: Framework): readonly KpiPart[] => KPI_PARTS.slice(0, isLeaderForm(fw) ? 6 : 3);
/** Column of the KPI% (label, value) pair: right after the last part. */
export const kpiPercentCols = (fw: Framework): { label: number; value: number } => {
  const n = partsOf(fw).length;
  return { label: kpiLabelCol(n), value: kpiValueCol(n) };
};

const FORM_NUMBER = (fw: Framework): string => fw.id.replace(/^hn-m/, '');

/** What a user's monthly framework (issue 12) prints instead of a built-in's form number. */
export interface MonthlyOptions {
  readonly subtitle?: string;
  /** The grade of the head's total, when the framework's bands are not seed 004's (KPI.GRADE's). */
  readonly grade?: (totalCell: string) => string;
  /** The "Đối tượng" a new form starts with (Công chức unless the framework is for contract workers). */
  readonly category?: (typeof CATEGORY_CHOICES)[number];
}

const num = (x: number): string => String(Number(x.toPrecision(15)));

export function planMonthly(fw: Framework, details: Details = {}, options: MonthlyOptions = {}): SheetPlan {
  const b = new PlanBuilder(fw.id, fw.title, sheetNameFor(fw.id, details));
  const last = HN_COL.noteEnd;
  const leader = isLeaderForm(fw);
  const parts = partsOf(fw);
  const pct = kpiPercentCols(fw);

  b.set(HN_ROW.title, 0, { value: 'PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI HẰNG THÁNG', style: 'title' }).merge(HN_ROW.title, 0, HN_ROW.title, last);
  b.set(HN_ROW.subtitle, 0, {
    value: options.subtitle ?? `Mẫu số ${FORM_NUMBER(fw)} (Phụ lục 1 kèm theo ${OFFICIAL_TEXTS.monthly}) — ${fw.audience.vi}`,
    style: 'subtitle',
    note: fw.remarks?.join('\n'),
  }).merge(HN_ROW.subtitle, 0, HN_ROW.subtitle, last);

  placeHeadField(b, HN_CELL.name, 'Họ và tên:', details.name ?? '');
  placeHeadField(b, HN_CELL.post, 'Chức vụ/chức danh:', details.post ?? '');
  placeHeadField(b, HN_CELL.unit, 'Đơn vị:', details.unit ?? '');
  placeHeadField(b, HN_CELL.month, 'Tháng:', details.month ?? null, '0');
  placeHeadField(b, HN_CELL.year, 'Năm:', details.year ?? null, '0');
  if (leader) {
    const [r, c] = HN_CELL.isHead;
    placeHeadField(b, HN_CELL.isHead, 'Cấp trưởng (Có/Không):', HEAD_NO);
    b.set(r, c, {
      ...b.get(r, c),
      note: 'Cấp trưởng các phòng, ban, đơn vị do cấp trên đánh giá, xếp loại: ở Mẫu 1A để trống các ô 5–8 và không tính vào tỷ lệ loại A (Kế hoạch đánh giá hằng tháng, Phụ lục 3, Lưu ý).',
    });
    b.validate(r, c, [HEAD_YES, HEAD_NO], 'Có: cấp trưởng của phòng, ban, đơn vị (cấp trên xếp loại).');
  }

  // The add-in's own fields (not printed): duty group, category, the reviewer's comment and the authority's decision
  // (seed 004 phần IV, bước 3–4), overrides (DOMAIN.md).
  const extra = (at: readonly [number, number], label: string, value: string | null, note: string, choices?: readonly string[], error?: string) => {
    const [r, c] = at;
    b.set(r, HN_EXTRA_LABEL_COL, { value: label, style: 'label' });
    b.set(r, c, { value, style: 'input', input: true, note });
    for (let k = c + 1; k <= HN_EXTRA_END_COL; k++) b.set(r, k, { value: '', style: 'input' });
    b.merge(r, c, r, HN_EXTRA_END_COL);
    if (choices) b.validate(r, c, choices, note, error);
  };
  extra(
    HN_CELL.dutyGroup,
    'Nhóm nhiệm vụ tương đồng:',
    null,
    'Tỷ lệ loại A (không quá 20% số loại B) áp dụng trong cả đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng (Kế hoạch đánh giá hằng tháng, mục II.3.2). Để trống: cả đơn vị là một nhóm.',
  );
  if (hasCategory(fw)) {
    extra(
      HN_CELL.category,
      'Đối tượng:',
      options.category ?? CATEGORY_CHOICES[0],
      'Công chức, viên chức: mục II của Mẫu 1A; lao động hợp đồng thực hiện chuyên môn, nghiệp vụ: mục III "Lao động hợp đồng".',
      CATEGORY_CHOICES,
      'Chọn Công chức, Viên chức hoặc Lao động hợp đồng.',
    );
  }
  extra(HN_CELL.review, 'Nhận xét của người phụ trách trực tiếp:', null, 'Cấp có thẩm quyền nhận xét, cho ý kiến trước ngày 26 hằng tháng (Kế hoạch đánh giá hằng tháng, phần IV, bước 3).');
  extra(
    HN_CELL.decidedGrade,
    'Cấp có thẩm quyền quyết định xếp loại:',
    null,
    'Mức xếp loại do cấp có thẩm quyền quyết định trước ngày 28 hằng tháng (Kế hoạch đánh giá hằng tháng, phần IV, bước 4). Mẫu 1A dùng mức này khi đã ghi; chưa ghi thì dùng mức đề xuất theo điểm.',
    GRADE_CHOICES,
    'Chọn một trong bốn mức xếp loại.',
  );
  extra(
    HN_CELL.override,
    'Không hoàn thành nhiệm vụ do:',
    null,
    'Dù điểm bao nhiêu, xếp loại "Không hoàn thành nhiệm vụ" khi bị kỷ luật từ khiển trách trở lên, có kết luận suy thoái' +
      (leader ? ', hoặc để xảy ra tham nhũng trong đơn vị phụ trách' : '') +
      ' (Nghị định 335/2025/NĐ-CP). Để trống nếu không có.',
    overrideChoices(leader),
    'Chọn một lý do trong danh sách, hoặc để trống.',
  );
  extra(HN_CELL.overrideBasis, 'Căn cứ (quyết định, kết luận số, ngày):', null, 'Ghi căn cứ của lý do "Không hoàn thành nhiệm vụ" ở ô trên.');

  // Table rows first, so the head's formulas can name their cells.
  const placed = flatten(fw);
  placed.forEach((p, i) => (b.rowOf[p.node.id] = HN_ROW.first + i));
  const rowOf = (id: string) => b.rowOf[id]!;
  const totalRow = HN_ROW.first + placed.length;
  const work = placeWorkPlan(b, totalRow + 2, MONTHLY_WORK_ITEMS);
  const iRow = rowOf(generalNode(fw).id);
  const kpi = kpiNode(fw);
  const iiRow = rowOf(kpi.id);
  const kpiCell = a1(iiRow, pct.value);
  const totalCell = a1(...HN_CELL.total);
  // KPI.MONTHLY is seed 004's 30 + KPI × 70; a user's framework with other maxima adds its own (issue 12).
  const kpiMax = kpi.maxPoints ?? 70;
  const seedShape = kpiMax === 70 && (generalNode(fw).maxPoints ?? 0) <= 30;

  // Results in the head block (read by the unit summary and shown at the top of the printed page).
  b.set(HN_ROW.total, 0, { value: 'Tổng điểm:', style: 'label' });
  b.set(...HN_CELL.total, {
    formula: seedShape
      ? `=IF(ISNUMBER(${kpiCell}),KPI.MONTHLY(${a1(iRow, HN_COL.self)},${kpiCell}),"")`
      : `=IF(ISNUMBER(${kpiCell}),ROUND(${a1(iRow, HN_COL.self)}+${kpiCell}*${num(kpiMax)},2),"")`,
    style: 'total',
    numberFormat: '0.00',
    note: 'Điểm tiêu chí chung (I) + kết quả KPI × 70 (Kế hoạch đánh giá hằng tháng, phần III mục 5).',
  });
  b.set(HN_ROW.grade, 0, { value: 'Xếp loại theo điểm:', style: 'label' });
  b.set(...HN_CELL.grade, {
    formula: `=IF(ISNUMBER(${totalCell}),${options.grade ? options.grade(totalCell) : `KPI.GRADE(${totalCell},"name")`},"")`,
    style: 'computed',
    note: 'A từ 90 điểm, B từ 70 đến dưới 90, C từ 50 đến dưới 70, D dưới 50 (Kế hoạch đánh giá hằng tháng, mục II.3.1).',
  });
  b.set(HN_ROW.selfGrade, 0, { value: 'Cá nhân tự xếp loại:', style: 'label' });
  b.set(...HN_CELL.selfGrade, {
    value: null,
    style: 'input',
    input: true,
    note: 'Mức tự xếp loại (cột 4 của Mẫu 1A). Tự đánh giá trước ngày 25 hằng tháng; tháng 12 trước ngày 15/12 (Kế hoạch đánh giá hằng tháng, phần IV).',
  });
  b.validate(HN_CELL.selfGrade[0], HN_CELL.selfGrade[1], GRADE_CHOICES, 'Chọn một trong bốn mức xếp loại.', 'Chọn một trong bốn mức xếp loại.');
  const [monthR, monthC] = HN_CELL.month;
  const [yearR, yearC] = HN_CELL.year;
  const month = a1(monthR, monthC);
  const year = a1(yearR, yearC);
  b.set(HN_ROW.total, 2, { value: 'Hạn tự đánh giá (trước ngày):', style: 'label' }).set(HN_ROW.total, 3, { value: '', style: 'label' }).merge(HN_ROW.total, 2, HN_ROW.total, 3);
  b.set(...HN_CELL.deadline, {
    formula: `=IF(AND(ISNUMBER(${year}),ISNUMBER(${month})),KPI.DEADLINE(${year},${month},${str('self')}),"")`,
    style: 'computed',
    numberFormat: 'dd/mm/yyyy',
    note: 'Tự đánh giá trước ngày 25 hằng tháng; tháng 12 hoàn thành trước ngày 15/12 (Kế hoạch đánh giá hằng tháng, phần IV mục 1).',
  });
  b.set(HN_ROW.grade, 2, { value: 'Kết quả KPI:', style: 'label' }).set(HN_ROW.grade, 3, { value: '', style: 'label' }).merge(HN_ROW.grade, 2, HN_ROW.grade, 3);
  b.set(...HN_CELL.kpi, { formula: `=${kpiCell}`, style: 'computed', numberFormat: '0.00%' });

  // Column headers: official TT · TIÊU CHÍ · ĐIỂM TỐI ĐA · GHI CHÚ; the add-in's deduction and self-score between, marked.
  b.set(HN_ROW.header, HN_COL.id, { value: 'TT', style: 'header' });
  b.set(HN_ROW.header, HN_COL.title, { value: 'TIÊU CHÍ', style: 'header' });
  b.set(HN_ROW.header, HN_COL.max, { value: 'ĐIỂM TỐI ĐA', style: 'header' });
  b.set(HN_ROW.header, HN_COL.deduction, {
    value: 'Điểm trừ',
    style: 'inputHeader',
    note: 'Cột của phần mềm: điểm trừ do thủ trưởng cơ quan, đơn vị quy định theo mức độ vi phạm; không vượt quá điểm tối đa của tiêu chí (Phụ lục 1, mục III "ĐIỂM TRỪ"). Để trống = không trừ.',
  });
  b.set(HN_ROW.header, HN_COL.self, {
    value: 'Điểm tự chấm',
    style: 'inputHeader',
    note: 'Cột của phần mềm: điểm = điểm tối đa − điểm trừ, không âm (KPI.DEDUCT); nhóm = tổng các tiêu chí con; II = kết quả KPI × 70.',
  });
  b.set(HN_ROW.header, HN_COL.note, { value: 'GHI CHÚ (lý do trừ điểm)', style: 'header' });
  for (let c = HN_COL.note + 1; c <= last; c++) b.set(HN_ROW.header, c, { value: '', style: 'header' });
  b.merge(HN_ROW.header, HN_COL.note, HN_ROW.header, last);
  [...parts, { key: 'kpi', label: '' }].forEach((_, i) => {
    b.set(HN_ROW.header, kpiLabelCol(i), {
      value: i < parts.length ? 'Thành phần KPI' : 'Kết quả KPI',
      style: 'inputHeader',
      note: i === 0 ? 'Cột của phần mềm (không in): a, b, c lấy từ Kế hoạch công tác tháng bên dưới, hoặc gõ trực tiếp (ví dụ 95%).' : undefined,
    });
    b.set(HN_ROW.header, kpiValueCol(i), { value: 'Tỷ lệ', style: 'inputHeader' });
  });

  for (const { node, depth } of placed) {
    const row = rowOf(node.id);
    const isParent = (node.children?.length ?? 0) > 0;
    const textStyle = depth === 0 ? 'section' : isParent ? 'group' : 'criterion';
    const titleText = node.method ? `${node.title}\n${node.method}` : node.title;
    b.set(row, HN_COL.id, { value: node.id, style: textStyle, note: node.idNote });
    b.set(row, HN_COL.title, { value: titleText, style: textStyle, note: node.notes?.join('\n') });
    b.set(row, HN_COL.max, { value: node.maxPoints, style: textStyle });
    b.set(row, HN_COL.note, { value: null, style: 'input', input: true });
    for (let c = HN_COL.note + 1; c <= last; c++) b.set(row, c, { value: '', style: 'input' });
    b.merge(row, HN_COL.note, row, last);
    if (isParent) {
      const kids = node.children!.map((c) => a1(rowOf(c.id), HN_COL.self));
      b.set(row, HN_COL.deduction, { value: '', style: textStyle });
      b.set(row, HN_COL.self, { formula: `=SUM(${kids.join(',')})`, style: 'computed', numberFormat: '0.00' });
      continue;
    }
    if (node.rule?.kind === 'cappedDeduction') {
      b.set(row, HN_COL.deduction, { value: null, style: 'input', input: true });
      b.set(row, HN_COL.self, { formula: `=KPI.DEDUCT(${a1(row, HN_COL.max)},${a1(row, HN_COL.deduction)})`, style: 'computed', numberFormat: '0.00' });
      continue;
    }
    // Row II: KPI result × 70, its parts to the right.
    b.set(row, HN_COL.deduction, { value: '', style: textStyle });
    b.set(row, HN_COL.self, {
      formula: `=IF(ISNUMBER(${kpiCell}),ROUND(${kpiCell}*${num(kpiMax)},2),"")`,
      style: 'computed',
      numberFormat: '0.00',
      note: leader
        ? 'Điểm = (a + b + c + d + đ + e) / 6 × 70 (Kế hoạch đánh giá hằng tháng, phần III mục 4.2 và 5).'
        : 'Điểm = (a + b + c) / 3 × 70 (Kế hoạch đánh giá hằng tháng, phần III mục 4.1 và 5).',
    });
    const fromPlan = [work.quantity, work.quality, work.timeliness];
    parts.forEach((part, i) => {
      b.set(row, kpiLabelCol(i), { value: part.label, style: 'label' });
      if (i < 3) {
        b.set(row, kpiValueCol(i), {
          formula: `=${a1(fromPlan[i]!.row, fromPlan[i]!.col)}`,
          style: 'computed',
          numberFormat: '0.00%',
          note: 'Lấy từ Kế hoạch công tác tháng bên dưới. Có thể gõ trực tiếp (ví dụ 95%) thay cho công thức.',
        });
      } else {
        b.set(row, kpiValueCol(i), {
          value: null,
          style: 'input',
          input: true,
          numberFormat: '0%',
          note: 'Chọn 100% hoặc 50% (Kế hoạch đánh giá hằng tháng, phần III mục 3.3).',
        });
        b.validate(row, kpiValueCol(i), LEADER_PART_CHOICES, 'Chọn 100% hoặc 50%.', 'Chỉ có thể là 100% hoặc 50%.');
      }
    });
    const values = parts.map((_, i) => a1(row, kpiValueCol(i)));
    b.set(row, pct.label, { value: leader ? 'KPI = (a+b+c+d+đ+e)/6' : 'KPI = (a+b+c)/3', style: 'label' });
    b.set(row, pct.value, {
      formula: `=IF(COUNT(${values.join(',')})<${values.length},"",KPI.RESULT(${values.join(',')}))`,
      style: 'computed',
      numberFormat: '0.00%',
    });
  }

  // TỔNG ĐIỂM = I + II.
  b.set(totalRow, HN_COL.id, { value: '', style: 'total' });
  b.set(totalRow, HN_COL.title, { value: 'TỔNG ĐIỂM (I + II)', style: 'total' });
  b.set(totalRow, HN_COL.max, { value: fw.totalMax, style: 'total' });
  b.set(totalRow, HN_COL.deduction, { value: '', style: 'total' });
  b.set(totalRow, HN_COL.self, { formula: `=SUM(${a1(iRow, HN_COL.self)},${a1(iiRow, HN_COL.self)})`, style: 'total', numberFormat: '0.00' });
  for (let c = HN_COL.note; c <= last; c++) b.set(totalRow, c, { value: '', style: 'total' });
  b.merge(totalRow, HN_COL.note, totalRow, last);

  const widths: [number, number][] = [
    [HN_COL.id, 10], [HN_COL.title, 50], [HN_COL.max, 9], [HN_COL.deduction, 9], [HN_COL.self, 11],
  ];
  for (const [c, w] of WORK_WIDTHS) b.column(c, w);
  for (const [c, w] of widths) b.column(c, w);
  b.column(last + 1, 2);
  [...parts, null].forEach((_, i) => b.column(kpiLabelCol(i), i < parts.length ? 18 : 22).column(kpiValueCol(i), 10));
  b.freeze(HN_ROW.header + 1, HN_COL.title + 1);
  return b.build(
    {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: true,
      area: `A1:${columnLetter(last)}${work.lastItem + 1}`,
      titleRows: `$${HN_ROW.header + 1}:$${HN_ROW.header + 1}`,
    },
    {
      headerRow: HN_ROW.header,
      firstRow: HN_ROW.first,
      columns: {
        id: HN_COL.id, title: HN_COL.title, max: HN_COL.max, deduction: HN_COL.deduction, self: HN_COL.self, note: HN_COL.note,
        firstKpi: HN_COL.firstKpi, kpiPercent: pct.value,
      },
    },
  );
}
