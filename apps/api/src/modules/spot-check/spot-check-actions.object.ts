import { spotCheckWorkflow } from '@sme/domain';
import { builder } from '../../builder.js';
import { spotCheckPartiesOf } from '../../workflow/spot-check-subject.js';
import { SpotCheckActionEnum } from './spot-check-campaign.object.js';

builder.prismaObjectFields('SpotCheck', (t) => ({
  version: t.exposeInt('version'),
  campaign: t.relation('campaign'),
  evidenceRequest: t.exposeString('evidenceRequest', { nullable: true }),
  evidenceRequestedAt: t.expose('evidenceRequestedAt', { type: 'DateTime', nullable: true }),
  respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  findings: t.exposeString('note', { nullable: true, description: 'The findings recorded with the result.' }),
  allowedActions: t.field({
    type: [SpotCheckActionEnum],
    select: { status: true, accreditation: { select: { organisationId: true } } },
    resolve: (c, _args, ctx) => spotCheckWorkflow.allowed(c.status, spotCheckPartiesOf(ctx.viewer, c.accreditation)),
  }),
}));
