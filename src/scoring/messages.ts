/**
 * Every message the core shows a user, Vietnamese first, English second (STYLE 4).
 * Nothing else in src/scoring builds user-facing text.
 */
export interface Msg {
  readonly vi: string;
  readonly en: string;
}

export type Lang = 'vi' | 'en';

export const msg = (vi: string, en: string): Msg => ({ vi, en });

/** "Vietnamese / English" on one line, for hosts that cannot switch language (Excel error tooltips, CLI default). */
export const bilingual = (m: Msg): string => `${m.vi} / ${m.en}`;

/** Excel shows at most 255 characters of a custom function's error message. */
export const EXCEL_MESSAGE_MAX = 255;

/** "Vietnamese / English" within Excel's 255 characters: each half shortened in proportion when the two are too long. */
export function excelMessage(m: Msg): string {
  const full = bilingual(m);
  if (full.length <= EXCEL_MESSAGE_MAX) return full;
  const room = EXCEL_MESSAGE_MAX - 3;
  const vi = Math.floor((room * m.vi.length) / (m.vi.length + m.en.length));
  const cut = (t: string, n: number) => (t.length <= n ? t : `${t.slice(0, n - 1)}…`);
  return `${cut(m.vi, vi)} / ${cut(m.en, room - vi)}`;
}

export const text = (m: Msg, lang: Lang): string => (lang === 'en' ? m.en : m.vi);

/** At most a short excerpt of what was typed (issue 15: an Excel error message is read in a 255-character tooltip). */
export const excerpt = (raw: string): string => {
  const one = raw.replace(/\s+/g, ' ').trim();
  return one.length > 24 ? `${one.slice(0, 23)}…` : one;
};

const fmt = (n: number): string => (Number.isFinite(n) ? String(n).replace('.', ',') : String(n));
const fmtEn = (n: number): string => String(n);

