import { FluentProvider } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../scoring';
import type { SettingsStore, WorkbookHost } from '../sheet/host';
import { MemorySettings, MemoryWorkbook } from '../sheet/memoryHost';
import { App, LANG_KEY } from './App';
import { createOfficeHost } from './excel/officeHost';
import { createOfficeSettings } from './settings';
import { themeFor, type OfficeThemeLike } from './theme';

interface Environment {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly outsideExcel: boolean;
  readonly officeTheme: OfficeThemeLike | undefined;
}

function officeTheme(): OfficeThemeLike | undefined {
  try {
    return Office.context?.officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/** Excel gets the Office.js host; the page opened in a browser (no Excel) gets an in-memory workbook. */
function environment(inExcel: boolean): Environment {
  if (inExcel) return { host: createOfficeHost(), settings: createOfficeSettings(), outsideExcel: false, officeTheme: officeTheme() };
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  return { host: wb, settings: new MemorySettings(), outsideExcel: true, officeTheme: undefined };
}

async function savedLang(settings: SettingsStore): Promise<Lang> {
  try {
    return (await settings.get(LANG_KEY)) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

async function render(inExcel: boolean) {
  const container = document.getElementById('root');
  if (!container) return;
  const env = environment(inExcel);
  const lang = await savedLang(env.settings);
  createRoot(container).render(
    <FluentProvider theme={themeFor(env.officeTheme)}>
      <App host={env.host} settings={env.settings} initialLang={lang} outsideExcel={env.outsideExcel} />
    </FluentProvider>,
  );
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => render(info.host === Office.HostType.Excel));
} else {
  void render(false);
}
