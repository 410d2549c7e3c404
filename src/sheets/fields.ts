import type { SheetKind } from "./sheetKinds";

/**
 * How a field's cells are read (SPEC §2 "Reading values").
 * - `text`: trimmed text; numbers become their digits, date cells their ISO date.
 * - `number`, `integer`: plain numbers (`integer` rejects fractions).
 * - `money`: integer cents. `percent`: a fraction (`15 %`, `15`, `0.15` → 0.15).
 * - `date`: ISO `YYYY-MM-DD`. `dateTime`: `YYYY-MM-DDTHH:MM` (or the ISO text as written).
 * - `time`: minutes after midnight. `minutes`: a duration in minutes (`90`, `1:30`, `1,5 h`).
 * - `yesno`: boolean. `period`: a period key `2026`, `2026-Q3`, `2026-07`.
 * - `stage`, `role`, `leadStatus`, `meetingKind`, `meetingStatus`: one of the model's words,
 *   accepted in English or Latvian, any case.
 */
export type FieldType =
  | "text"
  | "number"
  | "integer"
  | "money"
  | "percent"
  | "date"
  | "dateTime"
  | "time"
  | "minutes"
  | "yesno"
  | "period"
  | "stage"
  | "role"
  | "leadStatus"
  | "meetingKind"
  | "meetingStatus";

/**
 * One column of a sheet of the workbook contract.
 *
 * @example
 * { key: "expectedClose", header: "Expected close", lv: "Plānotā slēgšana",
 *   synonyms: ["Expected close date", "Plānotā slēgšana"], type: "date", required: false }
 */
export interface FieldDef {
  /** camelCase, the property of the model row it fills (e.g. `expectedClose` of `Deal`). */
  key: string;
  /** Canonical English header. */
  header: string;
  /** Latvian header, used by `init` and the sample for the lv locale. */
  lv: string;
  /** Other headers the column is found by (compared without case, spacing, punctuation, diacritics). */
  synonyms: readonly string[];
  type: FieldType;
  /** A row without a usable value here is skipped (and reported). */
  required: boolean;
  /** What an empty or unusable value becomes, in words (e.g. "yes", "Rep", "pcs"); absent: empty. */
  fallback?: string;
}

// Shared synonyms: a field that stands in several sheets is found by the same names in each.
const OWNER = ["Sales rep", "Rep", "Salesperson", "Sales person", "Atbildīgais", "Pārdevējs"];
const EMAIL = ["E-mail", "E-pasts", "Email address", "E-mail address", "E-pasta adrese", "Mail"];
const PHONE = ["Telephone", "Tel", "Mobile", "Tālrunis", "Telefons", "Tālr.", "Mobilais"];
const COUNTRY = ["Valsts"];
const CITY = ["Town", "Pilsēta"];
const REG_NO = [
  "Registration number",
  "Registration no",
  "Reg. nr.",
  "Reg. number",
  "Company code",
  "Reģ. nr.",
  "Reģ. Nr",
  "Reģistrācijas numurs",
  "Reģistrācijas nr.",
];
const VAT_NO = [
  "VAT",
  "VAT number",
  "VAT ID",
  "VAT reg. no",
  "PVN nr.",
  "PVN numurs",
  "PVN reģ. nr.",
];
const INDUSTRY = ["Sector", "Nozare"];
const ADDRESS = ["Adrese", "Legal address", "Juridiskā adrese"];
const MANAGER = ["Sales manager", "Vadītājs", "Pārdošanas vadītājs"];
const DEAL_ID = [
  "Deal",
  "Opportunity",
  "Opportunity ID",
  "Deal no",
  "Darījuma ID",
  "Darījums",
  "Darījuma nr.",
];
const QUOTE_ID = [
  "Quote",
  "Quote no",
  "Quote number",
  "Piedāvājums",
  "Piedāvājuma nr.",
  "Piedāvājuma ID",
];
const SKU = ["Code", "Product code", "Item code", "Kods", "Preces kods", "Artikuls"];
const DEPARTMENT = ["Dept", "Nodaļa"];
const UNIT = ["UoM", "Unit of measure", "Mērvienība", "Mērv."];
const QTY = ["Quantity", "Daudzums", "Skaits"];
const REVENUE = ["Final revenue", "Ieņēmumi"];
const COST = ["Costs", "Izmaksas", "Pašizmaksa"];
const MAX_DISCOUNT = [
  "Max discount",
  "Maximum discount",
  "Discount limit",
  "Maks. atlaide %",
  "Maks. atlaide",
  "Maksimālā atlaide",
  "Atlaides limits",
];
const DISCOUNT = ["Discount", "Atlaide %", "Atlaide"];
const VAT_RATE = ["VAT %", "PVN likme", "PVN %"];
const ACTIVE = ["Enabled", "Aktīvs", "Aktīva"];
const TRAVEL_COST = ["Travel costs", "Travel", "Ceļa izdevumi", "Komandējuma izdevumi"];
const NOTES = ["Note", "Comments", "Comment", "Piezīmes", "Komentāri"];
const CONTACT = ["Contact person", "Contact name", "Kontaktpersona", "Kontakts"];
const MARGIN = ["Margin", "Marža %", "Marža"];

