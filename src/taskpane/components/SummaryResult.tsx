import { Body1, Caption1, Link, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { GradeCode, Lang } from '../../scoring';
import { gradeInfo } from '../../scoring/grades';
import type { SummaryPerson } from '../../sheet/summary';
import { formatPercent, formatPoints } from '../format';
import type { SummaryView } from '../hooks/useSummary';
import { t, tf } from '../strings';
import { tokens } from '../tokens';

const useStyles = makeStyles({
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
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

export interface SummaryResultProps {
  readonly view: SummaryView;
  readonly lang: Lang;
  /** Opens a person's sheet (a name pressed); without it names are plain text. */
  readonly onOpenSheet?: (sheet: string) => void;
}

/**
 * What the summary screen shows once the list 1A is built: the counts and the cap, who is proposed for demotion, who
 * is tied at the cut line, the heads of unit. It comes with the engine (loaded lazily by SummaryPane), as the list does.
 */
export const SummaryResult: React.FC<SummaryResultProps> = ({ view: v, lang, onOpenSheet }) => {
  const styles = useStyles();
  const ids = { demoted: React.useId(), tied: React.useId(), heads: React.useId(), groups: React.useId(), decided: React.useId(), overrides: React.useId() };
  const code = (g: GradeCode | null) => (g ? gradeInfo(g).code : '–');
  // A name opens the person's sheet, where the grade is decided or the score checked; the rest of the line follows it.
  const named = (p: SummaryPerson, rest: string): React.ReactNode =>
    onOpenSheet ? (
      <>
        <Link as="button" inline onClick={() => onOpenSheet(p.sheet)} aria-label={tf('summaryOpenAria', lang, { name: p.name || p.sheet, sheet: p.sheet })}>
          {p.name || p.sheet}
        </Link>
        {rest}
      </>
    ) : (
      `${p.name || p.sheet}${rest}`
    );
  const person = (p: SummaryPerson) => (
    <li key={p.sheet}>
      <Body1>{named(p, tf('summaryPersonRest', lang, { score: formatPoints(p.score, lang), sheet: p.sheet }))}</Body1>
    </li>
  );
  const row = (label: string, value: string) => (
    <React.Fragment key={label}>
      <dt className={styles.term}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
    </React.Fragment>
  );
  return (
    <>
      <dl className={styles.counts} aria-label={t('summaryCounts', lang)}>
        {row(t('countPeople', lang), String(v.people))}
        {row(t('countA', lang), String(v.countA))}
        {row(t('countB', lang), String(v.countB))}
        {row(tf('countMaxA', lang, { cap: formatPercent(v.cap, lang) }), String(v.maxA))}
        {row(t('leaderD', lang), v.leaderD === null ? '–' : formatPercent(v.leaderD, lang))}
      </dl>
      <Caption1>{t('leaderDHint', lang)}</Caption1>
      {onOpenSheet ? <Caption1>{t('summaryOpenHint', lang)}</Caption1> : null}
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
      {v.groups.length > 0 ? (
        <section aria-labelledby={ids.groups}>
          <Subtitle2 as="h3" block className={styles.heading} id={ids.groups}>
            {tf('groupsTitle', lang, { count: v.groups.length })}
          </Subtitle2>
          <Caption1 block>{t('groupsHint', lang)}</Caption1>
          <ul className={styles.list}>
            {v.groups.map((g) => (
              <li key={g.group}>
                <Body1>{tf('groupLine', lang, { group: g.group, countA: g.countA, countB: g.countB, maxA: g.maxA, demoted: g.demoted })}</Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.overridden.length > 0 ? (
        <section aria-labelledby={ids.overrides}>
          <Subtitle2 as="h3" block className={styles.heading} id={ids.overrides}>
            {tf('overridesTitle', lang, { count: v.overridden.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {v.overridden.map((p) => (
              <li key={p.sheet}>
                <Body1>
                  {named(
                    p,
                    tf('overrideLine', lang, {
                      reason: p.override?.reason ?? '',
                      basis: p.override?.basis ? ` (${p.override.basis})` : '',
                      grade: code(p.grade),
                    }),
                  )}
                </Body1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {v.decided.length > 0 ? (
        <section aria-labelledby={ids.decided}>
          <Subtitle2 as="h3" block className={styles.heading} id={ids.decided}>
            {tf('decidedTitle', lang, { count: v.decided.length })}
          </Subtitle2>
          <ul className={styles.list}>
            {v.decided.map((p) => (
              <li key={p.sheet}>
                <Body1>
                  {named(p, tf(p.markedGradeCode ? 'markedLine' : 'decidedLine', lang, { decided: code(p.markedGradeCode ?? p.decidedGradeCode), proposed: code(p.proposedGrade) }))}
                </Body1>
              </li>
            ))}
          </ul>
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
  );
};
