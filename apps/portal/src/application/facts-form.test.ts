import { checkEligibility } from '@sme/domain';
import { completeApplicationFacts, financingFunctionFacts, trainingFunctionFacts } from '@sme/domain/testing';
import { describe, expect, it } from 'vitest';
import {
  eligibilityFactsOf,
  factsInputOf,
  formFieldOfPath,
  formValuesOf,
  wanToYuan,
  yuanToWan,
  type FactsFormValues,
  type SavedFacts,
} from './facts-form';

// The canonical complete facts, with a second function declared beside TRAINING.
const saved: SavedFacts = { ...completeApplicationFacts, functions: [trainingFunctionFacts, financingFunctionFacts] };

describe('money in 万元', () => {
  it('converts both ways to the fen without float noise', () => {
    expect(wanToYuan(300)).toBe(3_000_000);
    expect(wanToYuan(0.01)).toBe(100);
    expect(wanToYuan(1234.5678)).toBe(12_345_678);
    expect(wanToYuan(0.123456)).toBe(1234.56);
    expect(yuanToWan(3_000_000)).toBe(300);
    expect(yuanToWan(1234.56)).toBe(0.123456);
    expect(wanToYuan(null)).toBeNull();
    expect(yuanToWan(undefined)).toBeNull();
    expect(wanToYuan(Number.NaN)).toBeNull();
  });
});

describe('form values', () => {
  it('start from the saved facts, money in 万元, functions in the order of Art. 4', () => {
    const values = formValuesOf(saved, ['FINANCING', 'TRAINING']);
    expect(values.functions).toEqual(['TRAINING', 'FINANCING']);
    expect(values.totalAssetsWan).toBe(520);
    expect(values.fn.FINANCING?.financingFacilitatedWan).toBe(85_000);
    expect(values.fn.TRAINING?.traineesPerYear).toBe(2600);
    expect(values.independentLegalPerson).toBe(true);
  });

  it('start empty for a first draft, with the draft’s functions', () => {
    const values = formValuesOf(null, ['TRAINING']);
    expect(values).toEqual({ functions: ['TRAINING'], fn: { TRAINING: {} } });
  });

  it('go back to the API unchanged (a round trip keeps every saved fact)', () => {
    const input = factsInputOf(formValuesOf(saved, ['TRAINING', 'FINANCING']));
    expect(input.totalAssetsYuan).toBe(5_200_000);
    expect(input.functions).toEqual([
      {
        function: 'TRAINING',
        traineesPerYear: 2600,
        trainingQualification: true,
        onlineAndOfflineTraining: true,
        trainingEvaluation: true,
      },
      {
        function: 'FINANCING',
        activitiesPerYear: 12,
        financingFacilitatedYuan: 850_000_000,
        newGuaranteesYuan: null,
        guaranteeInstitution: false,
      },
    ]);
    const { functions: _f, ...rest } = input;
    const { functions: _g, ...savedRest } = saved;
    expect(rest).toEqual(savedRest);
  });

  it('send a cleared field as null and an unticked box as not attested', () => {
    const values: FactsFormValues = {
      functions: ['INFORMATION'],
      fn: { INFORMATION: { activitiesPerYear: undefined } },
      totalAssetsWan: null,
      soundFinances: false,
    };
    const input = factsInputOf(values);
    expect(input.totalAssetsYuan).toBeNull();
    expect(input.soundFinances).toBe(false);
    expect(input.reputation).toBeNull();
    expect(input.foundedOn).toBeNull();
    expect(input.functions).toEqual([
      { function: 'INFORMATION', offlineEnterprisesServed: null, activitiesPerYear: null, onlineServiceSystem: null },
    ]);
  });

  it('drop the figures of a function no longer chosen', () => {
    const values = formValuesOf(saved, ['TRAINING', 'FINANCING']);
    values.functions = ['TRAINING'];
    expect(factsInputOf(values).functions.map((f) => f.function)).toEqual(['TRAINING']);
  });
});

describe('the live eligibility input', () => {
  it('gives the domain the same answer as the saved facts would', () => {
    const result = checkEligibility(eligibilityFactsOf(formValuesOf(saved, ['TRAINING', 'FINANCING']), '2026-11-26'));
    expect(result.eligible).toBe(true);
    expect(result.qualifiedFunctions).toEqual(['TRAINING', 'FINANCING']);
  });

  it('follows the form: 200 万元 of assets fails Art. 5(1), 300 万元 passes', () => {
    const values = formValuesOf(saved, ['TRAINING']);
    values.totalAssetsWan = 200;
    const low = checkEligibility(eligibilityFactsOf(values, '2026-11-26'));
    expect(low.checks.find((c) => c.code === 'ART5_1_TOTAL_ASSETS')?.status).toBe('FAILED');
    expect(low.eligible).toBe(false);
    values.totalAssetsWan = 300;
    const enough = checkEligibility(eligibilityFactsOf(values, '2026-11-26'));
    expect(enough.checks.find((c) => c.code === 'ART5_1_TOTAL_ASSETS')?.status).toBe('PASSED');
  });

  it('runs on an empty draft without throwing, and is not eligible', () => {
    const result = checkEligibility(eligibilityFactsOf(formValuesOf(null, ['INFORMATION']), '2026-11-26'));
    expect(result.eligible).toBe(false);
    expect(result.checks.some((c) => c.status === 'NOT_ATTESTED')).toBe(true);
  });
});

describe('field errors from the API', () => {
  const values = formValuesOf(saved, ['TRAINING', 'FINANCING']);
  it('land on the form field they name', () => {
    expect(formFieldOfPath(['input', 'facts', 'qualifiedStaff'], values)).toEqual(['qualifiedStaff']);
    expect(formFieldOfPath(['input', 'facts', 'totalAssetsYuan'], values)).toEqual(['totalAssetsWan']);
    expect(formFieldOfPath(['input', 'facts', 'functions', '1', 'financingFacilitatedYuan'], values)).toEqual([
      'fn',
      'FINANCING',
      'financingFacilitatedWan',
    ]);
    expect(formFieldOfPath(['input', 'facts', 'functions', 0, 'traineesPerYear'], values)).toEqual([
      'fn',
      'TRAINING',
      'traineesPerYear',
    ]);
    expect(formFieldOfPath(['input', 'facts', 'functions'], values)).toEqual(['functions']);
    expect(formFieldOfPath(['input', 'facts'], values)).toBeNull();
  });
});
