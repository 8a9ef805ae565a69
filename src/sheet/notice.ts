/** Mẫu 2A: the public notice of the month's results, from a unit summary (seed 004, bước 4/5: công khai trước ngày 05). */
import { gradeInfo, msg, monthlyDeadline } from '../scoring';
import { PlanBuilder } from './plans/builder';
import type { UnitSummary } from './summary';
import type { Details, SheetPlan } from './types';

export function planNotice(summary: UnitSummary, details: Details): SheetPlan {
  const when = summary.month && summary.year ? `${String(summary.month).padStart(2, '0')}/${summary.year}` : '…/20…';
  const b = new PlanBuilder('hn-2a', msg('Thông báo kết quả (Mẫu 2A)', 'Public notice (Mẫu 2A)'), `2A ${when.replace('/', '-')}`.slice(0, 31));
  b.set(0, 0, { value: (details.unit ?? summary.unit ?? 'ĐƠN VỊ.....').toUpperCase(), style: 'group' }).merge(0, 0, 0, 1);
  b.set(0, 3, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(0, 3, 0, 4);
  b.set(1, 3, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(1, 3, 1, 4);
  b.set(3, 0, { value: `THÔNG BÁO\nKết quả đánh giá, xếp loại CBCCVC, lao động hợp đồng tháng ${when}`, style: 'title' }).merge(3, 0, 3, 4);
  const deadline = summary.month && summary.year ? monthlyDeadline(summary.year, summary.month, 'publish') : null;
  b.set(4, 0, {
    value: deadline && deadline.ok ? `(Công khai ${deadline.value.label.vi.split(': ')[1]})` : '',
    style: 'subtitle',
  }).merge(4, 0, 4, 4);
  const H = 6;
  ['STT', 'Họ và tên', 'Chức vụ', 'Điểm', 'Mức xếp loại'].forEach((h, i) => b.set(H, i, { value: h, style: 'header' }));
  let r = H + 1;
  summary.people.forEach((p, i) => {
    b.set(r, 0, { value: i + 1, style: 'criterion' });
    b.set(r, 1, { value: p.name, style: 'criterion' });
    b.set(r, 2, { value: p.post, style: 'criterion' });
    b.set(r, 3, { value: p.score, style: 'criterion', numberFormat: '0.00' });
    b.set(r, 4, {
      // The public notice shows what 1A shows: the authority's mark on 1A, else the decision recorded on the person's
      // sheet, else the proposal (seed 004 phần IV, bước 4–5); a tie at the cut line awaits the authority.
      value: p.isHead ? 'Cấp trên đánh giá' : p.shownGrade ? gradeInfo(p.shownGrade).name.vi : p.status === 'tied' ? 'Chờ cấp có thẩm quyền quyết định' : '',
      style: 'criterion',
    });
    r++;
  });
  const counts = (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).map((g) => `${gradeInfo(g).name.vi}: ${summary.people.filter((p) => !p.isHead && p.shownGrade === g).length}`);
  b.set(r + 1, 0, { value: `Tổng hợp: ${counts.join('; ')}.`, style: 'method' }).merge(r + 1, 0, r + 1, 4);
  b.set(r + 3, 3, { value: 'THỦ TRƯỞNG ĐƠN VỊ', style: 'group' });
  for (const [c, w] of [[0, 6], [1, 28], [2, 24], [3, 10], [4, 32]] as const) b.column(c, w);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: `A1:E${r + 4}` },
    { headerRow: H, firstRow: H + 1, columns: { stt: 0, name: 1, post: 2, score: 3, grade: 4 } },
  );
}
