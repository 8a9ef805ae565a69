import { FluentProvider } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../scoring';
import type { SettingsStore, WorkbookHost } from '../sheet/host';
import { App, LANG_KEY } from './App';
import { deferredHost, deferredSettings } from './loadEngine';
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

/**
 * Excel gets the Office.js host; the page opened in a browser (no Excel) gets an in-memory workbook and settings.
 * The hosts and the in-memory settings come with the engine chunk (loadEngine.ts), on first use.
 */
function environment(inExcel: boolean): Environment {
  if (inExcel) return { host: deferredHost((e) => e.createOfficeHost()), settings: createOfficeSettings(), outsideExcel: false, officeTheme: officeTheme() };
  const host = deferredHost((e) => {
    const wb = new e.MemoryWorkbook();
    wb.addSheet('Sheet1');
    return wb;
  });
  return { host, settings: deferredSettings((e) => new e.MemorySettings()), outsideExcel: true, officeTheme: undefined };
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
  // New in-memory settings hold nothing: only Office's can hold a saved language.
  const lang = inExcel ? await savedLang(env.settings) : 'vi';
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
