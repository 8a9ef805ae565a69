/**
 * An Excel workbook for the Office.js adapter's tests, built on office-addin-mock.
 *
 * office-addin-mock emulates load/sync on a tree of OfficeMockObjects: a property not loaded reads "Error, property
 * was not loaded", a property loaded but not yet synced reads "Error, context.sync() was not called". It has no
 * collections and no ranges, so this file models them: `worksheets.getFirst/getNextOrNullObject/getItem/add/
 * getActiveWorksheet` are methods returning nodes of the tree, and every `getRange` adds a fresh node under the
 * context (sync only reaches nodes in the tree).
 *
 * Like Excel, the workbook changes only at `context.sync()`: the wrapped sync counts the round trip, then commits
 * what was queued on the proxies — property sets found on the range nodes, method calls in call order — to a plain
 * model (values, formulas, number formats, fills, notes) and to `log`, the record tests assert on.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { range } from '../../../src/sheet/a1';
import type { CellValue } from '../../../src/sheet/types';
import { type Block, parseRange } from '../../../src/taskpane/excel/planRanges';

/** The OfficeMockObject members this file uses; the library declares them private (the Office edge: untyped). */
interface MockNode {
  [key: string]: unknown;
  _properties: Map<string, MockNode>;
  addMock(name: string): void;
  setValue(name: string, value: unknown): void;
  load(properties: unknown): MockNode;
  sync(): Promise<void>;
}

const node = (parent: MockNode, key: string): MockNode => {
  parent.addMock(key);
  return parent[key] as MockNode;
};

export interface Recorded {
  readonly sheet: string;
  /** Range address, or "sheet", "freezePanes", "pageLayout", "notes", "worksheets". */
  readonly target: string;
  /** Property path ("formulas", "format.fill.color", "format.borders.EdgeTop.style") or call ("merge()"). */
  readonly what: string;
  readonly value: unknown;
}

export class SheetModel {
  readonly values = new Map<string, CellValue>();
  readonly formulas = new Map<string, CellValue>();
  readonly numberFormats = new Map<string, string>();
  readonly fills = new Map<string, string | null>();
  readonly notes = new Map<string, string>();
  constructor(public name: string) {}

  static key = (r: number, c: number): string => `${r},${c}`;

  /** Cells from A1, as the user typed them: a string starting with "=" is a formula. */
  fill(rows: readonly (readonly CellValue[])[], origin = { row: 0, col: 0 }): this {
    rows.forEach((row, r) => row.forEach((v, c) => this.put(origin.row + r, origin.col + c, v)));
    return this;
  }

  /** What typing `input` into the cell does (Office.js `formulas` semantics; the mock cannot compute formulas). */
  put(r: number, c: number, input: CellValue): void {
    const k = SheetModel.key(r, c);
    if (input === '' || input === null) {
      this.values.delete(k);
      this.formulas.delete(k);
      return;
    }
    if (typeof input === 'string' && input.startsWith("'")) {
      this.values.set(k, input.slice(1));
      this.formulas.set(k, input.slice(1));
      return;
    }
    this.values.set(k, input);
    this.formulas.set(k, input);
  }

  value(r: number, c: number): CellValue {
    return this.values.get(SheetModel.key(r, c)) ?? '';
  }

  /** Bounding box of the cells holding something, or null for an empty sheet. */
  used(): Block | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const k of this.formulas.keys()) {
      const [r, c] = k.split(',').map(Number) as [number, number];
      r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
    }
    return r1 < 0 ? null : { key: 'used', row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  grid(b: Omit<Block, 'key'>, from: Map<string, CellValue>): CellValue[][] {
    return Array.from({ length: b.rows }, (_, i) =>
      Array.from({ length: b.cols }, (_, j) => from.get(SheetModel.key(b.row + i, b.col + j)) ?? ''),
    );
  }
}

const address = (b: Omit<Block, 'key'>): string => range(b.row, b.col, b.row + b.rows - 1, b.col + b.cols - 1);

const RANGE_PROPS = ['formulas', 'values', 'numberFormat', 'columnHidden'] as const;
const FORMAT_PROPS = ['columnWidth', 'wrapText', 'horizontalAlignment', 'verticalAlignment'] as const;
const FONT_PROPS = ['bold', 'italic', 'size', 'color'] as const;
const VALIDATION_PROPS = ['rule', 'prompt', 'errorAlert'] as const;
const PAGE_PROPS = ['orientation', 'paperSize', 'zoom'] as const;

/** A property the code under test assigned (own data property the mock did not register through load/setValue). */
const assigned = (n: MockNode, prop: string): boolean => Object.prototype.hasOwnProperty.call(n, prop) && !n._properties.has(prop);

