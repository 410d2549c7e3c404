import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { IsoDate } from "../../core/model";
import { isIsoDate } from "../../core/parseDate";
import type { CallOutcome } from "../../sheets/leads/leadWords";
import { CALL_OUTCOMES } from "../../sheets/leads/leadWords";
import type { StringKey } from "../i18n/en";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import type { OutreachAsk, OutreachEntry, SaveOutreach } from "./outreachEntry";

const OUTCOME_LABELS: Record<CallOutcome, StringKey> = {
  interested: "outcomeInterested",
  "not interested": "outcomeNotInterested",
  "no answer": "outcomeNoAnswer",
  "call back": "outcomeCallBack",
};

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * A dialog for one quick action on a lead: the outcome of a call (interested, not interested,
 * no answer, call back on a day) or the materials sent, with a note. Saving hands the entry to
 * `onSave`; the dialog closes when it resolves true.
 */
export function OutreachDialog(props: {
  ask: OutreachAsk | null;
  today: IsoDate;
  busy: boolean;
  /** Why the last save failed, shown in the dialog. */
  error: string | null;
  onSave: SaveOutreach;
  onClose: () => void;
}) {
  const styles = useStyles();
  const { t } = useStrings();
  const { ask } = props;
  const [outcome, setOutcome] = useState<CallOutcome>("interested");
  const [callBackOn, setCallBackOn] = useState("");
  const [materials, setMaterials] = useState("");
  const [note, setNote] = useState("");
  const [tried, setTried] = useState(false);

  // A new ask starts from a clean form.
  useEffect(() => {
    setOutcome("interested");
    setCallBackOn("");
    setMaterials("");
    setNote("");
    setTried(false);
  }, [ask]);

  const callBackProblem = outcome === "call back" && !(isIsoDate(callBackOn) && callBackOn >= props.today);
  const materialsProblem = materials.trim() === "";
  const invalid = ask?.action === "call" ? callBackProblem : materialsProblem;

  const save = async () => {
    if (!ask) return;
    setTried(true);
    if (invalid) return;
    const entry: OutreachEntry =
      ask.action === "call"
        ? { action: "call", outcome, ...(outcome === "call back" ? { callBackOn } : {}) }
        : { action: "materials", materials: materials.trim() };
    if (note.trim() !== "") entry.note = note.trim();
    if (await props.onSave(entry)) props.onClose();
  };

  return (
    <Dialog open={ask !== null} onOpenChange={(_, d) => !d.open && props.onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <DialogBody>
            <DialogTitle>
              {ask && fill(ask.action === "call" ? t.logCallFor : t.materialsFor, { company: ask.company })}
            </DialogTitle>
            <DialogContent className={styles.content}>
              {ask?.action === "call" ? (
                <>
                  <Field label={t.callOutcome}>
                    <RadioGroup value={outcome} onChange={(_, d) => setOutcome(d.value as CallOutcome)}>
                      {CALL_OUTCOMES.map((o) => (
                        <Radio key={o} value={o} label={t[OUTCOME_LABELS[o]]} />
                      ))}
                    </RadioGroup>
                  </Field>
                  {outcome === "call back" && (
                    <Field
                      label={t.callBackOn}
                      required
                      validationState={tried && callBackProblem ? "error" : "none"}
                      validationMessage={tried && callBackProblem ? t.callBackNeedsDate : undefined}
                    >
                      <Input type="date" min={props.today} value={callBackOn} onChange={(_, d) => setCallBackOn(d.value)} />
                    </Field>
                  )}
                </>
              ) : (
                <Field
                  label={t.materialsWhat}
                  required
                  hint={tried && materialsProblem ? undefined : t.materialsWhatHint}
                  validationState={tried && materialsProblem ? "error" : "none"}
                  validationMessage={tried && materialsProblem ? t.materialsNeedsWhat : undefined}
                >
                  <Input value={materials} onChange={(_, d) => setMaterials(d.value)} />
                </Field>
              )}
              <Field label={t.outreachNote}>
                <Input value={note} onChange={(_, d) => setNote(d.value)} />
              </Field>
              {props.error !== null && (
                <MessageBar intent="error" layout="multiline" data-testid="outreach-failed">
                  <MessageBarBody>{props.error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" type="submit" disabled={props.busy}>
                {t.save}
              </Button>
              <Button appearance="secondary" onClick={props.onClose}>
                {t.close}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
