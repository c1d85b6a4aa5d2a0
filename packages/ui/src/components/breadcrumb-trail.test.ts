import { describe, expect, it } from 'vitest';
import { breadcrumbTrail } from './breadcrumb-trail';

describe('breadcrumbTrail', () => {
  it('drops a last step that is the page itself and a step repeated', () => {
    const back = { title: '抽查', to: '/spot-checks' };
    expect(breadcrumbTrail([back, { title: '2026年抽查' }], '2026年抽查')).toEqual([back]);
    expect(breadcrumbTrail([{ title: '首页', to: '/' }, { title: '首页', to: '/' }, back], '详情')).toEqual([
      { title: '首页', to: '/' },
      back,
    ]);
    expect(breadcrumbTrail([back], '详情')).toEqual([back]);
  });
});
