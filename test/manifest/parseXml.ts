/**
 * A small XML reader for the manifest tests: elements with their (prefixed) names, attributes,
 * children and text. No DTDs or namespace resolution; well-formedness itself is checked by
 * xmllint, this throws only on the mistakes it meets (mismatched or unclosed tags).
 */
export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), trimmed. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith("#x") || entity.startsWith("#X")) {
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    }
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const named = ENTITIES[entity];
    if (named === undefined) throw new Error(`unknown entity ${whole}`);
    return named;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
/** Markup that is not an element: [opening, closing]. CDATA keeps its text. */
const SKIPPED = [
  ["<?", "?>"],
  ["<!--", "-->"],
  ["<![CDATA[", "]]>"],
  ["<!DOCTYPE", ">"],
] as const;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The document element of `xml`. @example parseXml('<a x="1"><b/></a>').children[0]?.name → "b" */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  let at = 0;
  const line = (): number => xml.slice(0, at).split("\n").length;
  while (at < xml.length) {
    const next = xml.indexOf("<", at);
    const top = stack[stack.length - 1] as XmlElement;
    if (next < 0) {
      top.text += decode(xml.slice(at));
      break;
    }
    top.text += decode(xml.slice(at, next));
    at = next;
    const skipped = SKIPPED.find(([open]) => xml.startsWith(open, at));
    if (skipped) {
      const [open, close] = skipped;
      const end = xml.indexOf(close, at + open.length);
      if (end < 0) throw new Error(`unclosed ${open} at line ${line()}`);
      if (open === "<![CDATA[") top.text += xml.slice(at + open.length, end);
      at = end + close.length;
      continue;
    }
    TAG.lastIndex = at;
    const match = TAG.exec(xml);
    if (!match) throw new Error(`malformed tag at line ${line()}: ${xml.slice(at, at + 40)}`);
    const [whole, closing, name = "", attributeText = "", selfClosing] = match;
    at += whole.length;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) {
        throw new Error(`</${name}> at line ${line()} closes <${open?.name ?? "nothing"}>`);
      }
      open.text = open.text.trim();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = "", double, single] of attributeText.matchAll(ATTRIBUTE)) {
      if (key in attributes)
        throw new Error(`attribute ${key} twice on <${name}> at line ${line()}`);
      attributes[key] = decode(double ?? single ?? "");
    }
    const element: XmlElement = { name, attributes, children: [], text: "" };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) {
    throw new Error(`<${stack[stack.length - 1]?.name ?? ""}> is never closed`);
  }
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim() !== "") {
    throw new Error("an XML document has exactly one root element and no text outside it");
  }
  return elements[0] as XmlElement;
}

/** Every element under `element` (itself included), depth first, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The first child named `name`, or a thrown error naming the path. */
export function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${element.name}> has no <${name}>`);
  return found;
}
