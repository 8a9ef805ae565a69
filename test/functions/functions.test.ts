import { describe, expect, it } from 'vitest';
import * as fx from '../../src/functions/functions';
import { checkEvidenceRow, evidenceRowOf, flatten, isScorable } from '../../src/scoring';
import { XA_2024 } from '../../src/scoring/frameworks/xa2024';
import { CustomFunctionsError } from '../support/customFunctions';

const isError = (v: unknown, code: string) => v instanceof CustomFunctionsError && v.code === code;
const messageOf = (v: unknown): string => (v instanceof CustomFunctionsError ? (v.message ?? '') : '');

describe('CCHC.RATIO', () => {
  it('scores max × ratio from the threshold', () => {
    expect(fx.ratio(8, 10, 1, 0.8)).toBe(0.8);
    expect(fx.ratio(95, 100, 2, null)).toBe(1.9);
    expect(fx.ratio(120, 100, 2, null)).toBe(2);
  });
  it('reaches the threshold at 80% exactly and not at 79%', () => {
    expect(fx.ratio(80, 100, 1, null)).toBe(0.8);
    expect(fx.ratio(79, 100, 1, null)).toBe(0);
    expect(fx.ratio(0.7 * 3, 3, 2, 0.7)).toBe(1.4);
  });
  it('treats a blank or 0 minRatio as the default 80% (web passes null, desktop 0)', () => {
    expect(fx.ratio(79, 100, 1, 0)).toBe(0);
    expect(fx.ratio(79, 100, 1, undefined)).toBe(0);
    expect(fx.ratio(79, 100, 1, 0.7)).toBe(0.79);
  });
  it('reads Vietnamese numbers in text cells', () => {
    expect(fx.ratio('8,5', '10', '1', null)).toBe(0.85);
  });
  it('returns #NUM! for a percentage typed as 80 instead of 80%', () => {
    expect(isError(fx.ratio(8, 10, 1, 80), '#NUM!')).toBe(true);
  });
  it('returns #DIV/0! for a zero target and #VALUE! with a bilingual message for text', () => {
    expect(isError(fx.ratio(1, 0, 1, null), '#DIV/0!')).toBe(true);
    const r = fx.ratio('abc', 10, 1, null);
    expect(isError(r, '#VALUE!')).toBe(true);
    expect(messageOf(r)).toContain('không phải là số');
    expect(messageOf(r)).toContain('is not a number');
  });
});

describe('CCHC.SURVEY', () => {
  it('applies the literal formula, capped at the maximum', () => {
    expect(fx.survey([[0, 0, 0, 0, 10]], 4, null)).toBe(4);
    expect(fx.survey([[0], [0], [2], [4], [4]], 4, null)).toBe(4); // (6+16+20)/10 = 4.2 → 4
    expect(fx.survey([[1, 1, 1, 1, 1]], 4, 'literal')).toBe(3);
  });
  it('offers the scale mode', () => {
    expect(fx.survey([[1, 1, 1, 1, 1]], 4, 'scale')).toBe(2.4);
  });
  it('is an error when nobody answered, or with a wrong shape or mode', () => {
    expect(isError(fx.survey([[0, 0, 0, 0, 0]], 4, null), '#DIV/0!')).toBe(true);
    expect(isError(fx.survey([[1, 2, 3]], 4, null), '#VALUE!')).toBe(true);
    expect(isError(fx.survey([[1, 1, 1, 1, 1]], 4, 'avg'), '#VALUE!')).toBe(true);
  });
});

describe('CCHC.BRACKET', () => {
  const bounds = [[0.05], [0.1], [0.2]];
  const pts = [[1], [2], [3]];
  it('gives the highest bracket reached, 0 below the first', () => {
    expect(fx.bracket(0.04, bounds, pts)).toBe(0);
    expect(fx.bracket(0.05, bounds, pts)).toBe(1);
    expect(fx.bracket(0.15, bounds, pts)).toBe(2);
    expect(fx.bracket(0.5, bounds, pts)).toBe(3);
  });
  it('rejects unsorted bounds and mismatched ranges', () => {
    expect(isError(fx.bracket(0.1, [[0.1], [0.05]], [[1], [2]]), '#VALUE!')).toBe(true);
    expect(isError(fx.bracket(0.1, [[0.1], [0.2]], [[1]]), '#VALUE!')).toBe(true);
  });
});

describe('CCHC.COMPARE', () => {
  it('scores higher / equal / lower', () => {
    expect(fx.compare(85, 80, 2, 1, 0, null)).toBe(2);
    expect(fx.compare(80, 80, 2, 1, 0, null)).toBe(1);
    expect(fx.compare(70, 80, 2, 1, 0, null)).toBe(0);
  });
  it('treats a smaller rank as better when asked', () => {
    expect(fx.compare(3, 5, 1, 0.5, 0, true)).toBe(1);
    expect(fx.compare(6, 5, 1, 0.5, 0, 'TRUE')).toBe(0);
  });
});

