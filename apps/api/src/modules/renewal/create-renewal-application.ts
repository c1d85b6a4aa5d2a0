import { canApplyForRenewal, formatChineseDate, renewedTitleBlocker } from '@sme/domain';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { formatIsoDate } from '../common/scalars.js';
import { RoundRef } from '../round/round.object.js';
import { renewedTitleOf } from '../title/renewed-title.js';

const yearOf = (date: string): number => Number(date.slice(0, 4));

// The declared facts a renewal starts from (the member reviews and saves them again).
const FACT_FIELDS = [
  'foundedOn',
  'organisationKind',
  'totalAssetsYuan',
  'satisfactionPercent',
  'smesServedLastYear',
  'smesServedYearBefore',
  'aggregatedInstitutions',
  'freeOrLowFeeSharePercent',
  'serviceStaff',
  'qualifiedStaff',
  'independentLegalPerson',
  'soundFinances',
  'fixedPremises',
  'managementRules',
  'smallMicroFeeConcessions',
  'developmentPlan',
  'principalIntegrity',
  'soundOperation',
  'reputation',
  'reasonableFees',
  'qualityAssurance',
  'soundManagementTeam',
  'organisesServiceResources',
] as const;

const CreateRenewalApplicationInput = builder.inputType('CreateRenewalApplicationInput', {
  fields: (t) => ({
    accreditationId: t.globalID({ required: true }),
    roundId: t.globalID({ required: true, for: RoundRef }),
  }),
});

