import type { DealStage } from "../../core/model";
import type { PlanValue } from "../../host/port";
import { dmyText, excelSerialFromDay, isoFromDay } from "./sampleCalendar";
import type { SampleDeal } from "./sampleDeals";
import type { SampleBadRow, SampleFacts, SampleTextCell } from "./sampleFacts";
import {
  euros,
  inputSheetFacts,
  inputSheetPlan,
  type InputColumn,
  type InputSheetSpec,
} from "./inputSheetPlan";
import type { SampleRandom } from "./sampleRandom";
import type { SheetPlan } from "../../host/port";

const COLUMNS: InputColumn[] = [
  { header: "Darījuma ID", type: "text" },
  { header: "Klients", type: "text" },
  { header: "Atbildīgais", type: "text" },
  { header: "Posms", type: "text" },
  { header: "Varbūtība", type: "percent" },
  { header: "Summa", type: "money" },
  { header: "Ieņēmumi", type: "money" },
  { header: "Izmaksas", type: "money" },
  { header: "Peļņa", type: "money" },
  { header: "Marža %", type: "percent1" },
  { header: "Izveidots", type: "date" },
  { header: "Plānotā slēgšana", type: "date" },
  { header: "Slēgšanas datums", type: "date" },
  { header: "Zaudējuma iemesls", type: "text" },
  { header: "Dalītais atbildīgais", type: "text" },
  { header: "Dalījums %", type: "percent" },
  { header: "Piedāvājuma nr.", type: "text" },
  { header: "Ceļa izdevumi", type: "money" },
];

const col = (header: string): number => COLUMNS.findIndex((c) => c.header === header);
const AMOUNT = col("Summa");
const CREATED = col("Izveidots");
const CLOSED = col("Slēgšanas datums");

/**
 * Latvian money text: space-grouped thousands and a decimal comma.
 * @example latvianAmountText(1250000) === "12 500,00"
 */
