import { AppError } from "../../core/appError";
import type { IsoDate } from "../../core/model";
import { DEFAULT_SAMPLE_SEED, DEFAULT_SAMPLE_TODAY } from "./generateSampleWorkbook";
import { leadMatchKeys, matchingRules } from "./leadMatchKeys";
import { dayFromIso, dmyText } from "./sampleCalendar";
import {
  POOL_SLICES,
  buildCompanyPool,
  officialName,
  poolSlice,
  type SampleCompany,
} from "./sampleCompanies";
import type { SampleDuplicate } from "./sampleFacts";
import { companyContact, leadFields } from "./sampleLeadFields";
import { SampleRandom } from "./sampleRandom";
import { showGroup } from "./sampleShows";
import { COMPANY_GROUPS } from "./sampleVocabulary";

/** Options of {@link generateExhibitorList}. */
export interface ExhibitorListOptions {
  /** The seed of the sample world; the default is the sample workbook's. */
  seed?: number;
  /** Exhibitor rows (10 … 800), default 150. */
  rows?: number;
  /** Export date printed in the title block; default the sample's today. */
  today?: IsoDate;
}

/** A trade show's exhibitor list as an organiser exports it (all values text). */
export interface ExhibitorList {
  show: string;
  /** The title block above the header: two title lines and an empty line. */
  titleRows: string[][];
  headers: string[];
  /** Exhibitor rows, each `headers.length` wide ("" for an empty cell). */
  rows: string[][];
  /** The whole file line by line: title block, header, rows. */
  lines: string[][];
  /** 1-based line of the header in `lines`. */
  headerLine: number;
  /** Rows repeating an earlier row of the list (line numbers in `lines`). */
  duplicates: SampleDuplicate[];
  /**
   * Rows whose company is already in the sample workbook of the same seed: in its Leads sheet
   * (an exhibitor of the sample's show of the same industry) or its Accounts. The names always
   * match once legal forms, quotes, case and diacritics are removed.
   */
  inSample: { line: number; company: string; sheet: "leads" | "accounts" }[];
}

const HEADERS = [
  "Exhibitor",
  "Booth",
  "Country",
  "City",
  "Website",
  "Contact person",
  "E-mail",
  "Phone",
  "Sector",
  "Employees",
  "Registration number",
];

/**
 * A raw exhibitor list of a trade show, for the leads import and its tests: two title lines and an
 * empty line above the header, messy names, addresses, phones and countries, a few companies listed
 * twice, some already in the sample workbook of the same seed (as leads or accounts). The
 * industry follows the show's name (food, build, tech, else trade). Deterministic per show and seed.
 *
 * @example
 * const list = generateExhibitorList("Riga Food 2027", { rows: 120 });
 * list.lines[list.headerLine - 1] // ["Exhibitor", "Booth", "Country", …]
 */
