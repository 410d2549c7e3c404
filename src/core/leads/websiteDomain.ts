/**
 * Websites of leads (SPEC §3): reduced to the domain, which also identifies the company.
 */
import { fail, ok, type Parsed } from "../parsed";
import { isDomainName } from "./normalizeEmail";

/**
 * The domain of a website as written: scheme, user, `www.`, port, path, query and fragment
 * dropped, lower case. Problems: an e-mail address in the cell, or no domain in it.
 *
 * @example websiteDomain("HTTP://WWW.Koks.lv/lv/kontakti") // ok "koks.lv"
 * @example websiteDomain(" www.rigaspiens.lv ") // ok "rigaspiens.lv"
 * @example websiteDomain("info@koks.lv") // problem: an e-mail address, not a website
 */
export function websiteDomain(text: string): Parsed<string> {
  const t = text.trim();
  if (t === "") return fail("empty");
  const noScheme = t.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, "").replace(/^\/\//u, "");
  const host = (noScheme.split(/[/?#\\]/u)[0] ?? "").trim();
  if (host.includes("@") && noScheme === t) {
    return fail(`"${t}" is an e-mail address, not a website`);
  }
  const domain = host
    .replace(/^[^@]*@/u, "")
    .replace(/:\d+$/u, "")
    .replace(/\.$/u, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/^www\d*\./u, "");
  if (!isDomainName(domain)) return fail(`"${t}" is not a website address`);
  return ok(domain);
}
