// The light front page's sign-in (public-pages/pages.ts): the same login mutation the portal's
// form sends; on success the page reloads, and with the session cookie the server answers `/`
// with the portal itself. A second factor, when the account has one, is asked for in place.
// Served as /light/sign-in.<hash>.js (public-pages.routes.ts); kept as text so the API build carries it.
export const SIGN_IN_SCRIPT = `(function () {
  var form = document.getElementById('sign-in');
  if (!form) return;
  var error = document.getElementById('sign-in-error');
  var codeRow = document.getElementById('sign-in-code-row');
  var en = form.getAttribute('data-lang') === 'en';
  var busy = false;
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) return;
    var email = form.elements.email.value.trim();
    var password = form.elements.password.value;
    var code = form.elements.code.value.trim();
    if (!email || !password) {
      error.textContent = en ? 'Enter your email and password.' : '请输入电子邮箱和密码。';
      return;
    }
    busy = true;
    error.textContent = '';
    var input = { email: email, password: password };
    if (code) input.otp = code;
    fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        'accept-language': en ? 'en' : 'zh-CN',
      },
      body: JSON.stringify({
        query:
          'mutation Login($input: LoginInput!) { login(input: $input) { __typename ' +
          '... on InvalidCredentialsError { message } ... on LoginThrottledError { message } ' +
          '... on TwoFactorRequiredError { message } ... on ValidationError { message fieldErrors { message } } } }',
        variables: { input: input },
      }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        var outcome = body && body.data && body.data.login;
        if (outcome && outcome.__typename === 'LoginSuccess') {
          window.location.reload();
          return;
        }
        busy = false;
        if (outcome && outcome.__typename === 'TwoFactorRequiredError') codeRow.hidden = false;
        var extra = outcome && outcome.fieldErrors ? outcome.fieldErrors.map((f) => f.message) : [];
        error.textContent =
          outcome && outcome.message
            ? [outcome.message].concat(extra).join(' ')
            : en
              ? 'Sign-in failed; try again.'
              : '登录失败，请重试。';
      })
      .catch(function () {
        busy = false;
        error.textContent = en ? 'Sign-in failed: network error.' : '登录失败：网络异常。';
      });
  });
})();
`;
