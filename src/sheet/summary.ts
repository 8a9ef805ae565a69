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
  /**
   * The proposal: the grade of the score, KHTNV where an override is recorded (DOMAIN.md Overrides), then the quota:
   * demoted A's become B; tied A's stay A until the authority decides (status 'tied').
   */
  readonly proposedGrade: GradeCode | null;
  /** The grade the competent authority decided (seed 004 phần IV, bước 4), when recorded and readable. */
  readonly decidedGradeCode: GradeCode | null;
  /** What Mẫu 1A columns 5–8 show: the decided grade where recorded, else the proposal (see `shownFrom`). */
  readonly shownGrade: GradeCode | null;
  readonly shownFrom: 'decided' | 'proposed' | null;
  readonly status: QuotaStatus;
}

/** The quota within one group of staff with similar duties (seed 004 §3.2a). */
export interface GroupQuota {
  readonly group: string;
  readonly quota: QuotaResult;
}

export interface UnitSummary {
  readonly cap: number;
  readonly people: readonly SummaryPerson[];
  /** The unit's quota, after each group's: both limits hold (seed 004 §3.2a). */
  readonly quota: QuotaResult;
  /** One entry a named group; empty when everybody is in one group (the unit). */
  readonly groups: readonly GroupQuota[];
  /** The head's component d (seed 004 III.3.3a): 100% if everyone they manage (deputies included) scored at least C, else 50%. */
  readonly leaderD: number | null;
  readonly month: number | null;
  readonly year: number | null;
}

const SECTION_ORDER: Record<PersonLine['group'], number> = { leader: 0, staff: 1, contract: 2 };

const groupOf = (p: PersonLine): string => (p.dutyGroup ?? '').normalize('NFC').trim();

/**
 * The quota per group of similar duties and for the unit, both holding (seed 004 §3.2a: "trong phạm vi cùng một cơ
 * quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng"): each named group first, then the unit
 * over what the groups left (a demoted A counts as B). Overridden people are KHTNV (DOMAIN.md), never A.
 */
function solveGroups(graded: readonly { p: PersonLine; grade: GradeCode | null }[], cap: number): { quota: QuotaResult; groups: GroupQuota[] } {
  const people = graded.map(({ p, grade }) => ({ id: p.sheet, score: p.score, grade, isHead: p.isHead }));
  const names = [...new Set(graded.map(({ p }) => groupOf(p)))].filter((g) => g !== '');
  const groups: GroupQuota[] = names.length === 0 || (names.length === 1 && graded.every(({ p }) => groupOf(p) !== ''))
    ? []
    : names.map((g) => ({ group: g, quota: solveQuota(people.filter((_, i) => groupOf(graded[i]!.p) === g), cap) }));
  const demotedInGroups = new Set(groups.flatMap((g) => g.quota.demoted));
  const unit = solveQuota(people.map((p) => (demotedInGroups.has(p.id) ? { ...p, grade: 'HTTNV' as const } : p)), cap);
  if (groups.length === 0) return { quota: unit, groups };
  const all = solveQuota(people, cap);
  const demoted = [...new Set([...demotedInGroups, ...unit.demoted])];
  const out = new Set(demoted);
  const tied = [...new Set([...groups.flatMap((g) => g.quota.tied), ...unit.tied])].filter((id) => !out.has(id));
  const kept = all.kept.concat(all.tied, all.demoted).filter((id) => !out.has(id) && !tied.includes(id));
  const inNamed = new Set(groups.flatMap((g) => graded.filter(({ p }) => groupOf(p) === g.group).map(({ p }) => p.sheet)));
  const ungroupedA = people.filter((p) => !p.isHead && p.grade === 'HTXSNV' && !inNamed.has(p.id)).length;
  const maxA = Math.min(all.maxA, groups.reduce((n, g) => n + g.quota.maxA, 0) + ungroupedA);
  return {
    quota: { countA: all.countA, countB: all.countB, maxA, kept, demoted, tied, seatsForTied: Math.min(tied.length, Math.max(0, maxA - kept.length)), cutScore: unit.cutScore },
    groups,
  };
}

