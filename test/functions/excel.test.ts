/**
 * Issues 9 and 15 through the BUILT functions.js, called as Excel calls it (test/support/excelHarness.ts): repeating
 * parameters, blank cells on desktop and on the web, Excel errors as inputs, message length, shapes that must pair,
 * CCHC.CLASSIFY above the total and "89.995".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLANK, loadHarness, OMITTED, PROFILES, type Arg, type Harness, type Shown } from '../support/excelHarness';

let h: Harness;
beforeAll(async () => {
  h = await loadHarness('harness-excel');
}, 300_000); // the shared add-in build (test/support/sharedBuild.mjs) may still be in progress
afterAll(() => h?.close());

const col = (...xs: Arg[]) => xs.map((x) => [x]) as Arg;
const both = (id: string, args: Arg[]): [Shown, Shown] => [h.call(id, args, 'desktop'), h.call(id, args, 'web')];
const errorOf = (s: Shown) => (typeof s === 'object' ? s.error : null);
const messageOf = (s: Shown) => (typeof s === 'object' ? (s.message ?? '') : '');

/** A valid call of every function, one argument per parameter (the repeating one given twice). */
const VALID: Record<string, Arg[]> = {
  'CCHC.RATIO': [8, 10, 1, 0.8],
  'CCHC.SURVEY': [col(1, 1, 1, 1, 1), 4, 'literal'],
  'CCHC.BRACKET': [0.15, col(0.05, 0.1, 0.2), col(1, 2, 3)],
  'CCHC.COMPARE': [85, 80, 2, 1, 0, false],
  'CCHC.SCORE': ['xa-2024', '7.1', 0, 3],
  'CCHC.MAXPOINTS': ['xa-2024', '5.5.4.6'],
  'CCHC.CLASSIFY': [85, 'xa-2024', col(90, 70, 50)],
  'KPI.QUANTITY': [col(10, 4), col(10, 5), col(1, 2)],
  'KPI.QUALITY': [col(10, 4), col(10, 5), col(1, 0), col(1, 2), col('x', BLANK)],
  'KPI.TIMELINESS': [col(10, 4), col(10, 5), col(0, 2), col(1, 2), col(BLANK, 'x')],
  'KPI.RESULT': [1, 1, 1, 0.5, 1, 1],
  'KPI.MONTHLY': [28.5, 0.75],
  'KPI.GRADE': [70, 'code', col(90, 70, 50)],
  'KPI.DEDUCT': [1, 0.25],
  'KPI.QUOTA': [col('A', 'B', 'B', 'B', 'B', 'B'), 0.2],
  'KPI.ANNUAL': [col(90, 80, 85)],
  'KPI.ANNUALFLAGS': [col(90, 40, 85), col(BLANK, 'kỷ luật khiển trách', BLANK)],
  'THADS.TOTAL': [col(5, 2), col(1, 3), col(10), col(1), 200],
  'CCHC.NUMBER': ['8,5'],
  'KPI.DEADLINE': [2024, 11, 'self'],
  'CCHC.EVIDENCE': ['Báo cáo số 123/BC-UBND ngày 10/11/2024', 'Số liệu tại Mục II, trang 3', 'Lập Biểu thống kê', 1, 'xa-2024', '6.2'],
};

describe('the harness', () => {
  it('knows every function of the built functions.json and has a valid call for each', () => {
    expect(h.functions.map((f) => f.id).sort()).toEqual(Object.keys(VALID).sort());
    for (const [id, args] of Object.entries(VALID)) for (const p of PROFILES) expect(errorOf(h.call(id, args, p)), `${id} ${p}`).toBeNull();
  });
  it('shapes as Excel does: repeating → one array, matrix → 2-D, omitted → null, blank → 0 / null', () => {
    expect(h.shape('CCHC.SCORE', ['xa-2024', '7.1', BLANK, 3, col(1, BLANK)], 'web')).toEqual(['xa-2024', '7.1', [[0]], [[[3]], [[1], [0]]]]);
    expect(h.shape('CCHC.RATIO', [8, BLANK, 1], 'desktop')).toEqual([8, 0, 1, null]);
    expect(h.shape('CCHC.RATIO', [8, BLANK, 1, OMITTED], 'web')).toEqual([8, null, 1, null]);
  });
});

