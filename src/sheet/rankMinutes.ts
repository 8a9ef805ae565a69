/**
 * The appraisal minutes of one unit (biên bản thẩm định, seed 002: the council appraises each criterion of the commune's
 * self-assessment): one A4 page naming every criterion the council changed, the points on both sides and the reason
 * written in "Ý kiến thẩm định", with both totals and levels. Pure; any framework.
 */
import { gradeInfo, msg, type Framework, type GradeCode } from '../scoring';
import { range } from './a1';
import { PlanBuilder } from './plans/builder';
import { printedSource } from './plans/framework';
import { viNumber, type RankingDetails, type UnitEntry } from './rank';
import type { SheetPlan } from './types';

/** Columns of the minutes' table (0-based). */
export const MINUTES_COL = { stt: 0, id: 1, title: 2, max: 3, self: 4, appraised: 5, change: 6, reason: 7 } as const;
export const MINUTES_ROW = { header: 9, first: 10 } as const;

/** A criterion's wording cut to what one line of a one-page table holds. */
const TITLE_MAX = 140;
const shortTitle = (t: string): string => {
  const line = t.split('\n')[0] ?? t;
  return line.length <= TITLE_MAX ? line : `${line.slice(0, TITLE_MAX - 1)}…`;
};
const levelText = (code: GradeCode | null): string => (code ? gradeInfo(code).name.vi : 'chưa xếp loại');
const points = (n: number | null): string => (n === null ? 'chưa có' : viNumber(n));

export function planMinutes(fw: Framework, entry: UnitEntry, details: RankingDetails = {}): SheetPlan {
  const name = `BB ${entry.unit}`.replace(/[[\]:*?/\\']/g, ' ').slice(0, 31).trim();
  const b = new PlanBuilder('rank-minutes', msg('Biên bản thẩm định', 'Appraisal minutes'), name);
  const C = MINUTES_COL;
  const last = C.reason;
  b.set(0, 0, { value: (details.unit ?? 'HỘI ĐỒNG THẨM ĐỊNH').toUpperCase(), style: 'group' }).merge(0, 0, 0, 2);
  b.set(0, 3, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(0, 3, 0, last);
  b.set(1, 3, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(1, 3, 1, last);
  b.set(3, 0, { value: 'BIÊN BẢN THẨM ĐỊNH\nKẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM', style: 'title' }).merge(3, 0, 3, last);
  b.set(4, 0, { value: `${fw.title.vi}${details.year ? ` — năm ${details.year}` : ''}`, style: 'subtitle' }).merge(4, 0, 4, last);
  b.set(5, 0, { value: `Đơn vị được thẩm định: ${entry.unit}`, style: 'group' }).merge(5, 0, 5, last);
  const delta = entry.appraised === null ? null : Math.round((entry.appraised - entry.self) * 100) / 100;
  b.set(6, 0, {
    value: `Điểm tự đánh giá: ${points(entry.self)} (${levelText(entry.level)}). Điểm thẩm định: ${points(entry.appraised)} (${entry.appraised === null ? 'chưa có' : levelText(entry.appraisedLevel)}).${delta === null ? '' : ` Chênh lệch: ${delta > 0 ? '+' : ''}${viNumber(delta)} điểm.`}`,
    style: 'plain',
  }).merge(6, 0, 6, last);
  b.set(7, 0, {
    value: entry.differences.length === 0 ? 'Hội đồng thống nhất với điểm tự đánh giá của đơn vị ở mọi tiêu chí đã thẩm định.' : `Hội đồng điều chỉnh điểm ${entry.differences.length} tiêu chí như sau:`,
    style: 'plain',
  }).merge(7, 0, 7, last);

  const H = MINUTES_ROW.header;
  const headers: [number, string][] = [
    [C.stt, 'STT'], [C.id, 'Tiêu chí'], [C.title, 'Nội dung'], [C.max, 'Điểm tối đa'], [C.self, 'Điểm tự đánh giá'],
    [C.appraised, 'Điểm thẩm định'], [C.change, 'Chênh lệch'], [C.reason, 'Lý do (ý kiến thẩm định)'],
  ];
  for (const [c, h] of headers) b.set(H, c, { value: h, style: 'header' });
  const rows = [...entry.differences].sort((a, z) => a.row - z.row);
  let r = MINUTES_ROW.first;
  rows.forEach((d, i) => {
    b.set(r, C.stt, { value: i + 1, style: 'criterion' });
    b.set(r, C.id, { value: d.id, style: 'criterion' });
    b.set(r, C.title, { value: shortTitle(d.title), style: 'criterion' });
    b.set(r, C.max, { value: d.maxPoints, style: 'criterion', numberFormat: '0.##' });
    b.set(r, C.self, { value: d.self, style: 'criterion', numberFormat: '0.##' });
    b.set(r, C.appraised, { value: d.appraised, style: 'criterion', numberFormat: '0.##' });
    b.set(r, C.change, { value: d.change, style: 'criterion', numberFormat: '+0.##;-0.##;0' });
    b.set(r, C.reason, { value: d.reason || 'Chưa ghi lý do', style: d.reason ? 'criterion' : 'method' });
    r++;
  });
  if (rows.length > 0) {
    b.set(r, C.title, { value: 'Cộng chênh lệch', style: 'total' });
    b.set(r, C.change, { value: Math.round(rows.reduce((a, d) => a + d.change, 0) * 100) / 100, style: 'total', numberFormat: '+0.##;-0.##;0' });
    r++;
  }
  r++;
  for (const note of entry.notes) {
    b.set(r, 0, { value: note.vi, style: 'method' }).merge(r, 0, r, last);
    r++;
  }
  b.set(r, 0, { value: `Căn cứ: ${printedSource(fw.source)}.`, style: 'method' }).merge(r, 0, r, last);
  r += 2;
  b.set(r, 1, { value: 'ĐẠI DIỆN ĐƠN VỊ ĐƯỢC THẨM ĐỊNH', style: 'group' }).merge(r, 1, r, 2);
  b.set(r, 5, { value: 'TM. HỘI ĐỒNG THẨM ĐỊNH', style: 'group' }).merge(r, 5, r, last);
  for (const [c, w] of [[C.stt, 5], [C.id, 9], [C.title, 44], [C.max, 8], [C.self, 9], [C.appraised, 9], [C.change, 9], [C.reason, 34]] as const) b.column(c, w);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: range(0, 0, r, last), titleRows: `$${H + 1}:$${H + 1}` },
    { headerRow: H, firstRow: MINUTES_ROW.first, columns: { ...C } },
  );
}
