// The frame every light public page shares: one <main>, one <h1>, lang from the reader's
// language, the association's name in the header, the public navigation and the footer's
// feeds. Styles are inline (the content security policy allows inline styles, never inline
// scripts) and small enough for the first round trip; there is no script.
import type { Lang, Texts } from './texts.js';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A link to `path` keeping the reader's language (Chinese needs no parameter). */
export function withLang(path: string, lang: Lang): string {
  if (lang === 'zh-CN') return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

export type Association = { name: string; website: string | null };

export type PageFrame = {
  lang: Lang;
  t: Texts;
  association: Association;
  title: string;
  /** The path of this page (with its query, without lang): the language link points to it. */
  path: string;
  /** Which navigation link is this page's. */
  current?: string;
  body: string;
  scripts?: string[];
};

const NAV = ['/public/notices', '/public/register', '/public/verify', '/public/receipt'] as const;

const CSS = `*{box-sizing:border-box}body{margin:0;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f1f1f;background:#f5f5f5}
a{color:#0958d9}header{background:#fff;border-bottom:1px solid #f0f0f0;padding:12px 16px}
.bar{max-width:1200px;margin:0 auto;display:flex;flex-wrap:wrap;gap:8px 16px;justify-content:space-between;align-items:center}
.org{display:block;color:#595959;font-size:13px}.site{font-weight:600;font-size:16px}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}nav a[aria-current]{font-weight:600}
main{max-width:1200px;margin:0 auto;padding:16px}h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:0}
.lead{color:#595959;margin:0 0 16px}.card{background:#fff;border:1px solid #f0f0f0;border-radius:8px;padding:16px;margin:0 0 16px}
.row{display:flex;gap:8px;flex-wrap:wrap;align-items:flex-end}.row>label{flex:1 1 12em;min-width:0}
label{display:block;font-size:14px}input,select,button{font:inherit;min-height:36px;border-radius:6px}
input,select{width:100%;border:1px solid #d9d9d9;padding:4px 10px;background:#fff}.grow{display:flex;gap:0}.grow input{border-radius:6px 0 0 6px;min-width:0;flex:1}
button,.button{border:1px solid #0958d9;background:#0958d9;color:#fff;padding:4px 15px;cursor:pointer;text-decoration:none;display:inline-block}
.grow button{border-radius:0 6px 6px 0}.plain{background:#fff;color:#1f1f1f;border-color:#d9d9d9}
.tag{display:inline-block;border:1px solid #d9d9d9;background:#fafafa;border-radius:4px;padding:0 6px;font-size:12px;margin:1px 4px 1px 0;white-space:nowrap}
.ok{color:#237804;border-color:#b7eb8f;background:#f6ffed}.warn{color:#ad4e00;border-color:#ffd591;background:#fff7e6}.bad{color:#a8071a;border-color:#ffa39e;background:#fff1f0}.info{color:#0958d9;border-color:#91caff;background:#e6f4ff}
.result{border-left:4px solid;padding:8px 12px;margin:0 0 12px}.result strong{font-size:18px;display:block}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border-bottom:1px solid #f0f0f0;padding:8px;text-align:left;vertical-align:top}th{background:#fafafa;font-weight:600}
.scroll{overflow-x:auto}dl{display:grid;grid-template-columns:minmax(6em,max-content) 1fr;gap:4px 12px;margin:0}dt{color:#595959}dd{margin:0;word-break:break-all}
.muted{color:#595959}.pager{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:8px 0}
footer{text-align:center;font-size:13px;color:#595959;padding:12px 16px}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(14em,1fr));gap:12px;padding:0;list-style:none;margin:0 0 16px}.tiles a{display:block;background:#fff;border:1px solid #f0f0f0;border-radius:8px;padding:16px;font-size:16px}
.error{color:#a8071a}[hidden]{display:none}`;

export function renderPage(frame: PageFrame): string {
  const { t, lang, association } = frame;
  const navLinks = NAV.map((to, i) => {
    const label = [t.nav.notices, t.nav.register, t.nav.verify, t.nav.receipt][i] ?? to;
    const current = frame.current === to ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(withLang(to, lang))}"${current}>${escapeHtml(label)}</a></li>`;
  }).join('');
  const otherLang = lang === 'en' ? frame.path : withLang(frame.path, 'en');
  const otherHref = lang === 'en' ? otherLang.replace(/([?&])lang=en(&|$)/, '$1').replace(/[?&]$/, '') : otherLang;
  const footer =
    `<footer>${escapeHtml(t.association.publishedBy(association.name))}` +
    (association.website
      ? ` · <a href="${escapeHtml(association.website)}" target="_blank" rel="noopener noreferrer">${escapeHtml(t.association.website)}</a>`
      : '') +
    ` · <a href="/api/feeds/notices.atom">${escapeHtml(t.association.noticesFeed)}</a>` +
    ` · <a href="/api/feeds/register.atom">${escapeHtml(t.association.registerFeed)}</a></footer>`;
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(frame.title)} · ${escapeHtml(t.site)}</title>` +
    `<meta name="description" content="${escapeHtml(t.site)}">` +
    `<link rel="icon" href="data:,">` +
    `<style>${CSS}</style></head><body>` +
    `<header><div class="bar"><a href="${escapeHtml(withLang('/', lang))}" style="color:inherit;text-decoration:none">` +
    `<span class="org">${escapeHtml(association.name)}</span><span class="site">${escapeHtml(t.site)}</span></a>` +
    `<nav aria-label="${escapeHtml(t.nav.label)}"><ul>${navLinks}` +
    `<li><a href="${escapeHtml(withLang('/', lang))}">${escapeHtml(t.nav.signIn)}</a></li>` +
    `<li><a href="${escapeHtml(otherHref || '/')}" lang="${lang === 'en' ? 'zh-CN' : 'en'}">${escapeHtml(t.nav.otherLanguage)}</a></li>` +
    `</ul></nav></div></header>` +
    `<main>${frame.body}</main>${footer}` +
    (frame.scripts ?? []).map((src) => `<script src="${escapeHtml(src)}" defer></script>`).join('') +
    `</body></html>`
  );
}
