import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { COL } from '../../src/sheet/plans/framework';
import {
  DETAILS_KEY,
  familyOf,
  fillFromGallery,
  fillSuccess,
  formFromSaved,
  loadDetails,
  parseDetails,
  saveDetails,
  unitFor,
} from '../../src/taskpane/hooks/useGallery';
import type { ProgressStep } from '../../src/sheet/operations';
import { MemorySettings } from '../../src/sheet/memoryHost';
import { brokenHost, brokenSettings, form, workbook, xaRow } from './helpers';

describe('the remembered details', () => {
  const now = new Date(2026, 10, 22);

  it('start from today when nothing is saved, or the saved value is damaged', () => {
    expect(formFromSaved(null, now)).toEqual({ name: '', post: '', unit: '', month: '11', year: '2026' });
    expect(formFromSaved('{not json', now).year).toBe('2026');
    expect(formFromSaved('"a string"', now).month).toBe('11');
  });

  it('read numbers and text back as the form shows them', () => {
    expect(formFromSaved(JSON.stringify({ name: 'Nguyễn Văn An', unit: 'UBND xã A', month: 3, year: 2025 }), now)).toEqual({
      name: 'Nguyễn Văn An',
      post: '',
      unit: 'UBND xã A',
      month: '3',
      year: '2025',
    });
  });

  it('are merged on save: a template asking fewer fields keeps the others', async () => {
    const settings = new MemorySettings();
    await saveDetails(settings, { name: 'Lê Thị Bình', post: 'Chuyên viên', month: 10, year: 2026 });
    await saveDetails(settings, { unit: 'UBND phường B', year: 2024 });
    expect(JSON.parse((await settings.get(DETAILS_KEY))!)).toEqual({ name: 'Lê Thị Bình', post: 'Chuyên viên', unit: 'UBND phường B', month: 10, year: 2024 });
    expect((await loadDetails(settings)).name).toBe('Lê Thị Bình');
  });
});

describe('the unit remembered by template family (a commune’s form is not prefilled with a ward’s name)', () => {
  it('names families by the template id’s first part', () => {
    expect(['xa-2024', 'hn-m03', 'HN-1A', 'thads-ls', 'nd90-m02'].map(familyOf)).toEqual(['xa', 'hn', 'hn', 'thads', 'nd90']);
  });

  it('keeps one unit a family; a family never filled gets a blank unit, older settings their one unit', async () => {
    const settings = new MemorySettings();
    await saveDetails(settings, { unit: 'UBND phường Quang Trung', month: 11 }, 'hn');
    const raw = await settings.get(DETAILS_KEY);
    expect(unitFor(raw, 'hn')).toBe('UBND phường Quang Trung');
    expect(unitFor(raw, 'xa')).toBe('');
    expect(formFromSaved(raw, new Date(2026, 0, 1), 'xa').unit).toBe('');
    expect(formFromSaved(raw, new Date(2026, 0, 1), 'hn').unit).toBe('UBND phường Quang Trung');
    await saveDetails(settings, { unit: 'UBND xã Tân Lập', year: 2024 }, 'xa');
    const both = await settings.get(DETAILS_KEY);
    expect(unitFor(both, 'hn')).toBe('UBND phường Quang Trung');
    expect(unitFor(both, 'xa')).toBe('UBND xã Tân Lập');
    expect(JSON.parse(both!).unit).toBe('UBND xã Tân Lập'); // the last one used, for the readers that know no family
    expect(unitFor(JSON.stringify({ unit: 'UBND xã A' }), 'hn')).toBeUndefined();
    expect(unitFor('{broken', 'hn')).toBeUndefined();
  });
});

