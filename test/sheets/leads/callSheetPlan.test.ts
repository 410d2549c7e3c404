import { isoDateToSerial } from "../../../src/core/parseDate";
import {
  callOrder,
  callSheetKind,
  callSheetName,
  callSheetPlan,
  type CallRow,
} from "../../../src/sheets/leads/callSheetPlan";
import { parseCallOutcome, sheetLocale } from "../../../src/sheets/leads/leadWords";

function row(id: string, grade: string, score: number, due: string | null, company = id): CallRow {
  return {
    id,
    grade,
    score,
    due,
    company,
    contact: null,
    title: null,
    phone: null,
    email: null,
    city: null,
    country: null,
    status: null,
    why: "",
  };
}

describe("callSheetPlan", () => {
  it("names the sheet for the owner, in the locale, as a valid Excel name", () => {
    expect(callSheetName("Anna Bērziņa", "lv")).toBe("Zvani Anna Bērziņa");
    expect(callSheetName("Anna Bērziņa", "en")).toBe("Calls Anna Bērziņa");
    expect(callSheetName("A/B [x]", "en")).toBe("Calls A-B (x)");
    expect(callSheetKind("Anna Bērziņa")).toBe("leads:calls:Anna Bērziņa");
  });

  it("orders A leads first, then by due date and score", () => {
    const ordered = callOrder([
      row("L-4", "C", 40, "2026-12-04"),
      row("L-1", "A", 80, "2026-11-30"),
      row("L-5", "D", 10, null),
      row("L-2", "B", 60, "2026-12-01"),
      row("L-3", "A", 90, "2026-11-30"),
      row("L-6", "A", 75, "2026-11-20"),
    ]);
    expect(ordered.map((r) => r.id)).toEqual(["L-6", "L-3", "L-1", "L-2", "L-4", "L-5"]);
  });

  it("lays out a title, the outcomes to write, the header and the leads with empty outcome columns", () => {
    const plan = callSheetPlan(
      "Anna Bērziņa",
      [row("L-2", "B", 60, "2026-12-01", '=HYPERLINK("x")'), row("L-1", "A", 80, "2026-11-30")],
      "2026-11-27",
      "lv"
    );
    expect(plan.values[0]).toEqual(["Zvani — Anna Bērziņa"]);
    expect(plan.values[1]?.[0]).toBe(
      "27.11.2026 · 2 potenciālie klienti, A vispirms · Rezultāts: ieinteresēts / nav ieinteresēts / neatbild / atzvanīt"
    );
    expect(plan.values[3]?.slice(-4)).toEqual([
      "Rezultāts",
      "Piezīmes",
      "Nākamais solis",
      "Nākamā soļa datums",
    ]);
    expect(plan.values[4]?.slice(0, 5)).toEqual([
      "L-1",
      "A",
      80,
      isoDateToSerial("2026-11-30"),
      "L-1",
    ]);
    expect(plan.values[5]?.[4]).toBe('=HYPERLINK("x")');
    expect(plan.values[5]?.slice(-4)).toEqual([null, null, null, null]);
    expect(plan.tables?.[0]?.range).toEqual({ row: 4, column: 1, rows: 3, columns: 17 });
    expect(plan.kind).toBe("leads:calls:Anna Bērziņa");
    expect(plan.owner).toBeUndefined();
  });

  it("shows due dates before today red, not blank ones", () => {
    const plan = callSheetPlan("A", [row("L-1", "A", 80, "2026-11-20")], "2026-11-27", "en");
    expect(plan.conditionalFormats?.[0]).toMatchObject({
      operator: "between",
      values: ["1", String(isoDateToSerial("2026-11-27") - 1)],
    });
  });
});

describe("lead words", () => {
  it.each([
    ["interested", "interested"],
    ["Ieinteresēts", "interested"],
    ["not interested", "not interested"],
    ["Nav ieinteresēts", "not interested"],
    ["no answer", "no answer"],
    ["neatbild", "no answer"],
    ["call back", "call back"],
    ["callback", "call back"],
    ["atzvanīt", "call back"],
  ])("%s is the outcome %s", (text, outcome) => {
    expect(parseCallOutcome(text)).toBe(outcome);
  });

  it("refuses other outcomes", () => {
    expect(parseCallOutcome("maybe")).toBeNull();
  });

  it("tells a Latvian Leads sheet from its headers", () => {
    const lv = {
      kind: "leads" as const,
      columns: {
        company: { header: "Uzņēmums", column: 1 },
        email: { header: "E-pasts", column: 2 },
      },
    };
    const en = {
      kind: "leads" as const,
      columns: {
        company: { header: "Company", column: 1 },
        email: { header: "E-mail", column: 2 },
      },
    };
    expect(sheetLocale(lv, "en")).toBe("lv");
    expect(sheetLocale(en, "lv")).toBe("en");
  });
});
