/**
 * A tiny formula evaluator for the fake Excel: enough to give formula cells a value on read
 * (numbers, strings, cell references, + - * / &, SUM, ROUND, HYPERLINK). Anything else evaluates
 * to an Excel error, like an unknown name in Excel (#NAME?) or two operands separated by a space
 * (Excel's intersection operator: #NULL!).
 */

/** A cell value in the fake: an Excel error is `{ error }`, an empty cell null. */
export type FakeValue = string | number | boolean | { error: string } | null;

/** Reads the value of a cell (0-based) of the sheet a formula is on. */
export type CellReader = (row: number, column: number, depth: number) => FakeValue;

class FormulaError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

interface Token {
  kind: "num" | "str" | "ref" | "fn" | "op";
  text: string;
  spaceBefore: boolean;
}

const TOKEN =
  /(\s*)(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)|([A-Za-z_][A-Za-z0-9_.]*)(?=\()|([-+*/&(),]))/y;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    if (/^\s*$/.test(src.slice(i))) break;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(src);
    if (!m) throw new FormulaError("#NAME?");
    const spaceBefore = (m[1] ?? "").length > 0;
    if (m[2] !== undefined) out.push({ kind: "num", text: m[2], spaceBefore });
    else if (m[3] !== undefined) out.push({ kind: "str", text: m[3], spaceBefore });
    else if (m[4] !== undefined) out.push({ kind: "ref", text: m[4].toUpperCase(), spaceBefore });
    else if (m[5] !== undefined) out.push({ kind: "fn", text: m[5].toUpperCase(), spaceBefore });
    else out.push({ kind: "op", text: m[6] ?? "", spaceBefore });
    i = TOKEN.lastIndex;
  }
  return out;
}

/** 0-based row/column of an A1 cell reference ("$B$5" → [4, 1]). */
export function parseCellRef(ref: string): [number, number] {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref);
  if (!m) throw new FormulaError("#REF!");
  let col = 0;
  for (const ch of (m[1] ?? "").toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

type Operand = FakeValue | { range: [number, number, number, number] };

const isError = (v: unknown): v is { error: string } =>
  typeof v === "object" && v !== null && "error" in v;

function toNumber(v: FakeValue): number {
  if (isError(v)) throw new FormulaError(v.error);
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  if (v.trim() === "" || Number.isNaN(n)) throw new FormulaError("#VALUE!");
  return n;
}

function toText(v: FakeValue): string {
  if (isError(v)) throw new FormulaError(v.error);
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly read: CellReader,
    private readonly depth: number
  ) {}

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private take(): Token {
    const t = this.tokens[this.pos++];
    if (!t) throw new FormulaError("#NAME?");
    return t;
  }

  parseAll(): FakeValue {
    const v = this.scalar(this.concat());
    const rest = this.peek();
    if (rest) throw new FormulaError(rest.spaceBefore ? "#NULL!" : "#NAME?");
    return v;
  }

  private scalar(o: Operand): FakeValue {
    if (typeof o === "object" && o !== null && "range" in o) {
      const [r0, c0, r1, c1] = o.range;
      if (r0 === r1 && c0 === c1) return this.read(r0, c0, this.depth + 1);
      throw new FormulaError("#VALUE!");
    }
    return o;
  }

  private concat(): Operand {
    let left = this.additive();
    while (this.peek()?.text === "&") {
      this.take();
      left = toText(this.scalar(left)) + toText(this.scalar(this.additive()));
    }
    return left;
  }

  private additive(): Operand {
    let left = this.term();
    for (
      let t = this.peek();
      t?.kind === "op" && (t.text === "+" || t.text === "-");
      t = this.peek()
    ) {
      this.take();
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.term()));
      left = t.text === "+" ? a + b : a - b;
    }
    return left;
  }

  private term(): Operand {
    let left = this.unary();
    for (
      let t = this.peek();
      t?.kind === "op" && (t.text === "*" || t.text === "/");
      t = this.peek()
    ) {
      this.take();
      const a = toNumber(this.scalar(left));
      const b = toNumber(this.scalar(this.unary()));
      if (t.text === "/" && b === 0) throw new FormulaError("#DIV/0!");
      left = t.text === "*" ? a * b : a / b;
    }
    return left;
  }

  private unary(): Operand {
    const t = this.peek();
    if (t?.kind === "op" && (t.text === "-" || t.text === "+")) {
      this.take();
      const v = toNumber(this.scalar(this.unary()));
      return t.text === "-" ? -v : v;
    }
    return this.primary();
  }

  private primary(): Operand {
    const t = this.take();
    if (t.kind === "num") return Number(t.text);
    if (t.kind === "str") return t.text.slice(1, -1).replace(/""/g, '"');
    if (t.kind === "ref") {
      const [a, b] = t.text.split(":");
      const [r0, c0] = parseCellRef(a ?? "");
      const [r1, c1] = b ? parseCellRef(b) : [r0, c0];
      return { range: [Math.min(r0, r1), Math.min(c0, c1), Math.max(r0, r1), Math.max(c0, c1)] };
    }
    if (t.kind === "op" && t.text === "(") {
      const v = this.concat();
      if (this.take().text !== ")") throw new FormulaError("#NAME?");
      return v;
    }
    if (t.kind === "fn") return this.call(t.text);
    throw new FormulaError("#NAME?");
  }

  private args(): Operand[] {
    if (this.take().text !== "(") throw new FormulaError("#NAME?");
    const out: Operand[] = [];
    if (this.peek()?.text === ")") {
      this.take();
      return out;
    }
    for (;;) {
      out.push(this.concat());
      const t = this.take();
      if (t.text === ")") return out;
      if (t.text !== ",") throw new FormulaError("#NAME?");
    }
  }

  private call(name: string): Operand {
    const args = this.args();
    switch (name) {
      case "SUM": {
        let sum = 0;
        for (const a of args) {
          if (typeof a === "object" && a !== null && "range" in a) {
            const [r0, c0, r1, c1] = a.range;
            for (let r = r0; r <= r1; r++) {
              for (let c = c0; c <= c1; c++) {
                const v = this.read(r, c, this.depth + 1);
                if (isError(v)) throw new FormulaError(v.error);
                if (typeof v === "number") sum += v;
              }
            }
          } else sum += toNumber(a);
        }
        return sum;
      }
      case "ROUND": {
        const x = toNumber(this.scalar(args[0] ?? 0));
        const d = toNumber(this.scalar(args[1] ?? 0));
        const f = 10 ** d;
        return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
      }
      case "HYPERLINK": {
        const url = toText(this.scalar(args[0] ?? ""));
        return args[1] !== undefined ? toText(this.scalar(args[1])) : url;
      }
      default:
        throw new FormulaError("#NAME?");
    }
  }
}

/**
 * The value of a formula ("=…") on a sheet; errors come back as `{ error }` like Excel shows them.
 * @example evaluateFormula("=1+2", read, 0) → 3
 */
export function evaluateFormula(formula: string, read: CellReader, depth: number): FakeValue {
  if (depth > 64) return { error: "#REF!" };
  try {
    return new Parser(tokenize(formula.replace(/^=/, "")), read, depth).parseAll();
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    throw e;
  }
}
