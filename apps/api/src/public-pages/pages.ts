// The light public pages' bodies, from the same public queries the portal asks (Arts. 8, 9, 11,
// 13): the certificate check, the notices with their objection route, the register with its
// search and pages, and the front page's ways in.
import { escapeHtml as e, withLang } from './layout.js';
import { functionName, longDate, type CertificateStatus, type Lang, type Texts } from './texts.js';

type Ctx = { t: Texts; lang: Lang };

const functionTags = (functions: readonly string[], lang: Lang) =>
  functions.map((fn) => `<span class="tag">${e(functionName(fn, lang))}</span>`).join('');

export type CertificateCheck = {
  number: string;
  status: CertificateStatus;
  organisationName: string;
  functions: string[];
  awardedOn: string | null;
  validFrom: string;
  validUntil: string;
  revokedOn: string | null;
  revocationPending: boolean;
} | null;

const STATUS_CLASS: Record<CertificateStatus, string> = {
  VALID: 'ok',
  EXPIRED: 'warn',
  REVOKED: 'bad',
  NOT_YET_VALID: 'info',
};

/** /public/verify?number=…: valid / being revoked / expired / revoked / unknown. */
export function verifyBody({ t, lang }: Ctx, number: string, check: CertificateCheck | undefined): string {
  const date = (iso: string | null) => longDate(iso, lang);
  const form =
    `<form class="card" method="get" action="/public/verify" role="search">` +
    (lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '') +
    `<label for="verify-number">${e(t.verify.number)}</label><div class="grow">` +
    `<input id="verify-number" name="number" required autocomplete="off" value="${e(number)}" placeholder="${e(t.verify.placeholder)}">` +
    `<button type="submit">${e(t.verify.check)}</button></div></form>`;
  let result = '';
  if (number && check === null) {
    result =
      `<section class="card result warn" data-testid="verify-result" data-status="UNKNOWN" aria-live="polite">` +
      `<strong>${e(t.verify.unknown)}</strong><p>${e(t.verify.unknownText(number))}</p></section>`;
  } else if (check) {
    const pending = check.revocationPending && check.status !== 'REVOKED' && check.status !== 'EXPIRED';
    const headline = pending
      ? `<div class="result warn" data-testid="verify-pending"><strong>${e(`${t.verify.statusValue[check.status]} · ${t.verify.pending}`)}</strong>` +
        `<p>${e(t.verify.pendingText + (check.revokedOn ? t.verify.pendingFrom(date(check.revokedOn)) : ''))}</p></div>`
      : `<div class="result ${STATUS_CLASS[check.status]}"><strong>${e(t.verify.statusValue[check.status])}</strong>` +
        `<p>${e(t.verify.statusText(check.status, date(check.validUntil), date(check.revokedOn)))}</p></div>`;
    result =
      `<section class="card" data-testid="verify-result" data-status="${e(check.status)}" data-revocation-pending="${pending ? 'true' : 'false'}" aria-live="polite">` +
      headline +
      `<dl><dt>${e(t.register.certificateNumber)}</dt><dd>${e(check.number)}</dd>` +
      `<dt>${e(t.verify.organisation)}</dt><dd>${e(check.organisationName)}</dd>` +
      `<dt>${e(t.verify.functions)}</dt><dd>${functionTags(check.functions, lang)}</dd>` +
      `<dt>${e(t.verify.awardedOn)}</dt><dd>${e(date(check.awardedOn))}</dd>` +
      `<dt>${e(t.verify.validity)}</dt><dd>${e(t.verify.validityText(date(check.validFrom), date(check.validUntil)))}</dd>` +
      (check.revokedOn ? `<dt>${e(t.verify.revokedOn)}</dt><dd>${e(date(check.revokedOn))}</dd>` : '') +
      `</dl></section>`;
  }
  return `<h1>${e(t.verify.title)}</h1><p class="lead">${e(t.verify.description)}</p>${form}${result}`;
}

export type PublicNotice = {
  id: string;
  title: string;
  body: string | null;
  publishedOn: string;
  evidenceUrl: string | null;
  startsOn: string;
  endsOn: string;
  workingDays: string[];
  running: boolean;
  over: boolean;
  entries: {
    id: string;
    organisationName: string;
    region: string | null;
    functions: string[];
    isRenewal: boolean;
  }[];
};

/** /public/notices: every published notice, its period in explicit dates, its entries, and while
 * it runs a button per entry that opens the portal's objection form for that entry (Art. 8). */
