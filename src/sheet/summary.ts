/**
 * Mẫu 1A (seed 004, Phụ lục 3): the unit's summary list — scores, self-grades, grades, and the quota on A
 * (seed 004 §3.2, DOMAIN.md Decision): the lowest A's proposed for demotion, ties at the cut line shown for the
 * authority, heads of unit left blank and not counted.
 */
import { gradeInfo, gradeOf, gradeRank, msg, parseGrade, solveQuota, type GradeCode, type QuotaResult } from '../scoring';
import { a1, range } from './a1';
import { PlanBuilder } from './plans/builder';
import type { PersonLine } from './templates';
import type { Details, SheetPlan } from './types';

export type QuotaStatus = 'head' | 'kept' | 'demoted' | 'tied' | 'notA' | 'noScore';

export interface SummaryPerson extends PersonLine {
  /** Grade from the score (bands of seed 004 §3.1). */
  readonly grade: GradeCode | null;
  readonly selfGradeCode: GradeCode | null;
  /** After the quota: demoted A's become B; tied A's stay A until the authority decides (status 'tied'). */
  readonly proposedGrade: GradeCode | null;
  readonly status: QuotaStatus;
}

export interface UnitSummary {
  readonly cap: number;
  readonly people: readonly SummaryPerson[];
  readonly quota: QuotaResult;
  /** Leaders' component d (seed 004 III.3.3a): 100% if every person of the unit scored at least C, else 50%. */
  readonly leaderD: number | null;
  readonly month: number | null;
  readonly year: number | null;
}

const SECTION_ORDER: Record<PersonLine['group'], number> = { leader: 0, staff: 1, contract: 2 };

export function solveUnit(people: readonly PersonLine[], cap: number): UnitSummary {
  const graded = people.map((p) => ({ p, grade: p.score === null ? null : gradeOf(p.score) }));
  const quota = solveQuota(
    graded.map(({ p, grade }) => ({ id: p.sheet, score: p.score, grade, isHead: p.isHead })),
    cap,
  );
  const demoted = new Set(quota.demoted);
  const tied = new Set(quota.tied);
  const out: SummaryPerson[] = graded.map(({ p, grade }) => {
    const self = p.selfGrade ? parseGrade(p.selfGrade) : null;
    const status: QuotaStatus = p.isHead
      ? 'head'
      : grade === null
        ? 'noScore'
        : demoted.has(p.sheet)
          ? 'demoted'
          : tied.has(p.sheet)
            ? 'tied'
            : grade === 'HTXSNV'
              ? 'kept'
              : 'notA';
    return {
      ...p,
      grade,
      selfGradeCode: self && self.ok ? self.value : null,
      proposedGrade: status === 'demoted' ? 'HTTNV' : grade,
      status,
    };
  });
  out.sort((a, b) => SECTION_ORDER[a.group] - SECTION_ORDER[b.group] || Number(b.isHead) - Number(a.isHead) || a.name.localeCompare(b.name, 'vi'));
  const managed = out.filter((p) => p.group !== 'leader' && p.grade !== null);
  const leaderD = managed.length === 0 ? null : managed.every((p) => gradeRank(p.grade!) <= gradeRank('HTNV')) ? 1 : 0.5;
  const first = people.find((p) => p.month !== null);
  return { cap, people: out, quota, leaderD, month: first?.month ?? null, year: first?.year ?? null };
}

export const STATUS_TEXT: Readonly<Record<QuotaStatus, { vi: string; en: string }>> = {
  head: msg('Cấp trưởng: cấp trên đánh giá (để trống cột 5–8)', 'Head of unit: graded by the superior (columns 5–8 blank)'),
  kept: msg('Giữ loại A', 'Keeps A'),
  demoted: msg('Đề xuất hạ xuống loại B (vượt tỷ lệ loại A)', 'Proposed for demotion to B (over the A quota)'),
  tied: msg('Bằng điểm tại ngưỡng: cấp có thẩm quyền quyết định', 'Tied at the cut line: the authority decides'),
  notA: msg('', ''),
  noScore: msg('Chưa có điểm', 'No score yet'),
};

