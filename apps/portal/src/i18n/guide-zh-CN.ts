// Strings that guide the member through the portal: links to the public pages from the signed-in
// header, the membership notice (Art. 2), what still blocks submission, the submission
// confirmation, and the workbench's to-dos. Wired under `guide` in ./index.ts.
export const guideZhCN = {
  header: {
    publicNotices: '公示公告与异议',
    publicRegister: '示范平台名录',
    publicVerify: '证书核验',
    association: '主办：{{name}}',
  },
  membership: {
    title: '贵单位尚不是协会会员',
    pendingTitle: '入会申请审核中',
    body: '协会会员方可申报示范平台（第二条）。可以先填写申报信息、上传材料，但入会申请通过前不能提交。',
    pendingBody: '协会会员方可申报示范平台（第二条）。可以先填写申报信息、上传材料，会员部审核通过后即可提交。',
    action: '申请入会',
    view: '查看会员资格',
  },
  blockers: {
    title: '提交前仍需处理的事项',
    none: '没有阻碍提交的事项，可以提交。',
    membership: '贵单位尚不是协会会员（第二条）',
    membershipPending: '入会申请尚在审核（第二条）',
    materials: '缺少必备材料：{{names}}',
    eligibility: '尚有 {{count}} 项申报条件未满足（第五条、第六条）',
    goMembership: '会员资格',
    goMaterials: '上传材料',
  },
  confirmSubmit: {
    title: '确认提交申报？',
    resubmitTitle: '确认重新提交申报？',
    body: '提交后，以下内容将被冻结、不能再修改：填报的申报信息、已上传的申报材料、申报条件自查结果。申报将由推荐单位审核（第二条）。',
    ok: '确认提交',
  },
  withdraw: {
    body: '撤回后，本申报不再参加本批次的评审；如需申报，须在开放的批次中另行申报。',
  },
  number: {
    noNegative: '不能为负数',
  },
  workbench: {
    annualReports: '待提交的年度服务报告',
    annualReportOf: '{{year}}年度服务报告 · 证书 {{number}}',
    overdueSince: '已逾期（截止日期 {{date}}）',
    spotChecks: '待答复的抽查',
    spotChecksHint: '按抽查要求提交证明材料（第十三条）',
    noSpotChecks: '没有待答复的抽查',
    renewal: '可再次申报的称号',
    renewalHint: '有效期满当年可再次申报（第十一条）',
    requests: '待答复的补充材料要求',
    dueOn: '截止 {{date}}',
    noDue: '未定截止日期',
    open: '办理',
    noApplicationsMemberHint: '在开放的申报批次中新建申报。',
  },
};
