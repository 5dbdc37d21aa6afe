import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import {
  AGREEMENT,
  AGREEMENTS,
  RECORD_AGREEMENT,
  UPDATE_COMMITMENT,
  changesOf,
  createInvestor,
  officeIdsByCode,
} from './events-agreements-support';

/**
 * Agreements and the monitoring of their commitments (issue 9): recorded by a front office
 * for an investor it may read, read by exactly those who may read the investor, their status
 * derived from the commitments, overdue from the day after the due day in Asia/Almaty.
 */
const clock = new ManualClock('2026-09-07T10:00:00+05:00');
let server: TestServer;
let ab: GraphQLClient;
let nc: GraphQLClient;
let ncViewer: GraphQLClient;
let tf: GraphQLClient;
let almaty: GraphQLClient;
let turkistan: GraphQLClient;
let germany: GraphQLClient;
let china: GraphQLClient;
let provider: GraphQLClient;
let office: Record<string, string>;
let germanInvestor: string;
let almatyInvestor: string;
/** Owned by the National Company, with a project in Turkistan region (KZ-61): RO-KZ-61 reads it, RO-KZ-75 does not. */
let turkistanInvestor: string;
let turkistanProject: string;
let almatyProject: string;

const CREATE_PROJECT = 'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }';
const project = (title: string, regionCode: string, initiatorId: string) => ({
  kind: 'NEW',
  stage: 'PREPARATION',
  sectorCode: '10',
  isPublicPrivatePartnership: false,
  title,
  regionCode,
  investmentVolumeKzt: '1000000.00',
  initiatorId,
});

beforeAll(async () => {
  server = await startTestServer({ clock });
  [ab, nc, ncViewer, tf, almaty, turkistan, germany, china, provider] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('TF-KI'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('EMB-DE'),
    server.as('EMB-CN'),
    server.as('SP-VISA'),
  ]);
  office = await officeIdsByCode(nc);
  germanInvestor = await createInvestor(germany, 'Bayern Solar Parks AG', 'DE');
  almatyInvestor = await createInvestor(almaty, 'Alatau Dairy LLP', 'KZ');
  turkistanInvestor = await createInvestor(nc, 'Shymkent Cotton Processing JSC', 'KZ');
  turkistanProject = (await nc.ok(CREATE_PROJECT, { input: project('Cotton yarn plant', 'KZ-61', turkistanInvestor) })).createProject.id;
  almatyProject = (await almaty.ok(CREATE_PROJECT, { input: project('Dairy line', 'KZ-75', almatyInvestor) })).createProject.id;
});
afterAll(() => server.stop());

const commitment = (extra: Record<string, unknown> = {}) => ({
  description: 'Invest in phase 1',
  amountKzt: '1500000000.50',
  jobs: 120,
  dueOn: '2027-06-30',
  ...extra,
});
const agreementInput = (investorId: string, extra: Record<string, unknown> = {}) => ({
  kind: 'MEMORANDUM',
  title: 'Memorandum on a 100 MW solar park',
  investorId,
  signedOn: '2026-09-01',
  parties: ['Bayern Solar Parks AG', 'Embassy of Kazakhstan in Germany'],
  commitments: [commitment()],
  ...extra,
});

async function record(client: GraphQLClient, investorId: string, extra: Record<string, unknown> = {}) {
  return (await client.ok(RECORD_AGREEMENT, { input: agreementInput(investorId, extra) })).recordAgreement;
}

async function update(client: GraphQLClient, id: string, status: string, expectedVersion: number, note?: string) {
  return (await client.ok(UPDATE_COMMITMENT, { id, status, note, expectedVersion })).updateCommitment;
}

const agreementStatus = async (client: GraphQLClient, id: string): Promise<string> => (await client.ok(AGREEMENT, { id })).agreement.status;

