/**
 * The little XML the adapter reads and writes itself (workbook names, table parts, styles):
 * escaping and attribute parsing for machine-written OOXML parts. Not a general XML parser.
 */

/** Escapes text for an XML attribute value or element content. @example escapeXml('a<"b">') → "a&lt;&quot;b&quot;&gt;" */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"
  );
}

/** Decodes XML entities (named and numeric). @example unescapeXml("&quot;x&quot; &#38; y") → '"x" & y' */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    switch (e) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "amp":
        return "&";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        );
    }
  });
}

/**
 * The attributes of one start tag, in document order, values decoded.
 *
 * @example parseAttributes('<definedName name="_DealDesk" localSheetId="2">') → [["name","_DealDesk"],["localSheetId","2"]]
 */
export function parseAttributes(tag: string): [string, string][] {
  const out: [string, string][] = [];
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<\s*[\w:.-]+/, "");
  for (let m = re.exec(body); m; m = re.exec(body)) {
    out.push([m[1] ?? "", unescapeXml(m[2] ?? m[3] ?? "")]);
  }
  return out;
}

/** Renders attributes back into ` a="b" c="d"`. */
export function renderAttributes(attributes: [string, string][]): string {
  return attributes.map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join("");
}

/** Sets (or adds) one attribute in a start tag's text. @example setAttribute('<table id="1">', "id", "4") → '<table id="4">' */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, before: string) => `${before}${quoted}`);
  return tag.replace(/\s*(\/?>)$/, (_m, end: string) => ` ${name}=${quoted}${end}`);
}

/** Removes an attribute from a start tag's text, if present. */
export function removeAttribute(tag: string, name: string): string {
  const re = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  return tag.replace(re, "");
}
