import {
  Badge,
  Button,
  Caption1,
  Divider,
  Dropdown,
  Field,
  Input,
  Option,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  CheckmarkRegular,
  DocumentEditRegular,
  OpenRegular,
  PeopleCheckmarkRegular,
  SendRegular,
  ThumbDislikeRegular,
  ThumbLikeRegular,
} from "@fluentui/react-icons";
import { useEffect, useState, type Dispatch } from "react";
import type { TeamMember } from "../../core/model";
import { canApprove, type ApprovalLevelRule } from "../../core/quotes/approval";
import { QUOTE_STATUS_LABELS, type QuoteStatus } from "../../core/quotes/status";
import type { QuoteActionName } from "../../jobs/quotes/quoteAction";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { ApprovalSummary } from "./ApprovalSummary";
import { DepartmentList } from "./DepartmentList";
import { dateText } from "./figureText";
import { QuoteTotalsTable } from "./QuoteTotalsTable";
import type { QuoteState } from "./registerQuotes";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "10em" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Badge colours of the quote statuses. */
export const STATUS_COLOR: Record<
  QuoteStatus,
  "informative" | "warning" | "success" | "brand" | "danger" | "subtle"
> = {
  Draft: "informative",
  "Needs approval": "warning",
  Approved: "success",
  Sent: "brand",
  Accepted: "success",
  Rejected: "danger",
  Expired: "subtle",
  Superseded: "subtle",
};

const OPEN: readonly QuoteStatus[] = ["Draft", "Needs approval", "Approved", "Sent"];

/** What an action button asks the view to do (the job's request, less the quote and date). */
export interface QuoteActionAsk {
  action: QuoteActionName;
  by?: string;
  department?: string;
  reason?: string;
}

/**
 * A quote of the register: its status, totals, approval and departments, and what can be done
 * with it — approve (by a Team member who may), confirm a department's lines, send, accept,
 * reject (with the customer's reason), revise, and go to its customer sheet. The jobs decide:
 * a refused action comes back as a message.
 */
export function QuotePanel(props: {
  state: QuoteState;
  team: readonly TeamMember[];
  levels: readonly ApprovalLevelRule[];
  busy: boolean;
  onAction: Dispatch<QuoteActionAsk>;
  onRevise: () => void;
  onGoToSheet: () => void;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { quote, document, evaluation, departments } = props.state;
  const status = quote.status;
  const open = OPEN.includes(status);
  const level = evaluation.level ?? "";
  const approvers = props.team.filter(
    (m) => m.active && level !== "" && canApprove(m.role, level, props.levels)
  );
  const [approver, setApprover] = useState<string | null>(null);
  const waiting = departments.filter((d) => d.status !== "Confirmed");
  const [department, setDepartment] = useState<string | null>(null);
  const [confirmer, setConfirmer] = useState("");
  const [reason, setReason] = useState("");
  // Another quote shown: forget what was typed for the last one.
  useEffect(() => {
    setApprover(null);
    setDepartment(null);
    setConfirmer("");
    setReason("");
  }, [quote.id]);
  const chosenDepartment = department ?? waiting[0]?.department ?? null;
  const canApproveNow =
    evaluation.needed && quote.approvedBy === null && (status === "Draft" || status === "Needs approval");

  return (
    <section className={styles.root} aria-labelledby="dd-quote-panel" data-testid="quote-panel" data-quote={quote.id}>
      <div className={styles.head}>
        <Subtitle2 as="h3" id="dd-quote-panel">
          {quote.id}
        </Subtitle2>
        <Badge appearance="filled" color={STATUS_COLOR[status]} data-testid="quote-status">
          {QUOTE_STATUS_LABELS[locale][status]}
        </Badge>
      </div>
      <Caption1>
        {fill(t.quoteDates, {
          date: document.date ? dateText(document.date, locale) : "",
          until: dateText(document.validUntil, locale),
        })}
      </Caption1>
      <QuoteTotalsTable totals={document.totals} currency={document.currency} label={fill(t.quoteTotalsOf, { quote: quote.id })} testId="quote-totals" />
      <ApprovalSummary evaluation={evaluation} approvedBy={quote.approvedBy} approvedAt={quote.approvedAt} />
      <DepartmentList departments={departments} />

      {canApproveNow && (
        <div className={styles.row}>
          <Field className={styles.grow} label={fill(t.approverLabel, { level })}>
            <Dropdown
              placeholder={approvers.length === 0 ? fill(t.approverNone, { level }) : t.approverPlaceholder}
              value={approver ?? ""}
              selectedOptions={approver ? [approver] : []}
              onOptionSelect={(_, d) => setApprover(d.optionValue ?? null)}
              disabled={props.busy || approvers.length === 0}
            >
              {approvers.map((m) => (
                <Option key={m.name} value={m.name} text={m.name}>
                  {`${m.name} (${m.role})`}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button
            appearance="primary"
            icon={<CheckmarkRegular />}
            disabled={props.busy || approver === null}
            onClick={() => approver && props.onAction({ action: "approve", by: approver })}
          >
            {t.approve}
          </Button>
        </div>
      )}

      {open && waiting.length > 0 && (
        <div className={styles.row}>
          <Field className={styles.grow} label={t.confirmDepartment}>
            <Dropdown
              value={chosenDepartment ?? ""}
              selectedOptions={chosenDepartment ? [chosenDepartment] : []}
              onOptionSelect={(_, d) => setDepartment(d.optionValue ?? null)}
              disabled={props.busy}
            >
              {waiting.map((d) => (
                <Option key={d.department} value={d.department}>
                  {d.department}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Field className={styles.grow} label={t.confirmedBy}>
            <Input value={confirmer} disabled={props.busy} onChange={(_, d) => setConfirmer(d.value)} />
          </Field>
          <Button
            icon={<PeopleCheckmarkRegular />}
            disabled={props.busy || chosenDepartment === null || confirmer.trim() === ""}
            onClick={() =>
              chosenDepartment &&
              props.onAction({ action: "confirm", department: chosenDepartment, by: confirmer.trim() })
            }
          >
            {t.confirm}
          </Button>
        </div>
      )}

      <Divider />
      <div className={styles.actions}>
        <Button
          appearance={status === "Approved" || status === "Draft" ? "primary" : "secondary"}
          icon={<SendRegular />}
          disabled={props.busy || !open || status === "Sent"}
          onClick={() => props.onAction({ action: "send" })}
        >
          {t.send}
        </Button>
        <Button
          icon={<ThumbLikeRegular />}
          disabled={props.busy || status !== "Sent"}
          onClick={() => props.onAction({ action: "accept" })}
        >
          {t.accept}
        </Button>
        <Button
          icon={<DocumentEditRegular />}
          disabled={props.busy || status === "Accepted" || props.state.superseded}
          onClick={props.onRevise}
        >
          {t.revise}
        </Button>
        <Button icon={<OpenRegular />} disabled={props.busy} onClick={props.onGoToSheet}>
          {t.goToSheetButton}
        </Button>
      </div>
      {status === "Sent" && (
        <div className={styles.row}>
          <Field className={styles.grow} label={t.rejectReason}>
            <Input value={reason} disabled={props.busy} onChange={(_, d) => setReason(d.value)} />
          </Field>
          <Button
            icon={<ThumbDislikeRegular />}
            disabled={props.busy}
            onClick={() => props.onAction({ action: "reject", reason: reason.trim() || undefined })}
          >
            {t.reject}
          </Button>
        </div>
      )}
    </section>
  );
}
