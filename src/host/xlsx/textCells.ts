import { parseAttributes } from "./xmlText";

/**
 * Text that an engine could take for a formula when the user edits the cell, or a CSV export
 * when another program imports it: it starts with = + - @, a tab or a CR, also in the
 * full-width forms ＝ ＋ － ＠.
 *
 * @example looksLikeFormula("=HYPERLINK(\"x\")") → true; looksLikeFormula("+371 2000 0000") → true; looksLikeFormula("SIA Alfa") → false
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text);
}

/**
 * A number format that marks a cell whose text must stay text. exceljs cannot write an xf's
 * `quotePrefix`, so such cells get this (otherwise unused) format, and `markQuotePrefix` turns
 * every xf using it into Text format (`@`, id 49) with `quotePrefix="1"` — what Excel itself
 * stores for a cell typed as `'=x`. It displays exactly like `@` should a reader see it.
 */
export const TEXT_GUARD_FORMAT = '""@';

/** Built-in number format id of Text (`@`). */
const TEXT_FORMAT_ID = "49";

/**
 * Rewrites exceljs's styles.xml so that the cell formats carrying `TEXT_GUARD_FORMAT` become
 * Text with a quote prefix. Unchanged when no cell uses it.
 *
 * @example markQuotePrefix(stylesXml) // <xf numFmtId="164" …> → <xf numFmtId="49" quotePrefix="1" …>
 */
export function markQuotePrefix(stylesXml: string): string {
  const ids = new Set<string>();
  for (const m of stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)) {
    const attrs = new Map(parseAttributes(m[0]));
    const id = attrs.get("numFmtId");
    if (id !== undefined && attrs.get("formatCode") === TEXT_GUARD_FORMAT) ids.add(id);
  }
  if (ids.size === 0) return stylesXml;
  return stylesXml.replace(/<cellXfs\b[\s\S]*?<\/cellXfs>/, (section) =>
    section.replace(/<xf\b[^>]*>/g, (tag) => {
      const id = new Map(parseAttributes(tag)).get("numFmtId");
      if (id === undefined || !ids.has(id)) return tag;
      const text = tag.replace(/\snumFmtId\s*=\s*"[^"]*"/, ` numFmtId="${TEXT_FORMAT_ID}"`);
      return /\squotePrefix=/.test(text) ? text : text.replace(/^<xf\b/, '<xf quotePrefix="1"');
    })
  );
}

/** Characters XML 1.0 cannot carry or would normalise (CR), and DEL, which exceljs drops. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/g;
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\x00-\x08\x0B-\x1F\x7F]|_x[0-9A-Fa-f]{4}_/;

/**
 * A string as it must be handed to exceljs so that every reader gets it back unchanged:
 * characters XML cannot carry or would normalise away (CR, other control characters, DEL) are
 * written with OOXML's `_xHHHH_` escape, which Excel, LibreOffice and exceljs decode; a literal
 * `_xHHHH_` in the text is itself escaped (`_x005F_`) so it is not decoded by mistake.
 *
 * @example ooxmlText("a\r\nb") → "a_x000D_\nb"
 */
export function ooxmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(CONTROL, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}
