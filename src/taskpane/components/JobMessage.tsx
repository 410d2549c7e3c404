import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { JobState } from "../hooks/useJob";
import { useStrings } from "../i18n/strings";

/** The failure or cancellation of a job as a Fluent MessageBar; nothing otherwise. */
export function JobMessage(props: { state: JobState<unknown> }) {
  const { t } = useStrings();
  const { status, message } = props.state;
  if (status === "failed") {
    return (
      <MessageBar intent="error" layout="multiline" data-testid="job-failed">
        <MessageBarBody>
          <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (status === "cancelled") {
    // A bare "Cancelled." from the adapter would only repeat the title; "Cancelled: nothing more
    // was written." from a job says something, and stays.
    const detail = message !== null && !/^cancel+ed\W*$/i.test(message.trim()) ? message : null;
    return (
      <MessageBar intent="warning" layout="multiline" data-testid="job-cancelled">
        <MessageBarBody>
          <MessageBarTitle>{t.cancelledTitle}</MessageBarTitle>
          {detail}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return null;
}
