/** The check's and the score's words by family of template (issue 14 item 9), and English plurals. */
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../src/sheet/templates';
import { FAMILY_WORDS, familyOf, wordsFor } from '../../src/taskpane/family';
import { checkSuccess, clearSuccess, markSuccess, runCheck } from '../../src/taskpane/hooks/useCheck';
import { fillFromGallery } from '../../src/taskpane/hooks/useGallery';
import { openSheet, summarySuccess } from '../../src/taskpane/hooks/useSummary';
import { runScore } from '../../src/taskpane/hooks/useScore';
import { solveUnit } from '../../src/sheet/summary';
import { STRINGS } from '../../src/taskpane/strings';
import { form, workbook } from './helpers';

const clean = (templateId: string) => checkSuccess({ sheet: 'S', templateId, value: [] })!;

describe('families', () => {
  it('every template of the gallery has a family of its own words; an unknown template gets the plain ones', () => {
    for (const t of TEMPLATES) expect(familyOf(t.id), t.id).not.toBe('other');
    expect(familyOf('my-own-framework')).toBe('other');
    expect(new Set(Object.values(FAMILY_WORDS).map((w) => w.checkClean)).size).toBe(Object.keys(FAMILY_WORDS).length);
    expect(new Set(Object.values(FAMILY_WORDS).map((w) => w.checkAbout)).size).toBe(Object.keys(FAMILY_WORDS).length);
  });

  it('only the commune\'s framework speaks of the council: E1–E6 and the forecast', () => {
    expect(Object.entries(FAMILY_WORDS).filter(([, w]) => w.forecast).map(([f]) => f)).toEqual(['commune']);
    for (const [family, w] of Object.entries(FAMILY_WORDS)) {
      const words = [STRINGS[w.checkAbout].vi, STRINGS[w.checkClean].vi, w.scoreAbout ? STRINGS[w.scoreAbout].vi : ''].join(' ');
      if (family === 'commune') expect(words).toMatch(/E1–E5.*E6.*thẩm định/s);
      else expect(words, family).not.toMatch(/E1|E6|thẩm định/);
    }
  });

  it('no finding: each sheet says what it is ready for, never "ready to submit" on a list or a monthly form', () => {
    expect(clean('xa-2024').vi).toBe('Trang “S” không có lỗi nào. Có thể gửi Hội đồng thẩm định.');
    expect(clean('hn-m03').vi).toBe('Phiếu “S” không có lỗi nào. Có thể gửi lãnh đạo phụ trách trực tiếp cho ý kiến nhận xét.');
    expect(clean('hn-1a').vi).toBe('Danh sách “S” không có lỗi nào: sẵn sàng trình cấp có thẩm quyền quyết định mức xếp loại (cột 5–8), rồi lập thông báo 2A.');
    expect(clean('hn-1a').en).toBe('List “S” has no findings: ready for the competent authority to decide the grades (columns 5–8), then for notice 2A.');
    expect(clean('thads-ls').vi).toContain('Chi cục trưởng');
    expect(clean('nd90-m02').vi).toContain('kiểm điểm, đánh giá cuối năm');
    expect(clean('hn-2a').vi).toContain('công khai trước ngày 05');
    expect(clean('my-own').vi).toBe('Trang “S” không có lỗi nào.');
    for (const id of ['hn-m03', 'hn-1a', 'hn-2a', 'nd90-m03', 'hn-tasks', 'thads-ls']) expect(clean(id).vi, id).not.toMatch(/Có thể nộp\.$|thẩm định/);
  });

  it('a monthly form checked and scored in the pane: its own words, no forecast', async () => {
    const { wb, settings } = workbook();
    const r = await fillFromGallery(wb, settings, { templateId: 'hn-m03', form: form({ name: 'Lan', unit: 'UBND phường Hà Đông', month: '11', year: '2026' }), mode: 'new' });
    if (!r.ok) throw new Error(r.error.en);
    const check = await runCheck(wb, new Date('2026-11-20T09:00:00+07:00'));
    if (!check.ok) throw new Error(check.error.en);
    expect(wordsFor(check.value.templateId).checkAbout).toBe('checkAboutMonthly');
    const score = await runScore(wb);
    if (!score.ok) throw new Error(score.error.en);
    expect(score.value.forecast).toBe(false);
    expect(score.value.templateTitle.vi).toMatch(/^Mẫu số 03 — /);
  });

  it('the commune\'s sheet scored in the pane keeps the forecast', async () => {
    const { wb, settings } = workbook();
    const r = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'UBND xã A', year: '2024' }), mode: 'new' });
    if (!r.ok) throw new Error(r.error.en);
    const score = await runScore(wb);
    expect(score.ok && score.value.forecast).toBe(true);
  });
});

describe('English plurals wherever a count is shown', () => {
  it('marks, cleared marks, people of 1A', () => {
    expect(markSuccess('S', 1).en).toBe('1 cell of “S” coloured and noted. No value was changed.');
    expect(markSuccess('S', 3).en).toBe('3 cells of “S” coloured and noted. No value was changed.');
    expect(markSuccess('S', 3).vi).toBe('Đã tô màu và ghi chú 3 ô trên trang “S”. Số liệu không bị thay đổi.');
    expect(clearSuccess({ sheet: 'S', cleared: 1 }).en).toBe('1 mark cleared from “S”.');
    expect(clearSuccess({ sheet: 'S', cleared: 2 }).en).toBe('2 marks cleared from “S”.');
    const line = (name: string) => ({ sheet: name, templateId: 'hn-m03', name, post: '', group: 'staff' as const, isHead: false, score: 80, selfGrade: null, month: 11, year: 2026 });
    const one = { sheet: '1A 11-2026', templateId: 'hn-1a', value: solveUnit([line('An')], 0.2), rebuilt: false, keptCells: 0 };
    expect(summarySuccess(one).en).toBe('List 1A (1 person) was built on sheet “1A 11-2026”.');
    const two = { ...one, value: solveUnit([line('An'), line('Bình')], 0.2), rebuilt: true, keptCells: 1 };
    expect(summarySuccess(two).en).toBe('List 1A (2 people) was updated on sheet “1A 11-2026”; 1 cell marked by the authority kept.');
    expect(summarySuccess(two).vi).toBe('Đã cập nhật danh sách 1A (2 người) trên trang “1A 11-2026”, giữ nguyên 1 ô cấp có thẩm quyền đã đánh dấu.');
  });
});

describe('a name in the 1A result opens the person\'s sheet', () => {
  it('activates that sheet in one write', async () => {
    const { wb, settings } = workbook();
    const a = await fillFromGallery(wb, settings, { templateId: 'hn-m03', form: form({ name: 'An', month: '11', year: '2026' }), mode: 'new' });
    await fillFromGallery(wb, settings, { templateId: 'hn-m03', form: form({ name: 'Bình', month: '11', year: '2026' }), mode: 'new' });
    if (!a.ok) throw new Error(a.error.en);
    const before = wb.roundTrips;
    const r = await openSheet(wb, a.value.sheet);
    expect(r.ok).toBe(true);
    expect(wb.roundTrips - before).toBe(1);
    expect((await wb.read({ head: { rows: 0, columns: 0 } })).active).toBe(a.value.sheet);
  });
});
