import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, type ChangeEvent } from "react";
import type { SheetBlock, SheetInfo } from "../host/port";
import { createXlsx, openXlsx, type XlsxWorkbook } from "../host/xlsx/xlsxWorkbook";
import { writeSampleWorkbook } from "../jobs/writeSampleWorkbook";
import type { Locale } from "../sheets/sheetKinds";
import { App } from "../taskpane/App";
import { errorMessage } from "../taskpane/hooks/useJob";
import { fill } from "../taskpane/i18n/fill";
import { STRINGS } from "../taskpane/i18n/strings";
import type { ViewId } from "../taskpane/views/viewIds";
import { cellAddress } from "./cellAddress";
import { saveBytes } from "./download";
import { ObservedPort } from "./observedPort";
import { SheetGrid, type GridCell } from "./SheetGrid";
import { WORKBENCH_STRINGS } from "./workbenchStrings";

/** The file name the preloaded sample downloads as. */
export const SAMPLE_FILE_NAME = "deal-desk-sample.xlsx";

/** The workbook on the bench: the adapter, the port the pane uses, and its file name. */
interface OpenWorkbook {
  workbook: XlsxWorkbook;
  port: ObservedPort;
  fileName: string;
  /** Increases with each workbook opened, so the pane starts afresh on a new file. */
  generation: number;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalS,
    paddingInline: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, margin: 0 },
  fileName: { flexGrow: 1, color: tokens.colorNeutralForegroundOnBrand },
  body: { display: "flex", flexGrow: 1, minHeight: 0 },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    minHeight: "32px",
    paddingInline: tokens.spacingHorizontalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  nameBox: { fontFamily: tokens.fontFamilyMonospace, minWidth: "10em" },
  cellValue: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  tabs: {
    flexShrink: 0,
    overflowX: "auto",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  pane: {
    width: "420px",
    flexShrink: 0,
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  status: { padding: tokens.spacingHorizontalL },
  hiddenInput: { display: "none" },
});

/**
 * The workbench page: the task pane (the same App as in Excel) over the xlsx adapter, beside a
 * grid of the workbook's sheets. Starts on the Latvian sample; opens an .xlsx from disk; downloads
 * the workbook as it now stands. When the pane selects a cell, the grid shows it.
 */
