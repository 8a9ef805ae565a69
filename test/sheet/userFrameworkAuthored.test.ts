import { describe, expect, it } from 'vitest';
import { scoreFramework } from '../../src/scoring';
import { readUserFramework } from '../../src/sheet/userFramework';
import type { CellValue } from '../../src/sheet/types';
import { EVERY_KIND, HEAD, sheet, type Row } from '../support/userFramework';

describe('a framework typed by hand, with every rule kind', () => {
  it('reads without findings and scores the hand-computed points', () => {
    const r = readUserFramework({ name: 'Khung tiêu chí', values: sheet(HEAD, EVERY_KIND) });
    expect(r.findings.map((f) => `${f.cell}: ${f.message.vi}`)).toEqual([]);
    const fw = r.framework!;
    expect(fw.id).toBe('thu-nghiem');
    expect(r.version).toBe('2025');
    const score = scoreFramework(fw, {
      '1': ['Ban hành không đầy đủ'], // 1
      '2': [45, 50], // 90% ≥ 80%: 4 × 0,9 = 3,6
      '3': [0, 0, 2, 4, 4], // (2×3 + 4×4 + 4×5)/10 = 4,2, capped at 4
      '4': [0, 3], // 3 late, none unfinished: 2
      '5': [85, 85], // equal: 0,5
      '6': ['B'], // HTTNV: 1
      '7': ['khong-nhiem-vu'], // special case: the maximum, 2
      '8': [1.5], // 5 − 1,5 = 3,5
      '9': [0.12], // 12% above target: the 10% bracket, 2
      '10': { selfScore: 1.5 },
      II: [0.9, 0.8, 1], // (0,9 + 0,8 + 1)/3 × 70 = 63
      '3.1': [3], // 3 × 2 = −6
      '3.2': [2], // 2 × 1,5 = +3
    });
    expect(score.errors).toEqual([]);
    expect(score.nodes.get('I')!.points).toBe(21.1);
    expect(score.nodes.get('III')!.points).toBe(-3);
    expect(score.total).toBe(81.1);
    expect(score.grade).toBe('HTTNV');
  });
});

const findings = (head: Record<string, CellValue>, rows: readonly Row[], merges?: string[]) =>
  readUserFramework({ name: 'Khung tiêu chí', values: sheet(head, rows), ...(merges ? { merges } : {}) });
// Row 1 of the table is sheet row 9 (title, 5 header lines, a blank row, the table header).
const FIRST = 9;

