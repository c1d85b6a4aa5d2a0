// The role × root field × FOREIGN OBJECT matrix, generated from the schema
// and run against the real server. A fixture builds, directly in the database, objects that
// belong to nobody the demo accounts speak for: another organisation's applications in every
// state, its title with a spot check, evidence and an unpublished revocation, an objection, an
// information request, another reviewer's assignment, another user's notification and API
// token, a membership request, and — for the demo unit's staff — organisations whose
// membership with that unit ENDED (they are another unit's members now; the Membership
// Department approved them years ago).
//
// Every Query and Mutation root field needs a row in PROBES below:
//  - a field with an ID argument (also inside its input object) is called as every caller
//    (signed out, MEMBER, UNIT_STAFF, MEMBERSHIP_DEPT, REVIEWER, ADMIN, ANALYST) on the foreign
//    object (and on those of `also`). The row
//    says who MAY read or change it (`may`); everyone else must learn nothing and change
//    nothing: the answer is null, an empty list, NOT_FOUND / FORBIDDEN / UNAUTHENTICATED, or a
//    refusal member of the result union — never the object, never a `…Success`; afterwards the
//    database is as it was. Queries also check the positive side: the callers in `may` do get
//    the object, so a refusal proves the rule and not a broken probe.
//  - a list without an ID argument is called as every caller; the foreign objects it must not
//    show appear only for the callers in `seenBy` (who must see them).
//  - a field that addresses no object says why (`none`).
// A new root field without a row fails the first test, which says what to add. Add it to
// ACCESS in authorisation-matrix.test.ts too (who passes the scopes; the rule in words).
// Then RIGHTFUL: the foreign world's own people make some of the same calls and succeed (the
// refusals were about ownership). Last, ROUTES and EXPORTS do the same for the HTTP routes
// beside /graphql and every export list. FOREIGN_MATRIX_REPORT=<file> writes what each refused
// call answered, to read through by eye.
import { writeFileSync } from 'node:fs';
import { hashPassword, type PrismaClient } from '@sme/db';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportListNames } from '../exports/exporter.js';
import { schema } from '../schema.js';
import { samplePdf } from '../testing/sample-files.js';
import { GraphQLClient, startTestServer, type TestServer, signedInClient } from '../testing/test-server.js';

// MEMBERSHIP_DEPT: unit staff of the Membership Department (会员部), who decide membership
// requests (Art. 2) — a unit with powers of its own, so a caller of its own.
const CALLERS = ['ANONYMOUS', 'MEMBER', 'UNIT_STAFF', 'MEMBERSHIP_DEPT', 'REVIEWER', 'ADMIN', 'ANALYST'] as const;
type Caller = (typeof CALLERS)[number];
const LOGIN: Record<Exclude<Caller, 'ANONYMOUS'>, string> = {
  MEMBER: 'member@example.com',
  UNIT_STAFF: 'unit@example.com',
  MEMBERSHIP_DEPT: 'membership@example.com',
  REVIEWER: 'reviewer@example.com',
  ADMIN: 'admin@example.com',
  ANALYST: 'analyst@example.com',
};
const NOBODY: readonly Caller[] = [];
const STAFF_READERS: readonly Caller[] = ['REVIEWER', 'ADMIN', 'ANALYST'];
const SIGNED_IN: readonly Caller[] = ['MEMBER', 'UNIT_STAFF', 'MEMBERSHIP_DEPT', 'REVIEWER', 'ADMIN', 'ANALYST'];
const MEMBERSHIP_DECIDERS: readonly Caller[] = ['MEMBERSHIP_DEPT', 'ADMIN'];

// In every text of the foreign world that is not public; a refused caller must never read it.
const SECRET = 'ZZ-FOREIGN-SECRET';
const FOREIGN_PASSWORD = 'foreign-world-9731';

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

// ─────────────────────────────── the foreign world ───────────────────────────────

type World = {
  round: string;
  otherUnit: string;
  otherReviewer: string;
  apps: Record<
    'draft' | 'submitted' | 'returned' | 'review' | 'moreInfo' | 'passed' | 'noticed' | 'formerMember',
    string
  >;
  orgs: { holder: string; requester: string; formerMember: string };
  title: string;
  revokedTitle: string;
  revocation: string;
  openTitle: string;
  openRevocation: string;
  campaign: string;
  spotCheck: string;
  evidenceFile: string;
  notice: string;
  objection: string;
  infoRequest: string;
  assignment: string;
  notification: string;
  materialVersion: string;
  objectionAttachment: string;
  apiToken: string;
  membershipRequest: string;
  serviceRecord: string;
  annualReport: string;
  activity: string;
  session: string;
};

