import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type ReactElement,
} from "react";
import type { SheetBlock } from "../host/port";
import { cellAddress, columnLetters } from "./cellAddress";
import { formatCell } from "./formatCell";

/** Pixel sizes of the grid: every row and column is the same size, so positions are arithmetic. */
export const GRID_ROW_HEIGHT = 24;
export const GRID_COLUMN_WIDTH = 120;
export const GRID_HEADER_WIDTH = 56;
/** Rows and columns rendered beyond the visible ones on each side. */
const OVERSCAN = 4;

/** A selected cell (1-based Excel row and column). */
export interface GridCell {
  row: number;
  column: number;
}

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    flexGrow: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  canvas: { position: "relative" },
  headerRow: { position: "sticky", top: 0, zIndex: 3, height: `${GRID_ROW_HEIGHT}px` },
  headerCells: { position: "relative", height: `${GRID_ROW_HEIGHT}px` },
  row: { position: "absolute", left: 0, height: `${GRID_ROW_HEIGHT}px` },
  cell: {
    position: "absolute",
    top: 0,
    boxSizing: "border-box",
    height: `${GRID_ROW_HEIGHT}px`,
    width: `${GRID_COLUMN_WIDTH}px`,
    paddingInline: "4px",
    lineHeight: `${GRID_ROW_HEIGHT - 1}px`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    color: tokens.colorNeutralForeground1,
    cursor: "cell",
  },
  end: { textAlign: "end" },
  center: { textAlign: "center" },
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
    fontWeight: tokens.fontWeightSemibold,
    cursor: "default",
  },
  rowHeading: { position: "sticky", left: 0, zIndex: 2, width: `${GRID_HEADER_WIDTH}px` },
  corner: { position: "sticky", left: 0, zIndex: 4, width: `${GRID_HEADER_WIDTH}px` },
  headingActive: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorBrandBackground2,
    zIndex: 1,
  },
});

/**
 * A read-only spreadsheet grid of one sheet's used block, virtualized in both directions: only the
 * rows and columns in view (plus a few) are in the DOM, so a 100 000-row sheet scrolls freely.
 * Values are shown with their number formats. Arrow keys, Page Up/Down, Home/End move the selection.
 */