describe('hostile framework sheets: each a clear, cell-addressed error, and no framework', () => {
  const base: Row[] = [
    { id: 'I', title: 'Mục I', max: 3 },
    { id: '1.1', parent: 'I', title: 'Tiêu chí 1.1', max: 1, rule: 'mức: Có = 1; Không = 0' },
    { id: '1.2', parent: 'I', title: 'Tiêu chí 1.2', max: 2, rule: 'tỷ lệ, từ 80%' },
  ];
  const expectOne = (r: ReturnType<typeof findings>, cell: string, words: string) => {
    expect(r.framework).toBeNull();
    const hit = r.findings.find((f) => f.cell === cell);
    expect(hit, JSON.stringify(r.findings.map((f) => [f.cell, f.message.vi]))).toBeDefined();
    expect(hit!.message.vi).toContain(words);
    expect(hit!.message.en.length).toBeGreaterThan(10);
  };

  it('the base sheet is valid', () => expect(findings(HEAD, base).findings).toEqual([]));

  it('a parent cycle', () => {
    const r = findings(HEAD, [...base, { id: 'A', parent: 'B', title: 'A', max: 1, rule: 'tự chấm' }, { id: 'B', parent: 'A', title: 'B', max: 1 }]);
    expect(r.framework).toBeNull();
    const cycle = r.findings.find((f) => f.message.vi.includes('Vòng lặp'));
    expect(cycle?.cell).toMatch(new RegExp(`^B(${FIRST + 3}|${FIRST + 4})$`));
    expect(cycle!.message.vi).toContain('A → B');
  });

  it('10,000 rows: refused at the first row past the limit, quickly', () => {
    const many: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ id: `1.${i + 1}`, title: `Tiêu chí ${i + 1}`, max: 1, rule: 'tự chấm' }));
    const t = performance.now();
    const r = findings(HEAD, many);
    expect(performance.now() - t).toBeLessThan(2000);
    expectOne(r, `A${FIRST + 2000}`, '2000');
  });

  it('text in the maximum', () => expectOne(findings(HEAD, [base[0]!, { ...base[1]!, max: 'một điểm' }, base[2]!]), `E${FIRST + 1}`, '"một điểm" không phải là số'));

  it('a ratio threshold above 100%', () => expectOne(findings(HEAD, [base[0]!, base[1]!, { ...base[2]!, rule: 'tỷ lệ, từ 120%' }]), `F${FIRST + 2}`, '120%'));

  it('merged cells', () => expectOne(findings(HEAD, base, ['C9:D9']), 'C9', 'Ô gộp C9:D9'));

  it('an unknown rule', () => expectOne(findings(HEAD, [base[0]!, { ...base[1]!, rule: 'chấm theo cảm nhận' }, base[2]!]), `F${FIRST + 1}`, 'Không hiểu quy tắc'));

  it('a bad parameter (points that are not a number), checked by the input specs', () =>
    expectOne(findings(HEAD, [base[0]!, { ...base[1]!, rule: 'mức: Có = một; Không = 0' }, base[2]!]), `F${FIRST + 1}`, 'một'));

  it('points above the maximum', () => expectOne(findings(HEAD, [base[0]!, { ...base[1]!, rule: 'mức: Có = 3; Không = 0' }, base[2]!]), `F${FIRST + 1}`, 'lớn hơn điểm tối đa'));

  it("a parent's maximum that is not the sum of its children", () => expectOne(findings(HEAD, [{ ...base[0]!, max: 4 }, base[1]!, base[2]!]), `E${FIRST}`, 'khác tổng'));

  it('a duplicate id', () => expectOne(findings(HEAD, [...base, { ...base[2]!, id: '1.2.' }]), `A${FIRST + 3}`, 'đã có ở dòng'));

  it('a malformed id', () => expectOne(findings(HEAD, [base[0]!, { ...base[1]!, id: '1..1' }, base[2]!]), `A${FIRST + 1}`, 'không hợp lệ'));

  it('a missing maximum', () => expectOne(findings(HEAD, [{ ...base[0]!, max: null }, { ...base[1]!, max: null }, base[2]!]), `E${FIRST + 1}`, 'thiếu điểm tối đa'));

  it('a special case without points', () =>
    expectOne(findings(HEAD, [base[0]!, { ...base[1]!, special: 'Không có hồ sơ [khong-ho-so]' }, base[2]!]), `G${FIRST + 1}`, 'chưa ghi điểm'));

  it('bands that overlap', () => expectOne(findings({ ...HEAD, 'Thang xếp loại': 'A từ 90; B từ 70 đến 90; C từ 50 đến dưới 70; D dưới 50' }, base), 'B6', 'chồng nhau'));

  it('bands that leave a gap', () => expectOne(findings({ ...HEAD, 'Thang xếp loại': 'A từ 90; B từ 70 đến 85; C từ 50 đến dưới 70; D dưới 50' }, base), 'B6', 'khoảng trống'));

  it('an unknown parent and a criterion its own parent', () => {
    const r = findings(HEAD, [...base, { id: '2', parent: 'IX', title: 'x', max: 1, rule: 'tự chấm' }, { id: '3', parent: '3', title: 'y', max: 1, rule: 'tự chấm' }]);
    expectOne(r, `B${FIRST + 3}`, 'IX');
    expectOne(r, `B${FIRST + 4}`, 'chính nó');
  });

  it('a framework id that is not one', () => expectOne(findings({ ...HEAD, 'Mã khung': 'Khung xã 2025!' }, base), 'B2', 'Mã khung'));
});
