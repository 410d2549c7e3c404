/**
 * The command-line words of `dealdesk leads`: `--map Field=Header`, the `--from` list, call
 * outcomes. Anything malformed is a usage error (exit 2) saying what to write.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname } from "node:path";
import { AppError } from "../../core/appError";
import { normalizeKey } from "../../core/normalizeText";
import type { LeadListSource } from "../../jobs/leads/readLeadList";
import { SHEET_FIELDS } from "../../sheets/fields";
import { CALL_OUTCOMES, parseCallOutcome, type CallOutcome } from "../../sheets/leads/leadWords";
import { userPath } from "../workbookFiles";

/**
 * `--map` values as a mapping (field → header). The field is a Leads field by its key, English
 * or Latvian header; the header is the list's column as written.
 *
 * @example parseMapArgs(["Company=Firmas nosaukums"]) // { Company: "Firmas nosaukums" }
 */
export function parseMapArgs(values: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    const field = at < 0 ? "" : value.slice(0, at).trim();
    const header = at < 0 ? "" : value.slice(at + 1).trim();
    if (field === "" || header === "") {
      throw new AppError(
        "USAGE",
        `--map "${value}": write Field=Header, e.g. --map "Company=Firmas nosaukums".`
      );
    }
    const wanted = normalizeKey(field);
    const def = SHEET_FIELDS.leads.find(
      (f) =>
        normalizeKey(f.key) === wanted ||
        normalizeKey(f.header) === wanted ||
        normalizeKey(f.lv) === wanted
    );
    if (!def) {
      throw new AppError(
        "USAGE",
        `--map "${value}": Leads has no field "${field}" — use ${SHEET_FIELDS.leads.map((f) => f.header).join(", ")}.`
      );
    }
    mapping[def.header] = header;
  }
  return mapping;
}

/**
 * CSV bytes as text: UTF-8 (a byte order mark is kept for the reader to drop); bytes that are not
 * valid UTF-8 are read as Windows-1257, the Baltic code page older Excel exports use.
 *
 * @example csvText(new TextEncoder().encode("Uzņēmums;Pilsēta")) === "Uzņēmums;Pilsēta"
 */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1257").decode(bytes);
  }
}

/**
 * The list `--from` names: a .csv (or .txt) file, an .xlsx file (also recognised by its content),
 * or — when no such file exists — a sheet of the workbook.
 *
 * @example listSource("/work", "riga-food.csv", undefined) // { kind: "csv", text: "…", name: "riga-food.csv" }
 */
export function listSource(cwd: string, from: string, sheet: string | undefined): LeadListSource {
  const path = userPath(cwd, from);
  const name = from.replace(/^.*[\\/]/u, "");
  if (!existsSync(path)) {
    if (/\.(csv|txt|xlsx|xlsm)$/iu.test(from)) {
      throw new AppError("BAD_INPUT", `${from}: no such file.`);
    }
    return { kind: "sheet", sheet: from };
  }
  const bytes = new Uint8Array(readFileSync(path));
  const ext = extname(path).toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === ".xlsx" || ext === ".xlsm" || (zip && ext !== ".csv" && ext !== ".txt")) {
    return sheet === undefined
      ? { kind: "xlsx", data: bytes, name }
      : { kind: "xlsx", data: bytes, name, sheet };
  }
  if (ext === ".xls" || ext === ".ods") {
    throw new AppError("BAD_INPUT", `${from}: save the list as .xlsx or .csv first.`);
  }
  return { kind: "csv", text: csvText(bytes), name };
}

/**
 * A `--call` value as an outcome, English or Latvian.
 * @example parseOutcomeArg("no answer") === "no answer"; parseOutcomeArg("neatbild") === "no answer"
 */
export function parseOutcomeArg(text: string): CallOutcome {
  const outcome = parseCallOutcome(text);
  if (outcome === null) {
    throw new AppError(
      "USAGE",
      `--call "${text}": write one of ${CALL_OUTCOMES.map((o) => `"${o}"`).join(", ")}.`
    );
  }
  return outcome;
}
