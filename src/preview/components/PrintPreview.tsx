import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { a1 } from '../../sheet/a1';
import { formatValue } from '../format';
import { columnWidths, rowHeights } from '../layout';
import { MARGIN_MM, printLayout } from '../print';
import type { PreviewWorkbook } from '../workbook';

const useStyles = makeStyles({
  overlay: { position: 'fixed', inset: 0, zIndex: 100, display: 'flex', flexDirection: 'column', backgroundColor: '#5F5F5F' },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground1 },
  pages: { flex: '1 1 auto', overflow: 'auto', display: 'flex', flexDirection: 'column', alignItems: 'center', gap: tokens.spacingVerticalL, padding: tokens.spacingVerticalL },
  page: { backgroundColor: '#FFFFFF', boxShadow: tokens.shadow16, boxSizing: 'border-box', overflow: 'hidden', flexShrink: 0 },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', transformOrigin: 'top left', fontFamily: "'Times New Roman', serif", fontSize: '13px' },
  cell: { padding: '1px 3px', overflow: 'hidden', verticalAlign: 'bottom', lineHeight: '16px' },
  bordered: { border: '1px solid #000000' },
});

export interface PrintPreviewProps {
  readonly host: PreviewWorkbook;
  readonly onClose: () => void;
}

/**
 * The active sheet's A4 pages, as they will print (print area, title rows, fit to width, orientation), and the browser's
 * print dialog for paper or PDF. Esc closes.
 */
export const PrintPreview: React.FC<PrintPreviewProps> = ({ host, onClose }) => {
  const styles = useStyles();
  const close = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => close.current?.focus(), []);
  const sheet = host.sheet(host.active);
  if (!sheet) return null;
  const dims = host.dimensions(sheet.name);
  const widths = columnWidths(sheet.columns, Math.max(1, dims.columns));
  const heights = rowHeights(Math.max(1, dims.rows), sheet.rowLines);
  const print = sheet.print ?? { orientation: 'portrait' as const, paper: 'A4' as const, fitToWidth: true, area: `A1:${a1(Math.max(0, dims.rows - 1), Math.max(0, dims.columns - 1))}` };
  const layout = printLayout(print, (c) => widths[c] ?? 64, (r) => heights[r] ?? 22, { r1: 0, c1: 0, r2: Math.max(0, dims.rows - 1), c2: Math.max(0, dims.columns - 1) });
  const cols = Array.from({ length: layout.area.c2 - layout.area.c1 + 1 }, (_, i) => layout.area.c1 + i);
  const mergeAt = (r: number, c: number) => sheet.merges.find((m) => r >= m.r1 && r <= m.r2 && c >= m.c1 && c <= m.c2);
  const margin = `${MARGIN_MM}mm`;
  return (
    <div className={styles.overlay} role="dialog" aria-modal="true" aria-label={`Xem trước khi in “${sheet.name}” / Print preview of “${sheet.name}”`} data-print-root data-testid="preview-print" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <style>{`@page { size: A4 ${print.orientation}; margin: ${margin}; } @media print { body * { visibility: hidden; } [data-print-root], [data-print-root] * { visibility: visible; } [data-print-root] { position: absolute; inset: auto; background: none; display: block; } [data-print-bar] { display: none !important; } [data-print-page] { box-shadow: none !important; padding: 0 !important; width: auto !important; height: auto !important; break-after: page; } [data-print-pages] { display: block !important; padding: 0 !important; overflow: visible !important; } }`}</style>
      <div className={styles.bar} data-print-bar>
        <Subtitle2>
          {sheet.name}: {layout.pages.length} trang A4 / {layout.pages.length} A4 {layout.pages.length === 1 ? 'page' : 'pages'}
        </Subtitle2>
        <Button appearance="primary" onClick={() => window.print()}>
          In hoặc lưu PDF… / Print or save as PDF…
        </Button>
        <Button ref={close} onClick={onClose}>
          Đóng / Close
        </Button>
      </div>
      <div className={styles.pages} data-print-pages>
        {layout.pages.map((page, p) => (
          <div key={p} className={styles.page} data-print-page data-testid="preview-print-page" style={{ width: layout.pageWidthPx, height: layout.pageHeightPx, padding: margin }}>
            <table className={styles.table} style={{ transform: `scale(${layout.scale})` }}>
              <colgroup>
                {cols.map((c) => (
                  <col key={c} style={{ width: widths[c] ?? 64 }} />
                ))}
              </colgroup>
              <tbody>
                {page.rows.map((r, i) => (
                  <tr key={r} style={{ height: heights[r] ?? 22 }}>
                    {cols.map((c) => {
                      const m = mergeAt(r, c);
                      const startsHere = !m || (m.c1 === c && (m.r1 === r || i === 0 || page.rows[i - 1] !== r - 1));
                      if (!startsHere) return null;
                      const rowSpan = m ? page.rows.slice(i).filter((x, j) => x <= m.r2 && x === r + j).length : 1;
                      const colSpan = m ? Math.min(m.c2, layout.area.c2) - c + 1 : 1;
                      const v = host.cellView(sheet, m ? m.r1 : r, m ? m.c1 : c);
                      const text = v.error ? String(v.value) : formatValue(v.value, v.numberFormat);
                      const st = v.style;
                      return (
                        <td
                          key={c}
                          rowSpan={rowSpan}
                          colSpan={colSpan}
                          className={`${styles.cell} ${st?.border ? styles.bordered : ''}`}
                          style={{
                            fontWeight: st?.bold ? 700 : undefined,
                            fontStyle: st?.italic ? 'italic' : undefined,
                            textAlign: st?.horizontal ?? (typeof v.value === 'number' ? 'right' : 'left'),
                            verticalAlign: st?.vertical === 'top' ? 'top' : st?.vertical === 'center' ? 'middle' : 'bottom',
                            whiteSpace: st?.wrap ? 'pre-wrap' : 'pre',
                            fontSize: st?.fontSize ? `${st.fontSize}px` : undefined,
                          }}
                        >
                          {text}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
    </div>
  );
};