async function buildWorld(db: PrismaClient): Promise<World> {
  const inf = await db.unit.findUniqueOrThrow({ where: { code: 'INF' } });
  const otherUnit = await db.unit.findUniqueOrThrow({ where: { code: 'GAD' } });
  const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
  const round = await db.round.create({
    data: {
      year: 2098,
      sequence: 1,
      name: '外来批次',
      opensOn: new Date('2098-03-01'),
      submissionDeadline: new Date('2098-04-15'),
      reviewEndsOn: new Date('2098-06-15'),
    },
  });
  let serial = 0;
  // An organisation the demo unit developed until mid-2025; another unit develops it now.
  const organisation = async (label: string) => {
    serial += 1;
    const org = await db.organisation.create({
      data: {
        name: `外来机构${label}`,
        creditCode: `9111000000000${String(serial).padStart(4, '0')}X`,
        contactName: `${SECRET} 联系人`,
        contactPhone: `${SECRET}-phone`,
        contactEmail: `secret-${serial}@foreign.test`,
        address: `${SECRET} 地址`,
      },
    });
    // It joined through the Membership Department, which approved it for the demo unit in 2019.
    await db.membershipRequest.create({
      data: {
        organisationId: org.id,
        note: SECRET,
        status: 'APPROVED',
        unitId: inf.id,
        requestedAt: new Date('2018-12-01'),
        decidedAt: new Date('2018-12-20'),
      },
    });
    await db.membership.create({
      data: {
        organisationId: org.id,
        unitId: inf.id,
        since: new Date('2019-01-01'),
        status: 'ENDED',
        endedOn: new Date('2025-06-30'),
        endReason: SECRET,
      },
    });
    await db.membership.create({
      data: { organisationId: org.id, unitId: otherUnit.id, since: new Date('2025-07-01'), status: 'ACTIVE' },
    });
    return org.id;
  };
  // The foreign world's own people: the rightful parties of its objects (RIGHTFUL below).
  const passwordHash = await hashPassword(FOREIGN_PASSWORD);
  const user = (
    email: string,
    roles: ('MEMBER' | 'UNIT_STAFF' | 'REVIEWER' | 'ANALYST')[],
    where: { organisationId?: string; unitId?: string } = {},
  ) =>
    db.user.create({
      data: {
        email,
        displayName: `${SECRET} 用户`,
        passwordHash,
        roles,
        organisationId: where.organisationId ?? null,
        unitId: where.unitId ?? null,
      },
    });
  const application = async (
    label: string,
    status:
      | 'DRAFT'
      | 'SUBMITTED'
      | 'RETURNED'
      | 'UNDER_REVIEW'
      | 'MORE_INFO_REQUESTED'
      | 'REVIEW_PASSED'
      | 'IN_PUBLIC_NOTICE',
    memberEmail?: string,
  ) => {
    const organisationId = await organisation(label);
    if (memberEmail) await user(memberEmail, ['MEMBER'], { organisationId });
    const app = await db.application.create({
      data: {
        roundId: round.id,
        organisationId,
        status,
        submittedAt: status === 'DRAFT' ? null : new Date('2098-04-01'),
        smesServedLastYear: 4242,
        functions: { create: [{ function: 'TRAINING', activitiesPerYear: 42 }] },
        materials: { create: [{ kind: 1, title: `${SECRET} 材料` }] },
      },
    });
    return app.id;
  };

  const holderOrg = await organisation('持证');
  const holder = await user('holder@foreign.test', ['MEMBER'], { organisationId: holderOrg });
  await user('unit@foreign.test', ['UNIT_STAFF'], { unitId: otherUnit.id });
  const otherReviewer = await user('reviewer@foreign.test', ['REVIEWER']);
  const otherAnalyst = await user('analyst@foreign.test', ['ANALYST']);
  await db.expertProfile.create({
    data: {
      userId: otherReviewer.id,
      functions: ['TRAINING'],
      affiliations: [SECRET],
      note: SECRET,
      unitId: otherUnit.id,
    },
  });

  const apps = {
    draft: await application('草稿', 'DRAFT', 'draft@foreign.test'),
    submitted: await application('已提交', 'SUBMITTED'),
    returned: await application('已退回', 'RETURNED'),
    review: await application('评审中', 'UNDER_REVIEW'),
    moreInfo: await application('待补充', 'MORE_INFO_REQUESTED', 'more-info@foreign.test'),
    passed: await application('评审通过', 'REVIEW_PASSED'),
    noticed: await application('公示中', 'IN_PUBLIC_NOTICE'),
    formerMember: '',
  };
  // The demo unit's former member: its only membership ended, so nobody develops it now.
  const formerOrg = await db.organisation.create({
    data: { name: '外来机构已退出', creditCode: '91110000000009999X', contactPhone: `${SECRET}-former` },
  });
  await db.membership.create({
    data: {
      organisationId: formerOrg.id,
      unitId: inf.id,
      since: new Date('2019-01-01'),
      status: 'ENDED',
      endedOn: new Date('2025-06-30'),
    },
  });
  apps.formerMember = (
    await db.application.create({
      data: {
        roundId: round.id,
        organisationId: formerOrg.id,
        status: 'SUBMITTED',
        submittedAt: new Date('2098-04-01'),
      },
    })
  ).id;

  const assignment = await db.reviewerAssignment.create({
    data: {
      applicationId: apps.review,
      reviewerId: otherReviewer.id,
      assignedById: admin.id,
      comment: `${SECRET} 评语`,
    },
  });
  await db.reviewerAssignment.create({
    data: { applicationId: apps.moreInfo, reviewerId: otherReviewer.id, assignedById: admin.id },
  });
  const infoRequest = await db.infoRequest.create({
    data: {
      applicationId: apps.moreInfo,
      request: `${SECRET} 补充要求`,
      dueOn: new Date('2098-05-01'),
      requestedById: admin.id,
    },
  });
  const notice = await db.publicNotice.create({
    data: {
      roundId: round.id,
      title: `${SECRET} 草拟公示`,
      publishedOn: new Date('2098-06-20'),
      startsOn: new Date('2098-06-21'),
      endsOn: new Date('2098-06-30'),
      status: 'DRAFT',
      createdById: admin.id,
    },
  });
  const entry = await db.publicNoticeEntry.create({ data: { noticeId: notice.id, applicationId: apps.noticed } });
  const objection = await db.objection.create({
    data: {
      entryId: entry.id,
      receiptNumber: 'YY-FOREIGN-0001',
      lodgedByName: `${SECRET} 异议人`,
      contact: `${SECRET}-contact`,
      grounds: `${SECRET} 理由`,
    },
  });

  const title = await db.accreditation.create({
    data: {
      organisationId: holderOrg,
      certificateNumber: 'FOREIGN-T-1',
      functions: ['TRAINING'],
      awardedOn: new Date('2024-01-01'),
      validFrom: new Date('2024-01-01'),
      validUntil: new Date('2026-12-31'),
    },
  });
  const revokedTitle = await db.accreditation.create({
    data: {
      organisationId: holderOrg,
      certificateNumber: 'FOREIGN-T-2',
      functions: ['FINANCING'],
      awardedOn: new Date('2023-01-01'),
      validFrom: new Date('2023-01-01'),
      validUntil: new Date('2025-12-31'),
    },
  });
  // Valid today, but a failed spot check opened its revocation: not published yet (Art. 13).
  const openTitle = await db.accreditation.create({
    data: {
      organisationId: holderOrg,
      certificateNumber: 'FOREIGN-T-3',
      functions: ['TRAINING'],
      awardedOn: new Date('2024-01-01'),
      validFrom: new Date('2024-01-01'),
      validUntil: new Date('2099-12-31'),
    },
  });
  const openRevocation = await db.revocation.create({
    data: {
      accreditationId: openTitle.id,
      reason: 'FAILED_SPOT_CHECK',
      status: 'OPEN',
      description: `${SECRET} 抽查不合格`,
      evidence: `${SECRET} 抽查证据`,
    },
  });
  const revocation = await db.revocation.create({
    data: {
      accreditationId: revokedTitle.id,
      reason: 'VIOLATION_VERIFIED',
      status: 'OPEN',
      description: `${SECRET} 撤销说明`,
      evidence: `${SECRET} 证据`,
      publishedAt: null,
    },
  });
  const campaign = await db.spotCheckCampaign.create({
    data: { name: '外来抽查', year: 2026, seed: 'foreign', sampleSize: 1, populationSize: 1, drawnById: admin.id },
  });
  const spotCheck = await db.spotCheck.create({
    data: {
      campaignId: campaign.id,
      accreditationId: title.id,
      position: 1,
      status: 'EVIDENCE_REQUESTED',
      evidenceRequest: `${SECRET} 抽查要求`,
      evidenceRequestedAt: new Date(),
      dueOn: new Date('2098-01-01'),
    },
  });
  const evidenceFile = await db.spotCheckEvidenceFile.create({
    data: {
      spotCheckId: spotCheck.id,
      fileName: `${SECRET}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1,
      sha256: '0'.repeat(64),
      storageKey: 'foreign/evidence.pdf',
      uploadedById: holder.id,
    },
  });

  // Art. 12: what the foreign title's platform did — a service, its last year's report (submitted,
  // awaiting review) and its attendance at an association activity.
  const serviceRecord = await db.serviceRecord.create({
    data: {
      accreditationId: title.id,
      date: new Date('2026-03-01'),
      year: 2026,
      kind: 'OTHER_SERVICE',
      title: `${SECRET} 服务`,
      enterprisesServed: 3,
      free: false,
      recordedById: holder.id,
    },
  });
  const annualReport = await db.annualReport.create({
    data: {
      accreditationId: title.id,
      year: 2025,
      status: 'SUBMITTED',
      summary: `${SECRET} 年度总结`,
      dueOn: new Date('2026-03-31'),
      submittedAt: new Date(),
      submittedById: holder.id,
    },
  });
  const activity = await db.associationActivity.create({
    data: {
      title: '外来活动',
      heldOn: new Date('2026-05-01'),
      createdById: admin.id,
      attendances: { create: [{ accreditationId: title.id }] },
    },
  });

  const material = await db.material.findFirstOrThrow({ where: { applicationId: apps.review } });
  const materialVersion = await db.materialVersion.create({
    data: {
      materialId: material.id,
      version: 1,
      fileName: `${SECRET}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1,
      sha256: '1'.repeat(64),
      storageKey: 'foreign/material.pdf',
      uploadedById: holder.id,
    },
  });
  const objectionAttachment = await db.objectionAttachment.create({
    data: {
      objectionId: objection.id,
      expiresAt: new Date('2098-01-01'),
      uploadedFromIp: '192.0.2.1',
      fileName: `${SECRET}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 1,
      sha256: '2'.repeat(64),
      storageKey: 'foreign/objection.pdf',
      claimedAt: new Date(),
    },
  });

  const notification = await db.notification.create({
    data: { userId: holder.id, kind: 'TEST', title: `${SECRET} 通知`, body: `${SECRET} 正文` },
  });
  // A signed-in browser of the foreign analyst (the account security page lists and ends it).
  const session = await db.session.create({
    data: { userId: otherAnalyst.id, tokenHash: 'e'.repeat(64), expiresAt: new Date('2098-01-01'), ip: '203.0.113.9' },
  });
  const apiToken = await db.apiToken.create({
    data: {
      userId: otherAnalyst.id,
      name: `${SECRET} 令牌`,
      tokenHash: 'f'.repeat(64),
      expiresAt: new Date('2098-01-01'),
    },
  });

  const requesterOrg = await db.organisation.create({
    data: { name: '外来机构申请入会', creditCode: '91110000000008888X', contactPhone: `${SECRET}-requester` },
  });
  const membershipRequest = await db.membershipRequest.create({
    data: { organisationId: requesterOrg.id, note: `${SECRET} 入会申请` },
  });

  return {
    round: round.id,
    otherUnit: otherUnit.id,
    otherReviewer: otherReviewer.id,
    apps,
    orgs: { holder: holderOrg, requester: requesterOrg.id, formerMember: formerOrg.id },
    title: title.id,
    revokedTitle: revokedTitle.id,
    revocation: revocation.id,
    openTitle: openTitle.id,
    openRevocation: openRevocation.id,
    campaign: campaign.id,
    spotCheck: spotCheck.id,
    evidenceFile: evidenceFile.id,
    notice: notice.id,
    objection: objection.id,
    infoRequest: infoRequest.id,
    assignment: assignment.id,
    notification: notification.id,
    materialVersion: materialVersion.id,
    objectionAttachment: objectionAttachment.id,
    apiToken: apiToken.id,
    membershipRequest: membershipRequest.id,
    serviceRecord: serviceRecord.id,
    annualReport: annualReport.id,
    activity: activity.id,
    session: session.id,
  };
}

// Everything a refused mutation could have changed, to compare before and after each call: a
// digest of every row of each table, in one query (sessions, sign-in throttles and e-mails
// sent are left out: signing in and the outbox worker touch them).
const WATCHED_TABLES = [
  'Organisation',
  'Membership',
  'MembershipRequest',
  'User',
  'Round',
  'Application',
  'ApplicationFunction',
  'Material',
  'MaterialVersion',
  'Recommendation',
  'ReviewerAssignment',
  'ReviewScore',
  'ReviewDecision',
  'ConflictDeclaration',
  'InfoRequest',
  'TimelineEntry',
  'PublicNotice',
  'PublicNoticeEntry',
  'Objection',
  'ObjectionAttachment',
  'Accreditation',
  'SpotCheckCampaign',
  'SpotCheck',
  'SpotCheckEvidenceFile',
  'Revocation',
  'NationalRecommendation',
  'ExpertProfile',
  'Notification',
  'ApiToken',
  'WorkingDayOverride',
  'ServiceRecord',
  'AssociationActivity',
  'ActivityAttendance',
  'AnnualReport',
  'RecommendationWeights',
  'RecommendationRanking',
  'AuditEvent',
];
const SNAPSHOT_SQL = `SELECT ${WATCHED_TABLES.map((t) => `(SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) FROM "${t}" r) AS "${t}"`).join(', ')}`;

async function snapshot(db: PrismaClient): Promise<Record<string, string>> {
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(SNAPSHOT_SQL);
  return row ?? {};
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys(before).filter((k) => before[k] !== after[k]);
}

// ─────────────────────────────── the table ───────────────────────────────

type Vars = Record<string, unknown>;
// Addresses the foreign object by ID. `may`: who legitimately reads (query) or changes
// (mutation) it — a mutation is not called as them. `vars`: the field's arguments, every ID
// naming an object of the foreign world. `shows`: what the callers in `may` find in the answer
// (default: the `id` argument).
type ObjectProbe = {
  kind: 'object';
  vars: (w: World) => Vars;
  may: readonly Caller[];
  why: string;
  select?: string;
  shows?: (w: World) => string;
  // More foreign objects to call it on, with the same expectations (other states, other ways
  // of being foreign). Their `id` is what the callers in `may` find.
  also?: (w: World) => Vars[];
  // The field answers `…Success` when nothing of the caller's matched (e.g. 0 notices marked
  // read): accepted as a refusal if nothing but the audit trail changed and the answer names
  // nothing foreign.
  noOpSuccess?: true;
};
// A list without an ID argument: the foreign objects `hidden` appear only for `seenBy`.
type ListProbe = {
  kind: 'list';
  vars?: (w: World) => Vars;
  seenBy: readonly Caller[];
  hidden: (w: World) => string[];
  why: string;
  select?: string;
};
type Probe = ObjectProbe | ListProbe | { kind: 'none'; why: string };

const byId = (p: Omit<ObjectProbe, 'kind'>): Probe => ({ kind: 'object', ...p });
const list = (p: Omit<ListProbe, 'kind'>): Probe => ({ kind: 'list', ...p });
const none = (why: string): Probe => ({ kind: 'none', why });

const app = (w: World, which: keyof World['apps']) => gid('Application', w.apps[which]);
const appInput =
  (which: keyof World['apps'], extra: Vars = {}) =>
  (w: World) => ({ input: { applicationId: app(w, which), ...extra } });
const ADMIN_ONLY: readonly Caller[] = ['ADMIN'];
// Access by need: of another organisation's submitted application, administrators read the file
// and analysts see that it exists; reviewers only what is assigned to them.
const APPLICATION_SEERS: readonly Caller[] = ['ADMIN', 'ANALYST'];

export const PROBES: Record<string, Probe> = {
  // ── Query: one object by ID ──
  'Query.application': byId({
    vars: (w) => ({ id: app(w, 'formerMember') }),
    also: (w) => (['submitted', 'review', 'moreInfo', 'noticed'] as const).map((which) => ({ id: app(w, which) })),
    may: APPLICATION_SEERS,
    why: 'readableApplicationsWhere: not the former unit (membership ENDED), not the Membership Department that approved it years ago, not another organisation, not a reviewer it is not assigned to; administrators and analysts see it exists (drafts: ACCESS BY NEED below)',
  }),
  'Query.accreditation': byId({
    vars: (w) => ({ id: gid('Accreditation', w.revokedTitle) }),
    also: (w) => [{ id: gid('Accreditation', w.title) }, { id: gid('Accreditation', w.openTitle) }],
    may: STAFF_READERS,
    why: 'canSeeRecordsOf: the holder, its current unit, staff who review/administer/analyse',
  }),
  'Query.spotCheck': byId({
    vars: (w) => ({ id: gid('SpotCheck', w.spotCheck) }),
    may: ['ADMIN', 'ANALYST'],
    why: 'spotCheckPartiesOf: administrators and the holder; analysts read',
  }),
  'Query.spotCheckCampaign': byId({
    vars: (w) => ({ id: gid('SpotCheckCampaign', w.campaign) }),
    may: ['ADMIN', 'ANALYST'],
    why: "the association's campaigns: administrators and analysts",
  }),
  'Query.publicNotice': byId({
    vars: (w) => ({ id: gid('PublicNotice', w.notice) }),
    may: NOBODY,
    why: 'a draft notice is not published: nobody reads it as a public notice',
  }),
  'Query.round': byId({
    vars: (w) => ({ id: gid('Round', w.round) }),
    may: SIGNED_IN,
    why: 'rounds are published (Art. 10): every signed-in user',
  }),
  'Query.applications': byId({
    vars: (w) => ({ roundId: gid('Round', w.round), first: 50 }),
    may: APPLICATION_SEERS,
    shows: (w) => app(w, 'formerMember'),
    why: 'unit staff: current members only (developedByUnit); reviewers: assigned only; administrators and analysts: all submitted',
  }),
  'Query.objections': byId({
    vars: (w) => ({ noticeId: gid('PublicNotice', w.notice) }),
    may: ADMIN_ONLY,
    shows: (w) => gid('Objection', w.objection),
    why: "administrators only (objectors' identities)",
  }),
  'Query.statistics': byId({
    vars: (w) => ({ filter: { roundId: gid('Round', w.round), unitId: gid('Unit', w.otherUnit) } }),
    may: ['ADMIN', 'ANALYST'],
    select: '{ __typename }',
    shows: () => 'Statistics',
    why: 'aggregates only, for administrators and analysts; the IDs filter public rounds and units',
  }),

  // ── Mutation: applications ──
  'Mutation.saveApplicationFacts': byId({
    vars: appInput('draft', { facts: { smesServedLastYear: 1 } }),
    may: NOBODY,
    why: "APPLICANT party only (the applicant's own organisation)",
  }),
  'Mutation.submitApplication': byId({
    vars: appInput('draft', { declarationAccepted: true }),
    may: NOBODY,
    why: 'APPLICANT party only',
  }),
  'Mutation.deleteDraftApplication': byId({ vars: appInput('draft'), may: NOBODY, why: 'APPLICANT party only' }),
  'Mutation.withdrawApplication': byId({
    vars: appInput('submitted', { reason: '探测' }),
    may: NOBODY,
    why: 'APPLICANT party only',
  }),
  'Mutation.resubmitApplication': byId({ vars: appInput('returned'), may: NOBODY, why: 'APPLICANT party only' }),
  'Mutation.respondToInfoRequest': byId({
    vars: (w) => ({ input: { infoRequestId: gid('InfoRequest', w.infoRequest), response: '探测' } }),
    may: NOBODY,
    why: "APPLICANT party of the request's application",
  }),
  'Mutation.recommendApplication': byId({
    vars: appInput('submitted', { opinion: '探测' }),
    may: NOBODY,
    why: 'RECOMMENDING_UNIT party only: the current unit, not the former one (Art. 2)',
  }),
  'Mutation.declineRecommendation': byId({
    vars: appInput('submitted', { reason: '探测' }),
    may: NOBODY,
    why: 'RECOMMENDING_UNIT party only (Art. 2)',
  }),
  'Mutation.returnApplication': byId({
    vars: appInput('formerMember', { reason: '探测' }),
    may: NOBODY,
    why: 'the recommending unit (SUBMITTED): not a former one; administrators only once RECOMMENDED',
  }),
  'Mutation.declareConflictOfInterest': byId({
    vars: appInput('review', { hasConflict: true }),
    may: NOBODY,
    why: "an assigned reviewer's own assignment only",
  }),
  'Mutation.submitReview': byId({
    vars: appInput('review', { recommendation: 'PASS', comment: '探测', scores: [{ criterion: 'x', score: 1 }] }),
    may: NOBODY,
    why: "an assigned reviewer's own assignment only",
  }),
  'Mutation.requestMoreInformation': byId({
    vars: appInput('review', { request: '探测', dueOn: '2098-05-01' }),
    may: ADMIN_ONLY,
    why: 'an assigned reviewer or an administrator (Art. 8)',
  }),
  'Mutation.assignReviewers': byId({
    vars: (w) => ({ input: { applicationId: app(w, 'review'), reviewerIds: [gid('User', w.otherReviewer)] } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.autoAssignReviewers': byId({
    vars: (w) => ({ input: { roundId: gid('Round', w.round), reviewersPerApplication: 1 } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.decideApplications': byId({
    vars: (w) => ({ input: { applicationIds: [app(w, 'review')], outcome: 'PASSED', note: '探测' } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.publishNotice': byId({
    vars: (w) => ({
      input: {
        roundId: gid('Round', w.round),
        applicationIds: [app(w, 'passed')],
        title: '探测',
        publishedOn: '2026-01-05',
        evidenceUrl: 'https://www.example.org/notice/probe',
      },
    }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.createDraftApplication': byId({
    vars: (w) => ({ input: { roundId: gid('Round', w.round), functions: ['TRAINING'] } }),
    may: ['MEMBER'],
    why: "a draft of the member's OWN organisation; the round is published",
  }),
  'Mutation.updateRound': byId({
    vars: (w) => ({ input: { roundId: gid('Round', w.round), name: '探测' } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),

  // ── Mutation: notices and objections ──
  'Mutation.lodgeObjection': byId({
    vars: (w) => ({
      input: {
        noticeId: gid('PublicNotice', w.notice),
        applicationId: app(w, 'noticed'),
        name: '探测',
        contact: '13800000000',
        grounds: '探测异议：该机构申报材料与事实不符。',
      },
    }),
    may: NOBODY,
    why: 'running (published) notices only (Art. 8): a draft notice takes no objection',
  }),
  'Mutation.resolveObjection': byId({
    vars: (w) => ({ input: { objectionId: gid('Objection', w.objection), upheld: true, note: '探测' } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.awardAccreditations': byId({
    vars: (w) => ({ input: { noticeId: gid('PublicNotice', w.notice) } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),

  // ── Mutation: titles, spot checks, revocations ──
  'Mutation.createRenewalApplication': byId({
    vars: (w) => ({ input: { accreditationId: gid('Accreditation', w.title), roundId: gid('Round', w.round) } }),
    may: NOBODY,
    why: "the holder's members only",
  }),
  'Mutation.revokeAccreditation': byId({
    vars: (w) => ({
      input: {
        accreditationId: gid('Accreditation', w.title),
        reason: 'VIOLATION_VERIFIED',
        description: '探测',
        evidence: '探测',
        effectiveOn: '2026-01-05',
      },
    }),
    may: ADMIN_ONLY,
    why: 'titleWorkflow: ADMIN party',
  }),
  'Mutation.recommendNationally': byId({
    vars: (w) => ({ input: { accreditationIds: [gid('Accreditation', w.title)], year: 2026 } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.requestSpotCheckEvidence': byId({
    vars: (w) => ({ input: { spotCheckId: gid('SpotCheck', w.spotCheck), request: '探测', dueOn: '2098-01-01' } }),
    may: ADMIN_ONLY,
    why: 'spotCheckWorkflow: ADMIN party',
  }),
  'Mutation.recordSpotCheckResult': byId({
    vars: (w) => ({ input: { spotCheckId: gid('SpotCheck', w.spotCheck), passed: true, findings: '探测' } }),
    may: ADMIN_ONLY,
    why: 'spotCheckWorkflow: ADMIN party',
  }),
  'Mutation.respondToSpotCheck': byId({
    vars: (w) => ({ input: { spotCheckId: gid('SpotCheck', w.spotCheck), response: '探测' } }),
    may: NOBODY,
    why: "spotCheckWorkflow: HOLDER party (the title's members)",
  }),
  'Mutation.removeSpotCheckEvidence': byId({
    vars: (w) => ({ input: { fileId: gid('SpotCheckEvidenceFile', w.evidenceFile) } }),
    may: NOBODY,
    why: "the checked title's members only",
  }),

  // ── Mutation: membership, experts, tokens, notifications ──
  'Mutation.approveMembership': byId({
    vars: (w) => ({
      input: { organisationId: gid('Organisation', w.orgs.requester), unitId: gid('Unit', w.otherUnit) },
    }),
    may: MEMBERSHIP_DECIDERS,
    why: 'the Membership Department (canDecideMembership) or an administrator',
  }),
  'Mutation.refuseMembership': byId({
    vars: (w) => ({ input: { organisationId: gid('Organisation', w.orgs.requester), reason: '探测' } }),
    may: MEMBERSHIP_DECIDERS,
    why: 'the Membership Department or an administrator',
  }),
  'Mutation.endMembership': byId({
    vars: (w) => ({
      input: { organisationId: gid('Organisation', w.orgs.holder), endedOn: '2026-01-05', reason: '探测' },
    }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.saveExpertProfile': byId({
    vars: (w) => ({
      input: { email: 'reviewer@foreign.test', functions: ['TRAINING'], unitId: gid('Unit', w.otherUnit) },
    }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.endSession': byId({
    vars: (w) => ({ input: { sessionId: gid('AccountSession', w.session) } }),
    may: NOBODY,
    why: "the viewer's own sessions only — not even an administrator signs another out",
  }),
  'Mutation.revokeApiToken': byId({
    vars: (w) => ({ input: { apiTokenId: gid('ApiToken', w.apiToken) } }),
    may: NOBODY,
    why: "the viewer's own tokens only — not even an administrator revokes another's",
  }),
  'Mutation.markNotificationsRead': byId({
    vars: (w) => ({ input: { ids: [gid('Notification', w.notification)] } }),
    may: NOBODY,
    noOpSuccess: true,
    why: "the viewer's own notices only (others' ids match nothing: 0 marked)",
  }),

  // ── Lists without an ID argument ──
  'Query.revocations': list({
    seenBy: ADMIN_ONLY,
    hidden: (w) => [gid('Revocation', w.revocation)],
    why: 'unit staff: published revocations of current members only',
  }),
  'Query.recommendationQueue': list({
    seenBy: NOBODY,
    hidden: (w) => [app(w, 'formerMember'), app(w, 'submitted')],
    why: "SUBMITTED applications of the viewer's unit's current members",
  }),
  'Query.myReviewAssignments': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('ReviewerAssignment', w.assignment), app(w, 'review')],
    why: "the viewer's own assignments",
  }),
  'Query.myApplications': list({
    seenBy: NOBODY,
    hidden: (w) => Object.values(w.apps).map((id) => gid('Application', id)),
    why: "the viewer's organisation's only",
  }),
  'Query.myAccreditations': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('Accreditation', w.title), gid('Accreditation', w.revokedTitle)],
    why: "the viewer's organisation's only",
  }),
  'Query.mySpotChecks': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('SpotCheck', w.spotCheck)],
    why: "the viewer's organisation's titles only",
  }),
  'Query.myNotifications': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('Notification', w.notification)],
    why: "the viewer's own notices",
  }),
  'Query.mySessions': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('AccountSession', w.session)],
    why: "the viewer's own sessions",
  }),
  'Query.users': list({
    vars: () => ({ search: 'foreign.test', first: 100 }),
    seenBy: ADMIN_ONLY,
    hidden: () => ['analyst@foreign.test'],
    why: 'administrators only: who has enrolled in two-step sign-in',
    select: '{ edges { node { id email twoFactorEnabled } } }',
  }),
  'Query.myApiTokens': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('ApiToken', w.apiToken)],
    why: "the viewer's own tokens",
  }),
  'Query.membershipRequests': list({
    seenBy: MEMBERSHIP_DECIDERS,
    hidden: (w) => [gid('MembershipRequest', w.membershipRequest)],
    why: 'the Membership Department and administrators',
  }),
  'Query.spotChecks': list({
    seenBy: ADMIN_ONLY,
    hidden: (w) => [gid('SpotCheck', w.spotCheck)],
    why: 'administrators only',
  }),
  'Query.spotCheckCampaigns': list({
    seenBy: ['ADMIN', 'ANALYST'],
    hidden: (w) => [gid('SpotCheckCampaign', w.campaign)],
    why: "the association's campaigns",
  }),
  'Query.association': none("public: the association's configured name and website"),
  'Query.publicNotices': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('PublicNotice', w.notice)],
    why: 'published notices only',
  }),
  'Query.accreditations': list({
    seenBy: STAFF_READERS,
    hidden: (w) => [gid('Accreditation', w.title)],
    why: 'titles are published (Art. 9) — the scopes keep the list to staff who review/administer/analyse',
  }),
  'Query.titles': list({
    vars: () => ({ first: 100 }),
    seenBy: STAFF_READERS,
    hidden: (w) => [gid('Accreditation', w.title)],
    select: '{ edges { node { __typename id certificateNumber organisationName state } } }',
    why: 'titles are published (Art. 9); the scopes keep the list to staff',
  }),
  'Query.revokedTitles': list({
    seenBy: NOBODY,
    hidden: (w) => [w.revocation, gid('Revocation', w.revocation), 'FOREIGN-T-2'],
    why: 'completed, published revocations only',
  }),
  'Query.experts': list({
    seenBy: ADMIN_ONLY,
    hidden: () => ['reviewer@foreign.test'],
    why: 'administrators only',
    select: '{ __typename id reviewerId name email }',
  }),
  'Query.auditEvents': byId({
    // Filtered by a foreign user as the actor: administrators get the connection, nobody else anything.
    vars: (w) => ({ first: 50, actorId: gid('User', w.otherReviewer) }),
    may: ADMIN_ONLY,
    shows: () => 'AuditEventConnection',
    why: 'administrators only; no refused probe leaves an event',
    select: '{ __typename edges { node { id action data } } }',
  }),
  'Query.emailOutbox': none('administrators only; the mail queue of the installation (no foreign owner)'),
  'Query.outboxMessages': none('administrators only; the mail queue of the installation (no foreign owner)'),
  'Query.workbench': none("counts of the viewer's own work"),
  'Query.overdueOpenRevocations': none(
    "a count of the installation's open revocations, null to all but administrators (no foreign owner)",
  ),
  'Query.register': list({
    vars: () => ({ first: 100, name: '外来机构' }),
    seenBy: STAFF_READERS,
    hidden: () => ['REVOCATION_OPEN'],
    why: "titles valid today (Art. 9); a revocation not yet published (OPEN) only to those who see the holder's records (canSeeRecordsOf)",
  }),
  'Query.reviewToDo': none("counts of the viewer's own work"),
  'Query.nationalRecommendations': none('published recommendations (Art. 14); the fixture makes none'),

  // ── Fields that address no object of anyone's ──
  'Query.me': none("the session's own user"),
  'Query.myOrganisation': none("the viewer's own organisation"),
  'Query.myUnreadNotificationCount': none("a count of the viewer's own notices"),
  'Query.creditCodeCheck': none('a checksum of the input'),
  'Query.demoAccountsActive': none('a yes/no about the installation'),
  'Query.eligibilityPreview': none('rule evaluation of the input'),
  'Query.noticePeriod': none('calendar arithmetic'),
  'Query.mailTransport': none('installation setting'),
  'Query.openRounds': none('rounds are published'),
  'Query.rounds': none('rounds are published'),
  'Query.units': none("the association's structure"),
  'Query.reviewRubric': none('reference data'),
  'Query.workingDayCalendar': none('the statutory calendar'),
  'Query.calendarYears': none('which years the calendar knows'),
  'Query.calendarYearsToConfirm': none('which years the calendar knows'),
  'Query.workingDayOverrides': none('the association calendar'),
  'Query.objectionReceipt': none(
    'addressed by an unguessable receipt number, outcome only (objection-attachments and notice tests)',
  ),
  'Query.certificate': none('addressed by a printed certificate number: status and dates are public (Art. 9)'),
  'Mutation.login': none('the caller signs in'),
  'Mutation.logout': none("the caller's own session"),
  'Mutation.signOutEverywhere': none("the caller's own sessions"),
  'Mutation.startTwoFactorEnrolment': none("the caller's own account"),
  'Mutation.confirmTwoFactorEnrolment': none("the caller's own account"),
  'Mutation.disableTwoFactor': none("the caller's own account"),
  'Mutation.registerOrganisation': none('creates a new organisation'),
  'Mutation.applyForMembership': none("the viewer's own organisation"),
  'Mutation.createApiToken': none("a token of the viewer's own"),
  'Mutation.createRound': none('creates a new round (administrators only)'),
  'Mutation.setWorkingDay': none('the association calendar (administrators only)'),
  'Mutation.clearWorkingDayOverride': none('the association calendar (administrators only)'),
  'Mutation.confirmCalendarYear': none('the association calendar (administrators only)'),
  'Mutation.importAccreditations': none('creates titles from rows (administrators only)'),
  'Mutation.drawSpotCheckSample': none('draws a new campaign (administrators only)'),

  // ── Art. 12: service records, association activities, annual reports ──
  'Query.myServiceRecords': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('ServiceRecord', w.serviceRecord)],
    select: '{ id title }',
    why: "the records of the viewer's own organisation's titles",
  }),
  'Query.serviceRecords': byId({
    vars: (w) => ({ accreditationId: gid('Accreditation', w.title) }),
    may: STAFF_READERS,
    shows: (w) => gid('ServiceRecord', w.serviceRecord),
    select: '{ id title }',
    why: "canSeeRecordsOf: the holder's members, its current unit, staff who review/administer/analyse",
  }),
  'Query.associationActivities': list({
    seenBy: ['UNIT_STAFF', 'MEMBERSHIP_DEPT', 'REVIEWER', 'ADMIN', 'ANALYST'],
    hidden: (w) => [gid('Accreditation', w.title)],
    select: '{ id title attendees { id } }',
    why: "the activities are the association's; who attended: staff see all, a member only its own titles",
  }),
  'Query.myAnnualReports': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('AnnualReport', w.annualReport)],
    select: '{ id summary }',
    why: "the reports of the viewer's own organisation's titles",
  }),
  'Query.myAnnualReportsDue': list({
    seenBy: NOBODY,
    hidden: (w) => [gid('Accreditation', w.title)],
    select: '{ year accreditation { id } }',
    why: "the reports the viewer's own organisation's titles owe",
  }),
  'Query.annualReports': list({
    vars: () => ({ year: 2025 }),
    seenBy: STAFF_READERS,
    hidden: (w) => [gid('AnnualReport', w.annualReport)],
    select: '{ id summary }',
    why: 'unit staff: current members only (developedByUnit); other staff: all',
  }),
  'Query.annualReport': byId({
    vars: (w) => ({ id: gid('AnnualReport', w.annualReport) }),
    may: STAFF_READERS,
    select: '{ id summary }',
    why: "canSeeRecordsOf: the holder's members, its current unit, staff who review/administer/analyse",
  }),
  'Query.overdueAnnualReports': list({
    seenBy: STAFF_READERS,
    hidden: (w) => [gid('Accreditation', w.title)],
    select: '{ year accreditation { id } }',
    why: 'unit staff: current members only (developedByUnit); other staff: all',
  }),
  'Query.annualReportSchedule': none('the configured schedule, the same for everyone'),
  'Mutation.recordServiceActivity': byId({
    vars: (w) => ({
      input: {
        accreditationId: gid('Accreditation', w.title),
        date: '2026-06-01',
        kind: 'OTHER_SERVICE',
        title: '探测',
        enterprisesServed: 1,
        free: false,
      },
    }),
    may: NOBODY,
    why: "the title's members only (Art. 12)",
  }),
  'Mutation.updateServiceRecord': byId({
    vars: (w) => ({ input: { serviceRecordId: gid('ServiceRecord', w.serviceRecord), enterprisesServed: 2 } }),
    may: NOBODY,
    why: "the title's members only",
  }),
  'Mutation.deleteServiceRecord': byId({
    vars: (w) => ({ input: { serviceRecordId: gid('ServiceRecord', w.serviceRecord) } }),
    may: NOBODY,
    why: "the title's members only",
  }),
  'Mutation.createAssociationActivity': none('creates a new activity (administrators only)'),
  'Mutation.recordActivityAttendance': byId({
    vars: (w) => ({
      input: { activityId: gid('AssociationActivity', w.activity), accreditationIds: [gid('Accreditation', w.title)] },
    }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
  'Mutation.saveAnnualReportDraft': byId({
    vars: (w) => ({ input: { accreditationId: gid('Accreditation', w.title), year: 2026, summary: '探测' } }),
    may: NOBODY,
    why: "the title's members only (annualReportWorkflow: HOLDER party)",
  }),
  'Mutation.submitAnnualReport': byId({
    vars: (w) => ({ input: { accreditationId: gid('Accreditation', w.title), year: 2026, summary: '探测' } }),
    may: NOBODY,
    why: "the title's members only (annualReportWorkflow: HOLDER party)",
  }),
  'Mutation.reviewAnnualReport': byId({
    vars: (w) => ({ input: { reportId: gid('AnnualReport', w.annualReport), accept: false, note: '探测' } }),
    may: ADMIN_ONLY,
    why: 'annualReportWorkflow: ADMIN party',
  }),

  // ── Art. 14: the ranking ──
  'Query.nationalRecommendationCandidates': list({
    vars: () => ({ year: 2027 }),
    seenBy: ADMIN_ONLY,
    hidden: (w) => [gid('Accreditation', w.title)],
    select: '{ rank score accreditation { id } }',
    why: 'administrators only: the titles valid and unrevoked today, ranked',
  }),
  'Query.recommendationWeights': none('the weights in force, the same for every administrator'),
  'Query.recommendationRankings': none('rankings recommendations were made from; the fixture makes none'),
  'Mutation.setRecommendationWeights': none("sets the association's weights (administrators only)"),
  'Mutation.recommendNationallyFromRanking': byId({
    vars: (w) => ({ input: { year: 2027, accreditationIds: [gid('Accreditation', w.title)] } }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  }),
};

// ─────────────────────────────── generated from the schema ───────────────────────────────

type Root = { key: string; operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> };

function rootFields(): Root[] {
  const out: Root[] = [];
  for (const [operation, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type?.getFields() ?? {}))
      out.push({ key: `${type!.name}.${field.name}`, operation, field });
  }
  return out;
}

// Every place an ID can be given: `id`, `input.applicationId`, `input.reviewerIds[]`, `filter.unitId`.
function idPaths(type: GraphQLInputType, path: string, seen: Set<string> = new Set()): string[] {
  const named = getNamedType(type);
  if (named.name === 'ID') return [path];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  return Object.values(named.getFields()).flatMap((f) =>
    idPaths(f.type, `${path}.${f.name}`, new Set([...seen, named.name])),
  );
}
const idPathsOf = (field: GraphQLField<unknown, unknown>) => field.args.flatMap((a) => idPaths(a.type, a.name));

function valueAt(vars: Vars, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Vars)[k] : undefined), vars);
}

// A list, or a connection (a type with `edges`).
function returnsList(field: GraphQLField<unknown, unknown>): boolean {
  const type: GraphQLOutputType = isNonNullType(field.type) ? field.type.ofType : field.type;
  const named = getNamedType(type);
  return isListType(type) || (isObjectType(named) && 'edges' in named.getFields());
}

// A selection that would reveal the object: its scalars, a Success member's `data`, a
// connection's nodes — two levels, within the server's query limits.
function selectionOf(type: GraphQLNamedType, depth = 0): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `{ __typename ${members.map((m) => `... on ${m.name} ${selectionOf(m, depth)}`).join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const f of Object.values((type as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) parts.push(f.name);
    else if (depth < 2 && ['data', 'edges', 'node'].includes(f.name))
      parts.push(`${f.name} ${selectionOf(named, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(root: Root, vars: Vars, select?: string): string {
  const args = root.field.args.filter((a) => vars[a.name] !== undefined);
  const decl = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return `${root.operation} probe${decl ? `(${decl})` : ''} { ${root.field.name}${call} ${select ?? selectionOf(getNamedType(root.field.type))} }`;
}

type Answer = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };
const REFUSAL_CODES = ['NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED'];
const REFUSAL_MEMBERS = ['NotFoundError', 'RuleViolationError'];

// Why the answer is NOT a refusal that reveals nothing, or null when it is one.
function notARefusal(
  answer: Answer,
  fieldName: string,
  foreign: string[],
  options: { noOpSuccess?: boolean; list?: boolean } = {},
): string | null {
  const text = JSON.stringify(answer);
  for (const s of [SECRET, ...foreign])
    if (text.includes(s)) return `the answer contains ${s === SECRET ? 'a foreign secret' : `the foreign ${s}`}`;
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? '?');
  const odd = codes.filter((c) => !REFUSAL_CODES.includes(c));
  if (odd.length)
    return `errors other than a refusal (${odd.join(', ')}): the probe is invalid or the server failed — fix the probe's arguments`;
  const value = answer.data?.[fieldName];
  if (value === null || value === undefined) return codes.length || answer.data ? null : 'no data and no error';
  if (Array.isArray(value)) return value.length === 0 ? null : 'a non-empty list';
  if (typeof value === 'object') {
    const typename = (value as { __typename?: string }).__typename ?? '';
    if (REFUSAL_MEMBERS.includes(typename)) return null;
    if (options.noOpSuccess && typename.endsWith('Success')) return null;
    // A list or connection filtered by a foreign ID: empty of the foreign objects (checked above).
    if (options.list && !typename.endsWith('Success')) return null;
    if (typename === 'ValidationError')
      return `ValidationError: the probe's input is invalid — fix it so that only ownership can refuse it`;
    return `answered ${typename || 'an object'}`;
  }
  return `answered ${JSON.stringify(value)}`;
}

// ─────────────────────────────── the run ───────────────────────────────

let server: TestServer;
let world: World;
// What each refused call answered; written to $FOREIGN_MATRIX_REPORT when set, to review by eye.
const outcomes: string[] = [];
function outcomeOf(answer: Answer, fieldName: string): string {
  const codes = (answer.errors ?? []).map((e) => e.extensions?.code).join(',');
  const value = answer.data?.[fieldName] as { __typename?: string; code?: string } | null | undefined;
  return (
    codes ||
    (value && typeof value === 'object' ? `${value.__typename ?? 'object'} ${value.code ?? ''}` : JSON.stringify(value))
  );
}
const clients = {} as Record<Caller, GraphQLClient>;

beforeAll(async () => {
  server = await startTestServer();
  world = await buildWorld(server.db.prisma);
  clients.ANONYMOUS = new GraphQLClient(server.url);
  // One after another: the sign-in throttle counts attempts before checking passwords.
  for (const [caller, email] of Object.entries(LOGIN)) {
    const client = await signedInClient(server.url, email);
    clients[caller as Caller] = client;
  }
}, 240_000);
afterAll(async () => {
  if (process.env.FOREIGN_MATRIX_REPORT) writeFileSync(process.env.FOREIGN_MATRIX_REPORT, outcomes.sort().join('\n'));
  await server?.close();
});

const ROOTS = rootFields();

describe('role × root field × foreign object: the table', () => {
  it('has a row for every root field of the schema', () => {
    const missing = ROOTS.filter((r) => !PROBES[r.key]).map(
      (r) => `${r.key}${idPathsOf(r.field).length ? ` (ID: ${idPathsOf(r.field).join(', ')})` : ''}`,
    );
    expect(
      missing,
      `Root field(s) without a row in PROBES: ${missing.join('; ')}.\n` +
        'Add a row to apps/api/src/security/foreign-object-matrix.int.test.ts: a field with an ID argument gets ' +
        'byId({ vars: (w) => ({ …every ID naming an object of the foreign world… }), may: [who may read/change it], why }) — ' +
        "add the object to buildWorld if it is new; a list gets list({ seenBy, hidden, why }); a field that addresses no object none('why'). " +
        'Add it to ACCESS in authorisation-matrix.test.ts too.',
    ).toEqual([]);
  });

  it('lists no field the schema does not have', () => {
    const present = new Set(ROOTS.map((r) => r.key));
    expect(Object.keys(PROBES).filter((k) => !present.has(k))).toEqual([]);
  });

  it('probes every ID argument of every field with an object of the foreign world', () => {
    const problems: string[] = [];
    for (const root of ROOTS) {
      const paths = idPathsOf(root.field);
      const probe = PROBES[root.key];
      if (!probe || paths.length === 0) continue;
      if (probe.kind !== 'object') {
        problems.push(
          `${root.key} takes IDs (${paths.join(', ')}) but its row is '${probe.kind}': give it byId({ vars, may, why })`,
        );
        continue;
      }
      const vars = probe.vars(world);
      const unset = paths.filter((p) => valueAt(vars, p.replace(/\[\]$/, '')) === undefined);
      if (unset.length) problems.push(`${root.key}: no foreign object given for ${unset.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });
});

const objectRows = ROOTS.flatMap((root) => {
  const probe = PROBES[root.key];
  return probe?.kind === 'object' ? [{ root, probe }] : [];
});
const listRows = ROOTS.flatMap((root) => {
  const probe = PROBES[root.key];
  return probe?.kind === 'list' ? [{ root, probe }] : [];
});

describe.each(CALLERS)('%s', (caller) => {
  const cases = objectRows.filter(({ root, probe }) => root.operation === 'query' || !probe.may.includes(caller));
  it.each(cases.map((c) => [c.root.key, c] as const))('%s on a foreign object', async (key, { root, probe }) => {
    for (const [n, vars] of [probe.vars(world), ...(probe.also?.(world) ?? [])].entries()) {
      await probeOnce(caller, key, root, probe, vars, n === 0 ? probe.shows?.(world) : undefined);
    }
  });

  it.each(listRows.map((c) => [c.root.key, c] as const))(
    '%s hides the foreign objects',
    async (key, { root, probe }) => {
      const vars = probe.vars?.(world) ?? {};
      const answer = (await clients[caller].request(operationFor(root, vars, probe.select), vars)) as Answer;
      const text = JSON.stringify(answer.data ?? null);
      const hidden = probe.hidden(world);
      const codes = (answer.errors ?? [])
        .map((e) => e.extensions?.code ?? '?')
        .filter((c) => !REFUSAL_CODES.includes(c));
      expect(codes, `${caller} ${key}: ${JSON.stringify(answer.errors)}`).toEqual([]);
      if (probe.seenBy.includes(caller)) {
        expect(
          hidden.filter((h) => text.includes(h)),
          `${caller} should see ${key}'s foreign objects (${probe.why})`,
        ).toEqual(hidden);
      } else {
        expect(
          hidden.filter((h) => text.includes(h)),
          `${caller} ${key} shows foreign objects — rule: ${probe.why}`,
        ).toEqual([]);
        expect(text.includes(SECRET), `${caller} ${key} shows a foreign secret`).toBe(false);
      }
    },
  );
});

async function probeOnce(
  caller: Caller,
  key: string,
  root: Root,
  probe: ObjectProbe,
  vars: Vars,
  shows: string | undefined,
): Promise<void> {
  const query = operationFor(root, vars, probe.select);
  const before = root.operation === 'mutation' ? await snapshot(server.db.prisma) : {};
  const answer = (await clients[caller].request(query, vars)) as Answer;
  const target = shows ?? String(valueAt(vars, 'id'));
  if (probe.may.includes(caller)) {
    // The positive side: the probe reaches an object the rule shows this caller.
    expect(
      JSON.stringify(answer.data ?? null),
      `${caller} may read ${key}'s foreign object (${probe.why}) but got ${JSON.stringify(answer).slice(0, 400)}`,
    ).toContain(target);
    return;
  }
  const why = notARefusal(answer, root.field.name, target === 'undefined' ? [] : [target], {
    noOpSuccess: probe.noOpSuccess,
    list: returnsList(root.field),
  });
  outcomes.push(`${caller}\t${key}\t${outcomeOf(answer, root.field.name)}`);
  expect(why, `${caller} ${key}: ${why} — rule: ${probe.why}\n${JSON.stringify(answer).slice(0, 600)}`).toBeNull();
  if (root.operation === 'mutation') {
    // A no-op is still audited like every mutation (count 0): that row is the only change allowed.
    const changed = changedTables(before, await snapshot(server.db.prisma)).filter(
      (t) => !(probe.noOpSuccess && t === 'AuditEvent'),
    );
    expect(changed, `${caller} ${key} changed the database`).toEqual([]);
  }
}

// ─────────────────────────────── the rightful parties ───────────────────────────────
// The other side of the refusals: the foreign world's own people make the same calls and
// succeed, so the probes above were refused for ownership — not for a state, an input or a
// missing object. Run last: these calls change the fixture.
// (`email`, or [email, other arguments] when the row's own foreign object has no rightful party.)
const RIGHTFUL: Record<string, string | [string, (w: World) => Vars]> = {
  // The former member has no unit now; the current unit of another applicant sees it.
  'Query.application': ['unit@foreign.test', (w) => ({ id: app(w, 'submitted') })],
  'Query.accreditation': 'holder@foreign.test',
  'Query.spotCheck': 'holder@foreign.test',
  'Mutation.saveApplicationFacts': 'draft@foreign.test',
  'Mutation.recommendApplication': 'unit@foreign.test',
  'Mutation.declareConflictOfInterest': 'reviewer@foreign.test',
  'Mutation.respondToInfoRequest': 'more-info@foreign.test',
  'Mutation.respondToSpotCheck': 'holder@foreign.test',
  'Mutation.revokeApiToken': 'analyst@foreign.test',
  'Mutation.endSession': 'analyst@foreign.test',
  'Mutation.markNotificationsRead': 'holder@foreign.test',
  'Query.serviceRecords': 'holder@foreign.test',
  'Query.annualReport': 'holder@foreign.test',
  'Mutation.recordServiceActivity': 'holder@foreign.test',
  'Mutation.updateServiceRecord': 'holder@foreign.test',
  'Mutation.saveAnnualReportDraft': 'holder@foreign.test',
  'Mutation.submitAnnualReport': 'holder@foreign.test',
};

describe('the rightful parties of the foreign objects', () => {
  const parties = new Map<string, GraphQLClient>();
  beforeAll(async () => {
    for (const email of new Set(Object.values(RIGHTFUL).map((r) => (typeof r === 'string' ? r : r[0])))) {
      const client = await signedInClient(server.url, email, FOREIGN_PASSWORD);
      parties.set(email, client);
    }
  });

  const cases = Object.entries(RIGHTFUL).map(([key, r]): [string, string, ((w: World) => Vars) | undefined] =>
    typeof r === 'string' ? [key, r, undefined] : [key, r[0], r[1]],
  );
  it.each(cases)('%s succeeds for %s', async (key, email, otherVars) => {
    const root = ROOTS.find((r) => r.key === key);
    const probe = PROBES[key];
    if (!root || probe?.kind !== 'object') throw new Error(`${key} has no byId row`);
    const vars = otherVars?.(world) ?? probe.vars(world);
    const answer = (await parties.get(email)!.request(operationFor(root, vars, probe.select), vars)) as Answer;
    const value = answer.data?.[root.field.name] as { __typename?: string; data?: unknown } | null | undefined;
    const text = JSON.stringify(answer);
    if (root.operation === 'query')
      expect(JSON.stringify(answer.data ?? null), text.slice(0, 400)).toContain(
        otherVars ? String(valueAt(vars, 'id')) : (probe.shows?.(world) ?? String(valueAt(vars, 'id'))),
      );
    else expect(value?.__typename, text.slice(0, 400)).toMatch(/Success$/);
    if (probe.noOpSuccess) expect(value?.data, 'the rightful party changes something').not.toBe(0);
  });
});

// ─────────────────────────────── HTTP routes beside /graphql ───────────────────────────────
// The same matrix for the server's other routes (files, forms, certificates, exports), taken
// from Fastify's route table: every route needs a row. A route addressing an object is called
// as every caller not in `may` on the foreign one: 401/403/404 (409 for a business refusal),
// nothing foreign in the body, and the database unchanged. (The callers in `may` are not called: the files of the fixture have no
// bytes in the store; the module tests download real ones.)

type RouteCall = { url: string; upload?: true };
type RouteProbe =
  | { kind: 'object'; call: (w: World) => RouteCall; may: readonly Caller[]; why: string }
  | { kind: 'none'; why: string };

const ROUTES: Record<string, RouteProbe> = {
  'GET /healthz': { kind: 'none', why: 'liveness' },
  'GET /readyz': { kind: 'none', why: 'readiness' },
  'GET /api/feeds/notices.atom': {
    kind: 'none',
    why: 'public: published notices only, as Query.publicNotices (publication.int: drafts absent)',
  },
  'GET /api/feeds/register.atom': { kind: 'none', why: 'public: titles valid today, as Query.register' },
  'GET /embed/notices': { kind: 'none', why: 'public: published notices only, as Query.publicNotices' },
  'GET /embed/register': { kind: 'none', why: 'public: titles valid today, as Query.register' },
  'GET /graphql': { kind: 'none', why: 'GraphQL: PROBES above' },
  'POST /graphql': { kind: 'none', why: 'GraphQL: PROBES above' },
  'GET /api/exports/:file': { kind: 'none', why: 'every export list: EXPORTS below' },
  'GET /api/imports/accreditations/template.:format': { kind: 'none', why: 'an empty template' },
  'POST /api/imports/accreditations/parse': {
    kind: 'none',
    why: 'parses the uploaded file and stores nothing (administrators only)',
  },
  'POST /api/applications/:applicationId/materials/:kind': {
    kind: 'object',
    call: (w) => ({ url: `/api/applications/${app(w, 'draft')}/materials/APPLICATION_REPORT`, upload: true }),
    may: NOBODY,
    why: 'APPLICANT party only',
  },
  'GET /api/applications/:applicationId/forms/:file': {
    kind: 'object',
    call: (w) => ({ url: `/api/applications/${app(w, 'formerMember')}/forms/application-form.pdf` }),
    may: ADMIN_ONLY,
    why: 'mayReadApplicationFile: the forms print the facts — the applicant, its current unit, assigned reviewers, administrators; not analysts',
  },
  'GET /api/materials/:materialVersionId': {
    kind: 'object',
    call: (w) => ({ url: `/api/materials/${gid('MaterialVersion', w.materialVersion)}` }),
    may: ADMIN_ONLY,
    why: 'mayReadApplicationFile: its members, current unit, assigned reviewers, administrators; not analysts',
  },
  'POST /api/objection-attachments': {
    kind: 'object',
    call: (w) => ({
      url: `/api/objection-attachments?noticeId=${gid('PublicNotice', w.notice)}&applicationId=${app(w, 'noticed')}`,
      upload: true,
    }),
    may: NOBODY,
    why: 'only while the notice runs (a draft notice takes none)',
  },
  'GET /api/objection-attachments/:attachmentId': {
    kind: 'object',
    call: (w) => ({ url: `/api/objection-attachments/${gid('ObjectionAttachment', w.objectionAttachment)}` }),
    may: ADMIN_ONLY,
    why: 'administrators only',
  },
  'POST /api/spot-checks/:spotCheckId/evidence': {
    kind: 'object',
    call: (w) => ({ url: `/api/spot-checks/${gid('SpotCheck', w.spotCheck)}/evidence`, upload: true }),
    may: NOBODY,
    why: "the checked title's members only",
  },
  'GET /api/spot-check-evidence/:fileId': {
    kind: 'object',
    call: (w) => ({ url: `/api/spot-check-evidence/${gid('SpotCheckEvidenceFile', w.evidenceFile)}` }),
    may: ADMIN_ONLY,
    why: "the checked title's members and administrators",
  },
  'POST /api/service-records/:serviceRecordId/evidence': {
    kind: 'object',
    call: (w) => ({ url: `/api/service-records/${gid('ServiceRecord', w.serviceRecord)}/evidence`, upload: true }),
    may: NOBODY,
    why: "the title's members only",
  },
  'GET /api/service-records/:serviceRecordId/evidence': {
    kind: 'object',
    call: (w) => ({ url: `/api/service-records/${gid('ServiceRecord', w.serviceRecord)}/evidence` }),
    may: STAFF_READERS,
    why: "canSeeRecordsOf: the holder's members, its current unit, staff who review/administer/analyse",
  },
  'GET /api/annual-reports/:file': {
    kind: 'object',
    call: (w) => ({ url: `/api/annual-reports/${gid('AnnualReport', w.annualReport)}.pdf` }),
    may: STAFF_READERS,
    why: "canSeeRecordsOf: the holder's members, its current unit, staff who review/administer/analyse",
  },
  'GET /api/national-recommendation/dossiers/:file': {
    kind: 'object',
    call: (w) => ({ url: `/api/national-recommendation/dossiers/${gid('Accreditation', w.title)}.pdf` }),
    may: ['ADMIN', 'ANALYST'],
    why: 'administrators and analysts (Art. 14 submissions)',
  },
  'GET /api/certificates/:file': {
    kind: 'object',
    call: () => ({ url: '/api/certificates/FOREIGN-T-1.pdf' }),
    may: STAFF_READERS,
    why: "the holder's document: canSeeRecordsOf",
  },
};

// Every export list (GET /api/exports/<name>.csv): the foreign objects `hidden` appear only for `seenBy`.
type ExportProbe = { seenBy: readonly Caller[]; hidden: (w: World) => string[]; why: string } | { none: string };
const EXPORTS: Record<string, ExportProbe> = {
  applications: {
    seenBy: APPLICATION_SEERS,
    hidden: () => ['外来机构已退出', '外来机构已提交'],
    why: 'as Query.applications: unit staff see current members only, reviewers their assignments',
  },
  'audit-events': { seenBy: ADMIN_ONLY, hidden: () => [], why: 'administrators only' },
  titles: { seenBy: STAFF_READERS, hidden: () => ['FOREIGN-T-1'], why: 'as Query.titles' },
  register: { none: 'the public register (Art. 9): titles valid today; the status tells only completed revocations' },
  'spot-checks': { seenBy: ADMIN_ONLY, hidden: () => ['FOREIGN-T-1'], why: 'as Query.spotChecks' },
  objections: { seenBy: ADMIN_ONLY, hidden: () => [SECRET], why: "as Query.objections: objectors' identities" },
  notices: { seenBy: ADMIN_ONLY, hidden: () => [SECRET], why: 'published notices; drafts to administrators' },
  'national-recommendations': { none: 'published recommendations (Art. 14); the fixture makes none' },
  'recommended-platforms': { none: 'recommendations made from a ranking (Art. 14); the fixture makes none' },
};
// Statistics tables are aggregates for administrators and analysts (statistics.int tests).
const exportProbe = (name: string): ExportProbe | undefined =>
  EXPORTS[name] ?? (name.startsWith('statistics-') ? { none: 'aggregates' } : undefined);

function routeKeys(): string[] {
  // Fastify prints its route tree; rebuild each full path from the indentation.
  const keys: string[] = [];
  const stack: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+) \(([^)]+)\)/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const path = (stack[depth - 1] ?? '') + match[2];
    stack.push(path);
    for (const method of (match[3] ?? '').split(', '))
      if (method !== 'HEAD' && method !== 'OPTIONS') keys.push(`${method} ${path}`);
  }
  return keys;
}

function send(caller: Caller, method: string, url: string, upload?: true): Promise<Response> {
  const cookie = clients[caller].sessionCookie;
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) };
  let body: FormData | undefined;
  if (upload) {
    body = new FormData();
    body.append('file', new Blob([new Uint8Array(samplePdf('probe'))], { type: 'application/pdf' }), 'probe.pdf');
  }
  return fetch(`${server.url}${url}`, { method, headers, body });
}

describe('HTTP routes × foreign object', () => {
  it('has a row for every route and every export list', () => {
    const missing = routeKeys().filter((k) => !ROUTES[k]);
    const missingExports = exportListNames().filter((n) => !exportProbe(n));
    expect(
      [...missing, ...missingExports.map((n) => `export ${n}`)],
      'Route(s) or export list(s) without a row: add them to ROUTES or EXPORTS in apps/api/src/security/foreign-object-matrix.int.test.ts ' +
        '(who may read or change the foreign object, or why the route addresses none).',
    ).toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !routeKeys().includes(k))).toEqual([]);
  });

  const routeCases = Object.entries(ROUTES).flatMap(([key, probe]) =>
    probe.kind === 'object'
      ? CALLERS.filter((c) => !probe.may.includes(c)).map((caller) => [`${caller} ${key}`, caller, key, probe] as const)
      : [],
  );
  it.each(routeCases)('%s on a foreign object', async (_, caller, key, probe) => {
    const { url, upload } = probe.call(world);
    const before = await snapshot(server.db.prisma);
    const response = await send(caller, key.split(' ')[0]!, url, upload);
    const text = await response.text();
    // 409: a business refusal to a caller who may read but not change it (nothing changes).
    expect(
      [401, 403, 404, 409],
      `${caller} ${key}: ${response.status} ${text.slice(0, 300)} — rule: ${probe.why}`,
    ).toContain(response.status);
    expect(text.includes(SECRET), `${caller} ${key} answered a foreign secret`).toBe(false);
    expect(changedTables(before, await snapshot(server.db.prisma)), `${caller} ${key} changed the database`).toEqual(
      [],
    );
  });

  const exportCases = CALLERS.flatMap((caller) =>
    Object.entries(EXPORTS).flatMap(([name, probe]) =>
      'none' in probe ? [] : [[`${caller} ${name}`, caller, name, probe] as const],
    ),
  );
  it.each(exportCases)('export %s hides the foreign objects', async (_, caller, name, probe) => {
    const response = await send(caller, 'GET', `/api/exports/${name}.csv`);
    const text = response.status === 200 ? await response.text() : '';
    expect([200, 401, 404], `${caller} ${name}: ${response.status}`).toContain(response.status);
    const hidden = probe.hidden(world);
    if (probe.seenBy.includes(caller)) {
      expect(response.status).toBe(200);
      expect(
        hidden.filter((h) => text.includes(h)),
        `${caller} should find ${hidden.join(', ')} in export ${name} (${probe.why})`,
      ).toEqual(hidden);
    } else {
      expect(
        hidden.filter((h) => text.includes(h)),
        `${caller} export ${name} shows foreign objects — rule: ${probe.why}`,
      ).toEqual([]);
      expect(text.includes(SECRET), `${caller} export ${name} shows a foreign secret`).toBe(false);
    }
  });
});

