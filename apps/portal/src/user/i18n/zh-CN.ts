export const userZhCN = { nav: { account: '账号安全' } };