export const messages = {
  missing: (label: Msg) => msg(`Thiếu giá trị: ${label.vi}.`, `Missing value: ${label.en}.`),
  notANumber: (label: Msg, raw: string) =>
    msg(`${label.vi}: "${excerpt(raw)}" không phải là số.`, `${label.en}: "${excerpt(raw)}" is not a number.`),
  negative: (label: Msg) => msg(`${label.vi} không được âm.`, `${label.en} must not be negative.`),
  tooLarge: (label: Msg) => msg(`${label.vi} quá lớn (trên 10^15).`, `${label.en} is too large (above 10^15).`),
  notWhole: (label: Msg) => msg(`${label.vi} phải là số nguyên.`, `${label.en} must be a whole number.`),
  notFinite: (label: Msg) => msg(`${label.vi} phải là số hữu hạn.`, `${label.en} must be a finite number.`),
  fractionAboveOne: (label: Msg, value: number) =>
    msg(
      `${label.vi} = ${fmt(value)} lớn hơn 100%. Hãy nhập dạng phần trăm, ví dụ 95%.`,
      `${label.en} = ${fmtEn(value)} is above 100%. Type it as a percentage, e.g. 95%.`,
    ),
  zeroTarget: (label: Msg) =>
    msg(`${label.vi} bằng 0: không tính được tỷ lệ.`, `${label.en} is 0: the ratio cannot be computed.`),
  zeroRespondents: () =>
    msg(
      'Tổng số người trả lời (B) bằng 0: không tính được điểm XHH.',
      'The number of respondents (B) is 0: the survey score cannot be computed.',
    ),
  unknownChoice: (label: Msg, raw: string, allowed: readonly string[]) =>
    msg(
      `${label.vi}: "${excerpt(raw)}" không hợp lệ. Chọn: ${allowed.join('; ')}.`,
      `${label.en}: "${excerpt(raw)}" is not valid. Choose: ${allowed.join('; ')}.`,
    ),
  tooManyInputs: (expected: number, got: number) =>
    msg(`Nhận ${got} giá trị, tiêu chí này cần tối đa ${expected}.`, `Got ${got} values; this criterion takes at most ${expected}.`),
  unknownTemplate: (id: string, known: readonly string[]) =>
    msg(`Không có khung tiêu chí "${excerpt(id)}". Các mã: ${known.join(', ')}.`, `No framework "${excerpt(id)}". Known ids: ${known.join(', ')}.`),
  unknownCriterion: (templateId: string, id: string) =>
    msg(`Khung "${templateId}" không có tiêu chí "${excerpt(id)}".`, `Framework "${templateId}" has no criterion "${excerpt(id)}".`),
  notScorable: (id: string) =>
    msg(
      `Tiêu chí "${id}" không tự tính điểm (tiêu chí cha hoặc nội dung nhận xét).`,
      `Criterion "${id}" is not scored by a rule (a parent or a narrative field).`,
    ),
  partAboveWhole: (part: Msg, whole: Msg) =>
    msg(`${part.vi} lớn hơn ${whole.vi}.`, `${part.en} is greater than ${whole.en}.`),
  errorInput: (label: Msg, error: string) =>
    msg(`${label.vi} đang là lỗi ${error}.`, `${label.en} holds the error ${error}.`),
  rangeForValue: (label: Msg) =>
    msg(`${label.vi}: cần một ô, nhận một vùng.`, `${label.en}: expects one cell, got a range.`),
  notAValue: (label: Msg) =>
    msg(`${label.vi}: ô chứa kiểu dữ liệu, không phải giá trị.`, `${label.en}: the cell holds a data type, not a value.`),
  ambiguousNumber: (label: Msg, raw: string) =>
    msg(
      `${label.vi}: "${excerpt(raw)}" đọc được hai cách. Gõ ${excerpt(raw).replace('.', ',')} (số thập phân) hoặc ${excerpt(raw).replace('.', '')}.`,
      `${label.en}: "${excerpt(raw)}" reads two ways. Type ${excerpt(raw).replace('.', ',')} (decimal comma) or ${excerpt(raw).replace('.', '')}.`,
    ),
  shapeMismatch: (a: Msg, b: Msg, sa: string, sb: string) =>
    msg(`${b.vi} (${sb}) phải cùng kích thước với ${a.vi} (${sa}).`, `${b.en} (${sb}) must have the same shape as ${a.en} (${sa}).`),
  notRectangular: (label: Msg) => msg(`${label.vi}: các hàng không cùng độ dài.`, `${label.en}: rows of different lengths.`),
  lengthMismatch: (a: Msg, b: Msg) =>
    msg(`${a.vi} và ${b.vi} phải có cùng số phần tử.`, `${a.en} and ${b.en} must have the same number of items.`),
  boundsNotAscending: () =>
    msg('Các ngưỡng dưới phải tăng dần.', 'Lower bounds must be in ascending order.'),
  emptyRange: (label: Msg) => msg(`${label.vi} trống.`, `${label.en} is empty.`),
  unknownMode: (raw: string, allowed: readonly string[]) =>
    msg(`Chế độ "${excerpt(raw)}" không hợp lệ. Chọn: ${allowed.join(', ')}.`, `Mode "${excerpt(raw)}" is not valid. Choose: ${allowed.join(', ')}.`),
  unknownGrade: (raw: string) =>
    msg(
      `"${excerpt(raw)}" không phải mức xếp loại (A, B, C, D, HTXSNV, HTTNV, HTNV, KHTNV).`,
      `"${excerpt(raw)}" is not a grade (A, B, C, D, HTXSNV, HTTNV, HTNV, KHTNV).`,
    ),
  scoreOutOfRange: (value: number, max: number) =>
    msg(`Điểm ${fmt(value)} nằm ngoài khoảng 0–${fmt(max)}.`, `Score ${fmtEn(value)} is outside 0–${fmtEn(max)}.`),
  scoreNotAllowed: (value: number, allowed: readonly number[] | null) =>
    msg(
      `Điểm ${fmt(value)} không phải mức điểm tiêu chí cho phép${allowed ? ` (${allowed.map(fmt).join('; ')})` : ''}.`,
      `Score ${fmtEn(value)} is not a value this criterion allows${allowed ? ` (${allowed.map(fmtEn).join('; ')})` : ''}.`,
    ),
  leaderPart: (label: Msg, value: number) =>
    msg(
      `${label.vi} = ${fmt(value * 100)}%: chỉ có thể là 100% hoặc 50% (Kế hoạch đánh giá hằng tháng, phần III mục 3.3).`,
      `${label.en} = ${fmtEn(value * 100)}%: it can only be 100% or 50% (the monthly evaluation plan, part III, 3.3).`,
    ),
  incomplete: () =>
    msg('Chưa đủ dữ liệu để xếp loại.', 'Not enough data for a grade yet.'),
  noBands: () =>
    msg('Chưa có thang xếp loại: nhập điểm tối thiểu của A, B, C vào ô "Thang xếp loại".', 'No grade bands yet: type the lowest points of A, B, C in the "Thang xếp loại" block.'),
  bandsInvalid: () =>
    msg(
      'Thang xếp loại không hợp lệ: cần đủ ba số, điểm tối thiểu của A lớn hơn B, B lớn hơn C.',
      'The grade bands are not valid: three numbers, the lowest points of A above B, B above C.',
    ),
  noMonths: () => msg('Không có tháng nào có điểm.', 'No month has a score.'),
  capOutOfRange: (value: number) =>
    msg(
      `Tỷ lệ trần ${fmt(value)} không hợp lệ: nhập 20% hoặc 25%.`,
      `Cap ${fmtEn(value)} is not valid: type 20% or 25%.`,
    ),
  capAboveLimit: (value: number) =>
    msg(
      `Tỷ lệ loại A ${fmt(value * 100)}% vượt mức tối đa: không vượt quá 20% số được xếp loại B, hoặc 25% khi cấp có thẩm quyền cho phép với đơn vị có thành tích xuất sắc.`,
      `An A quota of ${fmtEn(value * 100)}% is above the limit: at most 20% of those graded B, or 25% where the competent authority allows it for an outstanding unit.`,
    ),
  unknownStep: (raw: string, allowed: readonly string[]) =>
    msg(`Bước "${excerpt(raw)}" không hợp lệ. Chọn: ${allowed.join(', ')}.`, `Step "${excerpt(raw)}" is not valid. Choose: ${allowed.join(', ')}.`),
  invalidMonth: () => msg('Tháng phải từ 1 đến 12.', 'Month must be 1 to 12.'),
  invalidQuarter: () => msg('Quý phải từ 1 đến 4.', 'Quarter must be 1 to 4.'),
  invalidYear: () => msg('Năm không hợp lệ.', 'Year is not valid.'),
  negativeTotal: (value: number) =>
    msg(`Tổng điểm âm (${fmt(value)}): kiểm tra lại số lần vi phạm.`, `Negative total (${fmtEn(value)}): check the numbers of occurrences.`),
} as const;
