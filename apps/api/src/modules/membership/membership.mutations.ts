import { formatChineseDate } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { membershipKind, membershipRequestKind } from '../../workflow/membership-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import {
  bilingual,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { notify } from '../../workflow/notify.js';
import { canDecideMembership, membershipDepartment } from './membership-access.js';

const alreadyMember = () =>
  new RuleViolationError('Art. 2', 'ALREADY_A_MEMBER', {
    zhCN: '第二条：该机构已是协会会员。',
    en: 'Art. 2: this organisation is already a member of the association.',
  });

const requestPending = () =>
  new RuleViolationError('Art. 2', 'REQUEST_PENDING', {
    zhCN: '第二条：入会申请已提交，正在等待会员部审核。',
    en: 'Art. 2: a membership request is already waiting for the Membership Department.',
  });

const noPendingRequest = () =>
  new RuleViolationError('Art. 2', 'NO_PENDING_REQUEST', {
    zhCN: '第二条：该机构没有待审核的入会申请。',
    en: 'Art. 2: this organisation has no membership request waiting for a decision.',
  });

function idOf(globalId: { typename: string; id: string }, typename: string, path: string): string {
  if (globalId.typename !== typename)
    throw new ValidationError([
      {
        path: ['input', path],
        message: bilingual(
          typename === 'Unit'
            ? { zhCN: '不是有效的单位编号', en: 'not a unit id' }
            : { zhCN: '不是有效的机构编号', en: 'not an organisation id' },
        ),
      },
    ]);
  return globalId.id;
}

async function requireDecider(ctx: Parameters<typeof actorOf>[0], tx: Tx): Promise<void> {
  if (!(await canDecideMembership(ctx.viewer, tx)))
    throw new ForbiddenError({
      zhCN: '仅会员部工作人员或管理员可审核入会申请。',
      en: 'Only Membership Department staff or administrators may decide membership requests.',
    });
}

const ApplyForMembershipInput = builder.inputType('ApplyForMembershipInput', {
  fields: (t) => ({
    note: t.string({ validate: z.string().max(2000) }),
  }),
});

builder.mutationField('applyForMembership', (t) =>
  t.prismaField({
    type: 'MembershipRequest',
    description: "A member organisation's request to join the association, sent to the Membership Department (Art. 2).",
    authScopes: { member: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'ApplyForMembershipResult' },
      result: { name: 'ApplyForMembershipSuccess' },
    },
    args: { input: t.arg({ type: ApplyForMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = ctx.viewer?.organisationId;
      if (!organisationId) throw new NotFoundError('Organisation');
      return prisma().$transaction(async (tx) => {
        if (await tx.membership.findUnique({ where: { organisationId, status: 'ACTIVE' }, select: { id: true } }))
          throw alreadyMember();
        if (
          await tx.membershipRequest.findFirst({ where: { organisationId, status: 'PENDING' }, select: { id: true } })
        )
          throw requestPending();
        const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { name: true } });
        const created = await tx.membershipRequest.create({
          data: { organisationId, note: input.note?.trim() || null, requestedById: ctx.viewer?.userId ?? null },
        });
        await recordAudit(tx, actorOf(ctx), {
          action: 'membership.request',
          entityType: 'MembershipRequest',
          entityId: created.id,
          data: { organisationId },
        });
        const department = await membershipDepartment(tx);
        const title = { zhCN: `${org.name}申请入会，待审核`, en: `${org.name} applied for membership` };
        await notify(
          tx,
          { unitId: department.id },
          { kind: 'membership.request', title, body: title, link: '/admin/membership-requests' },
        );
        await notify(
          tx,
          { admins: true },
          { kind: 'membership.request', title, body: title, link: '/admin/membership-requests' },
        );
        return tx.membershipRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      });
    },
  }),
);

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

const RefuseMembershipInput = builder.inputType('RefuseMembershipInput', {
  fields: (t) => ({
    organisationId: t.globalID({ required: true }),
    reason: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写不予通过的理由', en: 'give the reason for refusing' }))
        .max(2000),
    }),
  }),
});

