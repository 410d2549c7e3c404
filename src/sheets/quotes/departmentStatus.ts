/**
 * The department checklist of a quote (SPEC §4 Departments): every line belongs to a department
 * (from Products), each department confirms its lines; finalizing needs every one confirmed.
 */
import { normalizeKey } from "../../core/normalizeText";
import { fail, ok, type Parsed } from "../../core/parsed";
import type { Locale } from "../sheetKinds";

/** A department's answer on its lines of a quote. */
export type DepartmentStatus = "Pending" | "Confirmed" | "Changes needed";

/** The statuses, in checklist order. */
export const DEPARTMENT_STATUSES: readonly DepartmentStatus[] = [
  "Pending",
  "Confirmed",
  "Changes needed",
];

/**
 * Status labels per locale, as the register and the internal view show them.
 *
 * @example DEPARTMENT_STATUS_LABELS.lv.Confirmed === "Apstiprināts"
 */
export const DEPARTMENT_STATUS_LABELS: Readonly<
  Record<Locale, Readonly<Record<DepartmentStatus, string>>>
> = {
  en: { Pending: "Pending", Confirmed: "Confirmed", "Changes needed": "Changes needed" },
  lv: { Pending: "Gaida", Confirmed: "Apstiprināts", "Changes needed": "Vajag izmaiņas" },
};

const WORDS: Readonly<Record<DepartmentStatus, readonly string[]>> = {
  Pending: ["Pending", "Waiting", "Open", "Gaida", "Gaida apstiprinājumu", "Nav apstiprināts"],
  Confirmed: ["Confirmed", "OK", "Done", "Apstiprināts", "Apstiprināta", "Gatavs"],
  "Changes needed": [
    "Changes needed",
    "Change needed",
    "Needs changes",
    "Rejected",
    "Vajag izmaiņas",
    "Jāmaina",
    "Jālabo",
  ],
};

const BY_KEY = new Map<string, DepartmentStatus>();
for (const status of DEPARTMENT_STATUSES) {
  for (const word of WORDS[status]) BY_KEY.set(normalizeKey(word), status);
}

/**
 * A department status as written in the Quote lines register (English or Latvian, any case).
 *
 * @example parseDepartmentStatus("apstiprināts") // ok "Confirmed"
 */
export function parseDepartmentStatus(text: string): Parsed<DepartmentStatus> {
  const status = BY_KEY.get(normalizeKey(text));
  if (status !== undefined) return ok(status);
  return fail(
    `"${text.trim()}" is not a department status — use ${DEPARTMENT_STATUSES.join(", ")}`
  );
}

/** One line's department state, as the checklist reads it. */
export interface DepartmentLine {
  /** 1-based line number on the quote. */
  line: number;
  department: string | null;
  status: DepartmentStatus;
  by: string | null;
  /** ISO date or date-time. */
  at: string | null;
}

/**
 * One department of a quote's checklist: its lines and where it stands. Confirmed when every
 * line is; Changes needed when any line says so; else Pending. `by`/`at` are the latest
 * confirmation's.
 *
 * @example { department: "Serviss", lines: [2, 3], status: "Confirmed", by: "Līga Siliņa", at: "2026-11-27" }
 */
export interface DepartmentState {
  department: string;
  lines: number[];
  status: DepartmentStatus;
  by: string | null;
  at: string | null;
}

/**
 * The checklist: one entry per department (named as first written; compared without case), in
 * order of first appearance. Lines without a department need no one's confirmation.
 *
 * @example departmentChecklist([{ line: 1, department: "Iekārtas", status: "Pending", by: null, at: null }])
 * // [{ department: "Iekārtas", lines: [1], status: "Pending", by: null, at: null }]
 */
export function departmentChecklist(lines: readonly DepartmentLine[]): DepartmentState[] {
  const byKey = new Map<string, { name: string; lines: DepartmentLine[] }>();
  for (const line of lines) {
    if (line.department === null || line.department.trim() === "") continue;
    const key = normalizeKey(line.department);
    const entry = byKey.get(key) ?? { name: line.department.trim(), lines: [] };
    entry.lines.push(line);
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ name, lines: own }) => {
    const status: DepartmentStatus = own.some((l) => l.status === "Changes needed")
      ? "Changes needed"
      : own.every((l) => l.status === "Confirmed")
        ? "Confirmed"
        : "Pending";
    let latest: DepartmentLine | null = null;
    for (const l of own) {
      if (l.status !== "Confirmed" || l.at === null) continue;
      if (latest === null || (latest.at ?? "") < l.at) latest = l;
    }
    return {
      department: name,
      lines: own.map((l) => l.line),
      status,
      by: status === "Confirmed" ? (latest?.by ?? own.find((l) => l.by)?.by ?? null) : null,
      at: status === "Confirmed" ? (latest?.at ?? null) : null,
    };
  });
}
