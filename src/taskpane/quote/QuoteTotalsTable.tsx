import {
  Table,
  TableBody,
  TableCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { QuoteTotals } from "../../core/quotes/quoteMath";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { centsText, ratioText } from "./figureText";

const useStyles = makeStyles({
  amount: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  internal: { color: tokens.colorNeutralForeground2 },
});

/**
 * A quote's totals as the engine computes them: subtotal, quote discount, net, VAT per rate,
 * gross, and the internal cost and margin. Each figure row carries `data-figure` for tests.
 */
export function QuoteTotalsTable(props: {
  totals: QuoteTotals;
  currency: string;
  label: string;
  testId: string;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { totals, currency } = props;
  const money = (cents: number) => centsText(cents, locale, currency);
  const rows: { key: string; label: string; value: string; strong?: boolean; internal?: boolean }[] = [];
  if (totals.quoteDiscount !== 0) {
    rows.push({ key: "subtotal", label: t.totalSubtotal, value: money(totals.subtotal) });
    rows.push({ key: "discount", label: t.totalDiscount, value: money(-totals.quoteDiscount) });
  }
  rows.push({ key: "net", label: t.totalNet, value: money(totals.net), strong: true });
  for (const group of totals.groups) {
    rows.push({
      key: `vat-${group.rate}`,
      label: fill(t.totalVat, { rate: ratioText(group.rate, locale, 2), net: money(group.net) }),
      value: money(group.vat),
    });
  }
  rows.push({ key: "gross", label: t.totalGross, value: money(totals.gross), strong: true });
  if (totals.optionalNet !== 0)
    rows.push({ key: "optional", label: t.totalOptional, value: money(totals.optionalNet) });
  rows.push({
    key: "cost",
    label: totals.costKnown ? t.totalCost : t.totalCostPartial,
    value: money(totals.cost),
    internal: true,
  });
  rows.push({ key: "margin", label: t.totalMargin, value: ratioText(totals.margin, locale), internal: true });

  return (
    <Table size="extra-small" aria-label={props.label} data-testid={props.testId}>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key} data-figure={r.key}>
            <TableCell className={mergeClasses(r.strong && styles.strong, r.internal && styles.internal)}>
              {r.label}
            </TableCell>
            <TableCell
              className={mergeClasses(styles.amount, r.strong && styles.strong, r.internal && styles.internal)}
              data-field="value"
            >
              {r.value}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
