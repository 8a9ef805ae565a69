import { describe, expect, it } from 'vitest';
import { ruleCell } from '../../../src/scoring/notation/cell';

const value = (r: ReturnType<typeof ruleCell>) => (r.ok ? r.value : r.error.code);

describe('CCHC.RULE (ruleCell)', () => {
  it('arguments: the rule, its special cases, the maximum, the inputs (cells or ranges)', () => {
    expect(value(ruleCell('tỷ lệ, từ 80%', null, 2, [9, 10]))).toBe(1.8);
    expect(value(ruleCell('tỷ lệ, từ 80%', 0, 2, [[[9], [10]]]))).toBe(1.8);
  });

  it('normal cases, one per computed kind', () => {
    expect(value(ruleCell('khảo sát', '', 4, [[[0, 0, 2, 4, 4]]]))).toBe(4);
    expect(value(ruleCell('khảo sát, quy đổi thang 5', '', 4, [[[0, 0, 2, 4, 4]]]))).toBe(3.36);
    expect(value(ruleCell('bậc:\na = Quá hạn\nnếu a = 0: Đúng hạn = 5\nnếu a ≤ 5: Tối đa 5 = 2\ncòn lại: Nhiều = 0', '', 5, [3]))).toBe(2);
    expect(value(ruleCell('so sánh thứ hạng: tốt hơn = 1; bằng = 0,5; kém hơn = 0', '', 1, [3, 5]))).toBe(1);
    expect(value(ruleCell('xếp loại: HTXSNV = 2; HTTNV = 1; HTNV = 0,5; KHTNV = 0', '', 2, ['Hoàn thành nhiệm vụ']))).toBe(0.5);
    expect(value(ruleCell('trừ mỗi lần: 2', '', null, [3]))).toBe(-6);
    expect(value(ruleCell('trừ mỗi lần', '', null, [3, 1.5]))).toBe(-4.5);
    expect(value(ruleCell('vượt chỉ tiêu: từ 5% = 1; từ 10% = 2', '', 2, [0.07]))).toBe(1);
    expect(value(ruleCell('KPI', '', 70, [1, 0.5, 0.75]))).toBe(52.5);
  });

  it('special cases: the key or the name typed as the one input', () => {
    const special = 'Không có nhiệm vụ [khong-nhiem-vu] = tối đa; Miễn [mien] = 0,5';
    expect(value(ruleCell('tỷ lệ, từ 80%', special, 2, ['khong-nhiem-vu']))).toBe(2);
    expect(value(ruleCell('tỷ lệ, từ 80%', special, 2, ['Miễn']))).toBe(0.5);
  });

  it('boundaries: exactly the threshold reaches it; above 100% is capped at the maximum', () => {
    expect(value(ruleCell('tỷ lệ, từ 80%', '', 2, [8, 10]))).toBe(1.6);
    expect(value(ruleCell('tỷ lệ, từ 80%', '', 2, [7.99, 10]))).toBe(0);
    expect(value(ruleCell('tỷ lệ, từ 80%', '', 2, [12, 10]))).toBe(2);
  });

  it('bad input: a blank or unknown rule, a missing maximum, bad inputs, too many inputs', () => {
    expect(value(ruleCell(null, '', 2, [1]))).toBe('na');
    expect(value(ruleCell('chấm theo cảm nhận', '', 2, [1]))).toBe('value');
    expect(value(ruleCell('tỷ lệ, từ 80%', '', null, [8, 10]))).toBe('value');
    expect(value(ruleCell('tỷ lệ, từ 80%', '', 2, [8, 0]))).toBe('div0');
    expect(value(ruleCell('tỷ lệ, từ 80%', 'Miễn [mien]', 2, [8, 10]))).toBe('value');
    expect(value(ruleCell('tỷ lệ, từ 80%', '', 2, [[Array.from({ length: 20 }, () => 1)]]))).toBe('value');
    const r = ruleCell('tỷ lệ, từ 80%', '', 2, [{ type: 'Error', errorType: 'NotAvailable' } as never, 10]);
    expect(value(r)).toBe('na');
  });
});
