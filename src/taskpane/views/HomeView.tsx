import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddSquareMultipleRegular, TableSearchRegular } from "@fluentui/react-icons";
import { useCallback, useMemo, useState } from "react";
import type { Issue } from "../../core/issue";
import type { WorkbookPort } from "../../host/port";
import { checkWorkbook } from "../../jobs/checkWorkbook";
import { prepareWorkbook } from "../../jobs/prepareWorkbook";
import { sheetKindDef } from "../../sheets/sheetKinds";
import { IssuesTable } from "../components/IssuesTable";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { SheetsTable } from "../components/SheetsTable";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { IssueLocator } from "../issueLocator";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Home: what the workbook holds. "Check workbook" reads every sheet and lists the sheets found, their
 * rows and the issues (each selects its cell); "Prepare workbook" adds the sheets it lacks.
 */
export function HomeView(props: { port: WorkbookPort }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { port } = props;
  const check = useJob((options) => checkWorkbook(port, options));
  const prepare = useJob((options) => prepareWorkbook(port, options));
  const [active, setActive] = useState<Issue | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);

  const result = check.state.result;
  const locator = useMemo(() => (result ? new IssueLocator(port, result.sheets) : null), [port, result]);

  // After "Prepare workbook" added sheets, a check already on screen is stale: run it again.
  const runPrepare = async () => {
    const prepared = await prepare.start();
    if (prepared && prepared.added.length > 0 && result) await check.start();
  };

  const activate = useCallback(
    async (issue: Issue) => {
      if (!locator) return;
      setActive(issue);
      setSelectError(null);
      try {
        const cell = await locator.locate(issue);
        await port.selectCell(cell.sheet, cell.row, cell.column);
      } catch (e) {
        setSelectError(errorMessage(e, t.unexpectedError));
      }
    },
    [locator, port, t]
  );

  const running = check.state.status === "running" || prepare.state.status === "running";
  const added = prepare.state.status === "done" ? prepare.state.result?.added : undefined;

  return (
    <div className={styles.root}>
      <Text>{t.homeIntro}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" icon={<TableSearchRegular />} disabled={running} onClick={() => void check.start()}>
          {t.checkWorkbook}
        </Button>
        <Button
          icon={<AddSquareMultipleRegular />}
          disabled={running}
          title={t.prepareHint}
          onClick={() => void runPrepare()}
        >
          {t.prepareWorkbook}
        </Button>
      </div>

      {check.state.status === "running" && <JobProgress progress={check.state.progress} onCancel={check.cancel} />}
      {prepare.state.status === "running" && (
        <JobProgress progress={prepare.state.progress} onCancel={prepare.cancel} />
      )}
      <JobMessage state={prepare.state} />
      <JobMessage state={check.state} />
      {added && (
        <MessageBar intent="success" layout="multiline" data-testid="prepare-result">
          <MessageBarBody>
            <MessageBarTitle>{t.preparedTitle}</MessageBarTitle>
            {added.length > 0 ? fill(t.preparedAdded, { sheets: added.join(", ") }) : t.preparedNothing}
          </MessageBarBody>
        </MessageBar>
      )}

      {result && (
        <>
          <section className={styles.section} aria-labelledby="dd-sheets-heading">
            <Subtitle2 as="h2" id="dd-sheets-heading">
              {t.sheetsHeading}
            </Subtitle2>
            <Text data-testid="rows-summary">
              {fill(t.rowsSummary, { read: result.rows.read, used: result.rows.used, skipped: result.rows.skipped })}
            </Text>
            {result.missingSheets.length > 0 && (
              <MessageBar intent="warning" layout="multiline" data-testid="missing-sheets">
                <MessageBarBody>
                  {fill(t.missingSheets, {
                    sheets: result.missingSheets.map((k) => sheetKindDef(k).title[locale]).join(", "),
                  })}
                </MessageBarBody>
              </MessageBar>
            )}
            <SheetsTable sheets={result.sheets} />
          </section>
          <section className={styles.section} aria-labelledby="dd-issues-heading">
            <Subtitle2 as="h2" id="dd-issues-heading" data-testid="issues-heading">
              {fill(t.issuesHeading, { count: result.issues.length })}
            </Subtitle2>
            {selectError !== null && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{selectError}</MessageBarBody>
              </MessageBar>
            )}
            {result.issues.length === 0 ? (
              <Text>{t.issuesNone}</Text>
            ) : (
              <>
                <Text size={200}>{t.issuesHint}</Text>
                <IssuesTable issues={result.issues} active={active} onActivate={(issue) => void activate(issue)} />
              </>
            )}
          </section>
        </>
      )}
    </div>
  );
}
