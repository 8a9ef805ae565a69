/**
 * A strict Excel simulator: the Office.js surface the adapter (src/taskpane/excel/officeHost.ts) uses, throwing where
 * Excel throws (STYLE 13). Everything is queued on proxies and happens at `context.sync()`, in order; a failing
 * action stops the batch and rejects the sync, leaving what ran before it applied (Office.js batches are not
 * transactions). What it refuses, and why:
 *
 * - `PropertyNotLoaded` for a property read without `load` or before the `sync` that loaded it, `isNullObject` included
 *   (Microsoft's client library throws the same, client-side: test/taskpane/excel/calibration.test.ts).
 * - `ApiNotFound`, synchronously, for an API beyond the profile's ExcelApi version (the client library's
 *   `_throwIfApiNotSupported`).
 * - `InvalidArgument` for a 2-D array whose shape differs from the range, an invalid or over-long sheet name, a bad
 *   address, a formula with a `;` separator, a non-English or unknown function name, an over-long validation text, a
 *   zoom outside Microsoft's documented options (fit-to-pages must be ≥ 1; 0 is undocumented).
 * - `ItemAlreadyExists` for a duplicate sheet name (case-insensitive), `ItemNotFound` for a missing sheet.
 * - `AccessDenied` for any change to a protected sheet, or a sheet added to a workbook whose structure is protected.
 * - `InvalidOperation` for a write into a merged area other than its top-left cell (VBA refuses it; treated as Excel
 *   would at worst), a note on a cell holding a threaded comment or a note, a list rule set on a range that has one.
 * - `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded` in the web profile above 5 MB, measured as
 *   the UTF-8 length of the request/response JSON the client library would send (same shape: Actions + ObjectPaths).
 * - `values`/`formulas` of a range of more than 5,000,000 cells come back `null`.
 * Merging follows office-js#6405: formats set on an area before it is merged are lost when its top-left cell is empty.
 */
import { quoteSheet } from '../../../src/sheet/a1';
import { type Cell, type CellFormat, MAX_COLS, MAX_ROWS, type Rect, SimSheet, type SimWorkbook, inside, intersect, parseAddress, rectAddress, rectCells } from './model';
import { type HostProfile, supports } from './profiles';
import { checkFormula } from './formulas';

export class SimError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(readonly code: string, message: string, location?: string) {
    super(message);
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

export const CELL_LIMIT = 5_000_000;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** The error code of a sync Excel refused. */
  readonly failed?: string;
}

interface Action {
  readonly json: Record<string, unknown>;
  readonly exec: () => unknown;
  /** Loads deliver their result only when the whole sync succeeds. */
  readonly deliver?: (value: unknown) => void;
  readonly query?: boolean;
}

const bytes = (x: unknown): number => Buffer.byteLength(JSON.stringify(x), 'utf8');
const pascal = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export class SimContext {
  readonly workbook: WorkbookProxy;
  private actions: Action[] = [];
  private paths: Record<string, unknown> = {};
  private nextId = 1;
  private batch = 0;
  constructor(readonly sim: ExcelSimulator) {
    this.workbook = new WorkbookProxy(this);
  }
  get profile(): HostProfile {
    return this.sim.profile;
  }
  get model(): SimWorkbook {
    return this.sim.workbook;
  }

  /** Synchronous check of the profile's requirement sets, as the client library does. */
  api(member: string, version: string): void {
    if (!supports(this.profile, 'ExcelApi', version)) {
      throw new SimError('ApiNotFound', `The API ${member} (ExcelApi ${version}) is not supported by ${this.profile.label}.`, member);
    }
  }

  instantiate(p: Proxy<unknown>): number {
    if (p.batchStamp === this.batch) return p.pathId;
    const parentId = p.parent ? this.instantiate(p.parent) : undefined;
    p.pathId = this.nextId++;
    p.batchStamp = this.batch;
    this.paths[String(p.pathId)] = {
      Id: p.pathId,
      ObjectPathType: p.pathType,
      Name: p.pathName,
      ...(parentId !== undefined ? { ParentObjectPathId: parentId } : {}),
      ...(p.pathArgs ? { ArgumentInfo: { Arguments: p.pathArgs } } : {}),
    };
    this.actions.push({ json: { Id: this.nextId++, ActionType: 1, Name: '', ObjectPathId: p.pathId }, exec: () => p.resolve() });
    return p.pathId;
  }

  queue(p: Proxy<unknown>, type: 2 | 3 | 4, name: string, args: unknown[] | null, exec: () => unknown, deliver?: (v: unknown) => void, select?: string[]): void {
    const pathId = this.instantiate(p);
    this.actions.push({
      json: {
        Id: this.nextId++,
        ActionType: type,
        Name: type === 2 ? '' : pascal(name),
        ObjectPathId: pathId,
        ...(args ? { ArgumentInfo: { Arguments: args } } : {}),
        ...(select ? { QueryInfo: { Select: select } } : {}),
        L: [pathId],
      },
      exec,
      ...(deliver ? { deliver } : {}),
      query: type === 2,
    });
  }

  async sync(): Promise<void> {
    const actions = this.actions;
    const request = { Actions: actions.map((a) => a.json), ObjectPaths: this.paths };
    this.actions = [];
    this.paths = {};
    this.batch++;
    await Promise.resolve();
    const requestBytes = actions.length > 0 ? bytes(request) : 0;
    const limit = this.profile.payloadLimit;
    if (limit !== null && requestBytes > limit) {
      this.sim.record({ requestBytes, responseBytes: 0, actions: actions.length, failed: 'RequestPayloadSizeLimitExceeded' });
      throw new SimError('RequestPayloadSizeLimitExceeded', `The request payload (${requestBytes} bytes) exceeds the limit of ${limit} bytes.`);
    }
    const results: { ActionId: unknown; Value: unknown }[] = [];
    const deliveries: (() => void)[] = [];
    let failure: unknown = null;
    for (const a of actions) {
      try {
        const value = a.exec();
        if (a.query) {
          results.push({ ActionId: a.json['Id'], Value: value });
          if (a.deliver) deliveries.push(() => a.deliver!(value));
        }
      } catch (e) {
        failure = e;
        break;
      }
    }
    const responseBytes = actions.length > 0 ? bytes({ Results: results }) : 0;
    const tooLarge = limit !== null && responseBytes > limit;
    const failed = failure instanceof SimError ? failure.code : failure ? 'Error' : tooLarge ? 'ResponsePayloadSizeLimitExceeded' : undefined;
    this.sim.record({ requestBytes, responseBytes, actions: actions.length, ...(failed ? { failed } : {}) });
    if (failure) throw failure;
    if (tooLarge) {
      throw new SimError('ResponsePayloadSizeLimitExceeded', `The response payload (${responseBytes} bytes) exceeds the limit of ${limit} bytes.`);
    }
    for (const d of deliveries) d();
  }
}