function field(
  key: string,
  header: string,
  lv: string,
  type: FieldType,
  synonyms: readonly string[],
  options: { required?: boolean; fallback?: string } = {}
): FieldDef {
  const def: FieldDef = { key, header, lv, synonyms, type, required: options.required ?? false };
  if (options.fallback !== undefined) def.fallback = options.fallback;
  return def;
}

const R = { required: true };

const TEAM: readonly FieldDef[] = [
  field(
    "name",
    "Name",
    "Vārds",
    "text",
    ["Person", "Full name", "Vārds", "Darbinieks", "Vārds, uzvārds"],
    R
  ),
  field("role", "Role", "Loma", "role", ["Loma"], { fallback: "Rep" }),
  field("manager", "Manager", "Vadītājs", "text", MANAGER),
  field("region", "Region", "Reģions", "text", ["Territory", "Area", "Reģions", "Teritorija"]),
  field("email", "Email", "E-pasts", "text", EMAIL),
  field("active", "Active", "Aktīvs", "yesno", ACTIVE, { fallback: "yes" }),
  field("weight", "Weight", "Svars", "number", ["Share", "Round-robin weight", "Svars"], {
    fallback: "1",
  }),
  field("awayUntil", "Away until", "Prombūtnē līdz", "date", [
    "Absent until",
    "On leave until",
    "Prombūtnē līdz",
    "Atvaļinājumā līdz",
  ]),
  field("maxDiscount", "Max discount %", "Maks. atlaide %", "percent", MAX_DISCOUNT),
];

