/**
 * The workbooks a user picks for "Tổng hợp các đơn vị", read in the pane itself with ExcelJS (through the CLI's ExcelJS
 * host, as the preview opens files): nothing leaves the machine, and a picked file is only read, never written. A chunk
 * of its own (ExcelJS is larger than the pane), loaded the first time a file is picked. Hostile files are refused before
 * ExcelJS sees them (the preview's preflight: zip bombs, oversized merges and lists).
 */
import ExcelJS from 'exceljs';
import { ExcelJsHost } from '../cli/excelHost';
import { msg, type Msg } from '../scoring';
import { preflightXlsx } from '../preview/preflight';
import { HEAD } from '../sheet/plans/builder';
import { isRankableHead, type UnitSheet } from '../sheet/rankOperation';

export type PickedRead = { readonly ok: true; readonly sheets: readonly UnitSheet[] } | { readonly ok: false; readonly reason: Msg };

/** The framework sheets of one picked workbook, whole, in one read; a file that cannot be read says why. */
export async function readUnitWorkbook(bytes: ArrayBuffer, name: string): Promise<PickedRead> {
  try {
    await preflightXlsx(bytes, name);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const host = new ExcelJsHost(workbook, name);
    const head = await host.read({ head: HEAD });
    const sheets = head.sheets.filter(isRankableHead).map((h) => ({ file: name, snapshot: host.snapshot(h.name) }));
    if (sheets.length === 0) {
      return { ok: false, reason: msg('không có trang chấm điểm theo bộ tiêu chí (mẫu của Chấm điểm).', 'no framework sheet (a Chấm điểm template).') };
    }
    return { ok: true, sheets };
  } catch (e) {
    // The host's InputError (src/cli/xlsxFile.ts, the browser's stand-in in this bundle) carries its message as a Msg.
    const carried = (e as { text?: unknown }).text;
    if (typeof carried === 'object' && carried !== null && 'vi' in carried && 'en' in carried) return { ok: false, reason: carried as Msg };
    const text = e instanceof Error ? e.message : String(e);
    const [vi, en] = text.includes(' / ') ? text.split(' / ', 2) : [text, text];
    return { ok: false, reason: msg(`không đọc được: ${vi}`, `could not be read: ${en}`) };
  }
}