/** Parses what `load` accepts: "a, b", ["a", "b"], "items/name". */
function loadList(props?: string | string[]): string[] {
  if (props === undefined) return [];
  const list = Array.isArray(props) ? props : props.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

abstract class Proxy<T> {
  pathId = 0;
  batchStamp = -1;
  private target: T | null | undefined = undefined;
  protected readonly loaded = new Map<string, unknown>();
  private synced = false;
  constructor(
    readonly ctx: SimContext,
    readonly parent: Proxy<unknown> | null,
    readonly pathType: number,
    readonly pathName: string,
    readonly pathArgs: unknown[] | null = null,
  ) {}

  /** Where the proxy points in the model, decided when its path is first met in a batch; null for a null object. */
  protected abstract locate(): T | null;
  /** The loadable scalar properties. */
  protected abstract props(t: T, name: string): unknown;

  resolve(): T | null {
    if (this.target === undefined) {
      const parentTarget = this.parent ? this.parent.resolve() : true;
      this.target = parentTarget === null ? null : this.locate();
    }
    return this.target;
  }

  protected live(): T {
    const t = this.resolve();
    if (t === null) throw new SimError('InvalidOperation', `The object ${this.pathName} is a null object; nothing can be changed on it.`);
    return t;
  }

  load(props?: string | string[]): this {
    const names = loadList(props);
    const own = names.filter((n) => !n.includes('/'));
    const nested = names.filter((n) => n.includes('/'));
    this.ctx.queue(
      this,
      2,
      '',
      null,
      () => {
        const t = this.resolve();
        const value: Record<string, unknown> = { _IsNull: t === null };
        for (const n of own) if (n !== 'isNullObject') value[pascal(n)] = t === null ? null : this.props(t, n);
        if (nested.length > 0 && t !== null) Object.assign(value, this.loadNested(t, nested));
        return value;
      },
      (v) => {
        const value = v as Record<string, unknown>;
        this.synced = true;
        this.loaded.set('isNullObject', value['_IsNull']);
        for (const n of own) if (n !== 'isNullObject') this.loaded.set(n, value[pascal(n)]);
        this.afterNested(value);
      },
      names,
    );
    return this;
  }

  protected loadNested(_t: T, nested: string[]): Record<string, unknown> {
    throw new SimError('InvalidArgument', `Cannot load ${nested.join(', ')} on ${this.pathName}.`);
  }
  protected afterNested(_value: Record<string, unknown>): void {}

  protected read(name: string): unknown {
    if (!this.loaded.has(name)) {
      throw new SimError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.pathName}.${name}`,
      );
    }
    return this.loaded.get(name);
  }

  get isNullObject(): boolean {
    if (!this.synced) return this.read('isNullObject') as boolean;
    return this.loaded.get('isNullObject') as boolean;
  }

  protected set(name: string, value: unknown, apply: (t: T) => void): void {
    this.ctx.queue(this, 4, name, [value], () => apply(this.live()));
  }
  protected call(name: string, args: unknown[], apply: (t: T | null) => void): void {
    this.ctx.queue(this, 3, name, args, () => apply(this.resolve()));
  }
}

// ---------------------------------------------------------------- workbook and sheets

class WorkbookProxy extends Proxy<SimWorkbook> {
  readonly worksheets: WorksheetCollectionProxy;
  constructor(ctx: SimContext) {
    super(ctx, null, 1, '');
    this.worksheets = new WorksheetCollectionProxy(ctx, this);
  }
  protected locate(): SimWorkbook {
    return this.ctx.model;
  }
  protected props(): unknown {
    return null;
  }
  private _protection?: WorkbookProtectionProxy;
  get protection(): WorkbookProtectionProxy {
    this.ctx.api('Workbook.protection', '1.7');
    return (this._protection ??= new WorkbookProtectionProxy(this.ctx, this));
  }
}

class WorkbookProtectionProxy extends Proxy<SimWorkbook> {
  constructor(ctx: SimContext, parent: WorkbookProxy) {
    super(ctx, parent, 4, 'Protection');
  }
  protected locate(): SimWorkbook {
    return this.ctx.model;
  }
  protected props(t: SimWorkbook, name: string): unknown {
    if (name === 'protected') return t.structureProtected;
    throw new SimError('InvalidArgument', `Unknown property ${name}.`);
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
}

const INVALID_NAME = /[[\]:*?/\\]/;

class WorksheetCollectionProxy extends Proxy<SimWorkbook> {
  private itemsList: WorksheetProxy[] | null = null;
  constructor(ctx: SimContext, parent: WorkbookProxy) {
    super(ctx, parent, 4, 'Worksheets');
  }
  protected locate(): SimWorkbook {
    return this.ctx.model;
  }
  protected props(): unknown {
    throw new SimError('InvalidArgument', 'A collection has no scalar properties; load "items/…".');
  }
  protected loadNested(t: SimWorkbook, nested: string[]): Record<string, unknown> {
    const fields = nested.map((n) => {
      const [head, field] = n.split('/');
      if (head !== 'items' || !field) throw new SimError('InvalidArgument', `Cannot load ${n}.`);
      return field;
    });
    return { Items: t.sheets.map((s) => Object.fromEntries(fields.map((f) => [pascal(f), sheetProp(s, t, f)]))) };
  }
  protected afterNested(value: Record<string, unknown>): void {
    const items = value['Items'] as Record<string, unknown>[] | undefined;
    if (!items) return;
    this.itemsList = items.map((it) => {
      const ws = new WorksheetProxy(this.ctx, this, 5, '', [it['Name']], (wb) => wb.find(String(it['Name'])) ?? null);
      ws.preload(Object.fromEntries(Object.entries(it).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), v])));
      return ws;
    });
  }
  get items(): WorksheetProxy[] {
    if (!this.itemsList) this.read('items');
    return this.itemsList!;
  }
  getFirst(): WorksheetProxy {
    this.ctx.api('WorksheetCollection.getFirst', '1.5');
    return new WorksheetProxy(this.ctx, this, 3, 'GetFirst', [null], (wb) => wb.sheets[0] ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this, 3, 'GetActiveWorksheet', [], (wb) => wb.find(wb.active) ?? null);
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, this, 5, '', [name], (wb) => {
      const s = wb.find(name);
      if (!s) throw new SimError('ItemNotFound', `The requested resource doesn't exist: worksheet "${name}".`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    this.ctx.api('WorksheetCollection.getItemOrNullObject', '1.4');
    return new WorksheetProxy(this.ctx, this, 3, 'GetItemOrNullObject', [name], (wb) => wb.find(name) ?? null);
  }
  add(name: string): WorksheetProxy {
    let created: SimSheet | null = null;
    const ws = new WorksheetProxy(this.ctx, this, 3, 'Add', [name], () => created);
    // `add` is an action of its own: the sheet exists from that point of the batch on.
    this.ctx.queue(this, 3, 'add', [name], () => {
      const wb = this.ctx.model;
      if (wb.structureProtected) throw new SimError('AccessDenied', 'The workbook structure is protected.');
      if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || INVALID_NAME.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
        throw new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: sheet name "${name}".`);
      }
      if (wb.find(name)) throw new SimError('ItemAlreadyExists', `A resource with the same name or identifier already exists: "${name}".`);
      created = new SimSheet(name);
      wb.sheets.push(created);
      ws.resolve();
    });
    return ws;
  }
}

function sheetProp(s: SimSheet, wb: SimWorkbook, name: string): unknown {
  switch (name) {
    case 'name':
      return s.name;
    case 'position':
      return wb.sheets.indexOf(s);
    case 'visibility':
      return 'Visible';
    default:
      throw new SimError('InvalidArgument', `Unknown worksheet property ${name}.`);
  }
}

export class WorksheetProxy extends Proxy<SimSheet> {
  constructor(
    ctx: SimContext,
    parent: Proxy<unknown>,
    type: number,
    name: string,
    args: unknown[] | null,
    private readonly where: (wb: SimWorkbook) => SimSheet | null,
  ) {
    super(ctx, parent, type, name, args);
  }
  protected locate(): SimSheet | null {
    return this.where(this.ctx.model);
  }
  protected props(t: SimSheet, name: string): unknown {
    return sheetProp(t, this.ctx.model, name);
  }
  private _freeze?: FreezePanesProxy;
  private _page?: PageLayoutProxy;
  private _notes?: NotesProxy;
  private _comments?: CommentsProxy;
  preload(values: Record<string, unknown>): void {
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
  }
  get name(): string {
    return this.read('name') as string;
  }
  private _protection?: WorksheetProtectionProxy;
  get protection(): WorksheetProtectionProxy {
    this.ctx.api('Worksheet.protection', '1.2');
    return (this._protection ??= new WorksheetProtectionProxy(this.ctx, this));
  }
  getNextOrNullObject(): WorksheetProxy {
    this.ctx.api('Worksheet.getNextOrNullObject', '1.5');
    return new WorksheetProxy(this.ctx, this, 3, 'GetNextOrNullObject', [null], (wb) => {
      const me = this.resolve();
      const i = me ? wb.sheets.indexOf(me) : -1;
      return i >= 0 ? (wb.sheets[i + 1] ?? null) : null;
    });
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, this, 'GetRange', [address ?? null], () => {
      const sheet = this.resolve()!;
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 } };
      const rect = parseAddress(address);
      if (!rect) throw new SimError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: address "${address}".`);
      return { sheet, rect };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.ctx.api('Worksheet.getUsedRangeOrNullObject', '1.4');
    return new RangeProxy(this.ctx, this, 'GetUsedRangeOrNullObject', [valuesOnly], () => {
      const sheet = this.resolve()!;
      const rect = sheet.usedIn({ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }, valuesOnly);
      return rect ? { sheet, rect } : null;
    });
  }
  activate(): void {
    this.call('activate', [], (s) => {
      if (s) this.ctx.model.active = s.name;
    });
  }
  get freezePanes(): FreezePanesProxy {
    this.ctx.api('Worksheet.freezePanes', '1.7');
    return (this._freeze ??= new FreezePanesProxy(this.ctx, this));
  }
  get pageLayout(): PageLayoutProxy {
    this.ctx.api('Worksheet.pageLayout', '1.9');
    return (this._page ??= new PageLayoutProxy(this.ctx, this));
  }
  get notes(): NotesProxy {
    this.ctx.api('Worksheet.notes', '1.18');
    return (this._notes ??= new NotesProxy(this.ctx, this));
  }
  get comments(): CommentsProxy {
    this.ctx.api('Worksheet.comments', '1.10');
    return (this._comments ??= new CommentsProxy(this.ctx, this));
  }
}

class WorksheetProtectionProxy extends Proxy<SimSheet> {
  constructor(ctx: SimContext, parent: WorksheetProxy) {
    super(ctx, parent, 4, 'Protection');
  }
  protected locate(): SimSheet | null {
    return (this.parent as WorksheetProxy).resolve();
  }
  protected props(t: SimSheet, name: string): unknown {
    if (name === 'protected') return t.protected;
    throw new SimError('InvalidArgument', `Unknown property ${name}.`);
  }
  get protected(): boolean {
    return this.read('protected') as boolean;
  }
}

const guard = (s: SimSheet): void => {
  if (s.protected) throw new SimError('AccessDenied', `The sheet "${s.name}" is protected.`);
};

class FreezePanesProxy extends Proxy<SimSheet> {
  constructor(ctx: SimContext, parent: WorksheetProxy) {
    super(ctx, parent, 4, 'FreezePanes');
  }
  protected locate(): SimSheet | null {
    return (this.parent as WorksheetProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  freezeAt(address: string): void {
    this.call('freezeAt', [address], (s) => {
      const r = parseAddress(address);
      if (!s || !r) throw new SimError('InvalidArgument', `freezeAt("${address}")`);
      guard(s);
      s.freeze = { rows: r.r1 + 1, columns: r.c1 + 1 };
    });
  }
  freezeRows(n: number): void {
    this.call('freezeRows', [n], (s) => {
      if (!s) return;
      guard(s);
      s.freeze = { rows: n, columns: 0 };
    });
  }
  freezeColumns(n: number): void {
    this.call('freezeColumns', [n], (s) => {
      if (!s) return;
      guard(s);
      s.freeze = { rows: 0, columns: n };
    });
  }
}

const ORIENTATIONS = new Set(['Portrait', 'Landscape']);
const PAPER = new Set(['A4', 'Letter', 'A3', 'Legal']);

class PageLayoutProxy extends Proxy<SimSheet> {
  constructor(ctx: SimContext, parent: WorksheetProxy) {
    super(ctx, parent, 4, 'PageLayout');
  }
  protected locate(): SimSheet | null {
    return (this.parent as WorksheetProxy).resolve();
  }
  protected props(t: SimSheet, name: string): unknown {
    return (t.page as Record<string, unknown>)[name] ?? null;
  }
  set orientation(v: string) {
    this.set('orientation', v, (s) => {
      guard(s);
      if (!ORIENTATIONS.has(v)) throw new SimError('InvalidArgument', `orientation "${v}"`);
      s.page.orientation = v;
    });
  }
  set paperSize(v: string) {
    this.set('paperSize', v, (s) => {
      guard(s);
      if (!PAPER.has(v)) throw new SimError('InvalidArgument', `paperSize "${v}"`);
      s.page.paperSize = v;
    });
  }
  /** PageLayoutZoomOptions: { scale } 10–400, or { horizontalFitToPages, verticalFitToPages } positive integers. */
  set zoom(v: Record<string, unknown>) {
    this.set('zoom', v, (s) => {
      guard(s);
      const ok = (x: unknown, min: number, max: number) => x === undefined || (Number.isInteger(x) && (x as number) >= min && (x as number) <= max);
      const keys = Object.keys(v);
      if (
        keys.some((k) => !['scale', 'horizontalFitToPages', 'verticalFitToPages'].includes(k)) ||
        !ok(v['scale'], 10, 400) ||
        !ok(v['horizontalFitToPages'], 1, 32767) ||
        !ok(v['verticalFitToPages'], 1, 32767) ||
        ('scale' in v && keys.length > 1)
      ) {
        throw new SimError('InvalidArgument', `zoom ${JSON.stringify(v)} is not one of the documented PageLayoutZoomOptions.`);
      }
      s.page.zoom = { ...v };
    });
  }
  setPrintArea(address: string): void {
    this.call('setPrintArea', [address], (s) => {
      if (!s) return;
      guard(s);
      if (!parseAddress(address)) throw new SimError('InvalidArgument', `setPrintArea("${address}")`);
      s.page.printArea = address;
    });
  }
  setPrintTitleRows(address: string): void {
    this.call('setPrintTitleRows', [address], (s) => {
      if (!s) return;
      guard(s);
      const r = parseAddress(address);
      if (!r || r.c0 !== 0 || r.c1 !== MAX_COLS - 1) throw new SimError('InvalidArgument', `setPrintTitleRows("${address}") needs whole rows ("$1:$5").`);
      s.page.titleRows = address;
    });
  }
}

class NotesProxy extends Proxy<SimSheet> {
  constructor(ctx: SimContext, parent: WorksheetProxy) {
    super(ctx, parent, 4, 'Notes');
  }
  protected locate(): SimSheet | null {
    return (this.parent as WorksheetProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  add(cell: string, text: string): void {
    this.call('add', [cell, text], (s) => {
      if (!s) throw new SimError('InvalidOperation', 'notes.add on a null sheet');
      guard(s);
      const r = parseAddress(cell);
      if (!r || rectCells(r) !== 1) throw new SimError('InvalidArgument', `notes.add("${cell}") needs one cell.`);
      const at = rectAddress(r);
      if (s.comments.has(at)) throw new SimError('InvalidOperation', `The cell ${at} holds a threaded comment; it cannot also hold a note.`);
      if (s.notes.has(at)) throw new SimError('InvalidOperation', `The cell ${at} already holds a note.`);
      if (text.length > 32767) throw new SimError('InvalidArgument', 'note too long');
      s.notes.set(at, text);
    });
  }
  getItemOrNullObject(cell: string): NoteProxy {
    return new NoteProxy(this.ctx, this, cell);
  }
}

class NoteProxy extends Proxy<{ sheet: SimSheet; at: string }> {
  constructor(ctx: SimContext, parent: NotesProxy, private readonly cell: string) {
    super(ctx, parent, 3, 'GetItemOrNullObject', [cell]);
  }
  protected locate(): { sheet: SimSheet; at: string } | null {
    const sheet = (this.parent as NotesProxy).resolve();
    const r = parseAddress(this.cell);
    if (!sheet || !r) return null;
    const at = rectAddress(r);
    return sheet.notes.has(at) ? { sheet, at } : null;
  }
  protected props(t: { sheet: SimSheet; at: string }, name: string): unknown {
    return name === 'content' ? t.sheet.notes.get(t.at) : null;
  }
  delete(): void {
    this.call('delete', [], (t) => {
      if (!t) return; // a null object: nothing to delete
      guard(t.sheet);
      t.sheet.notes.delete(t.at);
    });
  }
}

/** Threaded comments (ExcelApi 1.10): only what the adapter needs to keep notes off their cells. */
class CommentsProxy extends Proxy<SimSheet> {
  private list: CommentProxy[] | null = null;
  constructor(ctx: SimContext, parent: WorksheetProxy) {
    super(ctx, parent, 4, 'Comments');
  }
  protected locate(): SimSheet | null {
    return (this.parent as WorksheetProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  protected loadNested(t: SimSheet, nested: string[]): Record<string, unknown> {
    if (nested.some((n) => !/^items\/(id|content)$/.test(n))) throw new SimError('InvalidArgument', nested.join());
    return { Items: [...t.comments].map((at) => ({ Id: `comment:${at}` })) };
  }
  protected afterNested(value: Record<string, unknown>): void {
    const items = (value['Items'] as { Id: string }[] | undefined) ?? [];
    this.list = items.map((it) => new CommentProxy(this.ctx, this, it.Id));
  }
  get items(): CommentProxy[] {
    if (!this.list) this.read('items');
    return this.list!;
  }
}

class CommentProxy extends Proxy<{ sheet: SimSheet; at: string }> {
  constructor(ctx: SimContext, parent: CommentsProxy, private readonly id: string) {
    super(ctx, parent, 3, 'GetItem', [id]);
  }
  protected locate(): { sheet: SimSheet; at: string } | null {
    const sheet = (this.parent as CommentsProxy).resolve();
    const at = this.id.replace(/^comment:/, '');
    if (!sheet || !sheet.comments.has(at)) throw new SimError('ItemNotFound', `comment ${this.id}`);
    return { sheet, at };
  }
  protected props(): unknown {
    return null;
  }
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, this, 'GetLocation', [], () => {
      const t = this.resolve()!;
      return { sheet: t.sheet, rect: parseAddress(t.at)! };
    });
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  readonly sheet: SimSheet;
  readonly rect: Rect;
}

const isGrid = (v: unknown): v is unknown[][] => Array.isArray(v) && v.every((row) => Array.isArray(row));

export class RangeProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: Proxy<unknown>, name: string, args: unknown[] | null, private readonly where: () => RangeTarget | null) {
    super(ctx, parent, 3, name, args);
  }
  protected locate(): RangeTarget | null {
    return this.where();
  }
  protected props(t: RangeTarget, name: string): unknown {
    const { sheet, rect } = t;
    const rows = rect.r1 - rect.r0 + 1, cols = rect.c1 - rect.c0 + 1;
    // Blank cells first, then the cells the sheet holds inside the range (a sparse sheet costs what it holds).
    const grid = (at: (r: number, c: number) => unknown, blank: unknown = '') => {
      if (rectCells(rect) > CELL_LIMIT) return null;
      const out = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(blank));
      for (const k of sheet.cells.keys()) {
        const r = SimSheet.rowOf(k), c = SimSheet.colOf(k);
        if (inside(rect, r, c)) out[r - rect.r0]![c - rect.c0] = at(r, c);
      }
      return out;
    };
    switch (name) {
      case 'address':
        return `${/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name) ? sheet.name : quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      case 'rowCount':
        return rows;
      case 'columnCount':
        return cols;
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'values':
        return grid((r, c) => sheet.valueAt(r, c));
      case 'formulas':
        return grid((r, c) => sheet.formulaAt(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General', 'General');
      default:
        throw new SimError('InvalidArgument', `Unknown range property ${name}.`);
    }
  }
  get address(): string {
    return this.read('address') as string;
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.read('formulas') as unknown[][];
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }

  /** Every cell of the range gets `at(i, j)` of a 2-D array of the range's exact shape, or one value for all. */
  private writeCells(name: string, v: unknown, write: (cell: Cell, value: unknown, r: number, c: number, s: SimSheet) => void): void {
    this.set(name, v, ({ sheet, rect }) => {
      guard(sheet);
      const rows = rect.r1 - rect.r0 + 1, cols = rect.c1 - rect.c0 + 1;
      let at: (i: number, j: number) => unknown;
      if (isGrid(v)) {
        if (v.length !== rows || v.some((row) => row.length !== cols)) {
          throw new SimError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols} vs ${v.length}×${v[0]?.length ?? 0}).`,
          );
        }
        at = (i, j) => v[i]![j];
      } else if (Array.isArray(v)) throw new SimError('InvalidArgument', `${name} must be a 2-D array or one value.`);
      else at = () => v;
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) {
          const r = rect.r0 + i, c = rect.c0 + j;
          const value = at(i, j);
          const merge = sheet.mergeAt(r, c);
          if (merge && (merge.r0 !== r || merge.c0 !== c)) {
            throw new SimError('InvalidOperation', `Cannot change part of a merged cell: ${rectAddress({ r0: r, c0: c, r1: r, c1: c })} lies inside ${rectAddress(merge)}.`);
          }
          write(sheet.ensure(r, c), value, r, c, sheet);
        }
    });
  }

  set formulas(v: unknown) {
    this.writeCells('formulas', v, (_cell, value, r, c, sheet) => this.typed(value, r, c, sheet, true));
  }
  set values(v: unknown) {
    this.writeCells('values', v, (_cell, value, r, c, sheet) => this.typed(value, r, c, sheet, false));
  }
  private typed(value: unknown, r: number, c: number, sheet: SimSheet, formulas: boolean): void {
    if (value === null || value === undefined) return; // null leaves the cell as it is
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new SimError('InvalidArgument', `A cell value must be a string, number or boolean (got ${typeof value}).`);
    }
    if (typeof value === 'number' && !Number.isFinite(value)) throw new SimError('InvalidArgument', `${value} is not a number Excel can hold.`);
    if (typeof value === 'string' && value.length > 32767) throw new SimError('InvalidArgument', 'A cell holds at most 32,767 characters.');
    if (typeof value === 'string' && value.startsWith('=')) {
      const problem = checkFormula(value, this.ctx.sim.customFunctions);
      if (problem) throw new SimError('InvalidArgument', `${formulas ? 'formulas' : 'values'} at ${rectAddress({ r0: r, c0: c, r1: r, c1: c })}: ${problem}`);
    }
    sheet.put(r, c, value);
  }
  set numberFormat(v: unknown) {
    this.writeCells('numberFormat', v, (cell, value) => {
      if (typeof value !== 'string') throw new SimError('InvalidArgument', 'numberFormat must be text.');
      cell.numberFormat = value;
    });
  }
  private _validation?: DataValidationProxy;
  set columnHidden(v: boolean) {
    this.set('columnHidden', v, ({ sheet, rect }) => {
      guard(sheet);
      for (let c = rect.c0; c <= rect.c1; c++) if (v) sheet.hiddenColumns.add(c);
      else sheet.hiddenColumns.delete(c);
    });
  }
  private _format?: RangeFormatProxy;
  get format(): RangeFormatProxy {
    return (this._format ??= new RangeFormatProxy(this.ctx, this));
  }
  get dataValidation(): DataValidationProxy {
    this.ctx.api('Range.dataValidation', '1.8');
    return (this._validation ??= new DataValidationProxy(this.ctx, this));
  }
  merge(across = false): void {
    this.ctx.api('Range.merge', '1.2');
    this.call('merge', [across], (t) => {
      if (!t) return;
      const { sheet, rect } = t;
      guard(sheet);
      if (across) throw new SimError('InvalidArgument', 'merge(true) is not used by the adapter');
      for (const m of sheet.merges) {
        if (intersect(m, rect) && !(m.r0 === rect.r0 && m.c0 === rect.c0 && m.r1 === rect.r1 && m.c1 === rect.c1)) {
          throw new SimError('InvalidOperation', `Cannot merge ${rectAddress(rect)}: it overlaps the merged area ${rectAddress(m)}.`);
        }
      }
      if (sheet.merges.some((m) => m.r0 === rect.r0 && m.c0 === rect.c0 && m.r1 === rect.r1 && m.c1 === rect.c1)) return;
      const anchor = sheet.cell(rect.r0, rect.c0);
      const anchorEmpty = !anchor || (anchor.value === undefined && anchor.formula === undefined);
      // office-js#6405: an area merged while its top-left cell is empty loses the formats set on it before.
      const kept: CellFormat | undefined = anchorEmpty ? undefined : anchor?.format ? structuredClone(anchor.format) : undefined;
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = sheet.cell(r, c);
          if (!cell) continue;
          if (r !== rect.r0 || c !== rect.c0) {
            delete cell.value;
            delete cell.formula;
          }
          if (kept) cell.format = structuredClone(kept);
          else delete cell.format;
        }
      sheet.merges.push(rect);
    });
  }
  /** Range.clear (ExcelApi 1.1): "Formats" resets the looks and number formats and unmerges the merged areas it meets. */
  clear(applyTo: 'All' | 'Formats' | 'Contents' = 'All'): void {
    this.call('clear', [applyTo], (t) => {
      if (!t) throw new SimError('InvalidOperation', 'clear on a null range');
      const { sheet, rect } = t;
      guard(sheet);
      if (applyTo !== 'Formats' && applyTo !== 'Contents' && applyTo !== 'All') throw new SimError('InvalidArgument', `clear("${String(applyTo)}")`);
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell = sheet.cell(r, c);
          if (!cell) continue;
          if (applyTo !== 'Contents') {
            delete cell.format;
            delete cell.numberFormat;
          }
          if (applyTo !== 'Formats') {
            delete cell.value;
            delete cell.formula;
          }
        }
      if (applyTo !== 'Contents') sheet.merges.splice(0, sheet.merges.length, ...sheet.merges.filter((m) => !intersect(m, rect)));
    });
  }
  select(): void {
    this.call('select', [], (t) => {
      if (!t) throw new SimError('InvalidOperation', 'select on a null range');
      if (this.ctx.model.active !== t.sheet.name) throw new SimError('InvalidOperation', `Cannot select a range on the inactive sheet "${t.sheet.name}"; activate it first.`);
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.ctx.api('Range.getUsedRangeOrNullObject', '1.4');
    return new RangeProxy(this.ctx, this, 'GetUsedRangeOrNullObject', [valuesOnly], () => {
      const t = this.resolve();
      if (!t) return null;
      const rect = t.sheet.usedIn(t.rect, valuesOnly);
      return rect ? { sheet: t.sheet, rect } : null;
    });
  }
  getIntersectionOrNullObject(address: string): RangeProxy {
    this.ctx.api('Range.getIntersectionOrNullObject', '1.4');
    return new RangeProxy(this.ctx, this, 'GetIntersectionOrNullObject', [address], () => {
      const t = this.resolve();
      const other = parseAddress(address);
      if (!other) throw new SimError('InvalidArgument', `address "${address}"`);
      const rect = t ? intersect(t.rect, other) : null;
      return t && rect ? { sheet: t.sheet, rect } : null;
    });
  }
}

const BORDER_INDEX = new Set(['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp']);
const HORIZONTAL = new Set(['General', 'Left', 'Center', 'Right', 'Fill', 'Justify', 'CenterAcrossSelection', 'Distributed']);
const VERTICAL = new Set(['Top', 'Center', 'Bottom', 'Justify', 'Distributed']);
const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

/** Applies a format change to every cell of the range (formats of merged areas live on each cell, as in Excel). */
function eachCell(t: RangeTarget, f: (format: CellFormat, r: number, c: number) => void): void {
  guard(t.sheet);
  if (rectCells(t.rect) > CELL_LIMIT) throw new SimError('InvalidArgument', 'format on more than 5,000,000 cells in one action');
  for (let r = t.rect.r0; r <= t.rect.r1; r++)
    for (let c = t.rect.c0; c <= t.rect.c1; c++) {
      const cell = t.sheet.ensure(r, c);
      f((cell.format ??= {}), r, c);
    }
}

class RangeFormatProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: RangeProxy) {
    super(ctx, parent, 4, 'Format');
  }
  protected locate(): RangeTarget | null {
    return (this.parent as RangeProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  private _fill?: FillProxy;
  private _font?: FontProxy;
  get fill(): FillProxy {
    return (this._fill ??= new FillProxy(this.ctx, this));
  }
  get font(): FontProxy {
    return (this._font ??= new FontProxy(this.ctx, this));
  }
  get borders(): { getItem(edge: string): BorderProxy } {
    return { getItem: (edge: string) => new BorderProxy(this.ctx, this, edge) };
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v, (t) => eachCell(t, (f) => (f.wrapText = v)));
  }
  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', v, (t) => {
      if (!HORIZONTAL.has(v)) throw new SimError('InvalidArgument', `horizontalAlignment "${v}"`);
      eachCell(t, (f) => (f.horizontalAlignment = v));
    });
  }
  set verticalAlignment(v: string) {
    this.set('verticalAlignment', v, (t) => {
      if (!VERTICAL.has(v)) throw new SimError('InvalidArgument', `verticalAlignment "${v}"`);
      eachCell(t, (f) => (f.verticalAlignment = v));
    });
  }
  set rowHeight(v: number) {
    this.ctx.api('RangeFormat.rowHeight', '1.2');
    this.set('rowHeight', v, ({ sheet, rect }) => {
      guard(sheet);
      if (!(v >= 0 && v <= 409)) throw new SimError('InvalidArgument', `rowHeight ${v} (Excel: 0–409 points)`);
      for (let r = rect.r0; r <= rect.r1; r++) sheet.rowHeights.set(r, v);
    });
  }
  set columnWidth(v: number) {
    this.ctx.api('RangeFormat.columnWidth', '1.2');
    this.set('columnWidth', v, ({ sheet, rect }) => {
      guard(sheet);
      if (!(v >= 0 && v <= 255 * 7.5)) throw new SimError('InvalidArgument', `columnWidth ${v}`);
      for (let c = rect.c0; c <= rect.c1; c++) sheet.columnWidths.set(c, v);
    });
  }
}

class FillProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: RangeFormatProxy) {
    super(ctx, parent, 4, 'Fill');
  }
  protected locate(): RangeTarget | null {
    return (this.parent as RangeFormatProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  set color(v: string) {
    this.set('color', v, (t) => {
      if (!COLOR.test(v)) throw new SimError('InvalidArgument', `color "${v}"`);
      eachCell(t, (f) => (f.fill = v));
    });
  }
  clear(): void {
    this.call('clear', [], (t) => {
      if (t) eachCell(t, (f) => delete f.fill);
    });
  }
}

class FontProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: RangeFormatProxy) {
    super(ctx, parent, 4, 'Font');
  }
  protected locate(): RangeTarget | null {
    return (this.parent as RangeFormatProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  set bold(v: boolean) {
    this.set('bold', v, (t) => eachCell(t, (f) => (f.bold = v)));
  }
  set italic(v: boolean) {
    this.set('italic', v, (t) => eachCell(t, (f) => (f.italic = v)));
  }
  set size(v: number) {
    this.set('size', v, (t) => {
      if (!(v >= 1 && v <= 409)) throw new SimError('InvalidArgument', `font size ${v}`);
      eachCell(t, (f) => (f.size = v));
    });
  }
  set color(v: string) {
    this.set('color', v, (t) => {
      if (!COLOR.test(v)) throw new SimError('InvalidArgument', `color "${v}"`);
      eachCell(t, (f) => (f.color = v));
    });
  }
}

class BorderProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: RangeFormatProxy, private readonly edge: string) {
    super(ctx, parent, 3, 'GetItem', [edge]);
  }
  protected locate(): RangeTarget | null {
    if (!BORDER_INDEX.has(this.edge)) throw new SimError('InvalidArgument', `border "${this.edge}"`);
    return (this.parent as RangeFormatProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  set style(v: string) {
    this.set('style', v, (t) => eachCell(t, (f) => ((f.borders ??= {})[this.edge] = { ...(f.borders?.[this.edge] ?? {}), style: v })));
  }
  set weight(v: string) {
    this.set('weight', v, (t) => eachCell(t, (f) => ((f.borders ??= {})[this.edge] = { ...(f.borders?.[this.edge] ?? {}), weight: v })));
  }
}

class DataValidationProxy extends Proxy<RangeTarget> {
  constructor(ctx: SimContext, parent: RangeProxy) {
    super(ctx, parent, 4, 'DataValidation');
  }
  protected locate(): RangeTarget | null {
    return (this.parent as RangeProxy).resolve();
  }
  protected props(): unknown {
    return null;
  }
  private overlapping(t: RangeTarget) {
    return t.sheet.validations.filter((v) => intersect(v.rect, t.rect));
  }
  clear(): void {
    this.call('clear', [], (t) => {
      if (!t) return;
      guard(t.sheet);
      for (const v of this.overlapping(t)) t.sheet.validations.splice(t.sheet.validations.indexOf(v), 1);
    });
  }
  set rule(v: { list?: { inCellDropDown?: boolean; source?: string } }) {
    this.set('rule', v, (t) => {
      guard(t.sheet);
      if (this.overlapping(t).length > 0) throw new SimError('InvalidOperation', `The range ${rectAddress(t.rect)} already has a data validation rule; clear it first.`);
      const source = v.list?.source;
      if (typeof source !== 'string' || source === '') throw new SimError('InvalidArgument', 'A list rule needs a source.');
      if (!source.startsWith('=') && source.length > 255) throw new SimError('InvalidArgument', 'A list source holds at most 255 characters.');
      t.sheet.validations.push({ rect: t.rect, rule: v });
    });
  }
  set prompt(v: { showPrompt?: boolean; title?: string; message?: string }) {
    this.set('prompt', v, (t) => {
      if ((v.title?.length ?? 0) > 32 || (v.message?.length ?? 0) > 255) throw new SimError('InvalidArgument', 'A prompt title holds ≤ 32 characters, a message ≤ 255.');
      const rule = t.sheet.validations.find((x) => x.rect === t.rect || intersect(x.rect, t.rect));
      if (rule) rule.prompt = v;
    });
  }
  set errorAlert(v: { showAlert?: boolean; style?: string; title?: string; message?: string }) {
    this.set('errorAlert', v, (t) => {
      if ((v.title?.length ?? 0) > 32 || (v.message?.length ?? 0) > 255) throw new SimError('InvalidArgument', 'An alert title holds ≤ 32 characters, a message ≤ 255.');
      const rule = t.sheet.validations.find((x) => intersect(x.rect, t.rect));
      if (rule) rule.errorAlert = v;
    });
  }
}

// ---------------------------------------------------------------- the simulator

export interface SimulatorOptions {
  readonly profile: HostProfile;
  readonly workbook: SimWorkbook;
  /** Custom-function names a formula may call (functions.json); the Excel built-ins are in ./formulas.ts. */
  readonly customFunctions: ReadonlySet<string>;
}

export class ExcelSimulator {
  readonly profile: HostProfile;
  readonly workbook: SimWorkbook;
  readonly customFunctions: ReadonlySet<string>;
  readonly syncs: SyncRecord[] = [];
  constructor(options: SimulatorOptions) {
    this.profile = options.profile;
    this.workbook = options.workbook;
    this.customFunctions = options.customFunctions;
  }
  record(r: SyncRecord): void {
    this.syncs.push(r);
  }
  get syncCount(): number {
    return this.syncs.length;
  }
  /** The largest request and response Excel accepted since sync number `from`. */
  largest(from = 0): { request: number; response: number } {
    const s = this.syncs.slice(from).filter((x) => !x.failed);
    return { request: Math.max(0, ...s.map((x) => x.requestBytes)), response: Math.max(0, ...s.map((x) => x.responseBytes)) };
  }
  /** Excel.run: a fresh request context per batch function. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(new SimContext(this) as unknown as Excel.RequestContext);
  /** Office.context.requirements.isSetSupported, for this profile. */
  readonly isSetSupported = (name: string, version: string): boolean => supports(this.profile, name, version);
}

export { inside };
