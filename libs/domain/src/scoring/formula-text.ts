import type { MeasureExpression } from './framework.model';
import type { MessageCode } from '../messages/catalog';
import type { Message, MessageParams } from '../messages/message';
import { msg, renderMessage } from '../messages/render';

/** The outcome of reading a formula: the expression, or the reason it is not one (in Chinese, and as a message). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; detail: Message };

function ok<T>(value: T): Parsed<T> {
  return { ok: true, value };
}

function fail<T = never>(code: MessageCode, params?: MessageParams): Parsed<T> {
  const detail = msg(code, params);
  return { ok: false, message: renderMessage(detail), detail };
}

/** A formula that cannot be read, with the reason as a message. */
class FormulaSyntaxError extends SyntaxError {
  constructor(
    readonly code: MessageCode,
    readonly params?: MessageParams,
  ) {
    super(code);
  }
}

function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * 公式 of a 计算指标: a readable formula over figure keys, `(final_budget - initial_budget) / initial_budget`.
 *
 *   expression := term (("+" | "-") term)*
 *   term       := factor (("*" | "/") factor)*
 *   factor     := "-"? number | figure | "(" expression ")" | ("SUM" | "PRODUCT") "(" [expression ("," expression)*] ")"
 *   figure     := a name of letters (any script), digits and "_" not starting with a digit, or "…" quoted
 *
 * "×", "÷", "−" and full-width forms are accepted. A run of the SAME operator is one n-ary operation
 * (`a + b + c` is add(a, b, c)); a change of operator or parentheses start a new one (`a - b + c` is
 * add(sub(a, b), c)). SUM(x) / PRODUCT(x) write an addition or product of one term.
 */

type Op = 'add' | 'sub' | 'mul' | 'div';
type Token =
  | { type: 'number'; text: string }
  | { type: 'name'; text: string; quoted: boolean }
  | { type: 'op'; op: Op }
  | { type: 'punct'; text: '(' | ')' | ',' };

const OPERATORS: Record<string, Op> = {
  '+': 'add',
  '＋': 'add',
  '-': 'sub',
  '−': 'sub',
  '－': 'sub',
  '*': 'mul',
  '×': 'mul',
  '＊': 'mul',
  '·': 'mul',
  '/': 'div',
  '÷': 'div',
  '／': 'div',
};
const PUNCTUATION: Record<string, '(' | ')' | ','> = {
  '(': '(',
  '（': '(',
  ')': ')',
  '）': ')',
  ',': ',',
  '，': ',',
};
const SYMBOL: Record<Op, string> = { add: '+', sub: '-', mul: '*', div: '/' };
const FUNCTIONS: Record<string, 'add' | 'mul'> = { SUM: 'add', PRODUCT: 'mul' };
const NAME = /^[\p{L}_][\p{L}\p{N}_]*$/u;
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;
const MAX_DEPTH = 32;

function toAsciiDigit(char: string): string {
  const code = char.charCodeAt(0);
  return code >= 0xff10 && code <= 0xff19 ? String(code - 0xff10) : char === '．' ? '.' : char;
}

function tokenize(text: string): Parsed<Token[]> {
  const chars = [...text];
  const tokens: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const char = chars[i] ?? '';
    if (/\s/.test(char)) {
      i += 1;
    } else if (/[0-9０-９.．]/.test(char)) {
      let number = '';
      while (i < chars.length && /[0-9０-９.．]/.test(chars[i] ?? ''))
        number += toAsciiDigit(chars[i++] ?? '');
      const exponent = /^[eE][+-]?[0-9]+/.exec(chars.slice(i).join(''));
      if (exponent) {
        number += exponent[0];
        i += exponent[0].length;
      }
      if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(number))
        return fail('formula.bad_number', { text: number });
      tokens.push({ type: 'number', text: number });
    } else if (char === '"') {
      let name = '';
      i += 1;
      for (;;) {
        if (i >= chars.length) return fail('formula.quote_unclosed');
        if (chars[i] === '"' && chars[i + 1] === '"') {
          name += '"';
          i += 2;
        } else if (chars[i] === '"') {
          i += 1;
          break;
        } else name += chars[i++] ?? '';
      }
      tokens.push({ type: 'name', text: name, quoted: true });
    } else if (NAME_START.test(char)) {
      let name = '';
      while (i < chars.length && NAME_PART.test(chars[i] ?? '')) name += chars[i++] ?? '';
      tokens.push({ type: 'name', text: name, quoted: false });
    } else if (OPERATORS[char] !== undefined) {
      tokens.push({ type: 'op', op: OPERATORS[char] });
      i += 1;
    } else if (PUNCTUATION[char] !== undefined) {
      tokens.push({ type: 'punct', text: PUNCTUATION[char] });
      i += 1;
    } else {
      return fail('formula.bad_character', { char });
    }
  }
  return ok(tokens);
}

