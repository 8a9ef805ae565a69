/**
 * A framework as a table (issue 12): the "Khung tiêu chí" sheet a person types or pastes from the official text, read
 * into the same Framework the built-ins are, validated cell by cell, and written back (every built-in exports to it).
 * Pure: the hosts hand a snapshot in and carry the plan out.
 *
 * Layout: a header block (label in A, value in B) — framework id, title, year/version, issuing text, scoring kind, base
 * points, grade bands — then a table with one row per node, found by its header labels (columns may be moved):
 * STT · Thuộc mục · Tên tiêu chí · Cách chấm · Điểm tối đa · Quy tắc chấm · Trường hợp đặc biệt · Tài liệu kiểm chứng ·
 * Cơ quan thẩm định · Ghi chú · Hội đồng chấm · Ghi chú số thứ tự. The rule column uses the notation of
 * src/scoring/notation.
 */
import {
  DEFAULT_BANDS,
  msg,
  normalizeId,
  parseVietnameseNumber,
  type AnyRule,
  type Criterion,
  type Framework,
  type GradeBand,
  type Msg,
} from '../scoring';
import { fold, parseBands, parseRule, parseSpecialCases, printBands, printNumber, printRule, printSpecialCases } from '../scoring/notation';
import { a1, columnLetter, parseA1 } from './a1';
import type { SheetHead } from './host';
import { MARKER_COL, PlanBuilder } from './plans/builder';
import { printedSource } from './plans/framework';
import type { CellValue, PlanCell, SheetPlan, SheetSnapshot } from './types';

export const FRAMEWORK_SHEET_NAME = 'Khung tiêu chí';
/** Hidden in Z1 of a framework sheet the program wrote; a sheet typed by hand is found by its labels. */
export const FRAMEWORK_MARKER = 'chamdiem-khung:1';
/** More nodes than any official table has (seed 002 has 150): beyond, the sheet is refused before any work. */
export const MAX_NODES = 2000;

export type HeaderField = 'id' | 'title' | 'titleEn' | 'version' | 'source' | 'audience' | 'scoring' | 'base' | 'bands' | 'remarks';

/** The header block, in order: [field, label]. Labels are matched without case or diacritics. */
export const HEADER_FIELDS: readonly (readonly [HeaderField, string])[] = [
  ['id', 'Mã khung'],
  ['title', 'Tên khung'],
  ['titleEn', 'Tên tiếng Anh'],
  ['version', 'Năm / phiên bản'],
  ['source', 'Văn bản ban hành'],
  ['audience', 'Đối tượng áp dụng'],
  ['scoring', 'Cách tính tổng'],
  ['base', 'Điểm chuẩn'],
  ['bands', 'Thang xếp loại'],
  ['remarks', 'Ghi chú chung'],
];

export type ColumnField = 'id' | 'parent' | 'title' | 'method' | 'max' | 'rule' | 'special' | 'evidence' | 'appraiser' | 'notes' | 'council' | 'idNote';

/** The table's columns, in order: [field, header, other headers accepted]. */
export const TABLE_COLUMNS: readonly (readonly [ColumnField, string, readonly string[]])[] = [
  ['id', 'STT', ['so thu tu']],
  ['parent', 'Thuộc mục', ['muc cha', 'thuoc']],
  ['title', 'Tên tiêu chí', ['tieu chi', 'noi dung']],
  ['method', 'Cách chấm', ['cach thuc cham diem', 'phuong phap cham']],
  ['max', 'Điểm tối đa', ['diem chuan toi da']],
  ['rule', 'Quy tắc chấm', ['quy tac']],
  ['special', 'Trường hợp đặc biệt', ['truong hop dac biet (ghi chu, luu y)']],
  ['evidence', 'Tài liệu kiểm chứng', []],
  ['appraiser', 'Cơ quan thẩm định', ['co quan tham dinh diem tu danh gia']],
  ['notes', 'Ghi chú', ['luu y']],
  ['council', 'Hội đồng chấm', []],
  ['idNote', 'Ghi chú số thứ tự', []],
];
const REQUIRED_COLUMNS: readonly ColumnField[] = ['id', 'title', 'max', 'rule'];

/** Rows of the sheet the program writes (0-based): header block from row 2, the table's header after it. */
export const SHEET_ROWS = { title: 0, firstField: 1, tableHeader: 1 + HEADER_FIELDS.length + 1 } as const;

