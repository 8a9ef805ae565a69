import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    gap: '2px',
    overflowX: 'auto',
    overflowY: 'hidden',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
    flexShrink: 0,
    scrollbarWidth: 'thin',
  },
  tab: {
    flexShrink: 0,
    border: 'none',
    borderBottom: `${tokens.strokeWidthThick} solid transparent`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: '#217346',
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: '#217346',
  },
});

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onActivate: (sheet: string) => void;
}

/** The sheet tabs under the grid, as in Excel; arrow keys move between them (one tab stop). */
export const SheetTabs: React.FC<SheetTabsProps> = ({ sheets, active, onActivate }) => {
  const styles = useStyles();
  const refs = React.useRef(new Map<string, HTMLButtonElement>());
  React.useEffect(() => {
    refs.current.get(active)?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = sheets.indexOf(active);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? sheets.length - 1 : null;
    if (next === null || next < 0 || next >= sheets.length) return;
    e.preventDefault();
    onActivate(sheets[next]!);
    refs.current.get(sheets[next]!)?.focus();
  };
  return (
    <div className={styles.root} role="tablist" aria-label="Trang tính / Sheets" data-testid="sheet-tabs" onKeyDown={onKeyDown}>
      {sheets.map((name) => (
        <button
          key={name}
          ref={(el) => {
            if (el) refs.current.set(name, el);
            else refs.current.delete(name);
          }}
          type="button"
          role="tab"
          aria-selected={name === active}
          tabIndex={name === active ? 0 : -1}
          className={mergeClasses(styles.tab, name === active && styles.active)}
          data-sheet={name}
          onClick={() => onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
};
