/**
 * The pane's settings in Office (Office-touching, like ./excel): the person's details and language in
 * OfficeRuntime.storage (per user, shared by every workbook) when the runtime has it; the marks placed on a
 * workbook's sheets in that workbook's own settings (Office.context.document.settings), since "marks:<sheet>"
 * means nothing in another workbook. Without OfficeRuntime.storage, everything goes to the document settings.
 */
import type { SettingsStore } from '../sheet/host';

/** Keys that describe one workbook, not the user. */
export const isWorkbookKey = (key: string): boolean => key.startsWith('marks:');

export function documentSettingsStore(settings: Office.Settings): SettingsStore {
  return {
    async get(key) {
      const v: unknown = settings.get(key);
      if (v === null || v === undefined) return null;
      return typeof v === 'string' ? v : JSON.stringify(v);
    },
    set(key, value) {
      settings.set(key, value);
      return new Promise<void>((resolve, reject) => {
        settings.saveAsync((r) => (r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(r.error)));
      });
    },
  };
}

export function runtimeStorageStore(storage: OfficeRuntime.Storage): SettingsStore {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
  };
}

/** Routes each key to the store that should keep it. */
export function splitStore(user: SettingsStore, workbook: SettingsStore): SettingsStore {
  const pick = (key: string) => (isWorkbookKey(key) ? workbook : user);
  return {
    get: (key) => pick(key).get(key),
    set: (key, value) => pick(key).set(key, value),
  };
}

export function createOfficeSettings(): SettingsStore {
  const doc = documentSettingsStore(Office.context.document.settings);
  const storage = typeof OfficeRuntime !== 'undefined' ? OfficeRuntime.storage : undefined;
  return storage ? splitStore(runtimeStorageStore(storage), doc) : doc;
}