export function Workbench(props: { locale: Locale; initialView: ViewId }) {
  const styles = useStyles();
  const w = WORKBENCH_STRINGS[props.locale];
  const t = STRINGS[props.locale];
  const numberLocale = props.locale === "lv" ? "lv" : "en";
  const [doc, setDoc] = useState<OpenWorkbook | null>(null);
  const [busy, setBusy] = useState<string | null>(w.loadingSample);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [shown, setShown] = useState<SheetBlock | null>(null);
  const [selection, setSelection] = useState<(GridCell & { sheet: string }) | null>(null);
  const [version, setVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);

  // The Latvian sample, written into an empty workbook by the same job the demo uses.
  useEffect(() => {
    let live = true;
    const load = async () => {
      try {
        const workbook = createXlsx();
        await writeSampleWorkbook(workbook);
        if (live) setDoc({ workbook, port: new ObservedPort(workbook), fileName: SAMPLE_FILE_NAME, generation: 1 });
      } catch (e) {
        if (live) setFailure({ title: w.openFailedTitle, message: errorMessage(e, t.unexpectedError) });
      } finally {
        if (live) setBusy(null);
      }
    };
    void load();
    return () => {
      live = false;
    };
  }, [w, t]);

  // Follow the pane: a selected cell shows its sheet and highlights it; a write re-reads the sheets.
  useEffect(() => {
    if (!doc) return;
    return doc.port.subscribe((event) => {
      if (event.type === "select") {
        setCurrent(event.sheet);
        setSelection({ sheet: event.sheet, row: event.row, column: event.column });
      } else {
        setVersion((v) => v + 1);
      }
    });
  }, [doc]);

  useEffect(() => {
    if (!doc) return;
    let live = true;
    void doc.workbook.listSheets().then((list) => {
      if (!live) return;
      setSheets(list);
      setCurrent((name) => (name !== null && list.some((s) => s.name === name) ? name : (list[0]?.name ?? null)));
    });
    return () => {
      live = false;
    };
  }, [doc, version]);

  useEffect(() => {
    if (!doc || current === null) return;
    let live = true;
    doc.workbook.readSheet(current).then(
      (block) => live && setShown(block),
      (e: unknown) => live && setFailure({ title: w.openFailedTitle, message: errorMessage(e, t.unexpectedError) })
    );
    return () => {
      live = false;
    };
  }, [doc, current, version, w, t]);

  const openFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setBusy(fill(w.opening, { file: file.name }));
    setFailure(null);
    try {
      const workbook = await openXlsx(new Uint8Array(await file.arrayBuffer()), { name: file.name });
      setSelection(null);
      setShown(null);
      setCurrent(null);
      setDoc((d) => ({
        workbook,
        port: new ObservedPort(workbook),
        fileName: file.name,
        generation: (d?.generation ?? 0) + 1,
      }));
    } catch (err) {
      setFailure({ title: w.openFailedTitle, message: errorMessage(err, t.unexpectedError) });
    } finally {
      setBusy(null);
    }
  };

  const download = useCallback(async () => {
    if (!doc) return;
    try {
      saveBytes(await doc.workbook.toBuffer(), doc.fileName);
    } catch (e) {
      setFailure({ title: w.downloadFailedTitle, message: errorMessage(e, t.unexpectedError) });
    }
  }, [doc, w, t]);

  const block = shown && shown.name === current ? shown : null;
  const selected = selection && selection.sheet === current ? selection : null;
  const selectedValue =
    block && selected ? block.values[selected.row - block.firstRow]?.[selected.column - block.firstColumn] : null;

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{w.title}</h1>
        <Text className={styles.fileName} data-testid="file-name">
          {doc?.fileName ?? ""}
        </Text>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={w.open}
          data-testid="open-input"
          onChange={(e) => void openFile(e)}
        />
        <Button icon={<FolderOpenRegular />} onClick={() => fileInput.current?.click()} disabled={busy !== null}>
          {w.open}
        </Button>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => void download()}
          disabled={!doc || busy !== null}
          data-testid="download"
        >
          {w.download}
        </Button>
      </header>
      {failure && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <main className={styles.workbook} aria-label={w.workbook}>
          {busy !== null && <Spinner className={styles.status} label={busy} />}
          {doc && busy === null && (
            <>
              <div className={styles.formulaBar}>
                <Text className={styles.nameBox} role="status" aria-label={w.nameBox} data-testid="name-box">
                  {selected && current !== null ? cellAddress(selected.row, selected.column, current) : ""}
                </Text>
                <Text className={styles.cellValue} data-testid="cell-value">
                  {selectedValue === null || selectedValue === undefined
                    ? ""
                    : typeof selectedValue === "object"
                      ? selectedValue.error
                      : String(selectedValue)}
                </Text>
              </div>
              {block ? (
                <SheetGrid
                  key={block.name}
                  block={block}
                  selected={selected}
                  onSelect={(cell) => current !== null && setSelection({ ...cell, sheet: current })}
                  locale={numberLocale}
                  label={fill(w.gridLabel, { sheet: block.name })}
                />
              ) : (
                <Spinner className={styles.status} />
              )}
              <div className={styles.tabs}>
                <TabList
                  size="small"
                  aria-label={w.sheetTabs}
                  selectedValue={current ?? ""}
                  onTabSelect={(_, data) => setCurrent(String(data.value))}
                  data-testid="sheet-tabs"
                >
                  {sheets.map((s) => (
                    <Tab key={s.name} value={s.name}>
                      {s.name}
                    </Tab>
                  ))}
                </TabList>
              </div>
            </>
          )}
        </main>
        <aside className={styles.pane} aria-label={w.taskPane}>
          {doc && (
            <App
              key={doc.generation}
              port={doc.port}
              host={{ kind: "workbench", locale: props.locale }}
              initialView={props.initialView}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
