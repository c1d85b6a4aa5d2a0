import { APPLICATION_STATUS_NAMES, EDITABLE_STATUSES, type ApplicationStatus } from '@sme/domain';
import type { Prisma } from '@sme/db';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { applicationPartiesOf, loadApplication } from '../../workflow/load-application.js';
import { OrganisationKindEnum } from '../organisation/organisation.object.js';
import { ApplicationRef } from './application.object.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import {
  DECIMAL_FIELDS,
  FACT_BOOLEAN_DESCRIPTIONS,
  FACT_BOOLEAN_FIELDS,
  FACT_NUMBER_FIELDS,
  FUNCTION_BOOLEAN_FIELDS,
  FUNCTION_NUMBER_FIELDS,
} from './application-facts.js';

const nonNegativeInt = z
  .number()
  .int()
  .min(0, bilingual({ zhCN: '不能为负数', en: 'must not be negative' }));
// Amounts are stored as DECIMAL(18, 2): anything near that is a typing slip, not an organisation's
// figure (10¹⁵ 元 is a thousand trillion).
const MAX_AMOUNT = 1e15;
const nonNegative = z
  .number()
  .min(0, bilingual({ zhCN: '不能为负数', en: 'must not be negative' }))
  .max(MAX_AMOUNT, bilingual({ zhCN: '数值过大，请核对单位（元）', en: 'is far too large; check the unit (yuan)' }));
const PERCENT_RANGE = bilingual({ zhCN: '百分比应在0至100之间', en: 'must be a percentage from 0 to 100' });
const percent = z.number().min(0, PERCENT_RANGE).max(100, PERCENT_RANGE);
const PERCENT_FIELDS = new Set(['satisfactionPercent', 'freeOrLowFeeSharePercent']);

export const ApplicationFunctionFactsInput = builder.inputType('ApplicationFunctionFactsInput', {
  description: 'Art. 6: the figures and attestations of one declared function (the same fields as FunctionFactsInput).',
  fields: (t) => ({
    function: t.field({ type: ServiceFunctionEnum, required: true }),
    ...Object.fromEntries(
      FUNCTION_NUMBER_FIELDS.map((f) => [
        f,
        DECIMAL_FIELDS.has(f) ? t.float({ validate: nonNegative }) : t.int({ validate: nonNegativeInt }),
      ]),
    ),
    ...Object.fromEntries(FUNCTION_BOOLEAN_FIELDS.map((f) => [f, t.boolean()])),
  }),
});

export const ApplicationFactsInput = builder.inputType('ApplicationFactsInput', {
  description:
    'Every field of EligibilityInput except submittedOn, each optional: a draft is saved as it is typed. An absent field keeps its saved value; null clears it. `functions`, when given, replaces the declared functions and their figures.',
  fields: (t) => ({
    foundedOn: t.field({ type: 'Date' }),
    organisationKind: t.field({ type: OrganisationKindEnum }),
    ...Object.fromEntries(
      FACT_NUMBER_FIELDS.map((f) => [
        f,
        DECIMAL_FIELDS.has(f)
          ? t.float({ validate: PERCENT_FIELDS.has(f) ? percent : nonNegative })
          : t.int({ validate: nonNegativeInt }),
      ]),
    ),
    ...Object.fromEntries(
      FACT_BOOLEAN_FIELDS.map((f) => [f, t.boolean({ description: FACT_BOOLEAN_DESCRIPTIONS[f] })]),
    ),
    functions: t.field({ type: [ApplicationFunctionFactsInput] }),
  }),
});

const SaveApplicationFactsInput = builder.inputType('SaveApplicationFactsInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int({ description: 'The version read; a stale one returns ConflictError and nothing changes.' }),
    facts: t.field({ type: ApplicationFactsInput, required: true }),
  }),
});

// The status as its readers know it (已提交, not SUBMITTED).
const statusName = (status: string) =>
  APPLICATION_STATUS_NAMES[status as ApplicationStatus] ?? { zhCN: status, en: status };

export const notEditable = (what: 'facts' | 'materials', status: string) =>
  new RuleViolationError('software', 'NOT_EDITABLE', {
    zhCN: `系统规则：申报状态为“${statusName(status).zhCN}”，${what === 'facts' ? '申报信息' : '申报材料'}现在不能修改（仅草稿、退回修改${what === 'materials' ? '或待补充材料' : ''}时可修改）。`,
    en: `A rule of this system: the application is ${statusName(status).en.toLowerCase()}; its ${what} cannot be changed now (only while a draft, returned for changes${what === 'materials' ? ' or answering a request for more information' : ''}).`,
  });