const LEADS: readonly FieldDef[] = [
  field("id", "Lead ID", "Līda ID", "text", ["Lead", "ID", "Lead no", "Līda ID", "Līda nr."]),
  field(
    "company",
    "Company",
    "Uzņēmums",
    "text",
    [
      "Organisation",
      "Organization",
      "Exhibitor",
      "Company name",
      "Uzņēmums",
      "Firma",
      "Uzņēmuma nosaukums",
      "Dalībnieks",
      "Izstādes dalībnieks",
    ],
    R
  ),
  field("regNo", "Reg. no", "Reģ. nr.", "text", REG_NO),
  field("vatNo", "VAT no", "PVN nr.", "text", VAT_NO),
  field("contact", "Contact", "Kontaktpersona", "text", CONTACT),
  field("title", "Title", "Amats", "text", ["Job title", "Position", "Amats"]),
  field("email", "Email", "E-pasts", "text", EMAIL),
  field("phone", "Phone", "Tālrunis", "text", PHONE),
  field("website", "Website", "Mājaslapa", "text", [
    "Web",
    "Web site",
    "URL",
    "Homepage",
    "Mājaslapa",
    "Mājas lapa",
    "Tīmekļa vietne",
  ]),
  field("country", "Country", "Valsts", "text", COUNTRY),
  field("city", "City", "Pilsēta", "text", CITY),
  field("industry", "Industry", "Nozare", "text", INDUSTRY),
  field("employees", "Employees", "Darbinieku skaits", "integer", [
    "Employee count",
    "Staff",
    "Headcount",
    "Darbinieku skaits",
    "Darbinieki",
  ]),
  field("source", "Source", "Avots", "text", ["Lead source", "Avots"]),
  field("booth", "Booth", "Stends", "text", ["Stand", "Stend", "Stends", "Stenda nr."]),
  field("score", "Score", "Punkti", "number", ["Points", "Punkti"]),
  field("grade", "Grade", "Kategorija", "text", ["Kategorija"]),
  field("status", "Status", "Statuss", "leadStatus", ["Lead status", "Statuss"]),
  field("owner", "Owner", "Atbildīgais", "text", OWNER),
  field("nextStep", "Next step", "Nākamais solis", "text", ["Next action", "Nākamais solis"]),
  field("nextStepDate", "Next step date", "Nākamā soļa datums", "date", [
    "Next step due",
    "Follow-up date",
    "Nākamā soļa datums",
    "Termiņš",
  ]),
  field("lastContact", "Last contact", "Pēdējais kontakts", "date", [
    "Last contacted",
    "Pēdējais kontakts",
  ]),
  field("materialsSent", "Materials sent", "Nosūtītie materiāli", "text", [
    "Materials",
    "Nosūtītie materiāli",
    "Materiāli nosūtīti",
  ]),
  field("notes", "Notes", "Piezīmes", "text", NOTES),
];

const ACCOUNTS: readonly FieldDef[] = [
  field(
    "account",
    "Account",
    "Klients",
    "text",
    ["Customer", "Klients", "Client", "Account name", "Company", "Uzņēmums"],
    R
  ),
  field("regNo", "Reg. no", "Reģ. nr.", "text", REG_NO),
  field("vatNo", "VAT no", "PVN nr.", "text", VAT_NO),
  field("address", "Address", "Adrese", "text", ADDRESS),
  field("country", "Country", "Valsts", "text", COUNTRY),
  field("city", "City", "Pilsēta", "text", CITY),
  field("industry", "Industry", "Nozare", "text", INDUSTRY),
  field("owner", "Owner", "Atbildīgais", "text", OWNER),
  field("lastPurchase", "Last purchase", "Pēdējais pirkums", "date", [
    "Last order",
    "Pēdējais pirkums",
    "Pēdējā pirkuma datums",
  ]),
];

