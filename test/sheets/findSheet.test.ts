import type { SheetInfo } from "../../src/host/port";
import { findSheet } from "../../src/sheets/findSheet";

function info(name: string, extra: Partial<SheetInfo> = {}): SheetInfo {
  return {
    name,
    index: 0,
    visible: true,
    rowCount: 10,
    columnCount: 5,
    tables: [],
    ours: null,
    ...extra,
  };
}

describe("findSheet", () => {
  it("finds a sheet by its English or Latvian name, any case, trimmed", () => {
    expect(findSheet("deals", [info("Readme"), info(" darījumi ")])?.name).toBe(" darījumi ");
    expect(findSheet("deals", [info("OPPORTUNITIES")])?.name).toBe("OPPORTUNITIES");
    expect(findSheet("leads", [info("Potenciālie klienti")])?.name).toBe("Potenciālie klienti");
    expect(findSheet("products", [info("price list")])?.name).toBe("price list");
  });

  it("returns null when no sheet or table has the kind's name", () => {
    expect(findSheet("deals", [info("Sheet1"), info("Deals 2025")])).toBeNull();
  });

  it("finds a table of the kind's name on any sheet, and a table wins over a sheet name", () => {
    const sheets = [info("Deals"), info("Data", { tables: ["tblX", "Darījumi"] })];
    expect(findSheet("deals", sheets)?.name).toBe("Data");
    expect(findSheet("quoteLines", [info("Q", { tables: ["Quote_lines"] })])?.name).toBe("Q");
  });

  it("ignores sheets Deal Desk made itself for input kinds, but not for its registers and Settings", () => {
    const ours = info("Deals", { ours: "report:2026-Q3:summary" });
    expect(findSheet("deals", [ours])).toBeNull();
    expect(findSheet("deals", [ours, info("Darījumi")])?.name).toBe("Darījumi");
    expect(findSheet("quotes", [info("Quotes", { ours: "register:quotes" })])?.name).toBe("Quotes");
    expect(findSheet("settings", [info("Iestatījumi", { ours: "settings" })])?.name).toBe(
      "Iestatījumi"
    );
  });
});
