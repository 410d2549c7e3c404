import type {
  CellUpdate,
  PortOptions,
  RowAppend,
  SheetBlock,
  SheetInfo,
  SheetPlan,
  WorkbookParts,
  WorkbookPort,
} from "../host/port";

/** What the workbench hears from the task pane's port. */
export type PortEvent =
  /** The pane asked to show a cell (an issue was activated). */
  | { type: "select"; sheet: string; row: number; column: number }
  /** A job wrote to the workbook: the grid and the sheet tabs must be read again. */
  | { type: "change"; sheet: string };

export type PortListener = (event: PortEvent) => void;

/**
 * A WorkbookPort that forwards every call to the adapter it wraps and tells its listeners about
 * selections and writes, so the workbench's grid follows the task pane as Excel would.
 *
 * @example
 * const port = new ObservedPort(await openXlsx(bytes));
 * port.subscribe((e) => e.type === "select" && showCell(e.sheet, e.row, e.column));
 */
export class ObservedPort implements WorkbookPort {
  private readonly listeners = new Set<PortListener>();

  constructor(readonly inner: WorkbookPort) {}

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: PortListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(event: PortEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.inner.listSheets();
  }

  readSheet(name: string, options?: PortOptions): Promise<SheetBlock> {
    return this.inner.readSheet(name, options);
  }

  async writeSheet(plan: SheetPlan, options?: PortOptions): Promise<string> {
    const name = await this.inner.writeSheet(plan, options);
    this.emit({ type: "change", sheet: name });
    return name;
  }

  async deleteSheet(name: string): Promise<void> {
    await this.inner.deleteSheet(name);
    this.emit({ type: "change", sheet: name });
  }

  async updateCells(sheet: string, cells: CellUpdate[]): Promise<void> {
    await this.inner.updateCells(sheet, cells);
    this.emit({ type: "change", sheet });
  }

  async appendRows(append: RowAppend, options?: PortOptions): Promise<void> {
    await this.inner.appendRows(append, options);
    this.emit({ type: "change", sheet: append.sheet });
  }

  parts(): Promise<WorkbookParts> {
    return this.inner.parts();
  }

  async selectCell(sheet: string, row: number, column: number): Promise<void> {
    await this.inner.selectCell(sheet, row, column);
    this.emit({ type: "select", sheet, row, column });
  }
}
