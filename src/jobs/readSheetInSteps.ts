import type { SheetBlock } from "../host/port";
import { readKindSteps, type KindRows } from "../sheets/readEntities";
import type { ReadOptions, SheetRead } from "../sheets/readRows";
import type { SheetKind } from "../sheets/sheetKinds";
import { throwIfCancelled, type JobOptions } from "./jobOptions";

/** Lets the event loop run (rendering, clicks on Cancel) between two steps of work. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads a sheet of `kind` into typed rows like `readKind`, pausing every few thousand rows so a
 * task pane stays responsive on 100 000-row sheets: progress is reported per step and the job's
 * signal is honoured between steps (AppError "CANCELLED").
 *
 * @example const deals = await readSheetInSteps("deals", block, readOptions, { signal, onProgress });
 */
export async function readSheetInSteps<K extends SheetKind>(
  kind: K,
  block: SheetBlock,
  readOptions: ReadOptions,
  options?: JobOptions
): Promise<SheetRead<KindRows[K]>> {
  const steps = readKindSteps(kind, block, readOptions);
  const total = Math.max(0, block.values.length - 1);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    options?.onProgress?.({ done: step.value, total, label: `Reading ${block.name}` });
    await pause();
    throwIfCancelled(options);
  }
}
