import { Body1, Button, Caption1, Field, Input, Radio, RadioGroup, Spinner, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import type { SummaryPerson } from '../../sheet/summary';
import { formatPercent, formatPoints } from '../format';
import { useSummary, type CapChoice } from '../hooks/useSummary';
import { t, tf } from '../strings';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  period: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  short: { flex: '1 1 100px', minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    justifyContent: 'start',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  decide: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface SummaryPaneProps {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly lang: Lang;
}

/** Tổng hợp 1A: the unit's list Mẫu 1A with the cap on A (20% / 25%), then the public notice Mẫu 2A. */
export const SummaryPane: React.FC<SummaryPaneProps> = ({ host, settings, lang }) => {
  const styles = useStyles();
  const s = useSummary(host, settings);
  const v = s.view;
  const ids = { demoted: React.useId(), tied: React.useId(), heads: React.useId() };
  const person = (p: SummaryPerson) => (
    <li key={p.sheet}>
      <Body1>{tf('summaryPerson', lang, { name: p.name || p.sheet, score: formatPoints(p.score, lang), sheet: p.sheet })}</Body1>
    </li>
  );
  const row = (label: string, value: string) => (
    <React.Fragment key={label}>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </React.Fragment>
  );
  return (
    <div className={styles.root}>
      <Caption1>{t('summaryIntro', lang)}</Caption1>
      <Field label={t('capLabel', lang)}>
        <RadioGroup value={s.form.cap} onChange={(_, d) => s.setField('cap', d.value as CapChoice)}>
          <Radio value="normal" label={t('capNormal', lang)} />
          <Radio value="outstanding" label={t('capOutstanding', lang)} />
        </RadioGroup>
      </Field>
      <div className={styles.period}>
        <Field label={t('fieldMonth', lang)} className={styles.short}>
          <Input type="number" inputMode="numeric" min={1} max={12} value={s.form.month} onChange={(_, d) => s.setField('month', d.value)} />
        </Field>
        <Field label={t('fieldYear', lang)} className={styles.short}>
          <Input type="number" inputMode="numeric" min={1900} max={2100} value={s.form.year} onChange={(_, d) => s.setField('year', d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void s.build()} disabledFocusable={s.busy !== null}>
          {t('summaryRun', lang)}
        </Button>
        <Button onClick={s.notice} disabledFocusable={s.busy !== null || !s.result}>
          {t('noticeRun', lang)}
        </Button>
        <Caption1>{t('noticeHint', lang)}</Caption1>
      </div>
      {s.busy ? <Spinner size="tiny" label={t(s.busy === 'notice' ? 'noticeBusy' : 'summaryBusy', lang)} /> : null}
      <MessageNotice intent="error" message={s.error} lang={lang} onDismiss={s.dismissError} />
      <MessageNotice intent="success" message={s.success} lang={lang} onDismiss={s.dismissSuccess} />
      {v ? (
        <>
          <dl className={styles.counts} aria-label={t('summaryCounts', lang)}>
            {row(t('countPeople', lang), String(v.people))}
            {row(t('countA', lang), String(v.countA))}
            {row(t('countB', lang), String(v.countB))}
            {row(tf('countMaxA', lang, { cap: formatPercent(v.cap, lang) }), String(v.maxA))}
            {row(t('leaderD', lang), v.leaderD === null ? '–' : formatPercent(v.leaderD, lang))}
          </dl>
          <Caption1>{t('leaderDHint', lang)}</Caption1>
          <section aria-labelledby={ids.demoted}>
            <Subtitle2 as="h3" block className={styles.heading} id={ids.demoted}>
              {tf('demotedTitle', lang, { count: v.demoted.length })}
            </Subtitle2>
            {v.demoted.length === 0 ? <Caption1 block>{t('demotedNone', lang)}</Caption1> : <ul className={styles.list}>{v.demoted.map(person)}</ul>}
          </section>
          {v.tied.length > 0 ? (
            <section aria-labelledby={ids.tied}>
              <Subtitle2 as="h3" block className={styles.heading} id={ids.tied}>
                {tf('tiedTitle', lang, { count: v.tied.length })}
              </Subtitle2>
              <Body1 block className={styles.decide}>
                {tf('tiedHint', lang, { score: formatPoints(v.cutScore, lang), seats: v.seatsForTied })}
              </Body1>
              <ul className={styles.list}>{v.tied.map(person)}</ul>
            </section>
          ) : null}
          {v.heads.length > 0 ? (
            <section aria-labelledby={ids.heads}>
              <Subtitle2 as="h3" block className={styles.heading} id={ids.heads}>
                {tf('headsTitle', lang, { count: v.heads.length })}
              </Subtitle2>
              <Caption1 block>{t('headsHint', lang)}</Caption1>
              <ul className={styles.list}>{v.heads.map(person)}</ul>
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
};
