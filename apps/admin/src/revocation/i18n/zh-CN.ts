// The console's revocation pages in Chinese, wired into the resources under `revocation`.
export const zhCN = {
  nav: '撤销',
  reason: {
    VIOLATION_VERIFIED: '经查实有违法违规行为（第十一条）',
    FAILED_SPOT_CHECK: '抽查不合格（第十三条）',
  },
  revoke: {
    title: '撤销示范平台称号',
    completeTitle: '完成撤销',
    reason: '撤销事由',
    description: '事由说明',
    descriptionHint: '说明违反了哪项法律法规或抽查不合格的情况',
    evidence: '查实依据与证据',
    effectiveOn: '生效日期',
    required: '请填写此项',
    failedOnly: '“抽查不合格”仅适用于抽查不合格的称号。',
    confirmTitle: '撤销 {{name}} 的示范平台称号？',
    confirmBody:
      '称号自 {{date}} 起撤销，在名录和证书查询中公布，并通知该机构。撤销不能恢复；该机构只能在以后的批次重新申报。',
    done: '已撤销',
    open: '抽查不合格，已立案撤销（不能撤回），请填写生效日期完成撤销。',
  },
  list: {
    title: '撤销',
    description:
      '撤销事由只有两种：经查实有违法违规行为（第十一条）或抽查不合格（第十三条）。抽查不合格自动立案，不能撤回，需填写生效日期完成撤销。',
    empty: '暂无撤销记录',
    emptyHint: '在称号详情中可撤销称号；抽查判定不合格后会自动立案。',
    complete: '完成撤销',
    view: '查看称号',
    overdue: '撤销办理逾期',
    overdueHint: '抽查不合格启动撤销后超过{{days}}个工作日仍未完成',
  },
};