export function noticesBody({ t, lang }: Ctx, notices: PublicNotice[]): string {
  const date = (iso: string) => longDate(iso, lang);
  const head = `<h1>${e(t.notices.title)}</h1><p class="lead">${e(t.notices.description)}</p>`;
  if (notices.length === 0)
    return `${head}<section class="card"><p><strong>${e(t.notices.empty)}</strong></p><p class="muted">${e(t.notices.emptyHint)}</p></section>`;
  const cards = notices.map((n) => {
    const state = n.running
      ? `<span class="tag ok">${e(t.notices.running)}</span>`
      : n.over
        ? `<span class="tag">${e(t.notices.over)}</span>`
        : `<span class="tag info">${e(t.notices.notYet)}</span>`;
    const rows = n.entries
      .map(
        (entry) =>
          `<tr><td>${e(entry.organisationName)}${entry.isRenewal ? ` <span class="tag">${e(t.notices.renewal)}</span>` : ''}</td>` +
          `<td>${e(entry.region ?? '—')}</td><td>${functionTags(entry.functions, lang)}</td>` +
          (n.running
            ? `<td><form method="get" action="/public/notices"><input type="hidden" name="object" value="${e(entry.id)}">` +
              `<button type="submit" class="plain" aria-label="${e(t.notices.objectTo(entry.organisationName))}">${e(t.notices.object)}</button></form></td>`
            : '') +
          `</tr>`,
      )
      .join('');
    return (
      `<section class="card" data-testid="public-notice" aria-labelledby="notice-${e(n.id)}">` +
      `<div style="display:flex;flex-wrap:wrap;gap:8px;align-items:center"><h2 id="notice-${e(n.id)}">${e(n.title)}</h2>${state}</div>` +
      (n.body ? `<p style="white-space:pre-wrap">${e(n.body)}</p>` : '') +
      `<dl><dt>${e(t.notices.publishedOn)}</dt><dd>${e(date(n.publishedOn))}</dd>` +
      (n.evidenceUrl
        ? `<dt>${e(t.notices.evidenceUrl)}</dt><dd><a href="${e(n.evidenceUrl)}" target="_blank" rel="noopener noreferrer" data-testid="notice-evidence">${e(n.evidenceUrl)}</a></dd>`
        : '') +
      `<dt>${e(t.notices.period)}</dt><dd><span data-testid="notice-period">${e(t.notices.periodText(date(n.startsOn), date(n.endsOn)))}</span></dd>` +
      `<dt>${e(t.notices.workingDays)}</dt><dd>${n.workingDays.map((d) => `<span class="tag">${e(d)}</span>`).join('')}</dd></dl>` +
      (n.over
        ? `<p class="muted">${e(t.notices.closedText(date(n.startsOn), date(n.endsOn)))}</p>`
        : !n.running
          ? `<p class="muted">${e(t.notices.notYetText(date(n.startsOn)))}</p>`
          : '') +
      `<div class="scroll"><table><thead><tr><th scope="col">${e(t.notices.organisation)}</th><th scope="col">${e(t.notices.region)}</th>` +
      `<th scope="col">${e(t.notices.functions)}</th>${n.running ? `<th scope="col">${e(t.notices.actions)}</th>` : ''}</tr></thead>` +
      `<tbody>${rows}</tbody></table></div></section>`
    );
  });
  return head + cards.join('');
}

export type RegisterRow = {
  id: string;
  certificateNumber: string;
  organisationName: string;
  region: string | null;
  functions: string[];
  validFrom: string;
  validUntil: string;
  revocationPending: boolean;
};
export type RevokedRow = {
  certificateNumber: string;
  organisationName: string;
  reason: string;
  effectiveOn: string;
};
export type RegisterQuery = {
  name: string;
  function: string;
  region: string;
  page: number;
  pageSize: number;
};

/** The register's URL for a page of the same search (the portal's list keeps the same parameters). */
export function registerHref(q: RegisterQuery, page: number, lang: Lang): string {
  const params = new URLSearchParams();
  if (q.name) params.set('name', q.name);
  if (q.function) params.set('function', q.function);
  if (q.region) params.set('region', q.region);
  if (page > 1) params.set('page', String(page));
  if (q.pageSize !== 20) params.set('pageSize', String(q.pageSize));
  const query = params.toString();
  return withLang(`/public/register${query ? `?${query}` : ''}`, lang);
}

/** /public/register (Art. 9): valid titles searchable by name, function and region, in pages;
 * revoked titles listed after them. */
