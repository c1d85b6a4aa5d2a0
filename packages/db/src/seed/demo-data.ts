import type { MembershipStatus, OrganisationKind, Role, UnitKind } from '../generated/prisma/enums';
import { withCreditCodeCheck } from './credit-code';

/** Art. 2: the association's recommending units. */
export const demoUnits: { code: string; name: string; nameEn: string; kind: UnitKind }[] = [
  { code: 'GAD', name: '综合处', nameEn: 'General Affairs Division', kind: 'DEPARTMENT' },
  { code: 'MEM', name: '会员部', nameEn: 'Membership Department', kind: 'MEMBERSHIP_DEPARTMENT' },
  { code: 'INF', name: '信息部', nameEn: 'Information Department', kind: 'DEPARTMENT' },
  { code: 'MAG', name: '《中国中小企业》杂志社', nameEn: 'China SMEs Magazine', kind: 'MAGAZINE' },
  { code: 'BR-SVC', name: '中小企业服务专业委员会', nameEn: 'SME Services Committee', kind: 'BRANCH' },
  { code: 'BR-FIN', name: '融资服务分会', nameEn: 'Financing Services Branch', kind: 'BRANCH' },
];

type DemoMembership = { unitCode: string; since: string; status: MembershipStatus; endedOn?: string };

export type DemoOrganisation = {
  key: string;
  name: string;
  creditCode: string;
  kind: OrganisationKind;
  foundedOn: string;
  address: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  memberships: DemoMembership[];
};

// Codes: registration authority + category, 6-digit division code, 9-character organisation
// code, then the computed check character.
export const demoOrganisations: DemoOrganisation[] = [
  {
    key: 'beijing',
    name: '北京中小企业综合服务中心有限公司',
    creditCode: withCreditCodeCheck('91110108MA01ABCD2'),
    kind: 'SME_SERVICE_INSTITUTION',
    foundedOn: '2015-03-18',
    address: '北京市海淀区中关村大街 1 号',
    contactName: '王敏',
    contactPhone: '010-62000001',
    contactEmail: 'contact@bj-sme.example.cn',
    memberships: [{ unitCode: 'INF', since: '2019-05-10', status: 'ACTIVE' }],
  },
  {
    key: 'shanghai',
    name: '上海科创技术服务有限公司',
    creditCode: withCreditCodeCheck('91310115MA1H7TQ3X'),
    kind: 'TECH_SERVICE_INSTITUTION',
    foundedOn: '2012-09-01',
    address: '上海市浦东新区张江路 88 号',
    contactName: '李强',
    contactPhone: '021-50000002',
    contactEmail: 'service@sh-tech.example.cn',
    // Historical membership that lapsed, then re-joined through a branch.
    memberships: [
      { unitCode: 'MAG', since: '2014-01-15', status: 'ENDED', endedOn: '2018-12-31' },
      { unitCode: 'BR-SVC', since: '2020-04-01', status: 'ACTIVE' },
    ],
  },
  {
    key: 'shenzhen',
    name: '深圳融信融资担保有限公司',
    creditCode: withCreditCodeCheck('91440300MA5F2K8L1'),
    kind: 'SME_SERVICE_INSTITUTION',
    foundedOn: '2010-06-30',
    address: '深圳市福田区深南大道 6008 号',
    contactName: '陈晓',
    contactPhone: '0755-83000003',
    contactEmail: 'info@sz-guarantee.example.cn',
    memberships: [{ unitCode: 'BR-FIN', since: '2018-08-20', status: 'ACTIVE' }],
  },
  {
    key: 'hangzhou',
    name: '杭州市创业服务促进会',
    creditCode: withCreditCodeCheck('51330100MJ8812345'),
    kind: 'SOCIAL_INTERMEDIARY',
    foundedOn: '2016-11-08',
    address: '杭州市西湖区文三路 90 号',
    contactName: '赵婷',
    contactPhone: '0571-88000004',
    contactEmail: 'office@hz-startup.example.cn',
    // Joined directly: recommended by the Membership Department (Art. 2).
    memberships: [{ unitCode: 'MEM', since: '2021-02-22', status: 'ACTIVE' }],
  },
];

export const DEMO_PASSWORD = 'demo1234';

/** The Art. 5 attestations of the demo applications, all affirmed. */
export const ART5_ATTESTATIONS_MET = {
  independentLegalPerson: true,
  soundFinances: true,
  fixedPremises: true,
  organisesServiceResources: true,
  managementRules: true,
  smallMicroFeeConcessions: true,
  developmentPlan: true,
  principalIntegrity: true,
} as const;

/** Every attestation (Arts. 5 and 6) affirmed: the demo applications that reach review or a title. */
export const ALL_ATTESTATIONS_MET = {
  ...ART5_ATTESTATIONS_MET,
  soundOperation: true,
  reputation: true,
  reasonableFees: true,
  qualityAssurance: true,
  soundManagementTeam: true,
} as const;

export type DemoAccount = {
  email: string;
  displayName: string;
  roles: Role[];
  organisationKey?: string;
  unitCode?: string;
};

export const demoAccounts: DemoAccount[] = [
  { email: 'admin@example.com', displayName: '秘书处管理员', roles: ['ADMIN'] },
  { email: 'member@example.com', displayName: '王敏', roles: ['MEMBER'], organisationKey: 'beijing' },
  // Staff of the unit that developed the member above (信息部).
  { email: 'unit@example.com', displayName: '信息部 刘洋', roles: ['UNIT_STAFF'], unitCode: 'INF' },
  { email: 'reviewer@example.com', displayName: '评审专家 孙立', roles: ['REVIEWER'] },
  { email: 'analyst@example.com', displayName: '数据分析员 周静', roles: ['ANALYST'] },
];
