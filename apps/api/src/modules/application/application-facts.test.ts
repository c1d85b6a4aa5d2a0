import { describe, expect, it } from 'vitest';
import { factsFingerprint, type ApplicationFactsShape } from './application-facts.js';

const facts = {
  foundedOn: '2015-03-18',
  organisationKind: 'SME_SERVICE_INSTITUTION',
  totalAssetsYuan: 5_200_000,
  serviceStaff: 36,
  qualifiedStaff: 31,
  principalIntegrity: true,
  functions: [],
  savedAt: new Date('2026-12-01T00:00:00Z'),
} as unknown as ApplicationFactsShape;

describe('factsFingerprint', () => {
  it("is unchanged by Art. 5(3)'s attestation while it is not declared, so forms sealed before it existed still match", () => {
    const before = factsFingerprint(facts);
    expect(factsFingerprint({ ...facts, organisesServiceResources: null })).toBe(before);
    expect(factsFingerprint({ ...facts, organisesServiceResources: true })).not.toBe(before);
    expect(factsFingerprint({ ...facts, organisesServiceResources: false })).not.toBe(before);
  });

  it('changes with any declared fact, never with the time it was saved', () => {
    const before = factsFingerprint(facts);
    expect(factsFingerprint({ ...facts, savedAt: new Date('2026-12-05T00:00:00Z') })).toBe(before);
    expect(factsFingerprint({ ...facts, serviceStaff: 37 })).not.toBe(before);
  });
});