export function latvianAmountText(cents: number): string {
  const whole = Math.floor(Math.abs(cents) / 100);
  const frac = String(Math.abs(cents) % 100).padStart(2, "0");
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${cents < 0 ? "-" : ""}${grouped},${frac}`;
}

function dealRow(rng: SampleRandom, d: SampleDeal): PlanValue[] {
  const effective = d.revenue ?? d.amount;
  const cost = d.cost;
  let costCell: PlanValue = null;
  let profitCell: PlanValue = null;
  let marginCell: PlanValue = null;
  if (cost !== null) {
    if (d.costMode === "cost") {
      costCell = euros(cost);
      if (rng.chance(0.2)) profitCell = euros(effective - cost);
    } else if (d.costMode === "profit") {
      profitCell = euros(effective - cost);
    } else if (d.costMode === "margin") {
      marginCell = Math.round(((effective - cost) / effective) * 1000) / 1000;
    }
  }
  const owner = rng.chance(0.02)
    ? rng.pick([d.owner.toLowerCase(), `${d.owner} `, d.owner.toUpperCase()])
    : d.owner;
  const account = d.isAccount && rng.chance(0.02) ? d.accountName.toUpperCase() : d.accountName;
  return [
    d.id,
    account,
    owner,
    d.stageText,
    d.probability,
    euros(d.amount),
    d.revenue === null ? null : euros(d.revenue),
    costCell,
    profitCell,
    marginCell,
    excelSerialFromDay(d.created),
    excelSerialFromDay(d.expectedClose),
    d.closedOn === null ? null : excelSerialFromDay(d.closedOn),
    d.lostReason,
    d.splitOwner,
    d.splitPercent,
    d.quoteId,
    d.travelCost === null ? null : euros(d.travelCost),
  ];
}

const isOpen = (d: SampleDeal): boolean => d.stage !== "Won" && d.stage !== "Lost";

/**
 * The Darījumi sheet: a title row above the header, then every deal — with a little mess a real
 * register has: a blank row, the header pasted again, three amounts that are no number, one
 * `#N/A` (the formula `NA()`), some amounts as Latvian text (`12 500,00`), some dates as
 * `dd.mm.yyyy` text, a few owners in other case — and a `Kopā` total row at the end.
 *
 * @example dealsSheet(rng, deals, "2026-11-27").plan.values[0][0] // "Darījumu reģistrs 2025–2026"
 */
export function dealsSheet(
  rng: SampleRandom,
  deals: readonly SampleDeal[]
): { plan: SheetPlan; facts: SampleFacts["deals"] } {
  const rows = deals.map((d) => dealRow(rng, d));

  // Which deals carry which mess (chosen among rows that have nothing else special).
  const open = deals.map((d, i) => [d, i] as const).filter(([d]) => isOpen(d));
  const picked = new Set<number>();
  const take = (candidates: readonly number[], n: number): number[] => {
    const out = rng.sample(
      candidates.filter((i) => !picked.has(i)),
      n
    );
    for (const i of out) picked.add(i);
    return out;
  };
  const unparseable = take(
    open.map(([, i]) => i),
    3
  );
  const [errorIndex = -1] = take(
    open.map(([, i]) => i),
    1
  );
  const textAmount = take(
    deals.map((_, i) => i),
    10
  );
  const lateInMonth = deals
    .map((d, i) => [d, i] as const)
    .filter(([d]) => Number(isoFromDay(d.created).slice(8)) > 12);
  const textCreated = [
    ...take(
      lateInMonth.map(([, i]) => i),
      4
    ),
    ...take(
      deals
        .map((_, i) => i)
        .filter((i) => Number(isoFromDay(deals[i]?.created ?? 0).slice(8)) <= 12),
      1
    ),
  ];
  const [textClosed = -1] = take(
    deals.map((d, i) => (d.closedOn !== null ? i : -1)).filter((i) => i >= 0),
    1
  );

  const badWords = ["n/a", "—", "nav zināms"];
  unparseable.forEach((i, k) => {
    const row = rows[i];
    if (row) row[AMOUNT] = badWords[k] ?? "n/a";
  });
  const errorRow = rows[errorIndex];
  if (errorRow) errorRow[AMOUNT] = { formula: "NA()", result: { error: "#N/A" } };
  for (const i of textAmount) {
    const row = rows[i];
    const deal = deals[i];
    if (row && deal) row[AMOUNT] = latvianAmountText(deal.amount);
  }
  for (const i of textCreated) {
    const row = rows[i];
    const deal = deals[i];
    if (row && deal) row[CREATED] = dmyText(deal.created);
  }
  const closedRow = rows[textClosed];
  const closedDeal = deals[textClosed];
  if (closedRow && closedDeal?.closedOn != null) closedRow[CLOSED] = dmyText(closedDeal.closedOn);

  // Assemble: deals, a blank row after the 60th, the header again after the 350th, a total at the end.
  const width = COLUMNS.length;
  const all: PlanValue[][] = [];
  const indexOfDeal = new Map<number, number>();
  const bad: (Omit<SampleBadRow, "row"> & { index: number })[] = [];
  const blankAfter = Math.min(60, deals.length);
  const headerAfter = Math.min(350, deals.length);
  for (const [i, row] of rows.entries()) {
    if (i === blankAfter) {
      bad.push({ index: all.length, reason: "blank", skipped: true, column: null, value: null });
      all.push(Array<PlanValue>(width).fill(null));
    }
    if (i === headerAfter) {
      bad.push({
        index: all.length,
        reason: "repeated header",
        skipped: true,
        column: null,
        value: null,
      });
      all.push(COLUMNS.map((c) => c.header));
    }
    indexOfDeal.set(i, all.length);
    all.push(row);
  }
  const numeric = (index: number): number =>
    rows.reduce(
      (s, r) => s + (typeof r[index] === "number" ? Math.round((r[index] as number) * 100) : 0),
      0
    );
  const total = Array<PlanValue>(width).fill(null);
  total[col("Klients")] = "Kopā";
  total[AMOUNT] = euros(numeric(AMOUNT));
  total[col("Ieņēmumi")] = euros(numeric(col("Ieņēmumi")));
  bad.push({ index: all.length, reason: "total", skipped: true, column: null, value: null });
  all.push(total);

  for (const i of unparseable) {
    bad.push({
      index: indexOfDeal.get(i) ?? -1,
      reason: "unparseable amount",
      skipped: false,
      column: "Summa",
      value: String(rows[i]?.[AMOUNT] ?? ""),
    });
  }
  bad.push({
    index: indexOfDeal.get(errorIndex) ?? -1,
    reason: "error cell",
    skipped: false,
    column: "Summa",
    value: "#N/A",
  });

  const first = deals[0]?.created ?? 0;
  const last = deals[deals.length - 1]?.created ?? 0;
  const spec: InputSheetSpec = {
    kind: "deals",
    name: "Darījumi",
    table: "Deals",
    titleRows: [
      [`Darījumu reģistrs ${isoFromDay(first).slice(0, 4)}–${isoFromDay(last).slice(0, 4)}`],
    ],
    columns: COLUMNS,
    rows: all,
    freezeColumns: 1,
  };
  const base = inputSheetFacts(spec, bad);
  const excelRow = (i: number): number => base.firstDataRow + (indexOfDeal.get(i) ?? 0);

  const stageCounts: Record<DealStage, number> = {
    Prospecting: 0,
    Qualification: 0,
    Proposal: 0,
    Negotiation: 0,
    Won: 0,
    Lost: 0,
  };
  const stageForms: Record<string, number> = {};
  for (const d of deals) {
    stageCounts[d.stage] += 1;
    stageForms[d.stageText] = (stageForms[d.stageText] ?? 0) + 1;
  }
  const won = deals.filter((d) => d.stage === "Won");
  const textCell = (i: number, column: number): SampleTextCell => ({
    row: excelRow(i),
    column: COLUMNS[column]?.header ?? "",
    value: String(rows[i]?.[column] ?? ""),
  });
  const facts: SampleFacts["deals"] = {
    ...base,
    count: deals.length,
    stageCounts,
    stageForms,
    created: { from: isoFromDay(first), to: isoFromDay(last) },
    wonCost: {
      cost: won.filter((d) => d.costMode === "cost").length,
      profit: won.filter((d) => d.costMode === "profit").length,
      margin: won.filter((d) => d.costMode === "margin").length,
      missing: won.filter((d) => d.costMode === "missing").length,
    },
    wonWithoutCost: won.filter((d) => d.costMode === "missing").map((d) => d.id),
    split: deals.filter((d) => d.splitOwner !== null).length,
    textAmounts: textAmount.map((i) => textCell(i, AMOUNT)).sort((a, b) => a.row - b.row),
    textDates: [
      ...textCreated.map((i) => textCell(i, CREATED)),
      ...(textClosed >= 0 ? [textCell(textClosed, CLOSED)] : []),
    ].sort((a, b) => a.row - b.row),
  };
  return { plan: inputSheetPlan(spec), facts };
}
