import { MEASURES_TEXT, measuresTextOf, quotesVerbatim, SERVICE_FUNCTIONS } from '@sme/domain';
import { completeApplicationFacts, financingFunctionFacts } from '@sme/domain/testing';
import { describe, expect, it } from 'vitest';
import {
  BASIC_CONDITIONS,
  FUNCTION_CONDITIONS,
  renderApplicationFormPdf,
  renderDeclarationPdf,
  type ApplicationFormContent,
} from './application-forms.js';
import { extractPdfText } from './extract-text.js';

// 附件1 and the declaration are what the applicant seals and the association files: every condition
// they print is compared here with the measures' text, as a reader of the printed page sees it.

const everyFunction = [
  { function: 'INFORMATION', onlineServiceSystem: true, offlineEnterprisesServed: 210, activitiesPerYear: 12 },
  {
    function: 'TECHNOLOGY',
    organisesResources: true,
    expertDatabase: true,
    projectDatabase: true,
    instrumentSharing: false,
    activitiesPerYear: 6,
  },
  {
    function: 'STARTUP',
    strongCoaching: true,
    projectDatabase: true,
    startupGuide: true,
    serviceHotline: true,
    governmentAgencyService: true,
    activitiesPerYear: 9,
  },
  ...completeApplicationFacts.functions,
  financingFunctionFacts,
] as ApplicationFormContent['facts']['functions'];

const content: ApplicationFormContent = {
  roundName: '2026年第二批',
  organisation: {
    name: '北京中小企业综合服务中心有限公司',
    creditCode: '91110108MA01ABCD2X',
    address: '北京市海淀区中关村大街 1 号',
    contactName: '王敏',
    contactPhone: '010-88000001',
    contactEmail: 'office@example.cn',
  },
  facts: { ...completeApplicationFacts, functions: everyFunction } as unknown as ApplicationFormContent['facts'],
  fingerprint: 'a'.repeat(64),
  printedOn: '2026-12-08',
  associationName: '中国中小企业国际合作协会',
};

/** What a reader sees: pdfjs splits runs of text and lines wrap inside table cells, so whitespace goes. */
const squash = (text: string): string => text.replace(/\s+/g, '');
const measures = squash(Object.values(MEASURES_TEXT).join('\n'));

describe('附件1 服务功能类别申请表 (Art. 7(1))', () => {
  it('quotes every condition it prints from the measures, word for word, under its own item', () => {
    for (const row of [...BASIC_CONDITIONS, ...SERVICE_FUNCTIONS.flatMap((f) => FUNCTION_CONDITIONS[f])]) {
      const text = measuresTextOf(row.article);
      expect(text, row.article).not.toBeNull();
      expect(quotesVerbatim(row.condition, text ?? ''), `"${row.condition}" is not the words of ${row.article}`).toBe(
        true,
      );
    }
    // every Art. 5 item and every function's item has its conditions on the form
    expect(new Set(BASIC_CONDITIONS.map((r) => r.article))).toEqual(
      new Set(['Art. 5(1)', 'Art. 5(2)', 'Art. 5(3)', 'Art. 5(4)', 'Art. 5(5)']),
    );
  });

  it('prints those words, and no paraphrase, on the page; readings stand apart as 本系统的理解', async () => {
    const pdf = await renderApplicationFormPdf(content);
    const printed = squash((await extractPdfText(pdf)).join('\n'));
    expect(printed).toContain('中小企业公共服务示范平台服务功能类别申请表');
    expect(printed).toContain('受理单位：中国中小企业国际合作协会');
    for (const row of [...BASIC_CONDITIONS, ...SERVICE_FUNCTIONS.flatMap((f) => FUNCTION_CONDITIONS[f])]) {
      for (const part of row.condition.split('……')) {
        expect(printed, `附件1 prints "${part}"`).toContain(squash(part));
        expect(measures, `"${part}" is in the measures`).toContain(squash(part));
      }
      if (row.reading) expect(printed).toContain(squash(`本系统的理解：${row.reading}`));
    }
    // the wordings the measures do not use
    for (const wrong of [
      '聚集',
      '无不良记录',
      '培训效果评估',
      '服务对象满意度',
      '免费或低收费',
      '创业指导',
      '行业或区域内',
      '款',
      '具有大专及以上学历和中级',
    ]) {
      expect(printed, wrong).not.toContain(wrong);
    }
    // the measures' words the earlier form left out
    for (const kept of [
      '有组织带动社会服务资源的能力',
      '有明确的发展规划和年度服务目标',
      '《创业指南》',
      '具有培训资质或在中小企业主管部门备案',
      '在专业服务领域或区域内',
    ]) {
      expect(printed).toContain(kept);
    }
    // Art. 5(5) opens with 其中 as the measures do, and the reading follows it
    expect(printed).toContain(
      '其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上专业人员31人，占86.11%本系统的理解：',
    );
    // an item is cited as 项
    expect(printed).toContain('第五条第（三）项');
    expect(printed).toContain('培训服务（第六条第（四）项）');
  });

  it('prints the declared values beside the words: 是/否, figures with their units, 未填报 for a blank', async () => {
    const partial = {
      ...content,
      facts: { ...content.facts, organisesServiceResources: null, satisfactionPercent: null },
    };
    const printed = squash((await extractPdfText(await renderApplicationFormPdf(partial))).join('\n'));
    expect(printed).toContain('有组织带动社会服务资源的能力未填报');
    expect(printed).toContain('用户满意度在80%以上未填报');
    expect(printed).toContain('资产总额不低于300万元520万元');
    expect(printed).toContain('年服务中小企业150家以上上一年度420家');
    expect(printed).toContain('具备条件的应开放大型、精密仪器设备与中小企业共享否');
  });
});

describe('真实性声明 (Art. 7(8))', () => {
  it('is addressed to the association that runs the programme, by its configured name', async () => {
    const printed = squash(
      (await extractPdfText(await renderDeclarationPdf({ ...content, functions: ['TRAINING'] }))).join('\n'),
    );
    expect(printed).toContain('真实性声明');
    expect(printed).toContain('中国中小企业国际合作协会：');
    expect(printed).not.toContain('中小企业协会：本单位');
    const other = squash(
      (
        await extractPdfText(
          await renderDeclarationPdf({ ...content, functions: ['TRAINING'], associationName: '某某行业协会' }),
        )
      ).join('\n'),
    );
    expect(other).toContain('某某行业协会：');
    expect(other).not.toContain('中国中小企业国际合作协会');
  });
});
