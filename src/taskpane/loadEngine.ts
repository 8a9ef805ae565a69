/** Loads ./engine (its own chunk, prefetched as soon as taskpane.js has run): see engine.ts. */
import type { SettingsStore, WorkbookHost } from '../sheet/host';

export type Engine = typeof import('./engine');

let loaded: Engine | null = null;

export const loadEngine = (): Promise<Engine> =>
  import(/* webpackChunkName: "engine", webpackPrefetch: true */ './engine').then((engine) => (loaded = engine));

/**
 * The engine, if it has loaded: it has whenever the pane holds a result to show (results come from it), so a screen
 * draws its result with the engine's component at once, with no fallback in between.
 */
export const loadedEngine = (): Engine | null => loaded;

/** Made once from the engine, on first use; a chunk that failed to load is asked for again next time. */
function fromEngine<T>(create: (engine: Engine) => T): () => Promise<T> {
  let made: Promise<T> | null = null;
  return () =>
    (made ??= loadEngine().then(create, (e: unknown) => {
      made = null;
      throw e;
    }));
}

/** A workbook host whose implementation comes with the engine: the pane can start before the engine has arrived. */
export function deferredHost(create: (engine: Engine) => WorkbookHost): WorkbookHost {
  const get = fromEngine(create);
  return {
    read: async (request) => (await get()).read(request),
    write: async (ops) => (await get()).write(ops),
  };
}

/** A settings store whose implementation comes with the engine. */
export function deferredSettings(create: (engine: Engine) => SettingsStore): SettingsStore {
  const get = fromEngine(create);
  return {
    get: async (key) => (await get()).get(key),
    set: async (key, value) => (await get()).set(key, value),
  };
}
