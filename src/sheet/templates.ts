/** The gallery: every template the task pane and the CLI can write, with how to check and score what it wrote. */
import { getFramework, msg, type Framework, type Msg } from '../scoring';
import { checkFrameworkSheet, scoreFrameworkSheet } from './frameworkSheet';
import type { SheetHead } from './host';
import { HN_TEMPLATES } from './hn';
import { ND90_TEMPLATES } from './nd90';
import { PARTY_TEMPLATES } from './party';
import { planFramework } from './plans/framework';
import { UNIT_TEMPLATES } from './unit';
import { YEAR_TEMPLATES } from './yearTemplates';
import type { Details, SheetIssue, SheetPlan, SheetScore, SheetSnapshot } from './types';

export type DetailField = 'name' | 'post' | 'unit' | 'month' | 'year';

/** One person's line of Mẫu 1A, read from the head block of their monthly sheet. */
export interface PersonLine {
  readonly sheet: string;
  readonly templateId: string;
  readonly name: string;
  readonly post: string;
  /** Leaders (Mẫu 01/02) vs staff (03) vs contract workers (04) — the sections of Mẫu 1A. */
  readonly group: 'leader' | 'staff' | 'contract';
  /** Heads of unit (cấp trưởng): grade cells blank in Mẫu 1A (graded by their superior), not counted in the quota. */
  readonly isHead: boolean;
  readonly score: number | null;
  readonly selfGrade: string | null;
  readonly month: number | null;
  readonly year: number | null;
  /**
   * The group of staff with similar duties (seed 004 §3.2a "trong từng nhóm công chức có nhiệm vụ tương đồng");
   * blank or absent: the whole unit is one group.
   */
  readonly dutyGroup?: string;
  /** The unit as the form names it ("Đơn vị"): Mẫu 1A and 2A print it at the top. */
  readonly unit?: string;
  /** The reviewer's comment (seed 004 phần IV, bước 3). */
  readonly review?: string;
  /** The grade the competent authority decided (bước 4), as typed; absent or null while not recorded. */
  readonly decidedGrade?: string | null;
  /** A recorded override (DOMAIN.md Overrides): the reason and its basis; the grade is then KHTNV whatever the score. */
  readonly override?: { readonly reason: string; readonly basis: string } | null;
}

export interface TemplateDef {
  readonly id: string;
  readonly title: Msg;
  readonly description: Msg;
  readonly asks: readonly DetailField[];
  plan(details: Details): SheetPlan;
  check?(s: SheetSnapshot, now: Date): SheetIssue[];
  score?(s: SheetSnapshot): SheetScore;
  person?(head: SheetHead): PersonLine | null;
  /** The framework a points-table or monthly template is written from: built in, or a user's own (issue 12), which getFramework does not know. */
  readonly framework?: Framework;
}

const frameworkTemplate = (id: string, description: Msg, asks: readonly DetailField[]): TemplateDef => {
  const fw = getFramework(id)!;
  return {
    id,
    title: fw.title,
    description,
    asks,
    framework: fw,
    plan: (details) => planFramework(fw, details),
    check: (s, now) => checkFrameworkSheet(fw, s, now),
    score: (s) => scoreFrameworkSheet(fw, s),
  };
};

const FRAMEWORK_TEMPLATES: readonly TemplateDef[] = [
  frameworkTemplate(
    'xa-2024',
    msg('UBND cấp xã tự đánh giá, chấm điểm năm 2024 (100 điểm), kèm tài liệu kiểm chứng và giải trình.', 'Commune self-assessment 2024 (100 points) with evidence and explanations.'),
    ['unit', 'year'],
  ),
  frameworkTemplate(
    'thads-ls',
    msg('Công chức, người lao động THADS tự chấm điểm từ 200 điểm chuẩn, trừ/thưởng theo từng lần.', 'THADS staff self-scoring from 200 base points, per-occurrence deductions and bonuses.'),
    ['name', 'post', 'unit', 'month', 'year'],
  ),
  frameworkTemplate(
    'thads-thi-dua',
    msg(
      'Cơ quan THADS chấm điểm thi đua: Phần A kết quả thi hành án (điểm cộng theo khung % vượt chỉ tiêu), Phần B các mặt công tác khác.',
      'THADS office competition: Part A enforcement results (bonus by brackets of % above target), Part B other work.',
    ),
    ['unit', 'year'],
  ),
];

/** Gallery order: commune, Hà Nội monthly (Mẫu 01–04, work plan), THADS, Decree 90, Party forms, unit summary (1A, 2A), quarters and years. */
export const TEMPLATES: readonly TemplateDef[] = [
  FRAMEWORK_TEMPLATES[0]!,
  ...HN_TEMPLATES,
  FRAMEWORK_TEMPLATES[1]!,
  FRAMEWORK_TEMPLATES[2]!,
  ...ND90_TEMPLATES,
  ...PARTY_TEMPLATES,
  ...UNIT_TEMPLATES,
  ...YEAR_TEMPLATES,
];

export const getTemplate = (id: string): TemplateDef | undefined => TEMPLATES.find((t) => t.id === id.trim().toLowerCase());