export function registerBody(
  { t, lang }: Ctx,
  q: RegisterQuery,
  functions: readonly string[],
  rows: RegisterRow[],
  total: number,
  revoked: RevokedRow[],
): string {
  const date = (iso: string) => longDate(iso, lang);
  const options = [`<option value="">${e(t.register.anyFunction)}</option>`]
    .concat(
      functions.map(
        (fn) => `<option value="${e(fn)}"${fn === q.function ? ' selected' : ''}>${e(functionName(fn, lang))}</option>`,
      ),
    )
    .join('');
  const form =
    `<form class="card row" method="get" action="/public/register" role="search">` +
    (lang === 'en' ? '<input type="hidden" name="lang" value="en">' : '') +
    `<label>${e(t.register.name)}<input name="name" value="${e(q.name)}"></label>` +
    `<label>${e(t.register.function)}<select name="function">${options}</select></label>` +
    `<label>${e(t.register.region)}<input name="region" value="${e(q.region)}" placeholder="${e(t.register.regionPlaceholder)}"></label>` +
    `<span><button type="submit">${e(t.register.search)}</button> <a class="button plain" href="${e(withLang('/public/register', lang))}">${e(t.register.reset)}</a></span></form>`;
  const pages = Math.max(1, Math.ceil(total / q.pageSize));
  const pager =
    `<nav class="pager" aria-label="${e(t.register.paging)}"><span>${e(t.register.total(total))}</span>` +
    (q.page > 1 ? `<a href="${e(registerHref(q, q.page - 1, lang))}" rel="prev">${e(t.register.previous)}</a>` : '') +
    `<span>${e(t.register.pageOf(Math.min(q.page, pages), pages))}</span>` +
    (q.page < pages ? `<a href="${e(registerHref(q, q.page + 1, lang))}" rel="next">${e(t.register.next)}</a>` : '') +
    `</nav>`;
  const filtered = Boolean(q.name || q.function || q.region);
  const list =
    rows.length === 0
      ? `<p><strong>${e(t.register.empty)}</strong></p>${filtered ? `<p class="muted">${e(t.register.emptyHint)}</p>` : ''}`
      : `<div class="scroll"><table data-testid="public-register"><thead><tr><th scope="col">${e(t.register.name)}</th><th scope="col">${e(t.register.region)}</th>` +
        `<th scope="col">${e(t.register.function)}</th><th scope="col">${e(t.register.certificateNumber)}</th><th scope="col">${e(t.register.validity)}</th><th scope="col"><span hidden>${e(t.register.verify)}</span></th></tr></thead><tbody>` +
        rows
          .map(
            (row) =>
              `<tr><td>${e(row.organisationName)}${row.revocationPending ? ` <span class="tag warn" data-testid="register-pending">${e(t.register.pending)}</span>` : ''}</td>` +
              `<td>${e(row.region ?? '—')}</td><td>${functionTags(row.functions, lang)}</td><td>${e(row.certificateNumber)}</td>` +
              `<td>${e(t.register.validityText(date(row.validFrom), date(row.validUntil)))}</td>` +
              `<td><a href="${e(withLang(`/public/verify?number=${encodeURIComponent(row.certificateNumber)}`, lang))}" aria-label="${e(t.register.verifyOf(row.organisationName))}">${e(t.register.verify)}</a></td></tr>`,
          )
          .join('') +
        `</tbody></table></div>`;
  const revokedList =
    `<section class="card" data-testid="revoked-titles" aria-labelledby="revoked-heading"><h2 id="revoked-heading">${e(t.register.revokedTitle)}</h2>` +
    (revoked.length === 0
      ? `<p class="muted">${e(t.register.revokedEmpty)}</p>`
      : `<div class="scroll"><table><thead><tr><th scope="col">${e(t.register.name)}</th><th scope="col">${e(t.register.certificateNumber)}</th>` +
        `<th scope="col">${e(t.register.reason)}</th><th scope="col">${e(t.register.revokedOn)}</th></tr></thead><tbody>` +
        revoked
          .map(
            (row) =>
              `<tr><td>${e(row.organisationName)} <span class="tag bad">${e(t.register.revoked)}</span></td><td>${e(row.certificateNumber)}</td>` +
              `<td>${e(t.register.reasonValue[row.reason] ?? row.reason)}</td><td>${e(date(row.effectiveOn))}</td></tr>`,
          )
          .join('') +
        `</tbody></table></div>`) +
    `</section>`;
  return (
    `<h1>${e(t.register.title)}</h1><p class="lead">${e(t.register.description)}</p>${form}` +
    `<section class="card">${pager}${list}</section>${revokedList}`
  );
}

/** The texts the page's script shows (browser/forms.ts), as data it reads (not a script that runs). */
function formTexts(texts: Record<string, string>): string {
  return `<script type="application/json" id="form-texts">${JSON.stringify(texts).replace(/</g, '\\u003c')}</script>`;
}

