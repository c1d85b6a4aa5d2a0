import { GraphQLError, Kind } from 'graphql';
import { builder } from '../../builder.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MIN_YEAR = 1900;
export const DATE_MAX_YEAR = 2100;

// A calendar date such as 2026-10-01, with no time or zone. Prisma returns @db.Date columns as
// Dates at UTC midnight, so the UTC parts are the calendar date.
export function parseIsoDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw new GraphQLError(`Date must be an ISO date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(`Date ${value} does not exist in the calendar`);
  }
  // Dates outside any plausible record (0001-01-01, 9999-12-31) were stored as given; founding
  // dates reach back a century, deadlines and calendars not beyond 2100.
  const year = Number(value.slice(0, 4));
  if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR) {
    // `text`: the error formatter answers in the caller's language.
    const text = {
      zhCN: `日期应在${DATE_MIN_YEAR}年至${DATE_MAX_YEAR}年之间。`,
      en: `Date must fall in the years ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}, got ${value}`,
    };
    throw Object.assign(new GraphQLError(text.zhCN), { text });
  }
  return value;
}

export function formatIsoDate(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 YYYY-MM-DD, without time or zone.',
  serialize: (value) => formatIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parseIsoDate(ast.value);
  },
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO 8601 with zone, e.g. 2026-11-25T08:00:00.000Z.',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
    const year = d.getUTCFullYear();
    if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR)
      throw new GraphQLError(`DateTime must fall in the years ${DATE_MIN_YEAR}–${DATE_MAX_YEAR}`);
    return d;
  },
});

// Money and percentages. Accepted as JSON numbers; returned as numbers (yuan amounts fit
// comfortably in a double: 3,000,000,000 CNY is the largest threshold of Art. 6).
builder.scalarType('Decimal', {
  description: 'A decimal number such as an amount in yuan or a percentage, sent as a JSON number.',
  serialize: (value) => (typeof value === 'number' ? value : Number(value.toString())),
  parseValue: (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new GraphQLError('Decimal must be a finite JSON number');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT) throw new GraphQLError('Decimal must be a number');
    return Number(ast.value);
  },
});