export function SheetGrid(props: {
  block: SheetBlock;
  selected: GridCell | null;
  onSelect: Dispatch<GridCell>;
  /** BCP 47 locale the number formats are displayed in. */
  locale: string;
  label: string;
}) {
  const styles = useStyles();
  const { block, selected, onSelect, locale } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, left: 0, height: 600, width: 800 });

  const width = block.values[0]?.length ?? 0;
  // Like Excel, empty rows and columns fill the view beyond the used block.
  const lastRow = Math.max(
    block.firstRow + block.values.length - 1,
    selected?.row ?? 0,
    Math.floor(view.height / GRID_ROW_HEIGHT) - 1
  );
  const lastColumn = Math.max(
    block.firstColumn + width - 1,
    selected?.column ?? 0,
    Math.floor((view.width - GRID_HEADER_WIDTH) / GRID_COLUMN_WIDTH),
    1
  );

  const measure = useCallback(() => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth });
  }, []);

  useLayoutEffect(() => {
    measure();
    const el = scroller.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  // Bring the selected cell into view when it changes (the task pane selected it, or a key moved it).
  useEffect(() => {
    const el = scroller.current;
    if (!el || !selected) return;
    const top = selected.row * GRID_ROW_HEIGHT; // the header row occupies the first slot
    const left = GRID_HEADER_WIDTH + (selected.column - 1) * GRID_COLUMN_WIDTH;
    if (top < el.scrollTop + GRID_ROW_HEIGHT || top + GRID_ROW_HEIGHT > el.scrollTop + el.clientHeight) {
      el.scrollTop = Math.max(0, top - Math.floor(el.clientHeight / 2));
    }
    if (left < el.scrollLeft + GRID_HEADER_WIDTH || left + GRID_COLUMN_WIDTH > el.scrollLeft + el.clientWidth) {
      el.scrollLeft = Math.max(0, left - GRID_HEADER_WIDTH - GRID_COLUMN_WIDTH);
    }
    measure();
  }, [selected, measure]);

  const firstVisibleRow = Math.max(1, Math.floor(view.top / GRID_ROW_HEIGHT) - OVERSCAN);
  const lastVisibleRow = Math.min(lastRow, Math.ceil((view.top + view.height) / GRID_ROW_HEIGHT) + OVERSCAN);
  const firstVisibleColumn = Math.max(1, Math.floor(view.left / GRID_COLUMN_WIDTH) - OVERSCAN);
  const lastVisibleColumn = Math.min(
    lastColumn,
    Math.ceil((view.left + view.width) / GRID_COLUMN_WIDTH) + OVERSCAN
  );

  const columns = useMemo(() => {
    const list: number[] = [];
    for (let c = firstVisibleColumn; c <= lastVisibleColumn; c++) list.push(c);
    return list;
  }, [firstVisibleColumn, lastVisibleColumn]);

  const cellId = (row: number, column: number) => `grid-cell-${row}-${column}`;
  const pageRows = Math.max(1, Math.floor(view.height / GRID_ROW_HEIGHT) - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const at = selected ?? { row: 1, column: 1 };
    const moves: Record<string, GridCell> = {
      ArrowDown: { row: at.row + 1, column: at.column },
      ArrowUp: { row: at.row - 1, column: at.column },
      ArrowRight: { row: at.row, column: at.column + 1 },
      ArrowLeft: { row: at.row, column: at.column - 1 },
      PageDown: { row: at.row + pageRows, column: at.column },
      PageUp: { row: at.row - pageRows, column: at.column },
      Home: e.ctrlKey ? { row: 1, column: 1 } : { row: at.row, column: 1 },
      End: e.ctrlKey ? { row: lastRow, column: lastColumn } : { row: at.row, column: lastColumn },
    };
    const next = moves[e.key];
    if (!next) return;
    e.preventDefault();
    onSelect({
      row: Math.min(lastRow, Math.max(1, next.row)),
      column: Math.min(lastColumn, Math.max(1, next.column)),
    });
  };

  const rows: ReactElement[] = [];
  for (let r = firstVisibleRow; r <= lastVisibleRow; r++) {
    const values = block.values[r - block.firstRow];
    const formats = block.numberFormats[r - block.firstRow];
    const rowActive = selected?.row === r;
    rows.push(
      <div
        key={r}
        role="row"
        aria-rowindex={r + 1}
        className={styles.row}
        style={{ top: r * GRID_ROW_HEIGHT, width: GRID_HEADER_WIDTH + lastColumn * GRID_COLUMN_WIDTH }}
      >
        <div
          role="rowheader"
          aria-colindex={1}
          className={mergeClasses(styles.cell, styles.heading, styles.rowHeading, rowActive && styles.headingActive)}
          style={{ left: 0 }}
        >
          {r}
        </div>
        {columns.map((c) => {
          const index = c - block.firstColumn;
          const value = values?.[index] ?? null;
          const shown = formatCell(value, formats?.[index] ?? "General", block.date1904, locale);
          const isSelected = rowActive && selected?.column === c;
          return (
            <div
              key={c}
              id={cellId(r, c)}
              role="gridcell"
              aria-colindex={c + 1}
              aria-selected={isSelected}
              data-cell={cellAddress(r, c)}
              title={shown.text.length > 14 ? shown.text : undefined}
              className={mergeClasses(
                styles.cell,
                shown.align === "end" && styles.end,
                shown.align === "center" && styles.center,
                isSelected && styles.selected
              )}
              style={{ left: GRID_HEADER_WIDTH + (c - 1) * GRID_COLUMN_WIDTH }}
              onMouseDown={() => onSelect({ row: r, column: c })}
            >
              {shown.text}
            </div>
          );
        })}
      </div>
    );
  }

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      role="grid"
      aria-label={props.label}
      aria-readonly
      aria-multiselectable={false}
      aria-rowcount={lastRow + 1}
      aria-colcount={lastColumn + 1}
      aria-activedescendant={selected ? cellId(selected.row, selected.column) : undefined}
      tabIndex={0}
      onScroll={measure}
      onKeyDown={onKeyDown}
      data-testid="sheet-grid"
    >
      <div
        className={styles.canvas}
        style={{
          height: (lastRow + 1) * GRID_ROW_HEIGHT,
          width: GRID_HEADER_WIDTH + lastColumn * GRID_COLUMN_WIDTH,
        }}
      >
        <div role="rowgroup" className={styles.headerRow}>
          <div
            role="row"
            aria-rowindex={1}
            className={styles.headerCells}
            style={{ width: GRID_HEADER_WIDTH + lastColumn * GRID_COLUMN_WIDTH }}
          >
            <div className={mergeClasses(styles.cell, styles.heading, styles.corner)} style={{ left: 0 }} role="columnheader" aria-colindex={1} />
            {columns.map((c) => (
              <div
                key={c}
                role="columnheader"
                aria-colindex={c + 1}
                className={mergeClasses(styles.cell, styles.heading, selected?.column === c && styles.headingActive)}
                style={{ left: GRID_HEADER_WIDTH + (c - 1) * GRID_COLUMN_WIDTH }}
              >
                {columnLetters(c)}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup">{rows}</div>
      </div>
    </div>
  );
}