type FactsInput = Record<string, unknown> & { functions?: (Record<string, unknown> & { function: string })[] | null };

function columnsOf(
  input: Record<string, unknown>,
  fields: readonly string[],
  booleanFields: readonly string[],
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of [...fields, ...booleanFields]) {
    if (input[f] === undefined) continue;
    data[f] = input[f] === null ? null : DECIMAL_FIELDS.has(f) ? String(input[f]) : input[f];
  }
  return data;
}

builder.mutationField('saveApplicationFacts', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'The applicant saves the declared facts of Arts. 5 and 6 (partial while drafting). Only a draft or an application returned for changes; a stale version returns ConflictError.',
    authScopes: { member: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'SaveApplicationFactsResult' },
      result: { name: 'SaveApplicationFactsSuccess' },
    },
    args: { input: t.arg({ type: SaveApplicationFactsInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const facts = input.facts as FactsInput;
      if (facts.functions !== undefined) {
        const fns = facts.functions ?? [];
        if (fns.length === 0)
          throw new ValidationError([
            {
              path: ['input', 'facts', 'functions'],
              message: bilingual({
                zhCN: '至少选择一项服务功能（第六条）',
                en: 'choose at least one service function (Art. 6)',
              }),
            },
          ]);
        if (new Set(fns.map((f) => f.function)).size !== fns.length) {
          throw new ValidationError([
            {
              path: ['input', 'facts', 'functions'],
              message: bilingual({ zhCN: '服务功能不能重复', en: 'each service function once' }),
            },
          ]);
        }
      }
      if (
        typeof facts.serviceStaff === 'number' &&
        typeof facts.qualifiedStaff === 'number' &&
        facts.qualifiedStaff > facts.serviceStaff
      ) {
        throw new ValidationError([
          {
            path: ['input', 'facts', 'qualifiedStaff'],
            message: bilingual({ zhCN: '符合条件的人员不能多于服务人员', en: 'cannot exceed the service staff' }),
          },
        ]);
      }
      return prisma().$transaction(async (tx) => {
        const app = await loadApplication(tx, input.applicationId.id);
        if (!app || !applicationPartiesOf(ctx.viewer, app).includes('APPLICANT'))
          throw new NotFoundError('Application');
        if (input.version != null && input.version !== app.version)
          throw new StaleVersionError(input.version, app.version);
        if (!EDITABLE_STATUSES.facts.includes(app.status as ApplicationStatus)) throw notEditable('facts', app.status);

        const data: Prisma.ApplicationUpdateManyMutationInput = {
          ...columnsOf(facts, FACT_NUMBER_FIELDS, FACT_BOOLEAN_FIELDS),
          factsSavedAt: new Date(),
          version: { increment: 1 },
        };
        if (facts.foundedOn !== undefined)
          data.foundedOn = facts.foundedOn === null ? null : new Date(`${facts.foundedOn as string}T00:00:00Z`);
        if (facts.organisationKind !== undefined) data.organisationKind = facts.organisationKind as never;
        const updated = await tx.application.updateMany({ where: { id: app.id, version: app.version }, data });
        if (updated.count !== 1) {
          const now = await tx.application.findUnique({ where: { id: app.id }, select: { version: true } });
          throw new StaleVersionError(app.version, now?.version ?? app.version + 1);
        }
        if (facts.functions) {
          const declared = facts.functions.map((f) => f.function);
          await tx.applicationFunction.deleteMany({
            where: { applicationId: app.id, function: { notIn: declared as never } },
          });
          for (const fn of facts.functions) {
            const columns = columnsOf(fn, FUNCTION_NUMBER_FIELDS, FUNCTION_BOOLEAN_FIELDS);
            await tx.applicationFunction.upsert({
              where: { applicationId_function: { applicationId: app.id, function: fn.function as never } },
              create: { applicationId: app.id, function: fn.function as never, ...columns },
              update: columns,
            });
          }
        }
        await recordAudit(tx, actorOf(ctx), {
          action: 'application.saveFacts',
          entityType: 'Application',
          entityId: app.id,
          data: { version: app.version + 1, fields: Object.keys(facts).filter((k) => facts[k] !== undefined) },
        });
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: app.id } });
      });
    },
  }),
);
