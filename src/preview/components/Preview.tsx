import { Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore } from '../../sheet/host';
import { App } from '../../taskpane/App';
import type { PreviewWorkbook } from '../workbook';
import { Grid } from './Grid';

/** The task pane's width in Excel on a laptop screen (Excel lets it go from 320 px up). */
export const PANE_PX = 360;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground2 },
  bar: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#217346',
    color: '#FFFFFF',
    flexShrink: 0,
    minWidth: 0,
  },
  barNote: { color: '#E6F2EA', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  main: { display: 'flex', flex: '1 1 auto', minHeight: 0 },
  grid: { flex: '1 1 auto', minWidth: 0, display: 'flex', flexDirection: 'column' },
  pane: {
    width: `${PANE_PX}px`,
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewProps {
  readonly host: PreviewWorkbook;
  readonly settings: SettingsStore;
  readonly initialLang: Lang;
}

/**
 * The preview page: the workbook as a grid on the left, the real task pane on the right at a task pane's width, as in
 * Excel. The pane gets the preview's host through the same WorkbookHost interface Office.js implements.
 */
export const Preview: React.FC<PreviewProps> = ({ host, settings, initialLang }) => {
  const styles = useStyles();
  const pane = React.useRef<HTMLElement>(null);
  const toPane = () => (pane.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? pane.current?.querySelector<HTMLElement>('button'))?.focus();
  return (
    <div className={styles.root}>
      <header className={styles.bar}>
        <Subtitle2 as="h1">Chấm điểm — Xem thử / Preview</Subtitle2>
        <Caption1 className={styles.barNote}>
          Sổ làm việc mẫu trong trình duyệt, không cần Excel; không gửi gì ra mạng. / A sample workbook in the browser, no Excel needed; nothing leaves the machine.
        </Caption1>
      </header>
      <div className={styles.main}>
        <section className={styles.grid} aria-label="Sổ làm việc / Workbook" data-testid="preview-workbook">
          <Grid host={host} onLeave={toPane} />
        </section>
        <aside ref={pane} className={styles.pane} aria-label="Ngăn tác vụ Chấm điểm / Chấm điểm task pane" data-testid="preview-pane">
          <App host={host} settings={settings} initialLang={initialLang} outsideExcel />
        </aside>
      </div>
    </div>
  );
};
