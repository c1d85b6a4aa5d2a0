import { SERVICE_FUNCTION_ARTICLES, SERVICE_FUNCTION_NAMES, type ServiceFunction } from './service-function';

import { type EligibilityFacts, type EligibilityCheck, type EligibilityResult } from './eligibility-checks';
import { art5Checks } from './art-5-conditions';
import { functionChecks } from './art-6-functions';

// The public names of the eligibility rules stay here; the rules themselves are by article.
export {
  type FunctionFacts,
  type EligibilityFacts,
  CHECK_KINDS,
  type CheckKind,
  CHECK_STATUSES,
  type CheckStatus,
  CHECK_STATUS_NAMES,
  type EligibilityCheck,
  type EligibilityResult,
} from './eligibility-checks';

/**
 * Applies Art. 5 (all conditions) and Art. 6 (at least one declared function, in full) to
 * declared facts. A measured condition must hold; an attested one must be attested (it is then
 * shown as to be verified in review, never as met). Pure and total: malformed or missing
 * figures fail their check rather than throw, because the portal runs this live on half-filled
 * forms.
 *
 * A function declared twice is checked once, on its first entry.
 */
export function checkEligibility(facts: EligibilityFacts): EligibilityResult {
  const art5 = art5Checks(facts);
  const seen = new Set<ServiceFunction>();
  const art6: EligibilityCheck[] = [];
  const qualifiedFunctions: ServiceFunction[] = [];
  for (const declared of facts.functions ?? []) {
    if (!declared || seen.has(declared.function) || !(declared.function in SERVICE_FUNCTION_ARTICLES)) continue;
    seen.add(declared.function);
    const checks = functionChecks(declared);
    art6.push(...checks);
    if (checks.every((c) => c.passed)) qualifiedFunctions.push(declared.function);
  }
  const anyQualified = qualifiedFunctions.length > 0;
  const names = (fns: Iterable<ServiceFunction>, lang: 'zhCN' | 'en'): string =>
    [...fns].map((f) => SERVICE_FUNCTION_NAMES[f][lang]).join(lang === 'zhCN' ? '、' : ', ');
  const summary: EligibilityCheck = {
    code: 'ART6_NO_QUALIFYING_FUNCTION',
    article: 'Art. 6',
    function: null,
    kind: 'MEASURED',
    status: anyQualified ? 'PASSED' : 'FAILED',
    passed: anyQualified,
    required: '≥ 1 declared function meets its requirement',
    actual: `${qualifiedFunctions.length} of ${seen.size}`,
    requiredText: {
      zhCN: '至少一项申报的服务功能满足要求',
      en: 'at least one declared function meets its requirement',
    },
    condition: {
      zhCN: '示范平台应满足以下至少一项功能要求',
      en: 'a platform meets the requirement of at least one function',
    },
    reading: null,
    actualText: {
      zhCN: `申报${seen.size}项，满足${qualifiedFunctions.length}项`,
      en: `${qualifiedFunctions.length} of ${seen.size}`,
    },
    message: anyQualified
      ? {
          zhCN: `第六条：示范平台应满足以下至少一项功能要求；满足要求的申报功能：${names(qualifiedFunctions, 'zhCN')}，符合。`,
          en: `Art. 6: declared functions meeting their requirement: ${names(qualifiedFunctions, 'en')} — met.`,
        }
      : seen.size === 0
        ? {
            zhCN: '第六条：示范平台应满足以下至少一项功能要求；未申报任何服务功能，不符合。',
            en: 'Art. 6: no service function declared; at least one must meet its requirement — not met.',
          }
        : {
            zhCN: `第六条：示范平台应满足以下至少一项功能要求；申报的服务功能（${names(seen, 'zhCN')}）均未满足要求，不符合。`,
            en: `Art. 6: none of the declared functions (${names(seen, 'en')}) meets its requirement — not met.`,
          },
  };
  return {
    eligible: art5.every((c) => c.passed) && anyQualified,
    qualifiedFunctions,
    checks: [...art5, ...art6, summary],
  };
}
