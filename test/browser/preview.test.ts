/**
 * The preview page in a real browser (Debian's Chromium through playwright-core), used as a person would: fill a
 * template from the gallery, type into the grid, check, click a finding, score, build the 1A list, switch language.
 * Each main screen is saved to .cache/screenshots/ (`npm run screenshots` refreshes the README's docs/screenshots/).
 * The page must load nothing from outside localhost.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstWorkItemRow, SAMPLE_QUOTA, SAMPLE_WARD } from '../../src/preview/sample';
import { a1 } from '../../src/sheet/a1';
import { COL } from '../../src/sheet/plans/framework';
import { HN_CELL, HN_COL } from '../../src/sheet/plans/hnMonthly';
import { WORK_COL } from '../../src/sheet/plans/hnTasks';
import { getTemplate } from '../../src/sheet/templates';
import { buildPreview, launch, requireChromium, SCREENSHOTS, serve } from './support';
import { filledTemplate } from '../cli/support';
import { communeInputs, DISTRICT } from '../support/district';
import { RANK_COL, RANK_ROW } from '../../src/sheet/rank';

const COMMUNE = 'Tự chấm UBND xã Tân Lập 2024';
const NEW_PERSON = { name: 'Mai Văn Khánh', post: 'Công chức Văn phòng – Thống kê' };
const NEW_SHEET = `Mẫu 03 ${NEW_PERSON.name} ${String(SAMPLE_WARD.month).padStart(2, '0')}-${SAMPLE_WARD.year}`;
const xa = getTemplate('xa-2024')!.plan({});
const m03 = getTemplate('hn-m03')!.plan({});

let page: Page;
let pane: Locator;
let origin = '';
const requests: string[] = [];
const problems: string[] = [];
let cleanup: (() => Promise<void>)[] = [];
const timings: Record<string, number> = {};

const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
const cell = (address: string) => page.getByTestId(`cell-${address}`);
/** The visible screen of the task pane (the others are hidden). */
const screen = () => pane.getByRole('tabpanel');

async function goTo(address: string): Promise<void> {
  const box = page.getByTestId('preview-namebox');
  await box.fill(address);
  await box.press('Enter');
  await expect.poll(() => box.inputValue()).toBe(address);
}

/** Types values into consecutive cells of a row, as a person does: type, Tab, type, Tab…; blank values are skipped. */
async function typeRow(address: string, values: readonly string[]): Promise<void> {
  await goTo(address);
  for (const v of values) {
    if (v !== '') await page.keyboard.type(v);
    await page.keyboard.press('Tab');
  }
}

/**
 * Set-up failures (no Chromium, a build error) fail every test with their message: vitest would otherwise report the
 * tests as skipped, which a CI summary counts as neither passed nor failed.
 */
let setupError: unknown = null;
const step = (name: string, body: () => Promise<void> | void) =>
  it(name, async () => {
    if (setupError) throw setupError;
    await body();
  });

beforeAll(async () => {
  try {
    await setUp();
  } catch (e) {
    setupError = e;
  }
}, 180_000);