/** `/` for someone not signed in: the public pages' ways in, and the sign-in form (the page's
 * small script signs in through /graphql and reloads into the portal). */
export function frontBody({ t, lang }: Ctx): string {
  const tiles = [
    ['/public/notices', t.front.notices],
    ['/public/register', t.front.register],
    ['/public/verify', t.front.verify],
    ['/public/receipt', t.front.receipt],
  ]
    .map(([to, label]) => `<li><a href="${e(withLang(to ?? '/', lang))}">${e(label ?? '')}</a></li>`)
    .join('');
  return (
    `<h1>${e(t.front.title)}</h1><p class="lead">${e(t.front.intro)}</p>` +
    `<section aria-labelledby="public-heading"><h2 id="public-heading" style="margin-bottom:8px">${e(t.front.publicHeading)}</h2><ul class="tiles">${tiles}</ul></section>` +
    `<section class="card" aria-labelledby="sign-in-heading" style="max-width:28em"><h2 id="sign-in-heading">${e(t.front.signInHeading)}</h2>` +
    `<form id="sign-in" method="post" action="/" novalidate>` +
    `<p><label for="sign-in-email">${e(t.front.email)}</label><input id="sign-in-email" name="email" type="email" autocomplete="username" required></p>` +
    `<p><label for="sign-in-password">${e(t.front.password)}</label><input id="sign-in-password" name="password" type="password" autocomplete="current-password" required></p>` +
    `<p id="sign-in-code-row" hidden><label for="sign-in-code">${e(t.front.code)}</label><input id="sign-in-code" name="code" autocomplete="one-time-code"></p>` +
    `<p id="sign-in-error" class="error" role="alert"></p>` +
    `<p><button type="submit">${e(t.front.signIn)}</button></p>` +
    `<noscript><p class="muted">${e(t.front.scriptNeeded)}</p></noscript></form>` +
    `<p>${e(t.front.noAccount)} <a href="${e(withLang('/register', lang))}">${e(t.front.registerLink)}</a></p></section>` +
    formTexts({
      emailRequired: t.front.emailRequired,
      passwordRequired: t.front.passwordRequired,
      signInFailed: t.front.signInFailed,
    })
  );
}

/** /register (机构注册, Art. 2): the organisation and its first user; the API signs that user in
 * and the portal takes over on the membership page. */
export function registrationBody({ t, lang }: Ctx): string {
  const r = t.registration;
  const input = (name: string, label: string, attributes: string) =>
    `<p><label for="register-${name}">${e(label)}</label><input id="register-${name}" name="${name}" ${attributes}></p>`;
  return (
    `<section class="card" style="max-width:32em;margin:0 auto 16px"><h1>${e(r.title)}</h1><p class="lead">${e(r.subtitle)}</p>` +
    `<form id="register" method="post" action="/register" novalidate>` +
    input('organisationName', r.organisationName, 'required maxlength="200" autocomplete="organization"') +
    `<p><label for="register-creditCode">${e(r.creditCode)}</label><input id="register-creditCode" name="creditCode" required maxlength="18" autocomplete="off" style="font-family:monospace">` +
    `<span id="credit-code-note" class="muted" style="display:block;font-size:13px">${e(r.creditCodeHelp)}</span></p>` +
    input('contactName', r.contactName, 'required maxlength="100" autocomplete="name"') +
    input('contactPhone', r.contactPhone, 'required type="tel" autocomplete="tel"') +
    input('email', r.email, 'required type="email" autocomplete="email"') +
    input('password', r.password, 'required type="password" minlength="8" autocomplete="new-password"') +
    input('passwordConfirm', r.passwordConfirm, 'required type="password" autocomplete="new-password"') +
    `<p id="register-error" class="error" role="alert"></p>` +
    `<p><button type="submit" style="width:100%">${e(r.submit)}</button></p>` +
    `<noscript><p class="muted">${e(r.scriptNeeded)}</p></noscript></form>` +
    `<p>${e(r.haveAccount)} <a href="${e(withLang('/', lang))}">${e(r.signIn)}</a></p></section>` +
    formTexts({
      organisationNameRequired: r.organisationNameRequired,
      creditCodeRequired: r.creditCodeRequired,
      creditCodeOk: r.creditCodeOk,
      creditCodeHelp: r.creditCodeHelp,
      contactNameRequired: r.contactNameRequired,
      contactPhoneInvalid: r.contactPhoneInvalid,
      emailInvalid: r.emailInvalid,
      passwordTooShort: r.passwordTooShort,
      passwordMismatch: r.passwordMismatch,
      failed: r.failed,
    })
  );
}