export function solveUnit(people: readonly PersonLine[], cap: number): UnitSummary {
  const graded = people.map((p) => ({ p, grade: p.score === null ? null : gradeOf(p.score) }));
  // DOMAIN.md Overrides: a recorded override makes the proposal KHTNV whatever the score.
  const proposedBase = graded.map(({ p, grade }) => ({ p, grade: p.override ? ('KHTNV' as const) : grade }));
  const { quota, groups } = solveGroups(proposedBase, cap);
  const demoted = new Set(quota.demoted);
  const tied = new Set(quota.tied);
  const out: SummaryPerson[] = graded.map(({ p, grade }, i) => {
    const base = proposedBase[i]!.grade;
    const self = p.selfGrade ? parseGrade(p.selfGrade) : null;
    const decided = p.decidedGrade ? parseGrade(p.decidedGrade) : null;
    const decidedGradeCode = decided && decided.ok ? decided.value : null;
    const status: QuotaStatus = p.isHead
      ? 'head'
      : grade === null
        ? 'noScore'
        : demoted.has(p.sheet)
          ? 'demoted'
          : tied.has(p.sheet)
            ? 'tied'
            : base === 'HTXSNV'
              ? 'kept'
              : 'notA';
    const proposedGrade = status === 'demoted' ? 'HTTNV' : base;
    const shownGrade = p.isHead ? null : (decidedGradeCode ?? proposedGrade);
    return {
      ...p,
      grade,
      selfGradeCode: self && self.ok ? self.value : null,
      proposedGrade,
      decidedGradeCode,
      shownGrade,
      shownFrom: shownGrade === null ? null : decidedGradeCode ? 'decided' : 'proposed',
      status,
    };
  });
  out.sort((a, b) => SECTION_ORDER[a.group] - SECTION_ORDER[b.group] || Number(b.isHead) - Number(a.isHead) || a.name.localeCompare(b.name, 'vi'));
  // Seed 004 III.3.3a: "100% CBCCVC thuộc thẩm quyền quản lý" — everyone the head manages, deputies included.
  const managed = out.filter((p) => !p.isHead && p.grade !== null);
  const leaderD = managed.length === 0 ? null : managed.every((p) => gradeRank(p.grade!) <= gradeRank('HTNV')) ? 1 : 0.5;
  const first = people.find((p) => p.month !== null);
  return { cap, people: out, quota, groups, leaderD, month: first?.month ?? null, year: first?.year ?? null };
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

/**
 * The quota box's count is KPI.QUOTA over the column "Đề xuất sau tỷ lệ", where each override is already D and each
 * group's demotions already B: demoting an A to B leaves A + B unchanged, so the number of A allowed is the same over
 * the proposals as over the grades, and there it also holds the groups' limits and the overrides (solveGroups). A live
 * formula, so Excel, the preview and the CLI compute the same number as the summary.
 */
const QUOTA_NOTE =
  'k lớn nhất với k ≤ tỷ lệ × (số B + số A bị hạ), tính trên cột "Đề xuất sau tỷ lệ": người không hoàn thành nhiệm vụ do kỷ luật… là D, người bị hạ trong nhóm nhiệm vụ tương đồng là B; cấp trưởng không tính.';

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
  const extra = ['Xếp loại theo điểm', 'Đề xuất sau tỷ lệ', 'Ghi chú (tỷ lệ loại A)', 'Trang tính', 'Cột 5–8 theo', 'Nhóm nhiệm vụ tương đồng', 'Không hoàn thành nhiệm vụ do'];
  const EXTRA_NOTES: Readonly<Record<number, string>> = {
    0: 'Cột của phần mềm, không thuộc mẫu in.',
    4: 'Cột 5–8 ghi mức do cấp có thẩm quyền quyết định khi phiếu đã ghi (Kế hoạch đánh giá hằng tháng, phần IV, bước 4); chưa ghi thì ghi mức đề xuất theo điểm, sau tỷ lệ loại A.',
    6: 'Dù điểm bao nhiêu, xếp loại "Không hoàn thành nhiệm vụ" khi có lý do ghi trên phiếu (Nghị định 335/2025/NĐ-CP); cột "Xếp loại theo điểm" vẫn ghi mức theo điểm.',
  };
  extra.forEach((h, i) => b.set(H, 8 + i, { value: h, style: 'inputHeader', note: EXTRA_NOTES[i] }));

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
    GRADE_COLUMNS.forEach((g, i) => b.set(r, 4 + i, { value: p.shownGrade === g ? 'x' : '', style: 'criterion' }));
    b.set(r, 8, { value: p.grade ? gradeInfo(p.grade).letter : '', style: 'computed' });
    b.set(r, 9, { value: p.isHead || !p.proposedGrade ? '' : gradeInfo(p.proposedGrade).letter, style: 'computed' });
    b.set(r, 10, { value: STATUS_TEXT[p.status].vi, style: 'label' });
    b.set(r, 11, { value: p.sheet, style: 'label' });
    b.set(r, 12, { value: p.shownFrom === 'decided' ? 'Đã quyết định' : p.shownFrom === 'proposed' ? 'Đề xuất theo điểm' : '', style: 'label' });
    b.set(r, 13, { value: p.dutyGroup ?? '', style: 'label' });
    b.set(r, 14, { value: p.override ? `${p.override.reason}${p.override.basis ? ` (${p.override.basis})` : ''}` : '', style: 'label' });
    if (!p.isHead) gradeCells.push(a1(r, 9));
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
  const q = 16;
  const box: [string, unknown, string?][] = [
    ['Số loại A (theo điểm)', summary.quota.countA],
    ['Số loại B (theo điểm)', summary.quota.countB],
    ['Tỷ lệ tối đa', summary.cap, '0%'],
    ['Số loại A được giữ', null],
    ['Đề xuất hạ B', summary.quota.demoted.length],
    ['Bằng điểm tại ngưỡng (cấp có thẩm quyền quyết định)', summary.quota.tied.length],
    ['Thành phần d của lãnh đạo', summary.leaderD, '0%'],
  ];
  b.set(H, q, { value: 'Tỷ lệ loại A (Kế hoạch đánh giá hằng tháng, mục 3.2)', style: 'inputHeader' }).merge(H, q, H, q + 1);
  box.forEach(([label, value, fmt], i) => {
    b.set(H + 1 + i, q, { value: label, style: 'label' });
    const cell = label === 'Số loại A được giữ'
      ? { formula: gradeCells.length ? `=KPI.QUOTA(${gradeCells.length === 1 ? gradeCells[0] : `${gradeCells[0]}:${gradeCells[gradeCells.length - 1]}`},${a1(H + 3, q + 1)})` : '=0', style: 'computed' as const, note: QUOTA_NOTE }
      : { value: (value as number | null) ?? '', style: 'computed' as const, ...(fmt ? { numberFormat: fmt } : {}) };
    b.set(H + 1 + i, q + 1, cell);
  });
  summary.groups.forEach((g, i) => {
    b.set(H + 2 + box.length + i, q, {
      value: `Nhóm "${g.group}": ${g.quota.countA} loại A, ${g.quota.countB} loại B, giữ tối đa ${g.quota.maxA} loại A${g.quota.demoted.length ? `, đề xuất hạ ${g.quota.demoted.length}` : ''}.`,
      style: 'label',
    });
  });
  if (summary.quota.tied.length > 0) {
    b.set(H + 1 + box.length, q, {
      value: `Có ${summary.quota.tied.length} người bằng ${summary.quota.cutScore} điểm tại ngưỡng; còn ${summary.quota.seatsForTied} suất loại A: cấp có thẩm quyền quyết định.`,
      style: 'method',
    });
  }
  for (const [c, w] of [[0, 6], [1, 28], [2, 14], [3, 12], [4, 9], [5, 9], [6, 9], [7, 11], [8, 10], [9, 10], [10, 34], [11, 18], [12, 16], [13, 18], [14, 30], [15, 2], [16, 34], [17, 10]] as const) b.column(c, w);
  b.freeze(H + 3, 2);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: range(0, 0, lastRow + 4, 7), titleRows: `$${H + 1}:$${H + 3}` },
    { headerRow: H, firstRow: H + 3, columns: { stt: 0, name: 1, score: 2, selfGrade: 3, firstGrade: 4, grade: 8, proposed: 9, status: 10, sheet: 11, shownFrom: 12, dutyGroup: 13, override: 14 } },
  );
}

