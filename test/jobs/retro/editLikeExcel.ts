/**
 * A user's edit of an .xlsx file, for tests: cells changed with exceljs, cell by cell, as a
 * user types them. Excel keeps the sheet-scoped defined names a workbook holds when it saves;
 * exceljs cannot keep them (it drops constants such as Deal Desk's `_DealDesk` marks), so by
 * default they are put back as Excel would have left them. `keepNames: false` shows what a
 * program that drops them does.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";

const WORKBOOK = "xl/workbook.xml";

/** Sheet names of workbook.xml in order. */
function sheetOrder(xml: string): string[] {
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => m[1] ?? "");
}

/** The `_DealDesk` names of workbook.xml: sheet name → the name's text as stored. */
function marks(xml: string): Map<string, string> {
  const sheets = sheetOrder(xml);
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)) {
    const attributes = m[1] ?? "";
    if (!/\bname="_DealDesk"/.test(attributes)) continue;
    const id = /\blocalSheetId="(\d+)"/.exec(attributes)?.[1];
    const sheet = id === undefined ? undefined : sheets[Number(id)];
    if (sheet !== undefined) out.set(sheet, m[2] ?? "");
  }
  return out;
}

/**
 * Opens `path` with exceljs, lets `edit` change it, and saves it back in place.
 *
 * @example await editLikeExcel(file, (wb) => { wb.getWorksheet("Retro D-1042")!.getCell("B40").value = "Fast approval"; });
 */
export async function editLikeExcel(
  path: string,
  edit: (wb: ExcelJS.Workbook) => void,
  options: { keepNames?: boolean } = {}
): Promise<void> {
  const before = await JSZip.loadAsync(readFileSync(path));
  const kept = marks((await before.file(WORKBOOK)?.async("string")) ?? "");

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  if (options.keepNames === false || kept.size === 0) {
    writeFileSync(path, bytes);
    return;
  }

  const after = await JSZip.loadAsync(bytes);
  let xml = (await after.file(WORKBOOK)?.async("string")) ?? "";
  const sheets = sheetOrder(xml);
  const names = [...kept]
    .filter(([sheet]) => sheets.includes(sheet))
    .map(
      ([sheet, text]) =>
        `<definedName name="_DealDesk" localSheetId="${sheets.indexOf(sheet)}" hidden="1">${text}</definedName>`
    )
    .join("");
  if (/<definedNames\b[^>]*\/>/.test(xml)) {
    xml = xml.replace(/<definedNames\b[^>]*\/>/, `<definedNames>${names}</definedNames>`);
  } else if (xml.includes("</definedNames>")) {
    xml = xml.replace("</definedNames>", `${names}</definedNames>`);
  } else {
    xml = xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  }
  after.file(WORKBOOK, xml);
  writeFileSync(path, await after.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