async function setUp(): Promise<void> {
  requireChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
  let t = performance.now();
  const folder = await buildPreview();
  timings.build = performance.now() - t;
  cleanup.push(async () => rmSync(folder, { recursive: true, force: true }));
  const server = await serve(folder);
  origin = server.origin;
  cleanup.push(server.close);
  t = performance.now();
  const browser = await launch();
  cleanup.unshift(browser.close);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${origin}/preview.html`);
  pane = page.getByTestId('preview-pane');
  await page.getByTestId('preview-grid').waitFor();
  timings.open = performance.now() - t;
}

afterAll(async () => {
  for (const undo of cleanup) await undo();
  cleanup = [];
  console.log(`browser tests: ${Object.entries(timings).map(([k, v]) => `${k} ${Math.round(v)} ms`).join(', ')}`);
});

describe('the preview page', () => {
  step('opens on the sample workbook beside the task pane, the commune’s sheet active', async () => {
    await expect.poll(() => page.getByTestId('sheet-tabs').getByRole('tab').count()).toBe(18);
    await expect.poll(() => page.getByTestId('sheet-tabs').getByRole('tab', { selected: true }).textContent()).toBe(COMMUNE);
    expect(await page.getByTestId('preview-namebox').inputValue()).toBe(a1(xa.layout.rowOf['2.1.1']!, COL.self));
    await pane.getByRole('tab', { name: 'Mẫu', selected: true }).waitFor();
    expect(await page.title()).toMatch(/Xem thử/);
  });

  step('Mẫu: fills a template into a new sheet from the gallery, the details asked once', async () => {
    const t = performance.now();
    await pane.getByRole('button', { name: /^Chọn mẫu này: Mẫu số 03/ }).click();
    const form = screen().getByRole('form');
    await form.getByLabel('Họ và tên').fill(NEW_PERSON.name);
    await form.getByLabel('Chức vụ').fill(NEW_PERSON.post);
    expect(await form.getByLabel('Đơn vị').inputValue()).toBe(SAMPLE_WARD.unit); // the sample's details, remembered
    await form.getByRole('button', { name: 'Điền vào trang mới' }).click();
    const done = screen().getByText(`Đã điền mẫu vào trang mới “${NEW_SHEET}”.`);
    await done.waitFor();
    // The chosen card from its title down to the message, for the screenshot.
    await done.evaluate((el) => el.closest('li')?.scrollIntoView({ block: 'end' }));
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: NEW_SHEET, selected: true }).waitFor();
    expect(await cell(a1(...HN_CELL.name)).textContent()).toBe(NEW_PERSON.name);
    timings.fill = performance.now() - t;
    await shot('gallery');
  });

  step('the grid: deductions and work items typed in; the custom functions compute the KPI, the total and the grade', async () => {
    const t = performance.now();
    const deduction = a1(m03.layout.rowOf['2.2']!, HN_COL.deduction);
    await typeRow(deduction, ['2', '', 'Chậm nộp báo cáo thống kê tháng']);
    expect(await cell(deduction).textContent()).toBe('2');
    const first = firstWorkItemRow(m03);
    const col = (c: number, row: number) => a1(row, c);
    await typeRow(col(WORK_COL.product, first), ['Tổng hợp báo cáo thống kê tháng', '2', '3', '2', '', '1']);
    await typeRow(col(WORK_COL.product, first + 1), ['Soạn thảo văn bản hành chính', '0,5', '10', '10', '1']);
    await goTo('J3');
    await page.keyboard.type('=KPI.GRADE(B6;"name")');
    await page.keyboard.press('Enter');
    await goTo('A1');
    // 30 − 2 + (a + b + c) / 3 × 70 with a = 9/11, b = 7,75/11, c = 8/11: 28 + 52,5.
    await expect.poll(() => cell(a1(...HN_CELL.total)).textContent()).toBe('80,50');
    expect(await cell(a1(...HN_CELL.kpi)).textContent()).toBe('75,00%');
    expect(await cell(a1(...HN_CELL.grade)).textContent()).toBe('Hoàn thành tốt nhiệm vụ');
    expect(await cell('J3').textContent()).toBe('Hoàn thành tốt nhiệm vụ');
    await goTo('J3');
    expect(await page.getByTestId('preview-formula').inputValue()).toBe('=KPI.GRADE(B6,"name")');
    // A cell with a list validation offers its values.
    const selfGrade = a1(...HN_CELL.selfGrade);
    await goTo(selfGrade);
    await page.getByTestId('preview-list').selectOption('Hoàn thành tốt nhiệm vụ');
    await expect.poll(() => cell(selfGrade).textContent()).toBe('Hoàn thành tốt nhiệm vụ');
    timings.type = performance.now() - t;
  });

  step('Kiểm tra: the check lists the sample’s faults; a finding clicked selects its cell in the grid; marks colour it', async () => {
    const t = performance.now();
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: COMMUNE }).click();
    await pane.getByRole('tab', { name: 'Kiểm tra' }).click();
    await screen().getByRole('button', { name: 'Kiểm tra trước khi nộp' }).click();
    await screen().getByRole('status').filter({ hasText: `Trang “${COMMUNE}”: 8 lỗi` }).waitFor();
    for (const code of ['E1', 'E2', 'E3', 'E4', 'E5', 'E6']) await screen().getByRole('button', { name: new RegExp(`, ${code}: `) }).first().waitFor();
    const target = a1(xa.layout.rowOf['6.2']!, COL.evidence); // far down the sheet: the grid must scroll to it
    await screen().getByRole('button', { name: /tiêu chí 6\.2, E4: / }).click();
    await expect.poll(() => page.getByTestId('preview-namebox').inputValue()).toBe(target);
    const box = (await cell(target).boundingBox())!;
    const grid = (await page.getByTestId('preview-grid').boundingBox())!;
    const inside = (a: number, size: number, from: number, length: number) => a >= from - 1 && a + size <= from + length + 1;
    expect([inside(box.x, box.width, grid.x, grid.width), inside(box.y, box.height, grid.y, grid.height)]).toEqual([true, true]);
    await screen().getByRole('button', { name: 'Đánh dấu trên trang' }).click();
    await page.locator(`[data-testid="cell-${target}"][data-fill="#F8C9C4"][data-note]`).waitFor();
    expect(await cell(target).getAttribute('title')).toMatch(/^E4: /);
    timings.check = performance.now() - t;
    await shot('check');
  });

  step('Chấm điểm: the self-score beside the council’s likely score, and what loses points', async () => {
    const t = performance.now();
    await pane.getByRole('tab', { name: 'Chấm điểm' }).click();
    await screen().getByRole('button', { name: 'Tính điểm' }).click();
    const totals = screen().getByRole('group', { name: 'Tổng điểm' });
    await totals.getByText('33,76').waitFor();
    await totals.getByText('25,76').waitFor();
    await screen().getByText('Có thể bị trừ 8 điểm khi thẩm định vì thiếu hoặc sai tài liệu kiểm chứng (E1–E4).').waitFor();
    await screen().getByRole('heading', { name: 'Tiêu chí có thể mất điểm (6)' }).waitFor();
    timings.score = performance.now() - t;
    await shot('score');
  });

  step('Tổng hợp 1A: the list of the ward with the quota proposal (one demoted, two tied at the cut line)', async () => {
    const t = performance.now();
    await pane.getByRole('tab', { name: 'Tổng hợp 1A' }).click();
    await screen().getByLabel('Tháng').fill(String(SAMPLE_WARD.month));
    await screen().getByLabel('Năm').fill(String(SAMPLE_WARD.year));
    await screen().getByRole('button', { name: 'Lập danh sách 1A' }).click();
    await screen().getByText(/Đã lập danh sách 1A \(15 người\) trên trang “1A 11-2024”/).waitFor();
    const demoted = screen().getByRole('region', { name: 'Đề xuất hạ xuống loại B (1)' });
    const tied = screen().getByRole('region', { name: 'Bằng điểm tại ngưỡng (2)' });
    await demoted.getByText(new RegExp(`^${SAMPLE_QUOTA.demoted[0]}: 91,79 điểm`)).waitFor();
    for (const name of SAMPLE_QUOTA.tied) await tied.getByText(new RegExp(`^${name}: 92,17 điểm`)).waitFor();
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: '1A 11-2024', selected: true }).waitFor();
    await tied.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    timings.summary = performance.now() - t;
    await shot('summary');
  });

  step('Tổng hợp các đơn vị: the sample district ranked with a commune workbook picked from disk, read in the page', async () => {
    const t = performance.now();
    await pane.getByRole('tab', { name: 'Tổng hợp các đơn vị' }).click();
    await screen().getByLabel('Cơ quan tổng hợp (in ở đầu bảng)').fill('UBND huyện Định Hóa');
    const an = DISTRICT[0]!; // self 9: below Điềm Mặc (9,5), the last of the sample's communes
    const { bytes } = await filledTemplate('xa-2024', { unit: an.unit, year: 2024 }, communeInputs(an, 'none'));
    await screen().locator('input[type="file"]').setInputFiles({ name: 'An.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bytes });
    await screen().getByText('Đã chọn 1 sổ: An.xlsx').waitFor();
    await screen().getByRole('button', { name: 'Lập bảng xếp hạng' }).click();
    await screen().getByText('Đã xếp hạng 5 đơn vị trên trang “Xếp hạng”.').waitFor();
    await screen().getByText('Xếp hạng theo điểm tự đánh giá (còn đơn vị chưa có điểm thẩm định).').waitFor();
    const rows = screen().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.nth(0).locator('td').nth(1).innerText()).toMatch(/^UBND xã Tân Lập/);
    expect(await rows.nth(4).locator('td').nth(1).innerText()).toMatch(/^UBND xã An\s+An\.xlsx › /);
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: 'Xếp hạng', selected: true }).waitFor();
    // The chart column: a bar drawn with REPT, computed by the page's calculator (the first unit's: the longest, 20).
    const bar = (row: number) =>
      page.evaluate(([r, c]) => String(window.chamdiemPreview!.host.snapshot('Xếp hạng').values[r]?.[c] ?? ''), [RANK_ROW.first + row, RANK_COL.firstSection + 13] as const);
    await expect.poll(() => bar(0)).toBe('█'.repeat(20));
    expect((await bar(4)).length).toBeGreaterThan(0);
    timings.rank = performance.now() - t;
    await shot('rank');
  });

  step('switches the pane to English, results kept', async () => {
    await pane.getByRole('button', { name: /English/ }).click();
    await pane.getByRole('tab', { name: 'Check' }).click();
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: COMMUNE }).click();
    await screen().getByRole('button', { name: 'Check before submitting' }).waitFor();
    await screen().getByText('No evidence: the council will score 0.').waitFor();
    await screen().getByRole('button', { name: /criterion 2\.3\.1, E2: / }).click();
    await expect.poll(() => page.getByTestId('preview-namebox').inputValue()).toBe(a1(xa.layout.rowOf['2.3.1']!, COL.evidence));
    await shot('english');
  });

  step('keeps a 10,000-row sheet responsive: only the rows in view are drawn', async () => {
    await page.evaluate(async () => {
      const host = window.chamdiemPreview!.host;
      const grid = Array.from({ length: 10_000 }, (_, r) => [{ value: `Việc ${r + 1}` }, { value: r % 7 }, { formula: `=B${r + 1}*2` }]);
      const plan = { templateId: 'long', sheetName: 'Dài', grid, merges: [], validations: [], columns: [], frozen: { rows: 1, columns: 1 }, styles: {} };
      await host.write([
        { kind: 'addSheet', sheet: 'Dài' },
        { kind: 'applyPlan', sheet: 'Dài', plan: plan as never },
      ]);
    });
    const t = performance.now();
    await page.getByTestId('sheet-tabs').getByRole('tab', { name: 'Dài' }).click();
    await page.locator('[data-testid="preview-grid"][data-sheet="Dài"]').waitFor();
    await page.getByTestId('preview-grid').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await cell('A10000').waitFor();
    await goTo('B10000');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await expect.poll(() => cell('C10000').textContent()).toBe('10');
    timings.bigSheet = performance.now() - t;
    expect(timings.bigSheet).toBeLessThan(5_000);
    expect(await page.locator('[data-cell]').count()).toBeLessThan(1_500);
  });

  step('loads nothing from outside localhost, and reports no error', () => {
    expect(requests.length).toBeGreaterThanOrEqual(2);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(problems).toEqual([]);
  });
});