export function generateExhibitorList(
  show: string,
  options: ExhibitorListOptions = {}
): ExhibitorList {
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const count = options.rows ?? 150;
  if (!Number.isInteger(count) || count < 10 || count > 800) {
    throw new AppError("USAGE", `An exhibitor list has 10 to 800 rows, not ${count}.`);
  }
  const today = dayFromIso(options.today ?? DEFAULT_SAMPLE_TODAY);
  const rng = new SampleRandom(seed).fork(`exhibitors:${show}`);
  const pool = buildCompanyPool(seed);
  const group = showGroup(show);

  const inLeads =
    group === "trade"
      ? []
      : rng.sample(poolSlice(pool.LV[group], POOL_SLICES.leads), Math.round(count * 0.08));
  const accountList =
    group === "trade"
      ? poolSlice(pool.LV.trade, POOL_SLICES.tradeAccounts)
      : poolSlice(pool.LV[group], POOL_SLICES.groupAccounts);
  const inAccounts = rng.sample(accountList, Math.max(1, Math.round(count * 0.03)));
  const foreignCount = Math.round(count * 0.06);
  const foreign = rng.sample(
    [
      ...poolSlice(pool.EE[group], POOL_SLICES.foreignExhibitors),
      ...poolSlice(pool.LT[group], POOL_SLICES.foreignExhibitors),
    ],
    foreignCount
  );
  const repeatCount = Math.max(1, Math.round(count * 0.04));
  const freshCount = count - inLeads.length - inAccounts.length - foreign.length - repeatCount;
  const freshPool = [group, ...COMPANY_GROUPS.filter((g) => g !== group)].flatMap((g) =>
    poolSlice(pool.LV[g], POOL_SLICES.exhibitors)
  );
  const fresh = freshPool.slice(0, freshCount);
  const unique = [...fresh, ...inLeads, ...inAccounts, ...foreign];
  const repeats = rng.sample(
    unique.filter((c) => c.country === "LV"),
    repeatCount
  );
  const companies: SampleCompany[] = rng.shuffle([...unique, ...repeats]);

  const booth = (): string =>
    `${rng.pick(["A", "B", "C", "D"])}${rng.pick(["", "-", " "])}${rng.int(1, 60)}`;
  const rows = companies.map((company) => {
    const f = leadFields(rng, company, companyContact(seed, company));
    return [
      f.company,
      booth(),
      f.country,
      f.city,
      f.website ?? "",
      f.contact ?? "",
      f.email ?? "",
      f.phone ?? "",
      f.industry,
      f.employees === null ? "" : String(f.employees),
      f.regNo ?? "",
    ];
  });

  const titleRows = [
    [`${show} — exhibitor list`],
    [`Exported ${dmyText(today)} · ${rows.length} exhibitors`],
    [],
  ];
  const headerLine = titleRows.length + 1;
  const lineOf = (i: number): number => headerLine + 1 + i;

  const first = new Map<string, { line: number; keys: ReturnType<typeof leadMatchKeys> }>();
  const duplicates: SampleDuplicate[] = [];
  const leadKeys = new Set(inLeads.map((c) => c.key));
  const accountKeys = new Set(inAccounts.map((c) => c.key));
  const inSample: ExhibitorList["inSample"] = [];
  companies.forEach((company, i) => {
    const row = rows[i] ?? [];
    const keys = leadMatchKeys({
      company: row[0] ?? null,
      website: row[4],
      email: row[6],
      regNo: row[10],
    });
    const earlier = first.get(company.key);
    if (earlier)
      duplicates.push({
        row: lineOf(i),
        matchesRow: earlier.line,
        rules: matchingRules(keys, earlier.keys),
      });
    else first.set(company.key, { line: lineOf(i), keys });
    if (leadKeys.has(company.key))
      inSample.push({ line: lineOf(i), company: officialName(company), sheet: "leads" });
    if (accountKeys.has(company.key))
      inSample.push({ line: lineOf(i), company: officialName(company), sheet: "accounts" });
  });

  return {
    show,
    titleRows,
    headers: [...HEADERS],
    rows,
    lines: [...titleRows, [...HEADERS], ...rows],
    headerLine,
    duplicates,
    inSample,
  };
}

/**
 * The list as CSV text: `;` (default) or `,` separated, CRLF line ends, fields quoted when they
 * hold the separator, a quote or a line break, optionally with a UTF-8 byte order mark.
 *
 * @example exhibitorListCsv(list, { separator: ",", bom: false }).split("\r\n")[3] // "Exhibitor,Booth,…"
 */
export function exhibitorListCsv(
  list: ExhibitorList,
  options: { separator?: ";" | ","; bom?: boolean } = {}
): string {
  const sep = options.separator ?? ";";
  const quote = (field: string): string =>
    field.includes(sep) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  const text = list.lines.map((line) => line.map(quote).join(sep)).join("\r\n") + "\r\n";
  return ((options.bom ?? true) ? "\uFEFF" : "") + text;
}
