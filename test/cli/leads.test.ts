/**
 * `dealdesk leads import|assign|calls|log|overdue` on the committed fixtures
 * (test/fixtures/build-leads-fixtures.ts says what each row is): added, duplicates and rejected
 * exactly as worked out by hand, every row accounted for, reimport adds nothing, a formula-looking
 * company stays text, the Leads sheet's other rows untouched.
 */
import ExcelJS from "exceljs";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const FIXTURES = join(__dirname, "../fixtures");
const CSV = join(FIXTURES, "exhibitors-title-rows-semicolon-bom.csv");
const XLSX_LIST = join(FIXTURES, "exhibitors-two-sheets.xlsx");
const CSV_NAME = "exhibitors-title-rows-semicolon-bom.csv";
const DAY = ["--date", "2026-11-27"];

interface ImportJson {
  ok: true;
  list: string;
  leadsSheet: string;
  added: {
    row: number;
    sheetRow: number;
    id: string;
    company: string;
    owner: string | null;
    assignedBy: string | null;
    score: number;
    grade: string;
    due: string | null;
    explanation: string;
    insideSales: { account: string; owner: string; rule: string } | null;
  }[];
  duplicates: {
    row: number;
    matches: { sheet: string; row: number; lead: string | null };
    rule: string;
  }[];
  rejected: {
    sheet: string;
    row: number;
    column: string | null;
    value: string | null;
    problem: string;
  }[];
  rows: { read: number; used: number; skipped: number };
  issues: { sheet: string; row: number | null; column: string | null; problem: string }[];
  sheets: string[];
  roundRobinPosition: string;
}

function workbookCopy(): string {
  const path = join(tempDir("leads-"), "team.xlsx");
  copyFileSync(join(FIXTURES, "leads-team-workbook.xlsx"), path);
  return path;
}

async function json<T>(args: string[]): Promise<T> {
  const run = await dealdesk([...args, "--json"]);
  if (run.code !== 0)
    throw new Error(`dealdesk ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

async function book(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}: ${wb.worksheets.map((w) => w.name).join(", ")}`);
  return ws;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

/** What kind of cell exceljs read: its type, value and formula (none for text). */
function cellKind(ws: ExcelJS.Worksheet, row: number, column: number): Record<string, unknown> {
  const { type, value, formula } = ws.getCell(row, column);
  return { type, value, formula };
}

/** A row of the Leads sheet as header → value. */
function leadRow(ws: ExcelJS.Worksheet, row: number): Record<string, unknown> {
  const headers = rowValues(ws, 1);
  const out: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    const v = ws.getCell(row, i + 1).value;
    out[String(h)] = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  });
  return out;
}

