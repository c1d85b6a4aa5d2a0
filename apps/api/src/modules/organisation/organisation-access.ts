import type { Prisma } from '@sme/db';
import { hasRole, type Viewer } from '../../context.js';
import { prisma } from '../../db.js';

// Object-level access to an organisation's records (Art. 2): its own members; the unit that
// developed it; association staff who review, administer or analyse.
export function canSeeOrganisation(viewer: Viewer | null, organisationId: string): boolean | Promise<boolean> {
  return canSee(viewer, organisationId, 'all');
}

// Object-level access to what an organisation does in the accreditation — its applications and
// what its titles do not publish (an open revocation): as canSeeOrganisation, but a unit's staff
// only through a CURRENT membership (Art. 2). The Membership Department sees the record of an
// organisation that asked to join, to decide the request — not, years after approving it for
// another unit, that organisation's applications (foreign-object-matrix.int.test.ts).
export function canSeeRecordsOf(viewer: Viewer | null, organisationId: string): boolean | Promise<boolean> {
  return canSee(viewer, organisationId, 'members');
}

// Answers synchronously whenever it can: Pothos runs a type's scope check for every object it
// returns (100 on a list page), and a promise per object costs a microtask chain each.
// Only unit staff need the unit's organisations, loaded once per request (developedOf).
function canSee(viewer: Viewer | null, organisationId: string, through: 'members' | 'all'): boolean | Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN') || hasRole(viewer, 'REVIEWER') || hasRole(viewer, 'ANALYST')) return true;
  if (hasRole(viewer, 'MEMBER') && viewer.organisationId === organisationId) return true;
  if (hasRole(viewer, 'UNIT_STAFF') && viewer.unitId)
    return developedOf(viewer).then((developed) => developed[through].has(organisationId));
  return false;
}

// A list of 50 applications checks 100 objects; one query per request answers them all. The
// viewer object lives for one request, so the memo does too.
const developedByViewer = new WeakMap<Viewer, Promise<{ members: Set<string>; all: Set<string> }>>();

function developedOf(viewer: Viewer): Promise<{ members: Set<string>; all: Set<string> }> {
  let found = developedByViewer.get(viewer);
  if (!found) {
    const unitId = viewer.unitId ?? '';
    found = Promise.all([
      prisma().membership.findMany({ where: { unitId, status: 'ACTIVE' }, select: { organisationId: true } }),
      // The Membership Department also sees the organisations that asked to join (Art. 2).
      prisma()
        .unit.findUnique({ where: { id: unitId }, select: { kind: true } })
        .then((unit) =>
          unit?.kind === 'MEMBERSHIP_DEPARTMENT'
            ? prisma().membershipRequest.findMany({ select: { organisationId: true } })
            : [],
        ),
    ]).then(([memberships, requests]) => {
      const members = new Set(memberships.map((r) => r.organisationId));
      return { members, all: new Set([...members, ...requests.map((r) => r.organisationId)]) };
    });
    developedByViewer.set(viewer, found);
  }
  return found;
}

// The organisations a unit's staff's unit develops now (current memberships), loaded once per request.
export async function currentMembersOf(viewer: Viewer): Promise<Set<string>> {
  return (await developedOf(viewer)).members;
}

// The organisations whose record (name, contacts) a unit's staff see: its current members, and
// for the Membership Department those that asked to join.
export async function organisationsDevelopedBy(viewer: Viewer): Promise<Set<string>> {
  return (await developedOf(viewer)).all;
}

// The organisations a unit develops NOW: only a current (ACTIVE) membership gives its unit's
// staff access. After the membership ends (or is suspended) the unit sees nothing of them,
// not even their past applications. Every list scoped to a unit uses this.
export function developedByUnit(unitId: string | null): Prisma.OrganisationWhereInput {
  return { memberships: { some: { unitId: unitId ?? '', status: 'ACTIVE' } } };
}
