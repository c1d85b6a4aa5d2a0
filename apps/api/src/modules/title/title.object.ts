import { builder } from '../../builder.js';
import { canSeeRecordsOf } from '../organisation/organisation-access.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { mayReadRevocationOf } from '../../security/title-access.js';

// Arts. 9 and 11: the title, its certificate and its three-year validity. Titles are published
// (Art. 9: 在协会门户网站上公布), so the type is public — the public register lists it; what
// belongs to the holder (its application, its organisation's record) keeps the holder's scope.
builder.prismaNode('Accreditation', {
  id: { field: 'id' },
  authScopes: { public: true },
  fields: (t) => ({
    certificateNumber: t.exposeString('certificateNumber'),
    organisation: t.relation('organisation'),
    application: t.relation('application', {
      nullable: true,
      // The application is the holder's record: its current unit only.
      authScopes: (a, _args, ctx) => canSeeRecordsOf(ctx.viewer, a.organisationId),
    }),
    imported: t.exposeBoolean('imported', { description: 'Awarded before this system and imported.' }),
    functions: t.field({ type: [ServiceFunctionEnum], resolve: (a) => a.functions }),
    awardedOn: t.expose('awardedOn', { type: 'Date' }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validUntil: t.expose('validUntil', { type: 'Date' }),
    renews: t.relation('renews', { nullable: true }),
    // Null to whoever may not see the revocation (an open or unpublished one: administrators only).
    revocation: t.relation('revocation', {
      nullable: true,
      authScopes: (a, _args, ctx) => mayReadRevocationOf(ctx.viewer, a),
      unauthorizedResolver: () => null,
    }),
  }),
});
