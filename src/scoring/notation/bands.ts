/**
 * Grade bands as a text gives them: `A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D dưới 50` (letters, codes or
 * names). Each band is "từ X", "từ X đến Y", "từ X đến dưới Y" or "dưới Y"; together they must cover every score once:
 * overlaps and gaps are refused, naming the two bands.
 */
import { gradeInfo, GRADES, parseGrade } from '../grades';
import { msg, type Msg } from '../messages';
import { parseVietnameseNumber } from '../numbers';
import { fail, ok, type Result } from '../result';
import type { GradeBand, GradeCode } from '../types';
import { fold, printNumber, splitOutside } from './text';

interface Span {
  readonly code: GradeCode;
  readonly from: number; // -Infinity for "dưới Y"
  readonly to: number; // +Infinity when open
  readonly toIncluded: boolean;
}

const BANDS_MESSAGES = {
  form: (part: string) =>
    msg(
      `Không hiểu thang "${part}": dùng "A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D dưới 50".`,
      `Band "${part}" is not understood: use "A từ 90; B từ 70 đến dưới 90; C từ 50 đến dưới 70; D dưới 50".`,
    ),
  missing: (names: string) => msg(`Thang xếp loại thiếu mức: ${names}.`, `The bands lack: ${names}.`),
  duplicate: (name: string) => msg(`Mức ${name} ghi hai lần trong thang xếp loại.`, `Band ${name} is written twice.`),
  order: () => msg('Thang xếp loại phải giảm dần từ A đến D.', 'Bands must descend from A to D.'),
  overlap: (a: string, b: string, at: string) =>
    msg(`Thang xếp loại chồng nhau: ${a} và ${b} cùng chứa ${at} điểm.`, `Bands overlap: ${a} and ${b} both hold ${at} points.`),
  gap: (a: string, b: string, from: string, to: string) =>
    msg(`Thang xếp loại có khoảng trống giữa ${b} và ${a}: từ ${from} đến ${to} điểm không thuộc mức nào.`, `Bands leave a gap between ${b} and ${a}: ${from} to ${to} points have no band.`),
  open: () => msg('Mức D phải là "dưới …" (không có điểm thấp nhất).', 'Band D must be "dưới …" (no lowest points).'),
} as const;

const letter = (c: GradeCode): string => gradeInfo(c).letter;

/** The text of bands; '' for none (the sheet then has no grade until bands are set). */
export function printBands(bands: readonly GradeBand[]): string {
  const b = GRADES.map((g) => bands.find((x) => x.code === g.code)!);
  const parts: string[] = [];
  for (let i = 0; i < 3; i++) {
    const min = printNumber(b[i]!.min);
    parts.push(i === 0 ? `${b[i]!.letter} từ ${min}` : `${b[i]!.letter} từ ${min} đến dưới ${printNumber(b[i - 1]!.min)}`);
  }
  parts.push(`D dưới ${printNumber(b[2]!.min)}`);
  return parts.join('; ');
}

const num = (s: string): number | null => parseVietnameseNumber(s.replace(/\s*điểm\s*$/i, '').trim());

/** Bands from their text; errors name the bands at fault. */
export function parseBands(text: string): Result<GradeBand[]> {
  const spans: Span[] = [];
  for (const part of splitOutside(text.replace(/\r?\n/g, ';'), ';')) {
    const m = /^(.+?)\s*[:(]?\s*(từ|tu|dưới|duoi)\s+(.+?)\)?$/i.exec(part.trim());
    if (!m) return fail('value', BANDS_MESSAGES.form(part));
    const grade = parseGrade(m[1]!.replace(/[:\-–]\s*$/, '').trim());
    if (!grade.ok) return fail('value', BANDS_MESSAGES.form(part));
    const rest = m[3]!;
    let span: Span;
    if (fold(m[2]!) === 'duoi') {
      const y = num(rest);
      if (y === null) return fail('value', BANDS_MESSAGES.form(part));
      span = { code: grade.value, from: Number.NEGATIVE_INFINITY, to: y, toIncluded: false };
    } else {
      const r = /^(.+?)(?:\s+(?:đến|den)\s+(dưới\s+|duoi\s+)?(.+))?$/i.exec(rest)!;
      const x = num(r[1]!);
      const y = r[3] === undefined ? Number.POSITIVE_INFINITY : num(r[3]);
      if (x === null || y === null) return fail('value', BANDS_MESSAGES.form(part));
      span = { code: grade.value, from: x, to: y, toIncluded: r[2] === undefined };
    }
    if (spans.some((s) => s.code === span.code)) return fail('value', BANDS_MESSAGES.duplicate(letter(span.code)));
    spans.push(span);
  }
  const missing = GRADES.filter((g) => !spans.some((s) => s.code === g.code));
  if (missing.length > 0) return fail('value', BANDS_MESSAGES.missing(missing.map((g) => g.letter).join(', ')));
  const ordered = GRADES.map((g) => spans.find((s) => s.code === g.code)!);
  for (let i = 0; i < 3; i++) {
    const hi = ordered[i]!;
    const lo = ordered[i + 1]!;
    if (!(hi.from > lo.from)) return fail('value', BANDS_MESSAGES.order());
    // Points have 2 decimals (DOMAIN.md Rounding): "đến 89,99" then "từ 90" leaves no score out.
    const loTop = lo.toIncluded ? lo.to + 0.01 : lo.to;
    if (loTop > hi.from + 1e-9 || (lo.toIncluded && lo.to >= hi.from - 1e-9)) {
      return fail('value', BANDS_MESSAGES.overlap(letter(hi.code), letter(lo.code), printNumber(hi.from)));
    }
    if (loTop < hi.from - 1e-9) return fail('value', BANDS_MESSAGES.gap(letter(hi.code), letter(lo.code), printNumber(lo.to), printNumber(hi.from)));
  }
  if (ordered[3]!.from !== Number.NEGATIVE_INFINITY) return fail('value', BANDS_MESSAGES.open());
  return ok(ordered.map((s, i) => ({ code: s.code, letter: GRADES[i]!.letter, min: i === 3 ? Number.NEGATIVE_INFINITY : s.from })));
}

export type { Msg };
