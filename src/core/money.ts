/**
 * Money as integer minor units (cents) with an explicit currency, in the spirit of dinero.js:
 * every amount is an exact integer, every rounding is named and done once, allocation keeps
 * every cent. Rounding is Excel's ROUND (half away from zero on the decimal value Excel sees,
 * i.e. the double read to 15 significant digits), so the engine's numbers equal what Excel and
 * LibreOffice compute from the same formulas (tested against LibreOffice).
 */
import type { Cents } from "./model";

/**
 * `value × 10^digits` rounded half away from zero as a decimal, as a signed BigInt.
 * The double is first read as Excel displays it, to 15 significant digits: 3 × 1.255 is the
 * double 3.7649999999999997, which Excel sees (and rounds) as 3.765.
 */
function roundScaled(value: number, digits: number): bigint {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot round ${value}: not a finite number`);
  if (!Number.isInteger(digits)) throw new RangeError(`Round to ${digits} digits: not an integer`);
  if (value === 0) return 0n;
  // toExponential(14): exactly 15 significant digits, "d.dddddddddddddde±x".
  const [mantissa = "0", exponent = "0"] = Math.abs(value).toExponential(14).split("e");
  const m = BigInt(mantissa.replace(".", ""));
  const p = Number(exponent) - 14 + digits; // |value| × 10^digits = m × 10^p
  let q: bigint;
  if (p >= 0) {
    q = m * 10n ** BigInt(p);
  } else {
    const d = 10n ** BigInt(-p);
    q = m / d;
    if ((m % d) * 2n >= d) q += 1n;
  }
  return value < 0 ? -q : q;
}

/**
 * Excel's ROUND(value, digits): half away from zero on the decimal value as Excel sees it
 * (15 significant digits). Returns the double nearest to the decimal result, so there is no
 * floating-point drift; `digits` may be negative (ROUND(1234, -2) = 1200). Never returns -0.
 * Throws RangeError for NaN/Infinity.
 *
 * @example excelRound(3 * 1.255, 2) === 3.77; excelRound(1.005, 2) === 1.01; excelRound(-2.5, 0) === -3
 */
export function excelRound(value: number, digits: number): number {
  const q = roundScaled(value, digits);
  if (q === 0n) return 0;
  return Number(`${q}e${-digits}`);
}

/**
 * An amount in currency units as integer cents, rounded like Excel's ROUND(amount, 2).
 * Throws RangeError when the amount is not finite or too large to hold cents exactly.
 *
 * @example toCents(12.345) === 1235; toCents(-0.005) === -1
 */
export function toCents(amount: number): Cents {
  const q = roundScaled(amount, 2);
  const cents = Number(q);
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Amount ${amount} is too large`);
  return cents;
}

/**
 * Cents as an amount in currency units (the number written to a cell): the double nearest to
 * the decimal value, exactly what Excel holds when 123.45 is typed.
 *
 * @example fromCents(12345) === 123.45
 */
export function fromCents(c: Cents): number {
  return c / 100;
}

/**
 * ROUND(amount × factor, 2) with Excel semantics, where amount = c / 100 as a cell holds it.
 * Use for VAT and quote-level discounts.
 *
 * @example multiplyCents(1000, 0.21) === 210 // VAT of 10.00 at 21 %
 */
export function multiplyCents(c: Cents, factor: number): Cents {
  return toCents(fromCents(c) * factor);
}

/**
 * A quote line's net in cents, equal to Excel's `ROUND(B*C*(1-D),2)` with B = quantity,
 * C = unit price (a cell holding cents / 100) and D = the discount fraction: the same
 * doubles multiplied in the same order, then Excel's ROUND.
 *
 * @example lineNetCents(2, 1999, 0.15) === 3398 // ROUND(2*19.99*0.85, 2) = 33.98
 */
export function lineNetCents(qty: number, unitPriceCents: Cents, discount: number): Cents {
  return toCents(qty * fromCents(unitPriceCents) * (1 - discount));
}

function assertCents(c: number, what: string): void {
  if (!Number.isSafeInteger(c))
    throw new RangeError(`${what}: ${c} is not a whole number of cents`);
}

/**
 * The exact sum of amounts in cents. Throws RangeError on a non-integer amount or overflow.
 *
 * @example sumCents([199, 1, -50]) === 150
 */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0;
  for (const v of values) {
    assertCents(v, "sumCents");
    total += v;
  }
  assertCents(total, "sumCents total");
  return total;
}

