import type { Lang } from '../scoring';

/** Every string the task pane shows, Vietnamese and English (a test fails on a missing key). */
export const STRINGS = {
  appTitle: { vi: 'Chấm điểm', en: 'Chấm điểm (scoring)' },
  tagline: {
    vi: 'Khung tiêu chí chính thức, tính điểm ngay trong bảng tính.',
    en: 'Official scoring frameworks, computed in your workbook.',
  },
  frameworks: { vi: 'Khung tiêu chí có sẵn', en: 'Built-in frameworks' },
  maxPoints: { vi: 'Điểm tối đa', en: 'Maximum' },
  base: { vi: 'Điểm chuẩn', en: 'Base' },
  noPoints: { vi: 'Nhận xét, không chấm điểm', en: 'Written, no points' },
  functionsHint: {
    vi: 'Gõ =CCHC.RATIO(…), =KPI.GRADE(…), =THADS.TOTAL(…) trong ô để dùng các hàm.',
    en: 'Type =CCHC.RATIO(…), =KPI.GRADE(…), =THADS.TOTAL(…) in a cell to use the functions.',
  },
  language: { vi: 'English', en: 'Tiếng Việt' },
  source: { vi: 'Nguồn', en: 'Source' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;
export const t = (key: StringKey, lang: Lang): string => STRINGS[key][lang];
