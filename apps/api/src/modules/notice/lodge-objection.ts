import { randomInt } from 'node:crypto';
import { CREDIT_CODE_ALPHABET } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { isUniqueViolation } from '../../graphql/prisma-errors.js';
import { notify } from '../../workflow/notify.js';
import { ApplicationRef } from '../application/application.object.js';
import { ObjectionReceiptRef, PublicNoticeRef, type ObjectionReceipt } from './notice.object.js';
import { noticeNotRunning } from './notice-facts.js';
import {
  claimAttachments,
  MAX_ATTACHMENTS_PER_OBJECTION,
  OBJECTIONS_PER_ADDRESS_PER_HOUR,
} from './objection-attachments.js';

export { OBJECTIONS_PER_ADDRESS_PER_HOUR };

// Names that are not a person's or organisation's name: Art. 8 objections are heard from
// identifiable objectors (实名), so the association can contact them about the outcome.
// From a string, not a regex literal: see HEADER_NOISE in title-import/import-file.ts.
const ANONYMOUS = new RegExp('^(匿名|无名|不详|无|某某|某人|未知|anonymous|anon|n/?a|none|unknown|test|xxx+)$', 'i');

const LodgeObjectionInput = builder.inputType('LodgeObjectionInput', {
  fields: (t) => ({
    noticeId: t.globalID({ required: true, for: PublicNoticeRef }),
    applicationId: t.globalID({ required: true, for: ApplicationRef }),
    name: t.string({
      required: true,
      description: "The objector's real name (person or organisation).",
      validate: z
        .string()
        .trim()
        .min(2, bilingual({ zhCN: '请填写真实姓名或单位名称', en: 'give your real name or your organisation’s name' }))
        .max(100)
        .refine(
          (v) => !ANONYMOUS.test(v.trim()),
          bilingual({
            zhCN: '异议须实名提出，请填写真实姓名或单位名称',
            en: 'objections are lodged under a real name: give yours or your organisation’s',
          }),
        ),
    }),
    contact: t.string({
      required: true,
      description: 'A telephone number or e-mail address at which the association can reach the objector.',
      validate: z
        .string()
        .trim()
        .min(5, bilingual({ zhCN: '请填写联系电话或电子邮箱', en: 'give a phone number or e-mail address' }))
        .max(100)
        .refine(
          (v) => /@/.test(v) || (v.match(/\d/g)?.length ?? 0) >= 7,
          bilingual({ zhCN: '请填写有效的联系电话或电子邮箱', en: 'give a valid phone number or e-mail address' }),
        ),
    }),
    grounds: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(
          10,
          bilingual({
            zhCN: '请写明异议的事实和理由（至少10个字）',
            en: 'state the facts and grounds, at least 10 characters',
          }),
        )
        .max(5000),
    }),
    attachmentTokens: t.stringList({
      required: false,
      description:
        'Optional attachments: the tokens that POST /api/objection-attachments answered with, at most five. An unknown, used or lapsed token refuses the objection (ATTACHMENT_EXPIRED).',
      validate: z.array(z.string().max(200)).max(
        MAX_ATTACHMENTS_PER_OBJECTION,
        bilingual({
          zhCN: `每项异议最多附${MAX_ATTACHMENTS_PER_OBJECTION}个附件`,
          en: `at most ${MAX_ATTACHMENTS_PER_OBJECTION} attachments`,
        }),
      ),
    }),
  }),
});