const DEALS: readonly FieldDef[] = [
  field("id", "Deal ID", "Darījuma ID", "text", [...DEAL_ID, "ID"], R),
  field("account", "Account", "Klients", "text", [
    "Customer",
    "Klients",
    "Uzņēmums",
    "Client",
    "Company",
  ]),
  field("owner", "Owner", "Atbildīgais", "text", OWNER, R),
  field("stage", "Stage", "Posms", "stage", ["Status", "Posms", "Statuss", "Sales stage"], R),
  field(
    "probability",
    "Probability",
    "Varbūtība",
    "percent",
    ["Probability %", "Win probability", "Varbūtība", "Iespējamība"],
    { fallback: "the stage's probability from Settings" }
  ),
  field("amount", "Amount", "Summa", "money", [
    "Value",
    "Expected value",
    "Deal value",
    "Summa",
    "Vērtība",
  ]),
  field("revenue", "Revenue", "Ieņēmumi", "money", REVENUE, { fallback: "the Amount" }),
  field("cost", "Cost", "Izmaksas", "money", [...COST, "Final cost"]),
  field("profit", "Profit", "Peļņa", "money", ["Gross profit", "Peļņa"]),
  field("margin", "Margin %", "Marža %", "percent", MARGIN),
  field("created", "Created", "Izveidots", "date", [
    "Created on",
    "Creation date",
    "Izveidots",
    "Izveidošanas datums",
  ]),
  field("expectedClose", "Expected close", "Plānotā slēgšana", "date", [
    "Expected close date",
    "Plānotā slēgšana",
    "Plānotais slēgšanas datums",
  ]),
  field("closedOn", "Closed on", "Slēgšanas datums", "date", [
    "Close date",
    "Closed",
    "Closing date",
    "Slēgšanas datums",
    "Slēgts",
  ]),
  field("lostReason", "Lost reason", "Zaudējuma iemesls", "text", [
    "Reason lost",
    "Loss reason",
    "Zaudējuma iemesls",
    "Zaudēšanas iemesls",
  ]),
  field("splitOwner", "Split owner", "Dalītais atbildīgais", "text", [
    "Split rep",
    "Dalītais atbildīgais",
    "Līdzatbildīgais",
  ]),
  field("splitPercent", "Split %", "Dalījums %", "percent", ["Split", "Split share", "Dalījums %"]),
  field("quoteId", "Quote ID", "Piedāvājuma nr.", "text", QUOTE_ID),
  field("travelCost", "Travel cost", "Ceļa izdevumi", "money", TRAVEL_COST),
];

const PRODUCTS: readonly FieldDef[] = [
  field("sku", "SKU", "Kods", "text", SKU, R),
  field(
    "name",
    "Product",
    "Nosaukums",
    "text",
    ["Name", "Product name", "Nosaukums", "Produkts", "Prece"],
    R
  ),
  field("department", "Department", "Nodaļa", "text", DEPARTMENT),
  field("unit", "Unit", "Mērvienība", "text", UNIT, { fallback: "pcs" }),
  field(
    "listPrice",
    "List price",
    "Cena",
    "money",
    ["Price", "Unit price", "Cena", "Cenrāža cena", "Vienības cena"],
    R
  ),
  field("unitCost", "Unit cost", "Pašizmaksa", "money", ["Cost", ...COST, "Vienības pašizmaksa"]),
  field("vatRate", "VAT rate", "PVN likme", "percent", VAT_RATE, {
    fallback: "the standard VAT rate from Settings",
  }),
  field("maxDiscount", "Max discount %", "Maks. atlaide %", "percent", MAX_DISCOUNT),
  field("active", "Active", "Aktīvs", "yesno", ACTIVE, { fallback: "yes" }),
];

const TARGETS: readonly FieldDef[] = [
  field(
    "owner",
    "Owner",
    "Atbildīgais",
    "text",
    [...OWNER, "Name", "Manager", "Vārds", "Vadītājs"],
    R
  ),
  field(
    "period",
    "Period",
    "Periods",
    "period",
    ["Periods", "Month", "Quarter", "Year", "Mēnesis", "Ceturksnis", "Gads"],
    R
  ),
  field(
    "revenueTarget",
    "Revenue target",
    "Ieņēmumu mērķis",
    "money",
    ["Target", "Quota", "Mērķis", "Ieņēmumu mērķis", "Plāns"],
    R
  ),
  field("profitTarget", "Profit target", "Peļņas mērķis", "money", ["Peļņas mērķis"]),
  field("marginTarget", "Margin target %", "Maržas mērķis %", "percent", [
    "Margin target",
    "Maržas mērķis %",
    "Maržas mērķis",
  ]),
];

