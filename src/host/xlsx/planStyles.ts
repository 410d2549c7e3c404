import type ExcelJS from "exceljs";
import type { BorderEdge, FontStyle, FormatBlock } from "../port";

/** A cell style as exceljs takes it. */
export type CellStyle = Partial<ExcelJS.Style>;

/** The font a sheet's cells get when the plan names none: explicit, so every engine agrees. */
export const DEFAULT_FONT: Readonly<FontStyle> = { name: "Calibri", size: 11 };

/** "RRGGBB" (or "#RRGGBB") → exceljs ARGB. @example argb("1F4E78") → "FF1F4E78" */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** FontStyle → exceljs font. */
export function excelFont(font: FontStyle): Partial<ExcelJS.Font> {
  const out: Partial<ExcelJS.Font> = {};
  if (font.name !== undefined) out.name = font.name;
  if (font.size !== undefined) out.size = font.size;
  if (font.bold !== undefined) out.bold = font.bold;
  if (font.italic !== undefined) out.italic = font.italic;
  if (font.color !== undefined) out.color = { argb: argb(font.color) };
  return out;
}

interface Active {
  index: number;
  block: FormatBlock;
  top: boolean;
  bottom: boolean;
}

/**
 * The style of every cell of a plan: the sheet's default font, then each `FormatBlock` in order
 * (later blocks win, property by property). Cells with the same combination share one style
 * object, so exceljs writes one cell format for them and memory stays flat on big sheets.
 *
 * Rows must be asked for in increasing order (the active blocks are swept, not searched).
 *
 * @example
 * const styles = new PlanStyles(plan.formats ?? [], plan.font, 10);
 * styles.rowStyles(1)[0] // style of A1
 */
export class PlanStyles {
  private readonly blocks: FormatBlock[];
  private readonly order: number[];
  private next = 0;
  private lastRow = 0;
  private active: { index: number; block: FormatBlock }[] = [];
  private readonly byRowKey = new Map<string, CellStyle[]>();
  private readonly byCellKey = new Map<string, CellStyle>();
  private readonly baseFont: Partial<ExcelJS.Font>;

  /** `width`: columns to style in each row (the plan's values and blocks together). */
  constructor(
    formats: FormatBlock[],
    font: FontStyle | undefined,
    readonly width: number
  ) {
    this.blocks = formats.filter((b) => b.range.rows > 0 && b.range.columns > 0);
    this.order = this.blocks.map((_b, i) => i).sort((a, b) => this.top(a) - this.top(b));
    this.baseFont = excelFont({ ...DEFAULT_FONT, ...(font ?? {}) });
  }

  /** The style of a cell no block covers: the sheet's font alone (shared by all such cells). */
  get baseStyle(): CellStyle {
    return this.cellStyle("", [], 0);
  }

  /** Last row any block reaches (0 without blocks). */
  get lastBlockRow(): number {
    return this.blocks.reduce((m, b) => Math.max(m, b.range.row + b.range.rows - 1), 0);
  }

  /** Last column any block reaches (0 without blocks). */
  get lastBlockColumn(): number {
    return this.blocks.reduce((m, b) => Math.max(m, b.range.column + b.range.columns - 1), 0);
  }

  private top(i: number): number {
    return this.blocks[i]?.range.row ?? 0;
  }

  /** Styles of row `row` (1-based), index 0 = column A, `width` long. */
  rowStyles(row: number): CellStyle[] {
    if (row < this.lastRow) {
      this.next = 0;
      this.active = [];
    }
    this.lastRow = row;
    while (this.next < this.order.length && this.top(this.order[this.next] ?? 0) <= row) {
      const index = this.order[this.next] ?? 0;
      const block = this.blocks[index];
      if (block) this.active.push({ index, block });
      this.next++;
    }
    this.active = this.active.filter((a) => a.block.range.row + a.block.range.rows - 1 >= row);
    const here: Active[] = this.active
      .map((a) => ({
        ...a,
        top: a.block.range.row === row,
        bottom: a.block.range.row + a.block.range.rows - 1 === row,
      }))
      .sort((a, b) => a.index - b.index);
    const rowKey = here.map((a) => `${a.index}${a.top ? "t" : ""}${a.bottom ? "b" : ""}`).join(",");
    const cached = this.byRowKey.get(rowKey);
    if (cached) return cached;
    const styles: CellStyle[] = new Array<CellStyle>(this.width);
    for (let c = 1; c <= this.width; c++) {
      const covering = here.filter(
        (a) => a.block.range.column <= c && a.block.range.column + a.block.range.columns - 1 >= c
      );
      const key = covering
        .map((a) => {
          const left = a.block.range.column === c;
          const right = a.block.range.column + a.block.range.columns - 1 === c;
          return `${a.index}${a.top ? "t" : ""}${a.bottom ? "b" : ""}${left ? "l" : ""}${right ? "r" : ""}`;
        })
        .join(",");
      styles[c - 1] = this.cellStyle(key, covering, c);
    }
    this.byRowKey.set(rowKey, styles);
    return styles;
  }

  private cellStyle(key: string, covering: Active[], column: number): CellStyle {
    const cached = this.byCellKey.get(key);
    if (cached) return cached;
    const style: CellStyle = { font: { ...this.baseFont } };
    for (const a of covering) {
      const b = a.block;
      if (b.numberFormat !== undefined) style.numFmt = b.numberFormat;
      if (b.font) style.font = { ...style.font, ...excelFont(b.font) };
      if (b.fill !== undefined)
        style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(b.fill) } };
      if (b.horizontalAlignment || b.verticalAlignment || b.wrapText !== undefined) {
        const alignment: Partial<ExcelJS.Alignment> = { ...(style.alignment ?? {}) };
        if (b.horizontalAlignment) alignment.horizontal = b.horizontalAlignment;
        if (b.verticalAlignment)
          alignment.vertical = b.verticalAlignment === "center" ? "middle" : b.verticalAlignment;
        if (b.wrapText !== undefined) alignment.wrapText = b.wrapText;
        style.alignment = alignment;
      }
      if (b.border) {
        const left = b.range.column === column;
        const right = b.range.column + b.range.columns - 1 === column;
        const sides = borderSides(b.border.edges, { top: a.top, bottom: a.bottom, left, right });
        if (sides.length > 0) {
          const line: Partial<ExcelJS.Border> = { style: b.border.style };
          if (b.border.color) line.color = { argb: argb(b.border.color) };
          const border: Partial<ExcelJS.Borders> = { ...(style.border ?? {}) };
          for (const side of sides) border[side] = line;
          style.border = border;
        }
      }
    }
    this.byCellKey.set(key, style);
    return style;
  }
}

type Side = "top" | "bottom" | "left" | "right";

/** Which sides of a cell a block's border puts a line on, given where the cell sits in the block. */
function borderSides(edges: BorderEdge, at: Record<Side, boolean>): Side[] {
  switch (edges) {
    case "all":
      return ["top", "bottom", "left", "right"];
    case "outline":
      return (["top", "bottom", "left", "right"] as const).filter((s) => at[s]);
    default:
      return at[edges] ? [edges] : [];
  }
}