builder.mutationField('refuseMembership', (t) =>
  t.prismaField({
    type: 'MembershipRequest',
    description:
      "Membership Department staff or an administrator refuses an organisation's pending membership request, with a reason (Art. 2).",
    authScopes: { unitStaff: true, admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'RefuseMembershipResult' },
      result: { name: 'RefuseMembershipSuccess' },
    },
    args: { input: t.arg({ type: RefuseMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = idOf(input.organisationId, 'Organisation', 'organisationId');
      return prisma().$transaction(async (tx) => {
        await requireDecider(ctx, tx);
        const pending = await tx.membershipRequest.findFirst({
          where: { organisationId, status: 'PENDING' },
          orderBy: { requestedAt: 'desc' },
        });
        if (!pending) throw noPendingRequest();
        const reason = input.reason.trim();
        await runAction(
          ctx,
          membershipRequestKind,
          {
            id: pending.id,
            action: 'refuse',
            parties: ['DECIDER'],
            data: { decidedAt: new Date(), decidedById: ctx.viewer?.userId ?? null, decisionNote: reason },
            auditData: { organisationId, reason },
          },
          tx,
        );
        await notify(
          tx,
          { organisationId },
          {
            kind: 'membership.refused',
            title: { zhCN: '入会申请未通过', en: 'Membership request refused' },
            body: {
              zhCN: `入会申请未通过，理由：${reason}`,
              en: `Your membership request was refused. Reason: ${reason}`,
            },
            link: '/membership',
          },
        );
        return tx.membershipRequest.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: pending.id } });
      });
    },
  }),
);

const EndMembershipInput = builder.inputType('EndMembershipInput', {
  fields: (t) => ({
    organisationId: t.globalID({ required: true }),
    endedOn: t.field({ type: 'Date', required: true }),
    reason: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(1, bilingual({ zhCN: '请填写终止理由', en: 'give the reason for ending the membership' }))
        .max(2000),
    }),
  }),
});

builder.mutationField('endMembership', (t) =>
  t.prismaField({
    type: 'Membership',
    description:
      "An administrator ends an organisation's active membership; it can no longer submit (Art. 2). History is kept.",
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'EndMembershipResult' },
      result: { name: 'EndMembershipSuccess' },
    },
    args: { input: t.arg({ type: EndMembershipInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = idOf(input.organisationId, 'Organisation', 'organisationId');
      return prisma().$transaction(async (tx) => {
        const active = await tx.membership.findUnique({ where: { organisationId, status: 'ACTIVE' } });
        if (!active) {
          throw new RuleViolationError('Art. 2', 'NOT_A_MEMBER', {
            zhCN: '第二条：该机构当前不是协会会员。',
            en: 'Art. 2: this organisation is not a member now.',
          });
        }
        if (input.endedOn < active.since.toISOString().slice(0, 10)) {
          throw new ValidationError([
            {
              path: ['input', 'endedOn'],
              message: bilingual({ zhCN: '终止日期不能早于入会日期', en: 'the membership cannot end before it began' }),
            },
          ]);
        }
        await runAction(
          ctx,
          membershipKind,
          {
            id: active.id,
            action: 'end',
            data: { endedOn: new Date(`${input.endedOn}T00:00:00Z`), endReason: input.reason.trim() },
            auditData: { organisationId, endedOn: input.endedOn, reason: input.reason.trim() },
          },
          tx,
        );
        await notify(
          tx,
          { organisationId },
          {
            kind: 'membership.ended',
            title: { zhCN: '会员资格已终止', en: 'Membership ended' },
            body: {
              zhCN: `会员资格于${formatChineseDate(input.endedOn)}终止，理由：${input.reason.trim()}`,
              en: `Membership ended on ${input.endedOn}. Reason: ${input.reason.trim()}`,
            },
            link: '/membership',
          },
        );
        return tx.membership.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: active.id } });
      });
    },
  }),
);
