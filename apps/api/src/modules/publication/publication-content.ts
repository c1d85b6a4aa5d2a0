import { formatChineseDate, type IsoDate } from '@sme/domain';
import { isNoticeOver, isNoticeRunning } from '../notice/notice-facts.js';
import { measuresTitle } from '../certificate/certificate-pdf.js';
import { beijingMidnight, escapeXml as escape, latest, stableUrn, type AtomEntry, type AtomFeed } from './atom.js';
import { functionNamesZh, type PublishedNotice, type RegisterEntry } from './publication-data.js';

// The words and links the Atom feeds and the embeddable pages share: Art. 8's notice (公示) and
// Art. 9's register (公布), published in the association's name.

/** Where links point: the configured public address, or relative to wherever the feed or page was fetched. */
export type Links = { base: string };

export const PAGES = {
  notices: '/public/notices',
  register: '/public/register',
  verify: (number: string) => `/public/verify?number=${encodeURIComponent(number)}`,
  noticesFeed: '/api/feeds/notices.atom',
  registerFeed: '/api/feeds/register.atom',
} as const;

export const noticesTitle = (issuer: string) => `${issuer}中小企业公共服务示范平台认定结果公示`;
export const registerTitle = (issuer: string) => `${issuer}中小企业公共服务示范平台名录`;

function period(n: PublishedNotice): string {
  return `${formatChineseDate(n.startsOn)}至${formatChineseDate(n.endsOn)}（5个工作日）`;
}

function noticeState(n: PublishedNotice, today: IsoDate): string {
  if (isNoticeRunning(n, today)) return '公示中';
  return isNoticeOver(n, today) ? '公示期已结束' : '尚未开始';
}

function entryTable(n: PublishedNotice): string {
  const rows = n.entries
    .map(
      (e) =>
        `<tr><td>${escape(e.organisationName)}${e.isRenewal ? '（再次申报）' : ''}</td><td>${escape(e.region ?? '—')}</td><td>${escape(functionNamesZh(e.functions))}</td></tr>`,
    )
    .join('');
  return (
    `<table><caption>${escape(n.title)}：公示名单（${n.entries.length}家）</caption>` +
    '<thead><tr><th scope="col">平台运营机构</th><th scope="col">所在地区</th><th scope="col">服务功能类别</th></tr></thead>' +
    `<tbody>${rows}</tbody></table>`
  );
}

export function noticesFeed(
  issuer: string,
  website: string | null,
  notices: readonly PublishedNotice[],
  links: Links,
  now: Date,
): AtomFeed {
  const entries: AtomEntry[] = notices.map((n) => ({
    id: stableUrn(`public-notice:${n.id}`),
    title: n.title,
    updated: latest(n.closedAt ? [n.recordedAt, n.closedAt] : [n.recordedAt], now),
    published: beijingMidnight(n.publishedOn),
    link: `${links.base}${PAGES.notices}`,
    summary: `发布日期：${formatChineseDate(n.publishedOn)}；公示期：${period(n)}；公示名单：${n.entries.map((e) => e.organisationName).join('、')}`,
    contentHtml:
      `<p>发布日期：${formatChineseDate(n.publishedOn)}</p><p>公示期：${period(n)}</p>` +
      (n.body ? `<p>${escape(n.body)}</p>` : '') +
      entryTable(n) +
      '<p>公示期内，任何单位和个人均可实名提出异议。</p>',
  }));
  return {
    id: stableUrn('feed:public-notices'),
    title: noticesTitle(issuer),
    subtitle: `依据《${measuresTitle(issuer)}》第八条，评审结果公示5个工作日。`,
    updated: latest(
      entries.map((e) => e.updated as Date),
      now,
    ),
    author: { name: issuer, uri: website },
    selfLink: `${links.base}${PAGES.noticesFeed}`,
    alternateLink: `${links.base}${PAGES.notices}`,
    entries,
  };
}

function registerLine(a: RegisterEntry): string {
  return `证书编号：${a.certificateNumber}；服务功能：${functionNamesZh(a.functions)}；有效期：${formatChineseDate(a.validFrom)}至${formatChineseDate(a.validUntil)}；所在地区：${a.region ?? '—'}`;
}

const pendingMark = (a: RegisterEntry) => (a.revocationPendingSince ? '（撤销办理中）' : '');

export function registerFeed(
  issuer: string,
  website: string | null,
  register: { total: number; entries: readonly RegisterEntry[] },
  links: Links,
  now: Date,
): AtomFeed {
  const entries: AtomEntry[] = register.entries.map((a) => ({
    id: stableUrn(`accreditation:${a.id}`),
    title: `${a.organisationName}${pendingMark(a)}`,
    updated: latest(a.revocationPendingSince ? [a.recordedAt, a.revocationPendingSince] : [a.recordedAt], now),
    published: beijingMidnight(a.awardedOn),
    link: `${links.base}${PAGES.verify(a.certificateNumber)}`,
    summary: registerLine(a) + (a.revocationPendingSince ? '；撤销办理中' : ''),
    contentHtml:
      `<p>${escape(a.organisationName)}${a.revocationPendingSince ? '<strong>（撤销办理中）</strong>' : ''}</p>` +
      `<p>${escape(registerLine(a))}</p><p>认定日期：${formatChineseDate(a.awardedOn)}</p>`,
  }));
  return {
    id: stableUrn('feed:register'),
    title: registerTitle(issuer),
    subtitle: `依据《${measuresTitle(issuer)}》第九条公布：今日有效的示范平台${register.total}家，按认定日期由近及远${register.total > entries.length ? `，列出最近${entries.length}家` : ''}。`,
    updated: latest(
      entries.map((e) => e.updated as Date),
      now,
    ),
    author: { name: issuer, uri: website },
    selfLink: `${links.base}${PAGES.registerFeed}`,
    alternateLink: `${links.base}${PAGES.register}`,
    entries,
  };
}

