import type { Role, TeamMember } from "../../core/model";
import type { SheetBlock } from "../../host/port";
import { booleanOf, numberOf, requiredText, textOf } from "../fieldRow";
import { drainReadSteps, readRowsSteps } from "../readRows";
import type { ReadOptions, SheetRead } from "../readRows";

/**
 * Reads the Team sheet. Defaults: Role Rep (an unknown role is reported and read as Rep, so the
 * person stays known by name to Targets and Deals), Active yes, Weight 1 (a negative weight is
 * reported and read as 1).
 *
 * @example readTeam(block, { dateOrder: "DMY" }).rows[0] → { row: 2, name: "Anna Ozola", role: "Manager", … }
 */
export function readTeam(block: SheetBlock, options: ReadOptions): SheetRead<TeamMember> {
  return drainReadSteps(readTeamSteps(block, options));
}

/** `readTeam` in steps of rows, for callers that pause between them (see `readRowsSteps`). */
export function readTeamSteps(
  block: SheetBlock,
  options: ReadOptions
): Generator<number, SheetRead<TeamMember>, void> {
  return readRowsSteps(block, "team", options, (r, context) => {
    let weight = numberOf(r, "weight") ?? 1;
    if (weight < 0) {
      context.issue("weight", "a weight cannot be negative — taken as 1");
      weight = 1;
    }
    return {
      row: r.row,
      name: requiredText(r, "name"),
      // readRows only lets the role words of choiceValues through.
      role: (textOf(r, "role") as Role | null) ?? "Rep",
      manager: textOf(r, "manager"),
      region: textOf(r, "region"),
      email: textOf(r, "email"),
      active: booleanOf(r, "active") ?? true,
      weight,
      awayUntil: textOf(r, "awayUntil"),
      maxDiscount: numberOf(r, "maxDiscount"),
    };
  });
}
