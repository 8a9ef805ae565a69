/** Shared by the framework-sheet tests and the LibreOffice bench: a plan's values, a framework's meaning, answers for it. */
import fc from 'fast-check';
import { flatten, type Answers, type AnyRule, type Framework, type InputSpec, type RawValue } from '../../src/scoring';
import { printRule, printSpecialCases } from '../../src/scoring/notation';
import type { CellValue, SheetPlan } from '../../src/sheet/types';
import { TABLE_COLUMNS } from '../../src/sheet/userFramework';

export const valuesOf = (plan: SheetPlan): CellValue[][] => plan.grid.map((row) => Array.from(row, (c) => c?.value ?? null));

/** What a framework means for scoring: ids, tree, maxima, rules in the notation, special cases, totals and bands. */
export function semantics(fw: Framework) {
  return {
    id: fw.id,
    title: fw.title.vi,
    scoring: fw.scoring,
    base: fw.base,
    totalMax: fw.totalMax,
    bands: fw.bands.map((b) => [b.code, b.min]),
    bandsUntilSet: fw.bandsUntilSet === true,
    nodes: flatten(fw).map((p) => ({
      id: p.node.id,
      parent: p.parentId,
      title: p.node.title,
      max: p.node.maxPoints,
      rule: p.node.rule ? printRule(p.node.rule) : null,
      special: p.node.rule ? printSpecialCases(p.node.rule.specialCases) : null,
      evidence: p.node.evidence ?? null,
      council: p.node.councilScores ?? null,
      method: p.node.method ?? null,
    })),
  };
}

const rawFor = (spec: InputSpec, rule: AnyRule): fc.Arbitrary<RawValue> => {
  switch (spec.type) {
    case 'count': return fc.integer({ min: 0, max: 12 });
    case 'fraction': return fc.constantFrom(0, 0.5, 0.75, 1);
    case 'choice': return fc.constantFrom(...(spec.choices ?? ['x']));
    case 'text': return rule.kind === 'rating' ? fc.constantFrom('A', 'B', 'C', 'D') : fc.constant('x');
    default: return fc.integer({ min: 0, max: 120 });
  }
};

/** Answers for every scorable leaf of a framework: each leaf's inputs drawn from its own input specs. */
export const answersFor = (fw: Framework): fc.Arbitrary<Answers> => {
  const leaves = flatten(fw).filter((p) => p.node.rule && p.node.rule.kind !== 'narrative' && !p.node.children?.length);
  return fc.record(Object.fromEntries(leaves.map((p) => [p.node.id, fc.tuple(...p.node.rule!.inputs.map((s) => rawFor(s, p.node.rule!)))]))) as fc.Arbitrary<Answers>;
};


/** A framework sheet typed by hand, and one using every rule kind (test/sheet/userFrameworkAuthored.test.ts). */
export type Row = Partial<Record<(typeof TABLE_COLUMNS)[number][0], CellValue>>;

/** A framework sheet as a person would type it: the header block, then the table (columns A…L). */
export function sheet(head: Record<string, CellValue>, rows: readonly Row[]): CellValue[][] {
  const out: CellValue[][] = [['KHUNG TIÊU CHÍ']];
  for (const [label, value] of Object.entries(head)) out.push([label, value]);
  out.push([]);
  out.push(TABLE_COLUMNS.map(([, h]) => h));
  for (const r of rows) out.push(TABLE_COLUMNS.map(([f]) => r[f] ?? null));
  return out;
}

export const HEAD = {
  'Mã khung': 'thu-nghiem',
  'Tên khung': 'Khung thử nghiệm mọi quy tắc',
  'Năm / phiên bản': 2025,
  'Cách tính tổng': 'Tổng điểm các tiêu chí',
  'Thang xếp loại': 'A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D dưới 50',
};

export const EVERY_KIND: Row[] = [
  { id: 'I', title: 'Các tiêu chí chung', max: 30 },
  { id: '1', parent: 'I', title: 'Ban hành kế hoạch', max: 2, rule: 'mức: Ban hành đầy đủ = 2; Ban hành không đầy đủ = 1; Không ban hành = 0' },
  { id: '2', parent: 'I', title: 'Giải ngân', max: 4, rule: 'tỷ lệ, từ 80%' },
  { id: '3', parent: 'I', title: 'Khảo sát', max: 4, rule: 'khảo sát' },
  {
    id: '4', parent: 'I', title: 'Nhiệm vụ được giao', max: 5,
    rule: 'bậc:\na = Số nhiệm vụ không hoàn thành\nb = Số nhiệm vụ quá hạn\nnếu a > 0: Có nhiệm vụ không hoàn thành = 0\nnếu b = 0: Đúng hạn = 5\nnếu b ≤ 5: Tối đa 05 quá hạn = 2\ncòn lại: Từ 06 quá hạn = 0',
  },
  { id: '5', parent: 'I', title: 'Chỉ số CCHC', max: 1, rule: 'so sánh: tốt hơn = 1; bằng = 0,5; kém hơn = 0' },
  { id: '6', parent: 'I', title: 'Xếp loại công chức', max: 2, rule: 'xếp loại: HTXSNV = 2; HTTNV = 1; HTNV = 0,5; KHTNV = 0' },
  { id: '7', parent: 'I', title: 'Nhiệm vụ đột xuất', max: 2, rule: 'tỷ lệ, từ 50%', special: 'Không có nhiệm vụ đột xuất [khong-nhiem-vu] = tối đa' },
  { id: '8', parent: 'I', title: 'Chấp hành kỷ luật', max: 5, rule: 'trừ vào điểm tối đa' },
  { id: '9', parent: 'I', title: 'Vượt chỉ tiêu thu', max: 3, rule: 'vượt chỉ tiêu: từ 5% = 1; từ 10% = 2; từ 20% = 3' },
  { id: '10', parent: 'I', title: 'Nhiệm vụ khác', max: 2, rule: 'tự chấm' },
  { id: 'II', title: 'Kết quả KPI', max: 70, rule: 'KPI' },
  { id: 'III', title: 'Cộng, trừ theo lần' },
  { id: '3.1', parent: 'III', title: 'Vi phạm giờ giấc', rule: 'trừ mỗi lần: 2' },
  { id: '3.2', parent: 'III', title: 'Sáng kiến', rule: 'thưởng mỗi lần: 1,5' },
  { id: 'IV', title: 'Tự nhận xét', rule: 'nhận xét' },
];

