import { computeQuote, type QuoteLineInput } from "../../../src/core/quotes/quoteMath";
import type { FormulaValue, PlanValue } from "../../../src/host/port";
import {
  CUSTOMER_HEADER_ROW,
  customerQuoteKind,
  customerQuotePlan,
} from "../../../src/sheets/quotes/customerQuotePlan";
import type { QuoteDocument } from "../../../src/sheets/quotes/quoteDocument";
import { defaultSettings } from "../../../src/sheets/settings";

function line(over: Partial<QuoteLineInput>): QuoteLineInput {
  return {
    sku: "X-1",
    description: "Item",
    department: "Dept",
    qty: 1,
    unit: "pcs",
    unitPrice: 10000,
    listPrice: 10000,
    discount: 0,
    vatRate: 0.21,
    optional: false,
    unitCost: 7000,
    maxDiscount: 0.1,
    ...over,
  };
}

function doc(vatRounding: "per-rate" | "per-line", quoteDiscount: number): QuoteDocument {
  const lines = [
    line({ sku: "A", qty: 2, unitPrice: 89900, discount: 0.05 }),
    line({ sku: "B", unitPrice: 2490, vatRate: 0.12 }),
    line({ sku: "C", qty: 1.255, unitPrice: 300 }),
    line({ sku: "D", qty: 4, unitPrice: 5500, optional: true }),
  ];
  return {
    id: "Q-2026-0007",
    dealId: "D-1",
    date: "2026-03-02",
    validUntil: "2026-04-01",
    owner: "Anna Rep",
    status: "Draft",
    lines,
    quoteDiscount,
    vatRounding,
    totals: computeQuote({ lines, quoteDiscount, vatRounding }),
    currency: "EUR",
  };
}

const settings = {
  ...defaultSettings(),
  companyName: "SIA Pārdevējs",
  companyRegNo: "40003521600",
};
const customer = {
  name: "SIA Koks",
  regNo: "40003521600",
  vatNo: "LV40003521600",
  address: "Rīga",
};

function formulas(values: PlanValue[][]): { at: string; f: FormulaValue }[] {
  const out: { at: string; f: FormulaValue }[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && typeof v === "object")
        out.push({ at: `${String.fromCharCode(65 + c)}${r + 1}`, f: v });
    })
  );
  return out;
}

describe("customerQuotePlan", () => {
  it("is named by the quote number, print-ready on A4 with the table header repeated", () => {
    const plan = customerQuotePlan(doc("per-rate", 0.05), settings, customer, "lv");
    expect(plan).toMatchObject({
      name: "Q-2026-0007",
      kind: customerQuoteKind("Q-2026-0007"),
      font: { name: "Arial" },
    });
    expect(plan.print).toEqual({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      repeatRows: { first: CUSTOMER_HEADER_ROW, last: CUSTOMER_HEADER_ROW },
      printArea: { row: 1, column: 1, rows: plan.values.length, columns: 10 },
    });
    expect(plan.values[CUSTOMER_HEADER_ROW - 1]?.slice(0, 9)).toEqual([
      "Nr.",
      "Kods",
      "Nosaukums",
      "Daudz.",
      "Mērv.",
      "Cena",
      "Atlaide",
      "Summa",
      "PVN %",
    ]);
  });

  it("gives every formula the engine's result; line nets are ROUND(qty*price*(1-disc),2)", () => {
    const d = doc("per-line", 0.05);
    const plan = customerQuotePlan(d, settings, customer, "en");
    const all = formulas(plan.values);
    for (const { f } of all) expect(typeof f.result).toBe("number");
    expect(all.find((x) => x.at === "H14")?.f).toEqual({
      formula: "ROUND(D14*F14*(1-G14),2)",
      result: 1708.1,
    });
    expect(all.find((x) => x.at === "H16")?.f.result).toBe(3.77);
    // The optional line (its own block) is in no total: the sums stop at the last counted line.
    expect(all.find((x) => x.f.formula.startsWith("SUM($H$14"))?.f.formula).toBe(
      "SUM($H$14:$H$16)"
    );
    const gross = all.find((x) => /^H\d+$/u.test(x.at) && /^H\d+\+H\d+$/u.test(x.f.formula));
    expect(gross?.f.result).toBe(d.totals.gross / 100);
    // per-line: each counted line has its VAT cell.
    expect(all.filter((x) => /^J1[4-6]$/u.test(x.at))).toHaveLength(3);
  });

  it("shows optional lines in their own block, marked Optional / Izvēles", () => {
    const plan = customerQuotePlan(doc("per-rate", 0), settings, customer, "en");
    const texts = plan.values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Optional / Izvēles");
    const rowOf = (test: (r: PlanValue[]) => boolean): number => plan.values.findIndex(test);
    const total = rowOf((r) => r[3] === "Total with VAT");
    const marker = rowOf((r) => r[0] === "Optional / Izvēles");
    const optional = rowOf((r) => r[1] === "D");
    expect(total).toBeGreaterThan(CUSTOMER_HEADER_ROW);
    expect(marker).toBeGreaterThan(total);
    expect(optional).toBeGreaterThan(marker);
  });

  it("writes no cost, margin, department or approval in any cell", () => {
    const plan = customerQuotePlan(doc("per-line", 0.05), settings, customer, "lv");
    const texts = plan.values
      .flat()
      .map((v) => (v !== null && typeof v === "object" ? v.formula : String(v ?? "")));
    for (const word of ["Dept", "Izmaksas", "Marža", "Pašizmaksa", "apstiprin", "Anna Rep"]) {
      expect(texts.some((t) => t.toLowerCase().includes(word.toLowerCase()))).toBe(false);
    }
    expect(plan.values.flat()).not.toContain(70);
  });
});
