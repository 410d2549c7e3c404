import {
  Badge,
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, SaveRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState, type Dispatch, type FormEvent } from "react";
import type { WorkbookPort } from "../../host/port";
import { loadSettings, saveSettings } from "../../jobs/settingsJobs";
import { validateSettingText, type SettingEntry } from "../../sheets/settings";
import { JobMessage } from "../components/JobMessage";
import { JobProgress } from "../components/JobProgress";
import { useJob } from "../hooks/useJob";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { settingChoices } from "../settingChoices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    bottom: 0,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  label: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A value longer than this is edited in a multi-line box (VAT rates, scoring rules, mappings). */
const LONG_VALUE = 48;

interface Outcome {
  intent: "success" | "info" | "error";
  title?: string;
  text: string;
  items?: string[];
}

/**
 * Settings: every setting of the Settings sheet (defaults for those it lacks), edited with its
 * explanation and checked as typed; Save writes only the changed values, and only when all are
 * valid. A workbook without a Settings sheet gets one on the first save.
 */
export function SettingsView(props: { port: WorkbookPort; active: boolean }) {
  const styles = useStyles();
  const { t } = useStrings();
  const { port, active } = props;
  const load = useJob((options) => loadSettings(port, options));
  const save = useJob((options, changes: Record<string, string>) => saveSettings(port, changes, options));
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  // Read the sheet each time the view is opened: a job may have changed it meanwhile.
  const startLoad = load.start;
  useEffect(() => {
    if (active) void startLoad();
  }, [active, startLoad]);

  const loaded = load.state.result;
  const entries = useMemo(() => loaded?.entries ?? [], [loaded]);
  const labelOf = (key: string) => entries.find((e) => e.key === key)?.label ?? key;
  const valueOf = (entry: SettingEntry) => edits[entry.key] ?? entry.text;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    const changes: Record<string, string> = {};
    for (const entry of entries) {
      const value = edits[entry.key];
      if (value !== undefined && value !== entry.text) changes[entry.key] = value;
    }
    const keys = Object.keys(changes);
    if (keys.length === 0) {
      setOutcome({ intent: "info", text: t.settingsNoChanges });
      return;
    }
    const invalid = keys.flatMap((key) => {
      const problem = validateSettingText(key, changes[key] ?? "", loaded?.settings);
      return problem === null ? [] : [`${labelOf(key)}: ${problem}`];
    });
    if (invalid.length > 0) {
      setOutcome({ intent: "error", text: t.settingsFixFirst, items: invalid });
      return;
    }
    setOutcome(null);
    const result = await save.start(changes);
    if (!result) return;
    if (result.problems.length > 0) {
      setOutcome({
        intent: "error",
        text: t.settingsNotSaved,
        items: result.problems.map((p) => `${labelOf(p.key)}: ${p.problem}`),
      });
      return;
    }
    setOutcome({
      intent: "success",
      title: t.settingsSavedTitle,
      text: fill(t.settingsSaved, { keys: result.saved.map(labelOf).join(", ") }),
    });
    setEdits({});
    await load.start();
  };

  const running = load.state.status === "running" || save.state.status === "running";

  return (
    <div className={styles.root}>
      <Text>{t.settingsIntro}</Text>
      {load.state.status === "running" && !loaded && <JobProgress progress={load.state.progress} onCancel={load.cancel} />}
      {save.state.status === "running" && <JobProgress progress={save.state.progress} onCancel={save.cancel} />}
      <JobMessage state={load.state} />
      <JobMessage state={save.state} />
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-testid="settings-outcome">
          <MessageBarBody>
            {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
            {outcome.text}
            {outcome.items && (
              <ul className={styles.list}>
                {outcome.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded && (
        <>
          <Text size={200} data-testid="settings-source">
            {loaded.sheet === null ? t.settingsNoSheet : fill(t.settingsSheet, { sheet: loaded.sheet })}
          </Text>
          {loaded.issues.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="settings-issues">
              <MessageBarBody>
                {fill(t.settingsIssues, { count: loaded.issues.length })}
                <ul className={styles.list}>
                  {loaded.issues.map((issue, i) => (
                    <li key={i}>{issue.row === null ? issue.problem : `${issue.row}: ${issue.problem}`}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
            {entries.map((entry) => {
              const value = valueOf(entry);
              const problem = validateSettingText(entry.key, value, loaded.settings);
              const edited = edits[entry.key] !== undefined && edits[entry.key] !== entry.text;
              return (
                <SettingField
                  key={entry.key}
                  entry={entry}
                  value={value}
                  problem={problem}
                  showDefault={entry.isDefault && !edited}
                  defaultLabel={t.settingDefault}
                  onChange={(text) => setEdits((all) => ({ ...all, [entry.key]: text }))}
                />
              );
            })}
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" icon={<SaveRegular />} disabled={running}>
                {t.saveSettings}
              </Button>
              <Button icon={<ArrowClockwiseRegular />} disabled={running} onClick={() => void load.start()}>
                {t.reloadSettings}
              </Button>
            </div>
          </form>
        </>
      )}
    </div>
  );
}

/** One setting: a Dropdown when it has a fixed set of values, else a text box; its problem inline. */
function SettingField(props: {
  entry: SettingEntry;
  value: string;
  problem: string | null;
  showDefault: boolean;
  defaultLabel: string;
  onChange: Dispatch<string>;
}) {
  const styles = useStyles();
  const { entry, value, problem } = props;
  const choices = settingChoices(entry.key);
  const label = (
    <span className={styles.label}>
      {entry.label}
      {props.showDefault && (
        <Badge appearance="tint" color="informative" size="small">
          {props.defaultLabel}
        </Badge>
      )}
    </span>
  );
  return (
    <Field
      label={label}
      hint={entry.explanation}
      validationState={problem === null ? "none" : "error"}
      validationMessage={problem ?? undefined}
      data-setting={entry.key}
    >
      {choices ? (
        <Dropdown
          value={value}
          selectedOptions={[value]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && props.onChange(data.optionValue)}
        >
          {choices.map((choice) => (
            <Option key={choice} value={choice}>
              {choice}
            </Option>
          ))}
        </Dropdown>
      ) : entry.text.length > LONG_VALUE || entry.text.includes("\n") ? (
        <Textarea value={value} resize="vertical" onChange={(_, data) => props.onChange(data.value)} />
      ) : (
        <Input value={value} onChange={(_, data) => props.onChange(data.value)} />
      )}
    </Field>
  );
}
