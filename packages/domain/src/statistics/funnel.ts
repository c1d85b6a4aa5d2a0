import { APPLICATION_STATUSES, type ApplicationStatus } from '../application/application-workflow';

/**
 * The accreditation funnel (statistics): how far each application got. An application has
 * "reached" a stage when its current status is at or beyond it on the main path, or when its
 * timeline shows it once held a status of that stage (an application withdrawn after review
 * still counts as reviewed). Side exits (RETURNED, NOT_RECOMMENDED, WITHDRAWN) keep the stages
 * reached before them; their timeline says which.
 */
export const FUNNEL_STAGES = [
  'DRAFTED',
  'SUBMITTED',
  'RECOMMENDED',
  'REVIEWED',
  'PASSED',
  'NOTICED',
  'ACCREDITED',
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const AFTER_SUBMISSION: readonly ApplicationStatus[] = [
  'SUBMITTED',
  'RECOMMENDED',
  'RETURNED',
  'NOT_RECOMMENDED',
  'UNDER_REVIEW',
  'MORE_INFO_REQUESTED',
  'REVIEW_PASSED',
  'REVIEW_FAILED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
  'FAILED',
];
const AFTER_RECOMMENDATION: readonly ApplicationStatus[] = [
  'RECOMMENDED',
  'UNDER_REVIEW',
  'MORE_INFO_REQUESTED',
  'REVIEW_PASSED',
  'REVIEW_FAILED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
  'FAILED',
];
/** Review decided (Art. 8): passed or failed, and everything after a pass. */
const AFTER_REVIEW: readonly ApplicationStatus[] = [
  'REVIEW_PASSED',
  'REVIEW_FAILED',
  'IN_PUBLIC_NOTICE',
  'ACCREDITED',
  'FAILED',
];
const AFTER_PASS: readonly ApplicationStatus[] = ['REVIEW_PASSED', 'IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED'];
const AFTER_NOTICE: readonly ApplicationStatus[] = ['IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED'];

export type StageDefinition = {
  /** Current statuses that mean the stage was reached. */
  currentStatuses: readonly ApplicationStatus[];
  /** Statuses that, found anywhere in the timeline, mean the stage was reached. */
  timelineStatuses: readonly ApplicationStatus[];
};

// Each stage's own evidence in the timeline; a later stage's evidence implies the earlier ones.
const OWN_TIMELINE_STATUSES: Readonly<Record<FunnelStage, readonly ApplicationStatus[]>> = {
  DRAFTED: [],
  SUBMITTED: ['SUBMITTED'],
  RECOMMENDED: ['RECOMMENDED'],
  REVIEWED: ['REVIEW_PASSED', 'REVIEW_FAILED'],
  PASSED: ['REVIEW_PASSED'],
  NOTICED: ['IN_PUBLIC_NOTICE'],
  ACCREDITED: ['ACCREDITED'],
};

const CURRENT_STATUSES: Readonly<Record<FunnelStage, readonly ApplicationStatus[]>> = {
  DRAFTED: APPLICATION_STATUSES,
  SUBMITTED: AFTER_SUBMISSION,
  RECOMMENDED: AFTER_RECOMMENDATION,
  REVIEWED: AFTER_REVIEW,
  PASSED: AFTER_PASS,
  NOTICED: AFTER_NOTICE,
  ACCREDITED: ['ACCREDITED'],
};

export const FUNNEL_STAGE_DEFINITIONS: Readonly<Record<FunnelStage, StageDefinition>> = Object.fromEntries(
  FUNNEL_STAGES.map((stage, i) => [
    stage,
    {
      currentStatuses: CURRENT_STATUSES[stage],
      timelineStatuses: [...new Set(FUNNEL_STAGES.slice(i).flatMap((later) => OWN_TIMELINE_STATUSES[later]))],
    },
  ]),
) as unknown as Record<FunnelStage, StageDefinition>;

/** The stages an application has reached, from its current status and the statuses in its timeline. */
export function reachedStages(current: ApplicationStatus, timeline: readonly ApplicationStatus[]): FunnelStage[] {
  return FUNNEL_STAGES.filter((stage) => {
    const def = FUNNEL_STAGE_DEFINITIONS[stage];
    return def.currentStatuses.includes(current) || timeline.some((s) => def.timelineStatuses.includes(s));
  });
}

/** Share of decided applications that passed review (Art. 8); null when none was decided. */
export function passRate(reviewed: number, passed: number): number | null {
  return reviewed === 0 ? null : passed / reviewed;
}
