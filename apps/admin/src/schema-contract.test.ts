import { invalidOperations } from '@sme/client/testing';
import { buildSchema, isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../api/schema.graphql?raw';
import { DAY_SOURCES } from './calendar/day-source';

const schema = buildSchema(schemaSource);
const modules = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the contract in apps/api/schema.graphql', () => {
  it('has a label and colour for every DaySource (the calendar legend)', () => {
    const type = schema.getType('DaySource');
    if (!isEnumType(type)) throw new Error('DaySource is not an enum in schema.graphql');
    expect([...DAY_SOURCES].sort()).toEqual(
      type
        .getValues()
        .map((v) => v.name)
        .sort(),
    );
  });

  // Parses every source file of the app: CPU-bound, seconds on a loaded 2-core machine.
  it('accepts every operation the console sends', { timeout: 60_000 }, () => {
    const { found, invalid } = invalidOperations(schemaSource, modules);
    expect(found).toBeGreaterThan(0);
    expect(invalid).toEqual([]);
  });
  it('selects refusals with the shared ErrorFields fragment of @sme/client, never field by field', () => {
    const inline = Object.entries(modules).filter(([, text]) => /\.\.\. on (Error|RuleViolationError) \{/.test(text));
    expect(inline.map(([file]) => file)).toEqual([]);
    expect(Object.values(modules).filter((text) => text.includes('...ErrorFields')).length).toBeGreaterThan(3);
  });
});
