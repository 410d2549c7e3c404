import { AppError } from "../../core/appError";
import type { IsoDate } from "../../core/model";
import type { SheetPlan } from "../../host/port";
import { accountsSheet } from "./accountsSheet";
import { actualsSheet } from "./actualsSheet";
import { dealsSheet } from "./dealsSheet";
import { leadsSheet, showExhibitors } from "./leadsSheet";
import { meetingsSheet } from "./meetingsSheet";
import { productsSheet } from "./productsSheet";
import { sampleAccounts } from "./sampleAccounts";
import { addMonths, dayFromIso, firstDayOfMonth, monthKey, monthOfDay } from "./sampleCalendar";
import { buildCompanyPool } from "./sampleCompanies";
import { sampleDeals } from "./sampleDeals";
import type { SampleFacts } from "./sampleFacts";
import { sampleMeetings } from "./sampleMeetings";
import { sampleProducts } from "./sampleProducts";
import { quoteRegisterSheets } from "./quoteRegisterSheets";
import { sampleQuotes } from "./sampleQuotes";
import { SampleRandom } from "./sampleRandom";
import { sampleShows } from "./sampleShows";
import { sampleTeam } from "./sampleTeam";
import { targetsSheet } from "./targetsSheet";
import { teamSheet } from "./teamSheet";

/** The seed of the sample when none is given. */
export const DEFAULT_SAMPLE_SEED = 2026;
/** The "today" of the sample when none is given. */
export const DEFAULT_SAMPLE_TODAY: IsoDate = "2026-11-27";

/** Options of {@link generateSampleWorkbook}. */
export interface SampleWorkbookOptions {
  /** Any integer; the same seed gives the same workbook. Default {@link DEFAULT_SAMPLE_SEED}. */
  seed?: number;
  /** The day the sample is "as of": deals run 18 months up to it. Default {@link DEFAULT_SAMPLE_TODAY}. */
  today?: IsoDate;
}

/** The sample workbook: the input sheets' plans and what they hold. */
export interface SampleWorkbook {
  /**
   * The input sheets in workbook order (no Settings sheet): Komanda … Tikšanās, the quote
   * registers Piedāvājumi and Piedāvājumu rindas, Fakts.
   */
  plans: SheetPlan[];
  facts: SampleFacts;
}

const DEAL_COUNT = 640;
const MEETING_COUNT = 150;

/**
 * A realistic Latvian sales workbook for the demo, the workbench and tests: Komanda,
 * Potenciālie klienti, Klienti, Darījumi, Produkti, Mērķi, Tikšanās, the quote registers
 * Piedāvājumi and Piedāvājumu rindas (the accepted or rejected quotes behind closed deals, see
 * `sampleQuotes`) and Fakts (derived from the accepted quotes), with Latvian headers, Excel
 * tables, frozen headers, money/date/percent formats — and a little deliberate mess that `check`
 * must report, listed in `facts`. Pure and deterministic: the same options
 * give the same plans (its own seeded generator; no clock, no Math.random).
 *
 * @example
 * const { plans, facts } = generateSampleWorkbook({ seed: 7 });
 * plans.map((p) => p.name) // ["Komanda", "Potenciālie klienti", "Klienti", "Darījumi", …]
 * facts.deals.badRows // [{ row: 63, reason: "blank", … }, …]
 */
export function generateSampleWorkbook(options: SampleWorkbookOptions = {}): SampleWorkbook {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  if (!Number.isInteger(seed))
    throw new AppError("USAGE", `The sample seed must be an integer, not ${seed}.`);
  const todayIso = options.today ?? DEFAULT_SAMPLE_TODAY;
  let today: number;
  try {
    today = dayFromIso(todayIso);
  } catch (cause) {
    throw new AppError(
      "USAGE",
      `The sample's date must be a calendar date YYYY-MM-DD, not "${todayIso}".`,
      cause
    );
  }

  const root = new SampleRandom(seed);
  const lastMonth = monthOfDay(today);
  const months = Array.from({ length: 18 }, (_, i) => addMonths(lastMonth, i - 17));
  const start = firstDayOfMonth(months[0] ?? lastMonth);

  const team = sampleTeam(today);
  const products = sampleProducts();
  const pool = buildCompanyPool(seed);
  const accounts = sampleAccounts(root.fork("accounts"), pool, team);
  const shows = sampleShows(today);
  const showCompanies = shows.flatMap((show) =>
    showExhibitors(pool, show)
      .filter((c) => c.country === "LV")
      .map((company) => ({ company, show }))
  );
  const deals = sampleDeals({
    rng: root.fork("deals"),
    today,
    start,
    team,
    products,
    accounts,
    pool,
    shows,
    showCompanies,
    count: DEAL_COUNT,
  });
  const history = sampleQuotes({ rng: root.fork("quotes"), deals, products, team });

  const showKeys = new Set(showCompanies.map((s) => s.company.key));
  const handedOff = new Map(
    deals
      .filter((d) => !d.isAccount && showKeys.has(d.company.key))
      .map((d) => [d.company.key, d.owner] as const)
  );
  const latestWin = new Map<string, number>();
  for (const d of deals) {
    if (d.isAccount && d.stage === "Won" && d.closedOn !== null) {
      latestWin.set(
        d.accountName,
        Math.max(latestWin.get(d.accountName) ?? d.closedOn, d.closedOn)
      );
    }
  }
  const lastPurchase = new Map<string, number | null>();
  const olderRng = root.fork("lastPurchase");
  for (const account of accounts) {
    const older = olderRng.chance(0.8) ? start - olderRng.int(30, 900) : null;
    lastPurchase.set(account.name, latestWin.get(account.name) ?? older);
  }
  const { meetings, clash } = sampleMeetings({
    rng: root.fork("meetings"),
    seed,
    today,
    team,
    deals,
    shows,
    showCompanies,
    count: MEETING_COUNT,
  });

  const teamPart = teamSheet(team);
  const leadsPart = leadsSheet({
    rng: root.fork("leads"),
    seed,
    today,
    pool,
    shows,
    team,
    accounts,
    handedOff,
  });
  const accountsPart = accountsSheet(accounts, lastPurchase);
  const dealsPart = dealsSheet(root.fork("dealsSheet"), deals);
  const productsPart = productsSheet(products);
  const targetsPart = targetsSheet(root.fork("targets"), team, months);
  const meetingsPart = meetingsSheet(meetings, clash, today);
  const registers = quoteRegisterSheets(history.quotes);
  const actualsPart = actualsSheet(deals, history.deviations);

  return {
    plans: [
      teamPart.plan,
      leadsPart.plan,
      accountsPart.plan,
      dealsPart.plan,
      productsPart.plan,
      targetsPart.plan,
      meetingsPart.plan,
      registers.quotes.plan,
      registers.quoteLines.plan,
      actualsPart.plan,
    ],
    facts: {
      seed,
      today: todayIso,
      months: months.map(monthKey),
      team: teamPart.facts,
      products: productsPart.facts,
      accounts: accountsPart.facts,
      leads: leadsPart.facts,
      deals: dealsPart.facts,
      targets: targetsPart.facts,
      meetings: meetingsPart.facts,
      quotes: registers.quotes.facts,
      quoteLines: registers.quoteLines.facts,
      actuals: actualsPart.facts,
    },
  };
}
