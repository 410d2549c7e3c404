/** A file the Leads view imports, read in the browser: CSV as text, .xlsx as bytes. */
export type ImportFile =
  { kind: "csv"; text: string; name: string } | { kind: "xlsx"; data: Uint8Array; name: string };

/** The file kind a name stands for, or null when the import cannot read it. */
export function importFileKind(name: string): "csv" | "xlsx" | null {
  const lower = name.trim().toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) return "csv";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

/**
 * CSV bytes as text: UTF-8 (a byte order mark is dropped); bytes that are not valid UTF-8 are
 * read as Windows-1257, the Baltic code page older Excel exports use, so `Rīga` stays `Rīga`.
 *
 * @example csvText(new TextEncoder().encode("\uFEFFCompany;City\r\n")) === "Company;City\r\n"
 */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1257").decode(bytes);
  }
}

/**
 * Reads a chosen file for the leads import; null when its name is neither .csv nor .xlsx.
 *
 * @example await readImportFile(input.files[0]) // { kind: "csv", text: "…", name: "exhibitors.csv" }
 */
export async function readImportFile(
  file: Pick<File, "name" | "arrayBuffer">
): Promise<ImportFile | null> {
  const kind = importFileKind(file.name);
  if (kind === null) return null;
  const bytes = new Uint8Array(await file.arrayBuffer());
  return kind === "csv"
    ? { kind: "csv", text: csvText(bytes), name: file.name }
    : { kind: "xlsx", data: bytes, name: file.name };
}