builder.mutationField('createRenewalApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'Art. 11: a member starts the renewal of its title in a round of the calendar year the title expires — never for a revoked title. A draft prefilled with the facts and functions of the last application, isRenewal = true, renewsAccreditation set.',
    authScopes: { member: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'CreateRenewalApplicationResult' },
      result: { name: 'CreateRenewalApplicationSuccess' },
    },
    args: { input: t.arg({ type: CreateRenewalApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const organisationId = ctx.viewer?.organisationId ?? null;
        const title = await tx.accreditation.findUnique({
          where: { id: input.accreditationId.id },
          select: {
            id: true,
            organisationId: true,
            certificateNumber: true,
            functions: true,
            validUntil: true,
            applicationId: true,
            organisation: { select: { name: true } },
            revocation: { select: { status: true, effectiveOn: true } },
          },
        });
        if (!title || title.organisationId !== organisationId) throw new NotFoundError('Accreditation');
        const today = todayInShanghai();
        const validUntil = formatIsoDate(title.validUntil);
        // Art. 11: never a revoked title, nor one being revoked (a failed spot check opened its
        // revocation, Art. 13, or its revocation takes effect later): REVOKED_CANNOT_RENEW / REVOCATION_PENDING.
        const blocker = renewedTitleBlocker(renewedTitleOf(title), today);
        if (blocker) throw RuleViolationError.from(blocker);
        const window = canApplyForRenewal({ validUntil, revocation: null }, today);
        if (!window.ok) throw RuleViolationError.from(window.error);
        const round = await tx.round.findUnique({ where: { id: input.roundId.id } });
        if (!round)
          throw new ValidationError([
            { path: ['input', 'roundId'], message: bilingual({ zhCN: '申报批次不存在', en: 'no such round' }) },
          ]);
        if (round.year !== yearOf(validUntil)) {
          throw new RuleViolationError('Art. 11', 'OUTSIDE_RENEWAL_WINDOW', {
            zhCN: `第十一条：称号有效期至${formatChineseDate(validUntil)}，只能在${yearOf(validUntil)}年的批次中再次申报，${round.name}不在该年。`,
            en: `Art. 11: the title is valid until ${validUntil}; it is renewed in a round of ${yearOf(validUntil)}, and ${round.name} is not.`,
          });
        }
        if (formatIsoDate(round.submissionDeadline) < today) {
          throw new RuleViolationError('Art. 10', 'ROUND_CLOSED', {
            zhCN: `第十条：${round.name}已于${formatChineseDate(formatIsoDate(round.submissionDeadline))}截止申报。`,
            en: `Art. 10: ${round.name} closed for submissions on ${formatIsoDate(round.submissionDeadline)}.`,
          });
        }
        const renewing = await tx.application.findFirst({
          where: {
            renewsAccreditationId: title.id,
            status: { notIn: ['WITHDRAWN', 'FAILED', 'NOT_RECOMMENDED', 'REVIEW_FAILED'] },
          },
          select: { id: true },
        });
        if (renewing) {
          throw new RuleViolationError('software', 'ALREADY_RENEWING', {
            zhCN: '系统规则：该称号已有一份进行中的再次申报，请继续该申报。',
            en: 'A rule of this system: this title already has a renewal application in progress; continue that one.',
          });
        }

        // Facts and functions of the last application: the one that won the title, else the organisation's latest with saved facts.
        const last =
          (title.applicationId
            ? await tx.application.findUnique({ where: { id: title.applicationId }, include: { functions: true } })
            : null) ??
          (await tx.application.findFirst({
            where: { organisationId: title.organisationId, factsSavedAt: { not: null } },
            orderBy: { factsSavedAt: 'desc' },
            include: { functions: true },
          }));
        const facts = last ? Object.fromEntries(FACT_FIELDS.map((f) => [f, last[f]])) : {};
        const functions = last?.functions.length
          ? last.functions.map(({ id: _id, applicationId: _app, ...rest }) => rest)
          : title.functions.map((fn) => ({ function: fn }));

        const created = await tx.application
          .create({
            data: {
              roundId: round.id,
              organisationId: title.organisationId,
              createdById: ctx.viewer?.userId ?? null,
              isRenewal: true,
              renewsAccreditationId: title.id,
              ...facts,
              factsSavedAt: last ? new Date() : null,
              functions: { create: functions },
            },
          })
          .catch((error: unknown) => {
            throw isUniqueViolation(error)
              ? new RuleViolationError('software', 'ALREADY_APPLIED_IN_ROUND', {
                  zhCN: `系统规则：每个机构每个批次只能有一份有效申报，本机构在${round.name}已有申报。`,
                  en: `A rule of this system (not of the measures): one live application per organisation and round; your organisation already has one in ${round.name}.`,
                })
              : error;
          });
        const actor = actorOf(ctx);
        await recordTimeline(tx, {
          subjectType: 'Application',
          subjectId: created.id,
          action: 'createRenewal',
          status: 'DRAFT',
          actorId: actor.actorId,
          note: title.certificateNumber,
        });
        await recordAudit(tx, actor, {
          action: 'application.createRenewal',
          entityType: 'Application',
          entityId: created.id,
          data: { roundId: round.id, renewsAccreditationId: title.id, prefilledFrom: last?.id ?? null },
        });
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: created.id } });
      }),
  }),
);

builder.prismaObjectFields('Application', (t) => ({
  renewsAccreditation: t.relation('renewsAccreditation', {
    nullable: true,
    description: 'Art. 11: the title this application renews.',
  }),
  renewalPrefilledFrom: t.prismaField({
    type: 'Application',
    nullable: true,
    description:
      "A renewal's lineage (Art. 11): the organisation's earlier application whose facts and functions the renewal started from (the one that won the title, else its latest with saved facts), as recorded when the renewal was created; null for other applications.",
    select: { id: true, isRenewal: true },
    resolve: async (query, application) => {
      // Taken first: the prisma plugin (outside production) warns of a selection a resolver never
      // reads, and null for an application that is no renewal is an answer, not an oversight.
      const selection = { ...query };
      if (!application.isRenewal) return null;
      const created = await prisma().auditEvent.findFirst({
        where: { action: 'application.createRenewal', entityType: 'Application', entityId: application.id },
        select: { data: true },
      });
      const source = (created?.data as { prefilledFrom?: unknown } | null)?.prefilledFrom;
      return typeof source === 'string'
        ? prisma().application.findUnique({ ...selection, where: { id: source } })
        : null;
    },
  }),
}));
