/**
 * Hand-made meetings for the meetings tests: `meeting({ … })` fills every other field.
 */
import type { Meeting } from "../../../src/core/model";

let nextRow = 2;

/** A planned visit in Rīga, 10:00–11:00, with the fields given overriding. */
export function meeting(fields: Partial<Meeting>): Meeting {
  return {
    row: nextRow++,
    id: null,
    date: "2026-07-06",
    start: 600,
    end: 660,
    with: "SIA Koks",
    contact: null,
    manager: null,
    rep: null,
    city: "Rīga",
    kind: "Visit",
    status: "Planned",
    dealId: null,
    travelCost: null,
    agenda: null,
    ...fields,
  };
}

/** `HH:MM` as minutes after midnight. */
export function at(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number) as [number, number];
  return h * 60 + m;
}
