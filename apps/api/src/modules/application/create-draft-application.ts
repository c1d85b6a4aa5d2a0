import { formatChineseDate } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { formatIsoDate } from '../common/scalars.js';
import { RoundRef } from '../round/round.object.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { heldTitleBlocker } from './title-gate.js';

const CreateDraftApplicationInput = builder.inputType('CreateDraftApplicationInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RoundRef }),
    functions: t.field({
      type: [ServiceFunctionEnum],
      required: true,
      validate: z
        .array(z.string())
        .min(
          1,
          bilingual({ zhCN: '至少选择一项服务功能（第六条）', en: 'choose at least one service function (Art. 6)' }),
        )
        .refine(
          (fs) => new Set(fs).size === fs.length,
          bilingual({ zhCN: '服务功能不能重复', en: 'each service function once' }),
        ),
    }),
  }),
});

builder.mutationField('createDraftApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'A member starts an application for a round. Drafts can be written any time before the round closes. Refused with HOLDS_VALID_TITLE (Art. 11) while the organisation holds a valid title: it renews (createRenewalApplication) in the year the title expires.',
    authScopes: { member: true },
    errors: {
      types: [ValidationError, RuleViolationError],
      union: { name: 'CreateDraftApplicationResult' },
      result: { name: 'CreateDraftApplicationSuccess' },
    },
    args: { input: t.arg({ type: CreateDraftApplicationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const organisationId = ctx.viewer?.organisationId;
      if (!organisationId) {
        throw new RuleViolationError('Art. 2', 'NO_ORGANISATION', {
          zhCN: '第二条：该账号未关联申报机构。',
          en: 'Art. 2: this account belongs to no organisation.',
        });
      }
      return prisma().$transaction(async (tx) => {
        const round = await tx.round.findUnique({ where: { id: input.roundId.id } });
        if (!round)
          throw new ValidationError([
            { path: ['input', 'roundId'], message: bilingual({ zhCN: '申报批次不存在', en: 'no such round' }) },
          ]);
        const today = todayInShanghai();
        if (formatIsoDate(round.submissionDeadline) < today) {
          throw new RuleViolationError('Art. 10', 'ROUND_CLOSED', {
            zhCN: `第十条：${round.name}已于${formatChineseDate(formatIsoDate(round.submissionDeadline))}截止申报。`,
            en: `Art. 10: ${round.name} closed for submissions on ${formatIsoDate(round.submissionDeadline)}.`,
          });
        }
        // Art. 11: a holder of a valid title files no new application; it renews in the expiry year.
        const held = await heldTitleBlocker(tx, organisationId, today, round.year);
        if (held) throw RuleViolationError.from(held);
        const alreadyApplied = () =>
          new RuleViolationError('software', 'ALREADY_APPLIED_IN_ROUND', {
            zhCN: `系统规则：每个机构每个批次只能有一份有效申报，本机构在${round.name}已有申报，请继续编辑该申报。`,
            en: `A rule of this system (not of the measures): one live application per organisation and round. Your organisation already has one in ${round.name}; continue that one.`,
          });
        const existing = await tx.application.findFirst({
          where: { organisationId, roundId: round.id, status: { not: 'WITHDRAWN' } },
          select: { id: true },
        });
        if (existing) throw alreadyApplied();
        // The partial unique index settles a race between two concurrent requests.
        const created = await tx.application
          .create({
            data: {
              roundId: round.id,
              organisationId,
              createdById: ctx.viewer?.userId ?? null,
              functions: { create: input.functions.map((fn) => ({ function: fn })) },
            },
          })
          .catch((error: unknown) => {
            throw isUniqueViolation(error) ? alreadyApplied() : error;
          });
        await recordAudit(tx, actorOf(ctx), {
          action: 'application.createDraft',
          entityType: 'Application',
          entityId: created.id,
          data: { roundId: round.id, functions: input.functions },
        });
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      });
    },
  }),
);