class FormulaParser {
  private position = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  parse(): MeasureExpression {
    const expression = this.expression(0);
    const rest = this.tokens[this.position];
    if (rest !== undefined) throw new FormulaSyntaxError('formula.extra', { at: describe(rest) });
    return expression;
  }

  private expression(depth: number): MeasureExpression {
    return this.chain(['add', 'sub'], depth, () => this.term(depth));
  }

  private term(depth: number): MeasureExpression {
    return this.chain(['mul', 'div'], depth, () => this.factor(depth));
  }

  /** Operands joined by operators of one precedence level; same-operator runs are one n-ary node. */
  private chain(ops: readonly Op[], depth: number, operand: () => MeasureExpression): MeasureExpression {
    let left = operand();
    let open: { op: Op; args: MeasureExpression[] } | null = null;
    for (;;) {
      const token = this.tokens[this.position];
      if (token?.type !== 'op' || !ops.includes(token.op)) return left;
      this.position += 1;
      const right = operand();
      if (open !== null && open.op === token.op) {
        open.args.push(right);
      } else {
        open = { op: token.op, args: [left, right] };
        left = open;
      }
    }
  }

  private factor(depth: number): MeasureExpression {
    if (depth > MAX_DEPTH) throw new FormulaSyntaxError('formula.too_deep');
    const token = this.tokens[this.position++];
    if (token === undefined) throw new FormulaSyntaxError('formula.incomplete');
    if (token.type === 'number') return { constant: Number(token.text) };
    if (token.type === 'op' && token.op === 'sub') {
      const next = this.tokens[this.position++];
      if (next?.type !== 'number') throw new FormulaSyntaxError('formula.minus_number');
      return { constant: -Number(next.text) };
    }
    if (token.type === 'name') {
      const fn = token.quoted ? undefined : FUNCTIONS[token.text.toUpperCase()];
      const next = this.tokens[this.position];
      if (fn !== undefined && next?.type === 'punct' && next.text === '(') return this.call(fn, depth);
      return { figure: token.text };
    }
    if (token.type === 'punct' && token.text === '(') {
      const inner = this.expression(depth + 1);
      this.expect(')');
      return inner;
    }
    throw new FormulaSyntaxError('formula.stuck', { at: describe(token) });
  }

  private call(op: 'add' | 'mul', depth: number): MeasureExpression {
    this.expect('(');
    const args: MeasureExpression[] = [];
    const close = this.tokens[this.position];
    if (close?.type === 'punct' && close.text === ')') {
      this.position += 1;
      return { op, args };
    }
    for (;;) {
      args.push(this.expression(depth + 1));
      const token = this.tokens[this.position++];
      if (token?.type === 'punct' && token.text === ')') return { op, args };
      if (token?.type !== 'punct' || token.text !== ',') throw new FormulaSyntaxError('formula.comma');
    }
  }

  private expect(text: ')' | '('): void {
    const token = this.tokens[this.position++];
    if (token?.type !== 'punct' || token.text !== text)
      throw new FormulaSyntaxError('formula.missing', { text });
  }
}

function describe(token: Token): string {
  return token.type === 'op' ? SYMBOL[token.op] : token.text;
}

export function parseFormula(text: string): Parsed<MeasureExpression> {
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  if (tokens.value.length === 0) return fail('formula.empty');
  try {
    return ok(new FormulaParser(tokens.value).parse());
  } catch (error) {
    if (error instanceof FormulaSyntaxError) return fail(error.code, error.params);
    throw error;
  }
}

const PRECEDENCE: Record<Op, number> = { add: 1, sub: 1, mul: 2, div: 2 };

function formatName(name: string): string {
  return NAME.test(name) && FUNCTIONS[name.toUpperCase()] === undefined
    ? name
    : `"${name.replace(/"/g, '""')}"`;
}

/** Writes an expression so that `parseFormula` gives back exactly the same tree. */
export function formatFormula(expression: MeasureExpression): string {
  if ('figure' in expression) return formatName(expression.figure);
  if ('constant' in expression) return formatNumber(expression.constant);
  const { op, args } = expression;
  if (args.length < 2 && (op === 'add' || op === 'mul')) {
    return `${op === 'add' ? 'SUM' : 'PRODUCT'}(${args.map(formatFormula).join(', ')})`;
  }
  return args
    .map((arg, index) => {
      const text = formatFormula(arg);
      if (!('op' in arg) || arg.args.length < 2) return text;
      const level = PRECEDENCE[arg.op];
      const parenthesise =
        level < PRECEDENCE[op] || (level === PRECEDENCE[op] && (index > 0 || arg.op === op));
      return parenthesise ? `(${text})` : text;
    })
    .join(` ${SYMBOL[op]} `);
}
