import { makeStyles, mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import { tokens } from '../tokens';

// A small, horizontal Fluent TabList drawn on the same tokens: transparent tabs, body1 text (semibold when selected,
// with the bold width reserved so nothing moves), a neutral bar under a hovered tab and the brand bar under the
// selected one. The TabList component itself is not used: with Card it brought Tabster (arrow keys for four buttons)
// and its animated indicator, the largest part of the task pane's script after React.
const indicator = {
  content: '""',
  position: 'absolute',
  bottom: 0,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
  height: tokens.strokeWidthThick,
  borderRadius: tokens.borderRadiusCircular,
} as const;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'row', alignItems: 'center', position: 'relative' },
  tab: {
    position: 'relative',
    display: 'grid',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    overflow: 'hidden',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    outlineStyle: 'none',
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textTransform: 'none',
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    ':hover::before': { ...indicator, backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active::before': { ...indicator, backgroundColor: tokens.colorNeutralStroke1Pressed },
    '::after': { ...indicator, backgroundColor: tokens.colorTransparentStroke },
    ':focus-visible': {
      zIndex: 1,
      outlineWidth: tokens.strokeWidthThick,
      outlineStyle: 'solid',
      outlineColor: 'transparent',
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    },
    '@media (forced-colors: active)': { ':hover::before': { backgroundColor: 'Highlight' }, ':active::before': { backgroundColor: 'Highlight' } },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'ButtonText' },
      ':hover::after': { backgroundColor: 'ButtonText' },
      ':active::after': { backgroundColor: 'ButtonText' },
    },
  },
  content: { gridColumnStart: 1, gridRowStart: 1, overflow: 'hidden', padding: `0 ${tokens.spacingHorizontalXXS}`, fontWeight: tokens.fontWeightRegular },
  contentSelected: { fontWeight: tokens.fontWeightSemibold },
  reserved: { visibility: 'hidden', fontWeight: tokens.fontWeightSemibold },
});

export interface PaneTab<K extends string> {
  readonly value: K;
  readonly label: string;
  /** id of the tab button; its panel names it in aria-labelledby. */
  readonly id: string;
  /** id of the tab's panel. */
  readonly controls: string;
}

export interface PaneTabsProps<K extends string> {
  readonly tabs: readonly PaneTab<K>[];
  readonly selected: K;
  readonly onSelect: (value: K) => void;
  readonly className?: string;
  readonly 'aria-label': string;
}

const KEY_STEP: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

/**
 * The screens' tabs (WAI-ARIA tabs, as Fluent's TabList): one Tab stop on the selected tab; Left/Right move between
 * tabs (wrapping around), Home/End go to the first/last; Enter, Space or a click selects.
 */
export function PaneTabs<K extends string>({ tabs, selected, onSelect, className, 'aria-label': label }: PaneTabsProps<K>): React.ReactElement {
  const styles = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = KEY_STEP[e.key];
    const from = refs.current.findIndex((b) => b === e.target);
    if (!step || from < 0) return;
    e.preventDefault();
    refs.current[step(from, tabs.length)]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {tabs.map((tab, i) => {
        const on = tab.value === selected;
        return (
          <button
            key={tab.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tab.id}
            aria-selected={on}
            aria-controls={tab.controls}
            tabIndex={on ? 0 : -1}
            className={mergeClasses(styles.tab, on && styles.selected)}
            onClick={() => onSelect(tab.value)}
          >
            <span className={mergeClasses(styles.content, on && styles.contentSelected)}>{tab.label}</span>
            <span className={mergeClasses(styles.content, styles.reserved)} aria-hidden="true">
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
