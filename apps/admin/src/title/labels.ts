import type { TFunction } from 'i18next';

export const TITLE_STATUS_COLOURS: Record<string, string | undefined> = {
  NOT_YET_VALID: 'blue',
  VALID: 'green',
  EXPIRING_THIS_YEAR: 'orange',
  EXPIRED: undefined,
  REVOKED: 'red',
};

export const SPOT_CHECK_COLOURS: Record<string, string | undefined> = {
  PENDING: undefined,
  EVIDENCE_REQUESTED: 'orange',
  RESPONDED: 'blue',
  PASSED: 'green',
  FAILED: 'red',
};

/** A timeline entry's action in words: the title's and its spot checks' actions, else the raw name. */
export const actionLabel = (t: TFunction, action: string) =>
  t(`title.detail.action.${action}`, { defaultValue: action });
