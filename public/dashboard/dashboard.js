// IRM live dashboard: plain JavaScript, no external assets (offices run on closed networks):
// open and overdue requests, service violations, the unified pool's totals by region, and a
// live feed of changes in the user's scope.
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

/** Fills a table body with rows of text cells (numbers right-aligned). */
function fillTable(id, rows) {
  const body = $(id);
  body.textContent = '';
  for (const cells of rows) {
    const row = document.createElement('tr');
    for (const value of cells) {
      const cell = document.createElement('td');
      cell.textContent = value;
      if (typeof value === 'number' || /^\d[\d ,.]*$/.test(String(value))) cell.className = 'num';
      row.appendChild(cell);
    }
    body.appendChild(row);
  }
}

/** The last quarter that has ended: the one whose unified pool is being formed (paragraph 2.8-1). */
function lastQuarter(now = new Date()) {
  const q = Math.floor(now.getMonth() / 3);
  return q === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter: q };
}

const formatKzt = (value) => Number(value).toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Each panel asks for what it shows; a panel the office may not read says so instead. */
const panels = {
  async requests() {
    const count = (filter) => graphql('query($f: InvestorRequestFilter) { investorRequests(filter: $f, first: 1) { totalCount } }', { f: filter });
    const [open, overdue] = await Promise.all([count({ status: 'OPEN' }), count({ overdue: true })]);
    $('requests-open').textContent = open.investorRequests.totalCount;
    $('requests-overdue').textContent = overdue.investorRequests.totalCount;
  },
  async violations() {
    const { serviceViolations } = await graphql(
      '{ serviceViolations(first: 10) { totalCount edges { node { kind detectedAt application { id } noticeSentTo { code } } } } }',
    );
    $('violations-count').textContent = serviceViolations.totalCount;
    fillTable('violations', serviceViolations.edges.map(({ node }) => [
      new Date(node.detectedAt).toLocaleString(), node.kind, node.application.id, node.noticeSentTo.map((o) => o.code).join(', '),
    ]));
  },
  async pool() {
    const { year, quarter } = lastQuarter();
    $('pool-quarter').textContent = `${year} Q${quarter}`;
    try {
      const { unifiedPool } = await graphql(
        'query($y: Int!, $q: Int!) { unifiedPool(year: $y, quarter: $q) { projectCount totalVolumeKzt byRegion { region { code name } projectCount totalVolumeKzt } } }',
        { y: year, q: quarter },
      );
      $('pool-note').textContent = `${unifiedPool.projectCount} projects, KZT ${formatKzt(unifiedPool.totalVolumeKzt)}`;
      fillTable('pool-regions', unifiedPool.byRegion.map((r) => [`${r.region.name} (${r.region.code})`, r.projectCount, formatKzt(r.totalVolumeKzt)]));
    } catch (e) {
      $('pool-note').textContent = e.message;
      fillTable('pool-regions', []);
    }
  },
};

/** Which panels a change concerns. */
const PANELS_OF = { INVESTOR_REQUEST: ['requests'], SERVICE_APPLICATION: ['violations'], UNIFIED_POOL: ['pool'] };
const pending = new Set();
let refreshTimer = null;

function refresh(names) {
  names.forEach((n) => pending.add(n));
  if (refreshTimer) return;
  // Several changes in a burst refresh a panel once.
  refreshTimer = setTimeout(() => {
    refreshTimer = null;
    const due = [...pending];
    pending.clear();
    // A panel the office may not read keeps its dash; the pool panel says why.
    for (const name of due) panels[name]().catch(() => {});
  }, 300);
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
      refresh(PANELS_OF[change.entity] || []);
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
  $('summary').hidden = false;
  $('sign-out').hidden = false;
  refresh(Object.keys(panels));
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
  $('summary').hidden = true;
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
