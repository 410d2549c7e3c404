import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { SheetCheck } from "../../jobs/checkWorkbook";
import { sheetKindDef } from "../../sheets/sheetKinds";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  number: { textAlign: "end", width: "4.5em" },
});

/** The sheets `check` looked for: each kind, the sheet found (or "missing"), and its row counts. */
export function SheetsTable(props: { sheets: readonly SheetCheck[] }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  return (
    <Table size="extra-small" aria-label={t.sheetsTableLabel} data-testid="sheets-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.colKind}</TableHeaderCell>
          <TableHeaderCell>{t.colSheet}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.colRead}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.colUsed}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{t.colSkipped}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.sheets.map((s) => (
          <TableRow key={s.kind} data-kind={s.kind}>
            <TableCell>{sheetKindDef(s.kind).title[locale]}</TableCell>
            <TableCell data-field="sheet">
              {s.sheet ?? (
                <Badge appearance="outline" color="warning">
                  {t.sheetMissing}
                </Badge>
              )}
              {s.error !== null && (
                <Badge appearance="outline" color="danger" title={s.error}>
                  {t.sheetUnreadable}
                </Badge>
              )}
            </TableCell>
            <TableCell className={styles.number} data-field="read">
              {s.counts.read}
            </TableCell>
            <TableCell className={styles.number} data-field="used">
              {s.counts.used}
            </TableCell>
            <TableCell className={styles.number} data-field="skipped">
              {s.counts.skipped}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
