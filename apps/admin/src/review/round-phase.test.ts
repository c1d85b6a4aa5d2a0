import { describe, expect, it } from 'vitest';
import { roundPhase } from './round-phase';

describe('roundPhase', () => {
  it('reads a past round as closed, a future one as not yet open', () => {
    expect(roundPhase({ isOpen: false, opensOn: '2025-03-01' }, '2026-12-08')).toBe('closed');
    expect(roundPhase({ isOpen: false, opensOn: '2027-03-01' }, '2026-12-08')).toBe('notYetOpen');
    expect(roundPhase({ isOpen: true, opensOn: '2026-12-01' }, '2026-12-08')).toBe('open');
  });
});
