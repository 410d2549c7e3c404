import { normalizeKey } from "../core/normalizeText";
import type { DealStage, LeadStatus, MeetingKind, MeetingStatus, Role } from "../core/model";
import type { Parsed } from "../core/parsed";

/**
 * The words accepted in the fixed-choice columns (Stage, Role, lead Status, meeting Kind and
 * Status), English or Latvian, compared without case, spacing, punctuation or diacritics.
 */
type ChoiceTable<T extends string> = Readonly<Record<T, readonly string[]>>;

const STAGES: ChoiceTable<DealStage> = {
  Prospecting: ["Prospecting", "Prospect", "Lead", "Izpēte", "Potenciāls", "Apzināšana"],
  Qualification: ["Qualification", "Qualified", "Kvalifikācija", "Kvalificēts"],
  Proposal: ["Proposal", "Quote", "Quoted", "Piedāvājums", "Piedāvājums nosūtīts"],
  Negotiation: ["Negotiation", "Negotiations", "Pārrunas", "Sarunas", "Vienošanās"],
  Won: ["Won", "Closed Won", "Closed-won", "Uzvarēts", "Iegūts", "Noslēgts", "Slēgts uzvarēts"],
  Lost: ["Lost", "Closed Lost", "Closed-lost", "Zaudēts", "Slēgts zaudēts"],
};

const ROLES: ChoiceTable<Role> = {
  Rep: ["Rep", "Sales rep", "Sales representative", "Salesperson", "Pārdevējs", "Pārdevēja"],
  Manager: ["Manager", "Sales manager", "Vadītājs", "Vadītāja", "Pārdošanas vadītājs"],
  Support: [
    "Support",
    "Sales support",
    "Deal desk",
    "Atbalsts",
    "Pārdošanas atbalsts",
    "Asistents",
    "Asistente",
  ],
  Director: ["Director", "Sales director", "Direktors", "Direktore", "Pārdošanas direktors"],
};

const LEAD_STATUSES: ChoiceTable<LeadStatus> = {
  New: ["New", "Jauns"],
  Researched: ["Researched", "Izpētīts"],
  Contacted: ["Contacted", "Sazināts", "Sazinājāmies", "Kontaktēts"],
  "Materials sent": ["Materials sent", "Materiāli nosūtīti", "Nosūtīti materiāli"],
  Interested: ["Interested", "Ieinteresēts"],
  "Meeting set": ["Meeting set", "Meeting scheduled", "Tikšanās norunāta", "Norunāta tikšanās"],
  "Handed off": ["Handed off", "Handed over", "Nodots", "Nodots pārdevējam"],
  "Not interested": ["Not interested", "Nav ieinteresēts", "Neinteresē"],
  Disqualified: ["Disqualified", "Diskvalificēts", "Nederīgs"],
};

const MEETING_KINDS: ChoiceTable<MeetingKind> = {
  Visit: ["Visit", "In person", "On site", "Vizīte", "Apmeklējums", "Klātienē"],
  Video: [
    "Video",
    "Video call",
    "Online",
    "Teams",
    "Zoom",
    "Videozvans",
    "Video zvans",
    "Tiešsaistē",
  ],
  Call: ["Call", "Phone", "Phone call", "Zvans", "Telefona zvans"],
  "Trade show": ["Trade show", "Trade fair", "Exhibition", "Expo", "Izstāde", "Gadatirgus"],
};

const MEETING_STATUSES: ChoiceTable<MeetingStatus> = {
  Planned: ["Planned", "Scheduled", "Plānota", "Plānots", "Ieplānota", "Ieplānots"],
  Done: ["Done", "Held", "Completed", "Notika", "Notikusi", "Pabeigta", "Pabeigts"],
  Cancelled: ["Cancelled", "Canceled", "Atcelta", "Atcelts"],
};

function lookup<T extends string>(table: ChoiceTable<T>): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of Object.keys(table) as T[]) {
    map.set(normalizeKey(value), value);
    for (const word of table[value]) map.set(normalizeKey(word), value);
  }
  return map;
}

const STAGE_MAP = lookup(STAGES);
const ROLE_MAP = lookup(ROLES);
const LEAD_STATUS_MAP = lookup(LEAD_STATUSES);
const MEETING_KIND_MAP = lookup(MEETING_KINDS);
const MEETING_STATUS_MAP = lookup(MEETING_STATUSES);

// The same few words fill a whole column: remember each distinct text's key (bounded).
const keys = new Map<string, string>();

function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = normalizeKey(text);
    if (keys.size >= 5000) keys.clear();
    keys.set(text, key);
  }
  return key;
}

function choose<T extends string>(map: Map<string, T>, text: string, problem: string): Parsed<T> {
  const value = map.get(keyOf(text));
  return value === undefined ? { ok: false, problem } : { ok: true, value };
}

/**
 * A deal stage: the canonical one, or "Open" for any other (non-empty) text, which the caller
 * keeps as written. @example parseStage("closed won") → "Won"; parseStage("Zaudēts") → "Lost";
 * parseStage("Demo booked") → "Open"
 */
export function parseStage(text: string): DealStage | "Open" {
  return STAGE_MAP.get(keyOf(text)) ?? "Open";
}

/** A team role. @example parseRole("vadītājs") → { ok: true, value: "Manager" } */
export function parseRole(text: string): Parsed<Role> {
  return choose(ROLE_MAP, text, "not a role: use Rep, Manager, Support or Director");
}

/** A lead status. @example parseLeadStatus("Materiāli nosūtīti") → { ok: true, value: "Materials sent" } */
export function parseLeadStatus(text: string): Parsed<LeadStatus> {
  return choose(
    LEAD_STATUS_MAP,
    text,
    "not a lead status: use New, Researched, Contacted, Materials sent, Interested, Meeting set, " +
      "Handed off, Not interested or Disqualified"
  );
}

/** A meeting kind. @example parseMeetingKind("Izstāde") → { ok: true, value: "Trade show" } */
export function parseMeetingKind(text: string): Parsed<MeetingKind> {
  return choose(MEETING_KIND_MAP, text, "not a meeting kind: use Visit, Video, Call or Trade show");
}

/** A meeting status. @example parseMeetingStatus("atcelta") → { ok: true, value: "Cancelled" } */
export function parseMeetingStatus(text: string): Parsed<MeetingStatus> {
  return choose(MEETING_STATUS_MAP, text, "not a meeting status: use Planned, Done or Cancelled");
}