// ─────────────────────── relation fields: what reaches whom below the root ───────────────────────
// Root fields are checked above; here the objects reached THROUGH them. Signed out, every public
// answer is walked two relations deep, each relation asked for alone (so one refusal does not
// hide another) with nothing but `__typename`: only the public types may appear. Then, from
// every caller, each relation field of a title (the register reaches titles for everyone).

// The types a signed-out caller may meet: the public register, certificate checks, published
// notices, objection receipts, the calendar and the types that only carry them.
const PUBLIC_TYPES = new Set([
  'Accreditation',
  'AccreditationConnection',
  'AccreditationEdge',
  'PageInfo',
  'ActionBlocker',
  'CertificateCheck',
  'PublicNotice',
  'PublicNoticeEntry',
  'PublicRevocation',
  'ObjectionReceipt',
  'Association',
  'CreditCodeCheck',
  'EligibilityResult',
  'EligibilityCheck',
  'CalendarYear',
  'CalendarDay',
  'WorkingDayOverride',
  'StatutoryArticle',
  'StatutoryItem',
  'LocalisedText',
]);

// The arguments a public root field needs, pointing at the foreign world where they name an object.
const PUBLIC_ARGS: Record<string, (w: World) => Vars> = {
  register: () => ({ first: 100 }),
  certificate: () => ({ number: 'FOREIGN-T-3' }),
  objectionReceipt: () => ({ receiptNumber: 'YY-FOREIGN-0001' }),
};