type ScoringWord = 'sum' | 'base' | 'kpi' | 'narrative';
const SCORING_TEXT: Readonly<Record<ScoringWord, string>> = {
  sum: 'Tổng điểm các tiêu chí',
  base: 'Điểm chuẩn, trừ và thưởng theo từng lần',
  kpi: '30 điểm chung + 70 điểm KPI',
  narrative: 'Nhận xét, không chấm điểm',
};
const DEFAULT_WORDS = '(thang mặc định)';

const COUNCIL_WORDS: readonly (readonly [NonNullable<Criterion['councilScores']>['how'], string])[] = [
  ['system', 'hệ thống'],
  ['leaders', 'lãnh đạo'],
  ['max', 'tối đa'],
];

// ——— Printing ———

/**
 * Whether a user framework has the shape of the "30 điểm chung + 70 điểm KPI" kind (seed 004, Phụ lục 1): two top-level
 * rows, the KPI row and the general criteria, each of these scored "trừ vào điểm tối đa". It fills the Hà Nội monthly
 * form; any other framework with a KPI row among other rule kinds fills the points table.
 */
export function isMonthlyFramework(fw: Pick<Framework, 'criteria'>): boolean {
  const kpi = fw.criteria.filter((c) => c.rule?.kind === 'kpiResult' && !c.children?.length);
  if (fw.criteria.length !== 2 || kpi.length !== 1) return false;
  const general = fw.criteria.find((c) => c !== kpi[0])!;
  const deductions = (n: Framework['criteria'][number]): boolean => (n.children?.length ? n.children.every(deductions) : n.rule?.kind === 'cappedDeduction');
  return deductions(general);
}


const hasKpi = (fw: Framework): boolean => placed(fw).some(({ node }) => node.rule?.kind === 'kpiResult');

const placed = (fw: Framework): { node: Criterion; parent: string | null }[] => {
  const out: { node: Criterion; parent: string | null }[] = [];
  const visit = (n: Criterion, parent: string | null) => {
    out.push({ node: n, parent });
    for (const c of n.children ?? []) visit(c, n.id);
  };
  for (const n of fw.criteria) visit(n, null);
  return out;
};

/** A built-in's remarks name the program's own fields here and there: on the sheet, in the user's words. */
const DEVELOPER_WORDS: readonly (readonly [RegExp, string])[] = [
  [/xem idNote của/g, 'xem cột Ghi chú số thứ tự của'],
  [/theo quyết định trong DOMAIN\.md/g, 'theo quyết định của phần mềm'],
  [/được ghi vào notes/g, 'được ghi vào cột Ghi chú'],
  [/\(có chế độ quy đổi "scale"\)/g, '(có cách quy đổi thang 5: "khảo sát, quy đổi thang 5")'],
];
const userWords = (s: string): string => DEVELOPER_WORDS.reduce((t, [re, w]) => t.replace(re, w), s);

/** The header block's values as the sheet shows them. */
export function headerValues(fw: Framework, version = ''): Readonly<Record<HeaderField, string | number | null>> {
  const scoring: ScoringWord = fw.scoring === 'base' ? 'base' : fw.scoring === 'narrative' ? 'narrative' : hasKpi(fw) ? 'kpi' : 'sum';
  return {
    id: fw.id,
    title: fw.title.vi,
    titleEn: fw.title.en === fw.title.vi ? '' : fw.title.en,
    version,
    source: printedSource(fw.source),
    audience: fw.audience.vi,
    scoring: SCORING_TEXT[scoring],
    base: fw.scoring === 'base' ? (fw.base ?? 0) : null,
    bands: fw.bandsUntilSet ? '' : `${printBands(fw.bands)}${fw.bandsAreDefault ? ` ${DEFAULT_WORDS}` : ''}`,
    remarks: (fw.remarks ?? []).map(userWords).join('\n'),
  };
}

