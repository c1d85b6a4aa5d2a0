import { builder } from '../builder.js';
import { demoAccountsWithPublishedPassword } from './demo-accounts.js';

builder.queryField('demoAccountsActive', (t) =>
  t.boolean({
    description:
      'True while accounts with the published demo password (README) can sign in: both apps show a warning banner.',
    skipTypeScopes: true,
    authScopes: { public: true },
    resolve: async () => (await demoAccountsWithPublishedPassword()).length > 0,
  }),
);
