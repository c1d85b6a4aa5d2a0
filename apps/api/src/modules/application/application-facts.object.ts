import { EDITABLE_STATUSES, type ApplicationStatus, type EligibilityResult } from '@sme/domain';
import { builder } from '../../builder.js';
import { todayInShanghai } from '../../clock.js';
import { EligibilityResultRef } from '../eligibility/eligibility.queries.js';
import { OrganisationKindEnum } from '../organisation/organisation.object.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import {
  eligibilityOf,
  factsFingerprint,
  factsOf,
  factsSelect,
  FACT_BOOLEAN_DESCRIPTIONS,
  FACT_BOOLEAN_FIELDS,
  FACT_NUMBER_FIELDS,
  FUNCTION_BOOLEAN_FIELDS,
  FUNCTION_NUMBER_FIELDS,
  DECIMAL_FIELDS,
  type ApplicationFactsShape,
  type FunctionFactsShape,
} from './application-facts.js';

export const FunctionFactsRef = builder.objectRef<FunctionFactsShape>('ServiceFunctionFacts').implement({
  description: 'Art. 6: the declared figures and attestations of one service function.',
  fields: (t) => ({
    function: t.field({ type: ServiceFunctionEnum, resolve: (f) => f.function }),
    ...Object.fromEntries(
      FUNCTION_NUMBER_FIELDS.map((f) => [
        f,
        DECIMAL_FIELDS.has(f)
          ? t.float({ nullable: true, resolve: (o) => o[f] })
          : t.int({ nullable: true, resolve: (o) => o[f] }),
      ]),
    ),
    ...Object.fromEntries(FUNCTION_BOOLEAN_FIELDS.map((f) => [f, t.boolean({ nullable: true, resolve: (o) => o[f] })])),
  }),
});

export const ApplicationFactsRef = builder.objectRef<ApplicationFactsShape>('ApplicationFacts').implement({
  description:
    'The declared facts of Arts. 5 and 6 as last saved (docs/measures.md, "Declared facts"). Null fields are not declared yet.',
  fields: (t) => ({
    foundedOn: t.field({ type: 'Date', nullable: true, resolve: (f) => f.foundedOn }),
    organisationKind: t.field({ type: OrganisationKindEnum, nullable: true, resolve: (f) => f.organisationKind }),
    ...Object.fromEntries(
      FACT_NUMBER_FIELDS.map((f) => [
        f,
        DECIMAL_FIELDS.has(f)
          ? t.float({ nullable: true, resolve: (o) => o[f] })
          : t.int({ nullable: true, resolve: (o) => o[f] }),
      ]),
    ),
    ...Object.fromEntries(
      FACT_BOOLEAN_FIELDS.map((f) => [
        f,
        t.boolean({ nullable: true, description: FACT_BOOLEAN_DESCRIPTIONS[f], resolve: (o) => o[f] }),
      ]),
    ),
    functions: t.field({ type: [FunctionFactsRef], resolve: (f) => f.functions }),
    savedAt: t.field({ type: 'DateTime', nullable: true, resolve: (f) => f.savedAt }),
  }),
});

const eligibilitySelect = { ...factsSelect, status: true, eligibilitySnapshot: true } as const;

builder.prismaObjectFields('Application', (t) => ({
  facts: t.field({
    type: ApplicationFactsRef,
    nullable: true,
    description: 'The declared facts; null until first saved.',
    select: factsSelect,
    resolve: (app) => (app.factsSavedAt ? factsOf(app as never) : null),
  }),
  factsFingerprint: t.string({
    nullable: true,
    description:
      'SHA-256 of the declared facts in canonical form, as printed on the generated forms; a reviewer compares it with the sealed copy to see whether the facts changed after printing.',
    select: factsSelect,
    resolve: (app) => (app.factsSavedAt ? factsFingerprint(factsOf(app as never)) : null),
  }),
  eligibility: t.field({
    type: EligibilityResultRef,
    description:
      'Art. 5 and Art. 6 on the saved facts: as of today while the facts may change; the result frozen at submission afterwards.',
    select: eligibilitySelect,
    resolve: (app) => {
      const editable = EDITABLE_STATUSES.facts.includes(app.status as ApplicationStatus);
      if (!editable && app.eligibilitySnapshot) return app.eligibilitySnapshot as unknown as EligibilityResult;
      return eligibilityOf(factsOf(app as never), todayInShanghai());
    },
  }),
}));
