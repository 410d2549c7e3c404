/**
 * The company-name key leads are deduplicated by (SPEC §3): the name once legal forms, quotes,
 * case, punctuation and diacritics are removed, so `SIA "Rīgas Piens"`, `Rīgas piens, SIA` and
 * `RĪGAS PIENS Ltd` are one company.
 */

/**
 * Legal forms, as the words they become once punctuation is gone (`A/S` → `a s`,
 * `Sp. z o.o.` → `sp z o o`). Latvian, Estonian, Lithuanian, Nordic, German, Polish, English
 * and other forms seen on Baltic trade-show lists.
 */
export const LEGAL_FORMS: readonly string[] = [
  // Latvia
  "sia",
  "as",
  "ik",
  "zs",
  "ps",
  "ks",
  "vsia",
  "pas",
  "biedriba",
  "nodibinajums",
  // Estonia
  "ou",
  "mtu",
  "tu",
  "uu",
  // Lithuania
  "uab",
  "ab",
  "vsi",
  "mb",
  "ii",
  "zub",
  // Nordics
  "oy",
  "oyj",
  "aps",
  "a s",
  "asa",
  "ans",
  // German-speaking
  "gmbh",
  "ag",
  "kg",
  "ohg",
  "ug",
  "e v",
  "ev",
  "gmbh co kg",
  // Poland, Czechia, Slovakia, Hungary
  "sp z o o",
  "spzoo",
  "sp k",
  "s a",
  "s r o",
  "sro",
  "a s",
  "kft",
  "zrt",
  "nyrt",
  // English-speaking
  "ltd",
  "limited",
  "llc",
  "llp",
  "lp",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "co",
  "company",
  "plc",
  // elsewhere
  "bv",
  "nv",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "se",
  "ooo",
  "zao",
  "oao",
  "pao",
  "tov",
];

// Longest first, so `gmbh co kg` goes before `kg` and `sp z o o` before `o`.
const FORMS: readonly string[][] = [...new Set(LEGAL_FORMS)]
  .map((f) => f.split(" "))
  .sort((a, b) => b.length - a.length);

/** Letters that NFD does not take apart into a base letter and a mark. */
const FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/**
 * The words of a name: lower case, diacritics removed, apostrophes and quotes dropped
 * (`O'Brien` → `obrien`), anything else that is not a letter or digit a word break.
 * @example nameWords('SIA „Rīgas Piens”') // ["sia", "rigas", "piens"]
 */
export function nameWords(name: string): string[] {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßøæœłđðþı]/gu, (ch) => FOLDS[ch] ?? ch)
    .replace(/['’‘`´]/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

function startsWith(words: readonly string[], form: readonly string[], at: number): boolean {
  return form.every((w, i) => words[at + i] === w);
}

/**
 * A company name reduced for comparison: its words (see {@link nameWords}) without legal forms
 * at the start or the end (repeatedly: `Oy Ab`, `GmbH & Co. KG`), joined without spaces. A name
 * that is nothing but legal forms keeps one. Empty only for a name without letters or digits.
 *
 * @example companyKey('SIA "Rīgas Piens"') === "rigaspiens"
 * @example companyKey("Rīgas piens, SIA") === companyKey("RĪGAS PIENS Ltd")
 * @example companyKey("UAB „Vilniaus Duona“") === "vilniausduona"
 * @example companyKey("Tallinna Pagar OÜ") === "tallinnapagar"
 */
export function companyKey(name: string): string {
  const words = nameWords(name);
  let start = 0;
  let end = words.length;
  for (let changed = true; changed && start < end;) {
    changed = false;
    for (const form of FORMS) {
      if (end - start > form.length && startsWith(words, form, start)) {
        start += form.length;
        changed = true;
        break;
      }
      if (end - start > form.length && startsWith(words, form, end - form.length)) {
        end -= form.length;
        changed = true;
        break;
      }
    }
  }
  return words.slice(start, end).join("");
}

/**
 * True when a name is nothing but legal forms (`SIA`, `UAB`, `Oy Ab`): no company is named.
 * @example isOnlyLegalForm("SIA") === true; isOnlyLegalForm("SIA Koks") === false
 */
export function isOnlyLegalForm(name: string): boolean {
  const words = nameWords(name);
  let at = 0;
  while (at < words.length) {
    const form = FORMS.find((f) => startsWith(words, f, at));
    if (!form) return false;
    at += form.length;
  }
  return words.length > 0;
}
