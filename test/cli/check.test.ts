import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { tempDir } from "../support/recalc";
import { dealdesk } from "./runCliForTest";

const messy = join(__dirname, "../fixtures/messy-latvian-workbook.xlsx");

interface JsonIssue {
  sheet: string;
  row: number | null;
  column: string | null;
  value: string | null;
  problem: string;
}
interface FoundSheet {
  kind: string;
  sheet: string | null;
  counts: { read: number; used: number; skipped: number };
}

describe("dealdesk check on a messy Latvian workbook", () => {
  let json: {
    ok: boolean;
    rows: { read: number; used: number; skipped: number };
    issues: JsonIssue[];
    found: FoundSheet[];
    sheets: string[];
  };
  let stderr: string;

  beforeAll(async () => {
    const run = await dealdesk(["check", messy, "--json"]);
    expect(run.code).toBe(0);
    json = JSON.parse(run.stdout);
    stderr = run.stderr;
  });

  it("uses every good Deals row and skips every bad one, read = used + skipped", () => {
    const deals = json.found.find((s) => s.kind === "deals");
    expect(deals?.sheet).toBe("Darījumi");
    // rows 5..15 under the header on row 4: 6 good (5, 6, 8, 11, 13, 14), 5 skipped (7, 9, 10, 12, 15)
    expect(deals?.counts).toEqual({ read: 11, used: 6, skipped: 5 });
  });

  it("reports each bad Deals row by the row number Excel shows", () => {
    const rows = json.issues.filter((i) => i.sheet === "Darījumi").map((i) => i.row);
    for (const row of [7, 9, 10, 11, 12, 14, 15]) expect(rows).toContain(row);
    const owner = json.issues.find((i) => i.sheet === "Darījumi" && i.row === 10);
    expect(owner?.column).toBe("Atbildīgais");
    const error = json.issues.find((i) => i.sheet === "Darījumi" && i.row === 11);
    expect(error?.column).toBe("Summa");
    expect(error?.value).toBe("#N/A");
    const badDate = json.issues.find((i) => i.sheet === "Darījumi" && i.row === 14);
    expect(badDate?.column).toBe("Izveidots");
    expect(badDate?.value).toBe("31.02.2026");
  });

  it("reads Team and Targets under Latvian headers, skipping the unknown period", () => {
    const team = json.found.find((s) => s.kind === "team");
    expect(team?.counts).toEqual({ read: 3, used: 3, skipped: 0 });
    const targets = json.found.find((s) => s.kind === "targets");
    expect(targets?.counts).toEqual({ read: 5, used: 4, skipped: 1 });
    expect(json.issues).toContainEqual(
      expect.objectContaining({ sheet: "Mērķi", row: 8, column: "Periods", value: "Q5 2026" })
    );
  });

  it("totals every sheet's rows and writes nothing", () => {
    const sum = json.found.reduce((a, s) => a + s.counts.read, 0);
    expect(json.rows.read).toBe(sum);
    expect(json.rows.read).toBe(json.rows.used + json.rows.skipped);
    expect(json.sheets).toEqual([]);
  });

  it("prints a human summary on stderr naming the sheets", () => {
    expect(stderr).toContain("Darījumi");
    expect(stderr).toMatch(/read 11, used 6, skipped 5/);
  });
});

describe("dealdesk check on files that are not workbooks", () => {
  it("exits 1 with one line and no stack for a CSV, an empty file and a missing file", async () => {
    const dir = tempDir();
    const csv = join(dir, "leads.csv");
    writeFileSync(csv, "Company;Email\nSIA Alfa;a@b.lv\n");
    const empty = join(dir, "empty.xlsx");
    writeFileSync(empty, "");
    for (const file of [csv, empty, join(dir, "nope.xlsx")]) {
      const run = await dealdesk(["check", file]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(/^dealdesk: /);
      expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it("exits 2 on wrong usage", async () => {
    expect((await dealdesk(["check"])).code).toBe(2);
    expect((await dealdesk(["frobnicate"])).code).toBe(2);
  });

  it("with --json, a failure is also one JSON document on stdout", async () => {
    const run = await dealdesk(["check", join(tempDir(), "missing.xlsx"), "--json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: { code: "BAD_INPUT", message: expect.stringContaining("missing.xlsx") },
    });
  });
});