describe("dealdesk leads import: an exhibitor CSV with a title block, ; and a BOM", () => {
  let wbPath: string;
  let result: ImportJson;

  beforeAll(async () => {
    wbPath = workbookCopy();
    result = await json<ImportJson>([
      "leads",
      "import",
      wbPath,
      "--from",
      CSV,
      "--source",
      "Riga Food 2027",
      ...DAY,
    ]);
  });

  it("adds 9, reports 4 duplicates and rejects 5 of the 18 rows", () => {
    expect(result.rows).toEqual({ read: 18, used: 13, skipped: 5 });
    expect(result.added.map((a) => a.row)).toEqual([5, 8, 12, 13, 14, 15, 19, 20, 22]);
    expect(result.added.length + result.duplicates.length + result.rejected.length).toBe(18);
  });

  it("reports each duplicate with the row it repeats and the rule", () => {
    expect(
      result.duplicates.map((d) => [d.row, d.matches.sheet, d.matches.row, d.matches.lead, d.rule])
    ).toEqual([
      [6, "Leads", 2, "L-00007", "email"],
      [7, CSV_NAME, 5, "L-00017", "domain"],
      [16, "Leads", 3, "L-00012", "domain"],
      [17, "Leads", 5, "L-00016", "regNo"],
    ]);
  });

  it("rejects the blank row, the rows without a company, the total row and the repeated header", () => {
    expect(result.rejected.map((r) => [r.row, r.problem])).toEqual([
      [9, "blank row — skipped"],
      [10, "required, but empty — row skipped"],
      [11, "no company name, only a legal form — row skipped"],
      [18, "total row — skipped"],
      [21, "repeated header row — skipped"],
    ]);
    expect(result.rejected.every((r) => r.sheet === CSV_NAME)).toBe(true);
  });

  it("assigns by account owner, territory, then the weighted round robin, skipping the rep away", () => {
    expect(result.added.map((a) => [a.row, a.owner, a.assignedBy])).toEqual([
      [5, "Anna Bērziņa", "round robin"],
      [8, "Toms Eglītis", "territory"],
      [12, "Jānis Ozols", "account"],
      [13, "Laura Krūmiņa", "account"],
      [14, "Jānis Ozols", "territory"],
      [15, "Toms Eglītis", "territory"],
      [19, "Jānis Ozols", "round robin"],
      [20, "Toms Eglītis", "round robin"],
      [22, "Anna Bērziņa", "round robin"],
    ]);
    expect(
      result.added
        .filter((a) => a.insideSales)
        .map((a) => [a.row, a.insideSales?.account, a.insideSales?.rule])
    ).toEqual([
      [12, "AS Latvijas Piens", "regNo"],
      [13, "SIA Tilts", "name"],
    ]);
    expect(result.roundRobinPosition).toBe("Anna Bērziņa #2");
  });

  it("scores, grades and dates the first calls as worked out by hand", () => {
    const row = (n: number) => result.added.find((a) => a.row === n);
    expect(row(5)).toMatchObject({
      id: "L-00017",
      score: 82,
      grade: "A",
      due: "2026-11-30",
      explanation:
        "Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone, contact +18; other source +4",
    });
    expect(row(8)).toMatchObject({
      id: "L-00018",
      score: 38,
      grade: "C",
      due: "2026-12-04",
      explanation: "Industry other +5; 10–49 employees +8; EE +15; phone +6; other source +4",
    });
    expect(result.added.map((a) => a.id)).toEqual([
      "L-00017",
      "L-00018",
      "L-00019",
      "L-00020",
      "L-00021",
      "L-00022",
      "L-00023",
      "L-00024",
      "L-00025",
    ]);
  });

  it("reports values it kept as written", () => {
    expect(
      result.issues
        .filter((i) => !result.rejected.some((r) => r.row === i.row))
        .map((i) => [i.row, i.column, i.problem])
    ).toEqual([
      [19, "Employees", "not a number — left empty"],
      [
        19,
        "Registration number",
        "40003521601: the check digit should be 0 — check the digits — kept as written",
      ],
      [20, "E-mail", '"janis(at)gaujasdati.lv" is not an e-mail address — kept as written'],
    ]);
  });

  it("writes the new leads below the old ones, normalized, with a formula-looking company as text", async () => {
    const ws = sheetOf(await book(wbPath), "Leads");
    expect(ws.rowCount).toBe(14);
    expect(leadRow(ws, 6)).toMatchObject({
      "Lead ID": "L-00017",
      Company: 'SIA "Rīgas Maize"',
      Contact: "Ilze Kalniņa",
      Email: "ilze.kalnina@rigasmaize.lv",
      Phone: "+371 29123456",
      Website: "rigasmaize.lv",
      Country: "LV",
      City: "Rīga",
      Employees: 120,
      Source: "Riga Food 2027",
      Score: 82,
      Grade: "A",
      Status: "New",
      Owner: "Anna Bērziņa",
      "Next step": "Call",
      "Next step date": "2026-11-30",
    });
    expect(String(leadRow(ws, 6).Notes)).toBe(
      "Score 82 (A): Industry Food +25; 50–249 employees +15; LV +20; e-mail, phone, contact +18; other source +4"
    );
    expect(cellKind(ws, 7, 2)).toEqual({
      type: ExcelJS.ValueType.String,
      value: '=HYPERLINK("x")',
      formula: undefined,
    });
    expect(String(leadRow(ws, 8).Notes)).toMatch(
      /^Inside sales: existing account AS Latvijas Piens · Score /u
    );
    expect(leadRow(ws, 11)).toMatchObject({
      Company: "Tallinna Pagar OÜ",
      Phone: "+372 51234568",
      Country: "EE",
    });
    expect(String(leadRow(ws, 11).Notes)).toMatch(/^Wants samples · Score /u);
  });

  it("leaves the Leads sheet's other rows untouched", async () => {
    const original = sheetOf(await book(join(FIXTURES, "leads-team-workbook.xlsx")), "Leads");
    const after = sheetOf(await book(wbPath), "Leads");
    for (let r = 1; r <= 5; r++) expect(rowValues(after, r)).toEqual(rowValues(original, r));
  });

  it("saves the round-robin position in Settings", async () => {
    const ws = sheetOf(await book(wbPath), "Settings");
    expect(ws.getCell(6, 1).value).toBe("Round-robin position");
    expect(ws.getCell(6, 2).value).toBe("Anna Bērziņa #2");
    expect(result.sheets).toEqual(["Leads", "Settings"]);
  });

  it("adds nothing when the same file is imported again", async () => {
    const again = await json<ImportJson>(["leads", "import", wbPath, "--from", CSV, ...DAY]);
    expect(again.added).toEqual([]);
    expect(again.duplicates.map((d) => d.row)).toEqual([
      5, 6, 7, 8, 12, 13, 14, 15, 16, 17, 19, 20, 22,
    ]);
    expect(again.duplicates.every((d) => d.matches.sheet === "Leads")).toBe(true);
    expect(again.rejected).toHaveLength(5);
    expect(sheetOf(await book(wbPath), "Leads").rowCount).toBe(14);
  });
});

