import {
  Combobox,
  Option,
  OptionGroup,
  makeStyles,
  tokens,
  type ComboboxProps,
} from "@fluentui/react-components";
import { useEffect, useMemo, useState, type Dispatch } from "react";
import { normalizeKey } from "../../core/normalizeText";

/** One choice of a {@link SearchCombobox}. */
export interface SearchOption {
  value: string;
  /** What the box shows once chosen, and what typing searches. */
  text: string;
  /** A second, smaller line under the text in the list. */
  detail?: string;
  /** Options with a group are listed under its label, in the order groups first appear. */
  group?: string;
}

/** Options the list shows at most while nothing narrows it: typing finds the others. */
export const SEARCH_LIMIT = 100;

const useStyles = makeStyles({
  detail: { display: "block", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** True when every word typed occurs in the option's text or detail (case and diacritics ignored). */
function matches(option: SearchOption, query: string): boolean {
  const haystack = normalizeKey(`${option.text} ${option.detail ?? ""}`);
  return query
    .split(/\s+/)
    .map(normalizeKey)
    .filter((w) => w !== "")
    .every((w) => haystack.includes(w));
}

/**
 * A Fluent Combobox to find one of many choices by typing (deals, products): the list narrows to
 * the options matching every word typed; the chosen option's text stays in the box.
 */
export function SearchCombobox(
  props: {
    options: readonly SearchOption[];
    selected: string | null;
    onSelect: Dispatch<string | null>;
    /** Shown when nothing matches what was typed. */
    noMatch: string;
    /** Shown under a list cut at {@link SEARCH_LIMIT}. */
    typeToFind?: string;
  } & Pick<ComboboxProps, "placeholder" | "disabled" | "aria-labelledby" | "id" | "aria-invalid" | "className">
) {
  const styles = useStyles();
  const { options, selected, onSelect } = props;
  const selectedText = options.find((o) => o.value === selected)?.text ?? "";
  const [query, setQuery] = useState(selectedText);
  const [typing, setTyping] = useState(false);
  // The chosen option can change from outside (a selected row, a reload): show its text.
  useEffect(() => {
    setQuery(selectedText);
    setTyping(false);
  }, [selectedText]);

  const found = useMemo(
    () => (typing && query.trim() !== "" ? options.filter((o) => matches(o, query)) : options),
    [options, query, typing]
  );
  const shown = found.slice(0, SEARCH_LIMIT);
  const cut = found.length > SEARCH_LIMIT;

  const groups: { label: string | undefined; options: SearchOption[] }[] = [];
  for (const option of shown) {
    const group = groups.find((g) => g.label === option.group);
    if (group) group.options.push(option);
    else groups.push({ label: option.group, options: [option] });
  }
  const render = (o: SearchOption) => (
    <Option key={o.value} value={o.value} text={o.text}>
      <span>
        {o.text}
        {o.detail && <span className={styles.detail}>{o.detail}</span>}
      </span>
    </Option>
  );

  return (
    <Combobox
      id={props.id}
      className={props.className}
      aria-labelledby={props["aria-labelledby"]}
      aria-invalid={props["aria-invalid"]}
      placeholder={props.placeholder}
      disabled={props.disabled}
      value={query}
      selectedOptions={selected === null ? [] : [selected]}
      onChange={(e) => {
        setQuery(e.target.value);
        setTyping(true);
      }}
      onOptionSelect={(_, data) => {
        setTyping(false);
        setQuery(data.optionText ?? "");
        onSelect(data.optionValue ?? null);
      }}
      onBlur={() => {
        // Leaving the box with half a word typed shows the chosen option again.
        setTyping(false);
        setQuery(selectedText);
      }}
    >
      {shown.length === 0 ? (
        <Option key="__none" value="" text="" disabled>
          {props.noMatch}
        </Option>
      ) : (
        groups.map((g) =>
          g.label === undefined ? (
            g.options.map(render)
          ) : (
            <OptionGroup key={g.label} label={g.label}>
              {g.options.map(render)}
            </OptionGroup>
          )
        )
      )}
      {cut && props.typeToFind && (
        <Option key="__more" value="" text="" disabled className={styles.hint}>
          {props.typeToFind}
        </Option>
      )}
    </Combobox>
  );
}
