import { gradeInfo, gradeRank } from '../grades';
import { msg, type Msg } from '../messages';
import type { GradeCode } from '../types';

/**
 * Seed 003, kế hoạch điểm 3b: "Kết quả đánh giá, xếp loại chất lượng công chức, viên chức là cơ sở để đánh giá xếp
 * loại đảng viên." The text makes the civil-servant grade the basis and says no more: a Party-member grade above it has
 * no basis and is a warning (the authority may still decide it), and a Party-member grade without the civil-servant
 * grade has none yet. Null when the pair is consistent or not yet filled.
 */
export function checkGradeBasis(civilServant: GradeCode | null, partyMember: GradeCode | null): Msg | null {
  if (partyMember === null) return null;
  if (civilServant === null) {
    return msg(
      'Đã xếp loại đảng viên nhưng chưa có mức xếp loại công chức, viên chức — kết quả xếp loại công chức, viên chức là cơ sở để xếp loại đảng viên.',
      'A Party-member grade is given without the civil-servant grade, which is its basis.',
    );
  }
  if (gradeRank(partyMember) < gradeRank(civilServant)) {
    return msg(
      `Xếp loại đảng viên "${gradeInfo(partyMember).name.vi}" cao hơn xếp loại công chức, viên chức "${gradeInfo(civilServant).name.vi}": kết quả xếp loại công chức, viên chức là cơ sở để xếp loại đảng viên.`,
      `The Party-member grade "${gradeInfo(partyMember).name.en}" is above the civil-servant grade "${gradeInfo(civilServant).name.en}", which is its basis.`,
    );
  }
  return null;
}

/** One step of seed 003's timeline (kế hoạch, mục 4 and 5). */
export interface PartyStep {
  readonly day: number;
  readonly month: number;
  /** "trước ngày" (exclusive) or "chậm nhất vào ngày" (the day itself allowed). */
  readonly inclusive: boolean;
  readonly what: Msg;
  /** Which forms the step is about: the unit's reports and reviews (both forms), or the office's synthesis. */
  readonly forms: readonly ('hdkd-01' | 'hdkd-02')[];
}

/** Seed 003, mục 4 (*) and 5: the 2020 timeline, in December. */
export const PARTY_TIMELINE: readonly PartyStep[] = [
  {
    day: 5,
    month: 12,
    inclusive: false,
    what: msg(
      'Các phòng, ban, đơn vị hoàn thành kiểm điểm, đánh giá, xếp loại tập thể và cá nhân; gửi báo cáo về Phòng Hành chính - Tổ chức',
      'Departments and units complete the collective and individual reviews and send their reports',
    ),
    forms: ['hdkd-01', 'hdkd-02'],
  },
  {
    day: 10,
    month: 12,
    inclusive: false,
    what: msg(
      'Phòng Hành chính - Tổ chức hoàn thành báo cáo kiểm điểm; tổng hợp kết quả kiểm điểm của các phòng, ban, đơn vị',
      'The administration office completes the review report and consolidates the units’ results',
    ),
    forms: ['hdkd-01'],
  },
  {
    day: 15,
    month: 12,
    inclusive: true,
    what: msg('Họp kiểm điểm tập thể lãnh đạo Văn phòng UBND tỉnh (chậm nhất)', 'The leadership collective’s review meeting (at the latest)'),
    forms: ['hdkd-01'],
  },
  {
    day: 31,
    month: 12,
    inclusive: false,
    what: msg(
      'Hoàn chỉnh Báo cáo, Bản đánh giá, xếp loại chất lượng đối với từng cá nhân thuộc diện Ban Thường vụ Tỉnh ủy quản lý, gửi cấp thẩm quyền và UBND tỉnh',
      'Final reports and ratings of each person managed by the Provincial Party Standing Committee sent to the authorities',
    ),
    forms: ['hdkd-02'],
  },
];

/**
 * The last allowed moment of a step in a year (UTC, end of the last allowed day): the plan is for 2020, and its days
 * are applied to the year of the form (the unit changes them when its own plan differs).
 */
export function partyStepEnd(step: PartyStep, year: number): Date {
  const lastDay = step.inclusive ? step.day : step.day - 1;
  return new Date(Date.UTC(year, step.month - 1, lastDay, 23, 59, 59));
}

export const partyStepText = (step: PartyStep, year: number): Msg => {
  const d = `${String(step.day).padStart(2, '0')}/${String(step.month).padStart(2, '0')}/${year}`;
  return msg(`${step.inclusive ? 'Chậm nhất ngày' : 'Trước ngày'} ${d}: ${step.what.vi}.`, `${step.inclusive ? 'On' : 'Before'} ${d} at the latest: ${step.what.en}.`);
};
