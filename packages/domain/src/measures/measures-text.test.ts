import { describe, expect, it } from 'vitest';
import { MEASURES_TEXT, measuresTextOf, quotesVerbatim } from './measures-text';

// The copy of the measures is the yardstick every printed condition is measured with, so a few
// clauses are compared here with their words written out once more, character for character.
describe('the measures text', () => {
  it('holds the clauses exactly as the measures word them', () => {
    expect(MEASURES_TEXT['Art. 5(3)']).toBe(
      '有固定的经营服务场所和必要的服务设施、仪器设备等；有组织带动社会服务资源的能力，集聚服务机构5家以上。',
    );
    expect(MEASURES_TEXT['Art. 5(5)']).toBe(
      '有健全的管理团队和人才队伍。主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平；从事为中小企业服务的人员不少于20人，其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上。',
    );
    expect(MEASURES_TEXT['Art. 6(4)']).toBe(
      '培训服务。具有培训资质或在中小企业主管部门备案，具有线上和线下培训能力，有完善的培训服务评价机制，年培训2000人次以上。',
    );
    expect(MEASURES_TEXT['Art. 4(1)']).toBe(
      '信息服务功能。提供法律法规、政策、技术、质量、标准、人才、市场、物流、管理等信息服务。',
    );
    expect(MEASURES_TEXT['Art. 11']).toBe(
      '示范平台每次认定有效期为三年，在有效期满当年可再次申报。在有效期内如有违法违规等行为，一经查实，予以撤销示范平台称号。',
    );
    expect(MEASURES_TEXT['Art. 7(8)']).toBe(
      '能够证明符合申报条件的其他材料和对申报材料真实性的声明（加盖申报单位公章）。',
    );
  });

  it('has every numbered item of Arts. 4 to 7, and no paraphrase of the words the issue found wrong', () => {
    for (const [article, items] of [
      ['Art. 4', 5],
      ['Art. 5', 5],
      ['Art. 6', 5],
      ['Art. 7', 8],
    ] as const) {
      for (let i = 1; i <= items; i++) expect(measuresTextOf(`${article}(${i})`), `${article}(${i})`).toBeTruthy();
      expect(measuresTextOf(`${article}(${items + 1})`)).toBeNull();
    }
    const all = Object.values(MEASURES_TEXT).join('');
    for (const wrong of [
      '聚集',
      '无不良记录',
      '培训效果评估',
      '服务对象满意度',
      '免费或低收费',
      '创业指导',
      '行业或区域内',
      '复核',
    ])
      expect(all).not.toContain(wrong);
  });

  it('tells a quotation from a paraphrase; an ellipsis marks words left out, in order', () => {
    const text = MEASURES_TEXT['Art. 5(4)'];
    expect(quotesVerbatim('合理的收费标准', text)).toBe(true);
    expect(quotesVerbatim('规范的服务流程……和完善的服务质量保证措施', text)).toBe(true);
    expect(quotesVerbatim('完善的服务质量保证措施……规范的服务流程', text)).toBe(false);
    expect(quotesVerbatim('收费合理', text)).toBe(false);
    expect(quotesVerbatim('提供的免费或低收费服务不少于总服务量的20%', text)).toBe(false);
    expect(quotesVerbatim('……', text)).toBe(false);
  });
});
