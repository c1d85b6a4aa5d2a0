import {
  checkBackdatedNoticeEvidence,
  checkNoticeCalendarConfirmed,
  compareIsoDates,
  formatChineseDate,
  noticePeriod,
} from '@sme/domain';
import { z } from 'zod';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import {
  bilingual,
  NotFoundError,
  RuleViolationError,
  StaleVersionError,
  ValidationError,
} from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { noticeKind } from '../../workflow/notice-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { ApplicationRef } from '../application/application.object.js';
import { loadWorkingDayCalendar } from '../calendar/load-calendar.js';
import { RoundRef } from '../round/round.object.js';

/** An absolute http(s) address with a host: where a notice can be read on the association's website. */
function isWebAddress(text: string): boolean {
  if (/\s/.test(text)) return false;
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const evidenceUrl = z
  .string()
  .trim()
  .max(
    2000,
    bilingual({ zhCN: '网址过长（最多2000个字符）', en: 'the address is too long (at most 2,000 characters)' }),
  )
  .refine(
    (v) => v === '' || isWebAddress(v),
    bilingual({
      zhCN: '请填写以 http:// 或 https:// 开头的完整网址',
      en: 'give a full web address starting with http:// or https://',
    }),
  );

const PublishNoticeInput = builder.inputType('PublishNoticeInput', {
  fields: (t) => ({
    roundId: t.globalID({ required: true, for: RoundRef }),
    applicationIds: t.globalIDList({
      required: true,
      for: ApplicationRef,
      validate: z
        .array(z.unknown())
        .min(
          1,
          bilingual({ zhCN: '至少选择一份评审通过的申报', en: 'choose at least one application that passed review' }),
        )
        .max(500),
    }),
    publishedOn: t.field({
      type: 'Date',
      required: true,
      description:
        'Today or an earlier date (a notice already posted on the association’s website); never a future date.',
    }),
    title: t.string({
      required: true,
      validate: z
        .string()
        .trim()
        .min(2, bilingual({ zhCN: '请填写公示标题', en: 'the notice needs a title' }))
        .max(200),
    }),
    body: t.string({ validate: z.string().trim().max(5000) }),
    evidenceUrl: t.string({
      description:
        "Where the notice was published on the association's website (Art. 8). Required when publishedOn is before today (BACKDATE_EVIDENCE_REQUIRED): the five working days have then run, wholly or partly, before the notice was recorded.",
      validate: evidenceUrl,
    }),
  }),
});

builder.mutationField('publishNotice', (t) =>
  t.prismaField({
    type: 'PublicNotice',
    description:
      'Art. 8: publishes a public notice of applications that passed review (REVIEW_PASSED → IN_PUBLIC_NOTICE). Its period runs five working days from the publication date on the working-day calendar; refused when those days fall in a year whose official schedule is unconfirmed (CALENDAR_UNCONFIRMED), and a notice dated before today needs evidenceUrl (BACKDATE_EVIDENCE_REQUIRED).',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'PublishNoticeResult' },
      result: { name: 'PublishNoticeSuccess' },
    },
    args: { input: t.arg({ type: PublishNoticeInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const applicationIds = input.applicationIds.map((g) => g.id);
      if (new Set(applicationIds).size !== applicationIds.length) {
        throw new ValidationError([
          {
            path: ['input', 'applicationIds'],
            message: bilingual({ zhCN: '同一申报只能列入一次', en: 'list each application once' }),
          },
        ]);
      }
      const today = todayInShanghai();
      if (compareIsoDates(input.publishedOn, today) > 0) {
        throw new RuleViolationError('Art. 8', 'PUBLICATION_DATE_IN_FUTURE', {
          zhCN: `第八条：公示日期${formatChineseDate(input.publishedOn)}晚于今天（${formatChineseDate(today)}）。只能登记今天或已在协会网站发布的公示。`,
          en: `Art. 8: the publication date ${input.publishedOn} is after today (${today}); record a notice published today or already posted on the association's website.`,
        });
      }
      const evidence = input.evidenceUrl?.trim() || null;
      const backdated = checkBackdatedNoticeEvidence(input.publishedOn, today, evidence);
      if (!backdated.ok)
        throw new RuleViolationError(backdated.error.article, backdated.error.code, backdated.error.message);
      const title = input.title.trim();

      return prisma().$transaction(async (tx) => {
        const round = await tx.round.findUnique({ where: { id: input.roundId.id }, select: { id: true, name: true } });
        if (!round) throw new NotFoundError('Round');
        const apps = await tx.application.findMany({
          where: { id: { in: applicationIds } },
          select: { id: true, roundId: true },
        });
        if (apps.length !== applicationIds.length) throw new NotFoundError('Application');
        if (apps.some((a) => a.roundId !== round.id)) {
          throw new RuleViolationError('software', 'APPLICATION_NOT_IN_ROUND', {
            zhCN: `系统规则：一份公示只列入同一批次（${round.name}）的申报。`,
            en: `A rule of this system: a notice lists applications of one round (${round.name}) only.`,
          });
        }

        // Art. 8: the five working days are counted only on days whose official schedule is known.
        const calendar = await loadWorkingDayCalendar(tx);
        const period = noticePeriod(input.publishedOn, calendar);
        const known = checkNoticeCalendarConfirmed(period, calendar);
        if (!known.ok) throw new RuleViolationError(known.error.article, known.error.code, known.error.message);
        const notice = await tx.publicNotice.create({
          data: {
            roundId: round.id,
            title,
            body: input.body?.trim() || null,
            evidenceUrl: evidence,
            publishedOn: new Date(`${period.publishedOn}T00:00:00Z`),
            startsOn: new Date(`${period.startsOn}T00:00:00Z`),
            endsOn: new Date(`${period.endsOn}T00:00:00Z`),
            status: 'DRAFT',
            createdById: ctx.viewer?.userId ?? '',
            entries: { create: applicationIds.map((applicationId) => ({ applicationId })) },
          },
        });

        // Created as a draft and published through the notice's table, so the publication is
        // one status change like any other (the audit record notice.publish).
        await runAction(
          ctx,
          noticeKind,
          {
            id: notice.id,
            action: 'publish',
            auditData: {
              roundId: round.id,
              applicationIds,
              publishedOn: period.publishedOn,
              startsOn: period.startsOn,
              endsOn: period.endsOn,
              title,
              evidenceUrl: evidence,
            },
          },
          tx,
        );

        const from = formatChineseDate(period.startsOn);
        const to = formatChineseDate(period.endsOn);
        for (const applicationId of applicationIds) {
          await runApplicationAction(
            ctx,
            {
              applicationId,
              action: 'publishNotice',
              note: `${title}（公示期${from}至${to}）`,
              noteEn: `${title} (notice period ${period.startsOn} to ${period.endsOn})`,
              auditData: { noticeId: notice.id },
              notices: (app) => [
                {
                  to: { organisationId: app.organisationId },
                  notice: {
                    kind: 'application.publishNotice',
                    title: { zhCN: '申报结果已公示', en: 'Your result is under public notice' },
                    body: {
                      zhCN: `${app.organisationName}已列入“${title}”，公示期为${from}至${to}（第八条）。`,
                      en: `${app.organisationName} is listed in the public notice “${title}”, running from ${period.startsOn} to ${period.endsOn} (Art. 8).`,
                    },
                    link: '/public/notices',
                  },
                },
              ],
            },
            tx,
          );
        }

        return tx.publicNotice.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: notice.id } });
      });
    },
  }),
);
