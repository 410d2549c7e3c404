/**
 * A recording fake of the Excel JavaScript API: an in-memory workbook behind the subset of
 * Excel.RequestContext / Worksheet / Range / Table / NamedItem / PageLayout / Chart the Office
 * adapter uses, with office.js's proxy model:
 * - every property set and method call is queued and takes effect at `context.sync()`, in order;
 * - loaded properties are readable only after the sync (else PropertyNotLoaded, like office.js);
 * - `*OrNullObject` gives `isNullObject`, `getItem` of a missing item fails the sync (ItemNotFound).
 * It counts syncs and, per sync, the request bytes (JSON of every value set and argument passed)
 * and response bytes (JSON of every loaded property), and fails a sync whose request or response
 * exceeds 5 MB as Excel on the web does. It models Excel's input rules: a string starting "=" (or
 * "+", "-", "@", or their full-width forms) becomes a formula, a numeric, date or TRUE/FALSE string
 * becomes a number/date/boolean, and a leading apostrophe makes the rest text.
 *
 * Not modelled: recalculation beyond the small evaluator in fakeFormula.ts, inserting rows that
 * shift cells, total rows when adding table rows, real chart or print rendering.
 */
import { evaluateFormula, parseCellRef, type FakeValue } from "./fakeFormula";

export type { FakeValue } from "./fakeFormula";

/** One cell: value, formula (with "="), number format. */
export interface FakeCell {
  v: FakeValue;
  f?: string;
  nf?: string;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** 0-based, inclusive. */
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  style: string;
  showTotals: boolean;
}

/** A format, conditional format, chart or page-layout property set, as recorded. */
export interface FormatRecord {
  address: string;
  path: string;
  value: unknown;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  protected: boolean;
  rows: (FakeCell | undefined)[][];
  names: Map<string, FakeName>;
  formatLog: FormatRecord[];
  merges: string[];
  conditionalFormats: { address: string; type: string; props: Record<string, unknown> }[];
  freeze: Record<string, unknown> | null;
  pageLayout: Record<string, unknown>;
  charts: { type: string; source: string; seriesBy: string; props: Record<string, unknown> }[];
}

/** What one sync carried. */
export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  /** Labels of the queued calls, e.g. "Range.formulas", "Worksheet.load". */
  calls: string[];
}

export class FakeOfficeError extends Error {
  override name = "OfficeExtension.Error";
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    location = ""
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: location };
  }
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

