// The role × root-field matrix, generated from the built schema. Every Query and
// Mutation root field must have an entry in ACCESS below saying who may call it and which
// object-level rule limits what they get. A new field without an entry fails this test, so
// ownership is decided when the field is written, not found later by a probe. The rule in
// words is checked in behaviour by foreign-object-matrix.int.test.ts, whose PROBES table needs a
// row for every root field too: a new field gets a row in both.
import type { GraphQLField, GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema.js';

const ROLES = ['MEMBER', 'UNIT_STAFF', 'REVIEWER', 'ADMIN', 'ANALYST'] as const;
type Role = (typeof ROLES)[number];
type Caller = 'ANONYMOUS' | Role;
const CALLERS: Caller[] = ['ANONYMOUS', ...ROLES];

// Who passes the root field's scopes. 'public': everyone, signed out too. A list: exactly
// these signed-in roles. `rule`: the object-level check that limits WHAT each caller gets
// (ownership, current membership, publication) — required, even if it is "none: reference data".
type Access = { callers: 'public' | readonly Role[]; rule: string };

const ALL_SIGNED_IN = ROLES;
const STAFF = ['UNIT_STAFF', 'REVIEWER', 'ADMIN', 'ANALYST'] as const;

export const ACCESS: Record<string, Access> = {
  // ── Query ──
  'Query.accreditations': {
    callers: ['REVIEWER', 'ADMIN', 'ANALYST'],
    rule: 'none: titles are published (Art. 9); Accreditation.application keeps canSeeOrganisation',
  },
  'Query.titles': {
    callers: ['REVIEWER', 'ADMIN', 'ANALYST'],
    rule: 'none: the same published titles as accreditations (Art. 9), filtered and paged in the database',
  },
  'Query.application': {
    callers: ALL_SIGNED_IN,
    rule: 'Application type: canSeeRecordsOf (own organisation; unit staff: current members only, not via a membership request)',
  },
  'Query.applications': { callers: STAFF, rule: 'unit staff: developedByUnit (ACTIVE memberships); other staff: all' },
  'Query.auditEvents': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.overdueOpenRevocations': {
    callers: ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'],
    rule: "a count of the installation's open revocations; null to all but administrators",
  },
  'Query.creditCodeCheck': { callers: 'public', rule: 'none: pure checksum of the input' },
  'Query.association': {
    callers: 'public',
    rule: "none: the association's configured name and website, the same for everyone",
  },
  'Query.demoAccountsActive': { callers: 'public', rule: 'none: a yes/no about the installation' },
  'Query.eligibilityPreview': { callers: 'public', rule: 'none: pure rule evaluation of the input' },
  'Query.membershipRequests': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'unit staff: the Membership Department only (canDecideMembership); admins: all',
  },
  'Query.me': { callers: 'public', rule: "the session's own user, null signed out" },
  'Query.myApiTokens': { callers: ['ADMIN', 'ANALYST'], rule: "the viewer's own tokens only" },
  'Query.myOrganisation': { callers: ['MEMBER'], rule: "the viewer's organisation only" },
  'Query.myApplications': { callers: ['MEMBER'], rule: "the viewer's organisation only" },
  'Query.noticePeriod': { callers: 'public', rule: 'none: calendar arithmetic' },
  'Query.openRounds': { callers: ALL_SIGNED_IN, rule: 'none: rounds are published' },
  'Query.publicNotices': {
    callers: 'public',
    rule: 'published (PUBLISHED or CLOSED) notices only; objections and awardBlocker admin-only fields',
  },
  'Query.publicNotice': { callers: 'public', rule: 'published notices only; objections admin-only' },
  'Query.objections': { callers: ['ADMIN'], rule: "administrators only (objectors' identities and contacts)" },
  'Query.objectionReceipt': {
    callers: 'public',
    rule: 'whoever holds the unguessable receipt number; outcome only, no identities',
  },
  'Query.certificate': { callers: 'public', rule: 'none: titles are published (Art. 9); status and dates only' },
  'Query.register': {
    callers: 'public',
    rule: 'titles valid today only; Accreditation.application and an OPEN revocation (state, renewalBlocker) keep canSeeRecordsOf',
  },
  'Query.myAccreditations': { callers: ['MEMBER'], rule: "the viewer's organisation only" },
  'Query.revocations': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'admin: all; unit staff: published ones of current members (developedByUnit)',
  },
  'Query.rounds': { callers: ALL_SIGNED_IN, rule: 'none: rounds are published by the association' },
  'Query.statistics': { callers: ['ADMIN', 'ANALYST'], rule: 'none: aggregates only, no personal data' },
  'Query.spotChecks': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.workingDayCalendar': { callers: STAFF, rule: 'none: the statutory calendar' },
  'Query.calendarYears': { callers: STAFF, rule: 'none: which years the calendar knows' },
  'Query.calendarYearsToConfirm': { callers: STAFF, rule: 'none: which years the calendar knows' },
  'Query.recommendationQueue': {
    callers: ['UNIT_STAFF'],
    rule: "SUBMITTED applications of the viewer's unit's ACTIVE members (Art. 2)",
  },
  'Query.myReviewAssignments': {
    callers: ['REVIEWER'],
    rule: "the viewer's own assignments; other reviewers' scores hidden until one has submitted",
  },
  'Query.reviewRubric': { callers: STAFF, rule: 'none: the score sheet is reference data (Arts. 5 and 6)' },
  'Query.experts': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.reviewToDo': {
    callers: STAFF,
    rule: "counts of the viewer's own work (unit: its members; reviewer: own assignments)",
  },
  'Query.units': { callers: STAFF, rule: "none: the association's own structure" },
  'Query.round': {
    callers: ALL_SIGNED_IN,
    rule: 'none: rounds are published; Round.applicationCounts staff only, unit staff count their members',
  },
  'Query.workingDayOverrides': { callers: STAFF, rule: 'none: association calendar data' },
  // After the award
  'Query.accreditation': {
    callers: ALL_SIGNED_IN,
    rule: "canSeeRecordsOf (the holder's members, its CURRENT unit, reviewers, administrators, analysts); null otherwise",
  },
  'Query.mySpotChecks': { callers: ['MEMBER'], rule: "the viewer's organisation's titles only" },
  'Query.spotCheck': {
    callers: ALL_SIGNED_IN,
    rule: "spotCheckPartiesOf: administrators, the holder's members; analysts read; null otherwise",
  },
  'Query.spotCheckCampaign': { callers: ['ADMIN', 'ANALYST'], rule: "none: campaigns are the association's" },
  'Query.spotCheckCampaigns': { callers: ['ADMIN', 'ANALYST'], rule: "none: campaigns are the association's" },
  'Query.nationalRecommendations': { callers: STAFF, rule: 'none: published recommendations (Art. 14)' },
  'Query.revokedTitles': { callers: 'public', rule: 'completed revocations only: they are published (Arts. 11, 13)' },
  'Query.myNotifications': { callers: ALL_SIGNED_IN, rule: "the viewer's own notices" },
  'Query.myUnreadNotificationCount': { callers: ALL_SIGNED_IN, rule: "the viewer's own notices" },
  'Query.emailOutbox': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.outboxMessages': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.workbench': {
    callers: ['ADMIN', 'UNIT_STAFF', 'REVIEWER', 'ANALYST'],
    rule: "counts of the viewer's own work by role (unit staff: developedByUnit; reviewers: their assignments)",
  },
  'Query.mailTransport': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.importAccreditations': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.createRenewalApplication': {
    callers: ['MEMBER'],
    rule: "the holder's members only (NotFoundError otherwise)",
  },
  'Mutation.drawSpotCheckSample': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.requestSpotCheckEvidence': { callers: ['ADMIN'], rule: 'spotCheckWorkflow: ADMIN party' },
  'Mutation.respondToSpotCheck': {
    callers: ['MEMBER'],
    rule: "spotCheckWorkflow: HOLDER party (the checked title's members)",
  },
  'Mutation.removeSpotCheckEvidence': {
    callers: ['MEMBER'],
    rule: "mayReadEvidence (the checked title's members, else NOT_FOUND) and mayChangeEvidence (until the result is recorded)",
  },
  'Mutation.recordSpotCheckResult': { callers: ['ADMIN'], rule: 'spotCheckWorkflow: ADMIN party' },
  'Mutation.revokeAccreditation': { callers: ['ADMIN'], rule: 'titleWorkflow: ADMIN party' },
  'Mutation.recommendNationally': { callers: ['ADMIN'], rule: 'administrators only' },
  // Art. 12: service records, association activities, annual reports; Art. 14: the ranking
  'Query.myServiceRecords': { callers: ['MEMBER'], rule: "the viewer's organisation's titles only" },
  'Query.serviceRecords': {
    callers: ['MEMBER', ...STAFF],
    rule: "canSeeRecordsOf the title's holder (its members, current unit, staff who review/administer/analyse); else empty",
  },
  'Query.associationActivities': {
    callers: ALL_SIGNED_IN,
    rule: "the association's activities; attendees: staff see all, a member only its own titles",
  },
  'Query.myAnnualReports': { callers: ['MEMBER'], rule: "the viewer's organisation's titles only" },
  'Query.myAnnualReportsDue': { callers: ['MEMBER'], rule: "the viewer's organisation's titles only" },
  'Query.annualReports': { callers: STAFF, rule: 'unit staff: developedByUnit (ACTIVE memberships); other staff: all' },
  'Query.annualReport': { callers: ALL_SIGNED_IN, rule: "canSeeRecordsOf the title's holder; null otherwise" },
  'Query.overdueAnnualReports': {
    callers: STAFF,
    rule: 'unit staff: developedByUnit (ACTIVE memberships); other staff: all',
  },
  'Query.annualReportSchedule': { callers: ALL_SIGNED_IN, rule: 'none: the configured schedule' },
  'Query.nationalRecommendationCandidates': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.recommendationWeights': { callers: ['ADMIN'], rule: 'administrators only' },
  'Query.recommendationRankings': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.recordServiceActivity': { callers: ['MEMBER'], rule: "the title's members only (isHolder)" },
  'Mutation.updateServiceRecord': { callers: ['MEMBER'], rule: "the title's members only (isHolder)" },
  'Mutation.deleteServiceRecord': { callers: ['MEMBER'], rule: "the title's members only (isHolder)" },
  'Mutation.createAssociationActivity': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.recordActivityAttendance': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.saveAnnualReportDraft': { callers: ['MEMBER'], rule: "the title's members only (isHolder)" },
  'Mutation.submitAnnualReport': { callers: ['MEMBER'], rule: 'annualReportWorkflow: HOLDER party' },
  'Mutation.reviewAnnualReport': { callers: ['ADMIN'], rule: 'annualReportWorkflow: ADMIN party' },
  'Mutation.setRecommendationWeights': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.recommendNationallyFromRanking': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.markNotificationsRead': { callers: ALL_SIGNED_IN, rule: "the viewer's own notices" },
  // ── Mutation ──
  'Mutation.applyForMembership': { callers: ['MEMBER'], rule: "the viewer's own organisation" },
  'Mutation.approveMembership': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'unit staff: the Membership Department only (canDecideMembership)',
  },
  'Mutation.clearWorkingDayOverride': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.createApiToken': { callers: ['ADMIN', 'ANALYST'], rule: "a token of the viewer's own" },
  'Mutation.createDraftApplication': { callers: ['MEMBER'], rule: "the viewer's own organisation" },
  'Mutation.publishNotice': { callers: ['ADMIN'], rule: 'administrators only; runApplicationAction per application' },
  'Mutation.lodgeObjection': {
    callers: 'public',
    rule: 'running notices only; rate-limited per address (database count)',
  },
  'Mutation.resolveObjection': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.awardAccreditations': { callers: ['ADMIN'], rule: 'administrators only; runApplicationAction per entry' },
  'Mutation.endMembership': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.login': { callers: 'public', rule: 'throttled by account and address' },
  'Mutation.logout': { callers: 'public', rule: "the caller's own session" },
  'Mutation.revokeApiToken': {
    callers: ['ADMIN', 'ANALYST'],
    rule: "the viewer's own tokens only (NotFoundError otherwise)",
  },
  'Mutation.createRound': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.updateRound': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.recommendApplication': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'workflow party RECOMMENDING_UNIT only (others: WRONG_RECOMMENDING_UNIT, Art. 2)',
  },
  'Mutation.returnApplication': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'workflow: the recommending unit (SUBMITTED) or an administrator (RECOMMENDED)',
  },
  'Mutation.declineRecommendation': { callers: ['UNIT_STAFF', 'ADMIN'], rule: 'workflow party RECOMMENDING_UNIT only' },
  'Mutation.assignReviewers': {
    callers: ['ADMIN'],
    rule: 'administrators only; experts excluded by conflict, affiliation or unit refused',
  },
  'Mutation.autoAssignReviewers': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.declareConflictOfInterest': { callers: ['REVIEWER'], rule: "the viewer's own, non-recused assignment" },
  'Mutation.submitReview': { callers: ['REVIEWER'], rule: "the viewer's own assignment, after declaring no conflict" },
  'Mutation.requestMoreInformation': {
    callers: ['REVIEWER', 'ADMIN'],
    rule: 'workflow: an assigned reviewer (after declaring no conflict) or an administrator',
  },
  'Mutation.decideApplications': { callers: ['ADMIN'], rule: 'administrators only (workflow party ADMIN)' },
  'Mutation.saveExpertProfile': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.refuseMembership': {
    callers: ['UNIT_STAFF', 'ADMIN'],
    rule: 'unit staff: the Membership Department only (canDecideMembership)',
  },
  'Mutation.registerOrganisation': { callers: 'public', rule: 'none: creates a new organisation and its first user' },
  'Mutation.saveApplicationFacts': {
    callers: ['MEMBER'],
    rule: 'APPLICANT party of the application (own organisation), editable statuses only',
  },
  'Mutation.submitApplication': {
    callers: ['MEMBER'],
    rule: 'APPLICANT party via runApplicationAction (transition table)',
  },
  'Mutation.resubmitApplication': {
    callers: ['MEMBER'],
    rule: 'APPLICANT party via runApplicationAction (transition table)',
  },
  'Mutation.respondToInfoRequest': {
    callers: ['MEMBER'],
    rule: "APPLICANT party of the request's application via runApplicationAction",
  },
  'Mutation.withdrawApplication': {
    callers: ['MEMBER'],
    rule: 'APPLICANT party via runApplicationAction (transition table)',
  },
  'Mutation.deleteDraftApplication': { callers: ['MEMBER'], rule: 'APPLICANT party of the application, drafts only' },
  'Mutation.setWorkingDay': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.confirmCalendarYear': { callers: ['ADMIN'], rule: 'administrators only' },
  'Mutation.signOutEverywhere': { callers: ALL_SIGNED_IN, rule: "the caller's own sessions" },
  'Mutation.startTwoFactorEnrolment': {
    callers: ALL_SIGNED_IN,
    rule: "the caller's own account, password re-entered",
  },
  'Mutation.confirmTwoFactorEnrolment': { callers: ALL_SIGNED_IN, rule: "the caller's own account" },
  'Mutation.disableTwoFactor': {
    callers: ALL_SIGNED_IN,
    rule: "the caller's own account, proven with a current code or a recovery code",
  },
  'Mutation.endSession': { callers: ALL_SIGNED_IN, rule: "the caller's own sessions (NotFoundError otherwise)" },
  'Query.mySessions': { callers: ALL_SIGNED_IN, rule: "the caller's own sessions" },
  'Query.users': { callers: ['ADMIN'], rule: 'administrators only' },
};

