import { messages, msg, type Msg } from './messages';
import { parseVietnameseNumber } from './numbers';
import { isBlank, normalizeChoice, type RawValue } from './params';
import { fail, ok, type Result } from './result';
import { round } from './round';
import type { GradeBand, GradeCode } from './types';

/** The four quality levels (seed 004 §3.1; seed 003; Nghị định 90/2020 and 335/2025). */
export const GRADES: readonly { code: GradeCode; letter: 'A' | 'B' | 'C' | 'D'; name: Msg }[] = [
  { code: 'HTXSNV', letter: 'A', name: msg('Hoàn thành xuất sắc nhiệm vụ', 'Excellently completed duties') },
  { code: 'HTTNV', letter: 'B', name: msg('Hoàn thành tốt nhiệm vụ', 'Well completed duties') },
  { code: 'HTNV', letter: 'C', name: msg('Hoàn thành nhiệm vụ', 'Completed duties') },
  { code: 'KHTNV', letter: 'D', name: msg('Không hoàn thành nhiệm vụ', 'Did not complete duties') },
];

/** Seed 004 §3.1: A 90–100, B 70 to under 90, C 50 to under 70, D under 50. */
export const MONTHLY_BANDS: readonly GradeBand[] = [
  { code: 'HTXSNV', letter: 'A', min: 90 },
  { code: 'HTTNV', letter: 'B', min: 70 },
  { code: 'HTNV', letter: 'C', min: 50 },
  { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
];

/** Decision (DOMAIN.md): seeds 000 and 002 give no bands; the monthly bands are used, labelled "default, configurable". */
export const DEFAULT_BANDS: readonly GradeBand[] = MONTHLY_BANDS;

export const gradeInfo = (code: GradeCode) => GRADES.find((g) => g.code === code) ?? GRADES[3]!;

/** The grade of a score, from the score rounded to 2 decimals (DOMAIN.md Rounding). */
export function gradeOf(score: number, bands: readonly GradeBand[] = MONTHLY_BANDS): GradeCode {
  const s = round(score);
  for (const band of bands) if (s >= band.min) return band.code;
  return 'KHTNV';
}

export const gradeRank = (code: GradeCode): number => GRADES.findIndex((g) => g.code === code);

/**
 * Bands from the lowest points of A, B and C as a user types them ("từ 90 điểm"; text numbers such as "85,5" read):
 * null when all three are blank (no bands set), an error when some are missing, not numbers, or not descending.
 */
export function bandsFromMins(mins: readonly RawValue[]): Result<GradeBand[] | null> {
  if (mins.length !== 3) return fail('value', messages.bandsInvalid());
  if (mins.every(isBlank)) return ok(null);
  const n = mins.map((m) => (typeof m === 'number' ? m : typeof m === 'string' ? parseVietnameseNumber(m) : null));
  if (n.some((x) => x === null || !Number.isFinite(x))) return fail('value', messages.bandsInvalid());
  const [a, b, c] = n as [number, number, number];
  if (!(a > b && b > c)) return fail('value', messages.bandsInvalid());
  return ok([
    { code: 'HTXSNV', letter: 'A', min: a },
    { code: 'HTTNV', letter: 'B', min: b },
    { code: 'HTNV', letter: 'C', min: c },
    { code: 'KHTNV', letter: 'D', min: Number.NEGATIVE_INFINITY },
  ]);
}

const stripMarks = (s: string): string =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const GRADE_ALIASES: ReadonlyMap<string, GradeCode> = (() => {
  const m = new Map<string, GradeCode>();
  for (const g of GRADES) {
    for (const alias of [g.code, g.letter, g.name.vi, g.name.en, `Loại ${g.letter}`]) {
      m.set(normalizeChoice(stripMarks(alias)), g.code);
    }
  }
  m.set('htxsnnv', 'HTXSNV'); // as misprinted in the header of Mẫu 1A, seed 004
  m.set('khong htnv', 'KHTNV');
  return m;
})();

/** Accepts A–D, the codes, the full Vietnamese or English names, with or without diacritics. */
export function parseGrade(raw: string): Result<GradeCode> {
  const code = GRADE_ALIASES.get(normalizeChoice(stripMarks(raw)));
  return code ? ok(code) : fail('value', messages.unknownGrade(raw));
}

/** All spellings parseGrade accepts, for choice inputs. */
export const GRADE_SPELLINGS: readonly string[] = GRADES.flatMap((g) => [g.letter, g.code, g.name.vi]);
