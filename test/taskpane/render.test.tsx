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

const html = (node: React.ReactElement) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
/** As React escapes text and attributes. */
const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const app = (lang?: 'vi' | 'en') => html(<App host={new MemoryWorkbook()} settings={new MemorySettings()} {...(lang ? { initialLang: lang } : {})} />);

const LABELS = [
  'tabGallery',
  'tabCheck',
  'tabScore',
  'tabSummary',
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
    expect(out.match(/role="tabpanel"/g)).toHaveLength(5);
    expect(out.match(/role="tab"/g)).toHaveLength(5);
    expect(out.match(/hidden=""/g)).toHaveLength(4);
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
    sheet: 'xa-2024 Xã A',
    templateId: 'xa-2024',
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