type ScopeMap = Record<string, unknown>;
type PothosFieldOptions = { authScopes?: ScopeMap | ((...args: unknown[]) => unknown); skipTypeScopes?: boolean };
type PothosTypeOptions = { authScopes?: ScopeMap };

function scopesOf(caller: Caller): Record<string, boolean> {
  const signedIn = caller !== 'ANONYMOUS';
  return {
    public: true,
    signedIn,
    member: caller === 'MEMBER',
    unitStaff: caller === 'UNIT_STAFF',
    reviewer: caller === 'REVIEWER',
    admin: caller === 'ADMIN',
    analyst: caller === 'ANALYST',
    staff: signedIn && caller !== 'MEMBER',
  };
}

// Pothos semantics: a scope map passes when any of its scopes holds ($all: every one).
function passes(map: ScopeMap | undefined, scopes: Record<string, boolean>): boolean {
  if (!map) return true;
  if (map.$all) return Object.entries(map.$all as ScopeMap).every(([k, v]) => (v ? scopes[k] : true));
  return Object.entries(map).some(([k, v]) => {
    if (k === '$any') return passes(v as ScopeMap, scopes);
    return v === true && scopes[k] === true;
  });
}

function callersOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): 'public' | Role[] | 'dynamic' {
  const fieldOptions = (field.extensions as { pothosOptions?: PothosFieldOptions }).pothosOptions ?? {};
  const typeOptions = (type.extensions as { pothosOptions?: PothosTypeOptions }).pothosOptions ?? {};
  if (typeof fieldOptions.authScopes === 'function') return 'dynamic';
  const allowed = CALLERS.filter((caller) => {
    const scopes = scopesOf(caller);
    const typeOk = fieldOptions.skipTypeScopes ? true : passes(typeOptions.authScopes, scopes);
    return typeOk && passes(fieldOptions.authScopes as ScopeMap | undefined, scopes);
  });
  if (allowed.length === CALLERS.length) return 'public';
  if (allowed.includes('ANONYMOUS'))
    throw new Error(`${type.name}.${field.name} is open to signed-out callers but not to every role`);
  return allowed as Role[];
}

