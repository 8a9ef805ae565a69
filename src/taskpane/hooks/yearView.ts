/**
 * What the pane lists after "Tổng hợp năm / quý": one block a person, one line a period. Built in the engine (it reads
 * the plans' deadline wording), so taskpane.js imports none of src/sheet.
 */
import { gradeInfo } from '../../scoring/grades';
import type { Msg } from '../../scoring/messages';
import { beforeText } from '../../sheet/quarter';
import type { YearsResult } from '../../sheet/yearBuild';

export interface YearViewPerson {
  readonly title: string;
  readonly lines: readonly { readonly label: Msg; readonly score: number | null; readonly level: string; readonly note: Msg | null }[];
  readonly basis: Msg | null;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

export function yearView(result: YearsResult): YearViewPerson[] {
  const out: YearViewPerson[] = [];
  for (const t of result.thads) {
    out.push({
      title: `${t.person || t.unit} ${t.year ?? ''}`.trim(),
      lines: [...t.quarters, t.whole].map((p) => {
        const before = beforeText(p.deadline);
        const missing = p.rollup.missing.join(', ');
        return {
          label: p.quarter === 0 ? { vi: 'Cả năm', en: 'Year' } : { vi: `Quý ${ROMAN[p.quarter]}`, en: `Quarter ${p.quarter}` },
          score: p.rollup.score,
          level: p.rollup.grade ? gradeInfo(p.rollup.grade).letter : '—',
          note: {
            vi: `Báo cáo về Cục ${before}${missing ? `; thiếu tháng ${missing}` : ''}`,
            en: `Report to the Cục ${before.replace('trước ngày 05 của tháng đầu kỳ sau', 'before the 5th of the next period').replace('trước ngày', 'before')}${missing ? `; month(s) ${missing} missing` : ''}`,
          },
        };
      }),
      basis: t.notes[0] ?? null,
    });
  }
  for (const h of result.hn) {
    out.push({
      title: `${h.name} ${h.year ?? ''}`.trim(),
      lines: [{ label: { vi: 'Cả năm', en: 'Year' }, score: h.rollup.score, level: h.proposed ? gradeInfo(h.proposed).letter : '—', note: null }],
      basis: h.basis,
    });
  }
  return out;
}
