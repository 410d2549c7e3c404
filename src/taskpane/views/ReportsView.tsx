import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  Field,
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
import { DataBarVerticalRegular, OpenRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type Dispatch } from "react";
import type { WorkbookPort } from "../../host/port";
import { generateReport, type ReportDocument, type ReportRequest } from "../../jobs/reports/generateReport";
import { lastClosedQuarter } from "../../jobs/reports/lastClosedQuarter";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { amountText, ratioText } from "../quote/figureText";
import { paneToday } from "../quote/paneNow";
import { AttainmentBadge } from "../reports/AttainmentBadge";
import { FigureTable } from "../reports/FigureTable";
import { loadReportChoices } from "../reports/reportChoices";
import { reportSheetNames, type FigureSheet } from "../reports/reportSheetsOf";
import { lastClosedPeriod, recentPeriods, type PeriodKind } from "../reports/reportPeriods";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  managers: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  headline: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums" },
});

const KINDS: readonly PeriodKind[] = ["month", "quarter", "year"];

/**
 * Reports: a period (month, quarter or year; the last closed quarter by default) and one,
 * several or all managers; Generate writes the summary, one sheet per manager and the Issues
 * sheet (replacing only that period's earlier report sheets), then shows each manager's revenue
 * against target with its red/amber/green attainment, and goes to the sheets.
 *
 * Opened by the ribbon's "Refresh report" (`?view=reports&run=refresh`), it generates at once
 * for the default period and every manager.
 */
