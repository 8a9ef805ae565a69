/**
 * Numbers as Vietnamese offices write them (DOMAIN.md): "8,5" is 8.5, "1.234.567" is 1234567, "95%" is 0.95.
 * Decision: a text with one separator kind is read by its shape — "." followed by groups of exactly three digits
 * is a thousands separator ("1.234" = 1234, as money is written), otherwise "." is a decimal point ("12.5");
 * "," is a decimal comma unless it separates several groups of three digits ("1,234,567").
 * With both, the last one is the decimal separator ("1.234,5" = 1234.5; "1,234.5" = 1234.5).
 */
/**
 * Decision (issue 15): a text with one "." followed by exactly three digits ("89.995", "1.234") reads two ways in
 * Vietnamese offices — a decimal point as typed on an English keyboard, or a thousands dot as money is written. Where a
 * cell feeds a rule (a score, a count, a percentage), such a text is refused with a message asking for "89,995" or
 * 89995, never silently read as 89995. Several groups ("1.234.567") or a leading "0." ("0.125") are unambiguous.
 */
export const isAmbiguousGrouping = (input: string): boolean => /^[+\-−]?[1-9]\d{0,2}\.\d{3}%?$/.test(input.trim());

/** The usual shapes, read without the general path: "12", "4,5", "0,25". */
const PLAIN = /^\d{1,15}(?:,\d{1,15})?$/;

/** "12", "4,5" as a number, or null for any other text (the general path reads those). */
export const plainNumberText = (input: string): number | null => (PLAIN.test(input) ? Number(input.replace(',', '.')) : null);

export function parseVietnameseNumber(input: string): number | null {
  if (PLAIN.test(input)) return Number(input.replace(',', '.'));
  let s = input.normalize('NFC').trim().replace(/[\u00a0\u202f\s]/g, '');
  if (s === '') return null;
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('−')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  if (!/^[0-9.,]+$/.test(s) || !/[0-9]/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normalized: string;
  if (dots > 0 && commas > 0) {
    const decimalIsComma = s.lastIndexOf(',') > s.lastIndexOf('.');
    const thousands = decimalIsComma ? '.' : ',';
    const decimal = decimalIsComma ? ',' : '.';
    const [intPart, fracPart, extra] = s.split(decimal);
    if (extra !== undefined || intPart === undefined || fracPart === undefined) return null;
    if (!isGrouped(intPart, thousands) || fracPart.includes(thousands)) return null;
    normalized = `${intPart.split(thousands).join('')}.${fracPart}`;
  } else if (dots > 0) {
    normalized = isGrouped(s, '.') && !s.startsWith('0.') ? s.split('.').join('') : dots === 1 ? s : '';
  } else if (commas > 0) {
    normalized = commas > 1 && isGrouped(s, ',') ? s.split(',').join('') : commas === 1 ? s.replace(',', '.') : '';
  } else {
    normalized = s;
  }
  if (normalized === '' || !/^\d*\.?\d*$/.test(normalized) || normalized === '.') return null;
  const value = sign * Number(normalized);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

/** "1.234.567" with sep "." — first group 1–3 digits, then groups of exactly 3. */
function isGrouped(s: string, sep: string): boolean {
  const parts = s.split(sep);
  if (parts.length < 2) return /^\d+$/.test(s);
  const [first, ...rest] = parts;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((p) => /^\d{3}$/.test(p));
}

/** A number for display the Vietnamese way: decimal comma, "." between thousands. */
export function formatVietnameseNumber(value: number, decimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(decimals).replace(/\.?0+$/, '');
  const [intPart = '0', frac] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}
