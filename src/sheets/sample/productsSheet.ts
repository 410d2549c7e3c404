import type { SheetPlan } from "../../host/port";
import type { SampleFacts } from "./sampleFacts";
import { euros, inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";
import { SAMPLE_DEPARTMENTS, type SampleProduct } from "./sampleProducts";

/**
 * The Produkti sheet (price list): code, name, department, unit, list price, unit cost, VAT
 * rate, max discount and active (jā/nē).
 *
 * @example productsSheet(sampleProducts()).facts.count === 54
 */
export function productsSheet(products: readonly SampleProduct[]): {
  plan: SheetPlan;
  facts: SampleFacts["products"];
} {
  const spec: InputSheetSpec = {
    kind: "products",
    name: "Produkti",
    table: "Products",
    columns: [
      { header: "Kods", type: "text" },
      { header: "Nosaukums", type: "text" },
      { header: "Nodaļa", type: "text" },
      { header: "Mērvienība", type: "text" },
      { header: "Cena", type: "money" },
      { header: "Pašizmaksa", type: "money" },
      { header: "PVN likme", type: "percent" },
      { header: "Maks. atlaide %", type: "percent" },
      { header: "Aktīvs", type: "text" },
    ],
    rows: products.map((p) => [
      p.sku,
      p.name,
      p.department,
      p.unit,
      euros(p.listPrice),
      euros(p.unitCost),
      p.vatRate,
      p.maxDiscount,
      p.active ? "jā" : "nē",
    ]),
    freezeColumns: 1,
  };
  const facts: SampleFacts["products"] = {
    ...inputSheetFacts(spec, []),
    count: products.length,
    departments: [...SAMPLE_DEPARTMENTS],
    inactiveSkus: products.filter((p) => !p.active).map((p) => p.sku),
    reducedVatSkus: products.filter((p) => p.vatRate !== 0.21).map((p) => p.sku),
  };
  return { plan: inputSheetPlan(spec), facts };
}
