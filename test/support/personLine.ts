/** A staff member's line of Mẫu 1A, as the monthly forms give it: November 2026, Chuyên viên, unless told otherwise. */
import type { PersonLine } from '../../src/sheet/templates';

export const line = (name: string, score: number | null, over: Partial<PersonLine> = {}): PersonLine => ({
  sheet: `hn-m03 ${name}`,
  templateId: 'hn-m03',
  name,
  post: 'Chuyên viên',
  group: 'staff',
  isHead: false,
  score,
  selfGrade: null,
  month: 11,
  year: 2026,
  ...over,
});
