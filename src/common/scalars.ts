import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { Decimal as DecimalJs } from 'decimal.js';

const DECIMAL_RE = /^-?\d{1,18}(\.\d{1,6})?$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;

/** A valid calendar date as YYYY-MM-DD, or null. */
export function parseDateString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value ? value : null;
}

function literal(ast: ValueNode): unknown {
  if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return ast.value;
  return undefined;
}

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL_RE.test(text.trim())) {
    throw new TypeError(`Decimal must be a decimal number as a string, like "648750000.00"; got ${JSON.stringify(value)}`);
  }
  return new DecimalJs(text.trim()).toFixed();
}

/** Exact decimal (money, areas): numeric in PostgreSQL, a string on the wire. */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number serialized as a string, e.g. "648750000.00".',
  serialize: (v) => (v instanceof DecimalJs ? v.toFixed() : String(v)),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(literal(ast)),
});

function parseDate(value: unknown): string {
  const date = parseDateString(value);
  if (!date) throw new TypeError(`Date must be a calendar date YYYY-MM-DD; got ${JSON.stringify(value)}`);
  return date;
}

/** A calendar date without time (Kazakhstan's, Asia/Almaty), YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || !OFFSET_RE.test(value) || Number.isNaN(Date.parse(value))) {
    throw new TypeError(`DateTime must be ISO-8601 with an offset, like "2026-03-02T10:00:00+05:00"; got ${JSON.stringify(value)}`);
  }
  return new Date(value);
}

/** An instant, ISO-8601 with offset. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in ISO-8601 with offset, e.g. "2026-03-02T10:00:00.000Z".',
  serialize: (v) => (v instanceof Date ? v : new Date(String(v))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});
