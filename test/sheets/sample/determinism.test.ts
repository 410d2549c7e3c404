import { isAppError } from "../../../src/core/appError";
import {
  DEFAULT_SAMPLE_SEED,
  DEFAULT_SAMPLE_TODAY,
  generateSampleWorkbook,
} from "../../../src/sheets/sample/generateSampleWorkbook";

describe("generateSampleWorkbook is deterministic", () => {
  it("gives identical plans and facts for the same seed", () => {
    const a = generateSampleWorkbook({ seed: 7 });
    const b = generateSampleWorkbook({ seed: 7 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("gives another workbook for another seed", () => {
    const a = generateSampleWorkbook({ seed: 7 });
    const b = generateSampleWorkbook({ seed: 8 });
    for (const name of ["Potenciālie klienti", "Klienti", "Darījumi", "Tikšanās", "Fakts"]) {
      const pa = a.plans.find((p) => p.name === name);
      const pb = b.plans.find((p) => p.name === name);
      expect([name, JSON.stringify(pa?.values) === JSON.stringify(pb?.values)]).toEqual([
        name,
        false,
      ]);
    }
  });

  it("defaults to seed 2026 as of 2026-11-27", () => {
    expect(DEFAULT_SAMPLE_SEED).toBe(2026);
    expect(DEFAULT_SAMPLE_TODAY).toBe("2026-11-27");
    const sample = generateSampleWorkbook();
    expect(JSON.stringify(sample)).toBe(
      JSON.stringify(generateSampleWorkbook({ seed: 2026, today: "2026-11-27" }))
    );
    expect([sample.facts.seed, sample.facts.today]).toEqual([2026, "2026-11-27"]);
  });

  it("moves with its date: the 18 months end in the month of `today`", () => {
    const sample = generateSampleWorkbook({ today: "2027-03-10" });
    expect(sample.facts.months[0]).toBe("2025-10");
    expect(sample.facts.months[17]).toBe("2027-03");
    expect(sample.facts.deals.created.to <= "2027-03-10").toBe(true);
    expect(sample.facts.leads.shows.map((s) => s.name)).toEqual([
      "Riga Food 2026",
      "Build Baltic 2027",
      "Tech Industry 2027",
    ]);
  });

  it("refuses a date that is not a calendar day, and a seed that is not an integer", () => {
    for (const options of [{ today: "2026-02-30" }, { today: "27.11.2026" }, { seed: 1.5 }]) {
      let error: unknown;
      try {
        generateSampleWorkbook(options);
      } catch (e) {
        error = e;
      }
      expect(isAppError(error, "USAGE")).toBe(true);
    }
  });
});
