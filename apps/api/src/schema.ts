// Imports every module so its types and fields register on the builder, then builds the schema.
import { builder } from './builder.js';
import './modules/common/scalars.js';
import './modules/common/errors.object.js';
import './modules/user/user.object.js';
import './modules/user/user.queries.js';
import './modules/user/auth.mutations.js';
import './modules/unit/unit.object.js';
import './modules/organisation/organisation.object.js';
import './modules/round/round.object.js';
import './modules/round/round.queries.js';
import './modules/application/application.object.js';
import './modules/application/application.queries.js';
import './modules/application/application.mutations.js';
import './modules/notice/notice.object.js';
import './modules/accreditation/accreditation.object.js';
import './modules/audit/audit-event.object.js';
import './modules/common/locale.js';
import './security/security.queries.js';
import './modules/eligibility/eligibility.queries.js';
import './modules/credit-code/credit-code.queries.js';
import './modules/calendar/calendar.object.js';
import './modules/calendar/calendar.queries.js';
import './modules/calendar/calendar.mutations.js';
import './modules/lifecycle/title.fields.js';
import './modules/lifecycle/spot-check.mutations.js';
import './modules/lifecycle/spot-check.fields.js';
import './modules/lifecycle/revocation.mutations.js';
import './modules/lifecycle/national-recommendation.js';
import './modules/lifecycle/import.mutations.js';
import './modules/lifecycle/renewal.mutations.js';
import './modules/lifecycle/notification.js';
import './modules/lifecycle/outbox.queries.js';
import './modules/membership/membership-request.object.js';
import './modules/membership/membership.queries.js';
import './modules/membership/membership.mutations.js';
import './modules/membership/registration.mutations.js';
import './modules/statistics/statistics.object.js';
import './modules/statistics/statistics.queries.js';

// Root types deny signed-out callers unless a field opts out with skipTypeScopes.
builder.queryType({ authScopes: { signedIn: true } });
builder.mutationType({ authScopes: { signedIn: true } });

export const schema = builder.toSchema({ sortSchema: true });
