import { EDITABLE_STATUSES, type ApplicationStatus } from '@sme/domain';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError } from '../../graphql/error-classes.js';
import { applicationPartiesOf, loadApplication } from '../../workflow/load-application.js';
import { ApplicationRef } from './application.object.js';

import { errorTypes } from './application-action-errors.js';

// ── delete a draft: no status change, the draft is gone (its audit record stays) ──
const DeleteDraftApplicationInput = builder.inputType('DeleteDraftApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
  }),
});

builder.mutationField('deleteDraftApplication', (t) =>
  t.field({
    type: 'ID',
    description:
      "Deletes the applicant's own draft (only a draft: a submitted application is withdrawn). Data: the deleted application's id.",
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'DeleteDraftApplicationResult' },
      result: { name: 'DeleteDraftApplicationSuccess' },
    },
    args: { input: t.arg({ type: DeleteDraftApplicationInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const app = await loadApplication(tx, input.applicationId.id);
        if (!app || !applicationPartiesOf(ctx.viewer, app).includes('APPLICANT'))
          throw new NotFoundError('Application');
        if (input.version != null && input.version !== app.version)
          throw new StaleVersionError(input.version, app.version);
        if (!EDITABLE_STATUSES.delete.includes(app.status as ApplicationStatus)) {
          throw new RuleViolationError('software', 'NOT_A_DRAFT', {
            zhCN: '系统规则：只有草稿可以删除；已提交的申报请撤回。',
            en: 'A rule of this system: only a draft can be deleted; withdraw a submitted application instead.',
          });
        }
        const deleted = await tx.application.deleteMany({
          where: { id: app.id, version: app.version, status: 'DRAFT' },
        });
        if (deleted.count !== 1) throw new StaleVersionError(app.version, app.version + 1);
        await recordAudit(tx, actorOf(ctx), {
          action: 'application.deleteDraft',
          entityType: 'Application',
          entityId: app.id,
          data: { organisationId: app.organisationId, roundId: app.roundId },
        });
        return encodeId(app.id);
      }),
  }),
);

function encodeId(id: string): string {
  return Buffer.from(`Application:${id}`).toString('base64');
}
