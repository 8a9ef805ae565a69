import { Body1, Button, Caption1, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { gradeInfo, text, type GradeCode, type Lang } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { formatPoints } from '../format';
import { useScore } from '../hooks/useScore';
import { t, tf } from '../strings';
import { MessageNotice } from './MessageNotice';
import { SectionChart } from './SectionChart';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
});

export interface ScorePaneProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
}

const gradeText = (code: GradeCode | null, lang: Lang): string => {
  if (!code) return '–';
  const g = gradeInfo(code);
  return `${text(g.name, lang)} (${g.letter})`;
};

/** Chấm điểm: the self total and its grade beside the council's likely total, what loses points, points by section. */
export const ScorePane: React.FC<ScorePaneProps> = ({ host, lang }) => {
  const styles = useStyles();
  const s = useScore(host);
  const lossesId = React.useId();
  const v = s.view;
  const lost = v ? Math.max(0, v.total - v.forecastTotal) : 0;
  return (
    <div className={styles.root}>
      <Caption1>{t('scoreIntro', lang)}</Caption1>
      <Button appearance="primary" onClick={() => void s.score()} disabledFocusable={s.busy !== null}>
        {t('scoreRun', lang)}
      </Button>
      {s.busy ? <Spinner size="tiny" label={t('scoreBusy', lang)} /> : null}
      <MessageNotice intent="error" message={s.error} lang={lang} onDismiss={s.dismissError} />
      {v ? (
        <>
          <Caption1 className={styles.muted}>{tf('scoreSheet', lang, { sheet: v.sheet, template: v.templateId })}</Caption1>
          <div className={styles.totals} role="group" aria-label={t('scoreTotals', lang)}>
            <div className={styles.tile} role="group" aria-labelledby={`${lossesId}-self`}>
              <Caption1 id={`${lossesId}-self`}>{t('scoreSelf', lang)}</Caption1>
              <Text className={styles.number}>{formatPoints(v.total, lang)}</Text>
              <Caption1 block>{gradeText(v.level, lang)}</Caption1>
            </div>
            <div className={styles.tile} role="group" aria-labelledby={`${lossesId}-forecast`}>
              <Caption1 id={`${lossesId}-forecast`}>{t('scoreForecast', lang)}</Caption1>
              <Text className={styles.number}>{formatPoints(v.forecastTotal, lang)}</Text>
              <Caption1>{gradeText(v.forecastLevel, lang)}</Caption1>
            </div>
          </div>
          {v.bandsAreDefault ? <Caption1 className={styles.muted}>{t('scoreBandsDefault', lang)}</Caption1> : null}
          {lost > 0 ? <Body1 className={styles.lost}>{tf('scoreLost', lang, { points: formatPoints(lost, lang) })}</Body1> : null}
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
          <SectionChart sections={v.sections} lang={lang} />
        </>
      ) : null}
    </div>
  );
};
