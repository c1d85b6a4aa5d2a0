// The console's outbox pages in Chinese, wired into the resources under `outbox`.
export const zhCN = {
  nav: '邮件发件箱',
  title: '邮件发件箱',
  description: '系统发出的全部邮件（通知与提醒）及其发送状态。',
  transport: {
    file: '未配置 SMTP 服务器：邮件以 .eml 文件保存在数据目录的 mail 文件夹中，可在此阅读。',
    smtp: '邮件经配置的 SMTP 服务器发出。',
    none: '本进程未运行发信任务：邮件在发件箱中等待。',
  },
  to: '收件人',
  subject: '主题',
  createdAt: '生成时间',
  sentAt: '已发出 {{time}}',
  failed: '发送失败（已尝试 {{count}} 次）',
  waiting: '待发送',
  read: '阅读',
  empty: '发件箱为空',
  emlHint: '以下为保存的 .eml 文件原文。',
  noEml: '该邮件没有 .eml 副本（尚未发出，或经 SMTP 发出）；以下为邮件内容。',
};