describe('issue 9.1: a repeating parameter arrives as one array', () => {
  it('=CCHC.SCORE("xa-2024";"7.1";J12;L12) scores, with one, two or three further inputs', () => {
    expect(both('CCHC.SCORE', ['xa-2024', '7.1', 0, 3])).toEqual([2, 2]);
    expect(both('CCHC.SCORE', ['xa-2024', '5.5.3.4', 99, 100, 1])).toEqual([0.5, 0.5]);
    expect(both('CCHC.SCORE', ['hn-m03', 'II', 1, 1, 1])).toEqual([70, 70]);
    expect(both('CCHC.SCORE', ['xa-2024', '8.1', 'nam-dau-tien'])).toEqual([1, 1]);
  });
});

describe('issue 9.2: a blank cell gives the same result on desktop (0) and on the web (null)', () => {
  for (const f of Object.keys(VALID)) {
    it(`${f}: every one-cell parameter left blank`, () => {
      const meta = h.functions.find((m) => m.id === f)!;
      meta.parameters.forEach((p, i) => {
        if (p.dimensionality === 'matrix' || i >= VALID[f]!.length) return;
        // The one parameter where blank and 0 cannot agree (README, Ô trống): see the test below.
        if (f === 'CCHC.EVIDENCE' && p.name === 'selfScore') return;
        const args = [...VALID[f]!];
        args[i] = BLANK;
        const [desktop, web] = both(f, args);
        expect(desktop, `${f}(${p.name} blank)`).toEqual(web);
      });
    });
  }
  it('KPI.QUOTA over a grade column with blank cells (heads of unit, section headers) counts right', () => {
    const grades = col(BLANK, 'A', 'A', 'A', BLANK, ...Array.from({ length: 10 }, () => 'B'), BLANK);
    expect(both('KPI.QUOTA', [grades, OMITTED])).toEqual([2, 2]);
  });
  it('CCHC.EVIDENCE with a blank evidence cell is E1 on desktop and on the web', () => {
    for (const r of both('CCHC.EVIDENCE', [BLANK, 'Mục II, trang 3', BLANK, 1])) expect(String(r)).toMatch(/^E1/);
    for (const r of both('CCHC.EVIDENCE', [BLANK, BLANK])) expect(String(r)).toMatch(/^E1/);
  });
  it('CCHC.EVIDENCE selfScore, the documented exception: 0 is "scored 0, no evidence needed", left out is "checked"; a blank cell reads 0 on desktop and left out on the web', () => {
    expect(both('CCHC.EVIDENCE', ['', 'Mục II', '', 0])).toEqual(['OK', 'OK']);
    expect(String(h.call('CCHC.EVIDENCE', ['', 'Mục II'], 'desktop'))).toMatch(/^E1/);
    const [desktop, web] = both('CCHC.EVIDENCE', ['', 'Mục II', '', BLANK]);
    expect([desktop, String(web).slice(0, 2)]).toEqual(['OK', 'E1']);
  });
  it('CCHC.COMPARE(10; blank) is the same error on both: last year is missing', () => {
    const [d, w] = both('CCHC.COMPARE', [10, BLANK, 2, 1, 0]);
    expect(d).toEqual(w);
    expect(errorOf(d)).toBe('#VALUE!');
    expect(messageOf(d)).toContain('Năm trước');
  });
});

