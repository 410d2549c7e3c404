import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Radio,
  RadioGroup,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSyncRegular,
  DocumentArrowUpRegular,
  FolderOpenRegular,
  OpenRegular,
  PersonArrowRightRegular,
  ClipboardTaskListLtrRegular,
} from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import type { SheetInfo, WorkbookPort } from "../../host/port";
import { assignLeads } from "../../jobs/leads/assignLeads";
import { handOffSheets } from "../../jobs/leads/handOffSheets";
import { importLeads, type ImportLeadsRequest } from "../../jobs/leads/importLeads";
import { logOutreach, type LogOutreachRequest } from "../../jobs/leads/logOutreach";
import { overdueNextSteps } from "../../jobs/leads/overdueNextSteps";
import { listStem, type OpenWorkbook } from "../../jobs/leads/readLeadList";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { importableSheets } from "../leads/importableSheets";
import { ImportResult } from "../leads/ImportResult";
import { OutreachDialog } from "../leads/OutreachDialog";
import type { OutreachAsk, OutreachEntry } from "../leads/outreachEntry";
import { OverdueTable } from "../leads/OverdueTable";
import { countByOwner } from "../leads/countByOwner";
import { readImportFile, type ImportFile } from "../leads/readImportFile";
import { paneToday } from "../quote/paneNow";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fileRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  hiddenInput: { display: "none" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  heading: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
});

/** Opens an .xlsx list with the xlsx adapter, loaded only when such a file is imported. */
const openWorkbook: OpenWorkbook = async (data, name) => {
  const { openXlsx } = await import("../../host/xlsx/xlsxWorkbook");
  return openXlsx(data, { name });
};

/**
 * Leads: import an exhibitor or contact list (a CSV or .xlsx file, or another sheet of the
 * workbook) into Leads and see what was added, what duplicates what and which rows were
 * rejected; assign owners and write each owner's call sheet; follow up the overdue next steps
 * with a logged call or the materials sent.
 */
