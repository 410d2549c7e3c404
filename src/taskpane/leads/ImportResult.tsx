import {
  Caption1,
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
import { DUPLICATE_RULE_TEXT } from "../../core/leads/leadKeys";
import type { ImportLeadsResult } from "../../jobs/leads/importLeads";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { Pager, usePaged } from "./Pager";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { maxWidth: "20em" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", width: "5em" },
  rowColumn: { width: "4.5em", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  secondary: { display: "block", color: tokens.colorNeutralForeground2 },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/**
 * What an import did: how many rows were added, reported as duplicates and rejected; each
 * duplicate with the lead (or earlier row) it matches and the rule that matched; each rejected
 * row with its problem.
 */
export function ImportResult(props: { result: ImportLeadsResult }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { result } = props;
  const duplicates = usePaged(result.duplicates);
  const rejected = usePaged(result.rejected);
  return (
    <div className={styles.section} data-testid="import-result">
      <Table size="extra-small" className={styles.counts} aria-label={t.importCountsLabel} data-testid="import-counts">
        <TableBody>
          {(
            [
              ["added", t.countAdded, result.added.length],
              ["duplicates", t.countDuplicates, result.duplicates.length],
              ["rejected", t.countRejected, result.rejected.length],
            ] as const
          ).map(([key, label, count]) => (
            <TableRow key={key} data-count={key}>
              <TableCell>{label}</TableCell>
              <TableCell className={styles.number} data-field="value">
                {count}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      {result.duplicates.length > 0 && (
        <section className={styles.section} aria-labelledby="dd-leads-duplicates">
          <Subtitle2 as="h3" id="dd-leads-duplicates">
            {fill(t.duplicatesHeading, { count: result.duplicates.length })}
          </Subtitle2>
          <Table size="extra-small" aria-label={t.duplicatesTableLabel} data-testid="duplicates-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rowColumn}>{t.colRow}</TableHeaderCell>
                <TableHeaderCell>{t.colCompany}</TableHeaderCell>
                <TableHeaderCell>{t.colMatches}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {duplicates.rows.map((d) => (
                <TableRow key={d.row} data-row={d.row} data-rule={d.rule} data-matches={`${d.matches.sheet}!${d.matches.row}`}>
                  <TableCell className={styles.rowColumn}>{d.row}</TableCell>
                  <TableCell className={styles.wrap}>{d.company}</TableCell>
                  <TableCell className={styles.wrap}>
                    {fill(t.matchesRow, { sheet: d.matches.sheet, row: d.matches.row })}
                    {d.matches.lead ? ` · ${d.matches.lead}` : ""}
                    <Caption1 className={styles.secondary}>
                      {d.matches.company} — {DUPLICATE_RULE_TEXT[d.rule][locale]}
                    </Caption1>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager paged={duplicates} testId="duplicates-page" />
        </section>
      )}

      {result.rejected.length > 0 && (
        <section className={styles.section} aria-labelledby="dd-leads-rejected">
          <Subtitle2 as="h3" id="dd-leads-rejected">
            {fill(t.rejectedHeading, { count: result.rejected.length })}
          </Subtitle2>
          <Table size="extra-small" aria-label={t.rejectedTableLabel} data-testid="rejected-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rowColumn}>{t.colRow}</TableHeaderCell>
                <TableHeaderCell>{t.colProblem}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rejected.rows.map((issue, i) => (
                <TableRow key={`${issue.row ?? ""}:${rejected.from + i}`} data-row={issue.row ?? ""}>
                  <TableCell className={styles.rowColumn}>{issue.row ?? "—"}</TableCell>
                  <TableCell className={styles.wrap}>
                    <Text>{issue.problem}</Text>
                    {(issue.column !== null || issue.value !== null) && (
                      <Caption1 className={styles.secondary}>
                        {issue.column}
                        {issue.column !== null && issue.value !== null && ": "}
                        {issue.value !== null && <span className={styles.value}>{issue.value}</span>}
                      </Caption1>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pager paged={rejected} testId="rejected-page" />
        </section>
      )}
    </div>
  );
}
