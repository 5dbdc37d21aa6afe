// IRM live dashboard: plain JavaScript, no external assets (offices run on closed networks):
// open and overdue requests, service violations, the unified pool's totals by region, and a
// live feed of changes in the user's scope.
// History from the changeLog query, then the `changes` subscription over graphql-ws
// (graphql-transport-ws protocol), resumed with the last cursor after a disconnect.
'use strict';

const FEED_SIZE = 100;
const CHANGE_FIELDS = 'cursor entity entityId action at changedFields region { code name }';
const state = { token: sessionStorage.getItem('irm.token'), cursor: null, socket: null, retry: 0 };
const $ = (id) => document.getElementById(id);

/** The whole response: data and errors (name look-ups accept partial data). */
async function post(query, variables) {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(state.token ? { authorization: `Bearer ${state.token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/** The data of a request; an error carries its stable code (FORBIDDEN, NOT_FOUND, ...). */
async function graphql(query, variables) {
  const body = await post(query, variables);
  if (body.errors && body.errors.length) {
    const error = new Error(body.errors[0].message);
    error.code = body.errors[0].extensions && body.errors[0].extensions.code;
    throw error;
  }
  return body.data;
}

function setStatus(text) {
  $('status').textContent = text;
}

function addRow(change, fresh) {
  const row = document.createElement('tr');
  if (fresh) row.className = 'fresh';
  const cells = [new Date(change.at).toLocaleString(), KIND_LABEL[change.entity] || change.entity, '…', change.action.toLowerCase(), change.changedFields.join(', '), change.region ? change.region.name : ''];
  for (const text of cells) {
    const cell = document.createElement('td');
    cell.textContent = text;
    row.appendChild(cell);
  }
  row.children[2].className = 'record';
  row.dataset.entityId = change.entityId;
  row.dataset.entity = change.entity;
  const feed = $('feed');
  feed.insertBefore(row, feed.firstChild);
  while (feed.children.length > FEED_SIZE) feed.removeChild(feed.lastChild);
}

/** Puts record names in the feed's rows (a record the viewer may no longer read keeps its kind only). */
function showName(entityId, name) {
  for (const row of $('feed').querySelectorAll(`tr[data-entity-id="${entityId}"]`)) row.querySelector('.record').textContent = name;
}

function nameFeed(changes) {
  nameRecords(changes, post, showName).catch(() => {});
  for (const c of changes) if (!LOOKUP[c.entity]) showName(c.entityId, '');
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

/** The quarters before now, newest first, starting with the last that ended (paragraph 2.8-1). */
function endedQuarters(count, now = new Date()) {
  const out = [];
  let year = now.getFullYear();
  let quarter = Math.floor(now.getMonth() / 3);
  for (let i = 0; i < count; i += 1) {
    if (quarter === 0) [year, quarter] = [year - 1, 4];
    out.push({ year, quarter });
    quarter -= 1;
  }
  return out;
}

const formatKzt = (value) => Number(value).toLocaleString('en-US', { maximumFractionDigits: 0 });
const billions = (value) => `KZT ${(Number(value) / 1e9).toLocaleString('en-US', { maximumFractionDigits: 1 })} bn`;

/** A section the viewer's role may not read is left out, never shown as an error. */
function hideWhenForbidden(ids, error) {
  if (error.code !== 'FORBIDDEN') throw error;
  ids.forEach((id) => { $(id).hidden = true; });
}

/** Each panel asks for what it shows. */
const panels = {
  async requests() {
    const count = (filter) => graphql('query($f: InvestorRequestFilter) { investorRequests(filter: $f, first: 1) { totalCount } }', { f: filter });
    try {
      const [open, overdue, answered] = await Promise.all([count({ status: 'OPEN' }), count({ overdue: true }), count({ status: 'ANSWERED' })]);
      const [o, late, done] = [open, overdue, answered].map((r) => r.investorRequests.totalCount);
      $('requests-open').textContent = o;
      $('requests-overdue').textContent = late;
      barChart($('requests-chart'), [
        { label: 'Open, on time', value: o - late },
        { label: 'Open, overdue', value: late, className: 'late' },
        { label: 'Answered', value: done, className: 'done' },
      ]);
    } catch (e) {
      hideWhenForbidden(['requests-cards', 'requests-section'], e);
    }
  },
  async violations() {
    try {
      const { serviceViolations } = await graphql(
        '{ serviceViolations(first: 10) { totalCount edges { node { kind detectedAt application { applicantName } noticeSentTo { name } } } } }',
      );
      $('violations-count').textContent = serviceViolations.totalCount;
      fillTable('violations', serviceViolations.edges.map(({ node }) => [
        new Date(node.detectedAt).toLocaleString(), node.kind.replace(/_/g, ' ').toLowerCase(), node.application.applicantName, node.noticeSentTo.map((o) => o.name).join(', '),
      ]));
    } catch (e) {
      hideWhenForbidden(['violations-card', 'violations-section'], e);
    }
  },
  async pool() {
    const query = 'query($y: Int!, $q: Int!) { unifiedPool(year: $y, quarter: $q) { year quarter formedAt projectCount totalVolumeKzt byRegion { region { code name } projectCount totalVolumeKzt } } }';
    try {
      // The latest formed pool: the last ended quarter's, or an earlier one while it is being formed.
      for (const { year, quarter } of endedQuarters(8)) {
        const found = await graphql(query, { y: year, q: quarter }).catch((e) => {
          if (e.code === 'NOT_FOUND') return null;
          throw e;
        });
        if (!found) continue;
        const pool = found.unifiedPool;
        $('pool-quarter').textContent = `${pool.year} Q${pool.quarter}`;
        $('pool-note').textContent = `${pool.projectCount} projects, KZT ${formatKzt(pool.totalVolumeKzt)}, formed ${new Date(pool.formedAt).toLocaleDateString()}`;
        const regions = [...pool.byRegion].sort((a, b) => Number(b.totalVolumeKzt) - Number(a.totalVolumeKzt));
        barChart($('pool-chart'), regions.map((r) => ({ label: r.region.name, value: Number(r.totalVolumeKzt), display: `${billions(r.totalVolumeKzt)} · ${r.projectCount}` })));
        return;
      }
      $('pool-note').textContent = 'No unified pool has been formed yet.';
    } catch (e) {
      hideWhenForbidden(['pool-section'], e);
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
    for (const name of due) panels[name]().catch((e) => setStatus(`error: ${e.message}`));
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
  nameFeed(recent);
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
      nameFeed([change]);
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
  // Sections a previous viewer's role could not read come back for the new one.
  for (const id of ['requests-cards', 'requests-section', 'violations-card', 'violations-section', 'pool-section']) $(id).hidden = false;
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