export function LeadsView(props: { port: WorkbookPort; active: boolean; inExcel: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { port, active } = props;
  const today = useMemo(() => paneToday(), []);
  const imports = useJob((options, request: ImportLeadsRequest) =>
    importLeads(port, request, { ...options, openWorkbook })
  );
  const assign = useJob((options) => assignLeads(port, { today }, options));
  const calls = useJob((options) => handOffSheets(port, { today }, options));
  const overdue = useJob((options) => overdueNextSteps(port, { today }, options));
  const outreach = useJob((options, request: LogOutreachRequest) => logOutreach(port, request, options));

  const [from, setFrom] = useState<"file" | "sheet">("file");
  const [file, setFile] = useState<ImportFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [sheets, setSheets] = useState<SheetInfo[] | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [source, setSource] = useState("");
  const [ask, setAsk] = useState<OutreachAsk | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [goError, setGoError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const startOverdue = overdue.start;
  useEffect(() => {
    if (active) void startOverdue();
  }, [active, startOverdue]);

  // The sheets to import from, read again each time the choice is shown (a sheet may be new).
  useEffect(() => {
    if (!active || from !== "sheet") return;
    let live = true;
    port.listSheets().then(
      (list) => live && setSheets(importableSheets(list)),
      (e: unknown) => live && setGoError(errorMessage(e, t.unexpectedError))
    );
    return () => {
      live = false;
    };
  }, [active, from, port, t]);

  const running = [imports, assign, calls, overdue, outreach].some((j) => j.state.status === "running");

  const chooseFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0];
    e.target.value = "";
    if (!chosen) return;
    setFileProblem(null);
    try {
      const read = await readImportFile(chosen);
      setFile(read);
      if (!read) setFileProblem(fill(t.importWrongFile, { name: chosen.name }));
    } catch (err) {
      setFile(null);
      setFileProblem(errorMessage(err, t.unexpectedError));
    }
  };

  const list: ImportLeadsRequest["from"] | null =
    from === "file" ? file : sheet === null ? null : { kind: "sheet", sheet };

  const runImport = async () => {
    if (!list) return;
    const request: ImportLeadsRequest = { from: list, today };
    if (source.trim() !== "") request.source = source.trim();
    const result = await imports.start(request);
    if (result) void overdue.start();
  };

  const saveOutreach = async (entry: OutreachEntry): Promise<boolean> => {
    if (!ask) return false;
    setSaved(null);
    const result = await outreach.start({ ...entry, leadId: ask.leadId, today });
    if (!result) return false;
    setSaved(
      fill(t.outreachSaved, {
        company: result.company,
        what: [result.status, result.nextStep].filter((x): x is string => !!x).join(" → "),
      })
    );
    void overdue.start();
    return true;
  };

  const goTo = async (name: string) => {
    setGoError(null);
    try {
      await port.selectCell(name, 1, 1);
    } catch (e) {
      setGoError(errorMessage(e, t.unexpectedError));
    }
  };

  const imported = imports.state.result;
  const assigned = assign.state.result;
  const handedOff = calls.state.result;
  const overdueSteps = overdue.state.result?.overdue ?? [];
  const sourcePlaceholder =
    list === null ? t.importSourcePlaceholder : listStem(list.kind === "sheet" ? list.sheet : list.name);

  return (
    <div className={styles.root}>
      <Text>{t.leadsIntro}</Text>

      <section className={styles.section} aria-labelledby="dd-leads-import">
        <Subtitle2 as="h2" id="dd-leads-import">
          {t.leadsImportHeading}
        </Subtitle2>
        <Field label={t.importFrom}>
          <RadioGroup
            value={from}
            disabled={running}
            onChange={(_, d) => setFrom(d.value === "sheet" ? "sheet" : "file")}
          >
            <Radio value="file" label={t.importFromFile} />
            <Radio value="sheet" label={t.importFromSheet} />
          </RadioGroup>
        </Field>
        {from === "file" ? (
          <div className={styles.fileRow}>
            <input
              ref={fileInput}
              className={styles.hiddenInput}
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t.importFileLabel}
              data-testid="leads-file-input"
              onChange={(e) => void chooseFile(e)}
            />
            <Button icon={<FolderOpenRegular />} disabled={running} onClick={() => fileInput.current?.click()}>
              {t.chooseFile}
            </Button>
            <Caption1 aria-live="polite" data-testid="leads-file-name">
              {file ? fill(t.fileChosen, { name: file.name }) : t.noFileChosen}
            </Caption1>
          </div>
        ) : (
          <Field label={t.importSheet} hint={sheets !== null && sheets.length === 0 ? t.importSheetNone : undefined}>
            <Dropdown
              placeholder={t.importSheetPlaceholder}
              value={sheet ?? ""}
              selectedOptions={sheet === null ? [] : [sheet]}
              disabled={running || sheets === null || sheets.length === 0}
              onOptionSelect={(_, d) => setSheet(d.optionValue ?? null)}
            >
              {(sheets ?? []).map((s) => (
                <Option key={s.name} value={s.name}>
                  {s.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
        )}
        {fileProblem !== null && from === "file" && (
          <MessageBar intent="warning" layout="multiline" data-testid="leads-file-problem">
            <MessageBarBody>{fileProblem}</MessageBarBody>
          </MessageBar>
        )}
        <Field label={t.importSource} hint={t.importSourceHint}>
          <Input
            value={source}
            placeholder={sourcePlaceholder}
            disabled={running}
            onChange={(_, d) => setSource(d.value)}
          />
        </Field>
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<DocumentArrowUpRegular />}
            disabled={running || list === null}
            onClick={() => void runImport()}
          >
            {t.importLeadsButton}
          </Button>
        </div>
        {imports.state.status === "running" && (
          <JobProgress progress={imports.state.progress} onCancel={imports.cancel} />
        )}
        <JobMessage state={imports.state} />
        {imported && (
          <>
            <MessageBar intent="success" layout="multiline" data-testid="import-outcome">
              <MessageBarBody>
                <MessageBarTitle>{fill(t.importedTitle, { added: imported.added.length })}</MessageBarTitle>
                {fill(imported.sheets.length > 0 ? t.importedDetail : t.importedNothingWritten, {
                  duplicates: imported.duplicates.length,
                  rejected: imported.rejected.length,
                  sheets: imported.sheets.join(", "),
                })}
              </MessageBarBody>
              {imported.added.length > 0 && (
                <MessageBarActions>
                  <Button icon={<OpenRegular />} onClick={() => void goTo(imported.leadsSheet)}>
                    {t.goToSheetButton}
                  </Button>
                </MessageBarActions>
              )}
            </MessageBar>
            <ImportResult result={imported} />
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby="dd-leads-follow-up">
        <Subtitle2 as="h2" id="dd-leads-follow-up">
          {t.followUpHeading}
        </Subtitle2>
        <Caption1>{t.followUpHint}</Caption1>
        <div className={styles.actions}>
          <Button icon={<PersonArrowRightRegular />} disabled={running} onClick={() => void assign.start()}>
            {t.assignOwners}
          </Button>
          <Button icon={<ClipboardTaskListLtrRegular />} disabled={running} onClick={() => void calls.start()}>
            {t.writeCallSheets}
          </Button>
        </div>
        {assign.state.status === "running" && <JobProgress progress={assign.state.progress} onCancel={assign.cancel} />}
        {calls.state.status === "running" && <JobProgress progress={calls.state.progress} onCancel={calls.cancel} />}
        <JobMessage state={assign.state} />
        <JobMessage state={calls.state} />
        {goError !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{goError}</MessageBarBody>
          </MessageBar>
        )}
        {assigned && (
          <MessageBar intent={assigned.assigned.length > 0 ? "success" : "info"} layout="multiline" data-testid="assign-outcome">
            <MessageBarBody>
              <MessageBarTitle>
                {assigned.assigned.length > 0 ? fill(t.assignedTitle, { count: assigned.assigned.length }) : t.assignedNone}
              </MessageBarTitle>
              {assigned.assigned.length > 0 && (
                <ul className={styles.list}>
                  {countByOwner(assigned.assigned).map(([owner, count]) => (
                    <li key={owner}>{fill(t.perOwner, { owner, count })}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {handedOff && (
          <MessageBar intent={handedOff.owners.length > 0 ? "success" : "info"} layout="multiline" data-testid="calls-outcome">
            <MessageBarBody>
              <MessageBarTitle>{handedOff.owners.length > 0 ? t.callSheetsTitle : t.callSheetsNone}</MessageBarTitle>
              {handedOff.owners.length > 0 && (
                <ul className={styles.list}>
                  {handedOff.owners.map((o) => (
                    <li key={o.sheet} data-sheet={o.sheet}>
                      <Link as="button" inline onClick={() => void goTo(o.sheet)}>
                        {o.sheet}
                      </Link>
                      {`: ${fill(t.callsCount, { count: o.leads })}`}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <section className={styles.section} aria-labelledby="dd-leads-overdue">
        <div className={styles.heading}>
          <Subtitle2 as="h2" id="dd-leads-overdue">
            {fill(t.overdueHeading, { count: overdueSteps.length })}
          </Subtitle2>
          <Button icon={<ArrowSyncRegular />} disabled={running} onClick={() => void overdue.start()}>
            {t.refresh}
          </Button>
        </div>
        {overdue.state.status === "running" && (
          <JobProgress progress={overdue.state.progress} onCancel={overdue.cancel} />
        )}
        <JobMessage state={overdue.state} />
        {saved !== null && (
          <MessageBar intent="success" layout="multiline" data-testid="outreach-outcome">
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        )}
        {overdue.state.result &&
          (overdueSteps.length === 0 ? (
            <Caption1>{t.overdueNone}</Caption1>
          ) : (
            <OverdueTable overdue={overdueSteps} busy={running} onAsk={(a) => {
              outreach.reset();
              setAsk(a);
            }} />
          ))}
      </section>

      <OutreachDialog
        ask={ask}
        today={today}
        busy={running}
        error={outreach.state.status === "failed" ? outreach.state.message : null}
        onSave={saveOutreach}
        onClose={() => setAsk(null)}
      />
    </div>
  );
}
