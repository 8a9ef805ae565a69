/** Numbers as the pane shows them: "8,5" and "1.234" in Vietnamese, "8.5" and "1,234" in English. */
import type { Lang } from '../scoring';
import { formatVietnameseNumber } from '../scoring/numbers';

export function formatPoints(value: number | null | undefined, lang: Lang, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const vi = formatVietnameseNumber(value, decimals);
  return lang === 'vi' ? vi : vi.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** 0.2 → "20%". */
export const formatPercent = (fraction: number | null | undefined, lang: Lang): string =>
  fraction === null || fraction === undefined ? '–' : `${formatPoints(fraction * 100, lang, 1)}%`;
