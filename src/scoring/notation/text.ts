/**
 * The pieces every rule's notation shares (issue 12): Vietnamese numbers ("0,5", "80%"), lists split on ";" outside
 * quotes, and keywords compared without case or diacritics, so that "ty le, tu 80%" reads as "tỷ lệ, từ 80%".
 */
import { msg, type Msg } from '../messages';
import { formatVietnameseNumber } from '../numbers';
import { readInput, type InputSpec } from '../params';
import { fail, ok, type Result } from '../result';

/** One character for one character (Vietnamese letters are single code units in NFC), so positions carry over. */
export const foldChar = (c: string): string => (c === 'đ' || c === 'Đ' ? 'd' : c.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase());

/** Lower case, no diacritics, one space between words: what keywords are compared on. */
export const fold = (s: string): string => [...s.normalize('NFC')].map(foldChar).join('').replace(/\s+/g, ' ').trim();

/** A number as the notation prints it: decimal comma, no thousands dot (1234,5), up to 6 decimals. */
export function printNumber(n: number): string {
  return formatVietnameseNumber(Number(n.toPrecision(12)), 6).replace(/\./g, '');
}

/** A fraction as a percentage: 0.8 → "80%", 0.995 → "99,5%". */
export const printPercent = (f: number): string => `${printNumber(Number((f * 100).toPrecision(12)))}%`;

/** Points as printed: a number, or "tối đa" for the criterion's maximum. */
export const printPoints = (p: number | 'max'): string => (p === 'max' ? 'tối đa' : printNumber(p));

/**
 * A parameter value read through the same InputSpec check as every input (STYLE 3): the label names the parameter in
 * the message. "tối đa" is accepted where `max` is allowed.
 */
export function readParam(spec: InputSpec, raw: string): Result<number> {
  const r = readInput(spec, raw.trim());
  if (!r.ok) return r;
  if (typeof r.value !== 'number') return fail('value', NOTATION_MESSAGES.missingValue(spec.label));
  return ok(r.value);
}

export function readPoints(raw: string, label: Msg, allowMax: boolean, signed = false): Result<number | 'max'> {
  if (allowMax && fold(raw) === 'toi da') return ok('max');
  return readParam({ key: 'points', label, type: 'number', ...(signed ? { signed: true } : {}) }, raw);
}

