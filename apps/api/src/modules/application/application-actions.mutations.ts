import { decodeGlobalID } from '@pothos/plugin-relay';
import { EDITABLE_STATUSES, type ApplicationStatus, type EligibilityResult } from '@sme/domain';
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
  type LocalisedText,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { applicationPartiesOf, loadApplication } from '../../workflow/load-application.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from './application.object.js';
import { submissionFacts } from './submission-facts.js';

const errorTypes = [ValidationError, RuleViolationError, NotFoundError, StaleVersionError];
const reason = (what: LocalisedText) =>
  z
    .string()
    .trim()
    .min(1, bilingual({ zhCN: `请填写${what.zhCN}`, en: what.en }))
    .max(4000);

// ── submit (Art. 7): DRAFT → SUBMITTED ──
const SubmitApplicationInput = builder.inputType('SubmitApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    declarationAccepted: t.boolean({
      required: true,
      description: 'Art. 7(8): the applicant declares the materials authentic.',
    }),
  }),
});

builder.mutationField('submitApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'DRAFT → SUBMITTED. Refused with ROUND_CLOSED (Art. 10), NOT_A_MEMBER (Art. 2), Art. 11 (a renewal of a title revoked or being revoked: REVOKED_CANNOT_RENEW, REVOCATION_PENDING; an ordinary application while holding a valid title: HOLDS_VALID_TITLE), MISSING_MATERIALS (Art. 7), NOT_ELIGIBLE (Art. 5 or 6), DECLARATION_REQUIRED (Art. 7). Facts and eligibility are frozen.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'SubmitApplicationResult' },
      result: { name: 'SubmitApplicationSuccess' },
    },
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        let eligibility: EligibilityResult | undefined;
        const now = new Date();
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'submit',
            expectedVersion: input.version,
            gateFacts: async (t2, app) => {
              const gathered = await submissionFacts(t2, app, input.declarationAccepted);
              eligibility = gathered.eligibility;
              return gathered.facts;
            },
            data: () => ({ submittedAt: now, declarationAcceptedAt: now, eligibilitySnapshot: eligibility as never }),
            auditData: { declarationAccepted: true },
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);

// ── resubmit (Art. 2): RETURNED → SUBMITTED ──
const ResubmitApplicationInput = builder.inputType('ResubmitApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    note: t.string({ validate: z.string().max(4000) }),
  }),
});

builder.mutationField('resubmitApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'RETURNED → SUBMITTED, back to the recommending unit. The same conditions as submitting (Art. 11 included), except the deadline (it was in time when first sent).',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'ResubmitApplicationResult' },
      result: { name: 'ResubmitApplicationSuccess' },
    },
    args: { input: t.arg({ type: ResubmitApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        let eligibility: EligibilityResult | undefined;
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'resubmit',
            expectedVersion: input.version,
            note: input.note?.trim() || null,
            gateFacts: async (t2, app) => {
              const gathered = await submissionFacts(t2, app, true);
              eligibility = gathered.eligibility;
              return gathered.facts;
            },
            data: () => ({ submittedAt: new Date(), eligibilitySnapshot: eligibility as never }),
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);

// ── provideMoreInfo (Art. 8): MORE_INFO_REQUESTED → UNDER_REVIEW ──
const RespondToInfoRequestInput = builder.inputType('RespondToInfoRequestInput', {
  fields: (t) => ({
    infoRequestId: t.id({ required: true }),
    response: t.string({ required: true, validate: reason({ zhCN: '答复内容', en: 'a response is required' }) }),
  }),
});

function infoRequestIdOf(value: string): string {
  try {
    const decoded = decodeGlobalID(value);
    if (decoded.typename === 'InfoRequest') return decoded.id;
  } catch {
    // a raw id
  }
  return value;
}

builder.mutationField('respondToInfoRequest', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'The applicant answers the open request for more information (new material versions are uploaded beforehand); the application returns to review.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'RespondToInfoRequestResult' },
      result: { name: 'RespondToInfoRequestSuccess' },
    },
    args: { input: t.arg({ type: RespondToInfoRequestInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const request = await tx.infoRequest.findUnique({
          where: { id: infoRequestIdOf(String(input.infoRequestId)) },
        });
        const app = request ? await loadApplication(tx, request.applicationId) : null;
        if (!request || !app || !applicationPartiesOf(ctx.viewer, app).includes('APPLICANT'))
          throw new NotFoundError('InfoRequest');
        if (request.respondedAt) {
          throw new RuleViolationError('software', 'ALREADY_ANSWERED', {
            zhCN: '该补充材料要求已答复。',
            en: 'This request has already been answered.',
          });
        }
        const response = input.response.trim();
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: app.id,
            action: 'provideMoreInfo',
            note: response,
            apply: async (t2) => {
              await t2.infoRequest.update({
                where: { id: request.id },
                data: { response, respondedAt: new Date(), respondedById: ctx.viewer?.userId ?? null },
              });
            },
            auditData: { infoRequestId: request.id },
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);

// ── withdraw (Art. 3): → WITHDRAWN ──
const WithdrawApplicationInput = builder.inputType('WithdrawApplicationInput', {
  fields: (t) => ({
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    version: t.int(),
    reason: t.string({
      required: true,
      validate: reason({ zhCN: '撤回理由', en: 'the reason for withdrawing is required' }),
    }),
  }),
});

builder.mutationField('withdrawApplication', (t) =>
  t.prismaField({
    type: 'Application',
    description:
      'The applicant withdraws its application, with a reason, before any review decision. A draft is deleted instead.',
    authScopes: { member: true },
    errors: {
      types: errorTypes,
      union: { name: 'WithdrawApplicationResult' },
      result: { name: 'WithdrawApplicationSuccess' },
    },
    args: { input: t.arg({ type: WithdrawApplicationInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const done = await runApplicationAction(
          ctx,
          {
            applicationId: input.applicationId.id,
            action: 'withdraw',
            expectedVersion: input.version,
            note: input.reason.trim(),
            data: () => ({ withdrawnAt: new Date() }),
          },
          tx,
        );
        return tx.application.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: done.id } });
      }),
  }),
);

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
