/**
 * The preview as an offline tool, in a real browser (Debian's Chromium through playwright-core): Vietnamese typed
 * through an input method (Chrome DevTools Protocol Input.imeSetComposition / insertText), Excel's refusals (a list,
 * a formula), undo and redo of cells and of a fill, tab-separated copy and paste, Ctrl+D, the keyboard (F6 both ways,
 * Ctrl+PgDn, Ctrl+arrows), the print preview, an .xlsx saved, checked by `chamdiem check` and opened again (picker
 * and drop), and a reload that offers the autosaved workbook back. It also measures the latencies of item 7 with the
 * Performance API (keystroke → paint, Enter → recalculated cells painted, scrolled frames: ./latency.ts, which
 * `npm run bench` uses too).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { COL } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import { runCli, tempDir } from '../cli/support';
import { LATENCY_GOALS, readLatencies, recordLatencies, scrollFrames, typeInto } from './latency';
import { openPreview, type OpenPreview } from './support';

const COMMUNE = 'Tự chấm UBND xã Tân Lập 2024';
const SCRATCH = 'Nháp';
const xa = getTemplate('xa-2024')!.plan({});
const selfCell = (id: string) => a1(xa.layout.rowOf[id]!, COL.self);
const dir = tempDir('chamdiem-preview-work-');

let preview: OpenPreview;
let page: Page;
let pane: Locator;
let cdp: CDPSession;
let setupError: unknown = null;
const step = (name: string, body: () => Promise<void> | void) =>
  it(name, async () => {
    if (setupError) throw setupError;
    await body();
  });

const cell = (address: string) => page.getByTestId(`cell-${address}`);
const namebox = () => page.getByTestId('preview-namebox');
const editor = () => page.getByTestId('preview-editor');
const tabs = () => page.getByTestId('sheet-tabs');
const alert = () => page.getByTestId('preview-workbook').getByRole('alert');

async function goTo(address: string): Promise<void> {
  await namebox().fill(address);
  await namebox().press('Enter');
  await expect.poll(() => namebox().inputValue()).toBe(address);
}

async function toSheet(name: string): Promise<void> {
  await tabs().getByRole('tab', { name, exact: true }).click();
  await page.locator(`[data-testid="preview-grid"][data-sheet="${name}"]`).waitFor();
}

beforeAll(async () => {
  try {
    preview = await openPreview();
    page = preview.page;
    pane = page.getByTestId('preview-pane');
    cdp = await preview.context.newCDPSession(page);
    await preview.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: preview.origin });
    // A blank sheet to type into, beside the sample.
    await page.evaluate(async (name) => {
      await window.chamdiemPreview!.host.write([{ kind: 'addSheet', sheet: name }]);
      window.chamdiemPreview!.host.activate(name);
    }, SCRATCH);
    await page.locator(`[data-testid="preview-grid"][data-sheet="${SCRATCH}"]`).waitFor();
  } catch (e) {
    setupError = e;
  }
}, 180_000);

afterAll(async () => {
  await preview?.close();
  if (preview) console.log(`browser tests (work): ${Object.entries(preview.timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}`);
});

describe('the preview as an offline tool', () => {
  step('Vietnamese input methods: a composed first letter starts the edit (“Điều 1”, not “iều 1”)', async () => {
    await goTo('A1');
    // Telex on ibus or Windows: "D" is composed, "DD" becomes "Đ", committed; the rest typed.
    await cdp.send('Input.imeSetComposition', { text: 'D', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'Đ', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'Đ' });
    await page.keyboard.type('iều 1');
    expect(await editor().inputValue()).toBe('Điều 1');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('A1').textContent()).toBe('Điều 1');
    expect(await namebox().inputValue()).toBe('A2');
    // A composition in the middle of a word, the edit already under way.
    await cdp.send('Input.insertText', { text: 'Kh' });
    await cdp.send('Input.imeSetComposition', { text: 'o', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: 'ô', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.insertText', { text: 'ô' });
    await page.keyboard.type('ng');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('A2').textContent()).toBe('Không');
  });

  step('like Excel: a formula missing a parenthesis is refused with the reason; an error value explains itself on hover', async () => {
    await goTo('B1');
    await page.keyboard.type('=SUM(1;2');
    await page.keyboard.press('Enter');
    await alert().filter({ hasText: 'Công thức thiếu 1 dấu ngoặc đóng “)”.' }).waitFor();
    expect(await editor().getAttribute('data-editing')).toBe('true');
    await page.keyboard.type(')');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('B1').textContent()).toBe('3');
    await goTo('B2');
    await page.keyboard.type('=1/0');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('B2').textContent()).toBe('#DIV/0!');
    expect(await cell('B2').getAttribute('title')).toMatch(/^#DIV\/0!: .*Chia cho 0/);
  });

  step('undo and redo of typed cells (Ctrl+Z, Ctrl+Y)', async () => {
    await goTo('C1');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('C1').textContent()).toBe('5');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell('C1').textContent()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell('C1').textContent()).toBe('5');
  });

  step('copy and paste as tab-separated text: a 3×3 block in, the same block out, one undo for the paste', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('1\t2\t3\r\n4\t0,5\t6\r\n7\t8\tchín\r\n'));
    await goTo('A3');
    await page.keyboard.press('Control+v');
    await expect.poll(() => cell('C5').textContent()).toBe('chín');
    expect(await Promise.all(['A3', 'B3', 'C3', 'A4', 'B4', 'C4', 'A5', 'B5'].map((c) => cell(c).textContent()))).toEqual(['1', '2', '3', '4', '0,5', '6', '7', '8']);
    await page.getByTestId('preview-range').waitFor();
    await page.keyboard.press('Control+c');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('1\t2\t3\r\n4\t0,5\t6\r\n7\t8\tchín');
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell('C5').textContent()).toBe('');
    expect(await cell('A3').textContent()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell('C5').textContent()).toBe('chín');
  });

  step('Ctrl+D fills down, the references moved as Excel moves them; Shift+arrows select', async () => {
    await goTo('D3');
    await page.keyboard.type('=A3*10');
    await page.keyboard.press('Enter');
    await goTo('D3');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Control+d');
    await expect.poll(() => cell('D5').textContent()).toBe('70');
    expect(await cell('D4').textContent()).toBe('40');
    await goTo('D5');
    expect(await page.getByTestId('preview-formula').inputValue()).toBe('=A5*10');
  });

  step('keyboard: arrows commit while typing, Ctrl+arrows to the data’s edge, Ctrl+Home, Ctrl+PgDn/PgUp, F6 to the pane and back', async () => {
    await goTo('E3');
    await page.keyboard.type('x');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => namebox().inputValue()).toBe('F3');
    expect(await cell('E3').textContent()).toBe('x');
    await goTo('A3');
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => namebox().inputValue()).toBe('A5');
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => namebox().inputValue()).toBe('D5'); // the end of A5:D5
    await page.keyboard.press('Control+ArrowRight');
    await expect.poll(() => namebox().inputValue()).toBe('E5'); // nothing after: the last column in use (E3 holds "x")
    await page.keyboard.press('Control+End');
    await expect.poll(() => namebox().inputValue()).toBe('E5'); // the last cell in use
    await page.keyboard.press('Control+Home');
    await expect.poll(() => namebox().inputValue()).toBe('A1');
    await page.keyboard.press('PageDown');
    await expect.poll(async () => Number((await namebox().inputValue()).slice(1))).toBeGreaterThan(10);
    await page.keyboard.press('PageUp');
    await expect.poll(() => namebox().inputValue()).toBe('A1');
    const names = await tabs().getByRole('tab').allTextContents();
    await page.keyboard.press('Control+PageUp');
    await tabs().getByRole('tab', { name: names[names.indexOf(SCRATCH) - 1]!, selected: true }).waitFor();
    await page.keyboard.press('Control+PageDown');
    await tabs().getByRole('tab', { name: SCRATCH, selected: true }).waitFor();
    await page.keyboard.press('F6');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="preview-pane"]') !== null)).toBe(true);
    await page.keyboard.press('F6');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-grid-focus'))).toBe('true');
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('A1').textContent()).toBe('7');
  });

  step('a dropdown cell refuses “7”, naming its values as the cells show them; text runs on over empty cells', async () => {
    await toSheet(COMMUNE);
    const target = selfCell('2.1.1');
    const before = await cell(target).textContent();
    await goTo(target);
    await page.keyboard.type('7');
    await page.keyboard.press('Enter');
    await alert().filter({ hasText: `Ô ${target} chỉ nhận một trong các giá trị của danh sách: 0; 1.` }).waitFor();
    await page.keyboard.press('Escape');
    expect(await cell(target).textContent()).toBe(before);
    expect(await alert().count()).toBe(0);
    // The classification in D4 is longer than its column: it runs on over E4, which is empty.
    await goTo('A1');
    const spilled = await cell('D4').evaluate((el) => {
      const span = el.querySelector<HTMLElement>('[data-spill]');
      const e4 = document.querySelector('[data-testid="cell-E4"]')!.getBoundingClientRect();
      return span ? { over: span.getBoundingClientRect().right >= e4.right - 1, shown: getComputedStyle(el).overflow === 'visible' } : null;
    });
    expect(spilled).toEqual({ over: true, shown: true });
  });

  step('the fill form: no name refused, a month of 13 explained in the pane’s words, in view; a commune’s form gets the commune’s unit', async () => {
    const panel = pane.getByRole('tabpanel');
    const xaTitle = getTemplate('xa-2024')!.title.vi;
    await pane.getByRole('button', { name: /^Chọn mẫu này: Mẫu số 03/ }).click();
    const form = panel.getByRole('form');
    await form.getByLabel('Họ và tên').fill('');
    await form.getByRole('button', { name: 'Điền lại trang đang mở' }).click();
    const refusal = panel.getByText('Hãy nhập họ và tên: phiếu mang tên người được đánh giá.');
    await refusal.waitFor();
    const inView = () =>
      refusal.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const p = el.closest('[data-testid="preview-pane"]')!.getBoundingClientRect();
        return r.top >= p.top - 1 && r.bottom <= p.bottom + 1;
      });
    await expect.poll(inView).toBe(true);
    await form.getByLabel('Họ và tên').fill('Lò Thị Sen');
    await form.getByLabel('Tháng').fill('13');
    await form.getByRole('button', { name: 'Điền vào trang mới' }).click();
    await panel.getByText('Tháng “13” không hợp lệ: nhập số từ 1 đến 12.').waitFor();
    await form.getByLabel('Tháng').fill('11');
    await pane.getByRole('button', { name: /^Thu gọn: Mẫu số 03/ }).click();
    await pane.getByRole('button', { name: `Chọn mẫu này: ${xaTitle}` }).click();
    await expect.poll(() => panel.getByRole('form').getByLabel('Đơn vị').inputValue()).toBe('UBND xã Tân Lập');
    await pane.getByRole('button', { name: `Thu gọn: ${xaTitle}` }).click();
  });

  step('undo of a task pane operation: a template filled into a new sheet goes away, and comes back with redo', async () => {
    await pane.getByRole('button', { name: /^Chọn mẫu này: Mẫu số 03/ }).click();
    const form = pane.getByRole('tabpanel').getByRole('form');
    await form.getByLabel('Họ và tên').fill('Lò Thị Sen');
    await form.getByLabel('Chức vụ').fill('Công chức Tư pháp – Hộ tịch');
    await form.getByRole('button', { name: 'Điền vào trang mới' }).click();
    const filled = /^Mẫu 03 Lò Thị Sen/;
    await tabs().getByRole('tab', { name: filled, selected: true }).waitFor();
    const count = await tabs().getByRole('tab').count();
    await page.getByRole('button', { name: 'Hoàn tác / Undo' }).click();
    await expect.poll(() => tabs().getByRole('tab').count()).toBe(count - 1);
    expect(await tabs().getByRole('tab', { name: filled }).count()).toBe(0);
    await page.getByRole('button', { name: 'Làm lại / Redo' }).click();
    await tabs().getByRole('tab', { name: filled }).waitFor();
  });

  step('the print preview shows the active sheet’s A4 pages; Esc closes it', async () => {
    await toSheet(COMMUNE);
    await page.getByRole('button', { name: 'In / Print' }).click();
    const dialog = page.getByTestId('preview-print');
    await dialog.waitFor();
    expect(await dialog.getByTestId('preview-print-page').count()).toBeGreaterThan(1);
    await dialog.getByText('KHUNG TIÊU CHÍ ĐÁNH GIÁ', { exact: false }).first().waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  step('Enter on a finding focuses its cell; saved as .xlsx: `chamdiem check` reads the download and finds the pane’s errors; opened again by the picker and by a drop', async () => {
    await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
    await pane.getByRole('tabpanel').getByRole('button', { name: 'Kiểm tra trước khi nộp' }).click();
    const status = pane.getByRole('tabpanel').getByRole('status').filter({ hasText: `Trang “${COMMUNE}”: ` });
    await status.waitFor();
    const paneErrors = Number(/: (\d+) lỗi/.exec((await status.textContent()) ?? '')?.[1]);
    expect(paneErrors).toBeGreaterThan(0);
    // Enter on a finding: its cell selected, and the keyboard's focus in it (type to correct it at once).
    await pane.getByRole('tabpanel').getByRole('button', { name: /tiêu chí 6\.2, E4: / }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => namebox().inputValue()).toBe(a1(xa.layout.rowOf['6.2']!, COL.evidence));
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-grid-focus'))).toBe('true');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu tệp / Save' }).click()]);
    expect(download.suggestedFilename()).toBe(`${COMMUNE}.xlsx`);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const run = await runCli(['check', file, '--json'], dir);
    const issues = JSON.parse(run.stdout) as { sheet: string; severity: string }[];
    expect(issues.filter((i) => i.sheet === COMMUNE && i.severity === 'error').length).toBe(paneErrors);

    // Opened with the file picker: the same sheets, the commune's title, the file's name in the bar.
    const sheets = await tabs().getByRole('tab').allTextContents();
    await page.getByTestId('preview-file').setInputFiles(file);
    await page.getByTestId('preview-status').filter({ hasText: `Đã mở “${path.basename(file)}”` }).waitFor();
    expect(await tabs().getByRole('tab').allTextContents()).toEqual(sheets);
    await expect.poll(() => tabs().getByRole('tab', { selected: true }).textContent()).toBe(COMMUNE);
    expect(await cell('A1').textContent()).toMatch(/^KHUNG TIÊU CHÍ ĐÁNH GIÁ/);

    // Dropped on the page.
    const bytes = readFileSync(file).toString('base64');
    await page.evaluate(async (b64) => {
      const data = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'keo-tha.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      const target = document.querySelector('[data-testid="preview-workbook"]')!;
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByTestId('preview-status').filter({ hasText: 'Đã mở “keo-tha.xlsx”' }).waitFor();
  });

  step('latencies (item 7) on the 113-row commune sheet: keystroke → paint, Enter → recalculated cells painted, scrolled frames', async () => {
    await toSheet(COMMUNE);
    await recordLatencies(page);
    const target = a1(xa.layout.rowOf['2.1.1']!, COL.evidence);
    await typeInto(page, target, 'Số 12/QĐ-UBND', 5);
    await scrollFrames(page, 30);
    const measured = await readLatencies(page);
    const result = { measuredAt: new Date().toISOString(), build: 'development, as npm start serves it', sheet: COMMUNE, ...measured };
    console.log(`preview latencies: ${JSON.stringify(result)}`);
    expect(result.keystroke.n).toBeGreaterThan(40);
    expect(result.enter.n).toBe(5);
    expect(result.scroll.n).toBeGreaterThan(10);
    // Goals (item 7, LATENCY_GOALS): the medians, with room for a machine shared with other test files.
    expect(result.keystroke.median).toBeLessThan(LATENCY_GOALS.keystroke * 3);
    expect(result.enter.median).toBeLessThan(LATENCY_GOALS.enter * 3);
    expect(result.scroll.median).toBeLessThan(LATENCY_GOALS.scroll * 3);
    await goTo(target);
    expect(await page.getByTestId('preview-formula').inputValue()).toBe('Số 12/QĐ-UBND');
  });

  step('a reload offers the workbook kept in the browser; restored, it is as it was left', async () => {
    const target = a1(xa.layout.rowOf['2.1.1']!, COL.explanation);
    await goTo(target);
    await page.keyboard.type('Giữ lại sau khi tải lại');
    await page.keyboard.press('Enter');
    await page.evaluate(() => window.chamdiemPreview!.autosave!.flush());
    await page.reload();
    const start = page.getByTestId('preview-start');
    await start.waitFor();
    await start.getByText(/Trình duyệt còn giữ sổ làm việc bạn để lại lúc .*từ tệp “keo-tha\.xlsx”/).waitFor();
    await start.getByRole('button', { name: 'Mở lại sổ đã lưu / Restore the saved workbook' }).click();
    await page.getByTestId('preview-grid').waitFor();
    await expect.poll(() => tabs().getByRole('tab', { selected: true }).textContent()).toBe(COMMUNE);
    await goTo(target);
    expect(await page.getByTestId('preview-formula').inputValue()).toBe('Giữ lại sau khi tải lại');
    // The sample stays one choice: reload, start from it, and the typed text is gone.
    await page.reload();
    await page.getByRole('button', { name: 'Bắt đầu từ sổ mẫu / Start from the sample' }).click();
    await page.getByTestId('preview-grid').waitFor();
    await goTo(target);
    expect(await page.getByTestId('preview-formula').inputValue()).not.toBe('Giữ lại sau khi tải lại');
  });

  step('loads nothing from outside localhost, and reports no error', () => {
    expect(preview.requests.some((u) => /preview\.xlsx\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    expect(preview.requests.filter((url) => !url.startsWith(`${preview.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(preview.problems).toEqual([]);
  });
});
