// The console's view of a title's service records (Art. 12), wired into the console's resources under `serviceRecord`.
export const serviceRecordZhCN = {
  kind: {
    PUBLIC_WELFARE_SERVICE: '公益性服务',
    LOW_FEE_SERVICE: '低收费服务',
    OTHER_SERVICE: '其他服务',
  },
  tab: '服务记录',
  year: '年度',
  date: '服务日期',
  kindLabel: '服务类型',
  name: '服务名称',
  enterprisesServed: '服务企业数',
  free: '是否免费',
  evidence: '佐证材料',
  yes: '是',
  no: '否',
  empty: '{{year}}年没有服务记录',
  total:
    '{{year}}年共 {{count}} 条服务记录，服务企业 {{enterprises}} 家，其中公益性服务（免费）{{publicWelfare}} 次，占 {{share}}',
};

export const serviceRecordEn: typeof serviceRecordZhCN = {
  kind: {
    PUBLIC_WELFARE_SERVICE: 'Public-welfare service',
    LOW_FEE_SERVICE: 'Low-fee service',
    OTHER_SERVICE: 'Other service',
  },
  tab: 'Service records',
  year: 'Year',
  date: 'Date',
  kindLabel: 'Kind',
  name: 'Service',
  enterprisesServed: 'Enterprises served',
  free: 'Free of charge',
  evidence: 'Evidence',
  yes: 'Yes',
  no: 'No',
  empty: 'No service records in {{year}}',
  total:
    '{{year}}: {{count}} service records, {{enterprises}} enterprises served, {{publicWelfare}} public-welfare services ({{share}})',
};