/** One node's row as the sheet shows it, by column. */
export function rowValues(node: Criterion, parent: string | null): Readonly<Record<ColumnField, string | number | null>> {
  const council = node.councilScores ? `${COUNCIL_WORDS.find(([h]) => h === node.councilScores!.how)![1]}: ${node.councilScores.note}` : '';
  return {
    id: node.id,
    parent: parent ?? '',
    title: node.title,
    method: node.method ?? '',
    max: node.maxPoints,
    rule: node.rule && !node.children?.length ? printRule(node.rule) : '',
    special: node.rule ? printSpecialCases(node.rule.specialCases) : '',
    evidence: node.evidence ?? '',
    appraiser: node.appraiser ?? '',
    notes: (node.notes ?? []).join('\n'),
    council,
    idNote: node.idNote ?? '',
  };
}

/** A short hash of a text (53-bit, cyrb53): enough to tell that a row changed, not a security measure. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const rowText = (row: Readonly<Record<ColumnField, string | number | null>>): string => JSON.stringify(TABLE_COLUMNS.map(([f]) => row[f]));

/** What a filled sheet records of its framework: the id, the version, a hash of the whole and of every row. */
export interface FrameworkRecord {
  readonly id: string;
  readonly version: string;
  readonly hash: string;
  readonly rowHashes: ReadonlyMap<string, string>;
}

export function recordOf(fw: Framework, version: string): FrameworkRecord {
  const rows = placed(fw).map(({ node, parent }) => [node.id, rowText(rowValues(node, parent))] as const);
  const head = headerValues(fw, version);
  const hash = contentHash(JSON.stringify([HEADER_FIELDS.map(([f]) => head[f]), rows.map((r) => r[1])]));
  return { id: fw.id, version, hash, rowHashes: new Map(rows.map(([id, t]) => [normalizeId(id), contentHash(t)])) };
}

