import { Caption1, Subtitle2, makeStyles, mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import { text } from '../../scoring/messages';
import type { Severity, SheetIssue } from '../../sheet/types';
import type { IssueGroup } from '../hooks/useCheck';
import { issueCount, t, tf, type StringKey } from '../strings';
import { tokens } from '../tokens';
import { findingButton } from './findingButton';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: findingButton,
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  where: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  empty: { color: tokens.colorNeutralForeground3 },
  // The count: a filled, circular, medium Fluent Badge drawn on the same tokens (no Badge component for one number).
  badge: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative',
    height: '20px',
    minWidth: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      inset: 0,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: 'inherit',
    },
  },
  badgeError: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  badgeWarning: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  badgeInfo: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
});

export const SEVERITY_LABEL: Readonly<Record<Severity, StringKey>> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };
const BADGE_COLOR = { error: 'badgeError', warning: 'badgeWarning', info: 'badgeInfo' } as const;

export interface IssueListProps {
  readonly groups: readonly IssueGroup[];
  readonly onSelect: (issue: SheetIssue) => void;
  readonly lang: Lang;
}

/**
 * Findings by severity with their counts; each is a button that selects its cell in the sheet (click, Enter, Space).
 * Never disabled while a selection runs: a disabled button would drop the keyboard focus.
 */
export const IssueList: React.FC<IssueListProps> = ({ groups, onSelect, lang }) => {
  const styles = useStyles();
  const base = React.useId();
  return (
    <div className={styles.root}>
      {groups.map((g) => {
        const label = t(SEVERITY_LABEL[g.severity], lang);
        const headingId = `${base}-${g.severity}`;
        return (
          <section key={g.severity} className={styles.group} aria-labelledby={headingId}>
            <Subtitle2 as="h3" block id={headingId} className={styles.heading}>
              {label}
              <span className={mergeClasses(styles.badge, styles[BADGE_COLOR[g.severity]])} aria-label={issueCount(lang, g.issues.length)}>
                {g.issues.length}
              </span>
            </Subtitle2>
            {g.issues.length === 0 ? (
              <Caption1 block className={styles.empty}>{t('issuesNone', lang)}</Caption1>
            ) : (
              <ul className={styles.list}>
                {g.issues.map((issue, i) => {
                  const message = text(issue.message, lang);
                  const criterion = issue.criterion || t('issueWholeSheet', lang);
                  return (
                    <li key={`${issue.cell}-${issue.code}-${i}`}>
                      <button
                        type="button"
                        className={mergeClasses(styles.item, styles[g.severity])}
                        onClick={() => onSelect(issue)}
                        aria-label={tf('issueAria', lang, { severity: label, criterion, code: issue.code, message, cell: issue.cell })}
                      >
                        <Caption1 className={styles.where}>{`${criterion} · ${issue.code} · ${issue.cell}`}</Caption1>
                        <span>{message}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
};
