import { describe, expect, it } from 'vitest';
import { MONTHLY_BANDS } from '../../../src/scoring';
import { parseBands, printBands } from '../../../src/scoring/notation';

const mins = (text: string) => {
  const r = parseBands(text);
  return r.ok ? r.value.slice(0, 3).map((b) => b.min) : r.error.message.vi;
};

describe('grade bands in words', () => {
  it('print the monthly bands and read them back', () => {
    const text = printBands(MONTHLY_BANDS);
    expect(text).toBe('A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D dưới 50');
    expect(parseBands(text)).toEqual({ ok: true, value: MONTHLY_BANDS });
  });

  it('take letters, codes or names, any order, and 2-decimal upper bounds', () => {
    expect(mins('KHTNV dưới 55; HTNV từ 55 đến 74,99; HTTNV từ 75 đến 89,99; HTXSNV từ 90 đến 100')).toEqual([90, 75, 55]);
    expect(mins('Hoàn thành xuất sắc nhiệm vụ: từ 85; B từ 65 đến dưới 85; C từ 40 đến dưới 65; D dưới 40')).toEqual([85, 65, 40]);
  });

  it('refuse overlaps, gaps, a missing or repeated band, and D with a lowest point', () => {
    expect(mins('A từ 90; B từ 70 đến 90; C từ 50 đến dưới 70; D dưới 50')).toContain('chồng nhau');
    expect(mins('A từ 90; B từ 70 đến 89; C từ 50 đến dưới 70; D dưới 50')).toContain('khoảng trống');
    expect(mins('A từ 90; B từ 70 đến dưới 90; D dưới 50')).toContain('thiếu mức: C');
    expect(mins('A từ 90; A từ 80; C từ 50 đến dưới 70; D dưới 50')).toContain('hai lần');
    expect(mins('A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D từ 0 đến dưới 50')).toContain('dưới');
    expect(mins('A chín mươi')).toContain('Không hiểu');
  });
});
