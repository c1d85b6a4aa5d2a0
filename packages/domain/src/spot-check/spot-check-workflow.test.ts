import { describe, expect, it } from 'vitest';
import { spotCheckWorkflow } from './spot-check-workflow';

describe('spot-check workflow (Art. 13)', () => {
  it('lets the holder answer only after evidence was requested, and only the secretariat decide', () => {
    expect(spotCheckWorkflow.decide('PENDING', 'respond', ['HOLDER']).ok).toBe(false);
    expect(spotCheckWorkflow.decide('EVIDENCE_REQUESTED', 'respond', ['HOLDER'])).toEqual({
      ok: true,
      value: 'RESPONDED',
    });
    expect(spotCheckWorkflow.decide('RESPONDED', 'fail', ['HOLDER'])).toMatchObject({
      ok: false,
      error: { code: 'NOT_PERMITTED', article: 'Art. 13' },
    });
    expect(spotCheckWorkflow.decide('RESPONDED', 'fail', ['ADMIN'])).toEqual({ ok: true, value: 'FAILED' });
  });
  it('makes PASSED and FAILED final', () => {
    expect(spotCheckWorkflow.isTerminal('PASSED')).toBe(true);
    expect(spotCheckWorkflow.isTerminal('FAILED')).toBe(true);
    expect(spotCheckWorkflow.decide('FAILED', 'pass', ['ADMIN'])).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION' },
    });
  });
});