const GRADE_COLUMNS: readonly GradeCode[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/** The 1A sheet: official columns 1–8 in the official order, then the add-in's own columns (marked) and the quota box. */
export function planSummary(summary: UnitSummary, details: Details): SheetPlan {
  const when = summary.month && summary.year ? `${String(summary.month).padStart(2, '0')}/${summary.year}` : '…/20…';
  const b = new PlanBuilder('hn-1a', msg('Danh sách tổng hợp (Mẫu 1A)', 'Summary list (Mẫu 1A)'), `1A ${when.replace('/', '-')}`.slice(0, 31));
  b.set(0, 0, { value: (details.unit ?? 'ĐƠN VỊ.....').toUpperCase(), style: 'group' }).merge(0, 0, 0, 2);
  b.set(0, 4, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(0, 4, 0, 7);
  b.set(1, 4, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(1, 4, 1, 7);
  b.set(3, 0, { value: 'DANH SÁCH TỔNG HỢP\nKẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CBCCVN, LAO ĐỘNG HỢP ĐỒNG', style: 'title' }).merge(3, 0, 3, 7);
  b.set(4, 0, { value: `Tháng ${when}`, style: 'subtitle' }).merge(4, 0, 4, 7);

  const H = 6;
  const headers = ['STT', 'Họ và tên', 'Đánh giá kết quả thực hiện nhiệm vụ trong tháng', 'Cá nhân tự xếp loại', 'Mức xếp loại'];
  headers.forEach((h, i) => b.set(H, i, { value: h, style: 'header' }));
  for (let c = 5; c < 8; c++) b.set(H, c, { value: '', style: 'header' });
  b.merge(H, 4, H, 7);
  for (let c = 0; c < 4; c++) b.merge(H, c, H + 1, c);
  ['HTXSNV', 'HTTNV', 'HTNV', 'Không HTNV'].forEach((h, i) => b.set(H + 1, 4 + i, { value: h, style: 'header' }));
  for (let c = 0; c < 4; c++) b.set(H + 1, c, { value: '', style: 'header' });
  for (let c = 0; c < 8; c++) b.set(H + 2, c, { value: c + 1, style: 'header' });
  const extra = ['Xếp loại theo điểm', 'Đề xuất sau tỷ lệ', 'Ghi chú (tỷ lệ loại A)', 'Trang tính'];
  extra.forEach((h, i) => b.set(H, 8 + i, { value: h, style: 'inputHeader', note: i === 0 ? 'Cột của phần mềm, không thuộc mẫu in.' : undefined }));

  let r = H + 3;
  const gradeCells: string[] = [];
  const section = (roman: string, title: string) => {
    b.set(r, 0, { value: roman, style: 'section' });
    b.set(r, 1, { value: title, style: 'section' });
    for (let c = 2; c < 8; c++) b.set(r, c, { value: '', style: 'section' });
    r++;
  };
  const personRow = (p: SummaryPerson, stt: number | string) => {
    b.set(r, 0, { value: stt, style: 'criterion' });
    b.set(r, 1, { value: p.name, style: 'criterion' });
    b.set(r, 2, { value: p.score, style: 'criterion', numberFormat: '0.00' });
    b.set(r, 3, { value: p.selfGradeCode ? gradeInfo(p.selfGradeCode).code : (p.selfGrade ?? ''), style: 'criterion' });
    GRADE_COLUMNS.forEach((g, i) => b.set(r, 4 + i, { value: !p.isHead && p.proposedGrade === g ? 'x' : '', style: 'criterion' }));
    b.set(r, 8, { value: p.grade ? gradeInfo(p.grade).letter : '', style: 'computed' });
    b.set(r, 9, { value: p.isHead || !p.proposedGrade ? '' : gradeInfo(p.proposedGrade).letter, style: 'computed' });
    b.set(r, 10, { value: STATUS_TEXT[p.status].vi, style: 'label' });
    b.set(r, 11, { value: p.sheet, style: 'label' });
    if (!p.isHead) gradeCells.push(a1(r, 8));
    r++;
  };
  const leaders = summary.people.filter((p) => p.group === 'leader');
  section('I', 'Lãnh đạo');
  const heads = leaders.filter((p) => p.isHead);
  const deputies = leaders.filter((p) => !p.isHead);
  b.set(r, 0, { value: 1, style: 'group' });
  b.set(r, 1, { value: 'Cấp trưởng', style: 'group' });
  r++;
  heads.forEach((p, i) => personRow(p, `1.${i + 1}`));
  b.set(r, 0, { value: 2, style: 'group' });
  b.set(r, 1, { value: 'Cấp phó', style: 'group' });
  r++;
  deputies.forEach((p, i) => personRow(p, `2.${i + 1}`));
  section('II', 'Công chức, viên chức');
  summary.people.filter((p) => p.group === 'staff').forEach((p, i) => personRow(p, i + 1));
  section('III', 'Lao động hợp đồng');
  summary.people.filter((p) => p.group === 'contract').forEach((p, i) => personRow(p, i + 1));
  section('IV', 'Đề xuất khen thưởng');
  summary.people.filter((p) => p.status === 'kept').forEach((p, i) => {
    b.set(r, 0, { value: i + 1, style: 'criterion' });
    b.set(r, 1, { value: p.name, style: 'criterion' });
    r++;
  });
  const lastRow = r - 1;
  r++;
  b.set(r, 0, { value: 'Lưu ý: Đối với cấp trưởng các phòng, ban, đơn vị trực thuộc để trống ô số 5,6,7,8.', style: 'method' }).merge(r, 0, r, 7);
  r += 2;
  b.set(r, 1, { value: 'NGƯỜI LẬP BIỂU', style: 'group' });
  b.set(r, 5, { value: 'LÃNH ĐẠO ĐƠN VỊ', style: 'group' });

  // Quota box, to the right (the add-in's own): live counts with the custom functions.
  const q = 13;
  const box: [string, unknown, string?][] = [
    ['Số loại A (theo điểm)', summary.quota.countA],
    ['Số loại B (theo điểm)', summary.quota.countB],
    ['Tỷ lệ tối đa', summary.cap, '0%'],
    ['Số loại A được giữ', null],
    ['Đề xuất hạ B', summary.quota.demoted.length],
    ['Bằng điểm tại ngưỡng (cấp có thẩm quyền quyết định)', summary.quota.tied.length],
    ['Thành phần d của lãnh đạo', summary.leaderD, '0%'],
  ];
  b.set(H, q, { value: 'Tỷ lệ loại A (văn bản 004, mục 3.2)', style: 'inputHeader' }).merge(H, q, H, q + 1);
  box.forEach(([label, value, fmt], i) => {
    b.set(H + 1 + i, q, { value: label, style: 'label' });
    const cell = label === 'Số loại A được giữ'
      ? { formula: gradeCells.length ? `=KPI.QUOTA(${gradeCells.length === 1 ? gradeCells[0] : `${gradeCells[0]}:${gradeCells[gradeCells.length - 1]}`},${a1(H + 3, q + 1)})` : '=0', style: 'computed' as const, note: 'k lớn nhất với k ≤ tỷ lệ × (số B + số A bị hạ); cấp trưởng không tính.' }
      : { value: (value as number | null) ?? '', style: 'computed' as const, ...(fmt ? { numberFormat: fmt } : {}) };
    b.set(H + 1 + i, q + 1, cell);
  });
  if (summary.quota.tied.length > 0) {
    b.set(H + 1 + box.length, q, {
      value: `Có ${summary.quota.tied.length} người bằng ${summary.quota.cutScore} điểm tại ngưỡng; còn ${summary.quota.seatsForTied} suất loại A: cấp có thẩm quyền quyết định.`,
      style: 'method',
    });
  }
  for (const [c, w] of [[0, 6], [1, 28], [2, 14], [3, 12], [4, 9], [5, 9], [6, 9], [7, 11], [8, 10], [9, 10], [10, 34], [11, 18], [12, 2], [13, 34], [14, 10]] as const) b.column(c, w);
  b.freeze(H + 3, 2);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: range(0, 0, lastRow + 4, 7), titleRows: `$${H + 1}:$${H + 3}` },
    { headerRow: H, firstRow: H + 3, columns: { stt: 0, name: 1, score: 2, selfGrade: 3, firstGrade: 4, grade: 8, proposed: 9, status: 10, sheet: 11 } },
  );
}

