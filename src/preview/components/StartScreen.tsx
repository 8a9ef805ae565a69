import { Body1, Button, Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import * as React from 'react';
import type { SavedWorkbook } from '../autosave';

const useStyles = makeStyles({
  root: { display: 'flex', justifyContent: 'center', alignItems: 'flex-start', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalXXL, boxSizing: 'border-box' },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    maxWidth: '560px',
    width: '100%',
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow8,
  },
  choices: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'stretch' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface StartScreenProps {
  readonly saved: SavedWorkbook;
  readonly onRestore: () => void;
  readonly onOpen: (file: File) => Promise<void>;
  readonly onSample: () => void;
}

const when = (t: number): string => new Date(t).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * What a visit starts from when the browser kept a workbook: that workbook (restored as it was left), a file of one's
 * own, or the sample. Nothing is replaced without being asked.
 */
export const StartScreen: React.FC<StartScreenProps> = ({ saved, onRestore, onOpen, onSample }) => {
  const styles = useStyles();
  const picker = React.useRef<HTMLInputElement>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const restore = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => restore.current?.focus(), []);
  const sheets = saved.state.sheets.length;
  return (
    <main className={styles.root} lang="vi">
      <section className={styles.card} aria-labelledby="start-title" data-testid="preview-start">
        <Subtitle1 as="h1" id="start-title">
          Chấm điểm — Xem thử / Preview
        </Subtitle1>
        <Body1>
          Trình duyệt còn giữ sổ làm việc bạn để lại lúc {when(saved.savedAt)} ({sheets} trang tính{saved.fileName ? `, từ tệp “${saved.fileName}”` : ''}). /
          The browser kept the workbook you left at {when(saved.savedAt)} ({sheets} {sheets === 1 ? 'sheet' : 'sheets'}
          {saved.fileName ? `, from “${saved.fileName}”` : ''}).
        </Body1>
        <div className={styles.choices}>
          <Button ref={restore} appearance="primary" onClick={onRestore} disabled={busy}>
            Mở lại sổ đã lưu / Restore the saved workbook
          </Button>
          <Button onClick={() => picker.current?.click()} disabled={busy}>
            Mở tệp .xlsx… / Open an .xlsx file…
          </Button>
          <Button onClick={onSample} disabled={busy}>
            Bắt đầu từ sổ mẫu / Start from the sample
          </Button>
        </div>
        <Caption1>
          Mở tệp hoặc sổ mẫu sẽ thay sổ đã lưu trong trình duyệt. / Opening a file or the sample replaces the workbook kept in the browser.
        </Caption1>
        {problem ? (
          <Body1 className={styles.problem} role="alert">
            {problem}
          </Body1>
        ) : null}
        <input
          ref={picker}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          hidden
          data-testid="preview-start-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            setBusy(true);
            onOpen(file).catch((err: unknown) => {
              setBusy(false);
              setProblem(err instanceof Error ? err.message : String(err));
            });
          }}
        />
      </section>
    </main>
  );
};