describe('issue 15.4: an Excel error in an input', () => {
  it('without allowErrorForDataTypeAny in functions.json, Excel itself returns the error (the function is not called)', () => {
    expect(h.allowErrors).toBe(false);
    expect(h.call('CCHC.RATIO', [{ error: '#N/A' }, 10, 1], 'desktop')).toEqual({ error: '#N/A' });
  });
  it('when it reaches the function, it passes through, naming the argument: #N/A, #DIV/0!, #NUM!, #VALUE! as they are; #REF! as #VALUE!', () => {
    for (const [f, args] of Object.entries(VALID)) {
      args.forEach((a, i) => {
        for (const error of ['#N/A', '#DIV/0!', '#REF!']) {
          const bad = [...args];
          bad[i] = (Array.isArray(a) ? (a as Arg[][]).map((row, r) => (r === 0 ? [{ error }] : row)) : { error }) as Arg;
          const r = h.call(f, bad, 'web', { errorsReachFunction: true });
          const want = error === '#REF!' ? '#VALUE!' : error;
          expect(errorOf(r), `${f} arg ${i + 1} ${error}`).toBe(want);
          if (want === '#N/A' || want === '#VALUE!') expect(messageOf(r), `${f} arg ${i + 1}`).toContain(error);
          expect(messageOf(r)).not.toContain('[object');
        }
      });
    }
  });
});

describe('issue 15.2: short messages naming the argument', () => {
  const long = 'x'.repeat(5000);
  const big = Array.from({ length: 100_000 }, (_, i) => [i % 7 === 0 ? 'nhiều' : i]) as Arg;
  it('≤ 255 characters for a long text or a 100,000-cell range in any argument of any function', () => {
    for (const [f, args] of Object.entries(VALID)) {
      const meta = h.functions.find((m) => m.id === f)!;
      args.forEach((_, i) => {
        for (const value of [long, big]) {
          const bad = [...args];
          bad[i] = value as Arg;
          const param = meta.parameters[Math.min(i, meta.parameters.length - 1)]!;
          if (param.dimensionality !== 'matrix' && Array.isArray(value)) return; // Excel never passes a range there
          const r = h.call(f, bad, 'desktop');
          expect(messageOf(r).length, `${f} arg ${i + 1}`).toBeLessThanOrEqual(255);
          if (typeof r === 'object' && r.message) expect(r.message).not.toContain('x'.repeat(30));
        }
      });
    }
  });
  it('≤ 255 characters, naming the argument, for a 100,000-cell array passed straight to a one-cell parameter (as the fuzzer did)', () => {
    const array = Array.from({ length: 100_000 }, (_, i) => [`ô ${i}`]);
    for (const [f, args] of Object.entries(VALID)) {
      const meta = h.functions.find((m) => m.id === f)!;
      meta.parameters.forEach((p, i) => {
        if (p.dimensionality === 'matrix' || p.repeating) return;
        const raw = h.shape(f, args, 'web');
        raw[i] = array;
        const r = h.callRaw(f, ...raw);
        expect(errorOf(r), `${f}(${p.name})`).toBe('#VALUE!');
        expect(messageOf(r).length, `${f}(${p.name})`).toBeLessThanOrEqual(255);
        expect(messageOf(r), `${f}(${p.name})`).toMatch(/cần một ô|expects one cell/);
      });
    }
  });
  it('names the argument and an excerpt of the value', () => {
    const r = h.call('CCHC.RATIO', ['mười tám phẩy năm và còn dài nữa', 10, 1], 'web');
    expect(messageOf(r)).toContain('Số đạt được');
    expect(messageOf(r)).toContain('Achieved');
    expect(messageOf(r)).toContain('mười tám phẩy');
    expect(messageOf(r)).not.toContain('còn dài nữa');
  });
});

describe('issue 15.3: ranges that pair have the same shape, or the message says which differs', () => {
  it('CCHC.BRACKET bounds 1×2, points 2×1', () => {
    const r = h.call('CCHC.BRACKET', [0.15, [[0.05, 0.1]], col(1, 2)], 'web');
    expect(errorOf(r)).toBe('#VALUE!');
    expect(messageOf(r)).toContain('Điểm (2×1)');
    expect(messageOf(r)).toContain('(1×2)');
  });
  it('KPI.QUANTITY, KPI.QUALITY, THADS.TOTAL name the range that differs', () => {
    expect(messageOf(h.call('KPI.QUANTITY', [[[10, 4]], col(10, 5)], 'web'))).toContain('Số hoàn thành (1×2)');
    expect(messageOf(h.call('KPI.QUALITY', [col(10, 4), col(10, 5), col(1, 0, 0)], 'web'))).toContain('Số lần không đạt chất lượng (3×1)');
    expect(messageOf(h.call('THADS.TOTAL', [col(5, 2), [[1, 3]], col(10), col(1)], 'web'))).toContain('Số lần (1×2)');
  });
  it('a ragged survey range is refused', () => {
    expect(errorOf(h.call('CCHC.SURVEY', [[[1, 1, 1], [1, 1]], 4], 'web'))).toBe('#VALUE!');
  });
});

