import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '../application/application-workflow';
import { FUNNEL_STAGES, FUNNEL_STAGE_DEFINITIONS, passRate, reachedStages } from './funnel';

describe('funnel stages', () => {
  it('places each status of the main path at its stage', () => {
    expect(reachedStages('DRAFT', [])).toEqual(['DRAFTED']);
    expect(reachedStages('SUBMITTED', [])).toEqual(['DRAFTED', 'SUBMITTED']);
    expect(reachedStages('UNDER_REVIEW', [])).toEqual(['DRAFTED', 'SUBMITTED', 'RECOMMENDED']);
    expect(reachedStages('REVIEW_FAILED', [])).toEqual(['DRAFTED', 'SUBMITTED', 'RECOMMENDED', 'REVIEWED']);
    expect(reachedStages('ACCREDITED', [])).toEqual([...FUNNEL_STAGES]);
  });

  it('keeps what a withdrawn or returned application reached, from its timeline', () => {
    expect(reachedStages('WITHDRAWN', ['SUBMITTED', 'RECOMMENDED', 'UNDER_REVIEW'])).toEqual([
      'DRAFTED',
      'SUBMITTED',
      'RECOMMENDED',
    ]);
    expect(reachedStages('RETURNED', ['SUBMITTED'])).toEqual(['DRAFTED', 'SUBMITTED']);
    expect(reachedStages('WITHDRAWN', [])).toEqual(['DRAFTED']);
  });

  it('is a funnel: whoever reached a stage reached every stage before it', () => {
    const status = fc.constantFrom(...APPLICATION_STATUSES);
    fc.assert(
      fc.property(status, fc.array(status, { maxLength: 6 }), (current, timeline) => {
        const reached = reachedStages(current, timeline);
        expect(reached).toEqual(FUNNEL_STAGES.slice(0, reached.length));
      }),
    );
  });

  it('defines every stage by statuses that exist', () => {
    for (const stage of FUNNEL_STAGES) {
      for (const s of [
        ...FUNNEL_STAGE_DEFINITIONS[stage].currentStatuses,
        ...FUNNEL_STAGE_DEFINITIONS[stage].timelineStatuses,
      ]) {
        expect(APPLICATION_STATUSES).toContain(s);
      }
    }
  });

  it('computes the pass rate over decided applications', () => {
    expect(passRate(0, 0)).toBeNull();
    expect(passRate(4, 3)).toBe(0.75);
  });
});
