// Who reads an application, and how much of it (access by need). One rule for every path to an
// application: the GraphQL type (whatever field returns it), the staff list and its export, the
// generated forms and the material downloads.
//
//  - a DRAFT is the applicant's alone: its organisation's members read it; administrators see
//    that it exists (id, organisation, status, dates) and nothing of its facts or materials;
//  - administrators read every submitted application;
//  - reviewers read the applications assigned to them (Art. 8): the file while they are not
//    recused, only that it exists after recusing themselves;
//  - unit staff read the submitted applications of the members their unit develops now, whose
//    applications it recommends (Art. 2);
//  - analysts get statistics: that a submitted application exists, never its file;
//  - signed out: nothing.
import type { Prisma } from '@sme/db';
import {
  GraphQLList,
  GraphQLNonNull,
  defaultFieldResolver,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { hasRole, type Context, type Viewer } from '../context.js';
import { prisma } from '../db.js';
import { ForbiddenError } from '../graphql/error-classes.js';
import { currentMembersOf, developedByUnit } from '../modules/organisation/organisation-access.js';

/** `file`: everything; `existence`: the fields of EXISTENCE_FIELDS; `none`: not even that. */
export type ApplicationReach = 'file' | 'existence' | 'none';

const RANK: Record<ApplicationReach, number> = { none: 0, existence: 1, file: 2 };
const wider = (a: ApplicationReach, b: ApplicationReach): ApplicationReach => (RANK[a] >= RANK[b] ? a : b);

/** What is known of the viewer's relation to one application. */
export type ApplicationRelation = {
  status: string;
  ownOrganisation: boolean;
  /** The viewer is a reviewer assigned to it; `recused` once they declared a conflict. */
  assignment: 'active' | 'recused' | null;
  /** The viewer is staff of the unit that develops its organisation now (the recommending unit). */
  developingUnit: boolean;
};

/** The rule itself, on what is known; pure. */
export function reachOf(viewer: Viewer | null, r: ApplicationRelation): ApplicationReach {
  if (!viewer) return 'none';
  if (hasRole(viewer, 'MEMBER') && r.ownOrganisation) return 'file';
  if (r.status === 'DRAFT') return hasRole(viewer, 'ADMIN') ? 'existence' : 'none';
  let reach: ApplicationReach = 'none';
  if (hasRole(viewer, 'ADMIN')) return 'file';
  if (hasRole(viewer, 'REVIEWER') && r.assignment)
    reach = wider(reach, r.assignment === 'active' ? 'file' : 'existence');
  if (hasRole(viewer, 'UNIT_STAFF') && r.developingUnit) reach = wider(reach, 'file');
  if (hasRole(viewer, 'ANALYST')) reach = wider(reach, 'existence');
  return reach;
}

/**
 * The reach for an application row as the GraphQL type loads it. Synchronous whenever it can
 * be: Pothos checks every returned object; reviewers' assignments and a unit's members are
 * loaded once per request.
 */
export function applicationReach(
  viewer: Viewer | null,
  app: { id: string; organisationId: string; status: string },
): ApplicationReach | Promise<ApplicationReach> {
  if (!viewer) return 'none';
  const base: ApplicationRelation = {
    status: app.status,
    ownOrganisation: viewer.organisationId === app.organisationId,
    assignment: null,
    developingUnit: false,
  };
  const needsAssignments = hasRole(viewer, 'REVIEWER') && app.status !== 'DRAFT';
  const needsUnit = hasRole(viewer, 'UNIT_STAFF') && app.status !== 'DRAFT';
  const quick = reachOf(viewer, base);
  if (quick === 'file' || (!needsAssignments && !needsUnit)) return quick;
  return Promise.all([
    needsAssignments ? assignmentsOf(viewer) : undefined,
    needsUnit ? currentMembersOf(viewer) : undefined,
  ]).then(([assignments, members]) =>
    reachOf(viewer, {
      ...base,
      assignment: assignments?.get(app.id) ?? null,
      developingUnit: members?.has(app.organisationId) ?? false,
    }),
  );
}

const assignmentsByViewer = new WeakMap<Viewer, Promise<Map<string, 'active' | 'recused'>>>();

function assignmentsOf(viewer: Viewer): Promise<Map<string, 'active' | 'recused'>> {
  let found = assignmentsByViewer.get(viewer);
  if (!found) {
    found = prisma()
      .reviewerAssignment.findMany({
        where: { reviewerId: viewer.userId },
        select: { applicationId: true, recusedAt: true },
      })
      .then((rows) => new Map(rows.map((r) => [r.applicationId, r.recusedAt ? 'recused' : 'active'] as const)));
    assignmentsByViewer.set(viewer, found);
  }
  return found;
}

/** The applications the viewer may see at all (any reach but `none`), as a Prisma filter for lists. */
export function readableApplicationsWhere(viewer: Viewer | null): Prisma.ApplicationWhereInput {
  if (!viewer) return { id: { in: [] } };
  if (hasRole(viewer, 'ADMIN')) return {};
  const submitted: Prisma.ApplicationWhereInput = { status: { not: 'DRAFT' } };
  const any: Prisma.ApplicationWhereInput[] = [];
  if (hasRole(viewer, 'MEMBER') && viewer.organisationId) any.push({ organisationId: viewer.organisationId });
  if (hasRole(viewer, 'ANALYST')) any.push(submitted);
  if (hasRole(viewer, 'REVIEWER'))
    any.push({ ...submitted, reviewerAssignments: { some: { reviewerId: viewer.userId } } });
  if (hasRole(viewer, 'UNIT_STAFF') && viewer.unitId)
    any.push({ ...submitted, organisation: developedByUnit(viewer.unitId) });
  if (any.length === 0) return { id: { in: [] } };
  return any.length === 1 ? any[0]! : { OR: any };
}

/**
 * For routes holding an application loaded for the workflow (load-application.ts): whether the
 * viewer may read its file — the generated forms, a material's bytes.
 */
export function mayReadApplicationFile(
  viewer: Viewer | null,
  app: { status: string; organisationId: string; recommendingUnitId: string | null; reviewerIds: readonly string[] },
): boolean {
  if (!viewer) return false;
  return (
    reachOf(viewer, {
      status: app.status,
      ownOrganisation: viewer.organisationId === app.organisationId,
      // reviewerIds holds the reviewers assigned and not recused
      assignment: app.reviewerIds.includes(viewer.userId) ? 'active' : null,
      developingUnit: viewer.unitId !== null && app.recommendingUnitId === viewer.unitId,
    }) === 'file'
  );
}

/**
 * The fields of Application that say only that it exists and where it stands: what an
 * administrator sees of a draft, an analyst of a submitted application, a recused reviewer of
 * theirs. Every other field (facts, eligibility, materials, reviews, timeline, …) is its file.
 */
export const EXISTENCE_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'status',
  'version',
  'isRenewal',
  'round',
  'organisation',
  'createdAt',
  'updatedAt',
  'submittedAt',
  'decidedAt',
  'allowedActions',
  'accreditation',
  'renewsAccreditation',
  'myAssignment',
  'needsReassignment',
]);

