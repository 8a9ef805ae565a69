/**
 * What a form prints and what the pane and the command say carry no developer's words: no "seed 002", no
 * "văn bản 004", no "§", no template id ("xa-2024", "hn-m03") in a sentence, a printed cell or a sheet name.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/scoring/messages';
import { CLI } from '../../src/cli/messages';
import { TEMPLATES } from '../../src/sheet/templates';
import { STRINGS } from '../../src/taskpane/strings';
import { STATUS_TEXT } from '../../src/sheet/summary';
import { printedSource, sheetNameFor } from '../../src/sheet/plans/framework';
import { MARKER_PREFIX } from '../../src/sheet/plans/builder';
import { DEVELOPER, TEMPLATE_IDS } from '../support/developerWords';

const IDS = TEMPLATE_IDS;

const DETAILS = { name: 'Nguyễn Văn A', post: 'Chuyên viên', unit: 'UBND phường Hà Đông', month: 11, year: 2024 };

/** Every text of a plan: cells, notes, validation prompts and lists, the sheet name. */
function planTexts(id: string): string[] {
  const plan = TEMPLATES.find((t) => t.id === id)!.plan(DETAILS);
  const texts: string[] = [plan.sheetName];
  for (const row of plan.grid) for (const cell of row ?? []) {
    // The marker ("chamdiem:hn-m03:1", hidden in the head block) is how the add-in knows its sheets, never read by a person.
    if (typeof cell?.value === 'string' && !cell.value.startsWith(MARKER_PREFIX)) texts.push(cell.value);
    if (cell?.note) texts.push(cell.note);
  }
  for (const v of plan.validations) texts.push(v.prompt ?? '', v.error ?? '', ...v.list.map(String));
  return texts;
}

/** Calls a message function with placeholder arguments of each kind until one set fits its parameters. */
function render(f: (...args: never[]) => { vi: string; en: string }): string[] {
  const m = { vi: 'giá trị', en: 'value' };
  // Last, one value that passes for a text, a Msg and a list at once (for functions that mix them).
  const every = Object.assign(new String('x'), { vi: 'x', en: 'x', join: () => 'x, y', map: () => ['x'] });
  for (const make of [() => 'x', () => 3, () => m, () => ['x', 'y'], () => every] as (() => unknown)[]) {
    try {
      const out = (f as (...a: unknown[]) => { vi: string; en: string })(...Array.from({ length: f.length }, make));
      if (typeof out?.vi === 'string') return [out.vi, out.en];
    } catch {
      // the next kind of argument
    }
  }
  throw new Error(`no arguments fit ${f.name}`);
}

describe('no developer words', () => {
  it('the pattern finds each kind of reference and leaves ordinary words alone', () => {
    for (const bad of ['(seed 002, Phụ lục II)', 'văn bản 004, mục 3.2', 'seed 004, §3.2', 'mẫu xa-2024', 'Mẫu hn-1a không chấm điểm', 'hn-m03 Lan 11-2026'])
      expect(bad).toMatch(DEVELOPER);
    for (const fine of ['Mẫu số 03', 'Phụ lục II kèm theo Hướng dẫn', '=CCHC.RATIO(D5,E5)', 'xa-2024x', 'thẩm định']) expect(fine).not.toMatch(DEVELOPER);
  });

  it.each(IDS)('%s: no cell, note, prompt, list or sheet name of the filled form', (id) => {
    expect(planTexts(id).filter((t) => DEVELOPER.test(t))).toEqual([]);
  });

  it('the task pane says none, in either language', () => {
    const all = Object.values(STRINGS as Record<string, { vi: string; en: string }>).flatMap((s) => [s.vi, s.en]);
    expect(all.filter((t) => DEVELOPER.test(t))).toEqual([]);
  });

  it('the core, the command and the 1A statuses say none', () => {
    const all = [
      ...Object.values(messages).flatMap((f) => render(f as never)),
      ...Object.values(CLI).flatMap((f) => render(f as never)),
      ...Object.values(STATUS_TEXT).flatMap((s) => [s.vi, s.en]),
    ];
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((t) => DEVELOPER.test(t))).toEqual([]);
  });

  it('a source is printed by the name of its text', () => {
    expect(printedSource('seed 002, Phụ lục II (Hướng dẫn …/HD-UBND huyện Định Hóa, 11/2024)')).toBe(
      'Phụ lục II kèm theo Hướng dẫn số …/HD-UBND tháng 11/2024 của UBND huyện Định Hóa',
    );
    expect(printedSource('seed 003, Mẫu số 02')).toBe('Mẫu số 02 kèm theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ');
    expect(printedSource('seed 000, mục 1–4')).toMatch(/^Hướng dẫn thực hiện Bảng tiêu chí chấm điểm .* THADS tỉnh Lạng Sơn .*, mục 1–4$/);
    expect(printedSource('Quyết định 12/QĐ-UBND')).toBe('Quyết định 12/QĐ-UBND');
  });

  it('a sheet is named by its form, not its template id', () => {
    expect(sheetNameFor('hn-m03', { name: 'Lan', month: 11, year: 2026 })).toBe('Mẫu 03 Lan 11-2026');
    expect(sheetNameFor('xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 })).toBe('Tự chấm UBND xã Bình Thành 2024');
    expect(sheetNameFor('hn-m03', { name: 'Nguyễn Thị Phương Thảo Hoàng', month: 11, year: 2026 })).toBe('Mẫu 03 Nguyễn Thị 11-2026');
    expect(sheetNameFor('my-own', { year: 2025 }, 'Bảng chấm điểm của tôi')).toBe('Bảng chấm điểm 2025');
  });
});
