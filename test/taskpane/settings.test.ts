import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemorySettings } from '../../src/sheet/memoryHost';
import { documentSettingsStore, isWorkbookKey, splitStore } from '../../src/taskpane/settings';

/** Office.Settings as Office.js gives it: synchronous get/set, saveAsync reporting through a callback. */
function fakeDocumentSettings(fail = false) {
  const map = new Map<string, unknown>();
  let saves = 0;
  const settings = {
    get: (k: string) => map.get(k) ?? null,
    set: (k: string, v: unknown) => void map.set(k, v),
    remove: (k: string) => void map.delete(k),
    saveAsync: (cb: (r: { status: string; error?: Error }) => void) => {
      saves++;
      cb(fail ? { status: 'failed', error: new Error('Save failed') } : { status: 'succeeded' });
    },
    addHandlerAsync: () => undefined,
    removeHandlerAsync: () => undefined,
    refreshAsync: () => undefined,
  };
  return { settings: settings as unknown as Office.Settings, map, saves: () => saves };
}

describe('the Office settings store', () => {
  beforeEach(() => {
    vi.stubGlobal('Office', { AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('document settings: saved with saveAsync, read back as text', async () => {
    const doc = fakeDocumentSettings();
    const store = documentSettingsStore(doc.settings);
    expect(await store.get('details')).toBeNull();
    await store.set('details', '{"unit":"Xã A"}');
    expect(doc.saves()).toBe(1);
    expect(await store.get('details')).toBe('{"unit":"Xã A"}');
    doc.map.set('old', { unit: 'Xã B' });
    expect(await store.get('old')).toBe('{"unit":"Xã B"}');
  });

  it('a failed save rejects (and the pane shows it)', async () => {
    const store = documentSettingsStore(fakeDocumentSettings(true).settings);
    await expect(store.set('details', '{}')).rejects.toThrow('Save failed');
  });

  it('marks belong to the workbook, details and language to the user', async () => {
    expect(isWorkbookKey('marks:xa-2024 Xã A')).toBe(true);
    expect(isWorkbookKey('details')).toBe(false);
    const user = new MemorySettings();
    const workbook = new MemorySettings();
    const store = splitStore(user, workbook);
    await store.set('marks:S', '{"cells":[]}');
    await store.set('details', '{}');
    await store.set('lang', 'en');
    expect(await workbook.get('marks:S')).toBe('{"cells":[]}');
    expect(await user.get('marks:S')).toBeNull();
    expect(await user.get('details')).toBe('{}');
    expect(await store.get('lang')).toBe('en');
  });
});
