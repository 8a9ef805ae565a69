import { describe, expect, it } from 'vitest';
import { createPreviewSettings, localSettings, STORAGE_PREFIX } from '../../src/preview/settings';

/** A Storage as the browser gives it; `full` makes setItem throw (QuotaExceededError), `broken` every call. */
function fakeStorage(mode: 'ok' | 'full' | 'broken' = 'ok'): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const guard = () => {
    if (mode === 'broken') throw new Error('SecurityError');
  };
  return {
    map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => (guard(), map.get(k) ?? null),
    setItem: (k, v) => {
      guard();
      if (mode === 'full') throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

describe('the preview’s settings', () => {
  it('keep the person’s details and language in localStorage, under the preview’s prefix', async () => {
    const storage = fakeStorage();
    const settings = createPreviewSettings(storage);
    await settings.set('lang', 'en');
    await settings.set('details', '{"unit":"UBND xã A"}');
    expect(storage.map.get(`${STORAGE_PREFIX}lang`)).toBe('en');
    expect(await createPreviewSettings(storage).get('details')).toBe('{"unit":"UBND xã A"}'); // the next visit
  });

  it('keep the marks of the in-memory workbook in memory only (the workbook is rebuilt at every visit)', async () => {
    const storage = fakeStorage();
    const settings = createPreviewSettings(storage);
    await settings.set('marks:Sheet1', '{"cells":[]}');
    expect(await settings.get('marks:Sheet1')).toBe('{"cells":[]}');
    expect(storage.map.size).toBe(0);
    expect(await createPreviewSettings(storage).get('marks:Sheet1')).toBeNull();
  });

  it('fall back to memory when localStorage refuses or is missing', async () => {
    const full = fakeStorage('full');
    const settings = localSettings(full);
    await settings.set('lang', 'en');
    expect(await settings.get('lang')).toBe('en');
    const broken = localSettings(fakeStorage('broken'));
    await broken.set('lang', 'vi');
    expect(await broken.get('lang')).toBe('vi');
    expect(await broken.get('other')).toBeNull();
    const none = localSettings(undefined);
    await none.set('k', 'v');
    expect(await none.get('k')).toBe('v');
  });
});
