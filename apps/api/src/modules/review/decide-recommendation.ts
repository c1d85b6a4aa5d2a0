import { applicationWorkflow, type ApplicationAction } from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { hasRole, type Context } from '../../context.js';
import { prisma, type Tx } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
  type LocalisedText,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { applicationPartiesOf, loadApplication, type LoadedApplication } from '../../workflow/load-application.js';
import { ApplicationRef } from '../application/application.object.js';

export const applicationActionErrors = [ValidationError, RuleViolationError, NotFoundError, StaleVersionError];

const text = (what: LocalisedText) =>
  z
    .string()
    .trim()
    .min(1, bilingual({ zhCN: `请填写${what.zhCN}`, en: what.en }))
    .max(5000);

/**
 * Staff of another unit do not see the application (Art. 2), but when they try to act on it the
 * answer is the rule itself — only the developing unit recommends — rather than "not found".
 */
export async function refuseOtherUnits(
  tx: Tx,
  ctx: Context,
  applicationId: string,
  action: ApplicationAction,
): Promise<void> {
  if (!hasRole(ctx.viewer, 'UNIT_STAFF')) return;
  const app = await loadApplication(tx, applicationId);
  if (!app) return;
  const parties = applicationPartiesOf(ctx.viewer, app);
  if (parties.includes('RECOMMENDING_UNIT')) return;
  const decision = applicationWorkflow.decide(app.status, action, parties);
  if (!decision.ok) throw RuleViolationError.from(decision.error);
}

// The unit's own decisions on a submitted application are its recommendations (Art. 2); an
// administrator returning a recommended application is not. `app` is as loaded: the old status.
function recordUnitDecision(decision: 'RECOMMENDED' | 'RETURNED' | 'DECLINED', ctx: Context, comment: string) {
  return async (tx: Tx, app: LoadedApplication): Promise<void> => {
    if (app.status !== 'SUBMITTED' || !app.recommendingUnitId || !ctx.viewer) return;
    await tx.recommendation.create({
      data: {
        applicationId: app.id,
        unitId: app.recommendingUnitId,
        decidedById: ctx.viewer.userId,
        decision,
        comment,
      },
    });
  };
}

const RecommendInput = builder.inputType('RecommendApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    opinion: t.string({
      required: true,
      validate: text({ zhCN: '推荐意见', en: 'the recommendation opinion is required' }),
    }),
    version: t.int(),
  }),
});
const ReasonInput = (name: string) =>
  builder.inputType(name, {
    fields: (t) => ({
      applicationId: t.globalID({ required: true, for: ApplicationRef }),
      reason: t.string({ required: true, validate: text({ zhCN: '理由', en: 'the reason is required' }) }),
      version: t.int(),
    }),
  });
const ReturnInput = ReasonInput('ReturnApplicationInput');
const DeclineInput = ReasonInput('DeclineRecommendationInput');

type UnitAction = {
  field: 'recommendApplication' | 'returnApplication' | 'declineRecommendation';
  action: ApplicationAction;
  decision: 'RECOMMENDED' | 'RETURNED' | 'DECLINED';
};

function unitActionField(spec: UnitAction, input: typeof RecommendInput | typeof ReturnInput, description: string) {
  builder.mutationField(spec.field, (t) =>
    t.prismaField({
      type: 'Application',
      description,
      authScopes: { unitStaff: true, admin: true },
      errors: {
        types: applicationActionErrors,
        union: { name: `${spec.field[0]!.toUpperCase()}${spec.field.slice(1)}Result` },
        result: { name: `${spec.field[0]!.toUpperCase()}${spec.field.slice(1)}Success` },
      },
      args: { input: t.arg({ type: input as typeof RecommendInput, required: true }) },
      resolve: (query, _root, { input: raw }, ctx) => {
        const input = raw as {
          applicationId: { id: string };
          version?: number | null;
          opinion?: string;
          reason?: string;
        };
        const note = (input.opinion ?? input.reason ?? '').trim();
        const id = input.applicationId.id;
        return prisma().$transaction(async (tx) => {
          await refuseOtherUnits(tx, ctx, id, spec.action);
          await runApplicationAction(
            ctx,
            {
              applicationId: id,
              action: spec.action,
              expectedVersion: input.version,
              note,
              apply: recordUnitDecision(spec.decision, ctx, note),
              auditData: { decision: spec.decision },
            },
            tx,
          );
          return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id } });
        });
      },
    }),
  );
}

unitActionField(
  { field: 'recommendApplication', action: 'recommend', decision: 'RECOMMENDED' },
  RecommendInput,
  'Art. 2: staff of the unit that developed the member recommend its submitted application, with an opinion (SUBMITTED → RECOMMENDED). Refused to anyone else (WRONG_RECOMMENDING_UNIT).',
);
unitActionField(
  { field: 'returnApplication', action: 'return', decision: 'RETURNED' },
  ReturnInput,
  'Art. 2: back to the applicant for changes, with a reason — by the recommending unit (SUBMITTED) or an administrator (RECOMMENDED).',
);
unitActionField(
  { field: 'declineRecommendation', action: 'declineRecommendation', decision: 'DECLINED' },
  DeclineInput,
  'Art. 2: the recommending unit declines to recommend (不予推荐), with a reason; the application ends (NOT_RECOMMENDED).',
);