const MEETINGS: readonly FieldDef[] = [
  field("id", "Meeting ID", "Tikšanās ID", "text", ["Meeting", "ID", "Tikšanās ID"]),
  field("date", "Date", "Datums", "date", ["Meeting date", "Datums"], R),
  field("start", "Start", "Sākums", "time", ["Start time", "From", "Sākums", "Sākuma laiks"]),
  field("end", "End", "Beigas", "time", ["End time", "Until", "Beigas", "Beigu laiks"]),
  field("duration", "Duration", "Ilgums", "minutes", ["Length", "Ilgums"]),
  field(
    "with",
    "With",
    "Ar",
    "text",
    ["Ar", "Klients", "Customer", "Account", "Lead", "Prospect", "Company", "Uzņēmums"],
    R
  ),
  field("contact", "Contact", "Kontaktpersona", "text", CONTACT),
  field("manager", "Manager", "Vadītājs", "text", MANAGER),
  field("rep", "Rep", "Pārdevējs", "text", ["Sales rep", "Owner", "Pārdevējs", "Atbildīgais"]),
  field("city", "City", "Pilsēta", "text", [...CITY, "Location", "Place", "Vieta"]),
  field("kind", "Kind", "Veids", "meetingKind", ["Type", "Meeting type", "Veids"]),
  field("status", "Status", "Statuss", "meetingStatus", ["Statuss"]),
  field("dealId", "Deal ID", "Darījuma ID", "text", DEAL_ID),
  field("travelCost", "Travel cost", "Ceļa izdevumi", "money", TRAVEL_COST),
  field("agenda", "Agenda", "Darba kārtība", "text", ["Topic", "Purpose", "Darba kārtība", "Tēma"]),
];

const QUOTES: readonly FieldDef[] = [
  field("quote", "Quote", "Piedāvājums", "text", ["Quote ID", ...QUOTE_ID], R),
  field("revision", "Revision", "Versija", "integer", ["Rev", "Revīzija", "Versija"]),
  field("dealId", "Deal ID", "Darījuma ID", "text", DEAL_ID),
  field("account", "Account", "Klients", "text", ["Customer", "Klients", "Client"]),
  field("owner", "Owner", "Atbildīgais", "text", OWNER),
  field("status", "Status", "Statuss", "text", ["Statuss"]),
  field("date", "Date", "Datums", "date", ["Quote date", "Datums"]),
  field("validUntil", "Valid until", "Derīgs līdz", "date", ["Valid to", "Derīgs līdz"]),
  field("net", "Net", "Neto", "money", ["Net total", "Neto", "Summa bez PVN"]),
  field("vat", "VAT", "PVN", "money", ["VAT amount", "PVN", "PVN summa"]),
  field("gross", "Gross", "Bruto", "money", ["Gross total", "Bruto", "Summa ar PVN"]),
  field("cost", "Cost", "Izmaksas", "money", COST),
  field("margin", "Margin %", "Marža %", "percent", MARGIN),
  field("approvalNeeded", "Approval needed", "Vajag apstiprinājumu", "yesno", [
    "Needs approval",
    "Vajag apstiprinājumu",
    "Nepieciešams apstiprinājums",
  ]),
  field("approvalReasons", "Approval reasons", "Apstiprināšanas iemesli", "text", [
    "Reasons",
    "Apstiprināšanas iemesli",
  ]),
  field("approvedBy", "Approved by", "Apstiprināja", "text", ["Apstiprināja"]),
  field("approvedAt", "Approved at", "Apstiprināts", "dateTime", ["Approved on", "Apstiprināts"]),
  field("sentAt", "Sent at", "Nosūtīts", "dateTime", ["Sent on", "Nosūtīts"]),
  field("locale", "Locale", "Valoda", "text", ["Language", "Valoda"]),
  field("discount", "Discount %", "Atlaide %", "percent", DISCOUNT),
  field("notes", "Notes", "Piezīmes", "text", NOTES),
];

