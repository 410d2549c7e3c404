import {
  Caption1,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FigureSet } from "../../core/reports/figureSet";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { amountText } from "../quote/figureText";
import type { Dispatch } from "react";
import { AttainmentBadge } from "./AttainmentBadge";
import type { FigureName, FigureSheet } from "./reportSheetsOf";

const useStyles = makeStyles({
  table: { tableLayout: "fixed" },
  name: { overflowWrap: "anywhere", whiteSpace: "normal" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
  nameColumn: { width: "34%" },
  badgeColumn: { width: "8.5em" },
  badge: { whiteSpace: "nowrap" },
  target: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * Figure sets (managers or reps) as a table: revenue against target and the attainment badge;
 * a totals row when given. A name with a sheet of its own is a link that goes to it. Rows carry
 * `data-name` and their cells `data-field` for tests.
 */
export function FigureTable(props: {
  label: string;
  nameHeader: string;
  rows: readonly FigureSet[];
  nameOf: FigureName;
  totals?: FigureSet;
  currency: string;
  sheetOf?: FigureSheet;
  onGoTo?: Dispatch<string>;
  testId: string;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const money = (x: number | null) => amountText(x, locale, props.currency);
  const row = (f: FigureSet, name: string, total: boolean) => {
    const sheet = !total && props.sheetOf ? props.sheetOf(f) : null;
    return (
      <TableRow key={total ? "__total" : name} data-name={total ? "" : name} className={total ? styles.total : undefined}>
        <TableCell className={styles.name} data-field="name">
          {sheet && props.onGoTo ? (
            <Link
              as="button"
              inline
              aria-label={fill(t.goToNamedSheet, { name, sheet })}
              onClick={() => props.onGoTo?.(sheet)}
            >
              {name}
            </Link>
          ) : (
            name
          )}
        </TableCell>
        <TableCell className={styles.number}>
          <span data-field="revenue">{money(f.revenue)}</span>
          <Caption1 className={styles.target}>
            {t.targetPrefix} <span data-field="target">{money(f.target)}</span>
          </Caption1>
        </TableCell>
        <TableCell className={styles.badge} data-field="attainment">
          <AttainmentBadge attainment={f.attainment} />
        </TableCell>
      </TableRow>
    );
  };
  return (
    <Table size="extra-small" className={styles.table} aria-label={props.label} data-testid={props.testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.nameColumn}>{props.nameHeader}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.colRevenueTarget}</TableHeaderCell>
          <TableHeaderCell className={styles.badgeColumn}>{t.colAttainment}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((f) => row(f, props.nameOf(f), false))}
        {props.totals && row(props.totals, t.totalRow, true)}
      </TableBody>
    </Table>
  );
}