/** The "Khung tiêu chí" sheet of a framework: what `framework export` and the task pane's "Xuất khung mẫu" write. */
export function planFrameworkSheet(fw: Framework, version = defaultVersion(fw)): SheetPlan {
  const b = new PlanBuilder('khung', fw.title, FRAMEWORK_SHEET_NAME);
  b.set(SHEET_ROWS.title, 0, { value: 'KHUNG TIÊU CHÍ', style: 'title' });
  b.set(SHEET_ROWS.title, 2, {
    value: 'Mỗi dòng một tiêu chí; cột "Quy tắc chấm" theo ký hiệu (xem hướng dẫn). Sửa, thêm dòng rồi bấm "Dùng khung của tôi" hoặc chạy "chamdiem framework check".',
    style: 'subtitle',
  });
  const head = headerValues(fw, version);
  HEADER_FIELDS.forEach(([field, label], i) => {
    const row = SHEET_ROWS.firstField + i;
    b.set(row, 0, { value: label, style: 'label' });
    b.set(row, 1, { value: head[field], style: 'input', input: true, ...(field === 'scoring' ? { note: Object.values(SCORING_TEXT).join('\n') } : {}) });
  });
  TABLE_COLUMNS.forEach(([, header], c) => b.set(SHEET_ROWS.tableHeader, c, { value: header, style: 'header' }));
  placed(fw).forEach(({ node, parent }, i) => {
    const row = SHEET_ROWS.tableHeader + 1 + i;
    const v = rowValues(node, parent);
    const style = node.children?.length ? 'section' : 'criterion';
    TABLE_COLUMNS.forEach(([field], c) => {
      const value = v[field];
      const cell: PlanCell = { value: value === '' ? null : value, style, input: true };
      b.set(row, c, cell);
    });
  });
  const widths = [10, 10, 50, 40, 8, 40, 30, 30, 16, 24, 20, 20];
  widths.forEach((w, c) => b.column(c, w));
  b.freeze(SHEET_ROWS.tableHeader + 1, 1);
  const plan = b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(TABLE_COLUMNS.length - 1)}${SHEET_ROWS.tableHeader + 1 + placed(fw).length}` },
    { headerRow: SHEET_ROWS.tableHeader, firstRow: SHEET_ROWS.tableHeader + 1, columns: Object.fromEntries(TABLE_COLUMNS.map(([f], c) => [f, c])) },
  );
  // Not a template sheet: its own marker, which the template gallery's readMarker does not take for one.
  const grid = plan.grid.map((row, r) => (r === 0 ? row.map((cell, c) => (c === MARKER_COL ? { value: FRAMEWORK_MARKER, style: 'marker' as const } : cell)) : row));
  // Excel refuses a row taller than 409 points (the remarks of a long text): such a row scrolls within its cell.
  const rowHeights = plan.rowHeights?.map((h) => (h === undefined ? undefined : Math.min(h, 409)));
  return { ...plan, templateId: 'khung', grid, ...(rowHeights ? { rowHeights } : {}) };
}

/** The year a built-in's title names, as its version ("…năm 2024…"); '' where it names none. */
export const defaultVersion = (fw: Framework): string => /\b(20\d\d)\b/.exec(fw.title.vi)?.[1] ?? '';

// ——— Reading ———

export interface FrameworkFinding {
  /** A1 address on the framework sheet. */
  readonly cell: string;
  readonly message: Msg;
}

export interface FrameworkReading {
  readonly sheet: string;
  /** Null when there is any finding: a framework with errors cannot be used. */
  readonly framework: Framework | null;
  readonly findings: readonly FrameworkFinding[];
  readonly version: string;
  readonly record: FrameworkRecord | null;
}

/** What a host gives: the sheet's values, and its merged ranges where the host knows them. */
export interface FrameworkTable {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly merges?: readonly string[];
}

const M = {
  notFound: () =>
    msg(
      'Không tìm thấy khung tiêu chí: cần ô "Mã khung" ở cột A và dòng tiêu đề bảng có ô "STT".',
      'No framework found: a "Mã khung" cell in column A and a table header row with an "STT" cell are needed.',
    ),
  noTable: () => msg('Không tìm thấy dòng tiêu đề của bảng (ô "STT" ở cột A).', 'The table header row (an "STT" cell in column A) was not found.'),
  missingColumn: (h: string) => msg(`Thiếu cột "${h}" ở dòng tiêu đề của bảng.`, `The table header row has no "${h}" column.`),
  missingField: (l: string) => msg(`Thiếu "${l}".`, `"${l}" is missing.`),
  badId: (v: string) =>
    msg(
      `Mã khung "${v}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu "-" (ví dụ: xa-2025).`,
      `Framework id "${v}" is not valid: use lower-case letters without diacritics, digits and "-" (e.g. xa-2025).`,
    ),
  badScoring: (v: string) => msg(`Không hiểu cách tính tổng "${v}": dùng ${Object.values(SCORING_TEXT).map((t) => `"${t}"`).join(', ')}.`, `Scoring kind "${v}" is not understood: use ${Object.values(SCORING_TEXT).map((t) => `"${t}"`).join(', ')}.`),
  badBase: (v: string) => msg(`Điểm chuẩn "${v}" phải là một số lớn hơn 0.`, `Base points "${v}" must be a number above 0.`),
  noKpi: () => msg('Cách tính "30 điểm chung + 70 điểm KPI" cần một tiêu chí có quy tắc "KPI".', 'The "30 + 70 KPI" scoring needs a criterion with the rule "KPI".'),
  notMonthly: () =>
    msg(
      'Cách tính "30 điểm chung + 70 điểm KPI" điền phiếu tự đánh giá hằng tháng: khung cần đúng hai dòng cấp trên cùng — nhóm tiêu chí chung (mỗi tiêu chí quy tắc "trừ vào điểm tối đa") và dòng KPI.',
      'The "30 + 70 KPI" scoring fills the monthly self-assessment: the framework needs exactly two top-level rows — the general criteria (each with the rule "trừ vào điểm tối đa") and the KPI row.',
    ),
  merged: (r: string) => msg(`Ô gộp ${r}: bỏ gộp ô (mỗi ô một giá trị) rồi kiểm tra lại.`, `Merged cells ${r}: unmerge them (one value a cell) and check again.`),
  tooMany: (n: number) => msg(`Khung có hơn ${n} dòng tiêu chí: chia thành nhiều khung.`, `The framework has more than ${n} criteria rows: split it.`),
  noId: () => msg('Dòng có nội dung nhưng thiếu STT.', 'A row has content but no STT.'),
  malformedId: (v: string) =>
    msg(`STT "${v}" không hợp lệ (chỉ chữ, số, dấu chấm, khoảng trắng; không quá 40 ký tự; không có "..").`, `STT "${v}" is not valid (letters, digits, dots, spaces; at most 40 characters; no "..").`),
  duplicateId: (v: string, row: number) => msg(`STT "${v}" đã có ở dòng ${row}.`, `STT "${v}" is already used on row ${row}.`),
  unknownParent: (p: string) => msg(`Mục cha "${p}" không có trong khung.`, `Parent "${p}" is not in the framework.`),
  cycle: (ids: string) => msg(`Vòng lặp mục cha: ${ids}.`, `The parents form a cycle: ${ids}.`),
  ownParent: (id: string) => msg(`Tiêu chí ${id} không thể là mục cha của chính nó.`, `Criterion ${id} cannot be its own parent.`),
  textMax: (v: string) => msg(`Điểm tối đa "${v}" không phải là số.`, `Maximum "${v}" is not a number.`),
  negativeMax: (v: string) => msg(`Điểm tối đa ${v} nhỏ hơn 0.`, `Maximum ${v} is below 0.`),
  missingMax: (id: string) => msg(`Tiêu chí ${id} thiếu điểm tối đa.`, `Criterion ${id} has no maximum.`),
  sumMismatch: (id: string, max: number, sum: number) =>
    msg(
      `Điểm tối đa của ${id} (${printNumber(max)}) khác tổng điểm tối đa các tiêu chí con (${printNumber(sum)}).`,
      `The maximum of ${id} (${printNumber(max)}) is not the sum of its children's maxima (${printNumber(sum)}).`,
    ),
  missingRule: (id: string) => msg(`Tiêu chí ${id} thiếu quy tắc chấm.`, `Criterion ${id} has no rule.`),
  parentRule: (id: string) =>
    msg(`${id} có tiêu chí con: điểm là tổng các tiêu chí con, bỏ quy tắc ở dòng này.`, `${id} has children: its points are their sum; remove the rule on this row.`),
  parentSpecial: (id: string) => msg(`${id} có tiêu chí con: trường hợp đặc biệt ghi ở tiêu chí con.`, `${id} has children: write special cases on the children.`),
  pointsAboveMax: (id: string, p: number, max: number) =>
    msg(`Quy tắc của ${id} cho ${printNumber(p)} điểm, lớn hơn điểm tối đa ${printNumber(max)}.`, `The rule of ${id} gives ${printNumber(p)} points, above its maximum ${printNumber(max)}.`),
  specialAboveMax: (id: string, p: number, max: number) =>
    msg(`Trường hợp đặc biệt của ${id} cho ${printNumber(p)} điểm, lớn hơn điểm tối đa ${printNumber(max)}.`, `A special case of ${id} gives ${printNumber(p)} points, above its maximum ${printNumber(max)}.`),
  badCouncil: (v: string) =>
    msg(`Không hiểu "${v}": dùng "hệ thống: …", "lãnh đạo: …" hoặc "tối đa: …".`, `"${v}" is not understood: use "hệ thống: …", "lãnh đạo: …" or "tối đa: …".`),
  empty: () => msg('Khung chưa có tiêu chí nào.', 'The framework has no criteria.'),
  inCell: (m: Msg, cell: string) => msg(`${cell}: ${m.vi}`, `${cell}: ${m.en}`),
} as const;

