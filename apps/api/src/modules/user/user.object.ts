import { ROLES } from '@sme/domain';
import { builder } from '../../builder.js';
import { hasRole } from '../../context.js';

export const RoleEnum = builder.enumType('Role', {
  description:
    'MEMBER: an organisation user; UNIT_STAFF: a recommending unit; REVIEWER; ADMIN: the secretariat; ANALYST: read-only statistics.',
  values: ROLES,
});

builder.prismaNode('User', {
  id: { field: 'id' },
  // A user sees their own account; administrators see everyone's.
  authScopes: (user, ctx) => user.id === ctx.viewer?.userId || hasRole(ctx.viewer, 'ADMIN'),
  fields: (t) => ({
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    roles: t.field({ type: [RoleEnum], resolve: (user) => user.roles }),
    twoFactorEnabled: t.boolean({
      description: 'Signs in with a TOTP code (or a recovery code) after the password.',
      select: { totpEnabledAt: true },
      resolve: (user) => user.totpEnabledAt !== null,
    }),
    organisation: t.relation('organisation', { nullable: true }),
    unit: t.relation('unit', { nullable: true }),
  }),
});
