import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICE_FUNCTIONS, type ServiceFunction } from '../eligibility/service-function';
import { autoAssign, type AssignableApplication, type PoolExpert } from './auto-assign';

const app = (id: string, over: Partial<AssignableApplication> = {}): AssignableApplication => ({
  id,
  organisationId: `org-${id}`,
  organisationKeys: [`org-${id}-name`],
  provinceCode: '110000',
  recommendingUnitId: 'unit-a',
  functions: ['INFORMATION'],
  reviewerIds: [],
  ...over,
});
const expert = (id: string, over: Partial<PoolExpert> = {}): PoolExpert => ({
  id,
  functions: [...SERVICE_FUNCTIONS],
  provinceCode: '310000',
  affiliations: [],
  unitId: null,
  load: 0,
  ...over,
});

const fnArb = fc.subarray([...SERVICE_FUNCTIONS] as ServiceFunction[], { minLength: 1 });
const applicationsArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    org: fc.integer({ min: 0, max: 5 }),
    province: fc.constantFrom('110000', '310000', '440000'),
    unit: fc.constantFrom('u1', 'u2', null),
    functions: fnArb,
  }),
  { selector: (a) => a.id, maxLength: 12 },
);
const expertsArb = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    functions: fnArb,
    province: fc.constantFrom('110000', '310000', '440000', null),
    unit: fc.constantFrom('u1', 'u2', null),
    affiliatedWith: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    load: fc.integer({ min: 0, max: 3 }),
  }),
  { selector: (e) => e.id, maxLength: 10 },
);

describe('automatic reviewer assignment', () => {
  it('never assigns an expert who declared a conflict, is affiliated, works for the recommending unit, lacks the expertise, or (configured) shares the region', () => {
    fc.assert(
      fc.property(
        applicationsArb,
        expertsArb,
        fc.array(fc.record({ e: fc.nat(20), o: fc.integer({ min: 0, max: 5 }) }), { maxLength: 15 }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (apps, exps, rawConflicts, n, region) => {
          const applications = apps.map((a) =>
            app(a.id, {
              organisationId: `o${a.org}`,
              organisationKeys: [`Org ${a.org}`],
              provinceCode: a.province,
              recommendingUnitId: a.unit,
              functions: a.functions,
            }),
          );
          const experts = exps.map((e) =>
            expert(e.id, {
              functions: e.functions,
              provinceCode: e.province,
              unitId: e.unit,
              affiliations: e.affiliatedWith === null ? [] : [` org ${e.affiliatedWith} `],
              load: e.load,
            }),
          );
          const conflicts =
            exps.length === 0
              ? []
              : rawConflicts.map((c) => ({ expertId: exps[c.e % exps.length]!.id, organisationId: `o${c.o}` }));
          const result = autoAssign({
            applications,
            experts,
            conflicts,
            reviewersPerApplication: n,
            excludeSameProvince: region,
          });
          const byId = new Map(experts.map((e) => [e.id, e]));
          const appById = new Map(applications.map((a) => [a.id, a]));
          for (const { applicationId, expertId } of result.assignments) {
            const a = appById.get(applicationId)!;
            const e = byId.get(expertId)!;
            expect(conflicts.some((c) => c.expertId === expertId && c.organisationId === a.organisationId)).toBe(false);
            expect(e.affiliations.some((x) => x.trim().toLowerCase() === a.organisationKeys[0]!.toLowerCase())).toBe(
              false,
            );
            if (e.unitId !== null) expect(e.unitId).not.toBe(a.recommendingUnitId);
            if (region && e.provinceCode !== null) expect(e.provinceCode).not.toBe(a.provinceCode);
            expect(e.functions.some((f) => a.functions.includes(f))).toBe(true);
          }
          // N per application at most, no one twice on the same application, and shortfalls said.
          for (const a of applications) {
            const mine = result.assignments.filter((x) => x.applicationId === a.id).map((x) => x.expertId);
            expect(new Set(mine).size).toBe(mine.length);
            const missing = result.shortfalls.find((s) => s.applicationId === a.id)?.missing ?? 0;
            expect(mine.length + missing).toBe(n);
          }
        },
      ),
    );
  });

  it('unconstrained, loads differ by at most one and every application gets N', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        (nApps, nExperts, n) => {
          fc.pre(n <= nExperts);
          const applications = Array.from({ length: nApps }, (_, i) => app(`a${i}`));
          const experts = Array.from({ length: nExperts }, (_, i) => expert(`e${i}`));
          const result = autoAssign({ applications, experts, conflicts: [], reviewersPerApplication: n });
          expect(result.shortfalls).toEqual([]);
          expect(result.assignments).toHaveLength(nApps * n);
          const loads = Object.values(result.loads);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is deterministic: the same input in any order gives the same assignments', () => {
    fc.assert(
      fc.property(applicationsArb, expertsArb, fc.integer({ min: 1, max: 3 }), (apps, exps, n) => {
        const applications = apps.map((a) => app(a.id, { functions: a.functions, recommendingUnitId: a.unit }));
        const experts = exps.map((e) => expert(e.id, { functions: e.functions, unitId: e.unit, load: e.load }));
        const first = autoAssign({ applications, experts, conflicts: [], reviewersPerApplication: n });
        const second = autoAssign({
          applications: [...applications].reverse(),
          experts: [...experts].reverse(),
          conflicts: [],
          reviewersPerApplication: n,
        });
        expect(second).toEqual(first);
      }),
    );
  });

  it('counts reviewers already assigned and does not pick them again; prefers the less loaded expert', () => {
    const result = autoAssign({
      applications: [app('a1', { reviewerIds: ['busy'] })],
      experts: [expert('busy', { load: 0 }), expert('heavy', { load: 5 }), expert('light', { load: 1 })],
      conflicts: [],
      reviewersPerApplication: 2,
    });
    expect(result.assignments).toEqual([{ applicationId: 'a1', expertId: 'light' }]);
  });
});
