import { MEASURES_TEXT, quotesVerbatim, SERVICE_FUNCTION_SERVICES, SERVICE_FUNCTIONS } from '@sme/domain';
import { describe, expect, it } from 'vitest';
import { ART5_ATTESTATIONS, FUNCTION_FIELDS } from './facts-form';
import { zhCN as applicantZhCN } from './i18n/zh-CN';

// The Chinese labels of the facts form are the measures' words: a condition the applicant ticks or
// a figure it declares is named as the article names it. A software note may follow in
// parentheses (the year counted, the unit), and a reading stands apart as 本系统的理解.

const art5 = ['Art. 5(1)', 'Art. 5(2)', 'Art. 5(3)', 'Art. 5(4)', 'Art. 5(5)'] as const;
const art6 = ['Art. 6(1)', 'Art. 6(2)', 'Art. 6(3)', 'Art. 6(4)', 'Art. 6(5)'] as const;
const article5 = art5.map((a) => MEASURES_TEXT[a]).join('\n');
const article6 = art6.map((a) => MEASURES_TEXT[a]).join('\n');
/** The words before a trailing software note in full-width parentheses: '集聚服务机构（家）' → '集聚服务机构'. */
const words = (label: string): string => label.replace(/（[^（）]*）$/, '');

describe("the facts form speaks the measures' words", () => {
  it("labels every Art. 5 attestation with a verbatim quotation of Art. 5, Art. 5(3)'s organising ability included", () => {
    expect(ART5_ATTESTATIONS).toContain('organisesServiceResources');
    for (const field of ART5_ATTESTATIONS) {
      const label = applicantZhCN.attestations[field];
      expect(quotesVerbatim(label, article5), `${field}: "${label}"`).toBe(true);
    }
    expect(applicantZhCN.attestations.organisesServiceResources).toBe('有组织带动社会服务资源的能力');
  });

  it("labels every figure of Art. 5 with the article's words, notes in parentheses apart", () => {
    const figures = [
      'totalAssetsWan',
      'satisfactionPercent',
      'freeOrLowFeeSharePercent',
      'smesServedLastYear',
      'smesServedYearBefore',
      'aggregatedInstitutions',
      'serviceStaff',
      'qualifiedStaff',
    ] as const;
    for (const field of figures) {
      const label = applicantZhCN.basic[field];
      expect(quotesVerbatim(words(label), article5), `${field}: "${label}"`).toBe(true);
    }
    // Art. 5(5) opens with 其中, as the measures do; the reading that either qualification counts is a note of its own
    expect(applicantZhCN.basic.qualifiedStaff.startsWith('其中大专及以上学历和中级及以上技术职称专业人员')).toBe(true);
    expect(applicantZhCN.basic.qualifiedStaffReading).toMatch(
      /^第五条第（五）项：其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上。本系统的理解：/,
    );
  });

  it('labels every function requirement of Art. 6 with a verbatim quotation of its item', () => {
    const labels = applicantZhCN.functionFacts as Record<string, string>;
    const fields = new Set(
      SERVICE_FUNCTIONS.flatMap((f) => [...FUNCTION_FIELDS[f].numbers, ...FUNCTION_FIELDS[f].booleans]),
    );
    const keys = [
      ...fields,
      'projectDatabaseSTARTUP',
      'activitiesPerYearSTARTUP',
      'activitiesPerYearFINANCING',
      'activitiesPerYearTECHNOLOGY',
      'financingFacilitatedWan',
      'newGuaranteesWan',
    ];
    for (const key of keys) {
      const label = labels[key];
      expect(label, key).toBeTruthy();
      expect(quotesVerbatim(words(label ?? ''), article6), `${key}: "${label}"`).toBe(true);
    }
  });

  it('never uses the paraphrases the measures do not', () => {
    const all = JSON.stringify({
      basic: applicantZhCN.basic,
      functionFacts: applicantZhCN.functionFacts,
      attestations: applicantZhCN.attestations,
    });
    for (const wrong of [
      '聚集',
      '无不良记录',
      '培训效果评估',
      '服务对象满意度',
      '免费或低收费',
      '创业指导',
      '行业或区域内',
      '款',
    ])
      expect(all).not.toContain(wrong);
  });

  it("lists each function's services of Art. 4 in the measures' own sentence", () => {
    expect(SERVICE_FUNCTION_SERVICES.INFORMATION.zhCN).toBe(
      '提供法律法规、政策、技术、质量、标准、人才、市场、物流、管理等信息服务。',
    );
    for (const f of SERVICE_FUNCTIONS)
      expect(MEASURES_TEXT[SERVICE_FUNCTION_SERVICES[f].article as 'Art. 4(1)']).toContain(
        SERVICE_FUNCTION_SERVICES[f].zhCN,
      );
  });
});
