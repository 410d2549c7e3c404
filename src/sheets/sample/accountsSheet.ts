import type { SheetPlan } from "../../host/port";
import { excelSerialFromDay } from "./sampleCalendar";
import type { SampleAccount } from "./sampleAccounts";
import type { SampleFacts } from "./sampleFacts";
import { inputSheetFacts, inputSheetPlan, type InputSheetSpec } from "./inputSheetPlan";

/**
 * The Klienti sheet: account name, registration and PVN numbers, address, country, city,
 * industry, owner and the date of the last purchase (the latest won deal, else an older date
 * or empty), as `lastPurchase` gives it per account name.
 *
 * @example accountsSheet(accounts, new Map()).facts.count === 120
 */
export function accountsSheet(
  accounts: readonly SampleAccount[],
  lastPurchase: ReadonlyMap<string, number | null>
): { plan: SheetPlan; facts: SampleFacts["accounts"] } {
  const spec: InputSheetSpec = {
    kind: "accounts",
    name: "Klienti",
    table: "Accounts",
    columns: [
      { header: "Klients", type: "text" },
      { header: "Reģ. nr.", type: "text" },
      { header: "PVN nr.", type: "text" },
      { header: "Adrese", type: "text" },
      { header: "Valsts", type: "text" },
      { header: "Pilsēta", type: "text" },
      { header: "Nozare", type: "text" },
      { header: "Atbildīgais", type: "text" },
      { header: "Pēdējais pirkums", type: "date" },
    ],
    rows: accounts.map((a) => {
      const last = lastPurchase.get(a.name) ?? null;
      return [
        a.name,
        a.company.regNo,
        a.company.regNo === null ? null : `LV${a.company.regNo}`,
        a.address,
        "Latvija",
        a.company.city,
        a.company.industry,
        a.owner,
        last === null ? null : excelSerialFromDay(last),
      ];
    }),
  };
  return {
    plan: inputSheetPlan(spec),
    facts: { ...inputSheetFacts(spec, []), count: accounts.length },
  };
}
