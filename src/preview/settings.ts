/**
 * The preview's settings: the person's details and language in the browser's localStorage (remembered across visits,
 * as OfficeRuntime.storage remembers them in Excel); the marks placed on sheets with the workbook (WorkbookSettings,
 * autosaved beside it: "marks:<sheet>" of another workbook would restore fills onto cells that were never marked). Where localStorage is missing or refuses (private mode, storage full,
 * a sandboxed frame), everything stays in memory.
 */
import type { SettingsStore } from '../sheet/host';
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

/**
 * What the pane remembers about this workbook ("marks:<sheet>"): kept with the workbook itself, so the autosaved copy
 * restores its marks with it and a workbook opened or rebuilt starts without any.
 */
export class WorkbookSettings implements SettingsStore {
  private map = new Map<string, string>();
  async get(key: string): Promise<string | null> {
    return this.map.get(key) ?? null;
  }
  async set(key: string, value: string): Promise<void> {
    this.map.set(key, value);
  }
  entries(): [string, string][] {
    return [...this.map];
  }
  replace(entries: readonly (readonly [string, string])[]): void {
    this.map = new Map(entries);
  }
}

export function createPreviewSettings(storage: Storage | undefined = browserStorage(), workbook: SettingsStore = new WorkbookSettings()): SettingsStore {
  return splitStore(localSettings(storage), workbook);
}