/** 0-based inclusive rectangle on a sheet. */
interface RangeRef {
  sheet: FakeSheet;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function colLetters(c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function localAddress(r: RangeRef): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1 && !(r.c0 === 0 && r.c1 === MAX_COLUMNS - 1)) {
    return `${colLetters(r.c0)}:${colLetters(r.c1)}`;
  }
  const a = `${colLetters(r.c0)}${r.r0 + 1}`;
  return r.r0 === r.r1 && r.c0 === r.c1 ? a : `${a}:${colLetters(r.c1)}${r.r1 + 1}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "A1:C3", "A:C", "3:5" (with or without $) into 0-based bounds. */
function parseAddress(sheet: FakeSheet, address: string): RangeRef {
  const a = address.replace(/\$/g, "").toUpperCase();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (cols) {
    const [, c0] = parseCellRef(`${cols[1]}1`);
    const [, c1] = parseCellRef(`${cols[2]}1`);
    return { sheet, r0: 0, c0, r1: MAX_ROWS - 1, c1 };
  }
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows)
    return { sheet, r0: Number(rows[1]) - 1, c0: 0, r1: Number(rows[2]) - 1, c1: MAX_COLUMNS - 1 };
  const [p, q] = a.split(":");
  try {
    const [r0, c0] = parseCellRef(p ?? "");
    const [r1, c1] = q ? parseCellRef(q) : [r0, c0];
    return { sheet, r0, c0, r1, c1 };
  } catch {
    throw new FakeOfficeError("InvalidArgument", `Bad address ${address}`, "Worksheet.getRange");
  }
}

const bytesOf = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? "", "utf8");

const FULL_WIDTH: Record<string, string> = { "＝": "=", "＋": "+", "－": "-", "＠": "@" };

/** Serial number of a date in the 1900 system. */
function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * What Excel stores for an input (a value set through `formulas`, `values` or `rows.add`), as if
 * typed: "skip" for null (no change).
 */
export function typeIn(x: unknown): FakeCell | "skip" {
  if (x === null || x === undefined) return "skip";
  if (typeof x === "number") return { v: x };
  if (typeof x === "boolean") return { v: x };
  if (typeof x !== "string") throw new FakeOfficeError("InvalidArgument", "Unsupported value");
  if (x === "") return { v: null };
  if (x.startsWith("'")) return { v: x.slice(1) };
  const t = x.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    return { v: pct ? n / 100 : n };
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    return { v: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])), nf: "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(t)) return { v: t.toLowerCase() === "true" };
  const first = x[0] ?? "";
  const lead = FULL_WIDTH[first] ?? first;
  if ("=+-@".includes(lead)) {
    const rest = lead + x.slice(1);
    return { v: null, f: rest.startsWith("=") ? rest : `=${rest}` };
  }
  return { v: x };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

type LoadResult = { bytes: number; commit: () => void } | void;

interface Action {
  label: string;
  bytes: number;
  run: () => LoadResult;
}

function parseLoad(spec: unknown): string[] {
  if (spec === undefined) return [];
  const list = Array.isArray(spec) ? spec.map(String) : String(spec).split(",");
  return list.map((s) => s.trim()).filter((s) => s !== "");
}

// -----------------------------------------------------------------------------------------------
// The host

/** The fake Excel host: state, limits, counters, and `install()` to become the globals. */
export class FakeExcel {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  activeSheet: FakeSheet | null = null;
  selection: { sheet: FakeSheet; address: string } | null = null;
  date1904 = false;
  syncs: SyncRecord[] = [];
  /** Per request and per response, as Excel on the web. */
  limitBytes = 5_000_000;
  /** When true every sync fails as if a cell were being edited. */
  cellEditMode = false;
  /** Highest ExcelApi the host supports. */
  apiVersion = "1.17";
  displayLanguage = "en-US";
  /** When set, called at every sync (index 0-based over the host's life): an error code fails it. */
  syncFault: ((record: SyncRecord, index: number) => string | null) | null = null;
  private nextId = 1;

  /** Installs `Excel`, `Office` and `OfficeExtension` globals; returns the uninstaller. */
  install(): () => void {
    const g = globalThis as unknown as Record<string, unknown>;
    const saved = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };
    g.Excel = { run: <T>(fn: (ctx: FakeContext) => Promise<T>) => this.run(fn) };
    g.OfficeExtension = { Error: FakeOfficeError };
    g.Office = {
      context: {
        displayLanguage: this.displayLanguage,
        requirements: {
          isSetSupported: (name: string, v?: string) =>
            name === "ExcelApi" && compareVersions(v ?? "1.1", this.apiVersion) <= 0,
        },
      },
      onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
      HostType: { Excel: "Excel" },
      EventType: {},
    };
    return () => {
      g.Excel = saved.Excel;
      g.Office = saved.Office;
      g.OfficeExtension = saved.OfficeExtension;
    };
  }

  async run<T>(fn: (ctx: FakeContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this);
    const result = await fn(ctx);
    // Excel.run sends whatever is still queued when the batch function returns.
    if (ctx.pending() > 0) await ctx.sync();
    return result;
  }

  supports(version: string): boolean {
    return compareVersions(version, this.apiVersion) <= 0;
  }

  // --- helpers for tests ---------------------------------------------------------------------

  /** Adds a user sheet with raw cells (strings are stored as text, as if typed with care). */
  addSheet(name: string, rows: FakeValue[][] = [], firstRow = 1, firstColumn = 1): FakeSheet {
    const sheet = this.newSheet(name);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) this.put(sheet, firstRow - 1 + r, firstColumn - 1 + c, { v });
      })
    );
    return sheet;
  }

  /** Adds a table over an A1 range of a sheet (header row included). */
  addTable(sheetName: string, name: string, address: string): FakeTable {
    const ref = parseAddress(this.sheet(sheetName), address);
    const table: FakeTable = { name, ...ref, style: "TableStyleMedium2", showTotals: false };
    this.tables.push(table);
    return table;
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The cell at an A1 address, or undefined when never written. */
  cell(sheetName: string, address: string): FakeCell | undefined {
    const [r, c] = parseCellRef(address);
    return this.sheet(sheetName).rows[r]?.[c];
  }

  /** The value a cell shows (formulas evaluated). */
  valueAt(sheet: FakeSheet, r: number, c: number, depth = 0): FakeValue {
    const cell = sheet.rows[r]?.[c];
    if (!cell) return null;
    if (cell.f !== undefined) {
      return evaluateFormula(cell.f, (rr, cc, d) => this.valueAt(sheet, rr, cc, d), depth);
    }
    return cell.v;
  }

  /** Largest request and response of the recorded syncs. */
  maxBytes(from = 0): { request: number; response: number } {
    const s = this.syncs.slice(from);
    return {
      request: Math.max(0, ...s.map((x) => x.requestBytes)),
      response: Math.max(0, ...s.map((x) => x.responseBytes)),
    };
  }

  // --- internals -----------------------------------------------------------------------------

  newSheet(name: string): FakeSheet {
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `Invalid sheet name ${name}`,
        "WorksheetCollection.add"
      );
    }
    if (this.findSheet(name)) {
      throw new FakeOfficeError(
        "ItemAlreadyExists",
        `Sheet ${name} exists`,
        "WorksheetCollection.add"
      );
    }
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
      visibility: "Visible",
      tabColor: "",
      protected: false,
      rows: [],
      names: new Map(),
      formatLog: [],
      merges: [],
      conditionalFormats: [],
      freeze: null,
      pageLayout: {},
      charts: [],
    };
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  put(sheet: FakeSheet, r: number, c: number, cell: FakeCell): void {
    const row = (sheet.rows[r] ??= []);
    const nf = cell.nf ?? row[c]?.nf;
    row[c] = nf !== undefined ? { ...cell, nf } : cell;
  }

  usedRange(sheet: FakeSheet, valuesOnly: boolean): RangeRef | null {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    sheet.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        const has =
          cell.v !== null || cell.f !== undefined || (!valuesOnly && cell.nf !== undefined);
        if (!has) return;
        r0 = Math.min(r0, r);
        r1 = Math.max(r1, r);
        c0 = Math.min(c0, c);
        c1 = Math.max(c1, c);
      });
    });
    return r1 < 0 ? null : { sheet, r0, c0, r1, c1 };
  }

  assertWritable(sheet: FakeSheet, where: string): void {
    if (!this.sheets.includes(sheet))
      throw new FakeOfficeError("ItemNotFound", "Sheet was deleted", where);
    if (sheet.protected) {
      throw new FakeOfficeError(
        "AccessDenied",
        "The cell or chart is on a protected sheet.",
        where
      );
    }
  }

  /** Writes a 2-D input array into a range as typed input (shape must match, as in Excel). */
  writeInputs(ref: RangeRef, rows: unknown, where: string): void {
    this.assertWritable(ref.sheet, where);
    const h = ref.r1 - ref.r0 + 1;
    const w = ref.c1 - ref.c0 + 1;
    if (
      !Array.isArray(rows) ||
      rows.length !== h ||
      rows.some((r) => !Array.isArray(r) || r.length !== w)
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
        where
      );
    }
    (rows as unknown[][]).forEach((row, i) =>
      row.forEach((x, j) => {
        const cell = typeIn(x);
        if (cell !== "skip") this.put(ref.sheet, ref.r0 + i, ref.c0 + j, cell);
      })
    );
  }
}

// -----------------------------------------------------------------------------------------------
// Request context and proxies

export class FakeContext {
  private queue: Action[] = [];
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  pending(): number {
    return this.queue.length;
  }

  enqueue(label: string, payload: unknown, run: () => LoadResult): void {
    this.queue.push({ label, bytes: payload === undefined ? 0 : bytesOf(payload), run });
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const queue = this.queue;
    this.queue = [];
    const host = this.host;
    const record: SyncRecord = {
      requestBytes: queue.reduce((n, a) => n + a.bytes, 0),
      responseBytes: 0,
      calls: queue.map((a) => a.label),
    };
    host.syncs.push(record);
    const fault = host.syncFault?.(record, host.syncs.length - 1) ?? null;
    if (fault !== null) throw new FakeOfficeError(fault, `Injected ${fault}`);
    if (host.cellEditMode) {
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    if (record.requestBytes > host.limitBytes) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    }
    const commits: (() => void)[] = [];
    for (const a of queue) {
      const r = a.run();
      if (r) {
        record.responseBytes += r.bytes;
        commits.push(r.commit);
      }
    }
    if (record.responseBytes > host.limitBytes) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
    }
    for (const c of commits) c();
  }
}

/** Base of every proxy: lazy resolution, queued loads, loaded-property reads. */
abstract class FakeObject<T> {
  protected ref: T | null | undefined = undefined;
  private readonly data = new Map<string, unknown>();
  protected abstract readonly kind: string;

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T | null,
    resolveNow?: string
  ) {
    // getItem / add / get…OrNullObject are actions: they resolve in queue order.
    if (resolveNow !== undefined) {
      ctx.enqueue(resolveNow, undefined, () => {
        this.ref = this.resolver();
      });
    }
  }

  /** The underlying object at sync time. */
  target(): T {
    if (this.ref === undefined) this.ref = this.resolver();
    if (this.ref === null) {
      throw new FakeOfficeError("InvalidObjectPath", `${this.kind} is a null object`, this.kind);
    }
    return this.ref;
  }

  get isNullObject(): boolean {
    if (this.ref === undefined) throw new Error(`fake: ${this.kind}.isNullObject read before sync`);
    return this.ref === null;
  }

  protected got<V>(prop: string): V {
    if (!this.data.has(prop)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
        `${this.kind}.${prop}`
      );
    }
    return this.data.get(prop) as V;
  }

  setLoaded(values: Record<string, unknown>, ref: T): void {
    this.ref = ref;
    for (const [k, v] of Object.entries(values)) this.data.set(k, v);
  }

  protected act(label: string, payload: unknown, apply: (t: T) => void, api?: string): void {
    this.ctx.enqueue(`${this.kind}.${label}`, payload, () => {
      if (api !== undefined && !this.ctx.host.supports(api)) {
        throw new FakeOfficeError(
          "ApiNotFound",
          `${this.kind}.${label} needs ExcelApi ${api}`,
          this.kind
        );
      }
      apply(this.target());
    });
  }

  load(spec?: unknown): this {
    const props = parseLoad(spec);
    this.ctx.enqueue(`${this.kind}.load`, undefined, () => {
      if (this.ref === undefined) this.ref = this.resolver();
      const t = this.ref;
      if (t === null) return;
      const snap: Record<string, unknown> = {};
      for (const p of props) snap[p] = this.snapshot(t, p);
      return { bytes: bytesOf(snap), commit: () => this.setLoaded(snap, t) };
    });
    return this;
  }

  protected abstract snapshot(t: T, prop: string): unknown;
}

function notModelled(kind: string, prop: string): never {
  throw new Error(`fake: ${kind}.${prop} is not modelled`);
}

/**
 * A recorder for property trees the fake only records (range formats, conditional formats,
 * charts, page layout, freeze panes): sets and calls are queued and then written into `sink`.
 */
function recorder(
  ctx: FakeContext,
  kind: string,
  path: string,
  sink: () => (path: string, value: unknown) => void,
  api?: string
): unknown {
  const fn = function (): void {
    /* callable target */
  };
  return new Proxy(fn, {
    get(_t, key) {
      if (typeof key !== "string" || key === "then") return undefined;
      return recorder(ctx, kind, path ? `${path}.${key}` : key, sink, api);
    },
    set(_t, key, value) {
      const p = path ? `${path}.${String(key)}` : String(key);
      ctx.enqueue(`${kind}.${p}`, value, () => {
        if (api !== undefined && !ctx.host.supports(api)) {
          throw new FakeOfficeError("ApiNotFound", `${kind}.${p} needs ExcelApi ${api}`, kind);
        }
        sink()(p, value);
      });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const shown = args.map((a) => (a instanceof FakeRange ? { range: a } : a));
      const payload = shown.map((a) =>
        typeof a === "object" && a !== null && "range" in a ? "<range>" : a
      );
      ctx.enqueue(`${kind}.${path}()`, payload, () => {
        if (api !== undefined && !ctx.host.supports(api)) {
          throw new FakeOfficeError("ApiNotFound", `${kind}.${path} needs ExcelApi ${api}`, kind);
        }
        const resolved = shown.map((a) =>
          typeof a === "object" && a !== null && "range" in a
            ? (a.range as FakeRange).addressNow()
            : a
        );
        sink()(path, resolved);
      });
      return recorder(
        ctx,
        kind,
        `${path}(${args.map((a) => (a instanceof FakeRange ? "range" : JSON.stringify(a))).join(",")})`,
        sink,
        api
      );
    },
  });
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly functions: { date: (y: number, m: number, d: number) => FakeFunctionResult };

  constructor(private readonly ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.functions = {
      date: (y, m, d) => new FakeFunctionResult(ctx, () => ({ y, m, d })),
    };
  }

  getSelectedRange(): FakeRange {
    const host = this.ctx.host;
    return new FakeRange(this.ctx, () => {
      const sel = host.selection;
      if (!sel) throw new FakeOfficeError("InvalidSelection", "No cells selected");
      return parseAddress(sel.sheet, sel.address);
    });
  }
}

export class FakeFunctionResult extends FakeObject<{ y: number; m: number; d: number }> {
  protected readonly kind = "FunctionResult";
  get value(): number {
    return this.got("value");
  }
  protected snapshot(t: { y: number; m: number; d: number }, prop: string): unknown {
    if (prop !== "value") notModelled(this.kind, prop);
    const serial = dateSerial(t.y, t.m, t.d);
    return this.ctx.host.date1904 ? serial - 1462 : serial;
  }
}

class FakeWorksheets extends FakeObject<FakeExcel> {
  protected readonly kind = "WorksheetCollection";
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.host);
  }

  get items(): FakeWorksheet[] {
    return this.got("items");
  }

  getItem(name: string): FakeWorksheet {
    const host = this.ctx.host;
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = host.findSheet(name);
        if (!s)
          throw new FakeOfficeError(
            "ItemNotFound",
            `Sheet ${name} not found`,
            "WorksheetCollection.getItem"
          );
        return s;
      },
      "WorksheetCollection.getItem"
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const host = this.ctx.host;
    return new FakeWorksheet(
      this.ctx,
      () => host.findSheet(name) ?? null,
      "WorksheetCollection.getItemOrNullObject"
    );
  }

  add(name: string): FakeWorksheet {
    const host = this.ctx.host;
    this.ctx.enqueue("WorksheetCollection.add", [name], () => undefined);
    return new FakeWorksheet(
      this.ctx,
      () => host.newSheet(name),
      "WorksheetCollection.add(resolve)"
    );
  }

  override load(spec?: unknown): this {
    const props = parseLoad(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(`${this.kind}.load`, undefined, () => {
      const host = this.ctx.host;
      const snaps = host.sheets.map((s) => {
        const item = new FakeWorksheet(this.ctx, () => s);
        const snap: Record<string, unknown> = {};
        for (const p of props) snap[p] = item.snapshotOf(s, p);
        return { item, snap, s };
      });
      return {
        bytes: bytesOf(snaps.map((x) => x.snap)),
        commit: () => {
          for (const x of snaps) x.item.setLoaded(x.snap, x.s);
          this.setLoaded({ items: snaps.map((x) => x.item) }, host);
        },
      };
    });
    return this;
  }

  protected snapshot(): unknown {
    return notModelled(this.kind, "snapshot");
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  protected readonly kind = "Worksheet";

  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.act("name", v, (s) => {
      const other = this.ctx.host.findSheet(v);
      if (other && other !== s)
        throw new FakeOfficeError("ItemAlreadyExists", `Sheet ${v} exists`, "Worksheet.name");
      s.name = v;
    });
  }
  get position(): number {
    return this.got("position");
  }
  set position(v: number) {
    this.act("position", v, (s) => {
      const list = this.ctx.host.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
    });
  }
  get visibility(): string {
    return this.got("visibility");
  }
  set tabColor(v: string) {
    this.act("tabColor", v, (s) => (s.tabColor = v), "1.7");
  }
  get tabColor(): string {
    return this.got("tabColor");
  }

  get names(): FakeNames {
    return new FakeNames(this.ctx, () => this.target());
  }
  get tables(): FakeTables {
    return new FakeTables(this.ctx, () => this.target());
  }
  get charts(): unknown {
    return {
      add: (type: string, source: FakeRange, seriesBy: string) => {
        const rec: FakeSheet["charts"][number] = { type, source: "", seriesBy, props: {} };
        this.ctx.enqueue("ChartCollection.add", [type, "<range>", seriesBy], () => {
          const s = this.target();
          this.ctx.host.assertWritable(s, "ChartCollection.add");
          rec.source = source.addressNow();
          s.charts.push(rec);
        });
        return recorder(this.ctx, "Chart", "", () => (p, v) => (rec.props[p] = v));
      },
    };
  }
  get freezePanes(): unknown {
    return recorder(
      this.ctx,
      "WorksheetFreezePanes",
      "",
      () => (p, v) => {
        const s = this.target();
        s.freeze = { ...(s.freeze ?? {}), [p]: v };
      },
      "1.7"
    );
  }
  get pageLayout(): unknown {
    return recorder(
      this.ctx,
      "PageLayout",
      "",
      () => (p, v) => (this.target().pageLayout[p] = v),
      "1.9"
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.target();
      return address === undefined
        ? { sheet: s, r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 }
        : parseAddress(s, address);
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      () => this.ctx.host.usedRange(this.target(), valuesOnly === true),
      "Worksheet.getUsedRangeOrNullObject"
    );
  }

  activate(): void {
    this.act("activate", undefined, (s) => (this.ctx.host.activeSheet = s));
  }

  delete(): void {
    this.act("delete", undefined, (s) => {
      const host = this.ctx.host;
      if (host.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      host.sheets = host.sheets.filter((x) => x !== s);
      host.tables = host.tables.filter((t) => t.sheet !== s);
      if (host.activeSheet === s) host.activeSheet = host.sheets[0] ?? null;
    });
  }

  snapshotOf(s: FakeSheet, prop: string): unknown {
    return this.snapshot(s, prop);
  }

  protected snapshot(s: FakeSheet, prop: string): unknown {
    switch (prop) {
      case "name":
        return s.name;
      case "position":
        return this.ctx.host.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        return s.tabColor;
      default:
        return notModelled(this.kind, prop);
    }
  }
}

class FakeNames extends FakeObject<FakeSheet> {
  protected readonly kind = "NamedItemCollection";

  add(name: string, reference: string, comment?: string): FakeNamedItem {
    this.ctx.enqueue("NamedItemCollection.add", [name, reference, comment ?? ""], () => {
      const s = this.target();
      if (s.names.has(name.toLowerCase())) {
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `Name ${name} exists`,
          "NamedItemCollection.add"
        );
      }
      s.names.set(name.toLowerCase(), {
        name,
        formula: reference,
        comment: comment ?? "",
        visible: true,
      });
    });
    return new FakeNamedItem(this.ctx, () => {
      const s = this.target();
      const item = s.names.get(name.toLowerCase());
      return item ? { sheet: s, item } : null;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(
      this.ctx,
      () => {
        const s = this.target();
        const item = s.names.get(name.toLowerCase());
        return item ? { sheet: s, item } : null;
      },
      "NamedItemCollection.getItemOrNullObject"
    );
  }

  protected snapshot(): unknown {
    return notModelled(this.kind, "snapshot");
  }
}

class FakeNamedItem extends FakeObject<{ sheet: FakeSheet; item: FakeName }> {
  protected readonly kind = "NamedItem";
  get value(): unknown {
    return this.got("value");
  }
  get formula(): string {
    return this.got("formula");
  }
  set visible(v: boolean) {
    this.act("visible", v, (t) => (t.item.visible = v));
  }
  protected snapshot(t: { sheet: FakeSheet; item: FakeName }, prop: string): unknown {
    if (prop === "formula") return t.item.formula;
    if (prop === "name") return t.item.name;
    if (prop === "value") {
      const v = evaluateFormula(
        t.item.formula,
        (r, c, d) => this.ctx.host.valueAt(t.sheet, r, c, d),
        0
      );
      return typeof v === "object" && v !== null ? v.error : v;
    }
    return notModelled(this.kind, prop);
  }
}

class FakeTables extends FakeObject<FakeSheet> {
  protected readonly kind = "TableCollection";

  get items(): FakeTableProxy[] {
    return this.got("items");
  }

  add(address: string, hasHeaders: boolean): FakeTableProxy {
    const host = this.ctx.host;
    this.ctx.enqueue("TableCollection.add", [address, hasHeaders], () => undefined);
    return new FakeTableProxy(
      this.ctx,
      () => {
        const s = this.target();
        host.assertWritable(s, "TableCollection.add");
        const ref = parseAddress(s, address);
        const overlaps = host.tables.some(
          (t) =>
            t.sheet === s && t.r0 <= ref.r1 && ref.r0 <= t.r1 && t.c0 <= ref.c1 && ref.c0 <= t.c1
        );
        if (overlaps)
          throw new FakeOfficeError(
            "InvalidArgument",
            "Tables can't overlap",
            "TableCollection.add"
          );
        let n = host.tables.length + 1;
        while (host.tables.some((t) => t.name.toLowerCase() === `table${n}`)) n++;
        const table: FakeTable = {
          name: `Table${n}`,
          ...ref,
          style: "TableStyleMedium2",
          showTotals: false,
        };
        host.tables.push(table);
        return table;
      },
      "TableCollection.add(resolve)"
    );
  }

  getItem(name: string): FakeTableProxy {
    const host = this.ctx.host;
    return new FakeTableProxy(
      this.ctx,
      () => {
        const t = host.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
        if (!t)
          throw new FakeOfficeError(
            "ItemNotFound",
            `Table ${name} not found`,
            "TableCollection.getItem"
          );
        return t;
      },
      "TableCollection.getItem"
    );
  }

  override load(spec?: unknown): this {
    const props = parseLoad(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(`${this.kind}.load`, undefined, () => {
      const s = this.target();
      const list = this.ctx.host.tables.filter((t) => t.sheet === s);
      const snaps = list.map((t) => {
        const item = new FakeTableProxy(this.ctx, () => t);
        const snap: Record<string, unknown> = {};
        for (const p of props) snap[p] = item.snapshotOf(t, p);
        return { item, snap, t };
      });
      return {
        bytes: bytesOf(snaps.map((x) => x.snap)),
        commit: () => {
          for (const x of snaps) x.item.setLoaded(x.snap, x.t);
          this.setLoaded({ items: snaps.map((x) => x.item) }, s);
        },
      };
    });
    return this;
  }

  protected snapshot(): unknown {
    return notModelled(this.kind, "snapshot");
  }
}

class FakeTableProxy extends FakeObject<FakeTable> {
  protected readonly kind = "Table";

  get name(): string {
    return this.got("name");
  }
  set name(v: string) {
    this.act("name", v, (t) => {
      if (this.ctx.host.tables.some((x) => x !== t && x.name.toLowerCase() === v.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `Table ${v} exists`, "Table.name");
      }
      t.name = v;
    });
  }
  set style(v: string) {
    this.act("style", v, (t) => (t.style = v));
  }
  get showTotals(): boolean {
    return this.got("showTotals");
  }
  set showTotals(v: boolean) {
    this.act("showTotals", v, (t) => (t.showTotals = v));
  }

  get rows(): { add: (index: number | undefined | null, values: unknown[][]) => void } {
    return {
      add: (index, values) => {
        this.act("rows.add", [index ?? null, values], (t) => {
          const host = this.ctx.host;
          if (index !== undefined && index !== null) notModelled(this.kind, "rows.add at an index");
          if (t.showTotals) notModelled(this.kind, "rows.add with a totals row");
          const width = t.c1 - t.c0 + 1;
          const ref: RangeRef = {
            sheet: t.sheet,
            r0: t.r1 + 1,
            c0: t.c0,
            r1: t.r1 + values.length,
            c1: t.c1,
          };
          for (let r = ref.r0; r <= ref.r1; r++) {
            for (let c = ref.c0; c <= ref.c1; c++) {
              const cell = t.sheet.rows[r]?.[c];
              if (cell && (cell.v !== null || cell.f !== undefined)) {
                notModelled(this.kind, "rows.add over cells that would shift down");
              }
            }
          }
          if (values.some((row) => row.length !== width)) {
            throw new FakeOfficeError(
              "InvalidArgument",
              "Row width does not match the table",
              "TableRowCollection.add"
            );
          }
          host.writeInputs(ref, values, "TableRowCollection.add");
          t.r1 = ref.r1;
        });
      },
    };
  }

  getRange(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const t = this.target();
      return { sheet: t.sheet, r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 };
    });
  }

  snapshotOf(t: FakeTable, prop: string): unknown {
    return this.snapshot(t, prop);
  }

  protected snapshot(t: FakeTable, prop: string): unknown {
    switch (prop) {
      case "name":
        return t.name;
      case "showTotals":
        return t.showTotals;
      case "style":
        return t.style;
      default:
        return notModelled(this.kind, prop);
    }
  }
}

export class FakeRange extends FakeObject<RangeRef> {
  protected readonly kind = "Range";

  /** Address of the resolved range (sync time). */
  addressNow(): string {
    return localAddress(this.target());
  }

  get values(): unknown[][] {
    return this.got("values");
  }
  set values(v: unknown[][]) {
    this.act("values", v, (r) => this.ctx.host.writeInputs(r, v, "Range.values"));
  }
  get formulas(): unknown[][] {
    return this.got("formulas");
  }
  set formulas(v: unknown[][]) {
    this.act("formulas", v, (r) => this.ctx.host.writeInputs(r, v, "Range.formulas"));
  }
  get numberFormat(): string[][] {
    return this.got("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.act("numberFormat", v, (r) => {
      const host = this.ctx.host;
      host.assertWritable(r.sheet, "Range.numberFormat");
      const h = r.r1 - r.r0 + 1;
      const w = r.c1 - r.c0 + 1;
      const one = v.length === 1 && v[0]?.length === 1;
      if (!one && (v.length !== h || v.some((row) => row.length !== w))) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "numberFormat shape mismatch",
          "Range.numberFormat"
        );
      }
      for (let i = 0; i < h; i++) {
        for (let j = 0; j < w; j++) {
          const f = one ? v[0]?.[0] : v[i]?.[j];
          if (typeof f !== "string") continue;
          const row = (r.sheet.rows[r.r0 + i] ??= []);
          const cell = row[r.c0 + j];
          row[r.c0 + j] = cell ? { ...cell, nf: f } : { v: null, nf: f };
        }
      }
    });
  }
  get valueTypes(): string[][] {
    return this.got("valueTypes");
  }
  get address(): string {
    return this.got("address");
  }
  get rowIndex(): number {
    return this.got("rowIndex");
  }
  get columnIndex(): number {
    return this.got("columnIndex");
  }
  get rowCount(): number {
    return this.got("rowCount");
  }
  get columnCount(): number {
    return this.got("columnCount");
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.target().sheet);
  }

  get format(): unknown {
    return recorder(this.ctx, "Range", "format", () => {
      const r = this.target();
      this.ctx.host.assertWritable(r.sheet, "Range.format");
      return (path, value) => r.sheet.formatLog.push({ address: localAddress(r), path, value });
    });
  }

  get conditionalFormats(): unknown {
    return {
      add: (type: string) => {
        const rec = { address: "", type, props: {} as Record<string, unknown> };
        this.act(
          "conditionalFormats.add",
          [type],
          (r) => {
            rec.address = localAddress(r);
            r.sheet.conditionalFormats.push(rec);
          },
          "1.6"
        );
        return recorder(
          this.ctx,
          "ConditionalFormat",
          "",
          () => (p, v) => (rec.props[p] = v),
          "1.6"
        );
      },
    };
  }

  merge(across?: boolean): void {
    this.act("merge", [across ?? false], (r) => {
      this.ctx.host.assertWritable(r.sheet, "Range.merge");
      r.sheet.merges.push(localAddress(r));
    });
  }

  select(): void {
    this.act("select", undefined, (r) => {
      this.ctx.host.selection = { sheet: r.sheet, address: localAddress(r) };
      this.ctx.host.activeSheet = r.sheet;
    });
  }

  protected snapshot(r: RangeRef, prop: string): unknown {
    const host = this.ctx.host;
    const grid = <V>(f: (row: number, col: number) => V): V[][] => {
      const out: V[][] = [];
      for (let i = r.r0; i <= r.r1; i++) {
        const row: V[] = [];
        for (let j = r.c0; j <= r.c1; j++) row.push(f(i, j));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "values":
        return grid((i, j) => {
          const v = host.valueAt(r.sheet, i, j);
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "formulas":
        return grid((i, j) => {
          const c = r.sheet.rows[i]?.[j];
          if (!c) return "";
          if (c.f !== undefined) return c.f;
          return c.v === null ? "" : typeof c.v === "object" ? c.v.error : c.v;
        });
      case "valueTypes":
        return grid((i, j) => {
          const v = host.valueAt(r.sheet, i, j);
          if (v === null) return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "numberFormat":
        return grid((i, j) => r.sheet.rows[i]?.[j]?.nf ?? "General");
      case "address":
        return `${sheetPrefix(r.sheet.name)}!${localAddress(r)}`;
      case "rowIndex":
        return r.r0;
      case "columnIndex":
        return r.c0;
      case "rowCount":
        return r.r1 - r.r0 + 1;
      case "columnCount":
        return r.c1 - r.c0 + 1;
      default:
        return notModelled(this.kind, prop);
    }
  }
}