function rootFields(): { key: string; type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const out = [];
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) out.push({ key: `${type.name}.${field.name}`, type, field });
  }
  return out;
}

describe('role × root-field authorisation matrix', () => {
  it('has an ownership rule for every root field of the schema', () => {
    const missing = rootFields()
      .map((f) => f.key)
      .filter((key) => !ACCESS[key]);
    expect(
      missing,
      `Root field(s) without an access rule: ${missing.join(', ')}.\n` +
        'Add each to ACCESS in apps/api/src/security/authorisation-matrix.test.ts: which roles may call it ' +
        "(callers) and which object-level check limits what they see or change (rule, e.g. 'canSeeOrganisation', " +
        "'developedByUnit (ACTIVE memberships)', 'own organisation only'). Add its behavioural row to PROBES in " +
        'apps/api/src/security/foreign-object-matrix.int.test.ts too.',
    ).toEqual([]);
  });

  it('lists no field the schema does not have', () => {
    const present = new Set(rootFields().map((f) => f.key));
    expect(Object.keys(ACCESS).filter((key) => !present.has(key))).toEqual([]);
  });

  it('gives every field a non-empty object-level rule', () => {
    expect(
      Object.entries(ACCESS)
        .filter(([, a]) => a.rule.trim().length < 4)
        .map(([k]) => k),
    ).toEqual([]);
  });

  it.each(rootFields().map((f) => [f.key, f] as const))(
    "%s: the schema's scopes match the table",
    (key, { type, field }) => {
      const expected = ACCESS[key];
      if (!expected) return; // reported by the first test
      const actual = callersOf(type, field);
      const want = expected.callers === 'public' ? 'public' : [...expected.callers].sort();
      expect(
        actual === 'public' || actual === 'dynamic' ? actual : [...actual].sort(),
        `${key}: scopes in code differ from ACCESS`,
      ).toEqual(want);
    },
  );
});
