import { describe, expect, it } from 'vitest';
import { stepOfCheck, stepOfRefusal } from './editor-steps';

const check = (article: string, kind: 'MEASURED' | 'ATTESTED', code = 'X') => ({ article, kind, code, function: null });

describe('where a problem is fixed', () => {
  it('sends a figure of Art. 5 to the basic step, an attestation to the attestations, Art. 6 to the functions', () => {
    expect(stepOfCheck(check('Art. 5(1)', 'MEASURED'))).toBe('basic');
    expect(stepOfCheck(check('Art. 5(4)', 'ATTESTED'))).toBe('attestations');
    expect(stepOfCheck(check('Art. 6(4)', 'ATTESTED'))).toBe('functionFacts');
    expect(stepOfCheck(check('Art. 6', 'MEASURED', 'ART6_NO_QUALIFYING_FUNCTION'))).toBe('functionFacts');
  });

  it('sends each refusal of submitApplication to its place', () => {
    expect(stepOfRefusal({ code: 'MISSING_MATERIALS', article: 'Art. 7' }, [])).toBe('materials');
    expect(stepOfRefusal({ code: 'ROUND_CLOSED', article: 'Art. 10' }, [])).toBe('submit');
    expect(stepOfRefusal({ code: 'NOT_A_MEMBER', article: 'Art. 2' }, [])).toBe('submit');
    expect(stepOfRefusal({ code: 'DECLARATION_REQUIRED', article: 'Art. 7' }, [])).toBe('submit');
    expect(
      stepOfRefusal({ code: 'NOT_ELIGIBLE', article: 'Art. 5' }, [
        check('Art. 6(1)', 'MEASURED'),
        check('Art. 5(2)', 'ATTESTED'),
      ]),
    ).toBe('attestations');
    expect(stepOfRefusal({ code: 'NOT_ELIGIBLE', article: 'Art. 6' }, [check('Art. 6(4)', 'MEASURED')])).toBe(
      'functionFacts',
    );
    expect(stepOfRefusal({ code: 'NOT_ELIGIBLE', article: 'Art. 5' }, [])).toBe('basic');
  });
});
