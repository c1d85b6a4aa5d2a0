// The light pages' one script (a few KB, built for the browser by scripts/build.mjs): the
// sign-in form of the front page and the registration form of /register. Both send the same
// mutations as the portal's forms and, once the session cookie is set, hand over to the portal
// (the server answers signed-in visitors with it). The credit code is checked as it is typed
// with the same GB 32100 rule the API applies (Art. 7(3)). Texts come from the page
// (#form-texts), in the page's language.
import { checkCreditCode } from '@sme/domain';

type Texts = Record<string, string>;

const texts: Texts = JSON.parse(document.getElementById('form-texts')?.textContent ?? '{}') as Texts;
const english = document.documentElement.lang === 'en';
const text = (key: string) => texts[key] ?? key;

type Outcome = { __typename: string; message?: string; fieldErrors?: { message: string }[] };

async function mutate(query: string, input: Record<string, unknown>, field: string): Promise<Outcome | string> {
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': english ? 'en' : 'zh-CN',
      },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const body = (await response.json()) as { data?: Record<string, Outcome>; errors?: { message: string }[] };
    return body.data?.[field] ?? body.errors?.[0]?.message ?? String(response.status);
  } catch {
    return english ? 'network error' : '网络异常';
  }
}

const describe = (outcome: Outcome) =>
  [...new Set([outcome.message ?? '', ...(outcome.fieldErrors ?? []).map((f) => f.message)])].filter(Boolean).join(' ');

function field(form: HTMLFormElement, name: string): HTMLInputElement {
  return form.elements.namedItem(name) as HTMLInputElement;
}

/** Shows `message` under the field (or clears it), tied to it for screen readers. */
function fieldError(input: HTMLInputElement, message: string | null) {
  const id = `${input.id}-error`;
  let note = document.getElementById(id);
  if (!note) {
    note = document.createElement('span');
    note.id = id;
    note.className = 'error';
    input.insertAdjacentElement('afterend', note);
  }
  note.textContent = message ?? '';
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id);
  } else {
    input.removeAttribute('aria-invalid');
  }
}

const signIn = document.getElementById('sign-in') as HTMLFormElement | null;
if (signIn) {
  const alert = document.getElementById('sign-in-error');
  const codeRow = document.getElementById('sign-in-code-row');
  let busy = false;
  signIn.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || !alert) return;
    const email = field(signIn, 'email');
    const password = field(signIn, 'password');
    const code = field(signIn, 'code');
    fieldError(email, email.value.trim() ? null : text('emailRequired'));
    fieldError(password, password.value ? null : text('passwordRequired'));
    if (!email.value.trim() || !password.value) return;
    busy = true;
    alert.textContent = '';
    const input: Record<string, unknown> = { email: email.value.trim(), password: password.value };
    if (code.value.trim()) input.otp = code.value.trim();
    void mutate(
      'mutation Login($input: LoginInput!) { login(input: $input) { __typename ' +
        '... on InvalidCredentialsError { message } ... on LoginThrottledError { message } ' +
        '... on TwoFactorRequiredError { message } ... on ValidationError { message fieldErrors { message } } } }',
      input,
      'login',
    ).then((outcome) => {
      if (typeof outcome !== 'string' && outcome.__typename === 'LoginSuccess') {
        window.location.reload();
        return;
      }
      busy = false;
      if (typeof outcome !== 'string' && outcome.__typename === 'TwoFactorRequiredError' && codeRow) {
        codeRow.hidden = false;
        code.focus();
      }
      alert.textContent = typeof outcome === 'string' ? text('signInFailed') + outcome : describe(outcome);
    });
  });
}

const register = document.getElementById('register') as HTMLFormElement | null;
if (register) {
  const alert = document.getElementById('register-error');
  const creditCode = field(register, 'creditCode');
  const codeNote = document.getElementById('credit-code-note');
  const checkCode = (final: boolean): boolean => {
    const value = creditCode.value;
    if (!value.trim()) {
      fieldError(creditCode, final ? text('creditCodeRequired') : null);
      if (codeNote) codeNote.textContent = text('creditCodeHelp');
      return false;
    }
    const check = checkCreditCode(value);
    const ok = check.valid && value.trim().length === 18;
    fieldError(creditCode, !check.valid && check.message ? (english ? check.message.en : check.message.zhCN) : null);
    if (codeNote) {
      codeNote.textContent = '';
      if (ok) {
        const mark = document.createElement('span');
        mark.dataset.testid = 'credit-code-ok';
        mark.textContent = text('creditCodeOk');
        codeNote.append(mark);
      } else codeNote.textContent = text('creditCodeHelp');
    }
    return ok;
  };
  creditCode.addEventListener('input', () => checkCode(false));
  let busy = false;
  register.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy || !alert) return;
    const value = (name: string) => field(register, name).value;
    const rules: [string, boolean, string][] = [
      ['organisationName', value('organisationName').trim() !== '', 'organisationNameRequired'],
      ['contactName', value('contactName').trim() !== '', 'contactNameRequired'],
      ['contactPhone', /^\s*[0-9+\-() ]{5,30}\s*$/.test(value('contactPhone')), 'contactPhoneInvalid'],
      ['email', /^\S+@\S+\.\S+$/.test(value('email').trim()), 'emailInvalid'],
      ['password', value('password').length >= 8, 'passwordTooShort'],
      ['passwordConfirm', value('passwordConfirm') === value('password'), 'passwordMismatch'],
    ];
    let valid = checkCode(true);
    for (const [name, ok, message] of rules) {
      fieldError(field(register, name), ok ? null : text(message));
      valid &&= ok;
    }
    if (!valid) return;
    busy = true;
    alert.textContent = '';
    void mutate(
      'mutation RegisterOrganisation($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { __typename ' +
        '... on RuleViolationError { message } ... on ValidationError { message fieldErrors { message } } } }',
      {
        organisationName: value('organisationName').trim(),
        creditCode: value('creditCode').trim().toUpperCase(),
        contactName: value('contactName').trim(),
        contactPhone: value('contactPhone').trim(),
        email: value('email').trim(),
        password: value('password'),
      },
      'registerOrganisation',
    ).then((outcome) => {
      if (typeof outcome !== 'string' && outcome.__typename === 'RegisterOrganisationSuccess') {
        // signed in by the API: the portal takes over, on the page where the member applies
        window.location.assign('/membership');
        return;
      }
      busy = false;
      alert.textContent = text('failed') + (typeof outcome === 'string' ? outcome : describe(outcome));
    });
  });
}
