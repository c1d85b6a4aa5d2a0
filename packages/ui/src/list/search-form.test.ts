import { describe, expect, it } from 'vitest';
import { visibleSearchFields, type SearchField } from './search-form';

const fields: SearchField[] = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, label: name, control: null }));
const names = (list: SearchField[]) => list.map((f) => f.name);

describe('visibleSearchFields', () => {
  it('shows three fields while collapsed and all when expanded', () => {
    expect(names(visibleSearchFields(fields, {}, false))).toEqual(['a', 'b', 'c']);
    expect(names(visibleSearchFields(fields, {}, true))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never hides a filter that is in force', () => {
    expect(names(visibleSearchFields(fields, { e: 'x' }, false))).toEqual(['a', 'b', 'c', 'e']);
  });

  it('has nothing to collapse with three fields or fewer', () => {
    expect(names(visibleSearchFields(fields.slice(0, 3), {}, false))).toEqual(['a', 'b', 'c']);
  });
});
