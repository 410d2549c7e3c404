import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { JobProgress as Progress } from "../../jobs/jobOptions";
import { useStrings } from "../i18n/strings";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, minWidth: 0 },
});

/** A running job: its step label, a progress bar (indeterminate until the job reports) and Cancel. */
export function JobProgress(props: { progress: Progress | null; onCancel: () => void }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { progress } = props;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : undefined;
  return (
    <div className={styles.root} role="status" aria-live="polite">
      <Field className={styles.field} validationMessage={progress?.label ?? t.working} validationState="none">
        <ProgressBar value={value} thickness="large" />
      </Field>
      <Button icon={<DismissRegular />} onClick={props.onCancel}>
        {t.cancel}
      </Button>
    </div>
  );
}
