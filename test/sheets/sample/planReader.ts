/**
 * Test-side reading of sample plans, written independently of the generator: finds the header,
 * gives rows by header name with their Excel row numbers, and the comparison keys of leads.
 */
import type { FormulaValue, PlanValue, SheetPlan } from "../../../src/host/port";

export interface PlanRow {
  /** Excel row number. */
  row: number;
  values: PlanValue[];
  get(header: string): PlanValue;
}

export interface PlanTable {
  headerRow: number;
  headers: string[];
  rows: PlanRow[];
}

export function isFormula(v: PlanValue): v is FormulaValue {
  return typeof v === "object" && v !== null && "formula" in v;
}

export function isEmpty(v: PlanValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** The first row with at least three text cells is the header (title rows hold one cell). */
export function readPlan(plan: SheetPlan): PlanTable {
  const index = plan.values.findIndex(
    (r) => r.filter((v) => typeof v === "string" && v.trim() !== "").length >= 3
  );
  if (index < 0) throw new Error(`${plan.name}: no header`);
  const headers = (plan.values[index] ?? []).map((v) => String(v ?? ""));
  const rows = plan.values.slice(index + 1).map((values, i) => ({
    row: index + 2 + i,
    values,
    get(header: string): PlanValue {
      const c = headers.indexOf(header);
      if (c < 0) throw new Error(`${plan.name}: no column ${header}`);
      return values[c] ?? null;
    },
  }));
  return { headerRow: index + 1, headers, rows };
}

export function planNamed(plans: readonly SheetPlan[], name: string): SheetPlan {
  const plan = plans.find((p) => p.name === name);
  if (!plan) throw new Error(`no sheet ${name}`);
  return plan;
}

/** Excel serial → ISO date (1900 system, after March 1900). */
export function serialToIso(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400000)).toISOString().slice(0, 10);
}

export function isoToSerial(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86400000 + 25569;
}

/** A date cell: a serial, or `dd.mm.yyyy` text. */
export function dateOf(v: PlanValue): string | null {
  if (typeof v === "number") return serialToIso(v);
  if (typeof v === "string") {
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(v.trim());
    if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  }
  return null;
}

/** A money cell in cents: a number, or Latvian text like `12 500,00`; null when not a number. */
export function centsOf(v: PlanValue): number | null {
  if (typeof v === "number") return Math.round(v * 100);
  if (typeof v === "string" && /^-?\d{1,3}( \d{3})*,\d{2}$/.test(v.trim())) {
    return Math.round(Number(v.trim().replace(/ /g, "").replace(",", ".")) * 100);
  }
  return null;
}

const STAGES: Record<string, string> = {
  prospecting: "Prospecting",
  izpete: "Prospecting",
  qualification: "Qualification",
  kvalifikacija: "Qualification",
  proposal: "Proposal",
  piedavajums: "Proposal",
  negotiation: "Negotiation",
  parrunas: "Negotiation",
  won: "Won",
  closedwon: "Won",
  uzvarets: "Won",
  lost: "Lost",
  closedlost: "Lost",
  zaudets: "Lost",
};

export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

export function stageOf(v: PlanValue): string | null {
  return typeof v === "string" ? (STAGES[fold(v)] ?? null) : null;
}

// ---- lead identity (SPEC §3 deduplication rules), an independent implementation

const LEGAL = ["sia", "as", "ik", "ltd", "gmbh", "oy", "ou", "uab"];
const FREE = ["gmail.com", "inbox.lv", "outlook.com"];

export interface LeadKeys {
  email: string | null;
  domains: string[];
  regNos: string[];
  name: string | null;
}

export function leadKeys(
  company: PlanValue,
  email: PlanValue,
  website: PlanValue,
  regNo: PlanValue,
  vatNo: PlanValue
): LeadKeys {
  const mail = typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : null;
  const domains: string[] = [];
  if (typeof website === "string" && website.trim() !== "") {
    const host = /^(?:[a-z]+:\/\/)?(?:www\.)?([^/?#\s]+)/i.exec(website.trim())?.[1]?.toLowerCase();
    if (host) domains.push(host);
  }
  const mailDomain = mail?.split("@")[1];
  if (mailDomain && !FREE.includes(mailDomain) && !domains.includes(mailDomain))
    domains.push(mailDomain);
  const regNos = [regNo, vatNo]
    .filter((v): v is string => typeof v === "string")
    .map((v) => v.replace(/^\s*LV/i, "").replace(/\D/g, ""))
    .filter((d) => d.length === 11);
  const name =
    typeof company === "string" && company.trim() !== ""
      ? company
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter((w) => w !== "" && !LEGAL.includes(w))
          .join("")
      : null;
  return { email: mail, domains, regNos, name };
}

/** Latvian legal entity check: weights 9,1,4,8,3,10,2,5,7,6,1; sum mod 11 = 3. */
export function validRegNo(regNo: string): boolean {
  if (!/^[45]\d{10}$/.test(regNo)) return false;
  const w = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1];
  return [...regNo].reduce((s, d, i) => s + Number(d) * (w[i] ?? 0), 0) % 11 === 3;
}