const QUOTE_LINES: readonly FieldDef[] = [
  field("quote", "Quote", "Piedāvājums", "text", ["Quote ID", ...QUOTE_ID], R),
  field("line", "Line", "Rinda", "integer", ["Line no", "Rinda", "Rindas nr."]),
  field("sku", "SKU", "Kods", "text", SKU),
  field("description", "Description", "Apraksts", "text", [
    "Item",
    "Product",
    "Apraksts",
    "Nosaukums",
  ]),
  field("department", "Department", "Nodaļa", "text", DEPARTMENT),
  field("qty", "Qty", "Daudzums", "number", QTY, R),
  field("unit", "Unit", "Mērvienība", "text", UNIT, { fallback: "pcs" }),
  field("unitPrice", "Unit price", "Cena", "money", ["Price", "Cena", "Vienības cena"], R),
  field("discount", "Discount %", "Atlaide %", "percent", DISCOUNT),
  field("vatRate", "VAT rate", "PVN likme", "percent", VAT_RATE),
  field("optional", "Optional", "Izvēles", "yesno", ["Izvēles", "Neobligāts"], { fallback: "no" }),
  field("net", "Net", "Neto", "money", ["Line net", "Neto", "Summa bez PVN"]),
  field("unitCost", "Unit cost", "Pašizmaksa", "money", ["Pašizmaksa", "Vienības pašizmaksa"]),
  field("cost", "Cost", "Izmaksas", "money", ["Costs", "Izmaksas"]),
  field("departmentStatus", "Department status", "Nodaļas statuss", "text", [
    "Dept status",
    "Nodaļas statuss",
  ]),
  field("confirmedBy", "Confirmed by", "Apstiprināja", "text", ["Apstiprināja"]),
  field("confirmedAt", "Confirmed at", "Apstiprināts", "dateTime", [
    "Confirmed on",
    "Apstiprināts",
  ]),
];

const ACTUALS: readonly FieldDef[] = [
  field("dealId", "Deal ID", "Darījuma ID", "text", DEAL_ID, R),
  field("sku", "SKU", "Kods", "text", SKU),
  field("qty", "Qty", "Daudzums", "number", QTY),
  field("revenue", "Revenue", "Ieņēmumi", "money", REVENUE),
  field("cost", "Cost", "Izmaksas", "money", COST),
];

const SETTINGS: readonly FieldDef[] = [
  field("setting", "Setting", "Iestatījums", "text", ["Parameter", "Iestatījums", "Parametrs"], R),
  field("value", "Value", "Vērtība", "text", ["Vērtība"]),
  field("explanation", "Explanation", "Paskaidrojums", "text", [
    "Description",
    "Comment",
    "Paskaidrojums",
    "Apraksts",
  ]),
];

/**
 * Every sheet's fields, in the column order `init` lays them out (SPEC §2). Synonyms are per
 * sheet: `Status` is the Stage in Deals, `Klients` the Account in Deals and Accounts but With in
 * Meetings, `Name` the Product in Products, the Owner in Targets and the Name in Team.
 *
 * @example SHEET_FIELDS.deals.find((f) => f.key === "owner")?.synonyms → ["Sales rep", "Rep", …]
 */
export const SHEET_FIELDS: Record<SheetKind, readonly FieldDef[]> = {
  settings: SETTINGS,
  team: TEAM,
  leads: LEADS,
  accounts: ACCOUNTS,
  deals: DEALS,
  products: PRODUCTS,
  targets: TARGETS,
  meetings: MEETINGS,
  quotes: QUOTES,
  quoteLines: QUOTE_LINES,
  actuals: ACTUALS,
};

/**
 * The field of `kind` with this key, or undefined.
 * @example fieldDef("deals", "owner")?.header → "Owner"
 */
export function fieldDef(kind: SheetKind, key: string): FieldDef | undefined {
  return SHEET_FIELDS[kind].find((f) => f.key === key);
}

/**
 * The field whose ID identifies a row of `kind` (a total row has none), else the first
 * required field. @example keyField("leads").key → "id"; keyField("products").key → "sku"
 */
export function keyField(kind: SheetKind): FieldDef {
  const fields = SHEET_FIELDS[kind];
  const def = fields.find((f) => f.key === "id") ?? fields.find((f) => f.required) ?? fields[0];
  if (!def) throw new Error(`sheet kind ${kind} has no fields`);
  return def;
}