const textOf = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : String(v).normalize('NFC').trim());
const ID_PATTERN = /^[\p{L}\p{N}](?:[\p{L}\p{N} .()\-–/]*[\p{L}\p{N})])?\.?$/u;
const FRAMEWORK_ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** Whether a sheet's head block is a framework sheet (its marker, or the "Mã khung" label in column A). */
export function isFrameworkSheet(head: SheetHead): boolean {
  if (head.values[0]?.[MARKER_COL] === FRAMEWORK_MARKER) return true;
  return head.values.slice(0, 30).some((row) => fold(textOf(row[0])) === 'ma khung');
}

/** Reads and validates a framework sheet; every problem with its cell. */
export function readUserFramework(table: FrameworkTable): FrameworkReading {
  const findings: FrameworkFinding[] = [];
  const add = (row: number, col: number, message: Msg) => findings.push({ cell: a1(row, col), message });
  const v = table.values;
  const none = (): FrameworkReading => ({ sheet: table.name, framework: null, findings, version: '', record: null });

  for (const m of table.merges ?? []) {
    const at = parseA1(m.split(':')[0] ?? m);
    findings.push({ cell: at ? a1(at.row, at.col) : m, message: M.merged(m) });
  }

  // Header block: labels in column A above the table.
  let tableRow = -1;
  const fieldRow = new Map<HeaderField, number>();
  for (let r = 0; r < Math.min(v.length, 60); r++) {
    const label = fold(textOf(v[r]?.[0]));
    if (label === 'stt') {
      tableRow = r;
      break;
    }
    const f = HEADER_FIELDS.find(([, l]) => fold(l) === label || (l === 'Năm / phiên bản' && (label === 'nam' || label === 'phien ban')));
    if (f && !fieldRow.has(f[0])) fieldRow.set(f[0], r);
  }
  if (!fieldRow.has('id') && tableRow < 0) {
    findings.push({ cell: 'A1', message: M.notFound() });
    return none();
  }
  if (tableRow < 0) {
    findings.push({ cell: 'A1', message: M.noTable() });
    return none();
  }
  const field = (f: HeaderField): { text: string; raw: CellValue | undefined; row: number } | null => {
    const r = fieldRow.get(f);
    return r === undefined ? null : { text: textOf(v[r]?.[1]), raw: v[r]?.[1], row: r };
  };
  const label = (f: HeaderField) => HEADER_FIELDS.find(([x]) => x === f)![1];

  const idField = field('id');
  const id = idField?.text.toLowerCase() ?? '';
  if (!idField || id === '') add(idField?.row ?? 0, idField ? 1 : 0, M.missingField(label('id')));
  else if (!FRAMEWORK_ID.test(id)) add(idField.row, 1, M.badId(idField.text));
  const titleField = field('title');
  if (!titleField || titleField.text === '') add(titleField?.row ?? 0, titleField ? 1 : 0, M.missingField(label('title')));

  const scoringField = field('scoring');
  let scoring: ScoringWord = 'sum';
  if (scoringField && scoringField.text !== '') {
    const f = fold(scoringField.text);
    const found: ScoringWord | null = f.includes('kpi') ? 'kpi' : f.includes('diem chuan') ? 'base' : f.includes('nhan xet') ? 'narrative' : f.includes('tong') ? 'sum' : null;
    if (found === null) add(scoringField.row, 1, M.badScoring(scoringField.text));
    else scoring = found;
  }
  let base: number | undefined;
  if (scoring === 'base') {
    const bf = field('base');
    const n = bf ? (typeof bf.raw === 'number' ? bf.raw : parseVietnameseNumber(bf.text)) : null;
    if (!bf) add(scoringField?.row ?? 0, 0, M.missingField(label('base')));
    else if (n === null || !(n > 0)) add(bf.row, 1, M.badBase(bf.text));
    else base = n;
  }
  const bandsField = field('bands');
  let bands: readonly GradeBand[] = DEFAULT_BANDS;
  let bandsAreDefault = true;
  let bandsUntilSet = false;
  // No bands written: none apply until the user sets the filled sheet's bands block (as THADS, seed 000).
  if (!bandsField || bandsField.text === '') bandsUntilSet = true;
  else {
    const text = bandsField.text;
    bandsAreDefault = fold(text).endsWith(fold(DEFAULT_WORDS));
    const parsed = parseBands(bandsAreDefault ? text.slice(0, text.length - DEFAULT_WORDS.length).trim() : text);
    if (!parsed.ok) add(bandsField.row, 1, parsed.error.message);
    else bands = parsed.value;
  }

  // Table: columns by their header labels.
  const headerRow = v[tableRow] ?? [];
  const colOf = new Map<ColumnField, number>();
  headerRow.forEach((cell, c) => {
    const h = fold(textOf(cell));
    const f = TABLE_COLUMNS.find(([, name, aliases]) => fold(name) === h || aliases.includes(h));
    if (f && !colOf.has(f[0])) colOf.set(f[0], c);
  });
  for (const f of REQUIRED_COLUMNS) {
    if (!colOf.has(f)) add(tableRow, 0, M.missingColumn(TABLE_COLUMNS.find(([x]) => x === f)![1]));
  }
  if (REQUIRED_COLUMNS.some((f) => !colOf.has(f))) return none();
  const at = (r: number, f: ColumnField): CellValue | undefined => (colOf.has(f) ? v[r]?.[colOf.get(f)!] : undefined);
  const col = (f: ColumnField): number => colOf.get(f) ?? 0;

  interface Row {
    readonly r: number;
    readonly id: string;
    readonly key: string;
    readonly parent: string;
  }
  const rows: Row[] = [];
  const byKey = new Map<string, Row>();
  for (let r = tableRow + 1; r < v.length; r++) {
    const cells = v[r] ?? [];
    if (cells.every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) continue;
    if (rows.length >= MAX_NODES) {
      add(r, col('id'), M.tooMany(MAX_NODES));
      return none();
    }
    const idText = textOf(at(r, 'id'));
    if (idText === '') {
      add(r, col('id'), M.noId());
      continue;
    }
    if (!ID_PATTERN.test(idText) || idText.length > 40 || idText.includes('..')) {
      add(r, col('id'), M.malformedId(idText));
      continue;
    }
    const key = normalizeId(idText);
    const dup = byKey.get(key);
    if (dup) {
      add(r, col('id'), M.duplicateId(idText, dup.r + 1));
      continue;
    }
    const row = { r, id: idText.replace(/\.$/, ''), key, parent: normalizeId(textOf(at(r, 'parent'))) };
    rows.push(row);
    byKey.set(key, row);
  }

  // Parents: known, no node its own ancestor.
  const children = new Map<string, Row[]>();
  const top: Row[] = [];
  const broken = new Set<string>();
  for (const row of rows) {
    if (row.parent === '') {
      top.push(row);
      continue;
    }
    if (row.parent === row.key) {
      add(row.r, col('parent'), M.ownParent(row.id));
      broken.add(row.key);
      continue;
    }
    if (!byKey.has(row.parent)) {
      add(row.r, col('parent'), M.unknownParent(textOf(at(row.r, 'parent'))));
      broken.add(row.key);
      continue;
    }
    children.set(row.parent, [...(children.get(row.parent) ?? []), row]);
  }
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  for (const row of rows) {
    const path: Row[] = [];
    let cur: Row | undefined = row;
    while (cur && cur.parent !== '' && !broken.has(cur.key) && state.get(cur.key) !== 'done') {
      if (state.get(cur.key) === 'open') {
        const start = path.findIndex((p) => p.key === cur!.key);
        const cycle = path.slice(start);
        if (!cycle.some((c) => reported.has(c.key))) {
          cycle.forEach((c) => reported.add(c.key));
          add(cur.r, col('parent'), M.cycle([...cycle.map((c) => c.id), cur.id].join(' → ')));
        }
        break;
      }
      state.set(cur.key, 'open');
      path.push(cur);
      cur = byKey.get(cur.parent);
    }
    for (const p of path) state.set(p.key, 'done');
  }
  if (rows.length === 0) add(tableRow + 1, col('id'), M.empty());

  const build = (row: Row, seen: Set<string>): Criterion => {
    seen.add(row.key);
    const r = row.r;
    const kids = (children.get(row.key) ?? []).filter((k) => !seen.has(k.key)).map((k) => build(k, seen));
    const maxRaw = at(r, 'max');
    let maxPoints: number | null = null;
    const maxText = textOf(maxRaw);
    if (typeof maxRaw === 'number') maxPoints = maxRaw;
    else if (maxText !== '') {
      const n = parseVietnameseNumber(maxText.replace(/\s*điểm\s*$/i, ''));
      if (n === null) add(r, col('max'), M.textMax(maxText));
      else maxPoints = n;
    }
    if (maxPoints !== null && maxPoints < 0) add(r, col('max'), M.negativeMax(printNumber(maxPoints)));
    const ruleText = textOf(at(r, 'rule'));
    const specialText = textOf(at(r, 'special'));
    let rule: AnyRule | undefined;
    if (kids.length > 0) {
      if (ruleText !== '') add(r, col('rule'), M.parentRule(row.id));
      if (specialText !== '') add(r, col('special'), M.parentSpecial(row.id));
      const sums = kids.map((k) => k.maxPoints);
      if (sums.every((s) => s !== null)) {
        const sum = Number(sums.reduce((a, b) => a! + b!, 0)!.toPrecision(12));
        if (maxPoints === null && maxText === '') maxPoints = sum;
        else if (maxPoints !== null && Math.abs(sum - maxPoints) > 1e-9) add(r, col('max'), M.sumMismatch(row.id, maxPoints, sum));
      }
    } else if (ruleText === '') add(r, col('rule'), M.missingRule(row.id));
    else {
      const cases = parseSpecialCases(specialText);
      if (!cases.ok) add(r, col('special'), cases.error.message);
      const parsed = parseRule(ruleText, cases.ok ? cases.value : []);
      if (!parsed.ok) add(r, col('rule'), parsed.error.message);
      else {
        rule = parsed.value;
        const bounded = !rule.unbounded && rule.kind !== 'narrative';
        if (bounded && maxPoints === null && maxText === '') add(r, col('max'), M.missingMax(row.id));
        if (bounded && maxPoints !== null) {
          const above = (rule.discreteScores(maxPoints) ?? []).filter((p) => p > maxPoints! + 1e-9);
          if (above.length > 0) add(r, col('rule'), M.pointsAboveMax(row.id, Math.max(...above), maxPoints));
          for (const c of rule.specialCases) if (c.points !== 'max' && c.points > maxPoints + 1e-9) add(r, col('special'), M.specialAboveMax(row.id, c.points, maxPoints));
        }
      }
    }
    const councilText = textOf(at(r, 'council'));
    let councilScores: Criterion['councilScores'];
    if (councilText !== '') {
      const colon = councilText.indexOf(':');
      const how = COUNCIL_WORDS.find(([, w]) => fold(councilText.slice(0, colon < 0 ? undefined : colon)) === fold(w));
      if (!how || colon < 0) add(r, col('council'), M.badCouncil(councilText));
      else councilScores = { how: how[0], note: councilText.slice(colon + 1).trim() };
    }
    const opt = (f: ColumnField) => {
      const t = textOf(at(r, f));
      return t === '' ? undefined : t;
    };
    const notes = opt('notes');
    const method = opt('method');
    const evidence = opt('evidence');
    const appraiser = opt('appraiser');
    const idNote = opt('idNote');
    return {
      id: row.id,
      title: textOf(at(r, 'title')),
      maxPoints,
      ...(rule ? { rule } : {}),
      ...(method ? { method } : {}),
      ...(evidence ? { evidence } : {}),
      ...(appraiser ? { appraiser } : {}),
      ...(notes ? { notes: notes.split(/\r?\n/) } : {}),
      ...(councilScores ? { councilScores } : {}),
      ...(idNote ? { idNote } : {}),
      ...(kids.length > 0 ? { children: kids } : {}),
    };
  };
  const seen = new Set<string>();
  const criteria = top.map((t) => build(t, seen));
  if (scoring === 'kpi' && !criteria.some(function has(n: Criterion): boolean {
    return n.rule?.kind === 'kpiResult' || (n.children ?? []).some(has);
  })) add(scoringField?.row ?? 0, 1, M.noKpi());
  else if (scoring === 'kpi' && !isMonthlyFramework({ criteria })) add(scoringField?.row ?? 0, 1, M.notMonthly());

  const version = field('version')?.text ?? '';
  if (findings.length > 0) return { sheet: table.name, framework: null, findings, version, record: null };
  const title = titleField!.text;
  const titleEn = field('titleEn')?.text || title;
  const audience = field('audience')?.text ?? '';
  const remarks = (field('remarks')?.text ?? '').split(/\r?\n/).filter((x) => x.trim() !== '');
  const totalMax =
    scoring === 'base' || scoring === 'narrative' || criteria.some((c) => c.maxPoints === null)
      ? null
      : Number(criteria.reduce((s, c) => s + (c.maxPoints ?? 0), 0).toPrecision(12));
  const framework: Framework = {
    id,
    title: msg(title, titleEn),
    source: field('source')?.text ?? '',
    audience: msg(audience, audience),
    scoring: scoring === 'kpi' ? 'sum' : scoring,
    ...(base !== undefined ? { base } : {}),
    totalMax,
    bands,
    bandsAreDefault,
    ...(bandsUntilSet ? { bandsUntilSet: true } : {}),
    editableRows: true,
    ...(remarks.length > 0 ? { remarks } : {}),
    criteria,
  };
  return { sheet: table.name, framework, findings, version, record: recordOf(framework, version) };
}

/** "F14: …" lines of findings, for a host that shows one message. */
export const findingsText = (findings: readonly FrameworkFinding[], lang: 'vi' | 'en'): string =>
  findings.map((f) => `${f.cell}: ${lang === 'en' ? f.message.en : f.message.vi}`).join('\n');

export const snapshotTable = (s: SheetSnapshot, merges?: readonly string[]): FrameworkTable => ({ name: s.name, values: s.values, ...(merges ? { merges } : {}) });