function literalArgs(vars: Vars): string {
  const entries = Object.entries(vars);
  return entries.length ? `(${entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')})` : '';
}

// Paths from a root's answer to each relation one and two levels down: "edges.node.revocation".
function relationPaths(type: GraphQLNamedType, depth: number, prefix: string[] = []): string[][] {
  if (!isObjectType(type) || depth === 0) return [];
  const out: string[][] = [];
  for (const f of Object.values(type.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) continue;
    // A connection's edges and nodes are the list itself, not a relation.
    const through = ['edges', 'node'].includes(f.name);
    out.push([...prefix, f.name]);
    if (isObjectType(named)) out.push(...relationPaths(named, through ? depth : depth - 1, [...prefix, f.name]));
  }
  return out;
}

function typenamesIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => typenamesIn(v, into));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename') into.add(String(v));
      else typenamesIn(v, into);
    }
  return into;
}

describe('relation fields, signed out', () => {
  it('show no object the public may not see, not even its __typename', async () => {
    const leaks: string[] = [];
    let asked = 0;
    for (const root of ROOTS.filter((r) => r.operation === 'query')) {
      const needed = root.field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const args = PUBLIC_ARGS[root.field.name]?.(world) ?? {};
      if (needed.some((a) => args[a.name] === undefined)) continue;
      const probe = await clients.ANONYMOUS.request(`{ ${root.field.name}${literalArgs(args)} { __typename } }`);
      if (!probe.data?.[root.field.name]) continue; // refused at the root: checked by the table above
      for (const path of relationPaths(getNamedType(root.field.type), 2)) {
        const selection = path.reduceRight((inner, name) => `${name} { ${inner} }`, '__typename');
        const answer = await clients.ANONYMOUS.request(`{ ${root.field.name}${literalArgs(args)} { ${selection} } }`);
        asked += 1;
        const text = JSON.stringify(answer);
        const seen = [...typenamesIn(answer.data)].filter((t) => !PUBLIC_TYPES.has(t));
        if (seen.length || text.includes(SECRET))
          leaks.push(`${root.field.name}.${path.join('.')}: ${seen.join(', ') || 'a foreign secret'}`);
        const odd = (answer.errors ?? []).map((e) => e.extensions?.code).filter((c) => c !== 'UNAUTHENTICATED');
        if (odd.length) leaks.push(`${root.field.name}.${path.join('.')}: errors ${odd.join(', ')}`);
      }
    }
    expect(asked, 'the walk reached the public answers').toBeGreaterThan(50);
    expect(leaks, 'a signed-out caller met these objects (refuse them or return null/empty)').toEqual([]);
  }, 120_000);
});

