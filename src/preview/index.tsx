/**
 * The preview page (/preview.html): the task pane beside an in-memory workbook, no Excel and no network. A first visit
 * opens the sample (./sample.ts); once the browser keeps a workbook (./autosave.ts, IndexedDB), a visit asks what to
 * start from: that workbook, a file, or the sample. Settings live in localStorage (./settings.ts).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Lang } from '../scoring';
import type { SettingsStore } from '../sheet/host';
import { LANG_KEY } from '../taskpane/App';
import { DETAILS_KEY } from '../taskpane/hooks/useGallery';
import { indexedDbStore, type Autosave, type SavedWorkbook, type WorkbookStore } from './autosave';
import { Preview } from './components/Preview';
import { StartScreen } from './components/StartScreen';
import { openWorkbookFile } from './files';
import { buildSample, SAMPLE_COMMUNE, SAMPLE_WARD, type SampleInfo } from './sample';
import { createPreviewSettings, WorkbookSettings } from './settings';
import { PreviewWorkbook } from './workbook';

/** What a test or a curious developer can reach from the browser console: `chamdiemPreview.host.snapshot(…)`. */
declare global {
  interface Window {
    chamdiemPreview?: {
      readonly host: PreviewWorkbook;
      readonly settings: SettingsStore;
      sample?: SampleInfo;
      autosave?: Autosave;
    };
  }
}

/**
 * First visit: the details the forms start from are the sample's (the ward's unit for its forms, the commune's for a
 * commune's, November 2024), so "Tổng hợp 1A" finds the sample's monthly sheets at once. A person's own details, once
 * typed, are kept instead.
 */
async function seedDetails(settings: SettingsStore): Promise<void> {
  if ((await settings.get(DETAILS_KEY)) !== null) return;
  await settings.set(
    DETAILS_KEY,
    JSON.stringify({ unit: SAMPLE_WARD.unit, month: SAMPLE_WARD.month, year: SAMPLE_WARD.year, units: { hn: SAMPLE_WARD.unit, xa: SAMPLE_COMMUNE.unit } }),
  );
}

/** The workbook the browser kept, or null (none, or IndexedDB refusing: the page then starts as on a first visit). */
async function keptWorkbook(store: WorkbookStore | null): Promise<SavedWorkbook | null> {
  try {
    const saved = await store?.load();
    return saved && Array.isArray(saved.state?.sheets) && saved.state.sheets.length > 0 ? saved : null;
  } catch {
    return null;
  }
}

async function start(container: HTMLElement): Promise<void> {
  const host = new PreviewWorkbook();
  const marks = new WorkbookSettings();
  const settings = createPreviewSettings(undefined, marks);
  await seedDetails(settings);
  const lang: Lang = (await settings.get(LANG_KEY)) === 'en' ? 'en' : 'vi';
  const store = indexedDbStore();
  const saved = await keptWorkbook(store);
  const page = { host, settings };
  window.chamdiemPreview = page;
  const root: Root = createRoot(container);
  const render = (node: React.ReactNode) => root.render(<FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>{node}</FluentProvider>);

  const show = (fileName?: string) =>
    render(
      <Preview
        host={host}
        settings={settings}
        marks={marks}
        initialLang={lang}
        store={store}
        {...(fileName ? { initialFileName: fileName } : {})}
        onAutosave={(a) => (window.chamdiemPreview!.autosave = a)}
      />,
    );
  const sample = async () => {
    window.chamdiemPreview!.sample = await buildSample(host);
    host.clearHistory();
    show();
  };

  if (!saved) return sample();
  render(
    <StartScreen
      saved={saved}
      onRestore={() => {
        host.load(saved.state);
        marks.replace(saved.marks ?? []);
        show(saved.fileName);
      }}
      onOpen={async (file) => {
        await openWorkbookFile(host, file);
        show(file.name);
      }}
      onSample={() => void sample()}
    />,
  );
}

const container = document.getElementById('root');
if (container) {
  start(container).catch((e: unknown) => {
    const p = document.createElement('p');
    p.className = 'boot boot-error';
    p.setAttribute('role', 'alert');
    p.textContent = `Không mở được bản xem thử / The preview could not open: ${e instanceof Error ? e.message : String(e)}`;
    container.replaceChildren(p);
  });
}
