import { makeStyles, tokens } from "@fluentui/react-components";
import type { ClashJson, MeetingJson } from "../../jobs/meetings/meetingJson";
import { useStrings } from "../i18n/strings";
import { clashText } from "./meetingText";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** Clashes as a list: who is booked twice, and the two meetings with their times. */
export function ClashList(props: {
  clashes: readonly ClashJson[];
  byLabel: ReadonlyMap<string, MeetingJson>;
  testId: string;
  /** The label of a meeting not saved yet, named "the new meeting". */
  unsaved?: string;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  return (
    <ul className={styles.list} data-testid={props.testId}>
      {props.clashes.map((c, i) => (
        <li key={`${c.a}|${c.b}|${c.person}|${i}`} data-kind={c.kind} data-a={c.a} data-b={c.b} data-person={c.person}>
          {clashText(c, props.byLabel, t, locale, props.unsaved ?? null)}
        </li>
      ))}
    </ul>
  );
}
