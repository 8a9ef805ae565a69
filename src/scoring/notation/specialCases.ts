/**
 * Special cases ("Ghi chú", "Lưu ý" under a criterion): `Trong năm không có đơn thư [khong-don-thu] = 1; Năm đầu tiên
 * đánh giá [nam-dau-tien] = tối đa`, one a line or separated by ";". The key in brackets is what a user may type
 * instead of the inputs; without one, it is made from the name.
 */
import { msg } from '../messages';
import { fail, ok, type Result } from '../result';
import type { SpecialCase } from '../types';
import { fold, NOTATION_MESSAGES as M, POINTS, printPoints, quoteLabel, readPoints, splitOutside, splitPair } from './text';

/** "Trong năm không có đơn thư" → "trong-nam-khong-co-don-thu". */
export const keyOf = (label: string): string => fold(label).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);

export function printSpecialCases(cases: readonly SpecialCase[]): string {
  return cases.map((c) => `${quoteLabel(c.label.vi)} [${c.key}] = ${printPoints(c.points)}`).join('\n');
}

export function parseSpecialCases(text: string): Result<SpecialCase[]> {
  const out: SpecialCase[] = [];
  for (const line of text.split(/\r?\n/)) {
    for (const part of splitOutside(line, ';')) {
      const pair = splitPair(part);
      if (!pair) return fail('value', /=\s*$/.test(part) || !part.includes('=') ? M.specialNoPoints(part) : M.special(part));
      const m = /^(.*?)\s*\[([^\]]*)\]\s*$/s.exec(pair.label);
      const label = (m ? m[1]! : pair.label).trim();
      const key = (m ? m[2]!.trim() : '') || keyOf(label);
      if (label === '' || key === '') return fail('value', M.special(part));
      const points = readPoints(pair.value, POINTS, true);
      if (!points.ok) return points;
      if (out.some((c) => c.key.toLowerCase() === key.toLowerCase())) return fail('value', M.specialDuplicate(key));
      out.push({ key, label: msg(label, label), points: points.value });
    }
  }
  return ok(out);
}