/** Splits on `sep` outside double quotes; parts trimmed, empty parts dropped; quotes kept for `unquote`. */
export function splitOutside(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"' || c === '“' || c === '”') quoted = !quoted;
    if (!quoted && c === sep) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/** `"a; b"` → `a; b`; other text as it is. */
export const unquote = (s: string): string => {
  const t = s.trim();
  return /^["“].*["”]$/s.test(t) ? t.slice(1, -1) : t;
};

/** A label quoted when it holds a character the notation uses. */
export const quoteLabel = (s: string): string => (/[;=\n"|[\]]/.test(s) ? `"${s.replace(/"/g, '\'')}"` : s);

/** "label = value": the last " = " outside quotes splits them. */
export function splitPair(part: string): { label: string; value: string } | null {
  let quoted = false;
  let at = -1;
  for (let i = 0; i < part.length; i++) {
    const c = part[i]!;
    if (c === '"' || c === '“' || c === '”') quoted = !quoted;
    if (!quoted && c === '=') at = i;
  }
  if (at < 0) return null;
  const label = unquote(part.slice(0, at));
  const value = part.slice(at + 1).trim();
  return label === '' || value === '' ? null : { label, value };
}

/** A text the user typed, echoed in a message: short enough for Excel's 255 characters. */
export const cut = (s: string): string => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

export const NOTATION_MESSAGES = {
  missingValue: (label: Msg) => msg(`Thiếu giá trị: ${label.vi}.`, `Missing value: ${label.en}.`),
  unknownRule: (text: string, forms: string) =>
    msg(`Không hiểu quy tắc "${cut(text)}". Các dạng quy tắc: ${forms}.`, `Rule "${cut(text)}" is not understood. Rule forms: ${forms}.`),
  emptyRule: () => msg('Thiếu quy tắc chấm.', 'The rule is missing.'),
  badPair: (part: string, example: string) =>
    msg(`"${cut(part)}" không đúng dạng "tên = điểm" (ví dụ: ${example}).`, `"${cut(part)}" is not of the form "name = points" (e.g. ${example}).`),
  noOptions: (example: string) => msg(`Cần ít nhất một mức (ví dụ: ${example}).`, `At least one option is needed (e.g. ${example}).`),
  duplicateOption: (label: string) => msg(`Mức "${cut(label)}" ghi hai lần.`, `Option "${cut(label)}" is written twice.`),
  extraText: (kind: string, extra: string, example: string) =>
    msg(`Quy tắc "${cut(kind)}" không có phần "${cut(extra)}" (ví dụ: ${example}).`, `Rule "${cut(kind)}" takes no "${cut(extra)}" (e.g. ${example}).`),
  unknownWord: (word: string, allowed: string) => msg(`Không hiểu "${cut(word)}"; dùng: ${allowed}.`, `"${cut(word)}" is not understood; use: ${allowed}.`),
  missingGrades: (missing: string) => msg(`Thiếu điểm của mức xếp loại: ${missing}.`, `Points missing for the ratings: ${missing}.`),
  bracketsOrder: () => msg('Các khung phải tăng dần (từ 5% rồi từ 10%…).', 'Brackets must ascend (from 5%, then from 10%…).'),
  tierLine: (line: string) =>
    msg(
      `Không hiểu dòng "${cut(line)}": dùng "a = tên số liệu", "nếu a > 0: tên bậc = điểm", "còn lại: tên bậc = điểm" hoặc "kiểm tra: a + b ≤ c".`,
      `Line "${cut(line)}" is not understood: use "a = input name", "nếu a > 0: tier = points", "còn lại: tier = points" or "kiểm tra: a + b ≤ c".`,
    ),
  tierCondition: (cond: string) =>
    msg(`Không hiểu điều kiện "${cut(cond)}" (ví dụ: "a > 0", "a ≥ 85% b", "a + b ≤ c").`, `Condition "${cut(cond)}" is not understood (e.g. "a > 0", "a ≥ 85% b", "a + b ≤ c").`),
  unknownVariable: (name: string) => msg(`Số liệu "${cut(name)}" chưa được khai báo (thêm dòng "${name} = tên số liệu").`, `Input "${cut(name)}" is not declared (add a line "${name} = input name").`),
  duplicateVariable: (name: string) => msg(`Số liệu "${cut(name)}" khai báo hai lần.`, `Input "${cut(name)}" is declared twice.`),
  noInputs: () => msg('Quy tắc theo bậc cần ít nhất một số liệu ("a = tên số liệu").', 'A tiered rule needs at least one input ("a = input name").'),
  tooManyInputs: (n: number, max: number) => msg(`Quy tắc có ${n} số liệu, tối đa ${max}.`, `The rule has ${n} inputs, at most ${max}.`),
  noTiers: () => msg('Quy tắc theo bậc cần ít nhất một bậc ("nếu …: … = điểm").', 'A tiered rule needs at least one tier ("nếu …: … = points").'),
  lastTier: () =>
    msg('Bậc cuối cùng phải là "còn lại: … = điểm", để mọi số liệu đều có điểm.', 'The last tier must be "còn lại: … = points", so that every input has points.'),
  tierAfterOtherwise: () => msg('Không có bậc nào sau "còn lại".', 'No tier may follow "còn lại".'),
  special: (part: string) =>
    msg(
      `Không hiểu trường hợp đặc biệt "${cut(part)}": dùng "tên [mã] = điểm" (ví dụ: Trong năm không có đơn thư [khong-don-thu] = 1).`,
      `Special case "${cut(part)}" is not understood: use "name [key] = points" (e.g. Trong năm không có đơn thư [khong-don-thu] = 1).`,
    ),
  specialNoPoints: (part: string) => msg(`Trường hợp đặc biệt "${cut(part)}" chưa ghi điểm ("= điểm").`, `Special case "${cut(part)}" has no points ("= points").`),
  specialDuplicate: (key: string) => msg(`Mã trường hợp đặc biệt "${cut(key)}" ghi hai lần.`, `Special case key "${cut(key)}" is written twice.`),
  specialNotAllowed: (kind: string) =>
    msg(`Quy tắc "${cut(kind)}" không có trường hợp đặc biệt.`, `Rule "${cut(kind)}" takes no special cases.`),
  thresholdAbove: (v: string) => msg(`Ngưỡng ${v} lớn hơn 100%.`, `Threshold ${v} is above 100%.`),
} as const;

export const THRESHOLD = msg('Ngưỡng tỷ lệ', 'Ratio threshold');
export const POINTS = msg('Điểm', 'Points');
