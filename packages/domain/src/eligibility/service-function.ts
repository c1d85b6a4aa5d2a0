import { MEASURES_TEXT } from '../measures/measures-text';
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

/** The words after the function's name in Art. 4's item: '信息服务功能。提供…' → '提供…'. */
const servicesOf = (item: string): string => item.slice(item.indexOf('。') + 1);

/**
 * The services each function offers, as Art. 4 lists them: shown where the applicant chooses its
 * functions. The Chinese is the measures' own sentence; the English is a translation.
 */
export const SERVICE_FUNCTION_SERVICES: Record<ServiceFunction, Message & { article: string }> = {
  INFORMATION: {
    article: 'Art. 4(1)',
    zhCN: servicesOf(MEASURES_TEXT['Art. 4(1)']),
    en: 'Information on laws and regulations, policies, technology, quality, standards, talent, markets, logistics, management and the like.',
  },
  TECHNOLOGY: {
    article: 'Art. 4(2)',
    zhCN: servicesOf(MEASURES_TEXT['Art. 4(2)']),
    en: 'Industrial design, solutions, inspection and testing, quality control and technical evaluation, technology development, technology transfer, IT adoption, equipment sharing, intellectual property, brand building, product innovation, technological innovation, sharing of innovation resources, commercialisation of technology and promotion of innovation results, and the like.',
  },
  STARTUP: {
    article: 'Art. 4(3)',
    zhCN: servicesOf(MEASURES_TEXT['Art. 4(3)']),
    en: 'For founders and small firms set up within the last 3 years: startup coaching, project planning, government-affairs agency, startup premises and the like.',
  },
  TRAINING: {
    article: 'Art. 4(4)',
    zhCN: servicesOf(MEASURES_TEXT['Art. 4(4)']),
    en: 'Training in business management, marketing, risk prevention, technology, starting a business and the like.',
  },
  FINANCING: {
    article: 'Art. 4(5)',
    zhCN: servicesOf(MEASURES_TEXT['Art. 4(5)']),
    en: 'Financing information, organised investment and financing promotion and matchmaking, credit information collection and rating, and the like.',
  },
};

/** The paragraph of Art. 6 that sets each function's requirement. */
export const SERVICE_FUNCTION_ARTICLES: Record<ServiceFunction, { article: string; zhCN: string }> = {
  INFORMATION: { article: 'Art. 6(1)', zhCN: '第六条第（一）项' },
  TECHNOLOGY: { article: 'Art. 6(2)', zhCN: '第六条第（二）项' },
  STARTUP: { article: 'Art. 6(3)', zhCN: '第六条第（三）项' },
  TRAINING: { article: 'Art. 6(4)', zhCN: '第六条第（四）项' },
  FINANCING: { article: 'Art. 6(5)', zhCN: '第六条第（五）项' },
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
