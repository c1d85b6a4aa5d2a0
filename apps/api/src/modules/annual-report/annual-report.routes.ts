import type { ServiceFunction } from '@sme/domain';
import type { FastifyInstance } from 'fastify';
import { viewerFromRequest } from '../../auth/session.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { rawId } from '../../http/route-id.js';
import { associationSettings } from '../../settings.js';
import { sendFailure } from '../../storage/receive-upload.js';
import { formatIsoDate } from '../common/scalars.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { renderAnnualReportPdf } from './annual-report-pdf.js';
import { figuresOf } from './report-facts.js';

const yearStart = (year: number) => new Date(`${year}-01-01T00:00:00Z`);
const yearEnd = (year: number) => new Date(`${year}-12-31T00:00:00Z`);

// GET /api/annual-reports/{reportId}.pdf — the report (Art. 12) as PDF, to the holder's members
// and the staff who see the holder's records; 401 signed out, 404 to anyone else.
export async function annualReportRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { file: string } }>('/annual-reports/:file', async (request, reply) => {
    const match = /^(.+)\.pdf$/i.exec(request.params.file);
    const viewer = await viewerFromRequest(request);
    if (!viewer) return sendFailure(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');
    const report = match?.[1]
      ? await prisma().annualReport.findUnique({
          where: { id: rawId(decodeURIComponent(match[1]), 'AnnualReport') },
          include: {
            accreditation: {
              select: {
                id: true,
                organisationId: true,
                certificateNumber: true,
                functions: true,
                validFrom: true,
                validUntil: true,
                organisation: { select: { name: true, creditCode: true } },
              },
            },
          },
        })
      : null;
    if (!report || !(await canSeeRecordsOf(viewer, report.accreditation.organisationId)))
      return sendFailure(
        reply,
        404,
        'NOT_FOUND',
        '未找到该年度服务报告，或您无权查看。',
        'No such report, or you may not see it.',
      );
    const title = report.accreditation;
    const [records, attended] = await Promise.all([
      prisma().serviceRecord.findMany({
        where: { accreditationId: title.id, year: report.year },
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
      }),
      prisma().associationActivity.findMany({
        where: {
          attendances: { some: { accreditationId: title.id } },
          heldOn: { gte: yearStart(report.year), lte: yearEnd(report.year) },
        },
        orderBy: { heldOn: 'asc' },
      }),
    ]);
    const filed = report.status === 'SUBMITTED' || report.status === 'ACCEPTED';
    const figures = filed ? report : await prisma().$transaction((tx) => figuresOf(tx, title.id, report.year));
    const pdf = await renderAnnualReportPdf({
      issuer: associationSettings().name,
      year: report.year,
      status: report.status,
      organisationName: title.organisation.name,
      creditCode: title.organisation.creditCode,
      certificateNumber: title.certificateNumber,
      functions: title.functions as ServiceFunction[],
      validFrom: formatIsoDate(title.validFrom),
      validUntil: formatIsoDate(title.validUntil),
      dueOn: formatIsoDate(report.dueOn),
      submittedOn: report.submittedAt ? todayInShanghai(report.submittedAt) : null,
      reviewNote: report.reviewNote,
      summary: report.summary,
      figures,
      records: records.map((r) => ({ ...r, date: formatIsoDate(r.date) })),
      activities: attended.map((a) => ({ heldOn: formatIsoDate(a.heldOn), title: a.title, place: a.place })),
      printedOn: todayInShanghai(),
    });
    const fileName = `${title.organisation.name}-${report.year}年度服务报告.pdf`;
    return reply
      .header('content-type', 'application/pdf')
      .header(
        'content-disposition',
        `attachment; filename="annual-report-${report.year}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .header('cache-control', 'no-store')
      .send(pdf);
  });
}
