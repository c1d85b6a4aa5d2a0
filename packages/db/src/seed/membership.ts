// Demo data for registration and membership: the Membership Department's staff
// account with a membership request waiting for it, and the eight materials of Art. 7 on the
// submitted application the review demo seeds (北京海淀科技企业服务中心), with a member account of
// that organisation, so the console has a complete submission to review on first start.
import { createHash } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import { withCreditCodeCheck } from './credit-code';

type Tx = Prisma.TransactionClient;

/** Stores a file's bytes where the API keeps uploads and returns its storage key. */
export type StoreDemoFile = (bytes: Buffer, sha256: string) => Promise<string>;

export type MembershipSeedContext = {
  today: Date;
  unitId: (code: string) => string;
  passwordHash: string;
  /** Without it (seed tests) the rows name the content key and no blob is written. */
  storeFile?: StoreDemoFile | undefined;
};

export const DEMO_MEMBERSHIP_STAFF_EMAIL = 'membership@example.com';
export const DEMO_SUBMITTER_EMAIL = 'haidian@example.com';
const SUBMITTED_ORGANISATION = '北京海淀科技企业服务中心';

// Art. 7's eight kinds, as the applicant would have named the scans.
const MATERIALS: [kind: number, fileName: string][] = [
  [1, '服务功能类别申请表（盖章）.pdf'],
  [2, '申请报告.pdf'],
  [3, '法人证书副本.pdf'],
  [4, '2025年度审计报告.pdf'],
  [5, '房屋租赁合同.pdf'],
  [6, '服务活动通知与总结.pdf'],
  [7, '网站备案与从业资格.pdf'],
  [8, '真实性声明（盖章）.pdf'],
];

export async function seedMembershipDemo(tx: Tx, ctx: MembershipSeedContext): Promise<void> {
  await tx.user.create({
    data: {
      email: DEMO_MEMBERSHIP_STAFF_EMAIL,
      displayName: '会员部 吴芳',
      passwordHash: ctx.passwordHash,
      roles: ['UNIT_STAFF'],
      unitId: ctx.unitId('MEM'),
    },
  });

  // Registered in the portal and asked to join: waits for the Membership Department.
  const newcomer = await tx.organisation.create({
    data: {
      name: '广州南沙企业服务有限公司',
      creditCode: withCreditCodeCheck('91440115MA9W3N8K2'),
      contactName: '黄磊',
      contactPhone: '020-39000005',
      contactEmail: 'hello@gz-nansha.example.cn',
    },
  });
  await tx.membershipRequest.create({
    data: {
      organisationId: newcomer.id,
      note: '本机构由融资服务分会发展，申请加入协会。',
      requestedAt: new Date(ctx.today.getTime() - 2 * 86_400_000),
    },
  });

  const application = await tx.application.findFirst({
    where: { status: 'SUBMITTED', organisation: { name: SUBMITTED_ORGANISATION } },
    select: { id: true, organisationId: true, submittedAt: true },
  });
  if (!application) return; // the review demo did not run
  await tx.organisation.update({
    where: { id: application.organisationId },
    data: { contactName: '郑洁', contactPhone: '010-82000006', contactEmail: 'office@hd-sme.example.cn' },
  });
  const submitter = await tx.user.create({
    data: {
      email: DEMO_SUBMITTER_EMAIL,
      displayName: '郑洁',
      passwordHash: ctx.passwordHash,
      roles: ['MEMBER'],
      organisationId: application.organisationId,
    },
  });
  const uploadedAt = new Date((application.submittedAt ?? ctx.today).getTime() - 3_600_000);
  for (const [kind, fileName] of MATERIALS) {
    const bytes = demoPdf(`${SUBMITTED_ORGANISATION_EN} - Art. 7(${kind}) demo material`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = ctx.storeFile
      ? await ctx.storeFile(bytes, sha256)
      : `sha256/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
    await tx.material.create({
      data: {
        applicationId: application.id,
        kind,
        createdAt: uploadedAt,
        versions: {
          create: {
            version: 1,
            fileName,
            mimeType: 'application/pdf',
            sizeBytes: bytes.length,
            sha256,
            storageKey,
            uploadedById: submitter.id,
            uploadedAt,
          },
        },
      },
    });
  }
}

const SUBMITTED_ORGANISATION_EN = 'Beijing Haidian SME Service Centre';

/** A one-page PDF saying `text` (ASCII, a standard font): a stand-in for a scanned document. */
export function demoPdf(text: string): Buffer {
  const safe = text.replace(/[\\()]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${safe}) Tj 0 -24 Td (Demonstration file - not a real document.) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
