import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentAddRegular, DismissRegular, OpenRegular, TableCursorRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { DecimalSeparator } from "../../core/parseNumber";
import { QUOTE_STATUS_LABELS } from "../../core/quotes/status";
import { getSelectedRow } from "../../host/office/officeReady";
import type { WorkbookPort } from "../../host/port";
import { buildQuote, type BuildQuoteRequest } from "../../jobs/quotes/buildQuote";
import { quoteAction, type QuoteActionRequest } from "../../jobs/quotes/quoteAction";
import { findMember, readQuoteContext } from "../../jobs/quotes/quoteContext";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { errorMessage, useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { ApprovalSummary } from "../quote/ApprovalSummary";
import { DepartmentList } from "../quote/DepartmentList";
import { centsText } from "../quote/figureText";
import { paneNow, paneToday } from "../quote/paneNow";
import {
  draftFromLines,
  draftRequestLines,
  evaluateDraft,
  numberText,
  percentText,
  type DraftEvaluation,
  type DraftLine,
  type QuoteDraft,
} from "../quote/quoteDraft";
import { QuoteLinesEditor } from "../quote/QuoteLinesEditor";
import { QuotePanel, type QuoteActionAsk } from "../quote/QuotePanel";
import { QuoteTotalsTable } from "../quote/QuoteTotalsTable";
import { customerSheetOf, dealQuotes, isOpenDeal, quoteState } from "../quote/registerQuotes";
import { SearchCombobox, type SearchOption } from "../quote/SearchCombobox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dealRow: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  discount: { maxWidth: "12em" },
});

/** A result or a refusal to show, with the sheet "Go to sheet" opens. */
interface Outcome {
  intent: "success" | "info" | "warning" | "error";
  title?: string;
  text: string;
  sheet?: string | null;
}

const EMPTY_DRAFT: QuoteDraft = { lines: [], discount: "" };

/**
 * Quote: pick an open deal (or the Deals row selected in Excel), edit the lines with live
 * totals, margin, approval reasons and departments computed in the pane by the engine's own
 * math; build the quote (or a revision), then approve, confirm departments, send, accept or
 * reject it — each through the quote jobs, whose refusals are shown as they say them.
 */
