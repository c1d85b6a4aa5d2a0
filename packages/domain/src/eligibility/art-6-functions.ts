import { formatYuanEn, formatYuanZh } from '../shared/format';
import { groupThousands } from '../shared/message';
import { SERVICE_FUNCTION_ARTICLES } from './service-function';
import { ELIGIBILITY_THRESHOLDS as T } from './thresholds';

import {
  type FunctionFacts,
  type EligibilityCheck,
  measured,
  attested,
  isFiniteNumber,
  type Figure,
  yuan,
  count,
  atLeast,
} from './eligibility-checks';

// Art. 6: what each declared service function must show, and its reading of financing.
export function functionChecks(facts: FunctionFacts): EligibilityCheck[] {
  const fn = facts.function;
  const p = SERVICE_FUNCTION_ARTICLES[fn];
  const activities = { zhCN: '年服务活动次数', en: 'activities per year' };
  switch (fn) {
    case 'INFORMATION':
      return [
        attested(
          'ART6_1_ONLINE_SERVICE_SYSTEM',
          p,
          fn,
          {
            zhCN: '形成便于中小企业查询的、开放的信息服务系统；具有在线服务、线上线下联动功能',
            en: 'an open information service system SMEs can query, with online service and online/offline linkage',
          },
          facts.onlineServiceSystem,
        ),
        atLeast(
          'ART6_1_OFFLINE_ENTERPRISES_SERVED',
          p,
          fn,
          {
            zhCN: '线下年服务企业数量150家以上',
            en: `at least ${T.information.offlineEnterprisesServed} enterprises served offline a year`,
          },
          { zhCN: '线下年服务企业数量', en: 'offline enterprises served per year' },
          facts.offlineEnterprisesServed,
          T.information.offlineEnterprisesServed,
          count('家'),
        ),
        atLeast(
          'ART6_1_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年组织开展的相关服务活动8次以上',
            en: `at least ${T.information.activitiesPerYear} service activities a year`,
          },
          activities,
          facts.activitiesPerYear,
          T.information.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'TECHNOLOGY':
      return [
        attested(
          'ART6_2_ORGANISES_RESOURCES',
          p,
          fn,
          { zhCN: '具有组织技术服务资源的能力', en: 'able to organise technical service resources' },
          facts.organisesResources,
        ),
        attested(
          'ART6_2_EXPERT_DATABASE',
          p,
          fn,
          { zhCN: '具有专家库', en: 'an expert database' },
          facts.expertDatabase,
        ),
        attested(
          'ART6_2_PROJECT_DATABASE',
          p,
          fn,
          { zhCN: '具有……新产品、新技术项目库', en: 'a new-product and new-technology project database' },
          facts.projectDatabase,
        ),
        atLeast(
          'ART6_2_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年开展技术洽谈、产品检测与质量品牌诊断、技术推广、项目推介和知识产权等服务活动5次以上',
            en: `at least ${T.technology.activitiesPerYear} technology service activities a year`,
          },
          activities,
          facts.activitiesPerYear,
          T.technology.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'STARTUP':
      return [
        attested(
          'ART6_3_STRONG_COACHING',
          p,
          fn,
          { zhCN: '具有较强的创业辅导能力', en: 'strong startup coaching' },
          facts.strongCoaching,
        ),
        attested(
          'ART6_3_PROJECT_DATABASE',
          p,
          fn,
          { zhCN: '建有创业项目库', en: 'a startup project database' },
          facts.projectDatabase,
        ),
        attested(
          'ART6_3_STARTUP_GUIDE',
          p,
          fn,
          { zhCN: '建有……《创业指南》', en: 'a Startup Guide' },
          facts.startupGuide,
        ),
        attested(
          'ART6_3_SERVICE_HOTLINE',
          p,
          fn,
          { zhCN: '建有……创业服务热线', en: 'a startup service hotline' },
          facts.serviceHotline,
        ),
        attested(
          'ART6_3_GOVERNMENT_AGENCY_SERVICE',
          p,
          fn,
          { zhCN: '开展相关政务代理服务', en: 'government-affairs agency services' },
          facts.governmentAgencyService,
        ),
        atLeast(
          'ART6_3_ACTIVITIES',
          p,
          fn,
          {
            zhCN: '年开展创业项目洽谈、推介活动8次以上',
            en: `at least ${T.startup.activitiesPerYear} startup matchmaking or promotion events a year`,
          },
          { zhCN: '年创业项目洽谈、推介活动次数', en: 'startup events per year' },
          facts.activitiesPerYear,
          T.startup.activitiesPerYear,
          count('次'),
        ),
      ];
    case 'TRAINING':
      return [
        attested(
          'ART6_4_TRAINING_QUALIFICATION',
          p,
          fn,
          {
            zhCN: '具有培训资质或在中小企业主管部门备案',
            en: 'a training qualification, or filed with the SME authority',
          },
          facts.trainingQualification,
        ),
        attested(
          'ART6_4_ONLINE_AND_OFFLINE_TRAINING',
          p,
          fn,
          { zhCN: '具有线上和线下培训能力', en: 'able to train online and offline' },
          facts.onlineAndOfflineTraining,
        ),
        attested(
          'ART6_4_TRAINING_EVALUATION',
          p,
          fn,
          { zhCN: '有完善的培训服务评价机制', en: 'a thorough training evaluation mechanism' },
          facts.trainingEvaluation,
        ),
        atLeast(
          'ART6_4_TRAINEES',
          p,
          fn,
          {
            zhCN: '年培训2000人次以上',
            en: `at least ${groupThousands(T.training.traineesPerYear)} trainee-times a year`,
          },
          { zhCN: '年培训人次', en: 'trainee-times per year' },
          facts.traineesPerYear,
          T.training.traineesPerYear,
          count('人次'),
        ),
      ];
    case 'FINANCING':
      return [financingCheck(facts)];
  }
}

/**
 * Art. 6(5) is one requirement with two alternative branches, so it is one measured check whose
 * `actual` reports both branches' figures: (A) ≥ 10 activities AND ≥ 8亿元 facilitated, or
 * (B) a guarantee institution with ≥ 30亿元 of new guarantees. Being a guarantee institution is
 * attested; when only branch B holds, the message says so.
 */
export function financingCheck(facts: FunctionFacts): EligibilityCheck {
  const F = T.financing;
  const {
    activitiesPerYear: acts,
    financingFacilitatedYuan: facilitated,
    guaranteeInstitution: guarantor,
    newGuaranteesYuan: guarantees,
  } = facts;
  const branchA =
    isFiniteNumber(acts) &&
    acts >= F.activitiesPerYear &&
    isFiniteNumber(facilitated) &&
    facilitated >= F.financingFacilitatedYuan;
  const branchB = guarantor === true && isFiniteNumber(guarantees) && guarantees >= F.newGuaranteesYuan;
  const passed = branchA || branchB;
  const show = (n: number | null | undefined, f: Figure, lang: 'zhCN' | 'en'): string =>
    isFiniteNumber(n) ? f(n)[lang] : '—';
  const missingA = [
    ...(isFiniteNumber(acts) ? [] : [{ zhCN: '年投融资服务活动次数', en: 'financing activities per year' }]),
    ...(isFiniteNumber(facilitated) ? [] : [{ zhCN: '帮助中小企业融资总额', en: 'SME financing facilitated' }]),
  ];
  const missingB = [
    ...(guarantor === null || guarantor === undefined
      ? [{ zhCN: '是否为融资担保机构', en: 'whether a guarantee institution' }]
      : []),
    ...(guarantor === true && !isFiniteNumber(guarantees)
      ? [{ zhCN: '年新增担保额', en: 'new guarantees per year' }]
      : []),
  ];
  // A missing figure only explains the failure when neither branch can pass on what was given.
  const missing = passed ? [] : guarantor === false ? missingA : [...missingA, ...missingB];
  const guarantorZh = guarantor === true ? '是（已声明，待评审核实）' : guarantor === false ? '否' : '—';
  const guarantorEn =
    guarantor === true ? 'yes (attested, to be verified in review)' : guarantor === false ? 'no' : '—';
  return measured({
    code: 'ART6_5_FINANCING',
    paragraph: SERVICE_FUNCTION_ARTICLES.FINANCING,
    fn: 'FINANCING',
    condition: {
      zhCN: '年组织开展投融资对接、企业融资策划、推荐和融资代理等服务活动10次以上，帮助中小企业融资总额8亿元以上的服务机构；或向中小企业提供年新增担保额30亿元以上的融资担保机构',
      en: `a service institution organising at least ${F.activitiesPerYear} financing activities a year and helping SMEs to at least ${formatYuanEn(F.financingFacilitatedYuan)} of financing, or a guarantee institution providing SMEs with at least ${formatYuanEn(F.newGuaranteesYuan)} of new guarantees a year`,
    },
    reading: {
      zhCN: '两种情形满足其一即可：服务活动10次以上且融资总额8亿元以上；或为年新增担保额30亿元以上的融资担保机构',
      en: 'either branch suffices: both figures of the first, or a guarantee institution meeting the second',
    },
    passed,
    required: {
      zhCN: `（服务活动不少于${F.activitiesPerYear}次且融资总额不少于${formatYuanZh(F.financingFacilitatedYuan)}）或（融资担保机构且年新增担保额不少于${formatYuanZh(F.newGuaranteesYuan)}）`,
      en: `(activities ≥ ${F.activitiesPerYear} AND facilitated ≥ ${formatYuanEn(F.financingFacilitatedYuan)}) OR (guarantee institution AND new guarantees ≥ ${formatYuanEn(F.newGuaranteesYuan)})`,
    },
    actual: {
      zhCN: `服务活动${show(acts, count('次'), 'zhCN')}，融资总额${show(facilitated, yuan, 'zhCN')}；融资担保机构：${guarantorZh}，年新增担保额${show(guarantees, yuan, 'zhCN')}`,
      en: `activities ${show(acts, count(''), 'en')}, facilitated ${show(facilitated, yuan, 'en')}; guarantee institution ${guarantorEn}, new guarantees ${show(guarantees, yuan, 'en')}`,
    },
    ...(missing.length > 0 ? { missing } : {}),
    ...(passed && !branchA
      ? {
          note: {
            zhCN: '融资担保机构身份待评审核实',
            en: 'the guarantee institution status is to be verified in review',
          },
        }
      : {}),
  });
}
