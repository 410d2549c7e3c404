import {
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular, TextAddRegular } from "@fluentui/react-icons";
import { useMemo, type Dispatch } from "react";
import type { Product } from "../../core/model";
import { fill } from "../i18n/fill";
import { useStrings } from "../i18n/strings";
import { centsText, ratioText } from "./figureText";
import type { DraftEvaluation, DraftField, DraftLine } from "./quoteDraft";
import { SearchCombobox, type SearchOption } from "./SearchCombobox";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  line: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  numbers: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  // Fluent inputs keep a minimum width of their own: in three narrow columns they must shrink.
  numberInput: { minWidth: 0, width: "100%" },
  foot: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap" },
  figures: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/**
 * The lines of the quote being edited: each a product (found by SKU or name) or a free-text
 * line, with quantity, discount %, a unit price overriding the list price, and whether it is
 * optional; each line's net and margin as computed live, its problems inline.
 */
export function QuoteLinesEditor(props: {
  lines: DraftLine[];
  products: readonly Product[];
  evaluation: DraftEvaluation;
  currency: string;
  disabled: boolean;
  onChange: Dispatch<DraftLine[]>;
  onAdd: Dispatch<"product" | "text">;
}) {
  const styles = useStyles();
  const { t, locale } = useStrings();
  const { lines, evaluation, currency } = props;

  const productOptions = useMemo<SearchOption[]>(
    () =>
      [...props.products]
        .sort((a, b) => Number(b.active) - Number(a.active))
        .map((p) => ({
          value: p.sku,
          text: `${p.sku} · ${p.name}`,
          detail: [
            centsText(p.listPrice, locale, currency),
            p.department,
            p.active ? null : t.productInactive,
          ]
            .filter((x): x is string => !!x)
            .join(" · "),
        })),
    [props.products, locale, currency, t]
  );

  const update = (key: number, change: Partial<DraftLine>) =>
    props.onChange(lines.map((l) => (l.key === key ? { ...l, ...change } : l)));

  return (
    <div className={styles.root} data-testid="quote-lines">
      {lines.map((line, i) => {
        const problems = evaluation.problems[i] ?? [];
        const problemOf = (field: DraftField) => {
          const p = problems.find((x) => x.field === field);
          return p ? t[p.problem] : undefined;
        };
        // A field not filled in yet says what it needs without turning red.
        const state = (field: DraftField) => {
          const p = problems.find((x) => x.field === field);
          return p === undefined || p.pending ? "none" : "error";
        };
        const index = evaluation.counted[i];
        const figured = index === null || index === undefined ? null : evaluation.totals?.lines[index];
        const number = i + 1;
        // A product line whose product is not chosen yet has `sku: ""`; a free-text line `sku: null`.
        const product = line.sku ? props.products.find((p) => p.sku === line.sku) : undefined;
        return (
          <Card key={line.key} size="small" className={styles.line} data-testid="quote-line">
            <div className={styles.head}>
              <Text weight="semibold" id={`dd-line-${line.key}`}>
                {fill(line.sku === null ? t.lineTextTitle : t.lineTitle, { n: number })}
              </Text>
              <Button
                appearance="subtle"
                icon={<DeleteRegular />}
                aria-label={fill(t.removeLine, { n: number })}
                title={fill(t.removeLine, { n: number })}
                disabled={props.disabled}
                onClick={() => props.onChange(lines.filter((l) => l.key !== line.key))}
              />
            </div>
            {line.sku !== null ? (
              <Field label={t.lineProduct} validationState={state("product")} validationMessage={problemOf("product")}>
                <SearchCombobox
                  options={productOptions}
                  selected={line.sku === "" ? null : line.sku}
                  onSelect={(sku) => update(line.key, { sku: sku ?? "" })}
                  placeholder={t.lineProductPlaceholder}
                  noMatch={t.noMatch}
                  typeToFind={t.typeToFind}
                  disabled={props.disabled}
                />
              </Field>
            ) : (
              <Field
                label={t.lineDescription}
                validationState={state("description")}
                validationMessage={problemOf("description")}
              >
                <Input
                  value={line.description}
                  disabled={props.disabled}
                  onChange={(_, d) => update(line.key, { description: d.value })}
                />
              </Field>
            )}
            <div className={styles.numbers}>
              <Field label={t.lineQty} validationState={state("qty")} validationMessage={problemOf("qty")}>
                <Input
                  className={styles.numberInput}
                  inputMode="decimal"
                  value={line.qty}
                  disabled={props.disabled}
                  onChange={(_, d) => update(line.key, { qty: d.value })}
                />
              </Field>
              <Field
                label={t.lineDiscount}
                validationState={state("discount")}
                validationMessage={problemOf("discount")}
              >
                <Input
                  className={styles.numberInput}
                  inputMode="decimal"
                  value={line.discount}
                  placeholder="0"
                  disabled={props.disabled}
                  onChange={(_, d) => update(line.key, { discount: d.value })}
                />
              </Field>
              <Field
                label={t.lineUnitPrice}
                validationState={state("unitPrice")}
                validationMessage={problemOf("unitPrice")}
              >
                <Input
                  className={styles.numberInput}
                  inputMode="decimal"
                  value={line.unitPrice}
                  placeholder={product ? centsText(product.listPrice, locale, currency) : undefined}
                  disabled={props.disabled}
                  onChange={(_, d) => update(line.key, { unitPrice: d.value })}
                />
              </Field>
            </div>
            <div className={styles.foot}>
              <Switch
                label={t.lineOptional}
                checked={line.optional}
                disabled={props.disabled}
                onChange={(_, d) => update(line.key, { optional: d.checked })}
              />
              {figured && (
                <Caption1 className={styles.figures} data-testid="line-figures">
                  {fill(figured.margin === null ? t.lineFiguresNoMargin : t.lineFigures, {
                    net: centsText(figured.netAfterDiscount, locale, currency),
                    margin: ratioText(figured.margin, locale),
                  })}
                </Caption1>
              )}
            </div>
          </Card>
        );
      })}
      <div className={styles.actions}>
        <Button icon={<AddRegular />} disabled={props.disabled} onClick={() => props.onAdd("product")}>
          {t.addProductLine}
        </Button>
        <Button icon={<TextAddRegular />} disabled={props.disabled} onClick={() => props.onAdd("text")}>
          {t.addTextLine}
        </Button>
      </div>
    </div>
  );
}
