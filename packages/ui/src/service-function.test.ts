import { describe, expect, it } from 'vitest';
import { sortServiceFunctions } from './service-function';

describe('sortServiceFunctions', () => {
  it('puts functions in the order of Art. 4 without changing the input', () => {
    const input = ['FINANCING', 'INFORMATION', 'TRAINING'] as const;
    expect(sortServiceFunctions(input)).toEqual(['INFORMATION', 'TRAINING', 'FINANCING']);
    expect(input).toEqual(['FINANCING', 'INFORMATION', 'TRAINING']);
  });
});