describe('parseDetails', () => {
  it('refuses a personal form without a name, with a message in both languages', () => {
    const r = parseDetails(form({ name: '  ', unit: 'UBND phường Quang Trung', month: '11', year: '2024' }), ['name', 'post', 'unit', 'month', 'year']);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toMatch(/^Hãy nhập họ và tên/);
    expect(r.error.en).toMatch(/^Type the name/);
  });

  it('keeps only the asked fields and turns month and year into numbers', () => {
    const r = parseDetails(form({ name: ' An ', unit: 'Xã A', month: '3', year: '2025' }), ['unit', 'year']);
    expect(r).toEqual({ ok: true, value: { unit: 'Xã A', year: 2025 } });
  });

  it('leaves blank fields out (the form shows "…")', () => {
    expect(parseDetails(form({ month: ' ', year: '' }), ['month', 'year'])).toEqual({ ok: true, value: {} });
  });

  it.each([
    ['month', '13'],
    ['month', '0'],
    ['month', '2,5'],
    ['year', '24'],
    ['year', 'năm nay'],
  ] as const)('rejects %s "%s" with a message in both languages', (field, value) => {
    const r = parseDetails(form({ [field]: value }), [field]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toContain(value);
    expect(r.error.en).toContain(value);
    expect(r.error.vi).not.toBe(r.error.en);
  });
});

describe('filling from the gallery', () => {
  it('fills xa-2024 into a new sheet, reports each step and remembers the details', async () => {
    const { wb, settings } = workbook();
    const steps: ProgressStep[] = [];
    const r = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'UBND xã Tân Lập', year: '2024' }), mode: 'new', onProgress: (s) => steps.push(s) });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.created).toBe(true);
    expect(wb.sheet(r.value.sheet)).toBeDefined();
    expect(wb.sheets.map((s) => s.name)).toEqual(['Sheet1', r.value.sheet]);
    expect(wb.active).toBe(r.value.sheet);
    expect(steps).toEqual(['plan', 'read', 'write', 'done']);
    expect(JSON.parse((await settings.get('details'))!)).toMatchObject({ unit: 'UBND xã Tân Lập', year: 2024 });
    const success = fillSuccess(r.value);
    expect(success.vi).toContain(r.value.sheet);
    expect(success.en).toContain(r.value.sheet);
  });

  it('a second fill gets a sheet of its own', async () => {
    const { wb, settings } = workbook();
    const a = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    const b = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    expect(a.ok && b.ok && a.value.sheet !== b.value.sheet).toBe(true);
  });

  it('re-fills the open sheet and keeps what the user typed', async () => {
    const { wb, settings } = workbook();
    const first = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    if (!first.ok) throw new Error('fill failed');
    const cell = a1(xaRow('2.1.1'), COL.self);
    wb.setValue(first.value.sheet, cell, 1);
    const again = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'refill' });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(again.value).toMatchObject({ sheet: first.value.sheet, created: false });
    expect(again.value.keptCells).toBeGreaterThan(0);
    expect(wb.sheet(first.value.sheet)!.cells.get(cell)!.value).toBe(1);
    expect(wb.sheets).toHaveLength(2);
    expect(fillSuccess(again.value).vi).toContain(String(again.value.keptCells));
  });

  it('does not re-fill a sheet that holds another template', async () => {
    const { wb, settings } = workbook();
    await fillFromGallery(wb, settings, { templateId: 'thads-ls', form: form({ name: 'An' }), mode: 'new' });
    const r = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form(), mode: 'refill' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Both templates by their titles, never their ids (issue 14 item 8).
    expect(r.error.vi).toContain('Bảng tự chấm điểm công chức, người lao động THADS');
    expect(r.error.en).toContain('Criteria framework for assessing');
    expect(`${r.error.vi} ${r.error.en}`).not.toMatch(/thads-ls|xa-2024/);
  });

  it('stops on a bad month before touching the workbook', async () => {
    const { wb, settings } = workbook();
    const r = await fillFromGallery(wb, settings, { templateId: 'thads-ls', form: form({ month: '14' }), mode: 'new' });
    expect(r.ok).toBe(false);
    expect(wb.roundTrips).toBe(0);
    expect(await settings.get('details')).toBeNull();
  });

  it('turns an unknown template and host failures into messages', async () => {
    const { wb, settings } = workbook();
    const unknown = await fillFromGallery(wb, settings, { templateId: 'khong-co', form: form(), mode: 'new' });
    expect(unknown.ok ? '' : unknown.error.vi).toContain('khong-co');

    const thrown = await fillFromGallery(brokenHost('The workbook is busy'), settings, { templateId: 'xa-2024', form: form(), mode: 'new' });
    expect(thrown.ok).toBe(false);
    if (thrown.ok) return;
    expect(thrown.error.vi).toContain('Excel báo lỗi: The workbook is busy');
    expect(thrown.error.en).toContain('Excel reported an error: The workbook is busy');

    const unsaved = await fillFromGallery(wb, brokenSettings(), { templateId: 'xa-2024', form: form(), mode: 'new' });
    expect(unsaved.ok ? '' : unsaved.error.en).toContain('Settings could not be saved');
  });
});
