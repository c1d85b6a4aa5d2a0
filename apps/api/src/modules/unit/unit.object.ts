import { builder } from '../../builder.js';

export const UnitKindEnum = builder.enumType('UnitKind', {
  description: 'Art. 2: divisions/departments, the magazine, secondary branches and the Membership Department.',
  values: ['DEPARTMENT', 'MAGAZINE', 'BRANCH', 'MEMBERSHIP_DEPARTMENT'] as const,
});

// Units are the association's own structure, public to every signed-in user.
export const UnitRef = builder.prismaNode('Unit', {
  id: { field: 'id' },
  authScopes: { signedIn: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
    kind: t.expose('kind', { type: UnitKindEnum }),
  }),
});