export interface MockExcelOptions {
  readonly sheets: readonly SheetModel[];
  readonly active?: string;
}

export class MockExcel {
  readonly sheets: SheetModel[];
  active: string;
  syncs = 0;
  readonly log: Recorded[] = [];
  /** Property sets queued since the last sync, found on these nodes at sync time. */
  private pendingNodes: { sheet: SheetModel; target: string; block: Omit<Block, 'key'> | null; node: MockNode; borders: [string, MockNode][] }[] = [];
  private pendingPages: { sheet: SheetModel; node: MockNode }[] = [];
  /** Method calls queued since the last sync, applied in order at sync time. */
  private pendingCalls: (() => void)[] = [];

  constructor(options: MockExcelOptions) {
    this.sheets = [...options.sheets];
    this.active = options.active ?? this.sheets[0]?.name ?? '';
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The runner createOfficeHost takes: a fresh office-addin-mock context on this workbook for every batch. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  /** Log entries of one kind. */
  writes(what: string, sheet?: string): Recorded[] {
    return this.log.filter((e) => e.what === what && (sheet === undefined || e.sheet === sheet));
  }

  private context(): MockNode {
    const root = new OfficeMockObject({ workbook: { worksheets: {} }, ranges: {} }) as unknown as MockNode;
    const worksheetsNode = (root.workbook as MockNode).worksheets as MockNode;
    const rangesNode = root.ranges as MockNode;
    const sheetNodes = new Map<SheetModel, MockNode>();
    let counter = 0;
    const record = (sheet: string, target: string, what: string, value: unknown): void => {
      this.log.push({ sheet, target, what, value });
    };
    const later = (sheet: string, target: string, what: string, value: unknown, apply?: () => void): void => {
      this.pendingCalls.push(() => {
        record(sheet, target, what, value);
        apply?.();
      });
    };

    const rangeNode = (sheet: SheetModel | null, addr: string, opts: { used?: boolean } = {}): MockNode => {
      const n = node(rangesNode, `r${counter++}`);
      const block = parseRange(addr);
      const format = node(n, 'format');
      const fill = node(format, 'fill');
      node(format, 'font');
      const borders = node(format, 'borders');
      const validation = node(n, 'dataValidation');
      const entry = { sheet: sheet ?? new SheetModel('(null)'), target: addr, block, node: n, borders: [] as [string, MockNode][] };
      if (sheet) this.pendingNodes.push(entry);
      const name = sheet?.name ?? '(null)';
      let populated = false;
      const load = OfficeMockObject.prototype.load;
      n.load = (properties: unknown) => {
        if (!populated) {
          populated = true;
          n.setValue('isNullObject', sheet === null);
          n.setValue('address', sheet && opts.used ? `${quote(sheet.name)}!${addr}` : sheet ? addr : undefined);
          n.setValue('values', sheet && block ? sheet.grid(block, sheet.values) : undefined);
          n.setValue('formulas', sheet && block ? sheet.grid(block, sheet.formulas) : undefined);
        }
        return load.call(n as unknown as OfficeMockObject, properties as string) as unknown as MockNode;
      };
      n.merge = (across?: boolean) => later(name, addr, 'merge()', across ?? false);
      n.select = () => later(name, addr, 'select()', null);
      fill.clear = () => later(name, addr, 'format.fill.clear()', null, () => sheet && block && forEach(block, (k) => sheet.fills.set(k, null)));
      borders.getItem = (edge: string) => {
        const b = node(borders, `${edge}${counter++}`);
        entry.borders.push([edge, b]);
        return b;
      };
      validation.clear = () => later(name, addr, 'dataValidation.clear()', null);
      return n;
    };

    const nullSheet = node(worksheetsNode, 'nullSheet');
    nullSheet.setValue('isNullObject', true);
    nullSheet.setValue('name', undefined);
    nullSheet.getNextOrNullObject = () => nullSheet;
    nullSheet.getRange = (addr: string) => rangeNode(null, addr);
    nullSheet.getUsedRangeOrNullObject = () => rangeNode(null, 'A1');

    const sheetNode = (sheet: SheetModel): MockNode => {
      const existing = sheetNodes.get(sheet);
      if (existing) return existing;
      const n = node(worksheetsNode, `s${counter++}`);
      sheetNodes.set(sheet, n);
      n.setValue('name', sheet.name);
      n.setValue('isNullObject', false);
      n.getRange = (addr: string) => rangeNode(sheet, addr);
      n.getNextOrNullObject = () => {
        const next = this.sheets[this.sheets.indexOf(sheet) + 1];
        return next ? sheetNode(next) : nullSheet;
      };
      n.getUsedRangeOrNullObject = (valuesOnly?: boolean) => {
        record(sheet.name, 'sheet', 'getUsedRangeOrNullObject()', valuesOnly ?? false);
        const used = sheet.used();
        return used ? rangeNode(sheet, address(used), { used: true }) : rangeNode(null, 'A1');
      };
      n.activate = () => later(sheet.name, 'sheet', 'activate()', null, () => (this.active = sheet.name));
      const freeze = node(n, 'freezePanes');
      for (const m of ['freezeAt', 'freezeRows', 'freezeColumns']) freeze[m] = (arg: unknown) => later(sheet.name, 'freezePanes', `${m}()`, arg);
      const page = node(n, 'pageLayout');
      page.setPrintArea = (area: unknown) => later(sheet.name, 'pageLayout', 'setPrintArea()', area);
      page.setPrintTitleRows = (rows: unknown) => later(sheet.name, 'pageLayout', 'setPrintTitleRows()', rows);
      this.pendingPages.push({ sheet, node: page });
      const notes = node(n, 'notes');
      notes.add = (cell: string, text: string) => later(sheet.name, cell, 'notes.add()', text, () => sheet.notes.set(cell, text));
      notes.getItemOrNullObject = (cell: string) => ({
        delete: () => later(sheet.name, cell, 'note.delete()', null, () => sheet.notes.delete(cell)),
      });
      return n;
    };

    worksheetsNode.getFirst = () => {
      const first = this.sheets[0];
      if (!first) throw new Error('a workbook has at least one sheet');
      return sheetNode(first);
    };
    worksheetsNode.getItem = (name: string) => sheetNode(this.sheet(name));
    worksheetsNode.getItemOrNullObject = (name: string) => {
      const s = this.sheets.find((x) => x.name === name);
      return s ? sheetNode(s) : nullSheet;
    };
    worksheetsNode.getActiveWorksheet = () => sheetNode(this.sheet(this.active));
    worksheetsNode.add = (name: string) => {
      if (this.sheets.some((x) => x.name === name)) throw new Error(`sheet ${name} exists`);
      const s = new SheetModel(name);
      this.sheets.push(s);
      record(name, 'worksheets', 'add()', name);
      return sheetNode(s);
    };

    const sync = OfficeMockObject.prototype.sync;
    root.sync = async () => {
      this.syncs++;
      this.commit();
      await sync.call(root as unknown as OfficeMockObject);
    };
    return root;
  }

  private commit(): void {
    for (const { sheet, target, block, node: n, borders } of this.pendingNodes) {
      const rec = (what: string, value: unknown): void => void this.log.push({ sheet: sheet.name, target, what, value });
      for (const p of RANGE_PROPS) {
        if (!assigned(n, p)) continue;
        const value = n[p];
        rec(p, value);
        if (block && (p === 'formulas' || p === 'values')) {
          (value as CellValue[][]).forEach((row, i) => row.forEach((v, j) => sheet.put(block.row + i, block.col + j, v)));
        }
        if (block && p === 'numberFormat') {
          (value as string[][]).forEach((row, i) =>
            row.forEach((f, j) => sheet.numberFormats.set(SheetModel.key(block.row + i, block.col + j), f)),
          );
        }
      }
      const format = n.format as MockNode;
      for (const p of FORMAT_PROPS) if (assigned(format, p)) rec(`format.${p}`, format[p]);
      const fill = format.fill as MockNode;
      if (assigned(fill, 'color')) {
        rec('format.fill.color', fill.color);
        if (block) forEach(block, (k) => sheet.fills.set(k, fill.color as string));
      }
      const font = format.font as MockNode;
      for (const p of FONT_PROPS) if (assigned(font, p)) rec(`format.font.${p}`, font[p]);
      for (const [edge, b] of borders) for (const p of ['style', 'weight']) if (assigned(b, p)) rec(`format.borders.${edge}.${p}`, b[p]);
      const dv = n.dataValidation as MockNode;
      for (const p of VALIDATION_PROPS) if (assigned(dv, p)) rec(`dataValidation.${p}`, dv[p]);
    }
    for (const { sheet, node: page } of this.pendingPages)
      for (const p of PAGE_PROPS) if (assigned(page, p)) this.log.push({ sheet: sheet.name, target: 'pageLayout', what: p, value: page[p] });
    for (const call of this.pendingCalls) call();
    this.pendingNodes = [];
    this.pendingPages = [];
    this.pendingCalls = [];
  }
}

const quote = (name: string): string => (/^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function forEach(b: Omit<Block, 'key'>, f: (key: string) => void): void {
  for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) f(SheetModel.key(r, c));
}

