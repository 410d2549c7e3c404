import {
  isReportKindOf,
  issuesSheetName,
  managerKind,
  managerSheetNames,
  summaryKind,
  summarySheetName,
} from "../../../src/sheets/reports/reportSheetNames";
import { ragStatus } from "../../../src/sheets/reports/ragStatus";
import { countForm } from "../../../src/sheets/reports/reportLabels";

describe("report sheet names and kinds", () => {
  it("names the summary, the managers' sheets by surname and the issues, per locale", () => {
    expect(summarySheetName("2026-Q3", "en")).toBe("Report 2026-Q3");
    expect(summarySheetName("2026-Q3", "lv")).toBe("Pārskats 2026-Q3");
    expect(managerSheetNames(["Jānis Ozols", "Ilze Kalniņa"], "2026-Q3", "lv")).toEqual([
      "Pārskats 2026-Q3 Ozols",
      "Pārskats 2026-Q3 Kalniņa",
    ]);
    expect(issuesSheetName("2026-07", "lv")).toBe("Problēmas 2026-07");
  });

  it("uses full names when managers share a surname, within Excel's 31 characters", () => {
    const names = managerSheetNames(["Jānis Ozols", "Pēteris Aleksandrs Ozols"], "2026-Q3", "lv");
    expect(names[0]).toBe("Pārskats 2026-Q3 Jānis Ozols");
    expect(names[1]?.length).toBeLessThanOrEqual(31);
    expect(names[1]).not.toBe(names[0]);
  });

  it("kinds start with report:<period>: and tell one period from another", () => {
    expect(summaryKind("2026-Q3")).toBe("report:2026-Q3:summary");
    expect(managerKind("2026-Q3", " Jānis  Ozols ")).toBe("report:2026-Q3:manager:Jānis Ozols");
    expect(isReportKindOf("report:2026-Q3:summary", "2026-Q3")).toBe(true);
    expect(isReportKindOf("report:2026-Q3:summary", "2026")).toBe(false);
    expect(isReportKindOf("quote:Q-2026-0001", "2026-Q3")).toBe(false);
  });
});

describe("ragStatus", () => {
  it("is red below 80 %, amber from 80 % to below 100 %, green from 100 %", () => {
    expect(ragStatus(0.7999)).toBe("red");
    expect(ragStatus(0.8)).toBe("amber");
    expect(ragStatus(0.9999)).toBe("amber");
    expect(ragStatus(1)).toBe("green");
    expect(ragStatus(1.4)).toBe("green");
    expect(ragStatus(null)).toBeNull();
  });
});

describe("countForm", () => {
  it("takes the singular for 1 in English, and for numbers ending in 1 but not 11 in Latvian", () => {
    const forms = ["darījums", "darījumi"] as const;
    expect([1, 11, 21, 2, 101].map((n) => countForm(n, "lv", forms))).toEqual([
      "darījums",
      "darījumi",
      "darījums",
      "darījumi",
      "darījums",
    ]);
    expect([1, 21].map((n) => countForm(n, "en", ["deal", "deals"]))).toEqual(["deal", "deals"]);
  });
});
