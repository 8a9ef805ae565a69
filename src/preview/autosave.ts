/**
 * Never losing work: the preview's workbook is saved to the browser's IndexedDB a moment after every change, and the
 * next visit offers to restore it (components/StartScreen.tsx). IndexedDB rather than localStorage: a workbook is
 * hundreds of kilobytes and structured-clonable as it is. Where IndexedDB is missing or refuses (private windows of
 * some browsers), the page works as before and says that nothing is kept.
 */
import type { WorkbookState } from './workbook';

/** What is kept: the workbook, the pane's marks on it, the file it came from, and when. */
export interface SavedWorkbook {
  readonly savedAt: number;
  readonly state: WorkbookState;
  readonly marks: readonly (readonly [string, string])[];
  /** The .xlsx file's name when the workbook was opened from one (the name a download gets). */
  readonly fileName?: string;
}

export interface WorkbookStore {
  load(): Promise<SavedWorkbook | null>;
  save(saved: SavedWorkbook): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'chamdiem-preview';
const STORE = 'workbooks';
const CURRENT = 'current';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
  });

/** The browser's IndexedDB as a WorkbookStore; null where there is none. */
export function indexedDbStore(factory: IDBFactory | undefined = typeof indexedDB === 'undefined' ? undefined : indexedDB): WorkbookStore | null {
  if (!factory) return null;
  let db: Promise<IDBDatabase> | null = null;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(STORE);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB'));
      request.onblocked = () => reject(new Error('IndexedDB blocked'));
    });
    return db;
  };
  const run = async <T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await open()).transaction(STORE, mode);
    const result = await done(body(tx.objectStore(STORE)));
    await new Promise<void>((resolve, reject) => {
      if (mode === 'readonly') return resolve();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
    });
    return result;
  };
  return {
    load: async () => ((await run('readonly', (s) => s.get(CURRENT))) as SavedWorkbook | undefined) ?? null,
    save: async (saved) => {
      await run('readwrite', (s) => s.put(saved, CURRENT));
    },
    clear: async () => {
      await run('readwrite', (s) => s.delete(CURRENT));
    },
  };
}

export interface AutosaveSource {
  subscribe(listener: () => void): () => void;
  snapshot(): Omit<SavedWorkbook, 'savedAt'>;
}

export interface Autosave {
  /** Saves now what is pending (the page being hidden, a test); resolves once it is stored. */
  flush(): Promise<void>;
  /** The last save's failure, for the page to show; null while saving works. */
  readonly problem: string | null;
  readonly savedAt: number | null;
  stop(): void;
}

/** Saves `source` to `store` `delayMs` after the last change (one write for a burst of typing). */
export function startAutosave(source: AutosaveSource, store: WorkbookStore, delayMs = 400, onSaved?: () => void, now: () => number = Date.now): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  let chain: Promise<void> = Promise.resolve();
  const status = { problem: null as string | null, savedAt: null as number | null };
  const saveNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return chain;
    pending = false;
    const saved: SavedWorkbook = { ...source.snapshot(), savedAt: now() };
    chain = chain
      .then(() => store.save(saved))
      .then(
        () => {
          status.problem = null;
          status.savedAt = saved.savedAt;
          onSaved?.();
        },
        (e: unknown) => {
          status.problem = e instanceof Error ? e.message : String(e);
          onSaved?.();
        },
      );
    return chain;
  };
  const unsubscribe = source.subscribe(() => {
    pending = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delayMs);
  });
  return {
    flush: saveNow,
    get problem() {
      return status.problem;
    },
    get savedAt() {
      return status.savedAt;
    },
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
