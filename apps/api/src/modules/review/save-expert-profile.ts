import { decodeGlobalID } from '@pothos/plugin-relay';
import { SERVICE_FUNCTIONS } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';

const SaveExpertProfileInput = builder.inputType('SaveExpertProfileInput', {
  fields: (t) => ({
    email: t.string({
      required: true,
      description: 'The expert’s account; it gains the REVIEWER role.',
      validate: z
        .string()
        .trim()
        .email(bilingual({ zhCN: '邮箱格式不正确', en: 'not a valid e-mail address' })),
    }),
    functions: t.field({
      type: [ServiceFunctionEnum],
      required: true,
      validate: z
        .array(z.enum(SERVICE_FUNCTIONS))
        .min(1, bilingual({ zhCN: '至少选择一项专业领域', en: 'choose at least one service function' })),
    }),
    provinceCode: t.string({
      validate: z
        .string()
        .regex(
          /^\d{6}$/,
          bilingual({ zhCN: '省级行政区划代码为6位数字', en: 'the province code is six digits (GB/T 2260)' }),
        )
        .nullish(),
    }),
    affiliations: t.stringList({ description: 'Organisations the expert is affiliated with (names or credit codes).' }),
    unitId: t.id({ description: 'The association unit the expert works for, if any.' }),
    active: t.boolean(),
    note: t.string({ validate: z.string().max(2000).nullish() }),
  }),
});

builder.mutationField('saveExpertProfile', (t) =>
  t.prismaField({
    type: 'ExpertProfile',
    description:
      'An administrator adds an expert to the pool (专家库) or changes one: expertise, region, affiliations, unit, active.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'SaveExpertProfileResult' },
      result: { name: 'SaveExpertProfileSuccess' },
    },
    args: { input: t.arg({ type: SaveExpertProfileInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { email: input.email.trim().toLowerCase() } });
        if (!user || !user.active) throw new NotFoundError('User');
        if (user.roles.includes('MEMBER')) {
          throw new RuleViolationError('software', 'MEMBER_CANNOT_REVIEW', {
            zhCN: '系统规则：会员单位账号不能加入专家库。',
            en: 'A rule of this system: a member organisation’s account cannot join the expert pool.',
          });
        }
        let unitId: string | null = null;
        if (input.unitId) {
          const raw = String(input.unitId);
          let id = raw;
          try {
            id = decodeGlobalID(raw).id;
          } catch {
            // a raw id
          }
          const unit = await tx.unit.findUnique({ where: { id } });
          if (!unit) throw new NotFoundError('Unit');
          unitId = unit.id;
        }
        const data = {
          functions: input.functions,
          provinceCode: input.provinceCode ?? null,
          affiliations: (input.affiliations ?? []).map((a) => a.trim()).filter((a) => a.length > 0),
          unitId,
          active: input.active ?? true,
          note: input.note ?? null,
        };
        const profile = await tx.expertProfile.upsert({
          where: { userId: user.id },
          create: { userId: user.id, ...data },
          update: data,
        });
        if (!user.roles.includes('REVIEWER'))
          await tx.user.update({ where: { id: user.id }, data: { roles: { push: 'REVIEWER' } } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'expert.save',
          entityType: 'ExpertProfile',
          entityId: profile.id,
          data: { email: user.email, ...data },
        });
        return tx.expertProfile.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: profile.id } });
      }),
  }),
);
