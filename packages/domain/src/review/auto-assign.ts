import type { ServiceFunction } from '../eligibility/service-function';
import type { Message } from '../shared/message';

export type AssignableApplication = {
  id: string;
  organisationId: string;
  /** Names and codes an expert's affiliations are compared with (credit code, name). */
  organisationKeys: readonly string[];
  provinceCode: string | null;
  recommendingUnitId: string | null;
  functions: readonly ServiceFunction[];
  /** Reviewers already assigned and not recused: they count towards N and are not chosen again. */
  reviewerIds: readonly string[];
};

export type PoolExpert = {
  id: string;
  functions: readonly ServiceFunction[];
  provinceCode: string | null;
  affiliations: readonly string[];
  unitId: string | null;
  /** Open assignments the expert already carries. */
  load: number;
};

export type AutoAssignInput = {
  applications: readonly AssignableApplication[];
  experts: readonly PoolExpert[];
  /** Conflicts declared (or recorded) between an expert and an organisation. */
  conflicts: readonly { expertId: string; organisationId: string }[];
  reviewersPerApplication: number;
  /** Where configured: never an expert of the organisation's own province. */
  excludeSameProvince?: boolean;
};

export type SkipReason = 'CONFLICT' | 'AFFILIATION' | 'RECOMMENDING_UNIT' | 'SAME_REGION' | 'NO_MATCHING_EXPERTISE';

export const SKIP_REASON_NAMES: Record<SkipReason, Message> = {
  CONFLICT: { zhCN: '已声明利益冲突', en: 'declared a conflict of interest' },
  AFFILIATION: { zhCN: '与申报单位存在关联', en: 'affiliated with the applicant' },
  RECOMMENDING_UNIT: { zhCN: '就职于推荐单位', en: 'works for the recommending unit' },
  SAME_REGION: { zhCN: '与申报单位同一地区', en: 'from the applicant’s region' },
  NO_MATCHING_EXPERTISE: { zhCN: '专业领域不匹配', en: 'no matching expertise' },
};

export type AutoAssignResult = {
  assignments: { applicationId: string; expertId: string }[];
  /** Applications that could not get N reviewers, and how many are missing. */
  shortfalls: { applicationId: string; missing: number }[];
  /** Each expert's load after the assignments. */
  loads: Record<string, number>;
};

const norm = (s: string): string => s.trim().toLowerCase();

/** Why an expert may not review an application, or null when they may. */
export function exclusionOf(
  expert: Omit<PoolExpert, 'load'>,
  application: Omit<AssignableApplication, 'reviewerIds'>,
  conflicts: ReadonlySet<string>,
  excludeSameProvince = false,
): SkipReason | null {
  if (conflicts.has(conflictKey(expert.id, application.organisationId))) return 'CONFLICT';
  const keys = new Set(application.organisationKeys.map(norm).filter((k) => k.length > 0));
  if (expert.affiliations.some((a) => keys.has(norm(a)))) return 'AFFILIATION';
  if (expert.unitId !== null && expert.unitId === application.recommendingUnitId) return 'RECOMMENDING_UNIT';
  if (excludeSameProvince && expert.provinceCode !== null && expert.provinceCode === application.provinceCode)
    return 'SAME_REGION';
  if (!expert.functions.some((f) => application.functions.includes(f))) return 'NO_MATCHING_EXPERTISE';
  return null;
}

export const conflictKey = (expertId: string, organisationId: string): string => `${expertId}\u0000${organisationId}`;

/**
 * Chooses reviewers for every application of a round: N per application (counting those already
 * assigned), only experts whose expertise covers at least one declared function, never one who
 * declared a conflict with the organisation, is affiliated with it, works for its recommending
 * unit, or (where configured) comes from its province. Among those allowed, the least loaded
 * first, then the one covering more of the declared functions, then by id — so the result is
 * the same for the same input, whatever order it came in.
 */
export function autoAssign(input: AutoAssignInput): AutoAssignResult {
  const n = Math.max(0, Math.floor(input.reviewersPerApplication));
  const conflicts = new Set(input.conflicts.map((c) => conflictKey(c.expertId, c.organisationId)));
  const experts = [...input.experts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const loads: Record<string, number> = Object.fromEntries(experts.map((e) => [e.id, e.load]));
  const applications = [...input.applications].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const assignments: AutoAssignResult['assignments'] = [];
  const shortfalls: AutoAssignResult['shortfalls'] = [];

  for (const app of applications) {
    const already = new Set(app.reviewerIds);
    let need = n - already.size;
    if (need <= 0) continue;
    const candidates = experts
      .filter((e) => !already.has(e.id) && exclusionOf(e, app, conflicts, input.excludeSameProvince) === null)
      .map((e) => ({ e, match: e.functions.filter((f) => app.functions.includes(f)).length }));
    while (need > 0 && candidates.length > 0) {
      candidates.sort(
        (a, b) => (loads[a.e.id] ?? 0) - (loads[b.e.id] ?? 0) || b.match - a.match || (a.e.id < b.e.id ? -1 : 1),
      );
      const chosen = candidates.shift();
      if (!chosen) break;
      assignments.push({ applicationId: app.id, expertId: chosen.e.id });
      loads[chosen.e.id] = (loads[chosen.e.id] ?? 0) + 1;
      need -= 1;
    }
    if (need > 0) shortfalls.push({ applicationId: app.id, missing: need });
  }
  return { assignments, shortfalls, loads };
}
