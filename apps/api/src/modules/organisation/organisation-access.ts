import type { Prisma } from '@sme/db';
import { hasRole, type Viewer } from '../../context.js';
import { prisma } from '../../db.js';

// Object-level access to an organisation's records (Art. 2): its own members; the unit that
// developed it; association staff who review, administer or analyse.
// Answers synchronously whenever it can: Pothos runs a type's scope check for every object it
// returns (100 on a list page), and a promise per object costs a microtask chain each (issue #14).
export function canSeeOrganisation(viewer: Viewer | null, organisationId: string): boolean | Promise<boolean> {
  if (!viewer) return false;
  if (hasRole(viewer, 'ADMIN') || hasRole(viewer, 'REVIEWER') || hasRole(viewer, 'ANALYST')) return true;
  if (hasRole(viewer, 'MEMBER') && viewer.organisationId === organisationId) return true;
  if (hasRole(viewer, 'UNIT_STAFF') && viewer.unitId) return organisationsDevelopedBy(viewer).then((ids) => ids.has(organisationId));
  return false;
}

// A list of 50 applications checks 100 objects; one query per request answers them all. The
// viewer object lives for one request, so the memo does too.
const developedByViewer = new WeakMap<Viewer, Promise<Set<string>>>();

export function organisationsDevelopedBy(viewer: Viewer): Promise<Set<string>> {
  let found = developedByViewer.get(viewer);
  if (!found) {
    const unitId = viewer.unitId ?? '';
    found = Promise.all([
      prisma().membership.findMany({ where: { unitId, status: 'ACTIVE' }, select: { organisationId: true } }),
      // The Membership Department also sees the organisations that asked to join (Art. 2).
      prisma()
        .unit.findUnique({ where: { id: unitId }, select: { kind: true } })
        .then((unit) =>
          unit?.kind === 'MEMBERSHIP_DEPARTMENT' ? prisma().membershipRequest.findMany({ select: { organisationId: true } }) : [],
        ),
    ]).then(([memberships, requests]) => new Set([...memberships, ...requests].map((r) => r.organisationId)));
    developedByViewer.set(viewer, found);
  }
  return found;
}

// The organisations a unit develops NOW: only a current (ACTIVE) membership gives its unit's
// staff access. After the membership ends (or is suspended) the unit sees nothing of them,
// not even their past applications (issue #13). Every list scoped to a unit uses this.
export function developedByUnit(unitId: string | null): Prisma.OrganisationWhereInput {
  return { memberships: { some: { unitId: unitId ?? '', status: 'ACTIVE' } } };
}
