import { APPLICATION_STATUSES, SERVICE_FUNCTIONS, type ServiceFunction } from '@sme/domain';
import { builder } from '../../builder.js';
import { canSeeOrganisation } from '../organisation/organisation-access.js';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  description: 'The application lifecycle (Arts. 2, 7–9).',
  values: APPLICATION_STATUSES,
});

export const ServiceFunctionEnum = builder.enumType('ServiceFunction', {
  description: 'Art. 4: the five service function categories.',
  values: SERVICE_FUNCTIONS,
});

export const ApplicationRef = builder.prismaNode('Application', {
  id: { field: 'id' },
  authScopes: (application, ctx) => canSeeOrganisation(ctx.viewer, application.organisationId),
  fields: (t) => ({
    status: t.expose('status', { type: ApplicationStatusEnum }),
    version: t.exposeInt('version', { description: 'Send back with every change; a stale version is refused.' }),
    isRenewal: t.exposeBoolean('isRenewal'),
    round: t.relation('round'),
    organisation: t.relation('organisation'),
    functions: t.field({
      type: [ServiceFunctionEnum],
      description: 'The declared service functions (Art. 4), in the order of Art. 4.',
      select: { functions: { select: { function: true } } },
      resolve: (application) => sortByArticle4(application.functions.map((f: { function: ServiceFunction }) => f.function)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
  }),
});

// SERVICE_FUNCTIONS lists the functions in the order of Art. 4.
function sortByArticle4(functions: ServiceFunction[]): ServiceFunction[] {
  return [...functions].sort((a, b) => SERVICE_FUNCTIONS.indexOf(a) - SERVICE_FUNCTIONS.indexOf(b));
}
