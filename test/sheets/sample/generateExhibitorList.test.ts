import Papa from "papaparse";
import { isAppError } from "../../../src/core/appError";
import {
  exhibitorListCsv,
  generateExhibitorList,
} from "../../../src/sheets/sample/generateExhibitorList";
import { generateSampleWorkbook } from "../../../src/sheets/sample/generateSampleWorkbook";
import { isEmpty, leadKeys, planNamed, readPlan } from "./planReader";

describe("generateExhibitorList", () => {
  const list = generateExhibitorList("Riga Food 2027", { rows: 120 });

  it("is a raw organiser export: two title lines and an empty line above the header, then the exhibitors", () => {
    expect(list.lines[0]).toEqual(["Riga Food 2027 — exhibitor list"]);
    expect(list.lines[1]?.[0]).toMatch(/^Exported 27\.11\.2026 · 120 exhibitors$/);
    expect(list.lines[2]).toEqual([]);
    expect(list.headerLine).toBe(4);
    expect(list.lines[3]).toEqual(list.headers);
    expect(list.headers).toEqual(
      expect.arrayContaining(["Exhibitor", "Booth", "Country", "Website", "E-mail", "Phone"])
    );
    expect(list.rows).toHaveLength(120);
    expect(list.lines.slice(4)).toEqual(list.rows);
    expect(
      list.rows.every(
        (r) => r.length === list.headers.length && r.every((v) => typeof v === "string")
      )
    ).toBe(true);
    const col = (h: string): string[] => list.rows.map((r) => r[list.headers.indexOf(h)] ?? "");
    expect(col("Exhibitor").every((c) => c.trim() !== "")).toBe(true);
    expect(col("E-mail").some((e) => e === "")).toBe(true);
    expect(col("E-mail").some((e) => e !== "" && (e !== e.trim() || e !== e.toLowerCase()))).toBe(
      true
    );
    expect(new Set(col("Country")).size).toBeGreaterThanOrEqual(3);
  });

  it("lists its duplicates: exactly the rows that repeat an earlier row's e-mail, domain, number or name", () => {
    const h = (name: string): number => list.headers.indexOf(name);
    const seen = new Map<string, number>();
    const repeats: number[] = [];
    list.rows.forEach((r, i) => {
      const line = list.headerLine + 1 + i;
      const k = leadKeys(
        r[h("Exhibitor")] ?? null,
        r[h("E-mail")] ?? null,
        r[h("Website")] ?? null,
        r[h("Registration number")] ?? null,
        null
      );
      const ids = [
        ...(k.email ? [`e:${k.email}`] : []),
        ...k.domains.map((d) => `d:${d}`),
        ...k.regNos.map((n) => `r:${n}`),
        `n:${k.name}`,
      ];
      if (ids.some((id) => seen.has(id))) repeats.push(line);
      for (const id of ids) if (!seen.has(id)) seen.set(id, line);
    });
    expect(list.duplicates.map((d) => d.row)).toEqual(repeats);
    expect(repeats.length).toBeGreaterThanOrEqual(3);
    for (const d of list.duplicates) expect(d.rules).toContain("name");
  });

  it("includes companies that the sample workbook of the same seed already has as leads and accounts", () => {
    const { plans } = generateSampleWorkbook();
    const nameKey = (v: unknown): string | null =>
      leadKeys(typeof v === "string" ? v : null, null, null, null, null).name;
    const leadNames = new Set(
      readPlan(planNamed(plans, "Potenciālie klienti")).rows.map((r) => nameKey(r.get("Uzņēmums")))
    );
    const accountNames = new Set(
      readPlan(planNamed(plans, "Klienti")).rows.map((r) => nameKey(r.get("Klients")))
    );
    const inLeads = list.inSample.filter((s) => s.sheet === "leads");
    const inAccounts = list.inSample.filter((s) => s.sheet === "accounts");
    expect(inLeads.length).toBeGreaterThanOrEqual(5);
    expect(inAccounts.length).toBeGreaterThanOrEqual(1);
    for (const s of list.inSample) {
      const exhibitor = list.lines[s.line - 1]?.[0];
      expect(nameKey(exhibitor)).toBe(nameKey(s.company));
      expect((s.sheet === "leads" ? leadNames : accountNames).has(nameKey(s.company))).toBe(true);
    }
    // And nothing else in the list is in the sample.
    const known = new Set(list.inSample.map((s) => s.line));
    list.rows.forEach((r, i) => {
      const line = list.headerLine + 1 + i;
      if (known.has(line) || list.duplicates.some((d) => d.row === line)) return;
      const key = nameKey(r[0]);
      expect([line, leadNames.has(key) || accountNames.has(key)]).toEqual([line, false]);
    });
  });

  it("is deterministic per show and seed", () => {
    expect(generateExhibitorList("Riga Food 2027", { rows: 120 })).toEqual(list);
    expect(generateExhibitorList("Riga Food 2027", { rows: 120, seed: 5 }).rows).not.toEqual(
      list.rows
    );
    expect(generateExhibitorList("Build Baltic 2027", { rows: 120 }).rows).not.toEqual(list.rows);
    expect(generateExhibitorList("Riga Food 2027").rows).toHaveLength(150);
  });

  it("writes CSV that a CSV reader reads back line for line", () => {
    for (const separator of [";", ","] as const) {
      const csv = exhibitorListCsv(list, { separator });
      expect(csv.startsWith("\uFEFF")).toBe(true);
      const parsed = Papa.parse<string[]>(csv.slice(1), {
        delimiter: separator,
        skipEmptyLines: false,
      });
      const lines = parsed.data.filter((l) => !(l.length === 1 && l[0] === ""));
      const expected = list.lines.filter((l) => l.length > 0);
      expect(lines).toEqual(expected);
    }
    expect(exhibitorListCsv(list, { bom: false }).startsWith("Riga Food")).toBe(true);
  });

  it("refuses a size outside 10 … 800 rows", () => {
    for (const rows of [5, 801, 12.5]) {
      let error: unknown;
      try {
        generateExhibitorList("X", { rows });
      } catch (e) {
        error = e;
      }
      expect(isAppError(error, "USAGE")).toBe(true);
    }
    expect(generateExhibitorList("Vide un Enerģija 2027", { rows: 800 }).rows).toHaveLength(800);
    expect(list.rows.every((r) => !isEmpty(r[0] ?? null))).toBe(true);
  });
});
