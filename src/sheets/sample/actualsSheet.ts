import type { PlanValue, SheetPlan } from "../../host/port";
import type { SampleDeal } from "./sampleDeals";
import type { SampleFacts } from "./sampleFacts";
import type { SampleDeviation } from "./sampleQuotes";
import { euros, inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";

/**
 * The Fakts sheet: delivered lines (deal, code, quantity, revenue, cost) of the won deals with
 * actuals, and a `Kopā` total row at the end. `deviations` (how each deal's lines differ from its
 * accepted quote) go into the facts.
 *
 * @example actualsSheet(deals, history.deviations).facts.deals.length >= 40
 */
export function actualsSheet(
  deals: readonly SampleDeal[],
  deviations: Readonly<Record<string, SampleDeviation[]>>
): {
  plan: SheetPlan;
  facts: SampleFacts["actuals"];
} {
  const withActuals = deals.filter((d) => d.actuals !== null);
  const rows: PlanValue[][] = withActuals.flatMap((d) =>
    (d.actuals ?? []).map((a) => [d.id, a.sku, a.qty, euros(a.revenue), euros(a.cost)])
  );
  const lines = rows.length;
  const sum = (pick: (a: NonNullable<SampleDeal["actuals"]>[number]) => number): number =>
    withActuals.reduce((s, d) => s + (d.actuals ?? []).reduce((t, a) => t + pick(a), 0), 0);
  rows.push([null, "Kopā", null, euros(sum((a) => a.revenue)), euros(sum((a) => a.cost))]);
  const spec: InputSheetSpec = {
    kind: "actuals",
    name: "Fakts",
    table: "Actuals",
    columns: [
      { header: "Darījuma ID", type: "text" },
      { header: "Kods", type: "text" },
      { header: "Daudzums", type: "number" },
      { header: "Ieņēmumi", type: "money" },
      { header: "Izmaksas", type: "money" },
    ],
    rows,
  };
  return {
    plan: inputSheetPlan(spec),
    facts: {
      ...inputSheetFacts(spec, [
        { index: lines, reason: "total", skipped: true, column: null, value: null },
      ]),
      lines,
      deals: withActuals.map((d) => d.id),
      deviations: Object.fromEntries(withActuals.map((d) => [d.id, deviations[d.id] ?? []])),
    },
  };
}
