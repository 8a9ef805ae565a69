import { Body1, Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import { text, type Lang } from '../../scoring';
import { gradeInfo } from '../../scoring/grades';
import { formatPoints } from '../format';
import type { RankView } from '../hooks/useRank';
import { t, tf } from '../strings';
import { tokens } from '../tokens';

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
      <Caption1>{t(v.rankedBy === 'appraised' ? 'rankByAppraised' : 'rankBySelf', lang)}</Caption1>
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('rankColRank', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('rankColUnit', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{t('rankColSelf', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head} ${styles.number}`}>{t('rankColAppraised', lang)}</th>
            <th scope="col" className={`${styles.cell} ${styles.head}`}>{t('rankColLevel', lang)}</th>
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
        <Caption1 key={g.rank}>{tf('rankTies', lang, { rank: g.rank, units: g.units.join(', ') })}</Caption1>
      ))}
      {v.skipped.length > 0 ? (
        <section aria-labelledby={ids.skipped}>
          <Subtitle2 as="h3" id={ids.skipped} className={styles.heading}>
            {tf('rankSkipped', lang, { count: v.skipped.length })}
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
            {tf('rankNotes', lang, { count: v.notes.length })}
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
