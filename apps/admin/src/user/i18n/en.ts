import type { userZhCN } from './zh-CN';

export const userEn: typeof userZhCN = {
  nav: { account: 'Account security' },
  enrolled: {
    title: 'Accounts with two-step sign-in',
    email: 'E-mail',
    name: 'Name',
    none: 'No account has turned on two-step sign-in yet',
  },
};
