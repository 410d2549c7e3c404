import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ApprovalEvaluation, ApprovalReason } from "../../core/quotes/approval";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { dateText, ratioText } from "./figureText";
import type { LineNumbering } from "./quoteDraft";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/**
 * Whether a quote needs approval, by whom and why (each reason of the core's evaluation), or
 * who approved it and when.
 *
 * `lineNumber` maps a reason's line index (among the figured lines) to the line number the user
 * sees; reasons about a line are worded here so that number is right while some lines are left
 * out of the live figures.
 */
export function ApprovalSummary(props: {
  evaluation: ApprovalEvaluation;
  approvedBy?: string | null;
  approvedAt?: string | null;
  lineNumber?: LineNumbering;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { evaluation } = props;
  const text = (reason: ApprovalReason): string => {
    if (reason.code === "line-discount-over-max" && reason.lineIndex !== null) {
      const n = props.lineNumber ? props.lineNumber(reason.lineIndex) : reason.lineIndex + 1;
      return fill(t.reasonLineDiscount, {
        n,
        what: reason.sku ?? "",
        value: ratioText(reason.value, locale, 2),
        limit: ratioText(reason.limit, locale, 2),
      });
    }
    return reason[locale];
  };
  if (!evaluation.needed) {
    return (
      <MessageBar intent="success" layout="multiline" data-testid="approval">
        <MessageBarBody>{t.approvalNotNeeded}</MessageBarBody>
      </MessageBar>
    );
  }
  const approved = props.approvedBy ?? null;
  return (
    <MessageBar intent={approved ? "success" : "warning"} layout="multiline" data-testid="approval">
      <MessageBarBody>
        <MessageBarTitle>
          {approved
            ? fill(t.approvalGiven, {
                by: approved,
                at: props.approvedAt ? dateText(props.approvedAt, locale) : "",
              })
            : fill(t.approvalNeeded, { level: evaluation.level ?? "" })}
        </MessageBarTitle>
        <ul className={styles.list} data-testid="approval-reasons">
          {evaluation.reasons.map((r, i) => (
            <li key={i} data-code={r.code}>
              {text(r)}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
