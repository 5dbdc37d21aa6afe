// The explorer's session: the schema is public (introspection needs no token), so GraphiQL starts
// with no Authorization header. Signing in, from the bar above or with the login mutation in the
// editor, keeps the token here and adds it to every request whose headers do not set their own.
'use strict';

const $ = (id) => document.getElementById(id);
let token = sessionStorage.getItem('irm.explorer.token');

const hasAuthorization = (headers) => Object.keys(headers).some((k) => k.toLowerCase() === 'authorization');

function show(name, note) {
  $('sign-in').hidden = Boolean(token);
  $('sign-out').hidden = !token;
  $('who').hidden = !token;
  $('who').textContent = name ? `Signed in as ${name}` : '';
  $('session-note').textContent = note || '';
}

// Plain JSON over POST: GraphiQL's own fetcher answers with a multipart stream we could not read the token from.
async function send(body, headers) {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return res.json();
}

const post = (query, variables, bearer) => send({ query, variables }, bearer ? { authorization: `Bearer ${bearer}` } : {});

async function signedIn(newToken) {
  token = newToken;
  sessionStorage.setItem('irm.explorer.token', token);
  const { data } = await post('{ me { name office { code } } }', {}, token);
  if (!data) return signOut('That session was refused: sign in again');
  show(`${data.me.name} (${data.me.office.code})`, 'your token is added to every request');
}

function signOut(note) {
  token = null;
  sessionStorage.removeItem('irm.explorer.token');
  show('', note);
}

function fetcher(params, options) {
  // GraphiQL updates the operation name a moment after an edit: a name the text no longer has is stale.
  if (params.operationName && !params.query.includes(params.operationName)) params = { ...params, operationName: undefined };
  const headers = { ...((options && options.headers) || {}) };
  const sent = token && params.operationName !== 'IntrospectionQuery' && !hasAuthorization(headers) ? token : null;
  if (sent) headers.Authorization = `Bearer ${sent}`;
  return send(params, headers).then((result) => {
    const login = result.data && result.data.login;
    if (login && login.token) signedIn(login.token);
    const refused = result.errors && result.errors.some((e) => e.extensions && e.extensions.code === 'UNAUTHENTICATED');
    if (sent && refused && sent === token) signOut('Your session ended: sign in again');
    return result;
  });
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const { data, errors } = await post(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: form.get('email'), password: form.get('password') },
  );
  if (data && data.login) await signedIn(data.login.token);
  else show('', errors && errors[0] ? errors[0].message : 'Sign-in failed');
});
$('sign-out').addEventListener('click', () => signOut());

if (token) signedIn(token);
else show('', 'sign in with a demo account (README), then run a query');

ReactDOM.createRoot($('explorer')).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: true,
    defaultQuery: '# Sign in above (or run the login mutation), then run this query.\nquery MyOffice {\n  me { name role office { code name } }\n  projects(first: 5) { totalCount edges { node { title supportTier volumeMci } } }\n}\n',
  }),
);
