// The workbench's cards, wired into the resources under `workbench` (merged with the page's own keys). (Chinese)
export const zhCN = {
  description: '今天等待您处理的事项，点击卡片进入已筛选的列表。',
  dueOn: '最早截止：{{date}}',
  kind: {
    MEMBERSHIP_REQUESTS: { label: '入会申请', hint: '机构申请入会，等待审核（第二条）' },
    TO_RECOMMEND: { label: '待推荐', hint: '本单位会员已提交的申报（第二条）' },
    TO_ASSIGN: { label: '待分配评审', hint: '已推荐，等待秘书处受理并分配专家' },
    REVIEWS_OVERDUE: { label: '评审逾期', hint: '专家评审已过截止日期' },
    INFO_REQUESTS_OVERDUE: { label: '补充材料逾期', hint: '超过截止日期尚未补充' },
    TO_DECIDE: { label: '待决定', hint: '评审意见已全部提交' },
    NOTICES_TO_AWARD: { label: '公示期满待认定', hint: '公示期已结束，等待作出认定决定（第八条）' },
    OBJECTIONS_PENDING: { label: '待处理异议', hint: '公示期间收到的异议' },
    SPOT_CHECKS_TO_JUDGE: { label: '抽查待判定', hint: '已提交抽查材料，等待判定（第十三条）' },
    REVOCATIONS_OPEN: { label: '撤销办理中', hint: '已启动、尚未完成的撤销' },
    TITLES_EXPIRING: { label: '本年到期称号', hint: '有效期在今年届满的称号' },
    ANNUAL_REPORTS_TO_REVIEW: { label: '待审年度报告', hint: '平台已提交、待接收或退回的年度服务报告（第十二条）' },
    CALENDAR_YEARS_UNCONFIRMED: { label: '待确认节假日年份', hint: '国务院节假日安排尚未录入确认' },
    TO_SCORE: { label: '待评审', hint: '分配给我的评审任务' },
    STATISTICS: { label: '统计分析', hint: '申报总数，进入统计看板' },
  },
};
