import { accreditationStatusOn, formatChineseDate, isRevocationPending, revocationPendingError } from '@sme/domain';
import { z } from 'zod';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { bilingual, NotFoundError, RuleViolationError, ValidationError } from '../../graphql/error-classes.js';
import { formatIsoDate } from '../common/scalars.js';

const RecommendNationallyInput = builder.inputType('RecommendNationallyInput', {
  fields: (t) => ({
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    accreditationIds: t.globalIDList({
      required: true,
      validate: z
        .array(z.unknown())
        .min(1, bilingual({ zhCN: '至少选择一个示范平台', en: 'choose at least one title' })),
    }),
    note: t.string({ required: false, validate: z.string().max(5000) }),
  }),
});

builder.mutationField('recommendNationally', (t) =>
  t.prismaField({
    type: ['NationalRecommendation'],
    description:
      'Art. 14: recommends titles to the national programme for a year; only titles valid and unrevoked today. All or nothing; recommending again updates the note.',
    authScopes: { admin: true },
    errors: {
      types: [ValidationError, RuleViolationError, NotFoundError],
      union: { name: 'RecommendNationallyResult' },
      result: { name: 'RecommendNationallySuccess' },
    },
    args: { input: t.arg({ type: RecommendNationallyInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const today = todayInShanghai();
        const ids = [...new Set(input.accreditationIds.map((g) => g.id))];
        const titles = await tx.accreditation.findMany({
          where: { id: { in: ids } },
          select: {
            id: true,
            certificateNumber: true,
            validFrom: true,
            validUntil: true,
            organisation: { select: { name: true } },
            revocation: { select: { status: true, effectiveOn: true } },
          },
        });
        if (titles.length !== ids.length) throw new NotFoundError('Accreditation');
        for (const title of titles) {
          // Art. 14 with Arts. 11 and 13: a title being revoked (撤销办理中) is not recommended.
          const revocation = title.revocation
            ? {
                status: title.revocation.status,
                effectiveOn: title.revocation.effectiveOn ? formatIsoDate(title.revocation.effectiveOn) : null,
              }
            : null;
          if (revocation && isRevocationPending(revocation, today)) {
            throw RuleViolationError.from(
              revocationPendingError('Art. 14', {
                organisationName: title.organisation.name,
                certificateNumber: title.certificateNumber,
                revocation,
              }),
            );
          }
          const status = accreditationStatusOn(
            { validFrom: formatIsoDate(title.validFrom), validUntil: formatIsoDate(title.validUntil) },
            today,
            null,
          );
          if (title.revocation || status !== 'VALID') {
            const why = title.revocation
              ? {
                  zhCN: title.revocation.status === 'OPEN' ? '正在撤销' : '已撤销',
                  en: title.revocation.status === 'OPEN' ? 'is being revoked' : 'was revoked',
                }
              : {
                  zhCN: status === 'EXPIRED' ? '已过期' : '尚未生效',
                  en: status === 'EXPIRED' ? 'has expired' : 'is not yet valid',
                };
            throw new RuleViolationError('Art. 14', 'TITLE_NOT_VALID', {
              zhCN: `第十四条：只能推荐${formatChineseDate(today)}有效且未撤销的示范平台；${title.organisation.name}（证书编号${title.certificateNumber}）${why.zhCN}。`,
              en: `Art. 14: only titles valid and unrevoked on ${today} may be recommended; ${title.organisation.name} (certificate ${title.certificateNumber}) ${why.en}.`,
            });
          }
        }
        const note = input.note?.trim() || null;
        for (const id of ids) {
          await tx.nationalRecommendation.upsert({
            where: { accreditationId_year: { accreditationId: id, year: input.year } },
            create: { accreditationId: id, year: input.year, note, recommendedById: ctx.viewer?.userId ?? '' },
            update: { note },
          });
        }
        await recordAudit(tx, actorOf(ctx), {
          action: 'nationalRecommendation.recommend',
          entityType: 'NationalRecommendation',
          data: { year: input.year, accreditationIds: ids, note },
        });
        return tx.nationalRecommendation.findMany({
          ...nonEmptyQuery(query),
          where: { year: input.year, accreditationId: { in: ids } },
          orderBy: { recommendedAt: 'asc' },
        });
      }),
  }),
);
