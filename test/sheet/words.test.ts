/** What a form prints and what the pane says carry no developer's words ("seed 002", a template id in a sentence). */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/sheet/templates';
import { STRINGS } from '../../src/taskpane/strings';
import { printedSource } from '../../src/sheet/plans/framework';

const DEVELOPER = /\bseed\s*\d{3}\b/i;

describe('no developer words', () => {
  it.each(TEMPLATES.map((t) => t.id))('%s: no cell, note, prompt or alert of the filled form cites a seed', (id) => {
    const plan = TEMPLATES.find((t) => t.id === id)!.plan({ name: 'Nguyễn Văn A', unit: 'UBND', month: 11, year: 2024 });
    const texts: string[] = [];
    for (const row of plan.grid) for (const cell of row ?? []) {
      if (typeof cell?.value === 'string') texts.push(cell.value);
      if (cell?.note) texts.push(cell.note);
    }
    for (const v of plan.validations) texts.push(v.prompt ?? '', v.error ?? '', ...v.list.map(String));
    expect(texts.filter((t) => DEVELOPER.test(t))).toEqual([]);
  });

  it('the task pane says none, in either language', () => {
    const all = Object.values(STRINGS as Record<string, { vi: string; en: string }>).flatMap((s) => [s.vi, s.en]);
    expect(all.filter((t) => DEVELOPER.test(t))).toEqual([]);
  });

  it('a source is printed by the name of its text', () => {
    expect(printedSource('seed 002, Phụ lục II')).toBe('Hướng dẫn tự đánh giá, xếp loại UBND cấp xã năm 2024, Phụ lục II');
    expect(printedSource('seed 003, Mẫu số 02')).toBe('Nghị định 90/2020/NĐ-CP, Mẫu số 02');
    expect(printedSource('Quyết định 12/QĐ-UBND')).toBe('Quyết định 12/QĐ-UBND');
  });
});