// ── Embeddable pages: self-contained HTML, no script, for the association's site to frame. ──

const STYLE = `
  :root { color-scheme: light; }
  body { margin: 0; font: 15px/1.6 "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f1f1f; background: #fff; }
  main { padding: 12px 16px; max-width: 1100px; margin: 0 auto; }
  h1 { font-size: 20px; margin: 0 0 4px; }
  h2 { font-size: 17px; margin: 20px 0 4px; }
  p { margin: 4px 0; }
  .meta { color: #555; font-size: 14px; }
  .state { display: inline-block; padding: 0 6px; border: 1px solid #1f6feb; color: #1f4fb3; border-radius: 4px; font-size: 13px; }
  .pending { color: #a8071a; font-weight: 600; }
  .scroll { overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; margin: 8px 0; font-size: 14px; }
  caption { text-align: left; color: #555; padding: 4px 0; }
  th, td { border: 1px solid #d9d9d9; padding: 6px 8px; text-align: left; vertical-align: top; }
  th { background: #fafafa; }
  a { color: #0b57d0; }
  a:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
  footer { max-width: 1100px; margin: 0 auto; padding: 8px 16px 16px; color: #555; font-size: 13px; }
`;

function page(title: string, issuer: string, body: string, links: Links): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${body}
</main>
<footer>发布单位：${escape(issuer)}\u3000<a href="${escape(`${links.base}${PAGES.noticesFeed}`)}" target="_blank" rel="noopener">公示订阅（Atom）</a>\u3000<a href="${escape(`${links.base}${PAGES.registerFeed}`)}" target="_blank" rel="noopener">名录订阅（Atom）</a></footer>
</body>
</html>
`;
}

/** Links open outside the frame: the full pages have the objection form and the search. */
const out = (href: string, text: string) =>
  `<a href="${escape(href)}" target="_blank" rel="noopener">${escape(text)}</a>`;

export function noticesEmbed(
  issuer: string,
  notices: readonly PublishedNotice[],
  links: Links,
  today: IsoDate,
): string {
  const sections = notices.map(
    (n, i) =>
      `<section aria-labelledby="notice-${i}"><h2 id="notice-${i}">${escape(n.title)}</h2>` +
      `<p class="meta">发布日期：${formatChineseDate(n.publishedOn)}\u3000公示期：${period(n)}\u3000<span class="state">${noticeState(n, today)}</span></p>` +
      (n.body ? `<p>${escape(n.body)}</p>` : '') +
      `<div class="scroll" tabindex="0" role="region" aria-label="${escape(n.title)}：公示名单">${entryTable(n)}</div>` +
      (isNoticeRunning(n, today) ? `<p>${out(`${links.base}${PAGES.notices}`, '查看公示并实名提出异议')}</p>` : '') +
      '</section>',
  );
  const body =
    `<p>依据《${escape(measuresTitle(issuer))}》第八条，评审结果公示5个工作日。公示期内，任何单位和个人均可实名提出异议。</p>` +
    (sections.length ? sections.join('\n') : '<p>暂无公示。</p>') +
    `<p>${out(`${links.base}${PAGES.notices}`, '查看全部公示')}</p>`;
  return page(noticesTitle(issuer), issuer, body, links);
}

export function registerEmbed(
  issuer: string,
  register: { total: number; entries: readonly RegisterEntry[] },
  links: Links,
  today: IsoDate,
): string {
  const rows = register.entries
    .map(
      (a) =>
        `<tr><td>${escape(a.organisationName)}${a.revocationPendingSince ? '<br><span class="pending">撤销办理中</span>' : ''}</td>` +
        `<td>${escape(a.region ?? '—')}</td><td>${escape(functionNamesZh(a.functions))}</td>` +
        `<td>${formatChineseDate(a.validUntil)}</td><td>${out(`${links.base}${PAGES.verify(a.certificateNumber)}`, a.certificateNumber)}</td></tr>`,
    )
    .join('\n');
  const shown =
    register.total > register.entries.length ? `，按认定日期由近及远列出最近${register.entries.length}家` : '';
  const body =
    `<p>依据《${escape(measuresTitle(issuer))}》第九条公布。截至${formatChineseDate(today)}，有效的示范平台共${register.total}家${shown}。</p>` +
    (register.entries.length
      ? `<div class="scroll" tabindex="0" role="region" aria-label="示范平台名录"><table><caption>示范平台名录（截至${formatChineseDate(today)}）</caption>` +
        '<thead><tr><th scope="col">平台运营机构</th><th scope="col">所在地区</th><th scope="col">服务功能类别</th><th scope="col">有效期至</th><th scope="col">证书编号（点击核验）</th></tr></thead>' +
        `<tbody>${rows}</tbody></table></div>`
      : '<p>暂无有效的示范平台。</p>') +
    `<p>${out(`${links.base}${PAGES.register}`, '查询完整名录')}\u3000${out(`${links.base}/public/verify`, '证书核验')}</p>`;
  return page(registerTitle(issuer), issuer, body, links);
}
