import { invalidOperations } from '@sme/client/testing';
import { describe, expect, it } from 'vitest';
import schemaSource from '../../api/schema.graphql?raw';

const modules = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./**/*.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

describe('the contract in apps/api/schema.graphql', () => {
  it('accepts every operation the portal sends', () => {
    const { found, invalid } = invalidOperations(schemaSource, modules);
    expect(found).toBeGreaterThan(0);
    expect(invalid).toEqual([]);
  });
});
