import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "../../../src/core/appError";
import { openXlsxFile, saveInPlace, saveXlsxFile } from "../../../src/host/xlsx/xlsxFile";
import { createXlsx, openXlsx } from "../../../src/host/xlsx/xlsxWorkbook";
import { tempDir } from "../../support/recalc";
import { FIXTURES } from "./xlsxTestKit";

async function failure(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err
  );
  if (!(e instanceof AppError)) throw new Error(`expected an AppError, got ${String(e)}`);
  return e;
}

describe("openXlsxFile: anything but an .xlsx workbook is a one-line BAD_INPUT", () => {
  const dir = tempDir("xlsx-open-");
  const cases: [string, Uint8Array | string, RegExp][] = [
    [
      "leads.csv",
      "Company,Email\nSIA Alfa,info@alfa.lv\n",
      /^leads\.csv is not an \.xlsx workbook: it is a text file \(CSV\?\)/,
    ],
    [
      "random.xlsx",
      new Uint8Array(Array.from({ length: 4096 }, (_x, i) => (i * 7919 + 13) % 256)),
      /^random\.xlsx is not an \.xlsx workbook: it is not a zip package/,
    ],
    ["empty.xlsx", new Uint8Array(0), /^empty\.xlsx is not an \.xlsx workbook: the file is empty/],
    [
      "old.xls",
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...new Array<number>(504).fill(0),
      ]),
      /old \.xls workbook or a password-protected file/,
    ],
    [
      "truncated.xlsx",
      readFileSync(join(FIXTURES, "xlsx-user-table.xlsx")).subarray(0, 3000),
      /^truncated\.xlsx is not an \.xlsx workbook: the zip package is damaged/,
    ],
    ["page.xlsx", "<html><body>Sign in</body></html>", /it is an XML or HTML file/],
  ];

  it.each(cases)("%s", async (name, content, message) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const e = await failure(openXlsxFile(path));
    expect(e.code).toBe("BAD_INPUT");
    expect(e.message).toMatch(message);
    expect(e.message).not.toMatch(/\n/);
  });

  it("names a missing file and a folder", async () => {
    const missing = await failure(openXlsxFile(join(dir, "nope.xlsx")));
    expect(missing).toMatchObject({ code: "BAD_INPUT", message: "nope.xlsx: no such file." });
    const folder = join(dir, "folder.xlsx");
    mkdirSync(folder);
    expect(await failure(openXlsxFile(folder))).toMatchObject({
      code: "BAD_INPUT",
      message: "folder.xlsx is a folder, not an .xlsx workbook.",
    });
  });

  it("tells an OpenDocument spreadsheet apart", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
    zip.file("content.xml", "<office:document-content/>");
    const path = join(dir, "book.ods");
    writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
    expect((await failure(openXlsxFile(path))).message).toBe(
      "book.ods is not an .xlsx workbook: it is an OpenDocument spreadsheet (.ods); save it as .xlsx."
    );
  });
});

describe("saveXlsxFile: atomic", () => {
  it("writes the file and leaves no temporary file behind", async () => {
    const dir = tempDir("xlsx-save-");
    const wb = createXlsx();
    await wb.writeSheet({ name: "S", kind: "x", values: [["saved"]] });
    await saveXlsxFile(wb, join(dir, "out.xlsx"));
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect((await (await openXlsxFile(join(dir, "out.xlsx"))).readSheet("S")).values).toEqual([
      ["saved"],
    ]);
  });

  it("leaves the original untouched and no temporary file when the write fails", async () => {
    const dir = tempDir("xlsx-fail-");
    // The target is a folder: the final rename fails after the temporary file was written.
    const target = join(dir, "report.xlsx");
    mkdirSync(target);
    writeFileSync(join(target, "keep.txt"), "mine");
    const wb = createXlsx();
    await wb.writeSheet({ name: "S", kind: "x", values: [["x"]] });
    const e = await failure(saveXlsxFile(wb, target));
    expect(e.code).toBe("WRITE_FAILED");
    expect(e.message).toMatch(/^Could not write report\.xlsx: /);
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
    expect(readFileSync(join(target, "keep.txt"), "utf8")).toBe("mine");

    // A workbook that cannot be written at all never touches the existing file either.
    const existing = join(dir, "book.xlsx");
    writeFileSync(existing, "original bytes");
    await expect(saveXlsxFile(createXlsx(), existing)).rejects.toMatchObject({
      code: "WRITE_FAILED",
    });
    expect(readFileSync(existing, "utf8")).toBe("original bytes");
    expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "report.xlsx"]);
  });
});

describe("saveInPlace", () => {
  it("refuses a workbook with charts and macros, naming them, and leaves it untouched", async () => {
    const dir = tempDir("xlsx-inplace-");
    const path = join(dir, "sales.xlsm");
    copyFileSync(join(FIXTURES, "xlsx-with-charts-and-macros.xlsm"), path);
    const before = readFileSync(path);
    const wb = await openXlsxFile(path);
    await wb.writeSheet({ name: "Report", kind: "report:x", values: [["r"]] });
    const e = await failure(saveInPlace(wb, path));
    expect(e.code).toBe("UNSUPPORTED_PARTS");
    expect(e.message).toBe(
      "sales.xlsm holds charts (2) and macros, which the .xlsx engine would not keep: write to a new file with --out."
    );
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(["sales.xlsm"]);
  });

  it("replaces a workbook that holds nothing the engine would drop", async () => {
    const dir = tempDir("xlsx-inplace-");
    const path = join(dir, "leads.xlsx");
    copyFileSync(join(FIXTURES, "xlsx-user-table.xlsx"), path);
    const wb = await openXlsxFile(path);
    await wb.appendRows({ sheet: "Leads", firstColumn: 1, rows: [["SIA Zeta", "z@zeta.lv", 3]] });
    await saveInPlace(wb, path);
    expect(readdirSync(dir)).toEqual(["leads.xlsx"]);
    const again = await openXlsx(readFileSync(path));
    expect((await again.readSheet("Leads")).tables).toEqual([{ name: "Leads", range: "A2:D6" }]);
  });
});