/**
 * Splits `total` cents in proportion to `weights` by the largest-remainder method: the parts
 * always add up exactly to `total`, each within one cent of its exact share. Ties go to the
 * earlier weight. Negative totals split like their absolute value, negated. Zero weights get 0
 * (unless all weights are zero: then the total is split evenly). Throws RangeError on empty,
 * negative or non-finite weights.
 *
 * @example allocateCents(100, [1, 1, 1]) // [34, 33, 33]
 * @example allocateCents(-1000, [3, 1]) // [-750, -250]
 */
export function allocateCents(total: Cents, weights: readonly number[]): Cents[] {
  if (weights.length === 0) throw new RangeError("allocateCents: no weights to allocate over");
  assertCents(total, "allocateCents");
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) {
      throw new RangeError(`allocateCents: weight ${w} is not a finite number ≥ 0`);
    }
  }
  const weightSum = weights.reduce((a, w) => a + w, 0);
  const ws = weightSum > 0 ? weights : weights.map(() => 1);
  const sumW = weightSum > 0 ? weightSum : ws.length;
  const abs = Math.abs(total);
  const shares = ws.map((w) => {
    const product = abs * w;
    return Number.isFinite(product) ? product / sumW : abs * (w / sumW);
  });
  const parts = shares.map((s) => Math.floor(s));
  const order = shares
    .map((s, i) => ({ i, rest: s - (parts[i] ?? 0) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i)
    .map((x) => x.i);
  let left = abs - parts.reduce((a, p) => a + p, 0);
  // Floating-point shares may floor one cent off either way; the integer remainder fixes it.
  for (let k = 0; left > 0; k++, left--) {
    const i = order[k % order.length] ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    const i = order[k] ?? 0;
    if ((parts[i] ?? 0) > 0) {
      parts[i] = (parts[i] ?? 0) - 1;
      left++;
    }
  }
  return total < 0 ? parts.map((p) => (p === 0 ? 0 : -p)) : parts;
}

/** An immutable amount of money: integer minor units and an ISO 4217 currency code. */
export interface Money {
  readonly amount: Cents;
  readonly currency: string;
}

/**
 * A {@link Money} value. Throws RangeError when `amount` is not a whole number of cents or the
 * currency is not a three-letter code.
 *
 * @example money(12345) // { amount: 12345, currency: "EUR" } = 123.45 €
 */
export function money(amount: Cents, currency = "EUR"): Money {
  assertCents(amount, "money");
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new RangeError(`Currency "${currency}" is not a three-letter code like EUR`);
  }
  return Object.freeze({ amount: amount === 0 ? 0 : amount, currency });
}

function sameCurrency(a: Money, b: Money, op: string): void {
  if (a.currency !== b.currency) {
    throw new RangeError(`Cannot ${op} ${a.currency} and ${b.currency}: different currencies`);
  }
}

/**
 * The sum of two amounts of the same currency. Throws RangeError on a currency mismatch.
 *
 * @example addMoney(money(100), money(250)).amount === 350
 */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, "add");
  return money(a.amount + b.amount, a.currency);
}

/**
 * `a − b` for amounts of the same currency. Throws RangeError on a currency mismatch.
 *
 * @example subtractMoney(money(100), money(250)).amount === -150
 */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b, "subtract");
  return money(a.amount - b.amount, a.currency);
}

const SYMBOLS: Readonly<Record<string, string>> = { EUR: "€", USD: "$", GBP: "£" };

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * Cents as text for labels and messages (sheets use number formats instead, see numberFormats).
 * lv: `1 234,56 €` — groups and the currency are separated by a normal space (U+0020), not the
 * NBSP that Intl produces, so the text is the same on every platform and pastes cleanly.
 * en: `€1,234.56`. Negatives: `-1 234,56 €` / `-€1,234.56`. Currencies without a symbol here
 * (EUR €, USD $, GBP £) show their code: `1 234,56 SEK` / `SEK 1,234.56`.
 *
 * @example formatMoney(123456, "lv") === "1 234,56 €"; formatMoney(-123456, "en") === "-€1,234.56"
 */
export function formatMoney(c: Cents, locale: "lv" | "en", currency = "EUR"): string {
  assertCents(c, "formatMoney");
  const sign = c < 0 ? "-" : "";
  const abs = Math.abs(c);
  const units = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, "0");
  const symbol = SYMBOLS[currency];
  if (locale === "lv") {
    return `${sign}${groupDigits(units, " ")},${fraction} ${symbol ?? currency}`;
  }
  const prefix = symbol ?? `${currency} `;
  return `${sign}${prefix}${groupDigits(units, ",")}.${fraction}`;
}
