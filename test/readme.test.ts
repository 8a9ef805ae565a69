import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fx from '../src/functions/functions';
import { fromExcelSerial } from '../src/scoring/deadlines';

const readme = readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
const col = (...xs: unknown[]) => xs.map((x) => [x]);

/** Every worked example of the README's function table, evaluated: the README must not promise what the code does not do. */
const EXAMPLES: [string, () => unknown, unknown][] = [
  ['`=CCHC.RATIO(8;10;1)` → `0,8`', () => fx.ratio(8, 10, 1), 0.8],
  ['`=CCHC.RATIO(79;100;1)` → `0`', () => fx.ratio(79, 100, 1), 0],
  ['`=CCHC.SURVEY({1;1;1;1;1};4)` → `3`', () => fx.survey(col(1, 1, 1, 1, 1), 4), 3],
  ['`=CCHC.BRACKET(15%;{5%;10%;20%};{1;2;3})` → `2`', () => fx.bracket(0.15, col(0.05, 0.1, 0.2), col(1, 2, 3)), 2],
  ['`=CCHC.COMPARE(3;5;1;0,5;0;TRUE)` → `1`', () => fx.compare(3, 5, 1, 0.5, 0, true), 1],
  ['`=CCHC.SCORE("xa-2024";"7.1";0;3)` → `2`', () => fx.score('xa-2024', '7.1', [[0]], [[[3]]]), 2],
  ['`=CCHC.MAXPOINTS("xa-2024";"5.5.4.6")` → `1,5`', () => fx.maxPoints('xa-2024', '5.5.4.6'), 1.5],
  ['`=CCHC.CLASSIFY(85)` → `Hoàn thành tốt nhiệm vụ`', () => fx.classify(85), 'Hoàn thành tốt nhiệm vụ'],
  ['`=KPI.QUANTITY({10;4};{10;5};{1;2})` → `90%`', () => fx.kpiQuantity(col(10, 4), col(10, 5), col(1, 2)), 0.9],
  ['`=KPI.QUALITY({10;4};{10;5};{1;0};{1;2})` → `77,5%`', () => fx.kpiQuality(col(10, 4), col(10, 5), col(1, 0), col(1, 2)), 0.775],
  ['`=KPI.TIMELINESS({10;4};{10;5};{0;2};{1;2})` → `70%`', () => fx.kpiTimeliness(col(10, 4), col(10, 5), col(0, 2), col(1, 2)), 0.7],
  ['`=KPI.RESULT(100%;75%;50%)` → `75%`', () => fx.kpiResult(1, 0.75, 0.5), 0.75],
  ['`=KPI.MONTHLY(28,5;75%)` → `81`', () => fx.kpiMonthly(28.5, 0.75), 81],
  ['`=KPI.GRADE(89,995)` → `A`', () => fx.kpiGrade(89.995), 'A'],
  ['`=KPI.GRADE(70;"code")` → `HTTNV`', () => fx.kpiGrade(70, 'code'), 'HTTNV'],
  ['`=KPI.DEDUCT(1;3)` → `0`', () => fx.kpiDeduct(1, 3), 0],
  ['`=KPI.QUOTA(C2:C14)` → `2`', () => fx.kpiQuota([['A'], ['A'], ['A'], ...Array.from({ length: 10 }, () => ['B'])]), 2],
  ['`=KPI.ANNUAL({90;80;85})` → `85`', () => fx.kpiAnnual(col(90, 80, 85)), 85],
  ['`=KPI.ANNUALFLAGS({90;40;85})` → `Lưu ý (chưa áp dụng vào kết quả): xếp loại D theo điểm: tháng thứ 2.`', () => fx.kpiAnnualFlags(col(90, 40, 85)), 'Lưu ý (chưa áp dụng vào kết quả): xếp loại D theo điểm: tháng thứ 2.'],
  ['`=CCHC.CLASSIFY(85;;{80;70;50})` → `Hoàn thành xuất sắc nhiệm vụ`', () => fx.classify(85, null, col(80, 70, 50)), 'Hoàn thành xuất sắc nhiệm vụ'],
  ['`=CCHC.SCORE("xa-2024";"2.4.2";0;0)` → `0,5`', () => fx.score('xa-2024', '2.4.2', [[0]], [[[0]]]), 0.5],
  ['`=THADS.TOTAL({5;2};{1;3};{10};{1})` → `199`', () => fx.thadsTotal(col(5, 2), col(1, 3), col(10), col(1)), 199],
  ['`=CCHC.NUMBER("1.234.567")` → `1234567`', () => fx.parseNumber('1.234.567'), 1234567],
  [
    '`=KPI.DEADLINE(2024;11;"công khai")` → `05/12/2024`',
    () => fromExcelSerial(fx.kpiDeadline(2024, 11, 'công khai') as number).toISOString().slice(0, 10),
    '2024-12-05',
  ],
  ['`=CCHC.EVIDENCE("Số:   /BC-UBND";"Mục 2")` → `E2: …`', () => String(fx.evidence('Số:   /BC-UBND', 'Mục 2')).slice(0, 3), 'E2:'],
  ['`=CCHC.SCORE("xa-2024";"8.1";"nam-dau-tien")`\n→ `1`', () => fx.score('xa-2024', '8.1', [['nam-dau-tien']]), 1],
  ['`=CCHC.SCORE("xa-2024";"2.3.4";"khong-don-thu")` → `1`', () => fx.score('xa-2024', '2.3.4', [['khong-don-thu']]), 1],
];

describe('README function table', () => {
  for (const [text, call, expected] of EXAMPLES) {
    it(text.replace(/\n/g, ' '), () => {
      expect(readme).toContain(text);
      const got = call();
      if (typeof expected === 'number') expect(got as number).toBeCloseTo(expected, 10);
      else expect(got).toBe(expected);
    });
  }
  it('lists every function of the module', () => {
    const meta = [...readme.matchAll(/\| `((?:CCHC|KPI|THADS)\.[A-Z]+)\(/g)].map((m) => m[1]);
    expect(new Set(meta).size).toBe(Object.values(fx).filter((f) => typeof f === 'function').length);
  });
  it('keeps its two set-up commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