export function QuoteView(props: {
  port: WorkbookPort;
  active: boolean;
  /** In Excel the selected Deals row can be used; the workbench has no selection to read. */
  inExcel: boolean;
  /** Opened by the ribbon's "New quote" button: quote the deal of the selected row. */
  fromSelection: boolean;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { port, active } = props;
  const today = useMemo(() => paneToday(), []);
  const decimal: DecimalSeparator = locale === "lv" ? "," : ".";
  const load = useJob((options) => readQuoteContext(port, today, options));
  const build = useJob((options, request: BuildQuoteRequest) => buildQuote(port, request, options));
  const act = useJob((options, request: QuoteActionRequest) => quoteAction(port, request, options));

  const [dealId, setDealId] = useState<string | null>(null);
  const [draft, setDraft] = useState<QuoteDraft>(EMPTY_DRAFT);
  const [revising, setRevising] = useState<string | null>(null);
  const [shownQuote, setShownQuote] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const nextKey = useRef(1);
  const selectionTried = useRef(false);

  const startLoad = load.start;
  useEffect(() => {
    if (active) void startLoad();
  }, [active, startLoad]);

  const ctx = load.state.result;
  const deals = useMemo(() => ctx?.deals.read.rows ?? [], [ctx]);
  const products = useMemo(() => ctx?.products?.read.rows ?? [], [ctx]);
  const deal = deals.find((d) => d.id === dealId) ?? null;
  const currency = ctx?.settings.currency ?? "EUR";

  const dealOptions = useMemo<SearchOption[]>(
    () =>
      deals.filter(isOpenDeal).map((d) => ({
        value: d.id,
        text: d.account ? `${d.id} · ${d.account}` : d.id,
        detail: [d.owner, d.stageText, d.amount === null ? null : centsText(d.amount, locale, currency)]
          .filter((x): x is string => !!x)
          .join(" · "),
      })),
    [deals, locale, currency]
  );

  const newLine = useCallback(
    (kind: "product" | "text"): DraftLine => ({
      key: nextKey.current++,
      sku: kind === "product" ? "" : null,
      description: "",
      qty: "1",
      discount: "",
      unitPrice: "",
      optional: false,
    }),
    []
  );

  const chooseDeal = useCallback(
    (id: string | null) => {
      setDealId(id);
      setRevising(null);
      setOutcome(null);
      setDraft({ lines: id === null ? [] : [newLine("product")], discount: "" });
      const latest = id !== null && ctx ? dealQuotes(ctx, id)[0] : undefined;
      setShownQuote(latest?.id ?? null);
    },
    [ctx, newLine]
  );

  const takeSelectedRow = useCallback(async () => {
    if (!ctx) return;
    const dealsSheet = ctx.deals.read.sheet;
    try {
      const selected = await getSelectedRow();
      const row = selected && selected.sheet === dealsSheet ? deals.find((d) => d.row === selected.row) : undefined;
      if (!selected || selected.sheet !== dealsSheet) {
        setOutcome({ intent: "info", text: fill(t.selectionNotDeals, { sheet: dealsSheet }) });
      } else if (!row) {
        setOutcome({ intent: "warning", text: fill(t.selectionNoDeal, { sheet: dealsSheet, row: selected.row }) });
      } else if (!isOpenDeal(row)) {
        setOutcome({ intent: "warning", text: fill(t.dealClosed, { deal: row.id, stage: row.stageText || row.stage }) });
      } else {
        chooseDeal(row.id);
      }
    } catch (e) {
      setOutcome({ intent: "error", title: t.errorTitle, text: errorMessage(e, t.unexpectedError) });
    }
  }, [ctx, deals, chooseDeal, t]);

  // Opened from the ribbon's "New quote": once the workbook is read, take the selected row.
  useEffect(() => {
    if (!props.fromSelection || !ctx || selectionTried.current) return;
    selectionTried.current = true;
    void takeSelectedRow();
  }, [props.fromSelection, ctx, takeSelectedRow]);

  const evaluation = useMemo((): { value: DraftEvaluation | null; error: string | null } => {
    if (!ctx || !deal) return { value: null, error: null };
    try {
      return {
        value: evaluateDraft(draft, {
          products,
          settings: ctx.settings,
          owner: findMember(ctx, deal.owner),
          today,
          decimal,
        }),
        error: null,
      };
    } catch (e) {
      return { value: null, error: errorMessage(e, t.unexpectedError) };
    }
  }, [ctx, deal, draft, products, today, decimal, t]);

  const quotes = useMemo(() => (ctx && dealId ? dealQuotes(ctx, dealId) : []), [ctx, dealId]);
  const shown = useMemo(() => {
    const quote = quotes.find((q) => q.id === shownQuote);
    if (!ctx || !quote) return null;
    try {
      return quoteState(ctx, quote, today);
    } catch {
      return null;
    }
  }, [ctx, quotes, shownQuote, today]);

  const running =
    load.state.status === "running" || build.state.status === "running" || act.state.status === "running";

  const goToSheet = async (sheet: string | null) => {
    try {
      const name = sheet ?? null;
      if (name === null) {
        setOutcome({ intent: "warning", text: t.sheetNotFound });
        return;
      }
      await port.selectCell(name, 1, 1);
    } catch (e) {
      setOutcome({ intent: "error", title: t.errorTitle, text: errorMessage(e, t.unexpectedError) });
    }
  };

  const runBuild = async () => {
    if (!deal || !evaluation.value?.ready) return;
    setOutcome(null);
    act.reset();
    const request: BuildQuoteRequest = {
      dealId: deal.id,
      lines: draftRequestLines(draft, decimal),
      discount: percentText(draft.discount, decimal) ?? 0,
      today,
    };
    if (revising !== null) request.revise = revising;
    const result = await build.start(request);
    if (!result) return;
    const status = QUOTE_STATUS_LABELS[locale][result.status];
    setOutcome({
      intent: "success",
      title: fill(revising !== null ? t.revisionBuilt : t.quoteBuilt, { quote: result.quote }),
      text: fill(result.approval.needed && !result.approval.approvedBy ? t.builtNeedsApproval : t.builtStatus, {
        status,
        level: result.approval.level ?? "",
        sheets: result.sheets.join(", "),
      }),
      sheet: result.sheets[0] ?? null,
    });
    // The quote is in the register now (shown above): the editor starts afresh.
    setRevising(null);
    setDraft({ lines: [newLine("product")], discount: "" });
    setShownQuote(result.quote);
    await load.start();
  };

  const runAction = async (ask: QuoteActionAsk) => {
    if (!shown) return;
    setOutcome(null);
    build.reset();
    const request: QuoteActionRequest = { quote: shown.quote.id, action: ask.action, today, at: paneNow() };
    if (ask.by !== undefined) request.by = ask.by;
    if (ask.department !== undefined) request.department = ask.department;
    if (ask.reason !== undefined) request.reason = ask.reason;
    const result = await act.start(request);
    if (!result) return;
    const status = QUOTE_STATUS_LABELS[locale][result.status];
    const text =
      result.action === "confirm"
        ? fill(t.actionConfirmed, { department: ask.department ?? "", quote: result.quote })
        : fill(t.actionDone, { quote: result.quote, status });
    setOutcome({
      intent: "success",
      title: text,
      text: result.deal
        ? fill(result.deal.stage === "Won" ? t.dealWon : t.dealLost, { deal: result.deal.id })
        : "",
    });
    await load.start();
  };

  const startRevision = () => {
    if (!shown || !ctx) return;
    const lines = draftFromLines(shown.document.lines, products, nextKey.current, decimal);
    nextKey.current += lines.length;
    setDraft({
      lines,
      discount: shown.quote.discount === 0 ? "" : numberText(shown.quote.discount * 100, decimal),
    });
    setRevising(shown.quote.id);
    setOutcome(null);
  };

  const cancelRevision = () => {
    setRevising(null);
    setDraft({ lines: [newLine("product")], discount: "" });
  };

  const value = evaluation.value;
  const lineNumber = (index: number) => (value ? value.counted.indexOf(index) + 1 : index + 1);
  const left = value ? value.counted.flatMap((c, i) => (c === null ? [i + 1] : [])) : [];

  return (
    <div className={styles.root}>
      <Text>{t.quoteIntro}</Text>
      {load.state.status === "running" && !ctx && (
        <JobProgress progress={load.state.progress} onCancel={load.cancel} />
      )}
      <JobMessage state={load.state} />

      {ctx && (
        <section className={styles.section} aria-labelledby="dd-quote-deal">
          <Subtitle2 as="h2" id="dd-quote-deal">
            {t.quoteDealHeading}
          </Subtitle2>
          <div className={styles.dealRow}>
            <Field className={styles.grow} label={t.quoteDeal} hint={fill(t.quoteDealHint, { count: dealOptions.length })}>
              <SearchCombobox
                options={dealOptions}
                selected={dealId}
                onSelect={chooseDeal}
                placeholder={t.quoteDealPlaceholder}
                noMatch={t.noMatch}
                typeToFind={t.typeToFind}
                disabled={running}
              />
            </Field>
            {props.inExcel && (
              <Button icon={<TableCursorRegular />} disabled={running} onClick={() => void takeSelectedRow()}>
                {t.useSelectedRow}
              </Button>
            )}
          </div>
          {deal && (
            <Caption1 data-testid="deal-summary">
              {fill(t.dealSummary, {
                account: deal.account ?? "—",
                owner: deal.owner,
                stage: deal.stageText || deal.stage,
              })}
            </Caption1>
          )}
        </section>
      )}

      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-testid="quote-outcome">
          <MessageBarBody>
            {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
            {outcome.text}
          </MessageBarBody>
          {outcome.sheet && (
            <MessageBarActions>
              <Button icon={<OpenRegular />} onClick={() => void goToSheet(outcome.sheet ?? null)}>
                {t.goToSheetButton}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {build.state.status === "running" && <JobProgress progress={build.state.progress} onCancel={build.cancel} />}
      {act.state.status === "running" && <JobProgress progress={act.state.progress} onCancel={act.cancel} />}
      <JobMessage state={build.state} />
      <JobMessage state={act.state} />

      {ctx && deal && quotes.length > 0 && (
        <section className={styles.section} aria-labelledby="dd-quote-existing">
          <Subtitle2 as="h2" id="dd-quote-existing">
            {t.quotesOfDeal}
          </Subtitle2>
          <Field label={t.quoteShown}>
            <Dropdown
              value={shownQuote ?? ""}
              selectedOptions={shownQuote ? [shownQuote] : []}
              onOptionSelect={(_, d) => setShownQuote(d.optionValue ?? null)}
              disabled={running}
            >
              {quotes.map((q) => (
                <Option key={q.id} value={q.id} text={q.id}>
                  {`${q.id} · ${QUOTE_STATUS_LABELS[locale][q.status]}${q.gross === null ? "" : ` · ${centsText(q.gross, locale, currency)}`}`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {shown && (
            <QuotePanel
              state={shown}
              team={ctx.team?.read.rows ?? []}
              levels={ctx.settings.approvalLevels}
              busy={running}
              onAction={(ask) => void runAction(ask)}
              onRevise={startRevision}
              onGoToSheet={() =>
                void port.listSheets().then(
                  (sheets) => goToSheet(customerSheetOf(sheets, shown.quote.id)),
                  (e: unknown) =>
                    setOutcome({ intent: "error", title: t.errorTitle, text: errorMessage(e, t.unexpectedError) })
                )
              }
            />
          )}
        </section>
      )}

      {ctx && deal && (
        <section className={styles.section} aria-labelledby="dd-quote-lines">
          <Subtitle2 as="h2" id="dd-quote-lines">
            {revising !== null ? fill(t.revisingHeading, { quote: revising }) : t.newQuoteHeading}
          </Subtitle2>
          {revising !== null && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{fill(t.revisingHint, { quote: revising })}</MessageBarBody>
              <MessageBarActions>
                <Button icon={<DismissRegular />} onClick={cancelRevision}>
                  {t.cancelRevision}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {evaluation.error !== null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{evaluation.error}</MessageBarBody>
            </MessageBar>
          )}
          {value && (
            <>
              <QuoteLinesEditor
                lines={draft.lines}
                products={products}
                evaluation={value}
                currency={currency}
                disabled={running}
                onChange={(lines) => setDraft((d) => ({ ...d, lines }))}
                onAdd={(kind) => setDraft((d) => ({ ...d, lines: [...d.lines, newLine(kind)] }))}
              />
              <Field
                className={styles.discount}
                label={t.quoteDiscount}
                validationState={value.discountProblem ? "error" : "none"}
                validationMessage={value.discountProblem ? t[value.discountProblem] : undefined}
              >
                <Input
                  inputMode="decimal"
                  value={draft.discount}
                  placeholder="0"
                  disabled={running}
                  onChange={(_, d) => setDraft((x) => ({ ...x, discount: d.value }))}
                />
              </Field>
              {left.length > 0 && (
                <Caption1 data-testid="lines-left-out">{fill(t.linesLeftOut, { lines: left.join(", ") })}</Caption1>
              )}
              {value.totals ? (
                <>
                  <QuoteTotalsTable totals={value.totals} currency={currency} label={t.liveTotals} testId="live-totals" />
                  {value.approval && <ApprovalSummary evaluation={value.approval} lineNumber={lineNumber} />}
                  <DepartmentList departments={value.departments} />
                </>
              ) : (
                <Caption1>{t.totalsEmpty}</Caption1>
              )}
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  icon={<DocumentAddRegular />}
                  disabled={running || !value.ready}
                  onClick={() => void runBuild()}
                >
                  {revising !== null ? t.buildRevision : t.buildQuote}
                </Button>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
