import type { MeetingKind, MeetingStatus } from "../../core/model";
import type { Cents } from "../../core/model";
import { isWeekend } from "./sampleCalendar";
import { officialName, type SampleCompany } from "./sampleCompanies";
import type { SampleDeal } from "./sampleDeals";
import { companyContact } from "./sampleLeadFields";
import type { SampleRandom } from "./sampleRandom";
import type { SampleShow } from "./sampleShows";
import type { SampleTeamMember } from "./sampleTeam";

/** A meeting of the sample, before it is written to the Tikšanās sheet. */
export interface SampleMeeting {
  id: string;
  day: number;
  /** Minutes after midnight. */
  start: number;
  end: number;
  with: string;
  contact: string | null;
  manager: string | null;
  rep: string;
  city: string | null;
  kind: MeetingKind;
  kindText: string;
  status: MeetingStatus;
  statusText: string;
  dealId: string | null;
  travelCost: Cents | null;
  agenda: string;
}

/** Everything the meetings are drawn from. */
export interface SampleMeetingsInput {
  rng: SampleRandom;
  seed: number;
  today: number;
  team: readonly SampleTeamMember[];
  deals: readonly SampleDeal[];
  shows: readonly SampleShow[];
  /** Exhibitors met at each show's stand. */
  showCompanies: readonly { company: SampleCompany; show: SampleShow }[];
  count: number;
}

/** Cities every sample has a visit in (when a deal's customer is there). */
const MUST_VISIT = ["Liepāja", "Daugavpils", "Ventspils", "Tallinn", "Vilnius"];

const KIND_FORMS: Readonly<Record<MeetingKind, readonly string[]>> = {
  Visit: ["Visit", "Vizīte"],
  Video: ["Video", "Teams"],
  Call: ["Call", "Zvans"],
  "Trade show": ["Trade show", "Izstāde"],
};
const STATUS_FORMS: Readonly<Record<MeetingStatus, readonly string[]>> = {
  Planned: ["Planned", "Plānota"],
  Done: ["Done", "Notika"],
  Cancelled: ["Cancelled", "Atcelta"],
};

const NEAR = ["Jūrmala", "Salaspils", "Ķekava", "Ogre", "Sigulda"];
const MID = ["Jelgava", "Tukums", "Cēsis", "Bauska", "Dobele", "Aizkraukle", "Limbaži"];
const LATGALE = ["Daugavpils", "Rēzekne", "Preiļi", "Krāslava", "Ludza"];

/** Travel cost of a visit from Rīga, in cents; null in Rīga itself. */
function travelCost(rng: SampleRandom, city: string, abroad: boolean): Cents | null {
  if (city === "Rīga") return null;
  const [min, max] = abroad
    ? [180, 380]
    : NEAR.includes(city)
      ? [10, 25]
      : MID.includes(city)
        ? [30, 60]
        : LATGALE.includes(city)
          ? [80, 150]
          : [60, 130];
  return rng.int(min, max) * 100 + rng.pick([0, 0, 40, 75]);
}

function agendaFor(deal: SampleDeal, rng: SampleRandom): string {
  switch (deal.stage) {
    case "Prospecting":
    case "Qualification":
      return rng.pick([
        "Iepazīšanās, vajadzību noskaidrošana",
        "Produktu demonstrācija",
        "Tehniskās prasības",
      ]);
    case "Proposal":
      return rng.pick(["Piedāvājuma prezentācija", "Piedāvājuma precizēšana"]);
    case "Negotiation":
      return rng.pick(["Līguma nosacījumu saskaņošana", "Cenas un termiņu pārrunas"]);
    case "Won":
      return rng.pick(["Ieviešanas plāns", "Projekta nodošana", "Piegādes saskaņošana"]);
    case "Lost":
      return "Piedāvājuma pārskatīšana";
  }
}

