import type { ServiceFunction } from '@sme/domain';
import { regionLabel } from '@sme/domain/region';
import type { FastifyInstance } from 'fastify';
import { viewerFromRequest } from '../../auth/session.js';
import { todayInShanghai } from '../../clock.js';
import { hasRole } from '../../context.js';
import { prisma } from '../../db.js';
import { rawId } from '../../http/route-id.js';
import { associationSettings } from '../../settings.js';
import { sendFailure } from '../../storage/receive-upload.js';
import { formatIsoDate } from '../common/scalars.js';
import { renderDossierPdf } from './dossier-pdf.js';
import { candidateFacts } from './ranking-facts.js';

// GET /api/national-recommendation/dossiers/{accreditationId}.pdf[?year=2027] — a platform's
// dossier for the national programme (Art. 14): administrators and analysts; 401 signed out,
// 404 to anyone else. With `year`, the recommendation of that year (its rank, score and
// components) is printed too.
export async function recommendationRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { file: string }; Querystring: { year?: string } }>(
    '/national-recommendation/dossiers/:file',
    async (request, reply) => {
      const viewer = await viewerFromRequest(request);
      if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
      const match = /^(.+)\.pdf$/i.exec(request.params.file);
      const allowed = hasRole(viewer, 'ADMIN') || hasRole(viewer, 'ANALYST');
      const title =
        match?.[1] && allowed
          ? await prisma().accreditation.findUnique({
              where: { id: rawId(decodeURIComponent(match[1]), 'Accreditation') },
              include: {
                organisation: true,
                annualReports: { orderBy: { year: 'asc' } },
                spotChecks: { include: { campaign: { select: { name: true } } }, orderBy: { id: 'asc' } },
                activityAttendances: { include: { activity: true } },
                nationalRecommendations: { include: { ranking: { select: { candidates: true } } } },
              },
            })
          : null;
      if (!title)
        return sendFailure(
          reply,
          404,
          'NOT_FOUND',
          '未找到该示范平台，或您无权查看。',
          'No such title, or you may not see it.',
        );
      const year = request.query.year ? Number(request.query.year) : null;
      const today = todayInShanghai();
      const facts = (
        await prisma().$transaction((tx) => candidateFacts(tx, year ?? Number(today.slice(0, 4)), today))
      ).find((f) => f.id === title.id);
      const recommendation = year ? title.nationalRecommendations.find((r) => r.year === year) : undefined;
      const snapshot = recommendation?.ranking
        ? (
            (recommendation.ranking.candidates ?? []) as unknown as {
              accreditationId: string;
              components: { name: string; value: number; weight: number }[];
            }[]
          ).find((c) => c.accreditationId === title.id)
        : undefined;
      const pdf = await renderDossierPdf({
        issuer: associationSettings().name,
        organisationName: title.organisation.name,
        creditCode: title.organisation.creditCode,
        region: regionLabel(title.organisation.provinceCode, title.organisation.cityCode) ?? null,
        address: title.organisation.address,
        certificateNumber: title.certificateNumber,
        functions: title.functions as ServiceFunction[],
        awardedOn: formatIsoDate(title.awardedOn),
        firstAwardedOn: facts?.firstAwardedOn ?? formatIsoDate(title.awardedOn),
        validFrom: formatIsoDate(title.validFrom),
        validUntil: formatIsoDate(title.validUntil),
        reviewScore: facts?.reviewScore ?? null,
        reports: title.annualReports,
        spotChecks: title.spotChecks.map((s) => ({
          campaign: s.campaign.name,
          status: s.status,
          decidedOn: s.decidedAt ? todayInShanghai(s.decidedAt) : null,
          findings: s.note,
        })),
        activities: title.activityAttendances
          .map((a) => ({ heldOn: formatIsoDate(a.activity.heldOn), title: a.activity.title }))
          .sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1)),
        recommendation: recommendation
          ? {
              year: recommendation.year,
              note: recommendation.note,
              rank: recommendation.rank,
              score: recommendation.score,
              components: snapshot?.components ?? [],
            }
          : null,
        printedOn: today,
      });
      const fileName = `${title.organisation.name}-推荐材料.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="dossier-${title.certificateNumber}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
