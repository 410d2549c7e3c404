import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import type { Dispatch } from "react";
import type { IcsFile } from "../../jobs/meetings/meetingInvitations";
import type { MeetingJson } from "../../jobs/meetings/meetingJson";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { Pager, usePaged } from "../leads/Pager";
import { dateText } from "../quote/figureText";
import { meetingKey, meetingTime } from "./meetingText";

const useStyles = makeStyles({
  table: { tableLayout: "auto" },
  wrap: { overflowWrap: "anywhere", whiteSpace: "normal", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  nowrap: { whiteSpace: "nowrap", verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  secondary: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A planned meeting with its invitation (null when the plan made none for it). */
export interface PlannedMeeting {
  meeting: MeetingJson;
  ics: IcsFile | null;
}

/** The planned meetings of a plan, a page at a time, each with a button that downloads its `.ics`. */
export function PlannedMeetingsTable(props: {
  planned: readonly PlannedMeeting[];
  onDownload: Dispatch<IcsFile>;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const paged = usePaged(props.planned);
  return (
    <>
      <Table size="extra-small" className={styles.table} aria-label={t.plannedTableLabel} data-testid="planned-meetings">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colDate}</TableHeaderCell>
            <TableHeaderCell>{t.colWith}</TableHeaderCell>
            <TableHeaderCell>{t.colPeople}</TableHeaderCell>
            <TableHeaderCell>{t.colActions}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {paged.rows.map(({ meeting, ics }) => {
            const label = meetingKey(meeting);
            return (
              <TableRow key={label} data-meeting={label}>
                <TableCell className={styles.nowrap}>
                  {dateText(meeting.date, locale)}
                  <span className={styles.secondary}>{meetingTime(meeting)}</span>
                </TableCell>
                <TableCell className={styles.wrap}>
                  {meeting.with}
                  <span className={styles.secondary}>{[label, meeting.city].filter((x) => !!x).join(" · ")}</span>
                </TableCell>
                <TableCell className={styles.wrap}>
                  {meeting.manager ?? "—"}
                  {meeting.rep && <span className={styles.secondary}>{meeting.rep}</span>}
                </TableCell>
                <TableCell className={styles.nowrap}>
                  {ics && (
                    <Button
                      size="small"
                      icon={<ArrowDownloadRegular />}
                      aria-label={fill(t.downloadIcsFor, { id: label })}
                      title={fill(t.downloadIcsFor, { id: label })}
                      onClick={() => props.onDownload(ics)}
                    >
                      {t.downloadIcs}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Pager paged={paged} testId="planned-page" />
    </>
  );
}
