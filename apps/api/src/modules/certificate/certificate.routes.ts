import type { ServiceFunction } from '@sme/domain';
import type { FastifyInstance } from 'fastify';
import { viewerFromRequest } from '../../auth/session.js';
import { todayInShanghai } from '../../clock.js';
import { localeFromHeader } from '../../context.js';
import { prisma } from '../../db.js';
import { associationSettings } from '../../settings.js';
import { formatIsoDate } from '../common/scalars.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { certificateStampOn } from './certificate-pdf-stamp.js';
import { renderCertificatePdf } from './certificate-pdf.js';

export type CertificateRoutesOptions = { publicOrigin?: string | undefined };

/**
 * GET /api/certificates/{certificateNumber}.pdf — the certificate (Art. 9) as PDF, to the
 * holder's members and to staff who may see the holder; 401 signed out, 404 to anyone else
 * (whether the number exists is for the public verification page to say, not this route).
 * A revoked or expired title, or one whose revocation is open, is stamped so on every page
 * (Arts. 11, 13): it never downloads as a clean, valid-looking certificate.
 */
export async function registerCertificateRoutes(
  app: FastifyInstance,
  options: CertificateRoutesOptions = {},
): Promise<void> {
  app.get<{ Params: { file: string } }>('/api/certificates/:file', async (request, reply) => {
    const match = /^(.+)\.pdf$/i.exec(request.params.file);
    if (!match?.[1]) return reply.code(404).send({ error: 'Not Found' });
    const viewer = await viewerFromRequest(request);
    if (!viewer) {
      const en = 'Sign in to download the certificate.';
      return reply.code(401).send({
        error: 'Unauthorized',
        message: localeFromHeader(request.headers['accept-language']) === 'EN' ? en : '请先登录，再下载证书。',
        messageEn: en,
      });
    }

    const accreditation = await prisma().accreditation.findUnique({
      where: { certificateNumber: match[1].toUpperCase() },
      select: {
        certificateNumber: true,
        organisationId: true,
        functions: true,
        awardedOn: true,
        validFrom: true,
        validUntil: true,
        organisation: { select: { name: true, creditCode: true } },
        revocation: { select: { status: true, reason: true, effectiveOn: true, openedAt: true } },
      },
    });
    // The holder's document: its members, its CURRENT unit, staff (canSeeRecordsOf).
    if (!accreditation || !(await canSeeRecordsOf(viewer, accreditation.organisationId))) {
      return reply.code(404).send({ error: 'Not Found' });
    }

    const number = accreditation.certificateNumber;
    // The configured public address when there is one; else the address the holder used (the QR
    // then points where they reached the system; a forged Host only misleads the forger's own copy).
    const origin = options.publicOrigin ?? `${request.protocol}://${request.host}`;
    const revocation = accreditation.revocation;
    const pdf = await renderCertificatePdf({
      issuer: associationSettings().name,
      certificateNumber: number,
      organisationName: accreditation.organisation.name,
      creditCode: accreditation.organisation.creditCode,
      functions: accreditation.functions as ServiceFunction[],
      awardedOn: formatIsoDate(accreditation.awardedOn),
      validFrom: formatIsoDate(accreditation.validFrom),
      validUntil: formatIsoDate(accreditation.validUntil),
      verifyUrl: `${origin}/public/verify?number=${encodeURIComponent(number)}`,
      stamp: certificateStampOn(
        {
          validUntil: accreditation.validUntil,
          revocation: revocation && { ...revocation, openedOn: todayInShanghai(revocation.openedAt) },
        },
        todayInShanghai(),
      ),
    });
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${number}.pdf"`)
      .header('cache-control', 'private, no-store')
      .send(pdf);
  });
}
