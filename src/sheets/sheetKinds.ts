/**
 * The sheets of the workbook contract (SPEC §2): each kind with the names it is found by
 * (case-insensitive, English or Latvian) and the name `init` gives it per locale.
 */
export type SheetKind =
  | "settings"
  | "team"
  | "leads"
  | "accounts"
  | "deals"
  | "products"
  | "targets"
  | "meetings"
  | "quotes"
  | "quoteLines"
  | "actuals";

export type Locale = "en" | "lv";

export interface SheetKindDef {
  kind: SheetKind;
  /** Names the sheet (or Excel table) is found by; compared case-insensitively, trimmed. */
  names: readonly string[];
  /** The name `init` creates, per locale. */
  title: Record<Locale, string>;
}

/** Every sheet kind, in the order `init` creates them. */
export const SHEET_KINDS: readonly SheetKindDef[] = [
  {
    kind: "settings",
    names: ["Settings", "Iestatījumi"],
    title: { en: "Settings", lv: "Iestatījumi" },
  },
  { kind: "team", names: ["Team", "Komanda"], title: { en: "Team", lv: "Komanda" } },
  {
    kind: "leads",
    names: ["Leads", "Potenciālie klienti", "Līdi"],
    title: { en: "Leads", lv: "Potenciālie klienti" },
  },
  { kind: "accounts", names: ["Accounts", "Klienti"], title: { en: "Accounts", lv: "Klienti" } },
  {
    kind: "deals",
    names: ["Deals", "Opportunities", "Darījumi"],
    title: { en: "Deals", lv: "Darījumi" },
  },
  {
    kind: "products",
    names: ["Products", "Price list", "Cenrādis", "Produkti"],
    title: { en: "Products", lv: "Produkti" },
  },
  {
    kind: "targets",
    names: ["Targets", "Quotas", "Mērķi", "Plāns"],
    title: { en: "Targets", lv: "Mērķi" },
  },
  { kind: "meetings", names: ["Meetings", "Tikšanās"], title: { en: "Meetings", lv: "Tikšanās" } },
  { kind: "quotes", names: ["Quotes", "Piedāvājumi"], title: { en: "Quotes", lv: "Piedāvājumi" } },
  {
    kind: "quoteLines",
    names: ["Quote lines", "Piedāvājumu rindas"],
    title: { en: "Quote lines", lv: "Piedāvājumu rindas" },
  },
  { kind: "actuals", names: ["Actuals", "Fakts"], title: { en: "Actuals", lv: "Fakts" } },
];

/** The definition of one kind. @example sheetKindDef("deals").title.lv → "Darījumi" */
export function sheetKindDef(kind: SheetKind): SheetKindDef {
  const def = SHEET_KINDS.find((d) => d.kind === kind);
  if (!def) throw new Error(`unknown sheet kind ${kind}`);
  return def;
}