describe("dealdesk leads import: an .xlsx exhibitor list", () => {
  it("reads the sheet with a header, past its title rows: 3 added, 2 duplicates, 1 rejected", async () => {
    const wbPath = workbookCopy();
    const out = join(tempDir("leads-"), "out.xlsx");
    const r = await json<ImportJson>([
      "leads",
      "import",
      wbPath,
      "--from",
      XLSX_LIST,
      "--out",
      out,
      ...DAY,
    ]);
    expect(r.list).toBe("exhibitors-two-sheets.xlsx › Exhibitors");
    expect(r.rows).toEqual({ read: 6, used: 5, skipped: 1 });
    expect(r.added.map((a) => [a.row, a.id, a.owner, a.assignedBy, a.grade])).toEqual([
      [4, "L-00017", "Anna Bērziņa", "round robin", "A"],
      [7, "L-00018", "Jānis Ozols", "territory", "B"],
      [9, "L-00019", "Toms Eglītis", "territory", "C"],
    ]);
    expect(r.duplicates.map((d) => [d.row, d.matches.row, d.rule])).toEqual([
      [5, 2, "domain"],
      [6, 4, "regNo"],
    ]);
    expect(r.rejected.map((x) => x.row)).toEqual([8]);
    const ws = sheetOf(await book(out), "Leads");
    expect(leadRow(ws, 6)).toMatchObject({
      Company: "Būvnieks SIA",
      "Reg. no": "40102555555",
      Phone: "+371 29123457",
      Employees: 250,
    });
    expect(leadRow(ws, 8)).toMatchObject({ Company: "Tartu Ehitus OÜ", Phone: "+372 5551234" });
    // --out leaves WB as it was.
    expect(sheetOf(await book(wbPath), "Leads").rowCount).toBe(5);
  });
});

