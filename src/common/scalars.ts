import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Decimal as DecimalJs } from 'decimal.js';

const DECIMAL_RE = /^-?\d{1,18}(\.\d{1,6})?$/;
const OFFSET_RE = /(Z|[+-]\d{2}:?\d{2})$/i;
const DATE_PREFIX_RE = /^\d{4}-\d{2}-\d{2}(?=[T ])/i;

/**
 * A valid calendar date as YYYY-MM-DD, or null. graphql-scalars' LocalDate checks exactly our
 * Date: the YYYY-MM-DD form and a day that exists (no 2026-02-30).
 */
export function parseDateString(value: unknown): string | null {
  try {
    return LocalDateResolver.parseValue(value) as string;
  } catch {
    return null;
  }
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

/**
 * Exact decimal (money, areas): numeric in PostgreSQL, a string on the wire. Hand-written: no
 * graphql-scalars scalar is exact and a string (its Float-based ones lose digits past 2^53 and
 * binary fractions; BigInt has no fraction; Currency is a code, USCurrency integer cents).
 */
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

/**
 * A calendar date without time (Kazakhstan's, Asia/Almaty), YYYY-MM-DD: graphql-scalars'
 * LocalDate validation under the contract's name Date, with our message (the library's names a
 * LocalDate type the schema does not have), and serializing Date objects as well as strings.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : parseDate(v)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(literal(ast)),
});

function parseDateTime(value: unknown): Date {
  // Date.parse rolls an impossible day over ("2026-02-30T10:00:00Z" is 2 March): check the day first.
  const day = typeof value === 'string' ? DATE_PREFIX_RE.exec(value) : null;
  if (typeof value !== 'string' || !OFFSET_RE.test(value) || Number.isNaN(Date.parse(value)) || (day && !parseDateString(day[0]))) {
    throw new TypeError(`DateTime must be ISO-8601 with an offset, like "2026-03-02T10:00:00+05:00"; got ${JSON.stringify(value)}`);
  }
  return new Date(value);
}

/**
 * An instant, ISO-8601 with offset. Hand-written: graphql-scalars' DateTime and DateTimeISO take
 * only RFC 3339 (seconds required, "+05:00" offsets, a "T"), so values clients may send today
 * under the documented "ISO-8601 with offset" ("2026-03-02T10:00+05:00", "+0500") would be
 * refused. The output is the same as DateTimeISO's: toISOString().
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant in ISO-8601 with offset, e.g. "2026-03-02T10:00:00.000Z".',
  serialize: (v) => (v instanceof Date ? v : new Date(String(v))).toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(literal(ast)),
});
