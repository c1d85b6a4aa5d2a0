export { seedDemoData } from './seed-demo-data';
export type { SeedDemoDataOptions, SeedDemoDataResult } from './seed-demo-data';
export { DEMO_PASSWORD, demoAccounts } from './demo-data';
export type { NoticeSeedRules } from './notice';
