import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { ListPage } from '../list/list-page';
import type { UseListUrlState } from '../list/use-url-state';
import { listedNames } from './confirm-action';
import { LoadErrorAlert } from './load-error';
import { DetailPage } from './detail-page';
import { HistoryTimeline } from './history-timeline';
import { PageFrame } from './page-frame';
import { statusStepPosition } from './status-steps';
import { UiProvider } from './ui-provider';
import { Workbench } from './workbench';

function render(node: ReactNode, language: 'zh-CN' | 'en' = 'zh-CN', url = '/') {
  const i18n = createI18n({ resources: { 'zh-CN': {}, en: {} }, storageKey: 'test' });
  void i18n.changeLanguage(language);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <UiProvider>
        <MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>
      </UiProvider>
    </I18nextProvider>,
  );
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

function urlState(filtered = false): UseListUrlState<'status'> {
  return {
    filters: filtered ? { status: 'DRAFT' } : {},
    page: 1,
    pageSize: 20,
    filtered,
    setFilters: () => {},
    setPage: () => {},
    reset: () => {},
  };
}

type Row = { id: string; name: string };

describe('PageFrame', () => {
  it('gives the page one h1, breadcrumbs with the current page, and no main of its own', () => {
    const html = render(<PageFrame title="申报管理" breadcrumbs={[{ title: '工作台', to: '/' }]} description="说明" />);
    expect(count(html, /<h1/g)).toBe(1);
    expect(html).toContain('申报管理');
    expect(html).toContain('href="/"');
    expect(html).toContain('aria-current="page"');
    expect(html).not.toContain('<main');
  });
});

describe('ListPage', () => {
  const base = {
    title: '申报管理',
    columns: [{ key: 'name', title: '名称', render: (_: unknown, row: Row) => row.name }],
    rowKey: (row: Row) => row.id,
    empty: { title: '暂无申报', hint: '会员提交后会出现在这里。' },
  };

  it('has an 操作 column, the total and the standard pager', () => {
    const html = render(
      <ListPage<Row, 'status'>
        {...base}
        urlState={urlState()}
        rows={[{ id: '1', name: '甲机构' }]}
        total={45}
        rowActions={(row) => <a href={`/x/${row.id}`}>查看</a>}
      />,
    );
    expect(count(html, /<h1/g)).toBe(1);
    expect(html).toContain('操作');
    expect(html).toContain('甲机构');
    expect(html).toContain('共 45 条');
    expect(html).toContain('ant-pagination');
    // the table's scroll area is reachable from the keyboard
    expect(html).toMatch(/role="region"[^>]*tabindex="0"/);
  });

  it('says what to do next when empty, and offers to reset when filters hide everything', () => {
    const empty = render(<ListPage<Row, 'status'> {...base} urlState={urlState()} rows={[]} total={0} />);
    expect(empty).toContain('暂无申报');
    expect(empty).toContain('会员提交后会出现在这里。');
    const filtered = render(<ListPage<Row, 'status'> {...base} urlState={urlState(true)} rows={[]} total={0} />);
    expect(filtered).toContain('没有符合查询条件的记录');
    expect(filtered).toContain('重置');
  });

  it('shows 查询/重置 and collapses beyond three fields', () => {
    const fields = ['a', 'b', 'c', 'd'].map((name) => ({
      name: name as 'status',
      label: `字段${name}`,
      control: <input />,
    }));
    const html = render(<ListPage<Row, 'status'> {...base} urlState={urlState()} rows={[]} searchFields={fields} />);
    expect(html).toContain('查询');
    expect(html).toContain('重置');
    expect(html).toContain('展开');
    expect(html).toContain('字段c');
    expect(html).not.toContain('字段d');
  });

  it('offers export only when the page wires it', () => {
    const without = render(<ListPage<Row, 'status'> {...base} urlState={urlState()} rows={[]} />);
    expect(without).not.toContain('list-export');
    const withExport = render(
      <ListPage<Row, 'status'> {...base} urlState={urlState()} rows={[]} onExport={async () => {}} />,
      'en',
    );
    expect(withExport).toContain('Export');
  });
});

