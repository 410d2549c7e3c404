/**
 * Helpers the xlsx adapter tests share: fixtures, an independent reader (a fresh exceljs, and
 * the raw package parts), temp files.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tempDir } from "../../support/recalc";

export const FIXTURES = resolve(__dirname, "../../fixtures");

/** Bytes of a committed fixture (test/fixtures/xlsx-*.xlsx). */
export function fixture(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** Reads bytes with a fresh exceljs — what another program sees. */
export async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The text of one package part, e.g. "xl/workbook.xml". */
export async function part(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
}

/** The sheet XML of a sheet by name. */
export async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const wbXml = await part(bytes, "xl/workbook.xml");
  const decode = (t: string): string =>
    t
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  const tag = (wbXml.match(/<sheet [^>]*>/g) ?? []).find(
    (t) => decode(/\bname="([^"]*)"/.exec(t)?.[1] ?? "") === name
  );
  const rid = /r:id="([^"]+)"/.exec(tag ?? "")?.[1];
  const rels = await part(bytes, "xl/_rels/workbook.xml.rels");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  if (!rid || !target) throw new Error(`no sheet ${name}`);
  return part(bytes, `xl/${target.replace(/^\/?xl\//, "")}`);
}

/** The `<c>` element of one cell in a sheet's XML. */
export function cellXml(sheet: string, address: string): string {
  const m = new RegExp(`<c r="${address}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(sheet);
  if (!m) throw new Error(`no cell ${address}`);
  return m[0];
}

/** The `<xf>` of `cellXfs` that a cell's `s` attribute points to. */
export async function cellFormat(
  bytes: Uint8Array,
  sheet: string,
  address: string
): Promise<string> {
  const s = /\ss="(\d+)"/.exec(cellXml(sheet, address))?.[1] ?? "0";
  const styles = await part(bytes, "xl/styles.xml");
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const all = xfs.match(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g) ?? [];
  return all[Number(s)] ?? "";
}

/** Writes bytes to a fresh temp dir; returns the path. */
export function writeTemp(bytes: Uint8Array, name = "book.xlsx"): string {
  const path = join(tempDir("xlsx-test-"), name);
  writeFileSync(path, bytes);
  return path;
}
