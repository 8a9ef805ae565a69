import { Button, Caption1, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Msg } from '../../scoring';
import { msg } from '../../scoring/messages';
import type { WorkbookHost } from '../../sheet/host';
import type { FrameworkFinding } from '../../sheet/userFramework';
import { SAMPLE_FRAMEWORKS } from '../catalog';
import { attempt } from '../hooks/outcome';
import { loadEngine } from '../loadEngine';
import { tokens } from '../tokens';
import { findingButton } from './findingButton';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  item: { ...findingButton, borderLeftColor: tokens.colorPaletteRedBorder2 },
  where: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  field: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flexGrow: 1 },
  // A native list (Fluent's Select would bring its token tables into the first load).
  select: {
    minHeight: '32px',
    maxWidth: '100%',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    paddingLeft: tokens.spacingHorizontalS,
  },
});

/** The pane's words for the two framework actions (issue 12), Vietnamese first. */
export const FRAMEWORK_TEXT = {
  heading: msg('Khung tiêu chí của đơn vị', "Your unit's framework"),
  intro: msg(
    'Gõ hoặc dán khung tiêu chí của đơn vị vào trang "Khung tiêu chí" (mỗi dòng một tiêu chí), rồi điền mẫu từ đó. Bắt đầu từ một khung mẫu để sửa.',
    'Type or paste your unit\'s criteria into a "Khung tiêu chí" sheet (one row a criterion), then fill a template from it. Start from a sample framework to edit.',
  ),
  use: msg('Dùng khung của tôi', 'Use my framework'),
  exportLabel: msg('Khung mẫu', 'Sample framework'),
  export: msg('Xuất khung mẫu', 'Export a sample framework'),
  filled: (sheet: string, frameworkSheet: string) =>
    msg(`Đã điền trang mới “${sheet}” từ trang “${frameworkSheet}”.`, `Filled the new sheet “${sheet}” from the sheet “${frameworkSheet}”.`),
  exported: (sheet: string) =>
    msg(`Đã ghi khung mẫu vào trang “${sheet}”: sửa các dòng theo khung của đơn vị rồi bấm “Dùng khung của tôi”.`, `Wrote the sample framework to the sheet “${sheet}”: edit its rows into your unit's framework, then press “Use my framework”.`),
  findings: (n: number, sheet: string) =>
    msg(`Trang “${sheet}” có ${n} lỗi, chưa dùng được khung. Bấm vào một lỗi để chọn ô.`, `The sheet “${sheet}” has ${n} errors; the framework cannot be used yet. Press an error to select its cell.`),
} as const;

interface Work {
  (): Promise<void>;
}

export interface FrameworkPaneProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
}

/** "Dùng khung của tôi" and "Xuất khung mẫu": a framework sheet in the workbook, validated, then filled from. */
export const FrameworkPane: React.FC<FrameworkPaneProps> = ({ host, lang }) => {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<Msg | null>(null);
  const [success, setSuccess] = React.useState<Msg | null>(null);
  const [findings, setFindings] = React.useState<{ sheet: string; list: readonly FrameworkFinding[] } | null>(null);
  const [sample, setSample] = React.useState(SAMPLE_FRAMEWORKS[0]!.id);
  const selectId = React.useId();

  const run = async (work: Work) => {
    setBusy(true);
    setError(null);
    setSuccess(null);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const use = () =>
    run(async () => {
      const r = await attempt(async () => (await loadEngine()).fillFromMyFramework(host, {}));
      if (!r.ok) return setError(r.error);
      if (r.value.kind === 'findings') return setFindings({ sheet: r.value.frameworkSheet, list: r.value.findings });
      setFindings(null);
      setSuccess(FRAMEWORK_TEXT.filled(r.value.sheet, r.value.frameworkSheet));
    });
  const exportSample = () =>
    run(async () => {
      const r = await attempt(async () => (await loadEngine()).exportFramework(host, sample));
      if (!r.ok) return setError(r.error);
      setSuccess(FRAMEWORK_TEXT.exported(r.value));
    });
  const select = (cell: string) =>
    void attempt(async () => ({ ok: true as const, value: await (await loadEngine()).selectCell(host, findings!.sheet, cell) })).then((r) => (r.ok ? null : setError(r.error)));

  return (
    <section className={styles.root} aria-label={FRAMEWORK_TEXT.heading[lang]}>
      <Subtitle2 as="h2">{FRAMEWORK_TEXT.heading[lang]}</Subtitle2>
      <Caption1>{FRAMEWORK_TEXT.intro[lang]}</Caption1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void use()}>
          {FRAMEWORK_TEXT.use[lang]}
        </Button>
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={selectId}>{FRAMEWORK_TEXT.exportLabel[lang]}</label>
          <select id={selectId} className={styles.select} value={sample} onChange={(e) => setSample(e.target.value)}>
            {SAMPLE_FRAMEWORKS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.title[lang]}
              </option>
            ))}
          </select>
        </div>
        <Button disabled={busy} onClick={() => void exportSample()}>
          {FRAMEWORK_TEXT.export[lang]}
        </Button>
      </div>
      <MessageNotice intent="error" message={error} lang={lang} onDismiss={() => setError(null)} />
      <MessageNotice intent="success" message={success} lang={lang} onDismiss={() => setSuccess(null)} />
      {findings ? (
        <>
          <MessageNotice intent="warning" message={FRAMEWORK_TEXT.findings(findings.list.length, findings.sheet)} lang={lang} />
          <ul className={styles.list}>
            {findings.list.map((f, i) => (
              <li key={`${f.cell}-${i}`}>
                <button type="button" className={styles.item} onClick={() => select(f.cell)}>
                  <span className={styles.where}>{f.cell}</span>
                  <span>{f.message[lang]}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
};