builder.mutationField('lodgeObjection', (t) =>
  t.field({
    type: ObjectionReceiptRef,
    description:
      'Art. 8: anyone may object to an entry of a public notice while it runs, under their real name. Public (no sign-in); limited per address. Returns the receipt whose number looks up the outcome.',
    skipTypeScopes: true,
    authScopes: { public: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'LodgeObjectionResult' },
      result: { name: 'LodgeObjectionSuccess' },
    },
    args: { input: t.arg({ type: LodgeObjectionInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      prisma().$transaction(async (tx): Promise<ObjectionReceipt> => {
        const entry = await tx.publicNoticeEntry.findUnique({
          where: { noticeId_applicationId: { noticeId: input.noticeId.id, applicationId: input.applicationId.id } },
          select: {
            id: true,
            notice: {
              select: { id: true, title: true, status: true, publishedOn: true, startsOn: true, endsOn: true },
            },
            application: { select: { organisation: { select: { name: true } } } },
          },
        });
        if (!entry || entry.notice.status === 'DRAFT') throw new NotFoundError('PublicNotice');
        const closed = noticeNotRunning(entry.notice, todayInShanghai());
        if (closed) throw RuleViolationError.from(closed);

        await refuseFloods(tx, ctx.ip);
        const objection = await createWithReceipt(tx, {
          entryId: entry.id,
          lodgedByName: input.name.trim(),
          contact: input.contact.trim(),
          grounds: input.grounds.trim(),
          lodgedFromIp: ctx.ip,
        });
        const attachmentIds = await claimAttachments(tx, objection.id, input.attachmentTokens ?? []);
        // The audit trail records that an objection came in, not who lodged it (personal data
        // stays on the objection, readable by administrators only).
        await recordAudit(tx, actorOf(ctx), {
          action: 'objection.lodge',
          entityType: 'Objection',
          entityId: objection.id,
          data: { noticeId: entry.notice.id, entryId: entry.id, receiptNumber: objection.receiptNumber, attachmentIds },
        });
        const organisationName = entry.application.organisation.name;
        await notify(
          tx,
          { admins: true },
          {
            kind: 'objection.lodged',
            title: {
              zhCN: `收到对${organisationName}的公示异议`,
              en: `An objection to ${organisationName} was lodged`,
            },
            body: {
              zhCN: `“${entry.notice.title}”中${organisationName}收到一项异议（回执号 ${objection.receiptNumber}），请核实处理。`,
              en: `An objection (receipt ${objection.receiptNumber}) to ${organisationName} in “${entry.notice.title}” awaits a decision.`,
            },
            link: '/admin/objections',
          },
        );
        return {
          receiptNumber: objection.receiptNumber,
          status: objection.status,
          lodgedAt: objection.lodgedAt,
          decidedAt: null,
          decisionNote: null,
          organisationName,
          noticeTitle: entry.notice.title,
          attachmentCount: attachmentIds.length,
        };
      }),
  }),
);

// The count lives in the database, so every API process behind the load balancer sees the
// same one; the advisory lock makes concurrent requests from one address take turns, so they
// cannot all pass the check before any of them is written.
async function refuseFloods(tx: Tx, ip: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`objection:${ip}`}))`;
  const recent = await tx.objection.count({
    where: { lodgedFromIp: ip, lodgedAt: { gt: new Date(Date.now() - 3_600_000) } },
  });
  if (recent >= OBJECTIONS_PER_ADDRESS_PER_HOUR) {
    throw new RuleViolationError('software', 'TOO_MANY_OBJECTIONS', {
      zhCN: `系统规则：同一网络地址每小时最多提交${OBJECTIONS_PER_ADDRESS_PER_HOUR}项异议，请稍后再试或直接联系协会。`,
      en: `A rule of this system: at most ${OBJECTIONS_PER_ADDRESS_PER_HOUR} objections an hour from one address. Try again later or contact the association directly.`,
    });
  }
}

type NewObjection = { entryId: string; lodgedByName: string; contact: string; grounds: string; lodgedFromIp: string };

/** YY-20261126-7K3QX9PA: the date, then eight characters that cannot be guessed or misread. */
function receiptNumber(): string {
  const date = todayInShanghai().replaceAll('-', '');
  let random = '';
  for (let i = 0; i < 8; i++) random += CREDIT_CODE_ALPHABET[randomInt(CREDIT_CODE_ALPHABET.length)];
  return `YY-${date}-${random}`;
}

async function createWithReceipt(tx: Tx, data: NewObjection) {
  for (let attempt = 0; ; attempt++) {
    const number = receiptNumber();
    // 31⁸ ≈ 8.5 × 10¹¹ numbers a day: a clash is all but impossible, but checked, not assumed.
    if (await tx.objection.findUnique({ where: { receiptNumber: number }, select: { id: true } })) {
      if (attempt > 5) throw new Error('could not draw a free receipt number');
      continue;
    }
    return tx.objection.create({ data: { ...data, receiptNumber: number } }).catch((error: unknown) => {
      throw isUniqueViolation(error) ? new Error('receipt number taken concurrently; retry') : error;
    });
  }
}
