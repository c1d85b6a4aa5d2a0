import { formatDateZh, formatYuanEn } from '../shared/format';
import { anniversary, compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { groupThousands } from '../shared/message';
import { ORGANISATION_KIND_NAMES, ORGANISATION_KINDS, type OrganisationKind } from './service-function';
import { ELIGIBILITY_THRESHOLDS as T } from './thresholds';

import {
  type EligibilityFacts,
  type EligibilityCheck,
  type Paragraph,
  measured,
  attested,
  isFiniteNumber,
  yuan,
  percent,
  count,
  atLeast,
} from './eligibility-checks';

// Art. 5: the conditions every applicant meets, items (一) to (五).
export const ART5: Record<1 | 2 | 3 | 4 | 5, Paragraph> = {
  1: { article: 'Art. 5(1)', zhCN: '第五条第（一）项' },
  2: { article: 'Art. 5(2)', zhCN: '第五条第（二）项' },
  3: { article: 'Art. 5(3)', zhCN: '第五条第（三）项' },
  4: { article: 'Art. 5(4)', zhCN: '第五条第（四）项' },
  5: { article: 'Art. 5(5)', zhCN: '第五条第（五）项' },
};

export function art5Checks(f: EligibilityFacts): EligibilityCheck[] {
  const p = ART5;
  return [
    attested(
      'ART5_1_INDEPENDENT_LEGAL_PERSON',
      p[1],
      null,
      { zhCN: '具有独立法人资格', en: 'an independent legal person' },
      f.independentLegalPerson,
    ),
    operatingYearsCheck(f.foundedOn, f.submittedOn),
    atLeast(
      'ART5_1_TOTAL_ASSETS',
      p[1],
      null,
      { zhCN: '资产总额不低于300万元', en: `total assets of at least ${formatYuanEn(T.totalAssetsYuan)}` },
      { zhCN: '资产总额', en: 'total assets' },
      f.totalAssetsYuan,
      T.totalAssetsYuan,
      yuan,
    ),
    attested('ART5_1_SOUND_FINANCES', p[1], null, { zhCN: '财务收支状况良好', en: 'sound finances' }, f.soundFinances),
    attested(
      'ART5_1_SOUND_OPERATION',
      p[1],
      null,
      {
        zhCN: '经营规范，具有良好的发展前景和可持续发展能力',
        en: 'operates soundly, with good prospects and the ability to develop sustainably',
      },
      f.soundOperation,
    ),
    organisationKindCheck(f.organisationKind),

    atLeast(
      'ART5_2_SMES_SERVED',
      p[2],
      null,
      { zhCN: '年服务中小企业150家以上', en: `at least ${T.smesServedPerYear} SMEs served a year` },
      { zhCN: '上一年度服务中小企业数量', en: 'SMEs served in year N-1' },
      f.smesServedLastYear,
      T.smesServedPerYear,
      count('家'),
      { zhCN: '以上一年度服务的中小企业数量计', en: 'the SMEs served in year N-1 are counted' },
    ),
    atLeast(
      'ART5_2_SATISFACTION',
      p[2],
      null,
      { zhCN: '用户满意度在80%以上', en: `user satisfaction of at least ${T.satisfactionPercent}%` },
      { zhCN: '用户满意度', en: 'user satisfaction' },
      f.satisfactionPercent,
      T.satisfactionPercent,
      percent,
    ),
    steadyGrowthCheck(f.smesServedLastYear, f.smesServedYearBefore),
    attested(
      'ART5_2_REPUTATION',
      p[2],
      null,
      {
        zhCN: '在专业服务领域或区域内有一定的声誉和品牌影响力',
        en: 'recognised, with a reputation and brand, in its field or region',
      },
      f.reputation,
    ),

    attested(
      'ART5_3_FIXED_PREMISES',
      p[3],
      null,
      {
        zhCN: '有固定的经营服务场所和必要的服务设施、仪器设备等',
        en: 'fixed premises with the facilities and equipment the services need',
      },
      f.fixedPremises,
    ),
    attested(
      'ART5_3_ORGANISING_ABILITY',
      p[3],
      null,
      { zhCN: '有组织带动社会服务资源的能力', en: 'able to organise and mobilise social service resources' },
      f.organisesServiceResources,
    ),
    atLeast(
      'ART5_3_AGGREGATED_INSTITUTIONS',
      p[3],
      null,
      { zhCN: '集聚服务机构5家以上', en: `at least ${T.aggregatedInstitutions} service institutions aggregated` },
      { zhCN: '集聚服务机构数量', en: 'aggregated service institutions' },
      f.aggregatedInstitutions,
      T.aggregatedInstitutions,
      count('家'),
    ),

    attested(
      'ART5_4_MANAGEMENT_RULES',
      p[4],
      null,
      { zhCN: '有健全的管理制度', en: 'sound management rules' },
      f.managementRules,
    ),
    attested(
      'ART5_4_QUALITY_ASSURANCE',
      p[4],
      null,
      {
        zhCN: '规范的服务流程……和完善的服务质量保证措施',
        en: 'standard service processes and thorough quality assurance',
      },
      f.qualityAssurance,
    ),
    attested('ART5_4_REASONABLE_FEES', p[4], null, { zhCN: '合理的收费标准', en: 'reasonable fees' }, f.reasonableFees),
    attested(
      'ART5_4_SMALL_MICRO_FEE_CONCESSIONS',
      p[4],
      null,
      { zhCN: '对小型微型企业的服务收费要有相应的优惠规定', en: 'fee concessions for small and micro enterprises' },
      f.smallMicroFeeConcessions,
    ),
    atLeast(
      'ART5_4_FREE_OR_LOW_FEE_SHARE',
      p[4],
      null,
      {
        zhCN: '提供的公益性服务或低收费服务不少于总服务量的20%',
        en: `public-welfare or low-fee services of at least ${T.freeOrLowFeeSharePercent}% of all services`,
      },
      { zhCN: '公益性服务或低收费服务占总服务量的比例', en: 'public-welfare or low-fee share' },
      f.freeOrLowFeeSharePercent,
      T.freeOrLowFeeSharePercent,
      percent,
    ),
    attested(
      'ART5_4_DEVELOPMENT_PLAN',
      p[4],
      null,
      { zhCN: '有明确的发展规划和年度服务目标', en: 'a clear development plan and annual service targets' },
      f.developmentPlan,
    ),

    attested(
      'ART5_5_SOUND_MANAGEMENT_TEAM',
      p[5],
      null,
      { zhCN: '有健全的管理团队和人才队伍', en: 'a sound management team and staff' },
      f.soundManagementTeam,
    ),
    attested(
      'ART5_5_PRINCIPAL_INTEGRITY',
      p[5],
      null,
      {
        zhCN: '主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平',
        en: 'a principal of integrity who abides by the law, with an innovative spirit, practical experience and management skill',
      },
      f.principalIntegrity,
    ),
    atLeast(
      'ART5_5_SERVICE_STAFF',
      p[5],
      null,
      { zhCN: '从事为中小企业服务的人员不少于20人', en: `at least ${T.serviceStaff} staff serving SMEs` },
      { zhCN: '服务人员数量', en: 'service staff' },
      f.serviceStaff,
      T.serviceStaff,
      count('人'),
    ),
    qualifiedShareCheck(f.serviceStaff, f.qualifiedStaff),
  ];
}

export function organisationKindCheck(kind: OrganisationKind): EligibilityCheck {
  const known = (ORGANISATION_KINDS as readonly string[]).includes(kind);
  const declared = typeof kind === 'string' && kind.length > 0;
  return measured({
    code: 'ART5_1_ORGANISATION_KIND',
    paragraph: ART5[1],
    fn: null,
    condition: {
      zhCN: '中小企业服务机构、社会中介机构、技术服务机构、科研院所，以及基于互联网等面向中小企业提供创业创新服务的企业',
      en: 'an SME service institution, social intermediary, technology service institution or research institute, or an internet-based enterprise serving SME startup and innovation',
    },
    reading: { zhCN: '申报单位属于所列机构类别之一', en: 'the applicant is of one of the kinds listed' },
    passed: known,
    required: {
      zhCN: ORGANISATION_KINDS.map((k) => ORGANISATION_KIND_NAMES[k].zhCN).join('、'),
      en: ORGANISATION_KINDS.join(' | '),
    },
    actual: known ? ORGANISATION_KIND_NAMES[kind] : declared ? { zhCN: '不属于所列机构类别', en: String(kind) } : null,
    ...(declared ? {} : { missing: [{ zhCN: '机构类别', en: 'organisation kind' }] }),
  });
}

/**
 * "Operating ≥ 2 years" (运营两年以上): the second anniversary of the founding date has been
 * reached on the submission date. A 29 February founding reaches it on 1 March (see
 * `anniversary`), so founded 2024-02-29 may submit from 2026-03-01.
 */
export function operatingYearsCheck(foundedOn: IsoDate, submittedOn: IsoDate): EligibilityCheck {
  const condition = { zhCN: '运营两年以上', en: `operating for more than ${T.operatingYears} years` };
  const reading = {
    zhCN: '申报日成立满两周年',
    en: `founded at least ${T.operatingYears} full years before the submission date`,
  };
  const base = { code: 'ART5_1_OPERATING_YEARS', paragraph: ART5[1], fn: null, condition, reading };
  const validFounded = typeof foundedOn === 'string' && isIsoDate(foundedOn);
  const validSubmitted = typeof submittedOn === 'string' && isIsoDate(submittedOn);
  if (!validFounded || !validSubmitted) {
    const missing = [
      ...(validFounded ? [] : [{ zhCN: '成立日期', en: 'founding date' }]),
      ...(validSubmitted ? [] : [{ zhCN: '申报日期', en: 'submission date' }]),
    ];
    return measured({
      ...base,
      passed: false,
      required: { zhCN: '成立满两周年', en: `≥ ${T.operatingYears} years` },
      actual: null,
      missing,
    });
  }
  const qualifiesOn = anniversary(foundedOn, T.operatingYears);
  return measured({
    ...base,
    passed: compareIsoDates(submittedOn, qualifiesOn) >= 0,
    required: {
      zhCN: `成立满两周年（${formatDateZh(qualifiesOn)}起可申报）`,
      en: `founded on or before the day two years before submission (eligible from ${qualifiesOn})`,
    },
    actual: {
      zhCN: `成立于${formatDateZh(foundedOn)}，申报日期为${formatDateZh(submittedOn)}`,
      en: `founded ${foundedOn}, submitted ${submittedOn}`,
    },
  });
}

/** "Grew steadily over the last two years" (近两年服务企业数量稳步增长): N-1 strictly above N-2. */
export function steadyGrowthCheck(lastYear: number, yearBefore: number): EligibilityCheck {
  const condition = {
    zhCN: '近两年服务企业数量稳步增长',
    en: 'the number of enterprises served grew steadily over the last two years',
  };
  const reading = {
    zhCN: '上一年度服务企业数量多于前一年度',
    en: 'more enterprises served in year N-1 than in year N-2',
  };
  const base = { code: 'ART5_2_STEADY_GROWTH', paragraph: ART5[2], fn: null, condition, reading };
  if (!isFiniteNumber(lastYear) || !isFiniteNumber(yearBefore)) {
    const missing = [
      ...(isFiniteNumber(lastYear) ? [] : [{ zhCN: '上一年度服务企业数量', en: 'enterprises served in year N-1' }]),
      ...(isFiniteNumber(yearBefore) ? [] : [{ zhCN: '前一年度服务企业数量', en: 'enterprises served in year N-2' }]),
    ];
    return measured({
      ...base,
      passed: false,
      required: { zhCN: '上一年度多于前一年度', en: 'N-1 > N-2' },
      actual: null,
      missing,
    });
  }
  return measured({
    ...base,
    passed: lastYear > yearBefore,
    required: {
      zhCN: `上一年度多于前一年度（多于${groupThousands(yearBefore)}家）`,
      en: `N-1 > N-2 (> ${groupThousands(yearBefore)})`,
    },
    actual: {
      zhCN: `上一年度${groupThousands(lastYear)}家，前一年度${groupThousands(yearBefore)}家`,
      en: `N-1 ${groupThousands(lastYear)}, N-2 ${groupThousands(yearBefore)}`,
    },
  });
}

/**
 * Qualified staff share ≥ 80%, compared in integers (q × 100 ≥ 80 × s) so 16 of 20 is exactly
 * 80% without floating-point doubt. No staff fails (the share is undefined, and Art. 5(5)
 * fails anyway); more qualified staff than staff is inconsistent data and fails.
 *
 * The message states the condition in the measures' words, then the software's reading of
 * 和 (either qualification counts) separately (docs/measures.md, "Qualified staff").
 */
export function qualifiedShareCheck(serviceStaff: number, qualifiedStaff: number): EligibilityCheck {
  const base = {
    code: 'ART5_5_QUALIFIED_STAFF_SHARE',
    paragraph: ART5[5],
    fn: null,
    condition: {
      zhCN: '其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上',
      en: `the measures require at least ${T.qualifiedStaffSharePercent}% of the staff to be professionals with a college degree or above and a mid-level or higher technical title`,
    },
    reading: {
      zhCN: '具有大专及以上学历或中级及以上技术职称，两者有其一即计为专业人员',
      en: 'a staff member counts who holds either a college degree or above or a mid-level or higher technical title',
    },
  };
  const required = { zhCN: `不低于${T.qualifiedStaffSharePercent}%`, en: `≥ ${T.qualifiedStaffSharePercent}%` };
  if (!isFiniteNumber(serviceStaff) || !isFiniteNumber(qualifiedStaff)) {
    const missing = [
      ...(isFiniteNumber(serviceStaff) ? [] : [{ zhCN: '服务人员数量', en: 'service staff' }]),
      ...(isFiniteNumber(qualifiedStaff) ? [] : [{ zhCN: '符合学历或职称条件的人员数量', en: 'qualified staff' }]),
    ];
    return measured({ ...base, passed: false, required, actual: null, missing });
  }
  const consistent = serviceStaff > 0 && qualifiedStaff >= 0 && qualifiedStaff <= serviceStaff;
  const share = serviceStaff > 0 ? Math.round((qualifiedStaff / serviceStaff) * 10_000) / 100 : 0;
  return measured({
    ...base,
    passed: consistent && qualifiedStaff * 100 >= T.qualifiedStaffSharePercent * serviceStaff,
    required,
    actual: {
      zhCN: `服务人员${groupThousands(serviceStaff)}人，其中专业人员${groupThousands(qualifiedStaff)}人，占${groupThousands(share)}%`,
      en: `${groupThousands(qualifiedStaff)} / ${groupThousands(serviceStaff)} = ${groupThousands(share)}%`,
    },
  });
}
