import { normalizeKey } from "../../src/core/normalizeText";
import { fieldDef, keyField, SHEET_FIELDS } from "../../src/sheets/fields";
import { synonymIndex } from "../../src/sheets/detectHeader";
import { SHEET_KINDS } from "../../src/sheets/sheetKinds";

const kinds = SHEET_KINDS.map((d) => d.kind);

describe("SHEET_FIELDS", () => {
  it.each(kinds)("%s: no header or synonym names two different fields", (kind) => {
    const owners = new Map<string, string>();
    for (const f of SHEET_FIELDS[kind]) {
      for (const name of [f.header, f.lv, ...f.synonyms]) {
        const key = normalizeKey(name);
        expect(key).not.toBe("");
        const other = owners.get(key);
        if (other !== undefined && other !== f.key) {
          throw new Error(`${kind}: "${name}" names both ${other} and ${f.key}`);
        }
        owners.set(key, f.key);
      }
    }
  });

  it.each(kinds)("%s: field keys are unique and camelCase", (kind) => {
    const keys = SHEET_FIELDS[kind].map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z][A-Za-z]*$/);
  });

  it("lists the required fields of SPEC §2", () => {
    const required = (kind: (typeof kinds)[number]) =>
      SHEET_FIELDS[kind].filter((f) => f.required).map((f) => f.key);
    expect(required("team")).toEqual(["name"]);
    expect(required("leads")).toEqual(["company"]);
    expect(required("accounts")).toEqual(["account"]);
    expect(required("deals")).toEqual(["id", "owner", "stage"]);
    expect(required("products")).toEqual(["sku", "name", "listPrice"]);
    expect(required("targets")).toEqual(["owner", "period", "revenueTarget"]);
    expect(required("meetings")).toEqual(["date", "with"]);
    expect(required("actuals")).toEqual(["dealId"]);
    expect(required("settings")).toEqual(["setting"]);
  });

  it("knows every synonym SPEC §2 names, in its own sheet", () => {
    const find = (kind: (typeof kinds)[number], header: string) =>
      synonymIndex(kind).get(normalizeKey(header));
    expect(find("team", "Darbinieks")).toBe("name");
    expect(find("team", "Territory")).toBe("region");
    expect(find("leads", "Exhibitor")).toBe("company");
    expect(find("leads", "Reģistrācijas numurs")).toBe("regNo");
    expect(find("leads", "PVN nr.")).toBe("vatNo");
    expect(find("leads", "Stend")).toBe("booth");
    expect(find("leads", "Nākamais solis")).toBe("nextStep");
    expect(find("deals", "Opportunity")).toBe("id");
    expect(find("deals", "Pašizmaksa")).toBe("cost");
    expect(find("deals", "Close date")).toBe("closedOn");
    expect(find("deals", "Plānotā slēgšana")).toBe("expectedClose");
    expect(find("products", "Kods")).toBe("sku");
    expect(find("products", "Cena")).toBe("listPrice");
    expect(find("products", "Mērvienība")).toBe("unit");
    expect(find("targets", "Ceturksnis")).toBe("period");
    expect(find("targets", "Quota")).toBe("revenueTarget");
    expect(find("meetings", "Vieta")).toBe("city");
    expect(find("meetings", "Ceļa izdevumi")).toBe("travelCost");
    expect(find("meetings", "Darba kārtība")).toBe("agenda");
    expect(find("settings", "Iestatījums")).toBe("setting");
  });

  it("reads ambiguous headers per sheet", () => {
    const find = (kind: (typeof kinds)[number], header: string) =>
      synonymIndex(kind).get(normalizeKey(header));
    expect(find("deals", "Status")).toBe("stage");
    expect(find("leads", "Status")).toBe("status");
    expect(find("deals", "Klients")).toBe("account");
    expect(find("accounts", "Customer")).toBe("account");
    expect(find("meetings", "Klients")).toBe("with");
    expect(find("products", "Name")).toBe("name");
    expect(find("targets", "Name")).toBe("owner");
    expect(find("team", "Name")).toBe("name");
    expect(find("quotes", "VAT")).toBe("vat");
    expect(find("leads", "VAT")).toBe("vatNo");
  });

  it("gives a field that stands in several sheets the same synonyms in each", () => {
    for (const key of [
      "email",
      "country",
      "city",
      "regNo",
      "vatNo",
      "industry",
      "phone",
      "address",
    ]) {
      const lists = kinds
        .map((k) => fieldDef(k, key))
        .filter((f) => f !== undefined)
        .map((f) => f.synonyms);
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) expect(list).toEqual(expect.arrayContaining([...(lists[0] ?? [])]));
    }
    for (const kind of ["leads", "accounts", "deals", "targets", "quotes"] as const) {
      expect(fieldDef(kind, "owner")?.synonyms).toEqual(
        expect.arrayContaining(["Sales rep", "Rep", "Atbildīgais", "Pārdevējs"])
      );
    }
  });

  it("has the registers the add-in writes", () => {
    expect(SHEET_FIELDS.quotes.map((f) => f.header)).toEqual([
      "Quote",
      "Revision",
      "Deal ID",
      "Account",
      "Owner",
      "Status",
      "Date",
      "Valid until",
      "Net",
      "VAT",
      "Gross",
      "Cost",
      "Margin %",
      "Approval needed",
      "Approval reasons",
      "Approved by",
      "Approved at",
      "Sent at",
      "Locale",
      "Discount %",
      "Notes",
    ]);
    expect(SHEET_FIELDS.quoteLines.map((f) => f.header)).toEqual([
      "Quote",
      "Line",
      "SKU",
      "Description",
      "Department",
      "Qty",
      "Unit",
      "Unit price",
      "Discount %",
      "VAT rate",
      "Optional",
      "Net",
      "Unit cost",
      "Cost",
      "Department status",
      "Confirmed by",
      "Confirmed at",
    ]);
    expect(SHEET_FIELDS.settings.map((f) => f.header)).toEqual(["Setting", "Value", "Explanation"]);
  });

  it("names the key a total row lacks", () => {
    expect(keyField("deals").key).toBe("id");
    expect(keyField("products").key).toBe("sku");
    expect(keyField("targets").key).toBe("owner");
    expect(keyField("actuals").key).toBe("dealId");
  });
});
