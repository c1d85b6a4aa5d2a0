// The words of the association's measures (中国中小企业国际合作协会中小企业公共服务示范平台认定管理办法)
// that the software prints, shows or checks against: Arts. 4–7 item by item and Art. 11. A
// verbatim copy: every condition the software prints on a form, shows in the portal or quotes in
// an eligibility message is a substring of these texts (see measures-text.test.ts and the tests of
// the eligibility checks and of 附件1), so a paraphrase cannot slip in unseen.

/** The measures' full title, as the association issued them. */
export const MEASURES_TITLE = '中小企业公共服务示范平台认定管理办法';

export const MEASURES_TEXT = {
  'Art. 4': '示范平台具有多种服务功能或在某一方面具有特色服务功能，具有开放性和资源共享的特征。',
  'Art. 4(1)': '信息服务功能。提供法律法规、政策、技术、质量、标准、人才、市场、物流、管理等信息服务。',
  'Art. 4(2)':
    '技术服务功能。提供工业设计、解决方案、检验检测、质量控制和技术评价、技术开发、技术转移、信息化应用、设备共享、知识产权、品牌建设、产品创新、技术创新、创新资源共享、技术成果转化、创新成果推广等服务。',
  'Art. 4(3)': '创业服务功能。为创业者和创办3年内的小企业提供创业辅导、项目策划、政务代理、创业场地等服务。',
  'Art. 4(4)': '培训服务功能。提供经营管理、市场营销、风险防范、技术和创业等培训服务。',
  'Art. 4(5)': '融资服务功能。提供融资信息、组织开展投融资推介和对接、信用征集与评价等服务。',

  'Art. 5': '示范平台应同时具备以下基本条件：',
  'Art. 5(1)':
    '具有独立法人资格，运营两年以上，资产总额不低于300万元，财务收支状况良好，经营规范，具有良好的发展前景和可持续发展能力的中小企业服务机构、社会中介机构、技术服务机构、科研院所，以及基于互联网等面向中小企业提供创业创新服务的企业。',
  'Art. 5(2)':
    '服务业绩突出。年服务中小企业150家以上，用户满意度在80%以上；近两年服务企业数量稳步增长，在专业服务领域或区域内有一定的声誉和品牌影响力。',
  'Art. 5(3)': '有固定的经营服务场所和必要的服务设施、仪器设备等；有组织带动社会服务资源的能力，集聚服务机构5家以上。',
  'Art. 5(4)':
    '有健全的管理制度，规范的服务流程、合理的收费标准和完善的服务质量保证措施；对小型微型企业的服务收费要有相应的优惠规定，提供的公益性服务或低收费服务不少于总服务量的20%；有明确的发展规划和年度服务目标。',
  'Art. 5(5)':
    '有健全的管理团队和人才队伍。主要负责人要诚信、守法，具有开拓创新精神、丰富的实践经验和较高的管理水平；从事为中小企业服务的人员不少于20人，其中大专及以上学历和中级及以上技术职称专业人员的比例占80%以上。',

  'Art. 6': '示范平台应满足以下至少一项功能要求：',
  'Art. 6(1)':
    '信息服务。充分利用信息网络技术手段，形成便于中小企业查询的、开放的信息服务系统；具有在线服务、线上线下联动功能，线下年服务企业数量150家以上；年组织开展的相关服务活动8次以上。',
  'Art. 6(2)':
    '技术服务。具有组织技术服务资源的能力，具有专家库和新产品、新技术项目库等；具备条件的应开放大型、精密仪器设备与中小企业共享；年开展技术洽谈、产品检测与质量品牌诊断、技术推广、项目推介和知识产权等服务活动5次以上。',
  'Art. 6(3)':
    '创业服务。具有较强的创业辅导能力，建有创业项目库、《创业指南》、创业服务热线等；开展相关政务代理服务；年开展创业项目洽谈、推介活动8次以上。',
  'Art. 6(4)':
    '培训服务。具有培训资质或在中小企业主管部门备案，具有线上和线下培训能力，有完善的培训服务评价机制，年培训2000人次以上。',
  'Art. 6(5)':
    '融资服务。年组织开展投融资对接、企业融资策划、推荐和融资代理等服务活动10次以上，帮助中小企业融资总额8亿元以上的服务机构；或向中小企业提供年新增担保额30亿元以上的融资担保机构。',

  'Art. 7': '申请示范平台的机构需提交下列材料：',
  'Art. 7(1)': '中小企业公共服务示范平台服务功能类别申请表（附件1）',
  'Art. 7(2)': '中小企业公共服务示范平台申请报告；',
  'Art. 7(3)': '法人证书或营业执照副本复印件；',
  'Art. 7(4)': '上一年度审计报告及服务收支情况的专项审计报告，或上一年度包含服务收支情况的审计报告；',
  'Art. 7(5)': '固定的经营服务场所证明复印件（房产证、租赁合同）；',
  'Art. 7(6)': '开展相关服务的证明材料（通知、照片、总结等）；',
  'Art. 7(7)': '管理部门颁发的从业资格（资质）、网站备案、许可证等证明（复印件）；',
  'Art. 7(8)': '能够证明符合申报条件的其他材料和对申报材料真实性的声明（加盖申报单位公章）。',

  'Art. 11':
    '示范平台每次认定有效期为三年，在有效期满当年可再次申报。在有效期内如有违法违规等行为，一经查实，予以撤销示范平台称号。',
} as const;

export type MeasuresArticle = keyof typeof MEASURES_TEXT;

export function isMeasuresArticle(article: string): article is MeasuresArticle {
  return Object.hasOwn(MEASURES_TEXT, article);
}

/** The text of an article cited as 'Art. 5(3)', or null when the measures' text is not held here. */
export function measuresTextOf(article: string): string | null {
  return isMeasuresArticle(article) ? MEASURES_TEXT[article] : null;
}

/**
 * Whether `quotation` is the measures' words: a verbatim substring of `text`, where an ellipsis
 * (……) marks words left out, so '规范的服务流程……和完善的服务质量保证措施' quotes Art. 5(4) while
 * skipping 合理的收费标准. The parts must appear in order.
 */
export function quotesVerbatim(quotation: string, text: string): boolean {
  const parts = quotation.split('……');
  if (parts.some((p) => p.length === 0)) return false;
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}
