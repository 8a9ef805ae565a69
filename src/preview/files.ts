/**
 * Opening and saving .xlsx files from the page: the file picker, a file dropped on the page, a download. The ExcelJS
 * side (./xlsx.ts) is a chunk of its own, fetched from this server the first time a file is opened or saved.
 */
import type { PreviewWorkbook } from './workbook';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ './xlsx');

/** Whether a dropped or picked file looks like a workbook worth trying (the reader says why when it is not one). */
export const looksLikeXlsx = (file: { readonly name: string; readonly type: string }): boolean => /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE;

/** Reads the file into the workbook, replacing what it held (the undo history with it). */
export async function openWorkbookFile(host: PreviewWorkbook, file: File): Promise<void> {
  if (!looksLikeXlsx(file)) throw new Error(`“${file.name}” không phải tệp .xlsx: hãy lưu nó dạng Excel .xlsx trước / “${file.name}” is not an .xlsx file: save it as Excel .xlsx first`);
  const { readXlsx } = await loadXlsx();
  host.load(await readXlsx(await file.arrayBuffer(), file.name));
}

/** Writes the workbook as an .xlsx and hands it to the browser as a download; the file's name. */
export async function downloadWorkbook(host: PreviewWorkbook, fileName: string | undefined): Promise<string> {
  const { writeXlsx, downloadName } = await loadXlsx();
  const bytes = await writeXlsx(host);
  const name = downloadName(fileName, host.active);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