describe('relation fields of a title, from every caller', () => {
  let renewalDraft = '';
  let nationalRecommendation = '';
  beforeAll(async () => {
    const db = server.db.prisma;
    const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const round = await db.round.create({
      data: {
        year: 2097,
        sequence: 1,
        name: '外来再次申报批次',
        opensOn: new Date('2097-03-01'),
        submissionDeadline: new Date('2097-04-15'),
        reviewEndsOn: new Date('2097-06-15'),
      },
    });
    renewalDraft = (
      await db.application.create({
        data: {
          roundId: round.id,
          organisationId: world.orgs.holder,
          isRenewal: true,
          renewsAccreditationId: world.openTitle,
          materials: { create: [{ kind: 1, title: `${SECRET} 再次申报材料` }] },
        },
      })
    ).id;
    nationalRecommendation = (
      await db.nationalRecommendation.create({
        data: { accreditationId: world.openTitle, year: 2026, note: `${SECRET} 推荐`, recommendedById: admin.id },
      })
    ).id;
  });

  const STAFF: readonly Caller[] = ['UNIT_STAFF', 'MEMBERSHIP_DEPT', 'REVIEWER', 'ADMIN', 'ANALYST'];
  // Every relation field of Accreditation: who meets the foreign object behind it.
  const TITLE_RELATIONS: Record<
    string,
    { seenBy: readonly Caller[]; shows: () => string; select?: string } | { none: string }
  > = {
    revocation: { seenBy: ADMIN_ONLY, shows: () => gid('Revocation', world.openRevocation) },
    renewalApplications: { seenBy: ADMIN_ONLY, shows: () => gid('Application', renewalDraft) },
    nationalRecommendations: { seenBy: STAFF, shows: () => gid('NationalRecommendation', nationalRecommendation) },
    // canSeeOrganisation: the Membership Department also sees organisations that asked to join.
    organisation: {
      seenBy: [...STAFF_READERS, 'MEMBERSHIP_DEPT'],
      shows: () => gid('Organisation', world.orgs.holder),
    },
    application: { none: 'the foreign titles were not awarded here: no application' },
    spotChecks: { none: 'the spot check is on another title; Query.spotChecks above' },
    renews: { none: 'a title is public (Art. 9)' },
    renewalBlocker: { none: 'a reason in words, public on the register' },
    timeline: { seenBy: ADMIN_ONLY, shows: () => '"timeline":[' },
    // Art. 12: what the platform did while it held the title — its records, not public.
    serviceRecords: { seenBy: STAFF_READERS, shows: () => '"serviceRecords":[' },
    annualReports: { seenBy: STAFF_READERS, shows: () => '"annualReports":[' },
    annualReportsDue: { seenBy: STAFF_READERS, shows: () => '"annualReportsDue":[', select: 'year' },
    activitiesAttended: { seenBy: STAFF_READERS, shows: () => '"activitiesAttended":[' },
  };

  it('has a row for every relation field of Accreditation', () => {
    const type = schema.getType('Accreditation') as GraphQLObjectType;
    const relations = Object.values(type.getFields())
      .filter((f) => !isScalarType(getNamedType(f.type)) && !isEnumType(getNamedType(f.type)))
      .map((f) => f.name)
      .sort();
    expect(relations).toEqual(Object.keys(TITLE_RELATIONS).sort());
  });

  for (const caller of CALLERS)
    for (const [field, row] of Object.entries(TITLE_RELATIONS)) {
      if ('none' in row) continue;
      it(`${caller} ${row.seenBy.includes(caller) ? 'meets' : 'does not meet'} the foreign title's ${field}`, async () => {
        const answer = await clients[caller].request(
          `{ register(name: "外来机构持证", first: 10) { edges { node { certificateNumber ${field} { __typename ${row.select ?? 'id'} } } } } }`,
        );
        const text = JSON.stringify(answer.data ?? null);
        expect(JSON.stringify(answer)).not.toContain(SECRET);
        if (row.seenBy.includes(caller)) {
          expect(text, 'the register lists the foreign title').toContain('FOREIGN-T-3');
          expect(text).toContain(row.shows());
        } else if (answer.data == null) {
          // Refused with the auth error (the field cannot be null): nothing of the object shows.
          const codes = (answer.errors ?? []).map((e) => e.extensions?.code ?? '?');
          expect(codes.length).toBeGreaterThan(0);
          expect(codes.filter((c) => !REFUSAL_CODES.includes(c))).toEqual([]);
        } else {
          expect(text, 'the register lists the foreign title').toContain('FOREIGN-T-3');
          expect(text).not.toContain(row.shows());
          expect([...typenamesIn(answer.data)].filter((t) => !PUBLIC_TYPES.has(t))).toEqual([]);
        }
      });
    }
});

