/**
 * Free-mail providers (SPEC §3): an address at one of these says nothing about the company, so
 * its domain is never a company domain for deduplication.
 */

/** Domains of free-mail providers people in the Baltics and their neighbours use, lower case. */
export const FREE_MAIL_DOMAINS: readonly string[] = [
  // international
  "gmail.com",
  "googlemail.com",
  "outlook.com",
  "hotmail.com",
  "live.com",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "icloud.com",
  "me.com",
  "mac.com",
  "aol.com",
  "protonmail.com",
  "proton.me",
  "zoho.com",
  "gmx.com",
  "mail.com",
  // Latvia
  "inbox.lv",
  "one.lv",
  "apollo.lv",
  "tvnet.lv",
  "delfi.lv",
  "navigator.lv",
  "e-apollo.lv",
  // Estonia
  "hot.ee",
  "mail.ee",
  "online.ee",
  "neti.ee",
  // Lithuania
  "inbox.lt",
  "one.lt",
  "takas.lt",
  "zebra.lt",
  // Russia, Belarus, Ukraine
  "mail.ru",
  "list.ru",
  "bk.ru",
  "inbox.ru",
  "yandex.ru",
  "yandex.com",
  "ya.ru",
  "rambler.ru",
  "tut.by",
  "ukr.net",
  // Germany, Poland, Czechia
  "gmx.de",
  "gmx.net",
  "web.de",
  "t-online.de",
  "wp.pl",
  "o2.pl",
  "onet.pl",
  "interia.pl",
  "seznam.cz",
];

const FREE = new Set(FREE_MAIL_DOMAINS);

/**
 * True when `domain` (any case) is a free-mail provider's.
 * @example isFreeMailDomain("Inbox.LV") === true; isFreeMailDomain("koks.lv") === false
 */
export function isFreeMailDomain(domain: string): boolean {
  return FREE.has(domain.trim().toLowerCase());
}
