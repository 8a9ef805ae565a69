/**
 * The preview page (/preview.html): the task pane beside an in-memory workbook, no Excel and no network. The workbook
 * opens with the sample (./sample.ts); settings live in localStorage (./settings.ts).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../scoring';
import type { SettingsStore } from '../sheet/host';
import { LANG_KEY } from '../taskpane/App';
import { DETAILS_KEY } from '../taskpane/hooks/useGallery';
import { Preview } from './components/Preview';
import { buildSample, SAMPLE_WARD, type SampleInfo } from './sample';
import { createPreviewSettings } from './settings';
import { PreviewWorkbook } from './workbook';

/** What a test or a curious developer can reach from the browser console: `chamdiemPreview.host.snapshot(…)`. */
declare global {
  interface Window {
    chamdiemPreview?: { readonly host: PreviewWorkbook; readonly sample: SampleInfo; readonly settings: SettingsStore };
  }
}

/**
 * First visit: the details the forms start from are the sample ward's (its unit, November 2024), so "Tổng hợp 1A" finds
 * the sample's monthly sheets at once. A person's own details, once typed, are kept instead.
 */
async function seedDetails(settings: SettingsStore): Promise<void> {
  if ((await settings.get(DETAILS_KEY)) !== null) return;
  await settings.set(DETAILS_KEY, JSON.stringify({ unit: SAMPLE_WARD.unit, month: SAMPLE_WARD.month, year: SAMPLE_WARD.year }));
}

async function start(container: HTMLElement): Promise<void> {
  const host = new PreviewWorkbook();
  const settings = createPreviewSettings();
  await seedDetails(settings);
  const sample = await buildSample(host);
  const lang: Lang = (await settings.get(LANG_KEY)) === 'en' ? 'en' : 'vi';
  window.chamdiemPreview = { host, sample, settings };
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <Preview host={host} settings={settings} initialLang={lang} />
    </FluentProvider>,
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