describe('CCHC.SCORE and CCHC.MAXPOINTS', () => {
  it('scores a criterion of a built-in framework by its own rule', () => {
    expect(fx.score('xa-2024', '7.1', [[0]], [[[0]]])).toBe(5);
    expect(fx.score('xa-2024', '7.1', [[0]], [[[3]]])).toBe(2);
    expect(fx.score('xa-2024', '5.5.1', [[8]], [[[10]]])).toBe(0.8);
    expect(fx.score('hn-m03', 'II', [[1]], [[[1]], [[1]]])).toBe(70);
    expect(fx.maxPoints('xa-2024', '5.5.4.6')).toBe(1.5);
    expect(fx.maxPoints('xa-2024', 'NỘI DUNG II')).toBe(20);
  });
  it('returns #N/A for an unknown framework or criterion', () => {
    expect(isError(fx.score('xa-2023', '7.1', [[0]]), '#N/A')).toBe(true);
    expect(isError(fx.maxPoints('xa-2024', '99.9'), '#N/A')).toBe(true);
  });
});

describe('CCHC.CLASSIFY and KPI.GRADE', () => {
  it('gives the level by the bands, from the rounded score', () => {
    expect(fx.classify(92, null)).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(fx.classify(89.994, 'xa-2024')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(fx.kpiGrade(89.995, null)).toBe('A');
    expect(fx.kpiGrade(89.994, null)).toBe('B');
    expect(fx.kpiGrade(70, 'code')).toBe('HTTNV');
    expect(fx.kpiGrade(49.99, 'name')).toBe('Không hoàn thành nhiệm vụ');
  });
  it('rejects a score above 100 and an unknown style', () => {
    expect(isError(fx.kpiGrade(101, null), '#VALUE!')).toBe(true);
    expect(isError(fx.kpiGrade(90, 'emoji'), '#VALUE!')).toBe(true);
  });
});

describe('KPI.QUANTITY / QUALITY / TIMELINESS', () => {
  const completed = [[10], [4], [null]];
  const assigned = [[10], [5], [null]];
  const coef = [[1], [2], [null]];
  it('weighs items by their coefficients and skips blank rows', () => {
    expect(fx.kpiQuantity(completed, assigned, coef)).toBeCloseTo(18 / 20, 12);
    expect(fx.kpiQuantity(completed, assigned)).toBeCloseTo(14 / 15, 12);
  });
  it('takes 25% of an item per failed review or delay, unless excused', () => {
    expect(fx.kpiQuality(completed, assigned, [[1], [0], [null]], coef)).toBeCloseTo((7.5 + 8) / 20, 12);
    expect(fx.kpiTimeliness(completed, assigned, [[0], [2], [null]], coef)).toBeCloseTo((10 + 4) / 20, 12);
    expect(fx.kpiTimeliness(completed, assigned, [[0], [2], [null]], coef, [[null], ['x'], [null]])).toBeCloseTo(18 / 20, 12);
  });
  it('is an error for mismatched ranges or nothing assigned', () => {
    expect(isError(fx.kpiQuantity([[1], [2]], [[1]]), '#VALUE!')).toBe(true);
    expect(isError(fx.kpiQuantity([[0]], [[0]]), '#DIV/0!')).toBe(true);
  });
});

describe('KPI.RESULT and KPI.MONTHLY', () => {
  it('averages three parts for staff and six for leaders', () => {
    expect(fx.kpiResult(1, 0.75, 0.5, null, null, null)).toBeCloseTo(0.75, 12);
    expect(fx.kpiResult(1, 1, 1, 0.5, 1, 1)).toBeCloseTo(5.5 / 6, 12);
    expect(fx.kpiResult(1, 1, 1, 0, 0, 0)).toBe(1); // desktop blanks
  });
  it('rejects partial leader parts, parts other than 50%/100%, and 95 for 95%', () => {
    expect(isError(fx.kpiResult(1, 1, 1, 1, null, null), '#VALUE!')).toBe(true);
    expect(isError(fx.kpiResult(1, 1, 1, 0.7, 1, 1), '#VALUE!')).toBe(true);
    expect(isError(fx.kpiResult(95, 1, 1), '#NUM!')).toBe(true);
  });
  it('adds general points and KPI × 70, rounded', () => {
    expect(fx.kpiMonthly(30, 1)).toBe(100);
    expect(fx.kpiMonthly(28.5, 5.5 / 6)).toBe(92.67);
    expect(isError(fx.kpiMonthly(31, 1), '#VALUE!')).toBe(true);
  });
});

describe('KPI.DEDUCT, KPI.QUOTA, KPI.ANNUAL', () => {
  it('caps a deduction at the criterion maximum', () => {
    expect(fx.kpiDeduct(1, 0.25)).toBe(0.75);
    expect(fx.kpiDeduct(1, 3)).toBe(0);
    expect(fx.kpiDeduct(2, null)).toBe(2);
  });
  it('solves the quota fixed point, ignoring blank grades', () => {
    expect(fx.kpiQuota([['A'], ['A'], ['A'], ...Array.from({ length: 10 }, () => ['B'])], null)).toBe(2);
    expect(fx.kpiQuota([['A'], ['B'], ['B'], ['B'], ['B'], ['B'], [null]], null)).toBe(1);
    expect(fx.kpiQuota([['A'], ['B'], ['B'], ['B'], ['B']], null)).toBe(0);
    expect(fx.kpiQuota([['A'], ['B'], ['B'], ['B'], ['B']], 0.25)).toBe(1);
    expect(isError(fx.kpiQuota([['A'], ['Z']], null), '#VALUE!')).toBe(true);
  });
  it('rolls months up as the mean of the months present', () => {
    expect(fx.kpiAnnual([[90, 80, null, 0, 85]])).toBe(85);
    expect(isError(fx.kpiAnnual([[null, 0]]), '#N/A')).toBe(true);
  });
});

describe('THADS.TOTAL', () => {
  it('is base − Σ deductions × times + Σ bonuses × times', () => {
    expect(fx.thadsTotal([[5], [2]], [[1], [3]], [[10]], [[1]], null)).toBe(199);
    expect(fx.thadsTotal([[5]], [[0]], [[0]], [[0]], 100)).toBe(100);
  });
  it('may be negative (no cap)', () => {
    expect(fx.thadsTotal([[5]], [[50]], [[null]], [[null]], null)).toBe(-50);
  });
  it('rejects fractional times and mismatched ranges', () => {
    expect(isError(fx.thadsTotal([[5]], [[1.5]], [[0]], [[0]], null), '#NUM!')).toBe(true);
    expect(isError(fx.thadsTotal([[5], [1]], [[1]], [[0]], [[0]], null), '#VALUE!')).toBe(true);
  });
});

describe('extras: CCHC.NUMBER, KPI.DEADLINE, CCHC.EVIDENCE', () => {
  it('reads Vietnamese numbers', () => {
    expect(fx.parseNumber('1.234.567')).toBe(1234567);
    expect(fx.parseNumber('8,5')).toBe(8.5);
    expect(isError(fx.parseNumber('tám'), '#VALUE!')).toBe(true);
  });
  it('gives the deadline of a step as an Excel date', () => {
    expect(fx.kpiDeadline(2024, 11, 'self')).toBe(45621); // 25/11/2024
    expect(fx.kpiDeadline(2024, 11, 'công khai')).toBe(45631); // 05/12/2024
    expect(fx.kpiDeadline(2024, 12, 'decision')).toBe(45641); // 15/12/2024
    expect(isError(fx.kpiDeadline(2024, 13, null), '#VALUE!')).toBe(true);
  });
  it('checks evidence like the council', () => {
    expect(fx.evidence('Báo cáo số 123/BC-UBND ngày 10/11/2024', 'Số liệu tại Mục II, trang 3', null, 1)).toBe('OK');
    expect(fx.evidence('Báo cáo số:   /BC-UBND', 'Mục II', null, 1)).toMatch(/^E2/);
    expect(fx.evidence('', '', null, 0)).toBe('OK');
  });
});

describe('CCHC.EVIDENCE with a criterion agrees with the check of that criterion (src/scoring/evidence.ts)', () => {
  const samples: [string, string][] = [
    ['Báo cáo 45/BC-UBND ngày 21/11/2024', 'Tại Mục II, trang 3: 20/21 nhiệm vụ'],
    ['Báo cáo 45/BC-UBND ngày 10/11/2024', 'Tại Mục II, trang 3'],
    ['Báo cáo kết quả công tác PCTN năm 2024 của UBND xã', 'Đã cập nhật đầy đủ trên phần mềm'],
    ['Nghị quyết số 05-NQ/ĐU ngày ngày 5 tháng 12 năm 2024; Biểu thống kê số 1', 'khoản 2 Điều 3: 12/12 hồ sơ'],
    ['', ''],
  ];
  it('gives the codes the core gives, for every leaf of xa-2024 (requirement passed as the template does)', () => {
    let compared = 0;
    for (const { node } of flatten(XA_2024)) {
      if (node.children?.length || !isScorable(node) || node.councilScores) continue;
      for (const [ev, ex] of samples) {
        const core = checkEvidenceRow(evidenceRowOf(node, 1, ev, ex)).map((i) => `${i.code}${i.severity === 'warning' ? ' (cảnh báo)' : ''}:`);
        const cellText = String(fx.evidence(ev, ex, node.evidence ?? '', 1, 'xa-2024', node.id));
        const shown = [...cellText.matchAll(/(E\d(?: \(cảnh báo\))?):/g)].map((m) => `${m[1]}:`);
        expect(shown, `${node.id} ${ev}`).toEqual(core);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(300);
  });
  it('on a criterion the council scores itself, says so instead of E1', () => {
    expect(String(fx.evidence(null, null, null, 1, 'xa-2024', '8.1'))).toMatch(/^OK: Hội đồng/);
    expect(String(fx.evidence(null, null, null, 1, 'xa-2024', '1.1'))).toMatch(/^OK: Hội đồng/);
  });
});
