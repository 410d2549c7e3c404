import { Combobox, Option, OptionGroup, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { normalizeKey } from "../../core/normalizeText";
import { useStrings } from "../i18n/strings";
import type { MeetingParty, PartyChange } from "./meetingChoices";

/** Companies the list shows at most while typing narrows it. */
const LIST_LIMIT = 60;

const useStyles = makeStyles({
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * Whom a meeting is with: a Fluent Combobox that suggests the workbook's accounts and leads as
 * one types, and takes any other name as written (a prospect not in the workbook yet).
 */
export function PartyCombobox(props: {
  parties: readonly MeetingParty[];
  value: string;
  /** The text typed or chosen, and the company when it was chosen from the list. */
  onChange: PartyChange;
  disabled?: boolean;
  invalid?: boolean;
}) {
  const styles = useStyles();
  const { t } = useStrings();
  const { parties, value, onChange } = props;
  const found = useMemo(() => {
    const words = value.split(/\s+/).map(normalizeKey).filter((w) => w !== "");
    return words.length === 0
      ? parties
      : parties.filter((p) => {
          const key = normalizeKey(`${p.name} ${p.city ?? ""}`);
          return words.every((w) => key.includes(w));
        });
  }, [parties, value]);
  const shown = found.slice(0, LIST_LIMIT);
  const groups = (["account", "lead"] as const)
    .map((from) => ({ from, items: shown.filter((p) => p.from === from) }))
    .filter((g) => g.items.length > 0);

  return (
    <Combobox
      freeform
      value={value}
      placeholder={t.meetingWithPlaceholder}
      disabled={props.disabled}
      aria-invalid={props.invalid}
      selectedOptions={parties.some((p) => p.name === value) ? [value] : []}
      onChange={(e) => onChange(e.target.value, null)}
      onOptionSelect={(_, data) => {
        const name = data.optionValue ?? data.optionText ?? "";
        if (name === "") return;
        onChange(name, parties.find((p) => p.name === name) ?? null);
      }}
    >
      {groups.map((g) => (
        <OptionGroup key={g.from} label={g.from === "account" ? t.fromAccounts : t.fromLeads}>
          {g.items.map((p) => (
            <Option key={`${g.from}:${p.name}`} value={p.name} text={p.name}>
              <span>
                {p.name}
                {(p.city ?? p.owner) && (
                  <span className={styles.detail}>{[p.city, p.owner].filter((x) => !!x).join(" · ")}</span>
                )}
              </span>
            </Option>
          ))}
        </OptionGroup>
      ))}
      {found.length > LIST_LIMIT && (
        <Option key="__more" value="" text="" disabled className={styles.hint}>
          {t.typeToFind}
        </Option>
      )}
    </Combobox>
  );
}
