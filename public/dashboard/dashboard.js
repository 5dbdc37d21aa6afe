// IRM live dashboard: plain JavaScript, no external assets (offices run on closed networks).
// History from the changeLog query, then the `changes` subscription over graphql-ws
// (graphql-transport-ws protocol), resumed with the last cursor after a disconnect.
'use strict';

const FEED_SIZE = 100;
const CHANGE_FIELDS = 'cursor entity entityId action at changedFields region { code }';
const state = { token: sessionStorage.getItem('irm.token'), cursor: null, socket: null, retry: 0 };
const $ = (id) => document.getElementById(id);

async function graphql(query, variables) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(state.token ? { authorization: `Bearer ${state.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
  return body.data;
}

function setStatus(text) {
  $('status').textContent = text;
}

function addRow(change, fresh) {
  const row = document.createElement('tr');
  if (fresh) row.className = 'fresh';
  const cells = [new Date(change.at).toLocaleString(), change.entity, change.entityId, change.action, change.changedFields.join(', '), change.region ? change.region.code : ''];
  for (const text of cells) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.appendChild(cell);
  }
  row.dataset.entityId = change.entityId;
  const feed = $('feed');
  feed.insertBefore(row, feed.firstChild);
  while (feed.children.length > FEED_SIZE) feed.removeChild(feed.lastChild);
}

/** The newest changes: pages through the log (oldest first) and keeps the last ones. */
async function loadHistory() {
  let after = null;
  let recent = [];
  for (let page = 0; page < 50; page += 1) {
    const { changeLog } = await graphql(
      `query($after: String) { changeLog(after: $after, first: 100) { pageInfo { hasNextPage endCursor } edges { node { ${CHANGE_FIELDS} } } } }`,
      { after },
    );
    recent = recent.concat(changeLog.edges.map((e) => e.node)).slice(-FEED_SIZE);
    after = changeLog.pageInfo.endCursor;
    if (!changeLog.pageInfo.hasNextPage) break;
  }
  recent.forEach((change) => addRow(change, false));
  state.cursor = after;
}

function subscribe() {
  const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  state.socket = socket;
  socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${state.token}` } }));
  socket.onmessage = (message) => {
    const msg = JSON.parse(message.data);
    if (msg.type === 'connection_ack') {
      setStatus('live');
      state.retry = 0;
      socket.send(JSON.stringify({ id: 'feed', type: 'subscribe', payload: { query: `subscription($since: String) { changes(since: $since) { ${CHANGE_FIELDS} } }`, variables: { since: state.cursor } } }));
    } else if (msg.type === 'ping') {
      socket.send(JSON.stringify({ type: 'pong' }));
    } else if (msg.type === 'next' && msg.payload.data) {
      const change = msg.payload.data.changes;
      state.cursor = change.cursor;
      addRow(change, true);
    } else if (msg.type === 'error') {
      setStatus(`error: ${msg.payload[0] ? msg.payload[0].message : 'subscription refused'}`);
    }
  };
  socket.onclose = (event) => {
    if (state.socket !== socket) return;
    if (event.code === 4401) return signOut('Your session ended: sign in again');
    // Anything else (4413 slow consumer, a restart): resume after the last cursor, losing nothing.
    setStatus('reconnecting…');
    state.retry = Math.min(state.retry + 1, 6);
    setTimeout(subscribe, 250 * 2 ** state.retry);
  };
}

async function start() {
  const { me } = await graphql('{ me { name office { code name } } }');
  $('who').textContent = `${me.name}, ${me.office.name} (${me.office.code})`;
  $('sign-in').hidden = true;
  $('feed-section').hidden = false;
  $('sign-out').hidden = false;
  await loadHistory();
  subscribe();
}

function signOut(message) {
  sessionStorage.removeItem('irm.token');
  state.token = null;
  const socket = state.socket;
  state.socket = null;
  if (socket) socket.close();
  $('feed').textContent = '';
  $('sign-in').hidden = false;
  $('feed-section').hidden = true;
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in-error').textContent = message || '';
  setStatus('signed out');
}

$('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    const { login } = await graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: form.get('email'), p: form.get('password') });
    state.token = login.token;
    sessionStorage.setItem('irm.token', login.token);
    $('sign-in-error').textContent = '';
    await start();
  } catch (e) {
    $('sign-in-error').textContent = e.message;
  }
});
$('sign-out').addEventListener('click', () => signOut());

if (state.token) start().catch(() => signOut());
