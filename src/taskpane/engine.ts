/**
 * The pane's engine: everything that works on a workbook — the operations of src/sheet (fill, check, score, summary,
 * marks) with the templates' plans and the frameworks' official texts behind them, the score view, the workbook hosts
 * (Office.js; the in-memory workbook and settings of a page opened outside Excel) — and what shows their results (the
 * fill's progress bar, the findings, the score, the list 1A), which only exist once the engine has run.
 *
 * None of it is needed to draw the pane, so the pane never imports this module statically: `loadEngine()` brings it in
 * as a chunk of its own (taskpane.engine.[hash].js next to taskpane.js) the first time a button needs it, and the
 * browser prefetches that chunk at idle priority as soon as taskpane.js has run. Tests and the preview load it the same
 * way.
 */
export { buildNotice, buildNoticeFromWorkbook, buildSummary, checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet, selectCell } from '../sheet/operations';
export { MemorySettings, MemoryWorkbook } from '../sheet/memoryHost';
export { buildYear } from '../sheet/yearBuild';
export { yearView } from './hooks/yearView';
export { createOfficeHost } from './excel/officeHost';
export { runScore } from './hooks/useScore';
export { FillProgress } from './components/FillProgress';
export { IssueList } from './components/IssueList';
export { ScoreResult } from './components/ScoreResult';
export { SummaryResult } from './components/SummaryResult';
export { RankResult } from './components/RankResult';
export { rankView, readPicked } from './hooks/rankView';
export { buildRanking } from '../sheet/rankOperation';
export { exportFramework, fillFromMyFramework } from '../sheet/userFrameworkOps';
