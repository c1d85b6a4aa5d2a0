import { describe, expect, it } from 'vitest';
import { flattenKeys, keyDifferences, mergeResources } from './keys';

describe('resource helpers', () => {
  it('flattens nested keys with dots', () => {
    expect(flattenKeys({ a: { b: 'x', c: { d: 'y' } }, e: 'z' })).toEqual(['a.b', 'a.c.d', 'e']);
  });

  it('reports a key missing from either side', () => {
    expect(keyDifferences({ a: { b: 'x', c: 'y' } }, { a: { b: 'x' }, d: 'z' })).toEqual({
      onlyInA: ['a.c'],
      onlyInB: ['d'],
    });
  });

  it('merges deeply, lets the app override, and leaves the inputs alone', () => {
    const shared = { ui: { a: 'shared', b: 'kept' } };
    const app = { ui: { a: 'app' }, page: { title: 'T' } };
    const merged = mergeResources(shared, app);
    expect(merged).toEqual({ ui: { a: 'app', b: 'kept' }, page: { title: 'T' } });
    expect(shared).toEqual({ ui: { a: 'shared', b: 'kept' } });
  });
});
