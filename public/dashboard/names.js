// Names for the change feed: a change names its record by id only, so the records of a page of
// changes are looked up in one aliased query; what the viewer may not read keeps a plain label.
'use strict';

const KIND_LABEL = {
  INDUSTRIAL_SITE: 'Site', INVESTOR: 'Investor', INVESTOR_REQUEST: 'Request', OFFICE: 'Office', POOL_CONTRIBUTION: 'Pool contribution',
  PROJECT: 'Project', QUARTERLY_REPORT: 'Quarterly report', SERVICE_APPLICATION: 'Visa petition', UNIFIED_POOL: 'Unified pool', USER: 'Person',
};
const LOOKUP = {
  PROJECT: 'project(id: $ID) { title }', INVESTOR: 'investor(id: $ID) { name }', INDUSTRIAL_SITE: 'industrialSite(id: $ID) { name }',
  OFFICE: 'office(id: $ID) { name }', INVESTOR_REQUEST: 'investorRequest(id: $ID) { subject }', SERVICE_APPLICATION: 'serviceApplication(id: $ID) { applicantName }',
};
const knownNames = new Map();

/** Resolves the names of the changes' records (at most one query), then calls `show(entityId, name)` for each. */
async function nameRecords(changes, post, show) {
  const wanted = changes.filter((c) => LOOKUP[c.entity] && !knownNames.has(c.entityId));
  const ids = [...new Map(wanted.map((c) => [c.entityId, c.entity])).entries()];
  if (ids.length) {
    const fields = ids.map(([id, kind], i) => `n${i}: ${LOOKUP[kind].replace('$ID', JSON.stringify(id))}`);
    const { data } = await post(`{ ${fields.join(' ')} }`);
    if (data) {
      ids.forEach(([id], i) => knownNames.set(id, data[`n${i}`] ? Object.values(data[`n${i}`])[0] : null));
    } else {
      // One record gone or out of scope nulls the whole answer (the look-ups are non-null): ask each alone.
      for (const [id, kind] of ids) {
        const one = await post(`{ n: ${LOOKUP[kind].replace('$ID', JSON.stringify(id))} }`);
        knownNames.set(id, one.data && one.data.n ? Object.values(one.data.n)[0] : null);
      }
    }
  }
  // A record without a name (gone, or not readable) keeps its plain label.
  for (const c of changes) show(c.entityId, knownNames.get(c.entityId) || '');
}