describe('DetailPage', () => {
  it('shows the status, only the actions given, the facts, and history as a tab', () => {
    const html = render(
      <DetailPage
        title="甲机构"
        status={<span>草稿</span>}
        actions={[{ key: 'SUBMIT', label: '提交', primary: true, onRun: () => {} }]}
        fields={[{ key: 'round', label: '批次', value: '2026年第一批' }]}
        history={[{ at: '2026-03-01T01:30:00Z', action: '创建草稿', actor: '张三', note: '首次申报' }]}
      />,
      'zh-CN',
      '/applications/1?tab=history',
    );
    expect(count(html, /<h1/g)).toBe(1);
    expect(html).toContain('data-action="SUBMIT"');
    expect(count(html, /data-action=/g)).toBe(1);
    expect(html).toContain('2026年第一批');
    expect(html).toContain('办理记录');
    expect(html).toContain('2026-03-01 09:30');
    expect(html).toContain('首次申报');
  });
});

describe('HistoryTimeline', () => {
  it('lists the newest first', () => {
    const html = render(
      <HistoryTimeline
        entries={[
          { at: '2026-03-01T00:00:00Z', action: '创建草稿' },
          { at: '2026-03-05T00:00:00Z', action: '提交申报' },
        ]}
      />,
    );
    expect(html.indexOf('提交申报')).toBeLessThan(html.indexOf('创建草稿'));
  });
});

describe('Workbench', () => {
  it('links every to-do count into its filtered list', () => {
    const html = render(
      <Workbench cards={[{ key: 'submitted', label: '待推荐', count: 3, to: '/applications?status=SUBMITTED' }]} />,
    );
    expect(count(html, /<h1/g)).toBe(1);
    expect(html).toContain('工作台');
    expect(html).toContain('href="/applications?status=SUBMITTED"');
    expect(html).toContain('待推荐');
  });
});

describe('LoadErrorAlert', () => {
  const retry = () => {};

  it('says why loading failed, in the sentence of the screen when it has one, with a retry button', () => {
    const html = render(
      <LoadErrorAlert
        error={{ graphQLErrors: [{ message: '批次不存在' }] }}
        describe={(message) => `日历加载失败：${message}`}
        onRetry={retry}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toMatch(/日历加载失败：[^<]*批次不存在/);
    expect(html).toMatch(/<button[^>]*>(<[^>]+>)*重试/);
  });

  it('names a lost connection as such, and an unknown failure when there is no error to describe', () => {
    expect(
      render(<LoadErrorAlert error={{ networkError: new Error('fetch failed'), graphQLErrors: [] }} onRetry={retry} />),
    ).toContain('无法连接服务器');
    expect(render(<LoadErrorAlert error={undefined} onRetry={retry} />, 'en')).toMatch(/something went wrong/i);
  });
});

describe('listedNames', () => {
  it('lists up to ten names and counts the rest', () => {
    const names = Array.from({ length: 13 }, (_, i) => `机构${i + 1}`);
    expect(listedNames(names)).toEqual({ listed: names.slice(0, 10), more: 3 });
    expect(listedNames(['甲'])).toEqual({ listed: ['甲'], more: 0 });
  });
});

describe('statusStepPosition', () => {
  it('puts side exits on the step where they happened, as failed', () => {
    expect(statusStepPosition('DRAFT')).toEqual({ current: 0, state: 'process' });
    expect(statusStepPosition('RETURNED')).toEqual({ current: 1, state: 'error' });
    expect(statusStepPosition('REVIEW_FAILED')).toEqual({ current: 3, state: 'error' });
    expect(statusStepPosition('ACCREDITED')).toEqual({ current: 5, state: 'finish' });
  });
});
