import { Body1, Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import { text, type Lang } from '../../scoring';
import { gradeInfo } from '../../scoring/grades';
import { formatPoints } from '../format';
import type { RankView } from '../hooks/useRank';
import { tokens } from '../tokens';

/**
 * The result view's own strings (Vietnamese, English): it comes with the engine chunk, so its words do too, and taskpane.js
 * keeps its size. `{name}` placeholders as in ../strings; the keys are checked by the compiler (RankKey), both languages by the test.
 */
export const RANK_STRINGS = {
  rankByAppraised: { vi: 'Xếp hạng theo điểm thẩm định (mọi đơn vị đã có điểm thẩm định).', en: 'Ranked by the appraised totals (every unit has one).' },
  rankBySelf: { vi: 'Xếp hạng theo điểm tự đánh giá (còn đơn vị chưa có điểm thẩm định).', en: 'Ranked by the self-assessed totals (some units have no appraised total).' },
  rankColRank: { vi: 'Hạng', en: 'Rank' },
  rankColUnit: { vi: 'Đơn vị', en: 'Unit' },
  rankColSelf: { vi: 'Tự đánh giá', en: 'Self' },
  rankColAppraised: { vi: 'Thẩm định', en: 'Appraised' },
  rankColLevel: { vi: 'Xếp loại', en: 'Level' },
  rankTies: { vi: 'Đồng hạng {rank}: {units}', en: 'Tied at rank {rank}: {units}' },
  rankSkipped: { vi: 'Không xếp hạng ({count})', en: 'Not ranked ({count})' },
  rankNotes: { vi: 'Không tính điểm, chưa thẩm định xong ({count})', en: 'Not counted, appraisal unfinished ({count})' },
} as const satisfies Record<string, Record<Lang, string>>;

type RankKey = keyof typeof RANK_STRINGS;
const rt = (key: RankKey, lang: Lang): string => RANK_STRINGS[key][lang];
const rtf = (key: RankKey, lang: Lang, params: Readonly<Record<string, string | number>>): string =>
  RANK_STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontVariantNumeric: 'tabular-nums' },
  cell: { textAlign: 'left', padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  number: { textAlign: 'right' },
  head: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  bar: { display: 'block', height: '6px', marginTop: tokens.spacingVerticalXXS, borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorBrandBackground },
  where: { color: tokens.colorNeutralForeground3, display: 'block' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

export interface RankResultProps {
  readonly view: RankView;
  readonly lang: Lang;
}

/**
 * The ranking as the pane shows it once written: rank, unit, both totals, the level of the ranked total and a bar of it
 * (the sheet draws the same bar with REPT), the ties, and what was left out or not counted. Comes with the engine.
 */
export const RankResult: React.FC<RankResultProps> = ({ view: v, lang }) => {
  const styles = useStyles();
  const ids = { skipped: React.useId(), notes: React.useId() };
  const ranked = (r: RankView['rows'][number]) => (v.rankedBy === 'appraised' ? (r.appraised ?? 0) : r.self);
  const top = Math.max(0, ...v.rows.map(ranked));
  return (
    <>
      <Caption1>{rt(v.rankedBy === 'appraised' ? 'rankByAppraised' : 'rankBySelf', lang)}</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{rt('rankColRank', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{rt('rankColUnit', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{rt('rankColSelf', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{rt('rankColAppraised', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{rt('rankColLevel', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {v.rows.map((r) => (
            <tr key={r.where}>
              <td className={`${styles.cell} ${styles.number}`}>{r.rank}</td>
              <td className={styles.cell}>
                <Body1>{r.unit}</Body1>
                <Caption1 className={styles.where}>{r.where}</Caption1>
                <span className={styles.bar} style={{ width: `${top > 0 ? Math.round((Math.max(0, ranked(r)) / top) * 100) : 0}%` }} aria-hidden="true" />
              </td>
              <td className={`${styles.cell} ${styles.number}`}>{formatPoints(r.self, lang)}</td>
              <td className={`${styles.cell} ${styles.number}`}>{formatPoints(r.appraised, lang)}</td>
              <td className={styles.cell}>{r.level ? gradeInfo(r.level).name[lang] : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {v.ties.map((g) => (
        <Caption1 key={g.rank}>{rtf('rankTies', lang, { rank: g.rank, units: g.units.join(', ') })}</Caption1>
      ))}
      {v.skipped.length > 0 ? (
        <section aria-labelledby={ids.skipped}>
          <Subtitle2 as="h3" id={ids.skipped} className={styles.heading}>
            {rtf('rankSkipped', lang, { count: v.skipped.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {v.skipped.map((s, i) => (
              <li key={i}>
                <Body1>{`${s.where}: ${text(s.reason, lang)}`}</Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.notes.length > 0 ? (
        <section aria-labelledby={ids.notes}>
          <Subtitle2 as="h3" id={ids.notes} className={styles.heading}>
            {rtf('rankNotes', lang, { count: v.notes.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {v.notes.map((n, i) => (
              <li key={i}>
                <Body1>{`${n.where}: ${text(n.note, lang)}`}</Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
};
