import { encodeGlobalID } from '@pothos/plugin-relay';
import { actorOf, recordAudit } from '../../audit/record-audit.js';
import { builder } from '../../builder.js';
import { prisma } from '../../db.js';
import { NotFoundError, RuleViolationError } from '../../graphql/error-classes.js';
import { nonEmptyQuery } from '../../graphql/prisma-query.js';
import { mayChangeEvidence, mayReadEvidence } from './spot-check-evidence.js';

// Art. 13: a file sent with the answer to an evidence request. The holder's members and
// administrators read it; analysts, who see the checks, do not see what a platform sent in.
builder.prismaNode('SpotCheckEvidenceFile', {
  id: { field: 'id' },
  select: { id: true, spotCheck: { select: { accreditation: { select: { organisationId: true } } } } },
  authScopes: (f, ctx) => mayReadEvidence(ctx.viewer, f.spotCheck.accreditation.organisationId),
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime' }),
    uploadedBy: t.string({
      select: { uploadedBy: { select: { displayName: true } } },
      resolve: (f) => f.uploadedBy.displayName,
    }),
    downloadUrl: t.string({
      description: "GET it with the session cookie: the holder's members and administrators.",
      resolve: (f) => `/api/spot-check-evidence/${encodeURIComponent(encodeGlobalID('SpotCheckEvidenceFile', f.id))}`,
    }),
  }),
});

builder.prismaObjectFields('SpotCheck', (t) => ({
  evidenceFiles: t.relation('evidenceFiles', {
    description:
      "Files sent with the answer, oldest first (POST /api/spot-checks/{id}/evidence). The holder's members and administrators only.",
    authScopes: async (c, _args, ctx) => {
      const title = await prisma().accreditation.findUnique({
        where: { id: c.accreditationId },
        select: { organisationId: true },
      });
      return title !== null && mayReadEvidence(ctx.viewer, title.organisationId);
    },
    query: { where: { removedAt: null }, orderBy: { uploadedAt: 'asc' } },
  }),
}));

const RemoveSpotCheckEvidenceInput = builder.inputType('RemoveSpotCheckEvidenceInput', {
  fields: (t) => ({ fileId: t.globalID({ required: true }) }),
});

builder.mutationField('removeSpotCheckEvidence', (t) =>
  t.prismaField({
    type: 'SpotCheck',
    description:
      "Art. 13: the holder's members take back a file they sent, while they may still answer. The file stays in the audit trail.",
    authScopes: { member: true },
    errors: {
      types: [RuleViolationError, NotFoundError],
      union: { name: 'RemoveSpotCheckEvidenceResult' },
      result: { name: 'RemoveSpotCheckEvidenceSuccess' },
    },
    args: { input: t.arg({ type: RemoveSpotCheckEvidenceInput, required: true }) },
    resolve: (query, _root, { input }, ctx) =>
      prisma().$transaction(async (tx) => {
        const file = await tx.spotCheckEvidenceFile.findFirst({
          where: { id: input.fileId.id, removedAt: null },
          select: {
            id: true,
            fileName: true,
            sha256: true,
            spotCheckId: true,
            spotCheck: { select: { status: true, accreditation: { select: { organisationId: true } } } },
          },
        });
        if (!file || !mayReadEvidence(ctx.viewer, file.spotCheck.accreditation.organisationId))
          throw new NotFoundError('SpotCheckEvidenceFile');
        if (
          !mayChangeEvidence(ctx.viewer, {
            status: file.spotCheck.status,
            organisationId: file.spotCheck.accreditation.organisationId,
          })
        ) {
          throw new RuleViolationError('Art. 13', 'NOT_ANSWERABLE', {
            zhCN: '第十三条：抽查结果已记录，所提交的材料不能再删除。',
            en: 'Art. 13: the result is recorded; the evidence sent can no longer be removed.',
          });
        }
        await tx.spotCheckEvidenceFile.update({ where: { id: file.id }, data: { removedAt: new Date() } });
        await recordAudit(tx, actorOf(ctx), {
          action: 'spotCheck.evidence.remove',
          entityType: 'SpotCheckEvidenceFile',
          entityId: file.id,
          data: { spotCheckId: file.spotCheckId, fileName: file.fileName, sha256: file.sha256 },
        });
        return tx.spotCheck.findUniqueOrThrow({ ...nonEmptyQuery(query), where: { id: file.spotCheckId } });
      }),
  }),
);
