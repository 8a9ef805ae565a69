import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { text } from '../../src/scoring';
import { MemorySettings, MemoryWorkbook } from '../../src/sheet/memoryHost';
import { TEMPLATES } from '../../src/sheet/templates';
import type { SheetIssue } from '../../src/sheet/types';
import { App } from '../../src/taskpane/App';
import { IssueList } from '../../src/taskpane/components/IssueList';
import { ScoreResult } from '../../src/taskpane/components/ScoreResult';
import { SectionChart } from '../../src/taskpane/components/SectionChart';
import type { ScoreView } from '../../src/taskpane/hooks/useScore';
import { groupIssues } from '../../src/taskpane/hooks/useCheck';
import { STRINGS, t } from '../../src/taskpane/strings';
import { SummaryResult } from '../../src/taskpane/components/SummaryResult';
import { summaryView } from '../../src/taskpane/hooks/useSummary';
import { solveUnit } from '../../src/sheet/summary';

const html = (node: React.ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
/** As React escapes text and attributes. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const app = (lang?: 'vi' | 'en') => html(<App host={new MemoryWorkbook()} settings={new MemorySettings()} {...(lang ? { initialLang: lang } : {})} />);

const LABELS = [
  'tabGallery',
  'tabCheck',
  'tabScore',
  'tabSummary',
  'tabYear',
  'yearRun',
  'tabRank',
  'rankRun',
  'rankPick',
  'checkRun',
  'markRun',
  'clearRun',
  'scoreRun',
  'summaryRun',
  'noticeRun',
  'capNormal',
  'capOutstanding',
  'language',
  'templateChoose',
] as const;

describe('the task pane renders', () => {
  it('in Vietnamese by default, every screen present (hidden ones too), the gallery open', () => {
    const out = app();
    for (const key of LABELS) expect(out, key).toContain(escaped(STRINGS[key].vi));
    expect(out).toContain('Kiểm tra trước khi nộp');
    expect(out).toContain('Tổng hợp 1A');
    expect(out).toContain('>English<');
    expect(out).not.toContain('Check before submitting');
    for (const def of TEMPLATES) expect(out).toContain(escaped(text(def.title, 'vi')));
    expect(out).toContain('lang="vi"');
    expect(out.match(/role="tabpanel"/g)).toHaveLength(6);
    expect(out.match(/role="tab"/g)).toHaveLength(6);
    expect(out.match(/hidden=""/g)).toHaveLength(5);
  });

  it('in English with initialLang "en"', () => {
    const out = app('en');
    for (const key of LABELS) expect(out, key).toContain(escaped(STRINGS[key].en));
    expect(out).toContain('Check before submitting');
    expect(out).toContain('>Tiếng Việt<');
    expect(out).not.toContain('Kiểm tra trước khi nộp');
    expect(out).toContain('lang="en"');
  });

  it('says when it runs outside Excel', () => {
    const out = html(<App host={new MemoryWorkbook()} settings={new MemorySettings()} outsideExcel />);
    expect(out).toContain(escaped(t('outsideExcel', 'vi')));
  });
});

describe('the issue list', () => {
  const issues: SheetIssue[] = [
    { code: 'E1', severity: 'error', sheet: 'S', cell: 'F17', criterion: '2.1.1', message: { vi: 'Chưa có tài liệu kiểm chứng', en: 'No evidence' } },
    { code: 'E5', severity: 'warning', sheet: 'S', cell: 'F20', criterion: '2.3.1', message: { vi: 'Văn bản sau ngày chốt số liệu', en: 'Document after the cut-off' } },
  ];

  it('groups by severity with counts, each finding a button naming criterion, code and message', () => {
    const out = html(<IssueList groups={groupIssues(issues)} onSelect={() => undefined} lang="vi" />);
    expect(out).toContain('Lỗi');
    expect(out).toContain('Cảnh báo');
    expect(out).toContain('Thông tin');
    expect(out.match(/<button type="button"/g)).toHaveLength(2);
    expect(out).toContain('2.1.1 · E1 · F17');
    expect(out).toContain('Chưa có tài liệu kiểm chứng');
    expect(out).toContain('aria-label="Lỗi: tiêu chí 2.1.1, E1: Chưa có tài liệu kiểm chứng. Chọn ô F17."');
  });

  it('in English', () => {
    const out = html(<IssueList groups={groupIssues(issues)} onSelect={() => undefined} lang="en" />);
    expect(out).toContain('Document after the cut-off');
    expect(out).toContain('Warnings');
  });
});

describe('the section chart', () => {
  const sections = [
    { id: 'I', title: 'Năng lực lãnh đạo, quản lý', self: 10, forecast: 5, max: 20 },
    { id: 'II', title: 'Tiếp công dân', self: 8.5, forecast: 8.5, max: 8.5 },
  ];

  it('draws bars on one scale and carries the numbers for screen readers and as a table', () => {
    const out = html(<SectionChart sections={sections} lang="vi" />);
    expect(out).toContain('width:50%');
    expect(out).toContain('width:25%');
    expect(out).toContain('role="img"');
    expect(out).toContain('I: tự chấm 10, dự báo 5, tối đa 20; II: tự chấm 8,5, dự báo 8,5, tối đa 8,5');
    expect(out).toContain('<table');
    expect(out).toContain('Bảng số liệu');
  });

  it('uses English numbers in English', () => {
    expect(html(<SectionChart sections={sections} lang="en" />)).toContain('II: self 8.5, forecast 8.5, maximum 8.5');
  });
});

describe('the score result', () => {
  const view: ScoreView = {
    sheet: 'Tự chấm Xã A',
    templateId: 'xa-2024',
    templateTitle: { vi: 'Khung tiêu chí xã', en: 'Commune framework' },
    forecast: true,
    total: 1,
    forecastTotal: 0,
    level: null,
    forecastLevel: null,
    bandsAreDefault: false,
    sheetBands: [80, 65, 50.5],
    incomplete: { vi: 'Chưa đủ dữ liệu để xếp loại.', en: 'Not enough data for a grade yet.' },
    notCounted: [{ cell: 'D17', criterion: '2.1.1', message: { vi: 'Điểm 0,5 không phải mức điểm tiêu chí cho phép (0; 1).', en: 'Score 0.5 is not a value this criterion allows (0; 1).' } }],
    losses: [{ id: '2.1.2', maxPoints: 1, self: 1, forecast: 0, loss: 1 }],
    sections: [],
  };

  it('shows the state without a grade, and each entry not counted as a button selecting its cell', () => {
    const out = html(<ScoreResult view={view} lang="vi" onSelectCell={() => undefined} />);
    expect(out).toContain('Chưa đủ dữ liệu để xếp loại.');
    expect(out).toContain('Chưa xếp loại');
    expect(out).toContain('Không được tính (1)');
    expect(out).toContain('aria-label="2.1.1, ô D17: Điểm 0,5 không phải mức điểm tiêu chí cho phép (0; 1)."');
    expect(out.match(/<button type="button"/g)).toHaveLength(1);
    expect(out).toContain('(E1–E4)');
    expect(out).toContain('Xếp loại theo thang của trang: A từ 80, B từ 65, C từ 50,5 điểm.');
  });

  it('in English, and listed without buttons when the cell cannot be selected', () => {
    const out = html(<ScoreResult view={view} lang="en" />);
    expect(out).toContain('Not enough data for a grade yet.');
    expect(out).toContain('Not counted (1)');
    expect(out).toContain('2.1.1 · D17');
    expect(out).not.toContain('<button');
  });
});

describe('each family of templates gets its own words and only the parts that apply (issue 14 item 9)', () => {
  const base = (templateId: string, title: string): ScoreView => ({
    sheet: 'S',
    templateId,
    templateTitle: { vi: title, en: title },
    forecast: templateId === 'xa-2024',
    total: 85,
    forecastTotal: 85,
    level: 'HTTNV',
    forecastLevel: 'HTTNV',
    bandsAreDefault: false,
    sheetBands: null,
    incomplete: null,
    notCounted: [],
    losses: [],
    sections: [{ id: 'I', title: 'Tiêu chí chung', self: 28, forecast: 28, max: 30 }],
  });

  it('the commune: the council\'s forecast, the points it may lose, the evidence words', () => {
    const out = html(<ScoreResult view={{ ...base('xa-2024', 'Khung xã'), forecastTotal: 80, losses: [{ id: '2.1.1', maxPoints: 5, self: 5, forecast: 0, loss: 5 }] }} lang="vi" />);
    expect(out).toContain('Dự báo điểm thẩm định');
    expect(out).toContain('Tiêu chí có thể mất điểm (1)');
    expect(out).toContain(escaped(STRINGS.scoreAboutCommune.vi));
    expect(out).toContain('Có thể bị trừ 5 điểm khi thẩm định');
    expect(out).toContain('Trang “S” (Khung xã)');
  });

  it('a monthly personal form: its own formula, no forecast, no council, no losses', () => {
    for (const lang of ['vi', 'en'] as const) {
      const out = html(<ScoreResult view={{ ...base('hn-m03', 'Mẫu số 03'), forecastTotal: 0 }} lang={lang} />);
      expect(out).toContain(escaped(STRINGS.scoreAboutMonthly[lang]));
      for (const key of ['scoreForecast', 'lossesTitle', 'chartForecast', 'scoreAboutCommune'] as const) expect(out, key).not.toContain(escaped(STRINGS[key][lang]).replace(/ \(\{count\}\)$/, ''));
      expect(out).not.toMatch(/thẩm định|appraisal|council/i);
    }
  });

  it('THADS: 200 base points minus deductions plus bonuses, no forecast', () => {
    const out = html(<ScoreResult view={base('thads-ls', 'Bảng tự chấm điểm THADS')} lang="vi" />);
    expect(out).toContain(escaped(STRINGS.scoreAboutThads.vi));
    expect(out).not.toContain('Dự báo');
  });

  it('1A: names open their sheet; the counts are plural in English', () => {
    const line = (name: string, score: number) => ({ sheet: `Mẫu 03 ${name}`, templateId: 'hn-m03', name, post: 'CV', group: 'staff' as const, isHead: false, score, selfGrade: null, month: 11, year: 2026 });
    const v = summaryView({ sheet: '1A 11-2026', templateId: 'hn-1a', value: solveUnit([line('An', 96), line('Bình', 93), ...['C', 'D', 'E', 'G', 'H'].map((n) => line(n, 80))], 0.2), rebuilt: false, keptCells: 0 });
    const out = html(<SummaryResult view={v} lang="vi" onOpenSheet={() => undefined} />);
    expect(out).toContain('aria-label="Mở trang “Mẫu 03 Bình” của Bình"');
    expect(out.match(/<button/g)).toHaveLength(1);
    expect(out).toContain(escaped(STRINGS.summaryOpenHint.vi));
  });
});
