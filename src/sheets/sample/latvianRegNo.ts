/**
 * Latvian registration numbers of legal entities (11 digits, first digit 4 or 5, which is also
 * the PVN number after "LV"). The last digit is a check digit: with the weights
 * 9,1,4,8,3,10,2,5,7,6,1 over all eleven digits, the weighted sum mod 11 must be 3
 * (the rule the State Revenue Service applies, as in python-stdnum's `lv.pvn`).
 * Prefixes for which no digit satisfies that rule are skipped.
 */

const WEIGHTS = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1] as const;

function weightedSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += (WEIGHTS[i] ?? 0) * (digits.charCodeAt(i) - 48);
  return sum;
}

/**
 * The check digit for the first ten digits of a legal entity's number, or null when no digit
 * works (the number is never issued).
 * @example legalEntityCheckDigit("4000352160") === 0 // 40003521600
 */
export function legalEntityCheckDigit(first10: string): number | null {
  if (!/^\d{10}$/.test(first10)) throw new Error(`need 10 digits: ${first10}`);
  // The check digit has weight 1: sum + d ≡ 3 (mod 11).
  const d = (((3 - weightedSum(first10)) % 11) + 11) % 11;
  return d === 10 ? null : d;
}

/**
 * True when `regNo` is a well-formed Latvian legal entity number with a valid check digit.
 * @example isValidLatvianRegNo("40003521600") === true; isValidLatvianRegNo("40003521601") === false
 */
export function isValidLatvianRegNo(regNo: string): boolean {
  if (!/^[45]\d{10}$/.test(regNo)) return false;
  return weightedSum(regNo) % 11 === 3;
}
