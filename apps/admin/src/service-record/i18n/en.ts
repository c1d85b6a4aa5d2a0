import type { zhCN } from './zh-CN';

// The same keys as zh-CN.ts, in English.
export const en: typeof zhCN = {
  kind: {
    PUBLIC_WELFARE_SERVICE: 'Public-welfare service',
    LOW_FEE_SERVICE: 'Low-fee service',
    OTHER_SERVICE: 'Other service',
  },
  tab: 'Service records and reports',
  reports: 'Annual service reports',
  noReports: 'No annual service report owed yet',
  status: 'Status',
  notWritten: 'Not started',
  overdue: 'Overdue',
  dueOn: 'Due by',
  publicWelfareServices: 'Public-welfare services',
  activities: 'Association activities attended',
  noActivities: 'No attendance at association activities recorded',
  heldOn: 'Held on',
  activity: 'Activity',
  place: 'Place',
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
