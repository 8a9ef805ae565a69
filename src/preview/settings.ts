/**
 * The preview's settings: the person's details and language in the browser's localStorage (remembered across visits,
 * as OfficeRuntime.storage remembers them in Excel); the marks placed on sheets in memory, since the preview's
 * workbook itself lives in memory and is built afresh at every load ("marks:<sheet>" of a gone workbook would restore
 * fills onto cells that were never marked). Where localStorage is missing or refuses (private mode, storage full,
 * a sandboxed frame), everything stays in memory.
 */
import type { SettingsStore } from '../sheet/host';
import { MemorySettings } from '../sheet/memoryHost';
import { splitStore } from '../taskpane/settings';

/** Every key is stored under this prefix, so the page shares localStorage with nothing else. */
export const STORAGE_PREFIX = 'chamdiem.preview:';

/** localStorage when it works, memory otherwise (each call tries again, so a full storage does not lose a value). */
export function localSettings(storage: Storage | undefined): SettingsStore {
  const fallback = new Map<string, string>();
  return {
    async get(key) {
      const kept = fallback.get(key);
      if (kept !== undefined) return kept;
      try {
        return storage?.getItem(STORAGE_PREFIX + key) ?? null;
      } catch {
        return null;
      }
    },
    async set(key, value) {
      try {
        if (!storage) throw new Error('no localStorage');
        storage.setItem(STORAGE_PREFIX + key, value);
        fallback.delete(key);
      } catch {
        fallback.set(key, value);
      }
    },
  };
}

/** The browser's localStorage, if the page may use it (reading the property itself throws in some sandboxes). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function createPreviewSettings(storage: Storage | undefined = browserStorage()): SettingsStore {
  return splitStore(localSettings(storage), new MemorySettings());
}
