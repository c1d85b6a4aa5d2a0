import type { Message } from '../shared/message';

/** The five service functions of Art. 4 (服务功能类别). */
export const SERVICE_FUNCTIONS = ['INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING'] as const;
export type ServiceFunction = (typeof SERVICE_FUNCTIONS)[number];

export const SERVICE_FUNCTION_NAMES: Record<ServiceFunction, Message> = {
  INFORMATION: { zhCN: '信息服务', en: 'Information services' },
  TECHNOLOGY: { zhCN: '技术服务', en: 'Technology services' },
  STARTUP: { zhCN: '创业服务', en: 'Startup services' },
  TRAINING: { zhCN: '培训服务', en: 'Training services' },
  FINANCING: { zhCN: '融资服务', en: 'Financing services' },
};

/** The paragraph of Art. 6 that sets each function's requirement. */
export const SERVICE_FUNCTION_ARTICLES: Record<ServiceFunction, { article: string; zhCN: string }> = {
  INFORMATION: { article: 'Art. 6(1)', zhCN: '第六条第（一）款' },
  TECHNOLOGY: { article: 'Art. 6(2)', zhCN: '第六条第（二）款' },
  STARTUP: { article: 'Art. 6(3)', zhCN: '第六条第（三）款' },
  TRAINING: { article: 'Art. 6(4)', zhCN: '第六条第（四）款' },
  FINANCING: { article: 'Art. 6(5)', zhCN: '第六条第（五）款' },
};

/** The organisation kinds of Art. 5(1). */
export const ORGANISATION_KINDS = [
  'SME_SERVICE_INSTITUTION',
  'SOCIAL_INTERMEDIARY',
  'TECH_SERVICE_INSTITUTION',
  'RESEARCH_INSTITUTE',
  'INTERNET_ENTERPRISE',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_NAMES: Record<OrganisationKind, Message> = {
  SME_SERVICE_INSTITUTION: { zhCN: '中小企业服务机构', en: 'SME service institution' },
  SOCIAL_INTERMEDIARY: { zhCN: '社会中介机构', en: 'Social intermediary' },
  TECH_SERVICE_INSTITUTION: { zhCN: '技术服务机构', en: 'Technology service institution' },
  RESEARCH_INSTITUTE: { zhCN: '科研院所', en: 'Research institute' },
  INTERNET_ENTERPRISE: {
    zhCN: '基于互联网等面向中小企业提供创业创新服务的企业',
    en: 'Internet-based enterprise serving SME startup and innovation',
  },
};
