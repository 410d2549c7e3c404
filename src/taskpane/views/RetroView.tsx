import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowSyncRegular, HistoryRegular, OpenRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import type { WorkbookPort } from "../../host/port";
import { collectLessons } from "../../jobs/retro/collectLessons";
import { generateRetro } from "../../jobs/retro/generateRetro";
import { listRetroCandidates, type RetroCandidateItem } from "../../jobs/retro/listRetroCandidates";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { amountText, dateText, ratioText } from "../quote/figureText";
import { paneToday } from "../quote/paneNow";
import { SearchCombobox, type SearchOption } from "../quote/SearchCombobox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * Retro: pick a deal — won or lost deals with several quoted lines first — and generate its
 * retrospective sheet (timeline, planned against actual per line, final profit against the
 * quote, sections for the team to fill in), which also regenerates the Lessons sheet; "Refresh
 * lessons" collects what the team has filled in on every Retro sheet.
 */
export function RetroView(props: { port: WorkbookPort; active: boolean }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { port, active } = props;
  const today = useMemo(() => paneToday(), []);
  const candidates = useJob((options) => listRetroCandidates(port, { ...options, today }));
  const retro = useJob((options, dealId: string) => generateRetro(port, { ...options, dealId, today }));
  const lessons = useJob((options) => collectLessons(port, options));
  const [dealId, setDealId] = useState<string | null>(null);
  const [goError, setGoError] = useState<string | null>(null);

  const startCandidates = candidates.start;
  useEffect(() => {
    if (active) void startCandidates();
  }, [active, startCandidates]);

  const items = useMemo(() => candidates.state.result?.candidates ?? [], [candidates.state.result]);
  const options = useMemo<SearchOption[]>(
    () =>
      items.map((c: RetroCandidateItem) => ({
        value: c.id,
        text: c.account ? `${c.id} · ${c.account}` : c.id,
        detail: [
          c.stage,
          c.closedOn ? dateText(c.closedOn, locale) : null,
          c.lines > 0 ? fill(t.retroLines, { count: c.lines }) : t.retroNoQuote,
          c.hasActuals ? t.retroHasActuals : null,
        ]
          .filter((x): x is string => !!x)
          .join(" · "),
        group: c.complex ? t.retroComplexGroup : t.retroOtherGroup,
      })),
    [items, locale, t]
  );

  const goTo = async (sheet: string) => {
    setGoError(null);
    try {
      await port.selectCell(sheet, 1, 1);
    } catch (e) {
      setGoError(errorMessage(e, t.unexpectedError));
    }
  };

  const running =
    candidates.state.status === "running" || retro.state.status === "running" || lessons.state.status === "running";
  const result = retro.state.result;
  const collected = lessons.state.status === "done" ? lessons.state.result : null;
  const figures = result?.figures;
  const money = (x: number | null) => amountText(x, locale);

  return (
    <div className={styles.root}>
      <Text>{t.retroIntro}</Text>
      {candidates.state.status === "running" && items.length === 0 && (
        <JobProgress progress={candidates.state.progress} onCancel={candidates.cancel} />
      )}
      <JobMessage state={candidates.state} />

      {candidates.state.result && (
        <section className={styles.section} aria-labelledby="dd-retro-deal">
          <Subtitle2 as="h2" id="dd-retro-deal">
            {t.retroDealHeading}
          </Subtitle2>
          <Field label={t.retroDeal} hint={fill(t.retroDealHint, { count: items.filter((c) => c.complex).length })}>
            <SearchCombobox
              options={options}
              selected={dealId}
              onSelect={setDealId}
              placeholder={t.quoteDealPlaceholder}
              noMatch={t.noMatch}
              typeToFind={t.typeToFind}
              disabled={running}
            />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              icon={<HistoryRegular />}
              disabled={running || dealId === null}
              onClick={() => dealId && void retro.start(dealId)}
            >
              {t.generateRetro}
            </Button>
            <Button icon={<ArrowSyncRegular />} disabled={running} onClick={() => void lessons.start()}>
              {t.refreshLessons}
            </Button>
          </div>
        </section>
      )}

      {retro.state.status === "running" && <JobProgress progress={retro.state.progress} onCancel={retro.cancel} />}
      {lessons.state.status === "running" && (
        <JobProgress progress={lessons.state.progress} onCancel={lessons.cancel} />
      )}
      <JobMessage state={retro.state} />
      <JobMessage state={lessons.state} />
      {goError !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{goError}</MessageBarBody>
        </MessageBar>
      )}
      {collected && (
        <MessageBar intent="success" layout="multiline" data-testid="lessons-outcome">
          <MessageBarBody>
            <MessageBarTitle>{t.lessonsRefreshed}</MessageBarTitle>
            {fill(t.lessonsCount, { count: collected.lessons.length, sheet: collected.sheet })}
          </MessageBarBody>
          <MessageBarActions>
            <Button icon={<OpenRegular />} onClick={() => void goTo(collected.sheet)}>
              {t.goToSheetButton}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {result && figures && (
        <section className={styles.section} aria-labelledby="dd-retro-result" data-testid="retro-result" data-deal={result.deal.id}>
          <MessageBar intent="success" layout="multiline" data-testid="retro-outcome">
            <MessageBarBody>
              <MessageBarTitle>{fill(t.retroWritten, { sheet: result.sheet })}</MessageBarTitle>
              {fill(t.retroWrittenDetail, { lessons: result.lessons, sheet: result.lessonsSheet, carried: result.carried })}
            </MessageBarBody>
            <MessageBarActions>
              <Button icon={<OpenRegular />} onClick={() => void goTo(result.sheet)}>
                {t.goToSheetButton}
              </Button>
            </MessageBarActions>
          </MessageBar>
          <Subtitle2 as="h2" id="dd-retro-result">
            {fill(t.retroHeading, { deal: result.deal.id })}
          </Subtitle2>
          <Table size="extra-small" aria-label={fill(t.retroFiguresLabel, { deal: result.deal.id })} data-testid="retro-figures">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.retroColWhat}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.colProfit}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t.colMargin}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {figures.quoted && (
                <TableRow data-figure="quoted">
                  <TableCell>{fill(t.retroQuoted, { quote: figures.quoted.quote })}</TableCell>
                  <TableCell className={styles.number}>{money(figures.quoted.profit)}</TableCell>
                  <TableCell className={styles.number}>{ratioText(figures.quoted.margin, locale)}</TableCell>
                </TableRow>
              )}
              <TableRow data-figure="final">
                <TableCell>{t.retroFinal}</TableCell>
                <TableCell className={styles.number}>{money(figures.final.profit)}</TableCell>
                <TableCell className={styles.number}>{ratioText(figures.final.margin, locale)}</TableCell>
              </TableRow>
              {figures.actual && (
                <TableRow data-figure="actual">
                  <TableCell>{t.retroActual}</TableCell>
                  <TableCell className={styles.number}>{money(figures.actual.profit)}</TableCell>
                  <TableCell className={styles.number}>{ratioText(figures.actual.margin, locale)}</TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
          <Text size={200}>
            {fill(t.retroSummary, {
              lines: result.lines.length,
              events: result.timeline,
              days: result.cycleDays === null ? "—" : Math.round(result.cycleDays),
            })}
          </Text>
          {result.notes.length > 0 && (
            <ul className={styles.list} data-testid="retro-notes">
              {result.notes.map((n) => (
                <li key={n.code}>{n.text}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
