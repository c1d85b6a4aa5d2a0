import { formatChineseDate } from '@sme/domain';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { membershipRequestKind } from '../../workflow/membership-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { notify } from '../../workflow/notify.js';
import { membershipDepartment } from './membership-access.js';

import { alreadyMember, idOf, requireDecider } from './membership-decision.js';

const ApproveMembershipInput = builder.inputType('ApproveMembershipInput', {
  fields: (t) => ({
    organisationId: t.globalID({ required: true }),
    unitId: t.globalID({
      description:
        'The unit that developed the member and will recommend it (Art. 2); the Membership Department when absent.',
    }),
  }),
});

builder.mutationField('approveMembership', (t) =>
  t.prismaField({
    type: 'Membership',
    description:
      'Membership Department staff or an administrator admits an organisation as a member, naming the unit that developed it (Art. 2).',
    authScopes: { unitStaff: true, admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'ApproveMembershipResult' },
      result: { name: 'ApproveMembershipSuccess' },
    },
    args: { input: t.arg({ type: ApproveMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = idOf(input.organisationId, 'Organisation', 'organisationId');
      const requestedUnitId = input.unitId ? idOf(input.unitId, 'Unit', 'unitId') : null;
      return prisma()
        .$transaction(async (tx) => {
          await requireDecider(ctx, tx);
          const org = await tx.organisation.findUnique({
            where: { id: organisationId },
            select: { id: true, name: true },
          });
          if (!org) throw new NotFoundError('Organisation');
          const unit = requestedUnitId
            ? await tx.unit.findUnique({ where: { id: requestedUnitId } })
            : await membershipDepartment(tx);
          if (!unit) throw new NotFoundError('Unit');
          if (await tx.membership.findUnique({ where: { organisationId, status: 'ACTIVE' }, select: { id: true } }))
            throw alreadyMember();
          const today = todayInShanghai();
          const membership = await tx.membership.create({
            data: { organisationId, unitId: unit.id, since: new Date(`${today}T00:00:00Z`), status: 'ACTIVE' },
          });
          // Each pending request goes through the request's table (PENDING → APPROVED).
          const pending = await tx.membershipRequest.findMany({
            where: { organisationId, status: 'PENDING' },
            select: { id: true },
          });
          for (const request of pending) {
            await runAction(
              ctx,
              membershipRequestKind,
              {
                id: request.id,
                action: 'approve',
                parties: ['DECIDER'],
                data: { decidedAt: new Date(), decidedById: ctx.viewer?.userId ?? null, unitId: unit.id },
                auditData: { organisationId },
              },
              tx,
            );
          }
          const decided = { count: pending.length };
          await recordAudit(tx, actorOf(ctx), {
            action: 'membership.approve',
            entityType: 'Membership',
            entityId: membership.id,
            data: { organisationId, unitId: unit.id, since: today, requestsDecided: decided.count },
          });
          await notify(
            tx,
            { organisationId },
            {
              kind: 'membership.approved',
              title: { zhCN: '入会申请已通过', en: 'Membership approved' },
              body: {
                zhCN: `${org.name}自${formatChineseDate(today)}起成为协会会员，推荐单位：${unit.name}。`,
                en: `${org.name} is a member of the association from ${today}; recommending unit: ${unit.name}.`,
              },
              link: '/membership',
            },
          );
          return tx.membership.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: membership.id } });
        })
        .catch((error: unknown) => {
          // Two approvals at once: the partial unique index keeps one active membership.
          throw isUniqueViolation(error) ? alreadyMember() : error;
        });
    },
  }),
);
