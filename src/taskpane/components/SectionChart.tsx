import { Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import { formatPoints } from '../format';
import { barPercent, chartScale, type SectionPoints } from '../hooks/sectionChart';
import { t, tf } from '../strings';
import { tokens } from '../tokens';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  key: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall },
  rows: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  label: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  barLine: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  track: { flexGrow: 1, height: '10px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, overflow: 'hidden' },
  bar: { height: '100%', borderRadius: tokens.borderRadiusSmall },
  self: { backgroundColor: tokens.colorBrandBackground },
  forecast: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  negative: { opacity: 0.55 },
  value: { minWidth: '3.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  // The numbers as an extra-small Fluent Table, drawn on the same tokens with the native elements it renders.
  table: {
    marginTop: tokens.spacingVerticalS,
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { height: '24px', padding: `0 ${tokens.spacingHorizontalS}`, verticalAlign: 'middle', textAlign: 'left' },
  headerCell: { height: '32px', padding: `0 ${tokens.spacingHorizontalS}`, verticalAlign: 'middle', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  summary: { cursor: 'pointer', color: tokens.colorBrandForeground1 },
});

export interface SectionChartProps {
  readonly sections: readonly SectionPoints[];
  readonly lang: Lang;
  /** Draw the appraisal forecast beside the self-score (the commune's framework only); default true. */
  readonly forecast?: boolean;
}

/**
 * Self-score vs the council's likely score by section: plain divs on Fluent tokens (no chart library). Screen readers
 * get the same numbers as the chart's label and as a table (also open to everyone under "Bảng số liệu").
 */
export const SectionChart: React.FC<SectionChartProps> = ({ sections, lang, forecast = true }) => {
  const styles = useStyles();
  const captionId = React.useId();
  const scale = chartScale(sections);
  const line = (s: SectionPoints) =>
    tf(forecast ? 'chartRowAria' : 'chartRowSelfAria', lang, { id: s.id, self: formatPoints(s.self, lang), forecast: formatPoints(s.forecast, lang), max: formatPoints(s.max, lang) });
  const bar = (value: number, kind: 'self' | 'forecast') => (
    <div className={styles.barLine}>
      <div className={styles.track}>
        <div
          className={`${styles.bar} ${styles[kind]} ${value < 0 ? styles.negative : ''}`}
          style={{ width: `${barPercent(value, scale)}%` }}
        />
      </div>
      <Caption1 className={styles.value}>{formatPoints(value, lang)}</Caption1>
    </div>
  );
  if (sections.length === 0) return null;
  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <Subtitle2 as="h3" block className={styles.heading} id={captionId}>
        {t('chartTitle', lang)}
      </Subtitle2>
      <div className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <span className={`${styles.swatch} ${styles.self}`} />
          <Caption1>{t('chartSelf', lang)}</Caption1>
        </span>
        {forecast ? (
          <span className={styles.key}>
            <span className={`${styles.swatch} ${styles.forecast}`} />
            <Caption1>{t('chartForecast', lang)}</Caption1>
          </span>
        ) : null}
      </div>
      <div className={styles.rows} role="img" aria-label={`${t('chartTitle', lang)}. ${sections.map(line).join('; ')}.`}>
        {sections.map((s) => (
          <div key={s.id} className={styles.row}>
            <Caption1 className={styles.label} title={`${s.id}. ${s.title}`}>{`${s.id}. ${s.title}`}</Caption1>
            {bar(s.self, 'self')}
            {forecast ? bar(s.forecast, 'forecast') : null}
          </div>
        ))}
      </div>
      <details>
        <summary className={styles.summary}>{t('chartTable', lang)}</summary>
        <table className={styles.table} aria-label={t('chartTitle', lang)}>
          <thead>
            <tr>
              <th className={styles.headerCell}>{t('colSection', lang)}</th>
              <th className={styles.headerCell}>{t('chartSelf', lang)}</th>
              {forecast ? <th className={styles.headerCell}>{t('chartForecast', lang)}</th> : null}
              <th className={styles.headerCell}>{t('colMax', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {sections.map((s) => (
              <tr key={s.id}>
                <td className={styles.cell}>{s.id}</td>
                <td className={styles.cell}>{formatPoints(s.self, lang)}</td>
                {forecast ? <td className={styles.cell}>{formatPoints(s.forecast, lang)}</td> : null}
                <td className={styles.cell}>{formatPoints(s.max, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
};
