import {
  Badge,
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
import {
  DEPARTMENT_STATUS_LABELS,
  type DepartmentState,
  type DepartmentStatus,
} from "../../sheets/quotes/departmentStatus";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { dateText } from "./figureText";

const useStyles = makeStyles({
  secondary: { display: "block", color: tokens.colorNeutralForeground2 },
});

const COLOR: Record<DepartmentStatus, "informative" | "success" | "danger"> = {
  Pending: "informative",
  Confirmed: "success",
  "Changes needed": "danger",
};

/** The departments that confirm a quote's lines: each one's lines, status, who and when. */
export function DepartmentList(props: { departments: readonly DepartmentState[] }) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  if (props.departments.length === 0) return <Caption1>{t.departmentsNone}</Caption1>;
  return (
    <Table size="extra-small" aria-label={t.departmentsLabel} data-testid="departments">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.colDepartment}</TableHeaderCell>
          <TableHeaderCell>{t.colStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.departments.map((d) => (
          <TableRow key={d.department} data-department={d.department} data-status={d.status}>
            <TableCell>
              {d.department}
              <Caption1 className={styles.secondary}>{fill(t.departmentLines, { lines: d.lines.join(", ") })}</Caption1>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={COLOR[d.status]}>
                {DEPARTMENT_STATUS_LABELS[locale][d.status]}
              </Badge>
              {d.by && (
                <Caption1 className={styles.secondary}>
                  {d.at ? `${d.by}, ${dateText(d.at, locale)}` : d.by}
                </Caption1>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
