import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore } from '../../sheet/host';
import { App } from '../../taskpane/App';
import { startAutosave, type Autosave, type WorkbookStore } from '../autosave';
import { downloadWorkbook, openWorkbookFile, XLSX_TYPE } from '../files';
import type { WorkbookSettings } from '../settings';
import type { PreviewWorkbook } from '../workbook';
import { Grid } from './Grid';
import { PrintPreview } from './PrintPreview';

/** The task pane's width in Excel on a laptop screen (Excel lets it go from 320 px up). */
export const PANE_PX = 360;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', overflow: 'hidden', backgroundColor: tokens.colorNeutralBackground2 },
  dropping: { outline: `3px dashed #217346`, outlineOffset: '-6px' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#217346',
    color: '#FFFFFF',
    flexShrink: 0,
    minWidth: 0,
  },
  tools: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  tool: { color: '#FFFFFF', minWidth: 0, ':hover': { color: '#FFFFFF', backgroundColor: '#185C37' }, ':disabled': { color: '#A9CDB8' } },
  barNote: { color: '#E6F2EA', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0, flex: '1 1 0' },
  problem: { color: '#FFFFFF', backgroundColor: '#A4262C', padding: `0 ${tokens.spacingHorizontalS}`, borderRadius: tokens.borderRadiusSmall },
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
  /** The pane's marks on this workbook: saved with it, emptied when another workbook is opened. */
  readonly marks: WorkbookSettings;
  readonly initialLang: Lang;
  /** Where the workbook is autosaved (null: the browser keeps nothing, and the page says so). */
  readonly store: WorkbookStore | null;
  readonly initialFileName?: string;
  /** The autosave, for tests and the console (window.chamdiemPreview). */
  readonly onAutosave?: (autosave: Autosave) => void;
}

const time = (t: number) => new Date(t).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * The preview page: the workbook as a grid on the left, the real task pane on the right at a task pane's width, as in
 * Excel. The pane gets the preview's host through the same WorkbookHost interface Office.js implements. Above them:
 * open a file (or drop one on the page), save it back as .xlsx, undo, redo, print; the workbook is kept in the
 * browser a moment after each change.
 */
