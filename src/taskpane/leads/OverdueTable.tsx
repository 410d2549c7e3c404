import {
  Button,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CallRegular, MailCheckmarkRegular } from "@fluentui/react-icons";
import type { Dispatch } from "react";
import type { OverdueStep } from "../../jobs/leads/overdueNextSteps";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { dateText } from "../quote/figureText";
import type { OutreachAsk } from "./outreachEntry";
import { Pager, usePaged } from "./Pager";

const useStyles = makeStyles({
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  secondary: { display: "block", color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, paddingBlock: tokens.spacingVerticalXS },
  actionsColumn: { width: "8.5em" },
});

/**
 * The overdue next steps, a page at a time, longest overdue first; each lead with an ID offers
 * "Log call" and "Materials sent".
 */
export function OverdueTable(props: {
  overdue: readonly OverdueStep[];
  busy: boolean;
  onAsk: Dispatch<OutreachAsk>;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const paged = usePaged(props.overdue);
  return (
    <>
      <Table size="extra-small" aria-label={t.overdueTableLabel} data-testid="overdue-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colLead}</TableHeaderCell>
            <TableHeaderCell>{t.colNextStep}</TableHeaderCell>
            <TableHeaderCell className={styles.actionsColumn}>{t.colActions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.rows.map((step) => (
            <TableRow key={step.row} data-lead={step.id ?? ""} data-row={step.row}>
              <TableCell className={styles.wrap}>
                {step.company}
                <Caption1 className={styles.secondary}>
                  {[step.id, step.owner, step.status].filter((x): x is string => !!x).join(" · ")}
                </Caption1>
              </TableCell>
              <TableCell className={styles.wrap}>
                {step.nextStep ?? "—"}
                <Caption1 className={styles.secondary}>
                  {dateText(step.nextStepDate, locale)} · {fill(t.daysOverdue, { days: step.daysOverdue })}
                </Caption1>
              </TableCell>
              <TableCell>
                {step.id !== null && (
                  <div className={styles.actions}>
                    <Button
                      size="small"
                      icon={<CallRegular />}
                      disabled={props.busy}
                      aria-label={fill(t.logCallAria, { company: step.company })}
                      onClick={() => step.id && props.onAsk({ action: "call", leadId: step.id, company: step.company })}
                    >
                      {t.logCall}
                    </Button>
                    <Button
                      size="small"
                      icon={<MailCheckmarkRegular />}
                      disabled={props.busy}
                      aria-label={fill(t.materialsAria, { company: step.company })}
                      onClick={() =>
                        step.id && props.onAsk({ action: "materials", leadId: step.id, company: step.company })
                      }
                    >
                      {t.markMaterialsSent}
                    </Button>
                  </div>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Pager paged={paged} testId="overdue-page" />
    </>
  );
}
