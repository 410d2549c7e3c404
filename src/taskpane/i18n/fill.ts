/**
 * Puts values into a label's `{name}` slots; a slot without a value stays as written.
 *
 * @example fill("Added: {sheets}.", { sheets: "Team, Leads" }) // "Added: Team, Leads."
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name];
    return value === undefined ? slot : String(value);
  });
}