describe('issue 15.5: CCHC.CLASSIFY above the total and "89.995"', () => {
  it('CCHC.CLASSIFY(150) is an error like KPI.GRADE(101)', () => {
    expect(errorOf(h.call('CCHC.CLASSIFY', [150], 'web'))).toBe('#VALUE!');
    expect(errorOf(h.call('CCHC.CLASSIFY', [150, 'xa-2024'], 'web'))).toBe('#VALUE!');
    expect(errorOf(h.call('KPI.GRADE', [101], 'web'))).toBe('#VALUE!');
    expect(h.call('CCHC.CLASSIFY', [100], 'web')).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });
  it('KPI.GRADE("89.995") is never read as 89995: the message asks for 89,995 or 89995', () => {
    const r = h.call('KPI.GRADE', ['89.995'], 'web');
    expect(errorOf(r)).toBe('#VALUE!');
    expect(messageOf(r)).toContain('89,995');
    expect(h.call('KPI.GRADE', ['89,995'], 'web')).toBe('A');
    expect(h.call('KPI.GRADE', [89.995], 'web')).toBe('A');
    expect(errorOf(h.call('CCHC.NUMBER', ['1.234'], 'web'))).toBe('#VALUE!');
    expect(h.call('CCHC.NUMBER', ['1.234.567'], 'web')).toBe(1234567);
    expect(h.call('CCHC.NUMBER', ['0.125'], 'web')).toBe(0.125);
  });
});

