import type { userZhCN } from './zh-CN';

export const userEn: typeof userZhCN = { nav: { account: 'Account security' } };