/**
 * Guards every field of Application outside EXISTENCE_FIELDS, including those added later by
 * any module: a viewer without the file gets null, an empty list, or (for a field that cannot be
 * empty) the FORBIDDEN error — never the facts. Applied once to the built schema.
 */
export function guardApplicationFile(schema: GraphQLSchema): GraphQLSchema {
  const type = schema.getType('Application');
  if (!isObjectType(type)) throw new Error('The schema has no Application type');
  for (const field of Object.values(type.getFields())) {
    if (EXISTENCE_FIELDS.has(field.name)) continue;
    const inner = field.type instanceof GraphQLNonNull ? field.type.ofType : field.type;
    const refusal = field.type instanceof GraphQLNonNull ? (inner instanceof GraphQLList ? 'empty' : 'error') : 'null';
    const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
      { id: string; organisationId: string; status: string },
      Context
    >;
    field.resolve = (parent, args, ctx, info) => {
      const reach = applicationReach(ctx.viewer, parent);
      const go = (r: ApplicationReach) => {
        if (r === 'file') return resolve(parent, args, ctx, info);
        if (refusal === 'empty') return [];
        if (refusal === 'null') return null;
        throw new ForbiddenError(
          { zhCN: '没有权限查看该申报的材料。', en: 'You may not read this application.' },
          ctx.locale,
        );
      };
      return typeof reach === 'string' ? go(reach) : reach.then(go);
    };
  }
  return schema;
}
