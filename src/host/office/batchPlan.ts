import { CALL_OVERHEAD_BYTES, SYNC_BUDGET_BYTES, jsonBytes } from "./payloadSize";

/** One piece of work for a sync: queues its Excel calls when run; `bytes` is its request estimate. */
export interface QueuedOp {
  /** Estimated request bytes (data + {@link CALL_OVERHEAD_BYTES} per API call). */
  bytes: number;
  /** Plan rows this op writes (for progress). */
  rows?: number;
  /** Queues the op's calls on the context (no sync). */
  queue: () => void;
  /** Set on ops whose success must be known after their sync (e.g. "create", "deleteOld"). */
  tag?: string;
}

/**
 * Packs ops, in order, into sync batches of at most `budget` request bytes each (an op larger than
 * the budget alone gets a batch of its own). The caller runs each batch and syncs once per batch, so
 * a write costs one sync per `budget` bytes however many rows or cells it has.
 */
export class BatchPlan {
  readonly batches: QueuedOp[][] = [[]];
  private used = 0;

  constructor(readonly budget: number = SYNC_BUDGET_BYTES) {}

  /** Bytes still free in the current batch. */
  remaining(): number {
    return this.budget - this.used;
  }

  /** Closes the current batch (if it holds anything). */
  newBatch(): void {
    if (this.used === 0 && (this.batches[this.batches.length - 1]?.length ?? 0) === 0) return;
    this.batches.push([]);
    this.used = 0;
  }

  /** Adds an op to the current batch, or to a new one when it would overflow. */
  add(op: QueuedOp): void {
    if (this.used > 0 && this.used + op.bytes > this.budget) this.newBatch();
    const batch = this.batches[this.batches.length - 1];
    if (!batch) throw new Error("BatchPlan: no batch");
    batch.push(op);
    this.used += op.bytes;
  }

  /** The non-empty batches. */
  result(): QueuedOp[][] {
    return this.batches.filter((b) => b.length > 0);
  }

  /**
   * Adds a 2-D block of cells as few `write` calls as the budget allows: bands of whole rows, each
   * band filling what is left of a batch; a row too large for any batch is split into column
   * segments. `write(rowStart, rowEnd, colStart, colEnd)` queues one range assignment (0-based,
   * end-exclusive indexes into `rows`).
   */
  addRows<T>(
    rows: readonly (readonly T[])[],
    write: (rowStart: number, rowEnd: number, colStart: number, colEnd: number) => void
  ): void {
    const base = CALL_OVERHEAD_BYTES + 2; // the call, and the outer [ ] of the 2-D array
    const width = rows[0]?.length ?? 0;
    let start = 0;
    let band = base;
    const flush = (end: number): void => {
      if (end > start) {
        const s = start;
        this.add({ bytes: band, rows: end - s, queue: () => write(s, end, 0, width) });
      }
      start = end;
      band = base;
    };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? [];
      const rb = jsonBytes(row) + 1; // the row and its comma
      if (base + rb > this.budget) {
        flush(i);
        this.addSplitRow(row, i, write);
        start = i + 1;
        continue;
      }
      if (band + rb > this.remaining()) {
        flush(i);
        if (base + rb > this.remaining()) this.newBatch();
      }
      band += rb;
    }
    flush(rows.length);
  }

  private addSplitRow<T>(
    row: readonly T[],
    index: number,
    write: (rowStart: number, rowEnd: number, colStart: number, colEnd: number) => void
  ): void {
    const base = CALL_OVERHEAD_BYTES + 4; // [[ ]]
    let start = 0;
    let seg = base;
    for (let c = 0; c < row.length; c++) {
      const cb = jsonBytes(row[c]) + 1;
      if (seg + cb > this.budget && c > start) {
        const s = start;
        this.add({ bytes: seg, queue: () => write(index, index + 1, s, c) });
        start = c;
        seg = base;
      }
      seg += cb;
    }
    const s = start;
    this.add({ bytes: seg, rows: 1, queue: () => write(index, index + 1, s, row.length) });
  }
}
