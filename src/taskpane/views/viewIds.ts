/** The task pane's views, in navigation order. Later issues add theirs here. */
export const VIEW_IDS = [
  "home",
  "leads",
  "quote",
  "reports",
  "meetings",
  "retro",
  "settings",
] as const;

export type ViewId = (typeof VIEW_IDS)[number];

/**
 * The view the pane opens on, from its URL's `view` parameter (ribbon buttons open the pane on a
 * view that way); Home when absent or unknown.
 *
 * @example viewFromSearch("?view=settings") // "settings"
 */
export function viewFromSearch(search: string): ViewId {
  const wanted = new URLSearchParams(search).get("view")?.trim().toLowerCase();
  return VIEW_IDS.find((id) => id === wanted) ?? "home";
}