// ─────────────────────────── access by need: how much of an application ───────────────────────────
// A draft is its applicant's alone: administrators see that it exists, not its facts or
// materials. Reviewers read what is assigned to them, analysts get no application's file, unit
// staff read the submitted applications of their current members but not their drafts.
describe('access by need', () => {
  const FILE = '{ id status organisation { name } materials { kind } timeline { __typename } factsFingerprint }';
  type Row = { id: string; status: string; materials: unknown[]; timeline: unknown[] } | null;
  let ownDraft = '';
  let ownSubmitted = '';
  beforeAll(async () => {
    const db = server.db.prisma;
    const inf = await db.unit.findUniqueOrThrow({ where: { code: 'INF' } });
    const reviewer = await db.user.findUniqueOrThrow({ where: { email: 'reviewer@example.com' } });
    const admin = await db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    // Two members the demo unit develops now: one drafting, one submitted.
    const member = async (name: string, creditCode: string, status: 'DRAFT' | 'SUBMITTED') => {
      const org = await db.organisation.create({ data: { name, creditCode } });
      await db.membership.create({
        data: { organisationId: org.id, unitId: inf.id, since: new Date('2020-01-01'), status: 'ACTIVE' },
      });
      const created = await db.application.create({
        data: {
          roundId: world.round,
          organisationId: org.id,
          status,
          submittedAt: status === 'DRAFT' ? null : new Date('2098-04-01'),
          materials: { create: [{ kind: 1, title: `${SECRET} 本单位材料` }] },
        },
      });
      return created.id;
    };
    ownDraft = await member('本单位会员草稿', '91110000000007777X', 'DRAFT');
    ownSubmitted = await member('本单位会员已提交', '91110000000006666X', 'SUBMITTED');
    // The demo reviewer is assigned to one foreign application.
    await db.reviewerAssignment.create({
      data: { applicationId: world.apps.passed, reviewerId: reviewer.id, assignedById: admin.id },
    });
  });

  const read = async (caller: Caller, id: string) =>
    (
      await clients[caller].request<{ application: Row }>(`query ($id: ID!) { application(id: $id) ${FILE} }`, {
        id: gid('Application', id),
      })
    ).data?.application ?? null;

  it('an administrator sees that a draft exists, not its materials or history', async () => {
    const draft = await read('ADMIN', world.apps.draft);
    expect(draft).toMatchObject({ status: 'DRAFT', organisation: { name: '外来机构草稿' } });
    expect(draft?.materials).toEqual([]);
    expect(draft?.timeline).toEqual([]);
    const submitted = await read('ADMIN', world.apps.submitted);
    expect(submitted?.materials.length).toBeGreaterThan(0);
  });

  it("nobody else sees another organisation's draft, not even in a list", async () => {
    for (const caller of CALLERS.filter((c) => c !== 'ADMIN')) {
      expect(await read(caller, world.apps.draft), caller).toBeNull();
      expect(await read(caller, ownDraft), caller).toBeNull();
    }
    const unit = await clients.UNIT_STAFF.request(`{ applications(first: 100) { edges { node { id } } } }`);
    expect(JSON.stringify(unit.data)).not.toContain(gid('Application', ownDraft));
    expect(JSON.stringify(unit.data)).toContain(gid('Application', ownSubmitted));
  });

  it('an analyst sees that a submitted application exists, never its file', async () => {
    const seen = await read('ANALYST', world.apps.submitted);
    expect(seen).toMatchObject({ id: gid('Application', world.apps.submitted), materials: [], timeline: [] });
    expect(seen?.status).not.toBe('DRAFT');
  });

  it('a reviewer reads the applications assigned to them, and no other', async () => {
    expect((await read('REVIEWER', world.apps.passed))?.materials.length).toBeGreaterThan(0);
    for (const which of ['submitted', 'review', 'moreInfo', 'noticed'] as const)
      expect(await read('REVIEWER', world.apps[which]), which).toBeNull();
    const list = JSON.stringify(
      (await clients.REVIEWER.request(`{ applications(first: 100) { edges { node { id } } } }`)).data,
    );
    expect(list).toContain(gid('Application', world.apps.passed));
    for (const which of ['submitted', 'review', 'moreInfo', 'noticed', 'draft'] as const)
      expect(list, which).not.toContain(gid('Application', world.apps[which]));
  });

  it("unit staff read their current member's submitted application in full", async () => {
    expect((await read('UNIT_STAFF', ownSubmitted))?.materials.length).toBeGreaterThan(0);
  });
});