describe('recordAgreement', () => {
  it("records an agreement with its commitments, exact amounts, the caller's office monitoring it", async () => {
    const a = await record(germany, germanInvestor, {
      commitments: [
        commitment(),
        commitment({ description: 'Create jobs', amountKzt: null, jobs: 350, dueOn: '2028-01-31' }),
        commitment({ description: 'Grid study', amountKzt: '0.01', jobs: null }),
      ],
    });
    expect(a).toMatchObject({
      kind: 'MEMORANDUM',
      title: 'Memorandum on a 100 MW solar park',
      signedOn: '2026-09-01',
      status: 'ACTIVE',
      investor: { id: germanInvestor },
      project: null,
      office: { id: office['EMB-DE'], code: 'EMB-DE' },
      version: 1,
    });
    expect(a.commitments.map(({ id: _id, ...c }: { id: string }) => c)).toEqual([
      { description: 'Invest in phase 1', amountKzt: '1500000000.50', jobs: 120, dueOn: '2027-06-30', status: 'OPEN', overdue: false },
      { description: 'Create jobs', amountKzt: null, jobs: 350, dueOn: '2028-01-31', status: 'OPEN', overdue: false },
      { description: 'Grid study', amountKzt: '0.01', jobs: null, dueOn: '2027-06-30', status: 'OPEN', overdue: false },
    ]);
  });

  it('takes a project the caller may read; one it may not read is NOT_FOUND, as a missing one', async () => {
    expect((await record(almaty, almatyInvestor, { projectId: almatyProject })).project).toEqual({ id: almatyProject });
    const hidden = await almaty.request(RECORD_AGREEMENT, { input: agreementInput(almatyInvestor, { projectId: turkistanProject }) });
    const missingId = randomUUID();
    const missing = await almaty.request(RECORD_AGREEMENT, { input: agreementInput(almatyInvestor, { projectId: missingId }) });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace(turkistanProject, '<id>')).toBe(missing.errors?.[0]?.message.replace(missingId, '<id>'));
  });

  it('is refused for an investor the caller may not read (NOT_FOUND, as a missing one), to a VIEWER and to a service provider', async () => {
    const hidden = await almaty.request(RECORD_AGREEMENT, { input: agreementInput(germanInvestor) });
    const missingId = randomUUID();
    const missing = await almaty.request(RECORD_AGREEMENT, { input: agreementInput(missingId) });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace(germanInvestor, '<id>')).toBe(missing.errors?.[0]?.message.replace(missingId, '<id>'));
    expect(await ncViewer.fails(RECORD_AGREEMENT, { input: agreementInput(germanInvestor) })).toBe('FORBIDDEN');
    expect(await provider.fails(RECORD_AGREEMENT, { input: agreementInput(germanInvestor) })).toBe('FORBIDDEN');
  });

  it.each([
    ['a negative amount', { commitments: [commitment({ amountKzt: '-1.00' })] }],
    ['an amount below a tiyn', { commitments: [commitment({ amountKzt: '10.005' })] }],
    ['an amount that is not a number', { commitments: [commitment({ amountKzt: 'lots' })] }],
    ['negative jobs', { commitments: [commitment({ jobs: -1 })] }],
    ['a commitment due before the signing', { commitments: [commitment({ dueOn: '2026-08-31' })] }],
    ['an empty commitment', { commitments: [commitment({ description: '  ' })] }],
    ['an empty title', { title: ' ' }],
    ['an empty party', { parties: ['Bayern Solar Parks AG', ' '] }],
    ['a malformed investor id', { investorId: 'bayern' }],
    ['a day that does not exist', { signedOn: '2026-02-29' }],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_case, extra) => {
    const before = (await germany.ok(AGREEMENTS, { filter: { investorId: germanInvestor } })).agreements.totalCount;
    expect(await germany.fails(RECORD_AGREEMENT, { input: agreementInput(germanInvestor, extra) })).toBe('BAD_USER_INPUT');
    expect((await germany.ok(AGREEMENTS, { filter: { investorId: germanInvestor } })).agreements.totalCount).toBe(before);
  });

  it('refuses a signing day in the future: today in Almaty is accepted, tomorrow is not', async () => {
    clock.set('2026-09-07T23:59:59+05:00');
    expect((await record(germany, germanInvestor, { signedOn: '2026-09-07', commitments: [] })).signedOn).toBe('2026-09-07');
    expect(await germany.fails(RECORD_AGREEMENT, { input: agreementInput(germanInvestor, { signedOn: '2026-09-08' }) })).toBe(
      'BAD_USER_INPUT',
    );
    clock.set('2026-09-08T00:00:00+05:00');
    expect((await record(germany, germanInvestor, { signedOn: '2026-09-08', commitments: [] })).signedOn).toBe('2026-09-08');
    clock.set('2026-09-07T10:00:00+05:00');
  });
});