describe("dealdesk leads import: columns mapped by the user", () => {
  it("reads a list by --map and keeps the mapping in Settings", async () => {
    const dir = tempDir("leads-");
    const list = join(dir, "list.csv");
    writeFileSync(list, "Firmas nosaukums,Tālrunis,Valsts\r\nSIA Jauns,29111222,LV\r\n", "utf8");
    const wbPath = workbookCopy();
    const r = await json<ImportJson>([
      "leads",
      "import",
      wbPath,
      "--from",
      list,
      "--map",
      "Company=Firmas nosaukums",
      ...DAY,
    ]);
    expect(r.added.map((a) => a.company)).toEqual(["SIA Jauns"]);
    const ws = sheetOf(await book(wbPath), "Settings");
    const labels = rowValues(ws, 7);
    expect(labels.slice(0, 2)).toEqual(["Map: Leads.Company", "Firmas nosaukums"]);
  });

  it("fails with a one-line reason when the list has no Company column", async () => {
    const dir = tempDir("leads-");
    const list = join(dir, "list.csv");
    writeFileSync(list, "Firmas nosaukums,Tālrunis,Valsts\r\nSIA Jauns,29111222,LV\r\n", "utf8");
    const run = await dealdesk(["leads", "import", workbookCopy(), "--from", list]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      "dealdesk: list.csv: no Company column — add a column named Company (or Uzņēmums, Organisation, Organization, Exhibitor, Company name), or map one in Settings."
    );
  });

  it("refuses a --map of a field Leads does not have (usage, exit 2)", async () => {
    const run = await dealdesk([
      "leads",
      "import",
      workbookCopy(),
      "--from",
      CSV,
      "--map",
      "Colour=Krāsa",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--map "Colour=Krāsa": Leads has no field "Colour"');
  });

  it("needs --from (usage, exit 2) and an existing file (exit 1)", async () => {
    expect((await dealdesk(["leads", "import", workbookCopy()])).code).toBe(2);
    const missing = await dealdesk(["leads", "import", workbookCopy(), "--from", "nowhere.csv"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("dealdesk: nowhere.csv: no such file.");
  });
});

interface AssignJson {
  assigned: { row: number; owner: string; by: string; due: string | null }[];
  roundRobinPosition: string;
  sheets: string[];
  calls: { owners: { owner: string; sheet: string; leads: number; overdue: number }[] } | null;
}

describe("dealdesk leads assign, calls, log and overdue", () => {
  let wbPath: string;

  beforeAll(async () => {
    wbPath = workbookCopy();
    await json(["leads", "import", wbPath, "--from", CSV, ...DAY]);
  });

  it("assigns the open lead without owner and writes its first call", async () => {
    const r = await json<AssignJson>(["leads", "assign", wbPath, "--calls", ...DAY]);
    // L-00012 Baltic Paper, Ventspils → territory Kurzeme; L-00016 is Disqualified: left alone.
    expect(r.assigned).toEqual([
      expect.objectContaining({ row: 3, owner: "Jānis Ozols", by: "territory" }),
    ]);
    const ws = sheetOf(await book(wbPath), "Leads");
    expect(leadRow(ws, 3)).toMatchObject({ Owner: "Jānis Ozols", "Next step": "Call" });
    expect(leadRow(ws, 5).Owner).toBeNull();
    expect(r.calls?.owners.map((o) => [o.owner, o.sheet, o.leads])).toEqual([
      ["Anna Bērziņa", "Calls Anna Bērziņa", 3],
      ["Jānis Ozols", "Calls Jānis Ozols", 4],
      ["Laura Krūmiņa", "Calls Laura Krūmiņa", 1],
      ["Toms Eglītis", "Calls Toms Eglītis", 3],
    ]);
  });

  it("writes call sheets with A leads first and the outcome columns, replacing them when run again", async () => {
    await json(["leads", "calls", wbPath, ...DAY]);
    const wb = await book(wbPath);
    expect(wb.worksheets.filter((w) => w.name.startsWith("Calls")).map((w) => w.name)).toEqual([
      "Calls Anna Bērziņa",
      "Calls Jānis Ozols",
      "Calls Laura Krūmiņa",
      "Calls Toms Eglītis",
    ]);
    const ws = sheetOf(wb, "Calls Anna Bērziņa");
    expect(rowValues(ws, 4)).toEqual([
      "Lead ID",
      "Grade",
      "Score",
      "Due",
      "Company",
      "Contact",
      "Title",
      "Phone",
      "E-mail",
      "City",
      "Country",
      "Status",
      "Why",
      "Outcome",
      "Notes",
      "Next step",
      "Next step date",
    ]);
    const grades = [5, 6, 7].map((r) => ws.getCell(r, 2).value);
    expect(grades).toEqual([...grades].sort());
    expect(ws.getCell(5, 1).value).toBe("L-00017");
  });

  it("logs a call back on one lead, touching only its status cells", async () => {
    const before = sheetOf(await book(wbPath), "Leads");
    const others = [1, 2, 3, 4, 5, 7].map((r) => rowValues(before, r));
    const r = await json<{
      status: string;
      nextStep: string;
      nextStepDate: string;
      updated: string[];
    }>([
      "leads",
      "log",
      wbPath,
      "--lead",
      "l-00017",
      "--call",
      "call back",
      "--next-date",
      "2026-12-03",
      "--note",
      "after the holidays",
      ...DAY,
    ]);
    expect(r).toMatchObject({
      status: "Contacted",
      nextStep: "Call back",
      nextStepDate: "2026-12-03",
    });
    expect(r.updated).toEqual(["Status", "Last contact", "Next step", "Next step date", "Notes"]);
    const ws = sheetOf(await book(wbPath), "Leads");
    expect(leadRow(ws, 6)).toMatchObject({
      Status: "Contacted",
      "Last contact": "2026-11-27",
      "Next step": "Call back",
      "Next step date": "2026-12-03",
    });
    expect(String(leadRow(ws, 6).Notes)).toMatch(
      /\n2026-11-27 call: call back 2026-12-03 — after the holidays$/u
    );
    expect([1, 2, 3, 4, 5, 7].map((row) => rowValues(ws, row))).toEqual(others);
  });

  it("logs materials sent", async () => {
    const r = await json<{ status: string; nextStep: string; nextStepDate: string }>([
      "leads",
      "log",
      wbPath,
      "--lead",
      "L-00018",
      "--materials",
      "Catalogue 2026",
      ...DAY,
    ]);
    expect(r).toMatchObject({
      status: "Materials sent",
      nextStep: "Call",
      nextStepDate: "2026-12-01",
    });
    const ws = sheetOf(await book(wbPath), "Leads");
    expect(leadRow(ws, 7)["Materials sent"]).toBe("Catalogue 2026 (2026-11-27)");
  });

  it("lists the overdue next steps of open leads", async () => {
    const r = await json<{ overdue: { id: string; nextStepDate: string; daysOverdue: number }[] }>([
      "leads",
      "overdue",
      wbPath,
      "--date",
      "2026-12-02",
    ]);
    // Due dates by hand (source: the file's name, * = 4): L-00022 Tallinna Pagar 77 (A) and
    // L-00025 Vidzemes Sulas 74 (A) on 11-30; L-00021 Kurzemes Zivis 50 and L-00023 Jelgavas Ceļi
    // 57 (B) on 12-01; L-00018 moved to 12-01 by the materials; L-00017 moved to 12-03 by the
    // call back; C leads on 12-04. L-00015 (Not interested, 11-02) is closed. Longest overdue
    // first, then by owner.
    expect(r.overdue.map((o) => [o.id, o.nextStepDate, o.daysOverdue])).toEqual([
      ["L-00007", "2026-11-20", 12],
      ["L-00025", "2026-11-30", 2],
      ["L-00022", "2026-11-30", 2],
      ["L-00021", "2026-12-01", 1],
      ["L-00023", "2026-12-01", 1],
      ["L-00018", "2026-12-01", 1],
    ]);
  });

  it("refuses an unknown lead and an unknown outcome", async () => {
    const unknown = await dealdesk([
      "leads",
      "log",
      wbPath,
      "--lead",
      "L-99999",
      "--call",
      "interested",
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('dealdesk: Leads: no lead "L-99999".');
    const outcome = await dealdesk([
      "leads",
      "log",
      wbPath,
      "--lead",
      "L-00017",
      "--call",
      "maybe",
    ]);
    expect(outcome.code).toBe(2);
  });
});
