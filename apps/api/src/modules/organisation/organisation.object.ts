import { ORGANISATION_KINDS } from '@sme/domain';
import { builder } from '../../builder.js';
import type { Viewer } from '../../context.js';
import { canSeeOrganisation } from './organisation-access.js';
import { canSeeContactDetails } from '../../security/personal-data.js';

export const OrganisationKindEnum = builder.enumType('OrganisationKind', {
  description: 'Art. 5(1): the kinds of institution that may apply.',
  values: ORGANISATION_KINDS,
});

export const MembershipStatusEnum = builder.enumType('MembershipStatus', {
  values: ['ACTIVE', 'SUSPENDED', 'ENDED'] as const,
});

const CONTACT_NOTE =
  '联系人信息：仅管理员、本机构会员及发展该机构的推荐单位可见；评审专家与分析人员无权读取。' +
  " Contact details: administrators, the organisation's members and its developing unit only; reviewers and analysts get FORBIDDEN.";
const contactScopes = (org: { id: string }, _args: unknown, ctx: { viewer: Viewer | null }) =>
  canSeeContactDetails(ctx.viewer, org.id);

// Select mode: only the columns the query's fields need (see Application).
builder.prismaNode('Organisation', {
  id: { field: 'id' },
  select: { id: true },
  authScopes: (org, ctx) => canSeeOrganisation(ctx.viewer, org.id),
  fields: (t) => ({
    name: t.exposeString('name'),
    creditCode: t.exposeString('creditCode', { description: 'Unified social credit code (统一社会信用代码).' }),
    kind: t.expose('kind', { type: OrganisationKindEnum, nullable: true }),
    foundedOn: t.expose('foundedOn', { type: 'Date', nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    // personal data: the secretariat, the organisation's members and its unit only
    contactName: t.exposeString('contactName', {
      nullable: true,
      authScopes: contactScopes,
      description: CONTACT_NOTE,
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      authScopes: contactScopes,
      description: CONTACT_NOTE,
    }),
    contactEmail: t.exposeString('contactEmail', {
      nullable: true,
      authScopes: contactScopes,
      description: CONTACT_NOTE,
    }),
    // The current (active) membership, if any: it decides who may submit and who recommends.
    membership: t.field({
      type: MembershipRef,
      nullable: true,
      select: { memberships: { where: { status: 'ACTIVE' }, take: 1 } },
      resolve: (org) => org.memberships[0] ?? null,
    }),
    memberships: t.relation('memberships', { query: { orderBy: { since: 'desc' } } }),
  }),
});

const MembershipRef = builder.prismaNode('Membership', {
  id: { field: 'id' },
  authScopes: (m, ctx) => canSeeOrganisation(ctx.viewer, m.organisationId),
  fields: (t) => ({
    unit: t.relation('unit'),
    organisation: t.relation('organisation'),
    status: t.expose('status', { type: MembershipStatusEnum }),
    since: t.expose('since', { type: 'Date' }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
  }),
});
