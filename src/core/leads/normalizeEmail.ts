/**
 * E-mail addresses of leads (SPEC §3): lower-cased and checked.
 */
import { fail, ok, type Parsed } from "../parsed";

const LOCAL = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/**
 * True when `domain` (lower case) is a host name with at least two labels and a top-level
 * domain of letters. @example isDomainName("rigaspiens.lv") === true; isDomainName("localhost") === false
 */
export function isDomainName(domain: string): boolean {
  if (domain.length > 253) return false;
  const labels = domain.split(".");
  const tld = labels[labels.length - 1] ?? "";
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /^\p{L}{2,}$/u.test(tld);
}

/**
 * An e-mail address trimmed and lower-cased, checked for its shape (one `@`, a local part and a
 * domain with a top-level domain); `mailto:` and angle brackets are dropped. Several addresses
 * in one cell (`a@x.lv; b@x.lv`) are a problem: the first is named in it.
 *
 * @example normalizeEmail(" Janis.Ozols@RigasPiens.LV ") // ok "janis.ozols@rigaspiens.lv"
 * @example normalizeEmail("janis(at)koks.lv") // problem: "janis(at)koks.lv" is not an e-mail address
 */
export function normalizeEmail(text: string): Parsed<string> {
  const t = text
    .trim()
    .replace(/^mailto:/iu, "")
    .replace(/^<(.*)>$/u, "$1")
    .trim();
  if (t === "") return fail("empty");
  const several = t.split(/[\s,;]+/u).filter((p) => p.includes("@"));
  if (several.length > 1) {
    return fail(`"${t}" holds ${several.length} addresses — keep one (e.g. ${several[0] ?? ""})`);
  }
  const email = t.normalize("NFC").toLowerCase();
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at <= 0 || local.length > 64 || !LOCAL.test(local) || !isDomainName(domain)) {
    return fail(`"${t}" is not an e-mail address`);
  }
  return ok(email);
}

/**
 * The domain of a (normalized) e-mail address. @example emailDomain("info@koks.lv") === "koks.lv"
 */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}
