import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronLeftRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useState, type Dispatch } from "react";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";

/** Rows a paged table shows at once: only these are in the DOM, however long the list. */
export const PAGE_SIZE = 25;

const useStyles = makeStyles({
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "flex-end" },
});

/** A page of `items`: the rows shown, where they start, and the pager's state. */
export interface Paged<T> {
  rows: T[];
  from: number;
  page: number;
  pages: number;
  total: number;
  setPage: Dispatch<number>;
}

/** The current page of a list (back to a valid page when the list shrinks). */
export function usePaged<T>(items: readonly T[], size = PAGE_SIZE): Paged<T> {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages - 1);
  const from = current * size;
  return { rows: items.slice(from, from + size), from, page: current, pages, total: items.length, setPage };
}

/** Previous / next buttons and "26–50 of 143" under a paged table; nothing for a single page. */
export function Pager<T>(props: { paged: Paged<T>; testId?: string }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { paged } = props;
  if (paged.pages <= 1) return null;
  return (
    <div className={styles.pager}>
      <Text aria-live="polite" data-testid={props.testId}>
        {fill(t.pageInfo, { from: paged.from + 1, to: paged.from + paged.rows.length, total: paged.total })}
      </Text>
      <Button
        icon={<ChevronLeftRegular />}
        aria-label={t.previousPage}
        title={t.previousPage}
        disabled={paged.page === 0}
        onClick={() => paged.setPage(paged.page - 1)}
      />
      <Button
        icon={<ChevronRightRegular />}
        aria-label={t.nextPage}
        title={t.nextPage}
        disabled={paged.page >= paged.pages - 1}
        onClick={() => paged.setPage(paged.page + 1)}
      />
    </div>
  );
}
