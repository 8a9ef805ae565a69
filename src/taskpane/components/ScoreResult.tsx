import { Body1, Caption1, Subtitle2, Text, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { GradeCode, Lang } from '../../scoring';
import { gradeInfo } from '../../scoring/grades';
import { text } from '../../scoring/messages';
import { formatPoints } from '../format';
import { wordsFor } from '../family';
import type { ScoreView } from '../hooks/useScore';
import { t, tf } from '../strings';
import { tokens } from '../tokens';
import { findingButton } from './findingButton';
import { SectionChart } from './SectionChart';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  totals: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: tokens.spacingHorizontalS },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    margin: 0,
  },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
  lost: { color: tokens.colorPaletteRedForeground1 },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  numbers: { fontVariantNumeric: 'tabular-nums' },
  incomplete: { color: tokens.colorPaletteDarkOrangeForeground1 },
  plainList: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // As a finding of the check (IssueList): a button that selects its cell.
  entry: { ...findingButton, borderLeftColor: tokens.colorPaletteRedBorder2 },
});

export interface ScoreResultProps {
  readonly view: ScoreView;
  readonly lang: Lang;
  /** Selects a cell of the scored sheet (an entry not counted); without it the entries are listed, not clickable. */
  readonly onSelectCell?: (cell: string) => void;
}

const gradeText = (code: GradeCode | null, lang: Lang): string => {
  if (!code) return t('scoreNoGrade', lang);
  const g = gradeInfo(code);
  return `${text(g.name, lang)} (${g.letter})`;
};

/**
 * What the score screen shows once a sheet is scored: the self total and its grade beside the council's likely total,
 * what loses points, points by section. It comes with the engine (loaded lazily by ScorePane), as the score does.
 */
export const ScoreResult: React.FC<ScoreResultProps> = ({ view: v, lang, onSelectCell }) => {
  const styles = useStyles();
  const lossesId = React.useId();
  const notCountedId = React.useId();
  // Only the commune's framework is appraised by a council: elsewhere no forecast, no points "lost at appraisal".
  const lost = v.forecast ? Math.max(0, v.total - v.forecastTotal) : 0;
  const about = wordsFor(v.templateId).scoreAbout;
  return (
    <>
      <Caption1 className={styles.muted}>{tf('scoreSheet', lang, { sheet: v.sheet, template: text(v.templateTitle, lang) })}</Caption1>
      {about ? <Caption1>{t(about, lang)}</Caption1> : null}
      <div className={styles.totals} role="group" aria-label={t('scoreTotals', lang)}>
        <div className={styles.tile} role="group" aria-labelledby={`${lossesId}-self`}>
          <Caption1 id={`${lossesId}-self`}>{t('scoreSelf', lang)}</Caption1>
          <Text className={styles.number}>{formatPoints(v.total, lang)}</Text>
          <Caption1 block>{gradeText(v.level, lang)}</Caption1>
        </div>
        {v.forecast ? (
          <div className={styles.tile} role="group" aria-labelledby={`${lossesId}-forecast`}>
            <Caption1 id={`${lossesId}-forecast`}>{t('scoreForecast', lang)}</Caption1>
            <Text className={styles.number}>{formatPoints(v.forecastTotal, lang)}</Text>
            <Caption1>{gradeText(v.forecastLevel, lang)}</Caption1>
          </div>
        ) : null}
      </div>
      {v.incomplete ? (
        <Body1 role="status" className={styles.incomplete}>
          {text(v.incomplete, lang)}
        </Body1>
      ) : null}
      {v.bandsAreDefault ? <Caption1 className={styles.muted}>{t('scoreBandsDefault', lang)}</Caption1> : null}
      {v.sheetBands ? (
        <Caption1 className={styles.muted}>
          {tf('scoreBandsSheet', lang, { a: formatPoints(v.sheetBands[0] ?? null, lang), b: formatPoints(v.sheetBands[1] ?? null, lang), c: formatPoints(v.sheetBands[2] ?? null, lang) })}
        </Caption1>
      ) : null}
      {v.notCounted.length > 0 ? (
        <section aria-labelledby={notCountedId}>
          <Subtitle2 as="h3" block className={styles.heading} id={notCountedId}>
            {tf('notCountedTitle', lang, { count: v.notCounted.length })}
          </Subtitle2>
          <Caption1 block className={styles.muted}>{t('notCountedHint', lang)}</Caption1>
          <ul className={styles.plainList}>
            {v.notCounted.map((n, i) => {
              const message = text(n.message, lang);
              const where = <Caption1 className={styles.muted}>{`${n.criterion} · ${n.cell}`}</Caption1>;
              return (
                <li key={`${n.cell}-${i}`}>
                  {onSelectCell ? (
                    <button
                      type="button"
                      className={styles.entry}
                      onClick={() => onSelectCell(n.cell)}
                      aria-label={tf('notCountedAria', lang, { criterion: n.criterion, cell: n.cell, message })}
                    >
                      {where}
                      <span>{message}</span>
                    </button>
                  ) : (
                    <Body1>
                      {where} {message}
                    </Body1>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {lost > 0 ? <Body1 className={styles.lost}>{tf('scoreLost', lang, { points: formatPoints(lost, lang) })}</Body1> : null}
      {v.forecast ? (
        <section aria-labelledby={lossesId}>
          <Subtitle2 as="h3" block className={styles.heading} id={lossesId}>
            {tf('lossesTitle', lang, { count: v.losses.length })}
          </Subtitle2>
          {v.losses.length === 0 ? (
            <Caption1 block>{t('lossesNone', lang)}</Caption1>
          ) : (
            <ol className={styles.list}>
              {v.losses.map((l) => (
                <li key={l.id} className={styles.numbers}>
                  <Body1>
                    {tf('lossItem', lang, {
                      id: l.id,
                      self: formatPoints(l.self, lang),
                      forecast: formatPoints(l.forecast, lang),
                      loss: formatPoints(l.loss, lang),
                    })}
                  </Body1>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}
      <SectionChart sections={v.sections} lang={lang} forecast={v.forecast} />
    </>
  );
};
