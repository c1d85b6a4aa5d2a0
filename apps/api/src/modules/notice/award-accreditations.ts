import { formatChineseDate, renewalValidity, renewedTitleBlocker, validityOf, type ServiceFunction } from '@sme/domain';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { prisma, type Tx } from '../../db.js';
import { NotFoundError, RuleViolationError, StaleVersionError, ValidationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { noticeKind } from '../../workflow/notice-subject.js';
import { runAction } from '../../workflow/run-action.js';
import { runApplicationAction } from '../../workflow/run-application-action.js';
import { recordTimeline } from '../../workflow/timeline.js';
import { nextCertificateNumber } from '../certificate/certificate-number.js';
import { formatIsoDate } from '../common/scalars.js';
import { renewedTitleOf, renewedTitleSelect } from '../title/renewed-title.js';
import { PublicNoticeRef } from './notice.object.js';
import { awardActionFor, awardBlocker, awardedFunctions, entryGateFacts, objectionCountsOf } from './notice-facts.js';

const AwardAccreditationsInput = builder.inputType('AwardAccreditationsInput', {
  fields: (t) => ({ noticeId: t.globalID({ required: true, for: PublicNoticeRef }) }),
});

builder.mutationField('awardAccreditations', (t) =>
  t.prismaField({
    type: ['Accreditation'],
    description:
      'Arts. 8, 9 and 11: once the notice period is over and no objection is pending, every entry in one action: an upheld objection fails its entry (FAILED), and so does a renewal whose title was revoked or is being revoked (Art. 11, noted on its timeline); every other entry is ACCREDITED with a certificate number, three years of validity and the functions that met Art. 6. All or nothing. Success data: the new titles.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError, StaleVersionError],
      union: { name: 'AwardAccreditationsResult' },
      result: { name: 'AwardAccreditationsSuccess' },
    },
    args: { input: t.arg({ type: AwardAccreditationsInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const notice = await tx.publicNotice.findUnique({
          where: { id: input.noticeId.id },
          select: {
            id: true,
            title: true,
            status: true,
            publishedOn: true,
            startsOn: true,
            endsOn: true,
            entries: {
              select: {
                id: true,
                applicationId: true,
                application: {
                  select: { status: true, isRenewal: true, renewsAccreditation: { select: renewedTitleSelect } },
                },
                objections: { select: { status: true } },
              },
              orderBy: { id: 'asc' },
            },
          },
        });
        if (!notice || notice.status === 'DRAFT') throw new NotFoundError('PublicNotice');
        const today = todayInShanghai();
        const entries = notice.entries.map((e) => ({ ...e, counts: objectionCountsOf(e.objections) }));
        // The refusal the whole notice gets, before anything is written; each entry's action
        // below asks the transition table again, so this is a courtesy, not the guard.
        const blocked = awardBlocker(
          notice,
          entries.map((e) => ({ status: e.application.status, counts: e.counts })),
          today,
        );
        if (blocked) throw RuleViolationError.from(blocked);

        const awarded: string[] = [];
        const failed: string[] = [];
        for (const entry of entries) {
          // Art. 11: a renewal whose title was revoked, or is being revoked, since it was submitted
          // is not awarded: its entry fails with the reason, as one with an upheld objection does.
          const renews = entry.application.isRenewal ? entry.application.renewsAccreditation : null;
          const renewedTitle = renews ? renewedTitleBlocker(renewedTitleOf(renews), today) : null;
          const upheldAction = awardActionFor(entry.counts);
          const action = upheldAction === 'award' && renewedTitle ? 'failRevokedRenewal' : upheldAction;
          const note =
            action === 'award'
              ? `${notice.title}：公示期满，授予称号`
              : action === 'failAfterObjection'
                ? `${notice.title}：公示异议成立，不予认定`
                : `${notice.title}：不予认定。${renewedTitle?.message.zhCN ?? ''}`;
          const noteEn =
            action === 'award'
              ? `${notice.title}: the notice period is over; the title is awarded`
              : action === 'failAfterObjection'
                ? `${notice.title}: an objection was upheld; not accredited`
                : `${notice.title}: not accredited. ${renewedTitle?.message.en ?? ''}`;
          await runApplicationAction(
            ctx,
            {
              applicationId: entry.applicationId,
              action,
              note,
              noteEn,
              gateFacts: async () => ({ ...entryGateFacts(notice, entry.counts, today), renewedTitle }),
              auditData: { noticeId: notice.id, ...(renewedTitle ? { renewedTitle: renewedTitle.code } : {}) },
              apply:
                action === 'award'
                  ? async (t2, app) =>
                      void awarded.push(await createAccreditation(t2, app.id, today, ctx.viewer?.userId ?? null))
                  : undefined,
            },
            tx,
          );
          if (action !== 'award') failed.push(entry.applicationId);
          await tx.publicNoticeEntry.update({
            where: { id: entry.id },
            data: { outcome: action === 'award' ? 'CLEARED' : 'FAILED' },
          });
        }
        await runAction(
          ctx,
          noticeKind,
          {
            id: notice.id,
            action: 'award',
            data: { closedAt: new Date() },
            auditData: { awardedOn: today, accreditationIds: awarded, failedApplicationIds: failed },
          },
          tx,
        );
        return tx.accreditation.findMany({
          ...nonEmptyQuery(query),
          where: { id: { in: awarded } },
          orderBy: { certificateNumber: 'asc' },
        });
      }),
  }),
);

/**
 * The title of one application (Arts. 9, 11): the next certificate number of its round, three
 * years of validity from the award — or, for a renewal, continuing the title it renews without
 * overlap — and the declared functions that met Art. 6 at submission.
 */
async function createAccreditation(
  tx: Tx,
  applicationId: string,
  awardedOn: string,
  actorId: string | null,
): Promise<string> {
  const app = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      organisationId: true,
      isRenewal: true,
      eligibilitySnapshot: true,
      functions: { select: { function: true } },
      round: { select: { year: true, sequence: true } },
      renewsAccreditation: { select: { id: true, validUntil: true, renewedBy: { select: { id: true } } } },
    },
  });
  const renews = app.isRenewal ? app.renewsAccreditation : null;
  const validity = renews ? renewalValidity(formatIsoDate(renews.validUntil), awardedOn) : validityOf(awardedOn);
  const certificateNumber = await nextCertificateNumber(tx, app.round);
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const accreditation = await tx.accreditation.create({
    data: {
      organisationId: app.organisationId,
      applicationId,
      certificateNumber,
      functions: awardedFunctions(
        app.functions.map((f) => f.function as ServiceFunction),
        app.eligibilitySnapshot,
      ),
      awardedOn: day(awardedOn),
      validFrom: day(validity.validFrom),
      validUntil: day(validity.validUntil),
      // The lineage: a title is renewed once; a second renewal of the same title starts afresh.
      renewsId: renews && !renews.renewedBy ? renews.id : null,
    },
    select: { id: true },
  });
  await recordTimeline(tx, {
    subjectType: 'Accreditation',
    subjectId: accreditation.id,
    applicationId,
    action: 'award',
    status: 'VALID',
    actorId,
    note: `${certificateNumber}（${formatChineseDate(validity.validFrom)}至${formatChineseDate(validity.validUntil)}）`,
    noteEn: `${certificateNumber} (${validity.validFrom} to ${validity.validUntil})`,
  });
  return accreditation.id;
}
