/**
 * The figures of Art. 5 and Art. 6, in one table so the UIs show exactly the numbers the rules
 * apply. All comparisons are inclusive (≥): the source says 以上 / 不低于 / 不少于, which include
 * the figure itself (民法典 Art. 1259: 所称的“以上”……包括本数).
 */
export const ELIGIBILITY_THRESHOLDS = {
  /** Art. 5(1) 运营两年以上 */
  operatingYears: 2,
  /** Art. 5(1) 资产总额不低于300万元 */
  totalAssetsYuan: 3_000_000,
  /** Art. 5(2) 年服务中小企业150家以上 (checked on year N-1) */
  smesServedPerYear: 150,
  /** Art. 5(2) 用户满意度在80%以上 */
  satisfactionPercent: 80,
  /** Art. 5(3) 集聚服务机构5家以上 */
  aggregatedInstitutions: 5,
  /** Art. 5(4) 公益性服务或低收费服务不少于总服务量的20% */
  freeOrLowFeeSharePercent: 20,
  /** Art. 5(5) 从事为中小企业服务的人员不少于20人 */
  serviceStaff: 20,
  /** Art. 5(5) 大专及以上学历和中级及以上技术职称专业人员的比例占80%以上 */
  qualifiedStaffSharePercent: 80,
  /** Art. 6(1) 线下年服务企业数量150家以上；年组织开展的相关服务活动8次以上 */
  information: { offlineEnterprisesServed: 150, activitiesPerYear: 8 },
  /** Art. 6(2) 年开展……服务活动5次以上 */
  technology: { activitiesPerYear: 5 },
  /** Art. 6(3) 年开展创业项目洽谈、推介活动8次以上 */
  startup: { activitiesPerYear: 8 },
  /** Art. 6(4) 年培训2000人次以上 */
  training: { traineesPerYear: 2000 },
  /** Art. 6(5) 服务活动10次以上且融资总额8亿元以上；或年新增担保额30亿元以上的融资担保机构 */
  financing: { activitiesPerYear: 10, financingFacilitatedYuan: 800_000_000, newGuaranteesYuan: 3_000_000_000 },
} as const;

export type EligibilityThresholds = typeof ELIGIBILITY_THRESHOLDS;
