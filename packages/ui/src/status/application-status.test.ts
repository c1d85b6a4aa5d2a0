import { describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES, APPLICATION_STATUS_COLOURS } from './application-status';

describe('application status colours', () => {
  it('gives every status a colour', () => {
    for (const status of APPLICATION_STATUSES) expect(APPLICATION_STATUS_COLOURS[status]).toBeTruthy();
    expect(Object.keys(APPLICATION_STATUS_COLOURS).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it('tells success apart from failure', () => {
    expect(APPLICATION_STATUS_COLOURS.ACCREDITED).not.toBe(APPLICATION_STATUS_COLOURS.FAILED);
    expect(APPLICATION_STATUS_COLOURS.REVIEW_PASSED).not.toBe(APPLICATION_STATUS_COLOURS.REVIEW_FAILED);
  });
});
