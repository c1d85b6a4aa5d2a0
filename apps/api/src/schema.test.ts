import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from './schema.js';

describe('schema.graphql', () => {
  it('is the SDL the code builds (run `pnpm schema:write` after changing the schema)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });

  it('declares the types of the whole programme', () => {
    for (const name of ['Organisation', 'Membership', 'Unit', 'Round', 'Application', 'PublicNotice', 'Objection', 'Accreditation', 'SpotCheck', 'Revocation', 'AuditEvent']) {
      expect(schema.getType(name), name).toBeDefined();
    }
  });
});
