import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BANDS,
  GRADE_SPELLINGS,
  gradeInfo,
  gradeOf,
  gradeRank,
  GRADES,
  MONTHLY_BANDS,
  parseGrade,
} from '../../src/scoring/grades';
import type { GradeBand } from '../../src/scoring/types';

describe('grades — arguments', () => {
  it('four grades, A to D, in order', () => {
    expect(GRADES.map((g) => [g.code, g.letter])).toEqual([
      ['HTXSNV', 'A'],
      ['HTTNV', 'B'],
      ['HTNV', 'C'],
      ['KHTNV', 'D'],
    ]);
    expect(gradeInfo('HTNV').name.vi).toBe('Hoàn thành nhiệm vụ');
    expect(gradeRank('HTXSNV')).toBe(0);
    expect(gradeRank('KHTNV')).toBe(3);
  });
  it('monthly bands: A from 90, B from 70, C from 50, D below; the default bands are the same', () => {
    expect(MONTHLY_BANDS.map((b) => [b.letter, b.min])).toEqual([
      ['A', 90],
      ['B', 70],
      ['C', 50],
      ['D', Number.NEGATIVE_INFINITY],
    ]);
    expect(DEFAULT_BANDS).toEqual(MONTHLY_BANDS);
  });
  it('GRADE_SPELLINGS offers letter, code and Vietnamese name of each grade', () => {
    expect(GRADE_SPELLINGS).toHaveLength(12);
    expect(GRADE_SPELLINGS).toEqual(expect.arrayContaining(['A', 'HTXSNV', 'Hoàn thành xuất sắc nhiệm vụ', 'D', 'KHTNV']));
  });
});

describe('grades — normal cases', () => {
  it('gradeOf inside each band', () => {
    expect(gradeOf(95)).toBe('HTXSNV');
    expect(gradeOf(80)).toBe('HTTNV');
    expect(gradeOf(60)).toBe('HTNV');
    expect(gradeOf(30)).toBe('KHTNV');
  });
  it('parseGrade: letters and codes, any case', () => {
    expect(parseGrade('A')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('b')).toEqual({ ok: true, value: 'HTTNV' });
    expect(parseGrade('HTNV')).toEqual({ ok: true, value: 'HTNV' });
    expect(parseGrade('khtnv')).toEqual({ ok: true, value: 'KHTNV' });
  });
  it('parseGrade: full Vietnamese names, with and without diacritics', () => {
    expect(parseGrade('Hoàn thành xuất sắc nhiệm vụ')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('Hoàn thành tốt nhiệm vụ')).toEqual({ ok: true, value: 'HTTNV' });
    expect(parseGrade('Hoàn thành nhiệm vụ')).toEqual({ ok: true, value: 'HTNV' });
    expect(parseGrade('Không hoàn thành nhiệm vụ')).toEqual({ ok: true, value: 'KHTNV' });
    expect(parseGrade('hoan thanh xuat sac nhiem vu')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('KHONG HOAN THANH NHIEM VU')).toEqual({ ok: true, value: 'KHTNV' });
    expect(parseGrade('Hoàn thành tốt nhiệm vụ'.normalize('NFD'))).toEqual({ ok: true, value: 'HTTNV' });
  });
  it('parseGrade: "Loại A" … "Loại D", English names, and the Mẫu 1A misprint HTXSNNV', () => {
    expect(parseGrade('Loại A')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('loai  b')).toEqual({ ok: true, value: 'HTTNV' });
    expect(parseGrade('Loại C')).toEqual({ ok: true, value: 'HTNV' });
    expect(parseGrade('LOẠI D')).toEqual({ ok: true, value: 'KHTNV' });
    expect(parseGrade('Excellently completed duties')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('HTXSNNV')).toEqual({ ok: true, value: 'HTXSNV' });
    expect(parseGrade('Không HTNV')).toEqual({ ok: true, value: 'KHTNV' });
    expect(parseGrade('  A  ')).toEqual({ ok: true, value: 'HTXSNV' });
  });
});

describe('grades — boundaries', () => {
  it('90 is A; 89.995 rounds to 90.00 and is A; 89.994 rounds to 89.99 and is B', () => {
    expect(gradeOf(90)).toBe('HTXSNV');
    expect(gradeOf(89.995)).toBe('HTXSNV');
    expect(gradeOf(89.994)).toBe('HTTNV');
    expect(gradeOf(89.99)).toBe('HTTNV');
  });
  it('70 is B, 69.99 is C; 50 is C, 49.99 is D', () => {
    expect(gradeOf(70)).toBe('HTTNV');
    expect(gradeOf(69.99)).toBe('HTNV');
    expect(gradeOf(69.995)).toBe('HTTNV');
    expect(gradeOf(50)).toBe('HTNV');
    expect(gradeOf(49.99)).toBe('KHTNV');
    expect(gradeOf(49.995)).toBe('HTNV');
  });
  it('100, 0 and a negative THADS total', () => {
    expect(gradeOf(100)).toBe('HTXSNV');
    expect(gradeOf(0)).toBe('KHTNV');
    expect(gradeOf(-50)).toBe('KHTNV');
  });
  it('custom bands', () => {
    const bands: GradeBand[] = [
      { code: 'HTXSNV', letter: 'A', min: 180 },
      { code: 'HTTNV', letter: 'B', min: 150 },
      { code: 'HTNV', letter: 'C', min: 100 },
      { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
    ];
    expect(gradeOf(180, bands)).toBe('HTXSNV');
    expect(gradeOf(179.99, bands)).toBe('HTTNV');
    expect(gradeOf(95, bands)).toBe('KHTNV');
  });
  it('a score below every band (bands without a D floor) is D', () => {
    expect(gradeOf(10, [{ code: 'HTXSNV', letter: 'A', min: 90 }])).toBe('KHTNV');
  });
});

describe('grades — bad input', () => {
  it('parseGrade: unknown spellings are an error (value)', () => {
    for (const bad of ['E', '', '  ', 'Xuất sắc', 'Loại E', 'HTX', '1']) {
      expect(parseGrade(bad), bad).toMatchObject({ ok: false, error: { code: 'value' } });
    }
  });
  it('the error names the accepted grades', () => {
    const r = parseGrade('E');
    expect(r.ok === false && r.error.message.vi).toContain('HTXSNV');
  });
});