export function ReportsView(props: { port: WorkbookPort; active: boolean; refresh: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { port, active } = props;
  const today = useMemo(() => paneToday(), []);
  const choices = useJob((options) => loadReportChoices(port, options));
  const report = useJob((options, request: ReportRequest) => generateReport(port, { ...request, today }, options));

  const loaded = choices.state.result;
  const fiscal = loaded?.fiscalStartMonth ?? 1;
  const [kind, setKind] = useState<PeriodKind>("quarter");
  const [period, setPeriod] = useState<string | null>(null);
  const [picked, setPicked] = useState<string[] | null>(null); // null = all managers
  const [goError, setGoError] = useState<string | null>(null);
  const refreshed = useRef(false);

  const startChoices = choices.start;
  useEffect(() => {
    if (active) void startChoices();
  }, [active, startChoices]);

  const periods = useMemo(() => recentPeriods(kind, today, fiscal), [kind, today, fiscal]);
  const defaultPeriod = useMemo(
    () => (kind === "quarter" ? lastClosedQuarter(today, fiscal) : lastClosedPeriod(kind, today, fiscal)).key,
    [kind, today, fiscal]
  );
  const chosenPeriod = period ?? defaultPeriod;
  const managers = loaded?.managers ?? [];
  const chosen = picked ?? managers;
  const allPicked = picked === null || (managers.length > 0 && managers.every((m) => picked.includes(m)));

  const generate = async (request: ReportRequest) => {
    setGoError(null);
    await report.start(request);
  };
  const requestNow = (): ReportRequest =>
    allPicked ? { period: chosenPeriod } : { period: chosenPeriod, managers: chosen };

  // The ribbon's "Refresh report": the default period, every manager, as soon as the pane is up.
  useEffect(() => {
    if (!props.refresh || refreshed.current || !loaded) return;
    refreshed.current = true;
    void generate({ period: lastClosedQuarter(today, loaded.fiscalStartMonth).key });
  }, [props.refresh, loaded]);

  const goTo = async (sheet: string) => {
    try {
      await port.selectCell(sheet, 1, 1);
    } catch (e) {
      setGoError(errorMessage(e, t.unexpectedError));
    }
  };

  const doc = report.state.result;
  const running = choices.state.status === "running" || report.state.status === "running";
  const names = doc ? reportSheetNames(doc) : null;
  const managerSheet: FigureSheet = (f) => {
    const i = doc ? doc.managers.indexOf(f) : -1;
    return i < 0 ? null : (names?.managers[i] ?? null);
  };

  return (
    <div className={styles.root}>
      <Text>{t.reportsIntro}</Text>
      {choices.state.status === "running" && !loaded && (
        <JobProgress progress={choices.state.progress} onCancel={choices.cancel} />
      )}
      <JobMessage state={choices.state} />

      {loaded && (
        <section className={styles.section} aria-labelledby="dd-report-settings">
          <Subtitle2 as="h2" id="dd-report-settings">
            {t.reportSettingsHeading}
          </Subtitle2>
          <Field label={t.periodKind}>
            <RadioGroup
              layout="horizontal"
              value={kind}
              onChange={(_, d) => {
                setKind(d.value as PeriodKind);
                setPeriod(null);
              }}
            >
              {KINDS.map((k) => (
                <Radio key={k} value={k} label={t[k === "month" ? "periodMonth" : k === "quarter" ? "periodQuarter" : "periodYear"]} disabled={running} />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t.period} hint={chosenPeriod === defaultPeriod ? t.periodDefaultHint : undefined}>
            <Dropdown
              value={chosenPeriod}
              selectedOptions={[chosenPeriod]}
              onOptionSelect={(_, d) => setPeriod(d.optionValue ?? null)}
              disabled={running}
              data-testid="report-period"
            >
              {periods.map((p) => (
                <Option key={p.key} value={p.key}>
                  {p.key}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <fieldset className={styles.managers} aria-describedby="dd-report-managers-hint" data-testid="report-managers">
            <legend>
              <Text weight="semibold">{t.reportManagers}</Text>
            </legend>
            {managers.length === 0 ? (
              <Caption1 id="dd-report-managers-hint">
                {loaded.teamSheet === null ? t.reportNoTeam : fill(t.reportNoManagers, { sheet: loaded.teamSheet })}
              </Caption1>
            ) : (
              <>
                <Caption1 id="dd-report-managers-hint">{t.reportManagersHint}</Caption1>
                <Checkbox
                  label={t.allManagers}
                  checked={allPicked ? true : chosen.length > 0 ? "mixed" : false}
                  disabled={running}
                  onChange={() => setPicked(allPicked ? [] : null)}
                />
                {managers.map((m) => (
                  <Checkbox
                    key={m}
                    label={m}
                    checked={chosen.includes(m)}
                    disabled={running}
                    onChange={(_, d) =>
                      setPicked(d.checked ? [...chosen, m].filter((x, i, all) => all.indexOf(x) === i) : chosen.filter((x) => x !== m))
                    }
                  />
                ))}
              </>
            )}
          </fieldset>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<DataBarVerticalRegular />}
              disabled={running || (!allPicked && chosen.length === 0)}
              onClick={() => void generate(requestNow())}
            >
              {t.generateReport}
            </Button>
          </div>
        </section>
      )}

      {report.state.status === "running" && (
        <JobProgress progress={report.state.progress} onCancel={report.cancel} />
      )}
      <JobMessage state={report.state} />
      {goError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{goError}</MessageBarBody>
        </MessageBar>
      )}
      {doc && <ReportSummary doc={doc} summarySheet={names?.summary ?? null} issuesSheet={names?.issues ?? null} managerSheet={managerSheet} onGoTo={(s) => void goTo(s)} />}
    </div>
  );
}

/** What a generated report says: the headline figures, each manager's, each rep's, and its sheets. */
function ReportSummary(props: {
  doc: ReportDocument;
  summarySheet: string | null;
  issuesSheet: string | null;
  managerSheet: FigureSheet;
  onGoTo: Dispatch<string>;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { doc } = props;
  const money = (x: number | null) => amountText(x, locale, doc.currency);
  const totals = doc.totals;
  return (
    <section className={styles.section} aria-labelledby="dd-report-result" data-testid="report-result" data-period={doc.period}>
      <MessageBar intent="success" layout="multiline" data-testid="report-outcome">
        <MessageBarBody>
          <MessageBarTitle>{fill(t.reportWritten, { period: doc.period })}</MessageBarTitle>
          {fill(t.reportSheets, { sheets: doc.sheets.join(", ") })}
        </MessageBarBody>
        {props.summarySheet && (
          <MessageBarActions>
            <Button icon={<OpenRegular />} onClick={() => props.summarySheet && props.onGoTo(props.summarySheet)}>
              {t.goToSheetButton}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      <Subtitle2 as="h2" id="dd-report-result">
        {fill(t.reportHeading, { period: doc.period })}
      </Subtitle2>
      <dl className={styles.headline} data-testid="report-headline">
        <dt className={styles.term}>{t.colRevenue}</dt>
        <dd className={styles.value} data-field="revenue">{money(totals.revenue)}</dd>
        <dt className={styles.term}>{t.colTarget}</dt>
        <dd className={styles.value} data-field="target">{money(totals.target)}</dd>
        <dt className={styles.term}>{t.colAttainment}</dt>
        <dd className={styles.value} data-field="attainment">
          <AttainmentBadge attainment={totals.attainment} />
        </dd>
        <dt className={styles.term}>{t.colProfit}</dt>
        <dd className={styles.value} data-field="profit">
          {totals.profit === null ? money(null) : fill(t.profitMargin, { profit: money(totals.profit), margin: ratioText(totals.margin, locale) })}
        </dd>
        <dt className={styles.term}>{t.colWon}</dt>
        <dd className={styles.value} data-field="won">
          {fill(t.wonLost, { won: totals.won, lost: totals.lost })}
        </dd>
      </dl>
      <FigureTable
        label={fill(t.managersTableLabel, { period: doc.period })}
        nameHeader={t.colManager}
        rows={doc.managers}
        nameOf={(f) => f.manager ?? ""}
        totals={totals}
        currency={doc.currency}
        sheetOf={props.managerSheet}
        onGoTo={props.onGoTo}
        testId="report-managers-table"
      />
      <Accordion collapsible>
        <AccordionItem value="reps">
          <AccordionHeader>{fill(t.repsHeading, { count: doc.owners.length })}</AccordionHeader>
          <AccordionPanel>
            <FigureTable
              label={fill(t.repsTableLabel, { period: doc.period })}
              nameHeader={t.colRep}
              rows={doc.owners}
              nameOf={(f) => f.owner ?? ""}
              currency={doc.currency}
              testId="report-owners-table"
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      {doc.issues.length > 0 && props.issuesSheet && (
        <MessageBar intent="warning" layout="multiline" data-testid="report-issues">
          <MessageBarBody>{fill(t.reportIssues, { count: doc.issues.length, sheet: props.issuesSheet })}</MessageBarBody>
          <MessageBarActions>
            <Button icon={<OpenRegular />} onClick={() => props.issuesSheet && props.onGoTo(props.issuesSheet)}>
              {t.goToIssues}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </section>
  );
}
