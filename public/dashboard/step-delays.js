// IRM dashboard, "steps most often late" (issue 13): the regulated steps of the state services
// that were completed late most often in the last 90 days, from serviceStepPerformance. Shown
// to the offices that may read it (the authorized body, the National Company, the providers);
// a separate script so that it stays out of the live feed's code.
'use strict';

(() => {
  const DAYS = 90;
  const TOP = 5;
  const section = document.getElementById('step-delays');
  const body = document.getElementById('step-delays-rows');
  const summary = document.getElementById('summary');

  async function graphql(query, variables) {
    const token = sessionStorage.getItem('irm.token');
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const data = await res.json();
    if (data.errors && data.errors.length) throw new Error(data.errors[0].message);
    return data.data;
  }

  const isoDate = (d) => d.toISOString().slice(0, 10);

  async function load() {
    const to = new Date();
    const from = new Date(to.getTime() - DAYS * 24 * 3600 * 1000);
    const { stateServices } = await graphql('{ stateServices { code } }');
    const rows = [];
    for (const { code } of stateServices) {
      const { serviceStepPerformance } = await graphql(
        'query($c: String!, $f: Date!, $t: Date!) { serviceStepPerformance(serviceCode: $c, from: $f, to: $t) { order name completed late medianWorkingMinutes } }',
        { c: code, f: isoDate(from), t: isoDate(to) },
      );
      for (const step of serviceStepPerformance) if (step.late > 0) rows.push({ code, ...step });
    }
    rows.sort((a, b) => b.late - a.late || b.late / b.completed - a.late / a.completed);
    body.textContent = '';
    for (const r of rows.slice(0, TOP)) {
      const tr = document.createElement('tr');
      const median = r.medianWorkingMinutes === null ? '—' : `${Math.round(r.medianWorkingMinutes)} min`;
      for (const text of [r.code, `${r.order}. ${r.name}`, `${r.late} of ${r.completed}`, median]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    if (rows.length === 0) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = 4;
      td.textContent = `No step completed late in the last ${DAYS} days.`;
      tr.appendChild(td);
      body.appendChild(tr);
    }
    section.hidden = false;
  }

  // Follows the summary: shown when signed in (and permitted), hidden when signed out.
  function follow() {
    if (summary.hidden) {
      section.hidden = true;
      return;
    }
    load().catch(() => {
      section.hidden = true; // FORBIDDEN for this office, or the server is away: nothing to show
    });
  }
  new MutationObserver(follow).observe(summary, { attributes: true, attributeFilter: ['hidden'] });
  follow();
})();
