import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Link,
  Option,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useMemo, useState, type Dispatch } from "react";
import type { Issue } from "../../core/issue";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";

/** Issues shown per page: only these rows are in the DOM, however many issues there are. */
export const ISSUES_PAGE_SIZE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "fixed" },
  row: { cursor: "pointer" },
  // The issue last activated: a brand bar, no fill (a link on a selected fill is below 4.5:1 in dark).
  activeRow: { boxShadow: `inset 3px 0 0 ${tokens.colorBrandStroke1}` },
  whereColumn: { width: "38%" },
  wrap: {
    overflowWrap: "anywhere",
    whiteSpace: "normal",
    paddingBlock: tokens.spacingVerticalXS,
    verticalAlign: "top",
  },
  secondary: { display: "block", color: tokens.colorNeutralForeground2 },
  value: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

/**
 * The issues of a check, a page at a time, optionally of one sheet. Activating a row (click, or
 * Enter/Space on its row link) calls `onActivate` with the issue.
 */
export function IssuesTable(props: {
  issues: readonly Issue[];
  active: Issue | null;
  onActivate: Dispatch<Issue>;
}) {
  const styles = useStyles();
  const { t } = useStrings();
  const [sheet, setSheet] = useState<string | null>(null);
  const [page, setPage] = useState(0);

  const sheets = useMemo(() => [...new Set(props.issues.map((i) => i.sheet))], [props.issues]);
  const shown = useMemo(
    () => (sheet === null ? props.issues : props.issues.filter((i) => i.sheet === sheet)),
    [props.issues, sheet]
  );
  const pages = Math.max(1, Math.ceil(shown.length / ISSUES_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const from = current * ISSUES_PAGE_SIZE;
  const rows = shown.slice(from, from + ISSUES_PAGE_SIZE);

  return (
    <div className={styles.root}>
      {sheets.length > 1 && (
        <Field label={t.filterSheet}>
          <Dropdown
            value={sheet ?? t.allSheets}
            selectedOptions={[sheet ?? ""]}
            onOptionSelect={(_, data) => {
              setSheet(data.optionValue ? data.optionValue : null);
              setPage(0);
            }}
          >
            <Option value="">{t.allSheets}</Option>
            {sheets.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Table size="extra-small" className={styles.table} aria-label={t.issuesTableLabel} data-testid="issues-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.whereColumn}>{t.colWhere}</TableHeaderCell>
            <TableHeaderCell>{t.colProblem}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((issue, i) => (
            <TableRow
              key={from + i}
              className={mergeClasses(styles.row, issue === props.active && styles.activeRow)}
              aria-current={issue === props.active ? "true" : undefined}
              onClick={() => props.onActivate(issue)}
              data-testid="issue-row"
              data-sheet={issue.sheet}
              data-row={issue.row ?? ""}
              data-column={issue.column ?? ""}
            >
              <TableCell className={styles.wrap}>
                {/* Subtle: a brand-coloured link on the row's hover fill is below 4.5:1 in the dark theme. */}
                <Link
                  as="button"
                  appearance="subtle"
                  inline
                  aria-label={
                    issue.row === null
                      ? fill(t.goToSheet, { sheet: issue.sheet })
                      : fill(t.goToCell, { sheet: issue.sheet, row: issue.row })
                  }
                >
                  {issue.row === null ? issue.sheet : `${issue.sheet} ${issue.row}`}
                </Link>
                {issue.column !== null && <Caption1 className={styles.secondary}>{issue.column}</Caption1>}
              </TableCell>
              <TableCell className={styles.wrap}>
                <Text>{issue.problem}</Text>
                {issue.value !== null && (
                  <Caption1 className={styles.secondary}>
                    {t.colValue}:{" "}
                    <span className={styles.value}>{issue.value}</span>
                  </Caption1>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {shown.length > ISSUES_PAGE_SIZE && (
        <div className={styles.pager}>
          <Text aria-live="polite" data-testid="issues-page">
            {fill(t.pageInfo, { from: from + 1, to: from + rows.length, total: shown.length })}
          </Text>
          <Button
            icon={<ChevronLeftRegular />}
            aria-label={t.previousPage}
            title={t.previousPage}
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          />
          <Button
            icon={<ChevronRightRegular />}
            aria-label={t.nextPage}
            title={t.nextPage}
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          />
        </div>
      )}
    </div>
  );
}