describe('the agreement status table', () => {
  // BREACHED when any is MISSED, else FULFILLED when all are MET or WAIVED, else ACTIVE.
  it.each([
    [[], 'ACTIVE'],
    [['OPEN'], 'ACTIVE'],
    [['MET'], 'FULFILLED'],
    [['WAIVED'], 'FULFILLED'],
    [['MISSED'], 'BREACHED'],
    [['MET', 'OPEN'], 'ACTIVE'],
    [['MET', 'WAIVED', 'MET'], 'FULFILLED'],
    [['MET', 'MISSED', 'WAIVED'], 'BREACHED'],
    [['OPEN', 'MISSED'], 'BREACHED'],
    [['WAIVED', 'OPEN', 'WAIVED'], 'ACTIVE'],
  ])('commitments %j make the agreement %s', async (statuses, expected) => {
    const a = await record(germany, germanInvestor, { commitments: statuses.map((_, i) => commitment({ description: `Step ${i + 1}` })) });
    for (const [i, status] of (statuses as string[]).entries())
      if (status !== 'OPEN') await update(germany, a.commitments[i].id, status, 1);
    expect(await agreementStatus(germany, a.id)).toBe(expected);
    const { agreements } = await germany.ok(AGREEMENTS, { filter: { investorId: germanInvestor, status: expected } });
    expect(agreements.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(a.id);
  });

  it('follows every correction: missed, then set back to open, then met', async () => {
    const a = await record(germany, germanInvestor);
    const c = a.commitments[0];
    expect((await update(germany, c.id, 'MISSED', 1, 'No financing by the due day.')).version).toBe(2);
    expect(await agreementStatus(nc, a.id)).toBe('BREACHED');
    await update(germany, c.id, 'OPEN', 2);
    expect(await agreementStatus(nc, a.id)).toBe('ACTIVE');
    await update(germany, c.id, 'MET', 3);
    const { agreement } = await nc.ok(AGREEMENT, { id: a.id });
    expect(agreement).toMatchObject({ status: 'FULFILLED', version: 4 });
    // The note stays when a later update gives none.
    expect(agreement.commitments[0]).toMatchObject({ status: 'MET', note: 'No financing by the due day.', version: 4 });
  });
});

describe('updateCommitment', () => {
  it('a stale version is CONFLICT and changes nothing', async () => {
    const a = await record(germany, germanInvestor);
    const c = a.commitments[0];
    const events = (await changesOf(server, a.id)).length;
    expect(await update(germany, c.id, 'MET', 1, 'Paid in.')).toMatchObject({
      status: 'MET',
      note: 'Paid in.',
      overdue: false,
      version: 2,
    });
    const res = await germany.request(UPDATE_COMMITMENT, { id: c.id, status: 'MISSED', note: 'Wrong', expectedVersion: 1 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { agreement } = await germany.ok(AGREEMENT, { id: a.id });
    expect(agreement).toMatchObject({ status: 'FULFILLED', commitments: [{ status: 'MET', note: 'Paid in.', version: 2 }] });
    expect(await changesOf(server, a.id)).toHaveLength(events + 1);
  });

  it("is the recording office's and the investor's owner office's; other readers are FORBIDDEN, others NOT_FOUND", async () => {
    // Recorded by the National Company for the embassy's investor: both monitor it.
    const a = await record(nc, germanInvestor);
    const c = a.commitments[0];
    expect((await update(germany, c.id, 'MET', 1)).version).toBe(2);
    expect((await update(nc, c.id, 'OPEN', 2)).version).toBe(3);
    for (const client of [ab, tf])
      expect(await client.fails(UPDATE_COMMITMENT, { id: c.id, status: 'WAIVED', expectedVersion: 3 })).toBe('FORBIDDEN');
    expect(await ncViewer.fails(UPDATE_COMMITMENT, { id: c.id, status: 'WAIVED', expectedVersion: 3 })).toBe('FORBIDDEN');
    expect(await provider.fails(UPDATE_COMMITMENT, { id: c.id, status: 'WAIVED', expectedVersion: 3 })).toBe('FORBIDDEN');
    const hidden = await china.request(UPDATE_COMMITMENT, { id: c.id, status: 'WAIVED', expectedVersion: 3 });
    const missingId = randomUUID();
    const missing = await china.request(UPDATE_COMMITMENT, { id: missingId, status: 'WAIVED', expectedVersion: 3 });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(hidden.errors?.[0]?.message.replace(c.id, '<id>')).toBe(missing.errors?.[0]?.message.replace(missingId, '<id>'));
    expect(await germany.fails(UPDATE_COMMITMENT, { id: c.id, status: 'NOT_A_STATUS', expectedVersion: 3 })).toBe('BAD_USER_INPUT');
    expect((await nc.ok(AGREEMENT, { id: a.id })).agreement.commitments[0]).toMatchObject({ status: 'OPEN', version: 3 });
  });
});

describe('overdue', () => {
  it('a commitment is overdue from the day after its due day in Almaty, while OPEN', async () => {
    clock.set('2026-09-07T10:00:00+05:00');
    const a = await record(germany, germanInvestor, {
      commitments: [commitment({ dueOn: '2026-09-30' }), commitment({ description: 'Met early', dueOn: '2026-09-30' })],
    });
    await update(germany, a.commitments[1].id, 'MET', 1);
    const overdue = async () =>
      ((await germany.ok(AGREEMENT, { id: a.id })).agreement.commitments as { overdue: boolean }[]).map((c) => c.overdue);
    const inOverdueList = async (value: boolean) =>
      (
        (await germany.ok(AGREEMENTS, { filter: { investorId: germanInvestor, overdue: value }, first: 100 })).agreements.edges as {
          node: { id: string };
        }[]
      ).some((e) => e.node.id === a.id);
    clock.set('2026-09-30T23:59:59.999+05:00'); // the due day, to its last instant
    expect(await overdue()).toEqual([false, false]);
    expect(await inOverdueList(true)).toBe(false);
    expect(await inOverdueList(false)).toBe(true);
    clock.set('2026-10-01T00:00:00+05:00'); // the day after
    expect(await overdue()).toEqual([true, false]);
    expect(await inOverdueList(true)).toBe(true);
    expect(await inOverdueList(false)).toBe(false);
    const { agreements } = await germany.ok(AGREEMENTS, { filter: { investorId: germanInvestor, overdue: true }, first: 100 });
    expect(
      agreements.edges
        .find((e: { node: { id: string } }) => e.node.id === a.id)
        .node.commitments.map((c: { overdue: boolean }) => c.overdue),
    ).toEqual([true, false]);
    // Met late: no longer overdue.
    expect((await update(germany, a.commitments[0].id, 'MET', 1)).overdue).toBe(false);
    clock.set('2026-09-07T10:00:00+05:00');
  });

  it('the deadline sweeper records each commitment that became overdue once, as a change of its agreement', async () => {
    clock.set('2026-09-07T10:00:00+05:00');
    const sweep = () => server.irm.app.agreements.sweepOverdue(clock.now());
    const a = await record(nc, turkistanInvestor, {
      projectId: turkistanProject,
      commitments: [
        commitment({ dueOn: '2026-11-10' }),
        commitment({ description: 'Second', dueOn: '2026-11-10' }),
        commitment({ description: 'Later', dueOn: '2026-12-31' }),
      ],
    });
    await update(nc, a.commitments[1].id, 'WAIVED', 1);
    const overdueChanges = async () => (await changesOf(server, a.id)).filter((c) => c.changed_fields.includes('overdue'));
    clock.set('2026-11-10T23:59:59+05:00');
    await sweep();
    expect(await overdueChanges()).toEqual([]);
    clock.set('2026-11-11T00:00:01+05:00');
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    const changes = await overdueChanges();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      entity: 'AGREEMENT',
      action: 'UPDATED',
      changed_fields: ['commitments', 'overdue'],
      actor_id: null,
    });
    expect(changes[0]!.readers).toEqual(expect.arrayContaining(['NC-KI', 'RO-KZ-61', 'LEB-KZ-61']));
    expect(await sweep()).toBe(0);
    clock.set('2026-11-12T10:00:00+05:00');
    await sweep();
    expect(await overdueChanges()).toHaveLength(1);
    // The timer's sweep runs it too.
    clock.set('2027-01-01T00:00:01+05:00');
    const made = await server.sweep();
    expect(made.overdueCommitments).toBeGreaterThanOrEqual(1);
    expect(await overdueChanges()).toHaveLength(2);
    clock.set('2026-09-07T10:00:00+05:00');
  });
});

describe('who reads an agreement', () => {
  it('exactly those who may read the investor', async () => {
    const german = await record(germany, germanInvestor);
    const turkistanOne = await record(nc, turkistanInvestor, { title: 'Roadmap for the cotton yarn plant', kind: 'ROADMAP' });
    const reads = async (client: GraphQLClient, id: string) => {
      const res = await client.request(AGREEMENT, { id });
      return res.errors ? res.errors[0]!.extensions!.code : 'READ';
    };
    for (const client of [ab, nc, ncViewer, tf, germany]) expect(await reads(client, german.id)).toBe('READ');
    for (const client of [china, almaty, turkistan]) expect(await reads(client, german.id)).toBe('NOT_FOUND');
    expect(await reads(provider, german.id)).toBe('FORBIDDEN');
    for (const client of [ab, nc, turkistan]) expect(await reads(client, turkistanOne.id)).toBe('READ');
    for (const client of [almaty, germany, china]) expect(await reads(client, turkistanOne.id)).toBe('NOT_FOUND');
    // Lists and Investor.agreements apply the same rule; a filter by an investor out of scope finds nothing.
    expect((await china.ok(AGREEMENTS, { filter: { investorId: germanInvestor } })).agreements.totalCount).toBe(0);
    const ids = async (client: GraphQLClient) =>
      ((await client.ok(AGREEMENTS, { filter: { kind: 'ROADMAP' }, first: 100 })).agreements.edges as { node: { id: string } }[]).map(
        (e) => e.node.id,
      );
    expect(await ids(turkistan)).toContain(turkistanOne.id);
    expect(await ids(almaty)).not.toContain(turkistanOne.id);
    const { investor } = await turkistan.ok(`query($id: ID!) { investor(id: $id) { agreements { id kind title status } } }`, {
      id: turkistanInvestor,
    });
    expect(investor.agreements).toContainEqual({
      id: turkistanOne.id,
      kind: 'ROADMAP',
      title: 'Roadmap for the cotton yarn plant',
      status: 'ACTIVE',
    });
  });

  it('its change events go to the same offices: owner, country, regions of its projects, the recording office', async () => {
    const a = await record(nc, turkistanInvestor);
    const [created] = await changesOf(server, a.id);
    expect(created).toMatchObject({ entity: 'AGREEMENT', action: 'CREATED' });
    // Its investor's readers: the owner, the regional offices of its project's region, those who read everything.
    expect(created!.readers).toEqual(expect.arrayContaining(['AB-MFA', 'NC-KI', 'TF-KI', 'RO-KZ-61', 'LEB-KZ-61']));
    expect(created!.readers).not.toContain('RO-KZ-75');
    expect(created!.readers).not.toContain('EMB-DE');
    await update(nc, a.commitments[0].id, 'MISSED', 1);
    const [, updated] = await changesOf(server, a.id);
    expect(updated).toMatchObject({ action: 'UPDATED', changed_fields: ['commitments', 'status'] });
    const german = await record(germany, germanInvestor);
    const [germanCreated] = await changesOf(server, german.id);
    expect(germanCreated!.readers).toContain('EMB-DE');
    expect(germanCreated!.readers).not.toContain('EMB-CN');
    expect(germanCreated!.readers).not.toContain('RO-KZ-61');
  });

  it('filters by office, kind, project and status', async () => {
    const a = await record(almaty, almatyInvestor, { kind: 'INVESTMENT_AGREEMENT', projectId: almatyProject });
    const ids = async (filter: Record<string, unknown>) =>
      ((await almaty.ok(AGREEMENTS, { filter, first: 100 })).agreements.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(await ids({ officeId: office['RO-KZ-75'], kind: 'INVESTMENT_AGREEMENT' })).toEqual([a.id]);
    expect(await ids({ projectId: almatyProject, kind: 'INVESTMENT_AGREEMENT' })).toEqual([a.id]);
    expect(await ids({ projectId: almatyProject, kind: 'INVESTMENT_AGREEMENT', status: 'BREACHED' })).toEqual([]);
    expect(await almaty.fails(AGREEMENTS, { filter: { officeId: 'x' } })).toBe('BAD_USER_INPUT');
  });
});

describe('"Agreements signed" in the quarterly report', () => {
  it('counts the agreements the office recorded that were signed in the quarter', async () => {
    // 2021 Q2 for the embassy in Germany: no other test or demo record is there.
    for (const signedOn of ['2021-04-01', '2021-06-30', '2021-05-15']) await record(germany, germanInvestor, { signedOn, commitments: [] });
    for (const signedOn of ['2021-03-31', '2021-07-01']) await record(germany, germanInvestor, { signedOn, commitments: [] });
    await record(nc, germanInvestor, { signedOn: '2021-05-15', commitments: [] }); // another office
    const { submitQuarterlyReport } = await germany.ok(contract('SubmitQuarterlyReport'), { year: 2021, quarter: 2 });
    expect(submitQuarterlyReport.figures).toContainEqual({ name: 'agreements.signed', value: '3' });
    expect(submitQuarterlyReport.figures).toContainEqual({ name: 'events.held', value: '0' });
  });
});

describe('GET /reports/agreements.csv', () => {
  const download = (path: string, token?: string | null) =>
    fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it("gives agreement monitoring, one line per commitment, in the viewer's scope and with the list's filter", async () => {
    const investorId = await createInvestor(germany, 'CSV, "Quoted" GmbH', 'DE');
    const a = await record(germany, investorId, {
      title: 'Roadmap, phase "2"',
      commitments: [
        commitment({ amountKzt: '12345678901234.56' }),
        commitment({ description: 'Jobs', amountKzt: null, jobs: 40, dueOn: '2026-09-01' }),
      ],
    });
    await update(germany, a.commitments[1].id, 'MISSED', 1, 'Hiring\nfroze');
    const res = await download(`/reports/agreements.csv?investorId=${investorId}`, germany.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=agreements-2026-09-07.csv');
    const body = await res.text();
    expect(body).toBe(
      'agreement_id,kind,title,signed_on,agreement_status,investor,investor_country,office,commitment_no,commitment,amount_kzt,jobs,due_on,commitment_status,overdue,note\r\n' +
        `${a.id},MEMORANDUM,"Roadmap, phase ""2""",2026-09-01,BREACHED,"CSV, ""Quoted"" GmbH",DE,EMB-DE,1,Invest in phase 1,12345678901234.56,120,2027-06-30,OPEN,false,\r\n` +
        `${a.id},MEMORANDUM,"Roadmap, phase ""2""",2026-09-01,BREACHED,"CSV, ""Quoted"" GmbH",DE,EMB-DE,2,Jobs,,40,2026-09-01,MISSED,false,"Hiring\nfroze"\r\n`,
    );
    // The same filter as the list; another office's scope finds nothing.
    expect(
      (await (await download(`/reports/agreements.csv?investorId=${investorId}&status=ACTIVE`, germany.token)).text()).split('\r\n'),
    ).toHaveLength(2);
    expect(
      (await (await download(`/reports/agreements.csv?investorId=${investorId}&status=BREACHED&overdue=false`, nc.token)).text()).split(
        '\r\n',
      ),
    ).toHaveLength(4);
    expect((await (await download(`/reports/agreements.csv?investorId=${investorId}`, china.token)).text()).split('\r\n')).toHaveLength(2);
  });

  it('has the permissions of the agreements query', async () => {
    expect((await download('/reports/agreements.csv')).status).toBe(401);
    expect((await download('/reports/agreements.csv', provider.token)).status).toBe(403);
    expect((await download('/reports/agreements.csv', ncViewer.token)).status).toBe(200);
    for (const query of ['status=LATE', 'overdue=maybe', 'investorId=bayern', 'kind=TREATY']) {
      const res = await download(`/reports/agreements.csv?${query}`, germany.token);
      expect([res.status, ((await res.json()) as { error: { code: string } }).error.code]).toEqual([400, 'BAD_USER_INPUT']);
    }
  });
});

describe('demo data', () => {
  it('shows events awaiting decision and agreements with overdue commitments and one breached', async () => {
    // The demo is dated from the clock of the first server on the database: far enough ahead, every open commitment is overdue.
    clock.set('2100-01-01T10:00:00+05:00');
    const count = async (query: string, filter: Record<string, unknown>) =>
      Object.values(await nc.ok(query, { filter, first: 1 }))[0].totalCount as number;
    const { investmentEvents } = await nc.ok(
      `{ investmentEvents(first: 100, filter: { status: PROPOSED }) { edges { node { title organizer { code } } } } }`,
    );
    expect(investmentEvents.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(
      expect.arrayContaining([
        'Astana International Investment Forum',
        'Turkistan textile cluster round table',
        'Road show: Kazakhstan energy transition',
      ]),
    );
    expect(await count(contract('InvestmentEvents'), { status: 'REJECTED' })).toBeGreaterThanOrEqual(1);
    const breached = (await nc.ok(AGREEMENTS, { filter: { status: 'BREACHED' }, first: 100 })).agreements.edges as {
      node: { title: string };
    }[];
    expect(breached.map((e) => e.node.title)).toContain('Investment agreement on a gas-fired power plant');
    const overdue = (await nc.ok(AGREEMENTS, { filter: { overdue: true }, first: 100 })).agreements.edges as { node: { title: string } }[];
    expect(overdue.map((e) => e.node.title)).toEqual(
      expect.arrayContaining([
        'Memorandum on a polymer plant in SEZ Astana – New City',
        'Letter of intent on a wind farm in Jetisu region',
      ]),
    );
    expect(await count(AGREEMENTS, { status: 'FULFILLED' })).toBeGreaterThanOrEqual(1);
    clock.set('2026-09-07T10:00:00+05:00');
  });
});
