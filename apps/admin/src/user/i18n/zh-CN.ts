export const userZhCN = {
  nav: { account: '账号安全' },
  enrolled: { title: '已启用两步验证的账号', email: '邮箱', name: '姓名', none: '暂无账号启用两步验证' },
};