export const Preview: React.FC<PreviewProps> = ({ host, settings, marks, initialLang, store, initialFileName, onAutosave }) => {
  const styles = useStyles();
  const pane = React.useRef<HTMLElement>(null);
  const workbook = React.useRef<HTMLElement>(null);
  const picker = React.useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = React.useState<string | undefined>(initialFileName);
  const fileNameRef = React.useRef(fileName);
  fileNameRef.current = fileName;
  const [note, setNote] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [savedAt, setSavedAt] = React.useState<number | null>(null);
  const [dropping, setDropping] = React.useState(false);
  const [printing, setPrinting] = React.useState(false);
  /** Re-rendered on every workbook change: undo and redo enable as the history fills. */
  React.useSyncExternalStore(host.subscribe, host.getVersion);

  React.useEffect(() => {
    if (!store) return;
    let autosave: Autosave | null = null;
    // Only a change of content is saved: moving about the sheet costs nothing.
    const onEdit = (listener: () => void) => {
      let seen = host.edits;
      return host.subscribe(() => {
        if (host.edits === seen) return;
        seen = host.edits;
        listener();
      });
    };
    autosave = startAutosave(
      { subscribe: onEdit, snapshot: () => ({ state: host.state(), marks: marks.entries(), ...(fileNameRef.current ? { fileName: fileNameRef.current } : {}) }) },
      store,
      400,
      () => {
        if (!autosave) return;
        setSavedAt(autosave.savedAt);
        setProblem(autosave.problem ? `Không lưu được vào trình duyệt / Could not save in the browser: ${autosave.problem}` : null);
      },
    );
    onAutosave?.(autosave);
    const hide = () => {
      if (document.visibilityState === 'hidden') void autosave?.flush();
    };
    document.addEventListener('visibilitychange', hide);
    return () => {
      document.removeEventListener('visibilitychange', hide);
      autosave?.stop();
    };
  }, [host, store, marks]);

  const toGrid = () => workbook.current?.querySelector<HTMLElement>('[data-grid-focus]')?.focus({ preventScroll: true });
  const toPane = () => (pane.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? pane.current?.querySelector<HTMLElement>('button'))?.focus();

  const open = async (file: File) => {
    setProblem(null);
    try {
      await openWorkbookFile(host, file);
      marks.replace([]);
      setFileName(file.name);
      setNote(`Đã mở “${file.name}” / Opened “${file.name}”`);
      toGrid();
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  const save = async () => {
    setProblem(null);
    try {
      const name = await downloadWorkbook(host, fileName);
      setNote(`Đã tải xuống “${name}” / Downloaded “${name}”`);
    } catch (e) {
      setProblem(`Không lưu được tệp / Could not save the file: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const hasFiles = (e: React.DragEvent) => [...e.dataTransfer.types].includes('Files');

  const status =
    note ??
    (store
      ? savedAt
        ? `Đã tự lưu trong trình duyệt lúc ${time(savedAt)} / Kept in the browser at ${time(savedAt)}`
        : 'Sổ làm việc trong trình duyệt, không cần Excel; không gửi gì ra mạng. / A workbook in the browser, no Excel needed; nothing leaves the machine.'
      : 'Trình duyệt này không cho lưu: tải tệp xuống trước khi đóng trang. / This browser keeps nothing: download the file before closing the page.');

  return (
    <div
      className={mergeClasses(styles.root, dropping && styles.dropping)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDropping(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDropping(false);
        const file = e.dataTransfer.files[0];
        if (file) void open(file);
      }}
    >
      <header className={styles.bar}>
        <Subtitle2 as="h1">Chấm điểm — Xem thử / Preview</Subtitle2>
        <div className={styles.tools} role="toolbar" aria-label="Sổ làm việc / Workbook">
          <Button size="small" appearance="transparent" className={styles.tool} onClick={() => picker.current?.click()} title="Mở tệp .xlsx (hoặc kéo thả tệp vào trang) / Open an .xlsx file (or drop one on the page)">
            Mở tệp / Open
          </Button>
          <Button size="small" appearance="transparent" className={styles.tool} onClick={() => void save()} title="Tải sổ làm việc xuống dạng .xlsx / Download the workbook as .xlsx">
            Lưu tệp / Save
          </Button>
          <Button size="small" appearance="transparent" className={styles.tool} disabledFocusable={!host.canUndo} onClick={() => host.undo()} title="Hoàn tác (Ctrl+Z) / Undo (Ctrl+Z)">
            Hoàn tác / Undo
          </Button>
          <Button size="small" appearance="transparent" className={styles.tool} disabledFocusable={!host.canRedo} onClick={() => host.redo()} title="Làm lại (Ctrl+Y) / Redo (Ctrl+Y)">
            Làm lại / Redo
          </Button>
          <Button size="small" appearance="transparent" className={styles.tool} onClick={() => setPrinting(true)} title="Xem trước các trang A4 của trang tính đang mở, rồi in hoặc lưu PDF / The active sheet's A4 pages, then print or save as PDF">
            In / Print
          </Button>
        </div>
        <Caption1 className={styles.barNote} role="status" data-testid="preview-status">
          {status}
        </Caption1>
        {problem ? (
          <Caption1 className={styles.problem} role="alert" data-testid="preview-problem">
            {problem}
          </Caption1>
        ) : null}
        <input
          ref={picker}
          type="file"
          hidden
          accept={`.xlsx,${XLSX_TYPE}`}
          data-testid="preview-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </header>
      <div className={styles.main}>
        <section ref={workbook} className={styles.grid} aria-label="Sổ làm việc / Workbook" data-testid="preview-workbook">
          <Grid host={host} onLeave={toPane} />
        </section>
        <aside
          ref={pane}
          className={styles.pane}
          aria-label="Ngăn tác vụ Chấm điểm / Chấm điểm task pane"
          data-testid="preview-pane"
          onKeyDown={(e) => {
            // F6 goes back to the sheet, as in Excel (the grid's own F6 comes here).
            if (e.key === 'F6') {
              e.preventDefault();
              toGrid();
            }
          }}
        >
          <App host={host} settings={settings} initialLang={initialLang} outsideExcel />
        </aside>
      </div>
      {printing ? <PrintPreview host={host} onClose={() => setPrinting(false)} /> : null}
    </div>
  );
};
