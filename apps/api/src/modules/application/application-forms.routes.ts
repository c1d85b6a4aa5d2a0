import type { ServiceFunction } from '@sme/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { viewerFromRequest } from '../../auth/session.js';
import { localeFromHeader } from '../../context.js';
import { todayInShanghai } from '../../clock.js';
import { prisma } from '../../db.js';
import { renderApplicationFormPdf, renderDeclarationPdf } from '../../pdf/application-forms.js';
import { mayReadApplicationFile } from '../../security/application-access.js';
import { applicationPartySelect, toLoadedApplication } from '../../workflow/load-application.js';
import { rawId } from '../../http/route-id.js';
import { associationSettings } from '../../settings.js';
import { factsFingerprint, factsOf, factsSelect } from './application-facts.js';

const FORMS = {
  'application-form.pdf': { title: '服务功能类别申请表', titleEn: 'application-form' },
  'declaration.pdf': { title: '真实性声明', titleEn: 'declaration' },
} as const;
type FormFile = keyof typeof FORMS;

function fail(reply: FastifyReply, status: number, code: string, zhCN: string, en: string) {
  return reply.code(status).send({
    error: code,
    message: localeFromHeader(reply.request.headers['accept-language']) === 'EN' ? en : zhCN,
    messageEn: en,
  });
}

/**
 * GET /api/applications/{applicationId}/forms/application-form.pdf and …/declaration.pdf — the
 * forms of Art. 7(1) and 7(8) generated from the declared facts, to print, seal and upload
 * (打印盖章后上传). For the applicant's members and staff who may see the application; 404 to
 * anyone else; 409 before the facts are first saved (there is nothing to print yet).
 */
export async function applicationFormRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { applicationId: string; file: string } }>(
    '/applications/:applicationId/forms/:file',
    async (request, reply) => {
      const file = request.params.file as FormFile;
      if (!(file in FORMS)) return fail(reply, 404, 'NOT_FOUND', '没有这种表格。', 'No such form.');
      const viewer = await viewerFromRequest(request);
      if (!viewer) return fail(reply, 401, 'UNAUTHENTICATED', '请先登录', 'Sign in first');

      const row = await prisma().application.findUnique({
        where: { id: rawId(request.params.applicationId, 'Application') },
        select: {
          ...applicationPartySelect,
          ...factsSelect,
          round: { select: { name: true } },
          organisation: {
            select: {
              ...applicationPartySelect.organisation.select,
              creditCode: true,
              address: true,
              contactName: true,
              contactPhone: true,
              contactEmail: true,
            },
          },
        },
      });
      // The forms print the facts: the application's file (security/application-access.ts).
      if (!row || !mayReadApplicationFile(viewer, toLoadedApplication(row))) {
        return fail(
          reply,
          404,
          'NOT_FOUND',
          '未找到该申报，或您无权查看。',
          'No such application, or you may not see it.',
        );
      }
      if (!row.factsSavedAt) {
        return fail(
          reply,
          409,
          'FACTS_NOT_SAVED',
          '请先保存填报信息，再生成表格。',
          'Save the declared facts first, then generate the forms.',
        );
      }

      const facts = factsOf(row as never);
      const content = {
        roundName: row.round.name,
        organisation: {
          name: row.organisation.name,
          creditCode: row.organisation.creditCode,
          address: row.organisation.address,
          contactName: row.organisation.contactName,
          contactPhone: row.organisation.contactPhone,
          contactEmail: row.organisation.contactEmail,
        },
        fingerprint: factsFingerprint(facts),
        printedOn: todayInShanghai(),
        associationName: associationSettings().name,
      };
      const pdf =
        file === 'application-form.pdf'
          ? await renderApplicationFormPdf({ ...content, facts: facts as never })
          : await renderDeclarationPdf({
              ...content,
              functions: facts.functions.map((f) => f.function as ServiceFunction),
            });
      const name = `${FORMS[file].title}-${row.organisation.name}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="${FORMS[file].titleEn}.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header('x-facts-fingerprint', content.fingerprint)
        .send(pdf);
    },
  );
}
