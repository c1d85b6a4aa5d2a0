import { describe, expect, it } from 'vitest';
import { describeLodgeFailure } from './lodge-failure';

describe('describeLodgeFailure', () => {
  it('tells the rate limit apart from other refusals', () => {
    expect(
      describeLodgeFailure(undefined, {
        __typename: 'RuleViolationError',
        code: 'TOO_MANY_OBJECTIONS',
        message: '每小时最多5项',
      }),
    ).toEqual({
      kind: 'rateLimited',
      message: '每小时最多5项',
    });
    expect(
      describeLodgeFailure(undefined, {
        __typename: 'RuleViolationError',
        code: 'NOTICE_NOT_RUNNING',
        message: '公示期已结束',
      }),
    ).toEqual({
      kind: 'refused',
      message: '公示期已结束',
    });
  });

  it('puts field messages under their fields', () => {
    const failure = describeLodgeFailure(undefined, {
      __typename: 'ValidationError',
      message: 'invalid',
      fieldErrors: [{ path: ['input', 'name'], message: '异议须实名提出' }],
    });
    expect(failure).toEqual({
      kind: 'invalid',
      fields: [{ name: 'name', message: '异议须实名提出' }],
      message: 'invalid',
    });
  });

  it('keeps a validation error on no known field as a refusal with its message', () => {
    expect(
      describeLodgeFailure(undefined, {
        __typename: 'ValidationError',
        message: 'bad id',
        fieldErrors: [{ path: ['input', 'noticeId'], message: 'x' }],
      }),
    ).toEqual({
      kind: 'refused',
      message: 'bad id',
    });
  });
});
