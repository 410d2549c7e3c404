/**
 * The words Deal Desk writes into a Leads sheet and its call sheets, in English and Latvian:
 * statuses, next steps, the notes of a new lead, call outcomes.
 */
import type { LeadStatus } from "../../core/model";
import { normalizeKey } from "../../core/normalizeText";
import { SHEET_FIELDS } from "../fields";
import type { SheetRead } from "../readRows";
import type { Locale } from "../sheetKinds";

/** The outcome of a call (SPEC §3). */
export type CallOutcome = "interested" | "not interested" | "no answer" | "call back";

/** Every call outcome, in the order they are offered. */
export const CALL_OUTCOMES: readonly CallOutcome[] = [
  "interested",
  "not interested",
  "no answer",
  "call back",
];

/** Words per locale. */
export interface LeadWords {
  status: Record<LeadStatus, string>;
  /** The next step of a new lead: its first call. */
  call: string;
  callAgain: string;
  callBack: string;
  setMeeting: string;
  outcome: Record<CallOutcome, string>;
  /** "Call", "Materials", for the Notes log. */
  callNote: string;
  materialsNote: string;
  /** The Notes text marking an inside-sales lead. */
  insideSales: (account: string) => string;
  /** The Notes text explaining a score. */
  scoreNote: (score: number, grade: string, explanation: string) => string;
  dateFormat: string;
}

/** The words of each locale. */
export const LEAD_WORDS: Record<Locale, LeadWords> = {
  en: {
    status: {
      New: "New",
      Researched: "Researched",
      Contacted: "Contacted",
      "Materials sent": "Materials sent",
      Interested: "Interested",
      "Meeting set": "Meeting set",
      "Handed off": "Handed off",
      "Not interested": "Not interested",
      Disqualified: "Disqualified",
    },
    call: "Call",
    callAgain: "Call again",
    callBack: "Call back",
    setMeeting: "Set up a meeting",
    outcome: {
      interested: "interested",
      "not interested": "not interested",
      "no answer": "no answer",
      "call back": "call back",
    },
    callNote: "call",
    materialsNote: "materials sent",
    insideSales: (account) => `Inside sales: existing account ${account}`,
    scoreNote: (score, grade, explanation) =>
      `Score ${score} (${grade})${explanation === "" ? "" : `: ${explanation}`}`,
    dateFormat: "yyyy-mm-dd",
  },
  lv: {
    status: {
      New: "Jauns",
      Researched: "Izpētīts",
      Contacted: "Sazināts",
      "Materials sent": "Materiāli nosūtīti",
      Interested: "Ieinteresēts",
      "Meeting set": "Tikšanās norunāta",
      "Handed off": "Nodots",
      "Not interested": "Nav ieinteresēts",
      Disqualified: "Diskvalificēts",
    },
    call: "Zvanīt",
    callAgain: "Zvanīt vēlreiz",
    callBack: "Atzvanīt",
    setMeeting: "Norunāt tikšanos",
    outcome: {
      interested: "ieinteresēts",
      "not interested": "nav ieinteresēts",
      "no answer": "neatbild",
      "call back": "atzvanīt",
    },
    callNote: "zvans",
    materialsNote: "nosūtīti materiāli",
    insideSales: (account) => `Iekšējā pārdošana: esošs klients ${account}`,
    scoreNote: (score, grade, explanation) =>
      `Punkti ${score} (${grade})${explanation === "" ? "" : `: ${explanation}`}`,
    dateFormat: "dd.mm.yyyy",
  },
};

/**
 * A date as the locale writes it in text. @example dateText("2026-11-27", "lv") === "27.11.2026"
 */
export function dateText(iso: string, locale: Locale): string {
  if (locale === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d ?? ""}.${m ?? ""}.${y ?? ""}`;
}

/**
 * A call outcome from what a user typed, English or Latvian, any case.
 * @example parseCallOutcome("Neatbild") === "no answer"; parseCallOutcome("callback") === "call back"
 */
export function parseCallOutcome(text: string): CallOutcome | null {
  const key = normalizeKey(text);
  for (const outcome of CALL_OUTCOMES) {
    const words = [outcome, LEAD_WORDS.lv.outcome[outcome]];
    if (outcome === "call back") words.push("callback", "call later", "zvanīt vēlāk");
    if (outcome === "no answer") words.push("no reply", "nav atbildes", "neatbildēja");
    if (outcome === "not interested") words.push("neinteresē");
    if (words.some((w) => normalizeKey(w) === key)) return outcome;
  }
  return null;
}

/**
 * The language a sheet speaks, from its headers: Latvian when more of its columns carry the
 * field's Latvian header than its English one; `fallback` on a tie.
 *
 * @example sheetLocale(read, "en") === "lv" // headers Uzņēmums, E-pasts, …
 */
export function sheetLocale(
  read: Pick<SheetRead<unknown>, "kind" | "columns">,
  fallback: Locale
): Locale {
  let lv = 0;
  let en = 0;
  for (const def of SHEET_FIELDS[read.kind]) {
    const header = read.columns[def.key]?.header;
    if (header === undefined) continue;
    const key = normalizeKey(header);
    const isEn = key === normalizeKey(def.header);
    const isLv = key === normalizeKey(def.lv);
    if (isLv && !isEn) lv++;
    else if (isEn && !isLv) en++;
  }
  return lv > en ? "lv" : en > lv ? "en" : fallback;
}
