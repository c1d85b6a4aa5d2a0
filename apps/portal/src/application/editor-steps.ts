import type { EligibilityCheck } from '@sme/domain';

/** The editor's steps, in order. */
export const EDITOR_STEPS = ['functions', 'basic', 'functionFacts', 'attestations', 'materials', 'submit'] as const;
export type EditorStep = (typeof EDITOR_STEPS)[number];

/** The step where a check of the live panel is fixed. */
export function stepOfCheck(check: Pick<EligibilityCheck, 'article' | 'kind' | 'code' | 'function'>): EditorStep {
  if (check.article.startsWith('Art. 5')) return check.kind === 'ATTESTED' ? 'attestations' : 'basic';
  // Art. 6: a function's figures and yes/no answers, and the summary of them all
  return 'functionFacts';
}

export type Refusal = { code: string; article: string; message: string };

/**
 * Where a refused submission is fixed: the materials for Art. 7's missing kinds, the facts for
 * Arts. 5/6 (the first failing check on the page decides which step), the declaration on the
 * last step, and the rest (a closed round, no membership) on the last step too.
 */
export function stepOfRefusal(
  refusal: Pick<Refusal, 'code' | 'article'>,
  failingChecks: readonly Pick<EligibilityCheck, 'article' | 'kind' | 'code' | 'function'>[],
): EditorStep {
  switch (refusal.code) {
    case 'MISSING_MATERIALS':
      return 'materials';
    case 'NOT_ELIGIBLE': {
      const first = failingChecks.find((c) => c.article.startsWith(refusal.article)) ?? failingChecks[0];
      if (first) return stepOfCheck(first);
      return refusal.article.startsWith('Art. 6') ? 'functionFacts' : 'basic';
    }
    default:
      return 'submit';
  }
}
