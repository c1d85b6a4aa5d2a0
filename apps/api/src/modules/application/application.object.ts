import {
  APPLICATION_ACTIONS,
  APPLICATION_STATUSES,
  SERVICE_FUNCTIONS,
  applicationWorkflow,
  type ApplicationAction,
  type ServiceFunction,
} from '@sme/domain';
import { builder } from '../../builder.js';
import { toEnumValue } from '../common/enum-value.js';
import { ServiceFunctionEnum } from '../eligibility/service-function.object.js';
import { applicationReach } from '../../security/application-access.js';
import { applicationPartiesOf, applicationPartySelect, toLoadedApplication } from '../../workflow/load-application.js';
// Registers the TimelineEntry type used by Application.timeline.
import '../audit/timeline-entry.object.js';

export const ApplicationStatusEnum = builder.enumType('ApplicationStatus', {
  description: 'The application lifecycle (Arts. 2, 7–9).',
  values: APPLICATION_STATUSES,
});

export const ApplicationActionEnum = builder.enumType('ApplicationAction', {
  description:
    "A status change of an application (the domain's transition table). `allowedActions` lists those the viewer may take now.",
  values: Object.fromEntries(APPLICATION_ACTIONS.map((a) => [toEnumValue(a), { value: a }])) as Record<
    string,
    { value: ApplicationAction }
  >,
});

// Select mode (Pothos prisma plugin): a query loads only the columns its fields expose or
// `select`, not all ~40 (the facts and the eligibility snapshot included) — the console's list
// shows six. organisationId is always loaded: the type's ownership check reads it.
export const ApplicationRef = builder.prismaNode('Application', {
  id: { field: 'id' },
  select: { id: true, organisationId: true, status: true },
  // Access by need (security/application-access.ts): who sees the application at all; which of
  // its fields are its file is guarded there too.
  authScopes: (application, ctx) => {
    const reach = applicationReach(ctx.viewer, application);
    return typeof reach === 'string' ? reach !== 'none' : reach.then((r) => r !== 'none');
  },
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
      resolve: (application) =>
        sortByArticle4(application.functions.map((f: { function: ServiceFunction }) => f.function)),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    allowedActions: t.field({
      type: [ApplicationActionEnum],
      description:
        "The status changes the viewer may take now, from the domain's transition table. A gated action (e.g. award before the notice ends) is listed; taking it returns the gate's reason.",
      select: applicationPartySelect,
      resolve: (application, _args, ctx) => {
        const loaded = toLoadedApplication(application);
        return applicationWorkflow.allowed(loaded.status, applicationPartiesOf(ctx.viewer, loaded));
      },
    }),
    timeline: t.relation('timeline', {
      description: 'Every status change and message, oldest first.',
      query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

// SERVICE_FUNCTIONS lists the functions in the order of Art. 4.
function sortByArticle4(functions: ServiceFunction[]): ServiceFunction[] {
  return [...functions].sort((a, b) => SERVICE_FUNCTIONS.indexOf(a) - SERVICE_FUNCTIONS.indexOf(b));
}