/**
 * About `count` meetings from 150 days before `today` to 45 days after it: visits, video calls
 * and calls on the deals of the day (the rep, often with their manager), talks at the trade
 * shows' stands, and at least one visit in each of Liepāja, Daugavpils, Ventspils, Tallinn and
 * Vilnius where a customer is. No person has two meetings on one day — except one planned clash
 * of a manager, made on purpose and returned.
 *
 * @example sampleMeetings(input).meetings.every((m) => m.end > m.start)
 */
export function sampleMeetings(input: SampleMeetingsInput): {
  meetings: SampleMeeting[];
  clash: { a: SampleMeeting; b: SampleMeeting; person: string } | null;
} {
  const { rng, seed, today, team, deals } = input;
  const member = new Map(team.map((m) => [m.name, m]));
  const busy = new Set<string>();
  const free = (person: string | null, day: number): boolean =>
    person === null || !busy.has(`${person}|${day}`);
  const book = (person: string | null, day: number): void => {
    if (person !== null) busy.add(`${person}|${day}`);
  };
  const available = (rep: string, day: number): boolean => {
    const m = member.get(rep);
    if (!m) return false;
    if (m.leftOn !== null && day > m.leftOn) return false;
    if (m.awayFrom !== null && m.awayUntil !== null && day >= m.awayFrom && day <= m.awayUntil)
      return false;
    return true;
  };
  const meetings: Omit<SampleMeeting, "id">[] = [];

  const make = (
    deal: SampleDeal,
    day: number,
    kind: MeetingKind
  ): Omit<SampleMeeting, "id"> | null => {
    const rep = deal.owner;
    if (!available(rep, day) || !free(rep, day)) return null;
    const manager = member.get(rep)?.manager ?? null;
    const withManager =
      manager !== null && rng.chance(kind === "Visit" ? 0.7 : 0.45) && free(manager, day);
    const future = day > today;
    const status: MeetingStatus = future ? "Planned" : rng.chance(0.88) ? "Done" : "Cancelled";
    const duration =
      kind === "Visit"
        ? rng.pick([60, 90, 120])
        : kind === "Video"
          ? rng.pick([30, 45, 60])
          : rng.pick([15, 30]);
    const start = rng.int(17, 32) * 30; // 8:30 … 16:00
    const city = kind === "Visit" ? deal.company.city : null;
    book(rep, day);
    if (withManager) book(manager, day);
    return {
      day,
      start,
      end: start + duration,
      with: deal.accountName,
      contact: rng.chance(0.9) ? companyContact(seed, deal.company).person.name : null,
      manager: withManager ? manager : null,
      rep,
      city,
      kind,
      kindText: rng.pick(KIND_FORMS[kind]),
      status,
      statusText: rng.pick(STATUS_FORMS[status]),
      dealId: rng.chance(0.9) ? deal.id : null,
      travelCost:
        city !== null && status !== "Cancelled"
          ? travelCost(rng, city, deal.company.country !== "LV")
          : null,
      agenda: agendaFor(deal, rng),
    };
  };

  const candidates = (day: number): SampleDeal[] =>
    deals.filter((d) =>
      day > today
        ? d.closedOn === null && d.created < today
        : d.created <= day && (d.closedOn === null || d.closedOn >= day)
    );
  const randomWorkday = (from: number, to: number): number => {
    for (;;) {
      const day = rng.int(from, to);
      if (!isWeekend(day)) return day;
    }
  };

  // One visit in each city a sample must show, on a deal with a customer there that is open
  // at some working day of the window.
  for (const city of MUST_VISIT) {
    let done = false;
    for (const deal of rng.shuffle(deals.filter((d) => d.company.city === city))) {
      const from = Math.max(deal.created + 1, today - 150);
      const to = Math.min(deal.closedOn ?? today + 45, today + 45);
      for (let attempt = 0; attempt < 8 && from <= to && !done; attempt++) {
        const day = rng.int(from, to);
        if (isWeekend(day) || day === today) continue;
        const m = make(deal, day, "Visit");
        if (m) {
          meetings.push(m);
          done = true;
        }
      }
      if (done) break;
    }
  }

  // Talks at the shows' stands (Rīga, Ķīpsala), on the show days.
  const reps = team.filter((m) => m.role === "Rep");
  for (const { company, show } of rng.sample(input.showCompanies, 9)) {
    const day = show.day + rng.int(0, 2);
    const freeReps = reps
      .filter((r) => available(r.name, day) && free(r.name, day))
      .map((r) => r.name);
    if (freeReps.length === 0) continue;
    const rep = rng.pick(freeReps);
    const status: MeetingStatus = day > today ? "Planned" : "Done";
    const start = rng.int(20, 32) * 30;
    book(rep, day);
    meetings.push({
      day,
      start,
      end: start + 30,
      with: officialName(company),
      contact: companyContact(seed, company).person.name,
      manager: null,
      rep,
      city: "Rīga",
      kind: "Trade show",
      kindText: rng.pick(KIND_FORMS["Trade show"]),
      status,
      statusText: rng.pick(STATUS_FORMS[status]),
      dealId: null,
      travelCost: null,
      agenda: `Tikšanās izstādē ${show.name}`,
    });
  }

  // Meetings on deals until the count is reached: about 70 % in the past 150 days.
  let guard = 0;
  while (meetings.length < input.count - 1 && guard++ < 5000) {
    const future = rng.chance(0.28);
    const day = future
      ? randomWorkday(today + 1, today + 45)
      : randomWorkday(today - 150, today - 1);
    const options = candidates(day);
    if (options.length === 0) continue;
    const kind = rng.weighted<MeetingKind>([
      ["Visit", 55],
      ["Video", 25],
      ["Call", 20],
    ]);
    const m = make(rng.pick(options), day, kind);
    if (m) meetings.push(m);
  }

  // The one clash on purpose: a manager booked twice on a planned day, in two cities.
  let clash: { a: Omit<SampleMeeting, "id">; b: Omit<SampleMeeting, "id">; person: string } | null =
    null;
  for (const a of rng.shuffle(meetings)) {
    if (a.status !== "Planned" || a.manager === null || a.kind !== "Visit") continue;
    const manager = a.manager;
    const mate = deals.find(
      (d) =>
        d.closedOn === null &&
        d.owner !== a.rep &&
        member.get(d.owner)?.manager === manager &&
        available(d.owner, a.day) &&
        free(d.owner, a.day) &&
        d.company.city !== a.city
    );
    if (!mate) continue;
    const start = a.start + 30;
    book(mate.owner, a.day);
    const b: Omit<SampleMeeting, "id"> = {
      day: a.day,
      start,
      end: start + 90,
      with: mate.accountName,
      contact: companyContact(seed, mate.company).person.name,
      manager,
      rep: mate.owner,
      city: mate.company.city,
      kind: "Visit",
      kindText: "Visit",
      status: "Planned",
      statusText: "Planned",
      dealId: mate.id,
      travelCost: travelCost(rng, mate.company.city, mate.company.country !== "LV"),
      agenda: agendaFor(mate, rng),
    };
    meetings.push(b);
    clash = { a, b, person: manager };
    break;
  }

  const final = new Map<Omit<SampleMeeting, "id">, SampleMeeting>();
  const sorted = meetings
    .map((m, i) => ({ m, i }))
    .sort((x, y) => x.m.day - y.m.day || x.m.start - y.m.start || x.i - y.i)
    .map(({ m }, k): SampleMeeting => {
      const withId = { id: `M-${String(k + 1).padStart(4, "0")}`, ...m };
      final.set(m, withId);
      return withId;
    });
  const withId = (m: Omit<SampleMeeting, "id">): SampleMeeting => {
    const found = final.get(m);
    if (!found) throw new Error("sample meeting lost");
    return found;
  };
  return {
    meetings: sorted,
    clash: clash ? { a: withId(clash.a), b: withId(clash.b), person: clash.person } : null,
  };
}
