import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({ root: { padding: tokens.spacingHorizontalM } });

/** A full-pane message when the pane cannot work on a workbook (not in Excel, Excel too old). */
export function HostMessage(props: { title: string; message: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          {props.message}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