describe('issue 11 follow-ups: the optional bands, the 25% cap, the roll-up flags, the evidence of one criterion', () => {
  it('CCHC.CLASSIFY for thads-ls without bands is #N/A "Chưa có thang xếp loại"; with the bands block, by them', () => {
    for (const r of both('CCHC.CLASSIFY', [190, 'thads-ls'])) {
      expect(errorOf(r)).toBe('#N/A');
      expect(messageOf(r)).toMatch(/^Chưa có thang xếp loại/);
    }
    for (const r of both('CCHC.CLASSIFY', [190, 'thads-ls', col(BLANK, BLANK, BLANK)])) expect(errorOf(r)).toBe('#N/A');
    expect(both('CCHC.CLASSIFY', [190, 'thads-ls', col(180, 150, 120)])).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ']);
    expect(both('CCHC.CLASSIFY', [130, 'thads-ls', col(180, 150, 120)])).toEqual(['Hoàn thành nhiệm vụ', 'Hoàn thành nhiệm vụ']);
  });
  it('CCHC.CLASSIFY and KPI.GRADE grade by the bands given, the default where all three cells are blank, and refuse a block half filled', () => {
    expect(both('CCHC.CLASSIFY', [85, OMITTED, col(80, 70, 50)])).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ']);
    expect(both('CCHC.CLASSIFY', [85, 'xa-2024', col(BLANK, BLANK, BLANK)])).toEqual(['Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ']);
    expect(both('KPI.GRADE', [85, 'letter', col(80, 65, 50)])).toEqual(['A', 'A']);
    expect(both('KPI.GRADE', [64.99, 'code', col(80, 65, 50)])).toEqual(['HTNV', 'HTNV']);
    expect(both('KPI.GRADE', [85, BLANK, col(BLANK, BLANK, BLANK)])).toEqual(['B', 'B']);
    for (const bad of [col(80, BLANK, 50), col(70, 80, 50), col(80, 70), col('tám mươi', 70, 50)] as Arg[]) {
      const r = h.call('KPI.GRADE', [85, 'letter', bad], 'web');
      expect(errorOf(r)).toBe('#VALUE!');
      expect(messageOf(r)).toContain('Thang xếp loại');
    }
  });
  it('KPI.QUOTA refuses a cap above 25% ("không vượt quá 25%") and takes 25%', () => {
    const grades = col('A', 'A', 'A', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B', 'B');
    for (const r of both('KPI.QUOTA', [grades, 0.5])) {
      expect(errorOf(r)).toBe('#VALUE!');
      expect(messageOf(r)).toContain('25%');
    }
    expect(errorOf(h.call('KPI.QUOTA', [grades, 0.2501], 'desktop'))).toBe('#VALUE!');
    expect(both('KPI.QUOTA', [grades, 0.25])).toEqual([2, 2]);
    expect(both('KPI.QUOTA', [grades, BLANK])).toEqual([2, 2]);
  });
  it('KPI.ANNUALFLAGS names the months graded D and the months with an override, the same on desktop and on the web', () => {
    const [d, w] = both('KPI.ANNUALFLAGS', [col(90, 40, BLANK, 85), col(BLANK, BLANK, BLANK, 'kỷ luật khiển trách')]);
    expect(d).toEqual(w);
    expect(d).toBe('Lưu ý (chưa áp dụng vào kết quả): xếp loại D theo điểm: tháng thứ 2; tháng thứ 4: không hoàn thành nhiệm vụ do kỷ luật khiển trách.');
    expect(both('KPI.ANNUALFLAGS', [col(90, 80, 85)])).toEqual(['Không có tháng cần lưu ý', 'Không có tháng cần lưu ý']);
    expect(errorOf(h.call('KPI.ANNUALFLAGS', [col(90, 80, 85), col(BLANK, 'x')], 'web'))).toBe('#VALUE!');
    expect(String(h.call('KPI.ANNUALFLAGS', [col(90), col('k'.repeat(500))], 'web')).length).toBeLessThan(160);
  });
  it('CCHC.EVIDENCE of a criterion: 7.2 counts documents up to 22/11/2024, 6.2 warns without figures and asks for its table, 8.1 needs none', () => {
    const late: Arg[] = ['Báo cáo 45/BC-UBND ngày 21/11/2024', 'Số liệu tại Mục II, trang 3: 20/21 văn bản', BLANK, 2];
    expect(String(h.call('CCHC.EVIDENCE', late, 'web'))).toMatch(/^E5:/);
    expect(both('CCHC.EVIDENCE', [...late, 'xa-2024', '7.2'])).toEqual(['OK', 'OK']);
    expect(String(h.call('CCHC.EVIDENCE', [...late, 'xa-2024', '7.1'], 'desktop'))).toMatch(/^E5:/);
    const noFigures: Arg[] = ['Báo cáo 45/BC-UBND ngày 10/11/2024; Biểu thống kê số 1', 'Tại Mục II, trang 3', BLANK, 2];
    expect(both('CCHC.EVIDENCE', noFigures)).toEqual(['OK', 'OK']);
    const [warned] = both('CCHC.EVIDENCE', [...noFigures, 'xa-2024', '6.2']);
    expect(String(warned)).toMatch(/^E3 \(cảnh báo\): /);
    expect(String(warned)).not.toContain('E3:');
    // The requirement is the argument (the templates' hidden column): the functions bundle carries no framework texts.
    expect(String(h.call('CCHC.EVIDENCE', ['Báo cáo 45/BC-UBND ngày 10/11/2024', 'Tại Mục II, trang 3: 12/12 hồ sơ', 'Lập Biểu thống kê tổng số nhiệm vụ', 2, 'xa-2024', '6.2'], 'web'))).toMatch(/^E4:/);
    expect(String(h.call('CCHC.EVIDENCE', [BLANK, BLANK, BLANK, 1, 'xa-2024', '8.1'], 'desktop'))).toMatch(/^OK: Hội đồng thẩm định/);
    for (const r of both('CCHC.EVIDENCE', ['Báo cáo 45/BC-UBND', 'Mục II', BLANK, 1, 'xa-2024', BLANK])) expect(errorOf(r)).toBe('#N/A');
    expect(errorOf(h.call('CCHC.EVIDENCE', ['Báo cáo 45/BC-UBND', 'Mục II', BLANK, 1, 'xa-2024', '9.9.9'], 'web'))).toBe('#N/A');
  });
});
