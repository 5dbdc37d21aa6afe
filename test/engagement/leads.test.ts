import { randomUUID } from 'node:crypto';
import { addCalendarDays, todayInAlmaty } from '../../src/calendar/almaty-time';
import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { changeEventsOf, createLead, createProjectOf, meId, officeIdOf, record } from './fixtures';

let server: TestServer;
let germany: GraphQLClient;
let china: GraphQLClient;
let nc: GraphQLClient;
let almaty: GraphQLClient;
let provider: GraphQLClient;
let admin: GraphQLClient;
let germanyViewer: GraphQLClient;
const people: Record<string, string> = {};
const today = todayInAlmaty(new Date());

async function createPerson(role: string, officeCode: string): Promise<{ id: string; email: string }> {
  const email = `lead-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@irm.test`;
  const input = {
    email,
    name: `${role} of ${officeCode}`,
    role,
    password: 'engagement-pass-1',
    officeId: await officeIdOf(server, officeCode),
  };
  return { id: (await admin.ok(contract('CreateUser'), { input })).createUser.id, email };
}

beforeAll(async () => {
  server = await startTestServer();
  [germany, china, nc, almaty, provider, admin] = await Promise.all([
    server.as('EMB-DE'),
    server.as('EMB-CN'),
    server.as('NC-KI'),
    server.as('RO-KZ-75'),
    server.as('SP-VISA'),
    server.as('AB-MFA', 'ADMIN'),
  ]);
  const viewer = await createPerson('VIEWER', 'EMB-DE');
  germanyViewer = await server.login(viewer.email, 'engagement-pass-1');
  people.viewer = viewer.id;
  people.germanAdmin = (await createPerson('ADMIN', 'EMB-DE')).id;
  people.gone = (await createPerson('OFFICER', 'EMB-DE')).id;
  await admin.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: people.gone });
  people.dana = await meId(germany);
  people.daniyar = await meId(nc);
  // Server start, migrations and demo data on a fresh embedded database are slow on a busy machine.
}, 120_000);
afterAll(() => server.stop());

describe('assignAccountManager', () => {
  it('names an active OFFICER or ADMIN of the owner office, by that office', async () => {
    const lead = await createLead(germany, 'DE');
    const { assignAccountManager } = await germany.ok(contract('AssignAccountManager'), { investorId: lead.id, userId: people.dana });
    expect(assignAccountManager).toMatchObject({
      id: lead.id,
      version: 2,
      accountManager: { id: people.dana, email: 'dana.kassymova@irm.demo', office: { code: 'EMB-DE' } },
    });
    const again = await germany.ok(contract('AssignAccountManager'), { investorId: lead.id, userId: people.germanAdmin });
    expect(again.assignAccountManager).toMatchObject({ version: 3, accountManager: { id: people.germanAdmin } });
    const events = await changeEventsOf(server, lead.id);
    expect(events.at(-1)).toMatchObject({ action: 'UPDATED', changed_fields: ['accountManager'] });
    expect(events.at(-1)!.readers).toContain('EMB-DE');
  });

  it('is FORBIDDEN to those who read but may not write the investor, NOT_FOUND to those who may not read it', async () => {
    const lead = await createLead(germany, 'DE');
    const assign = (client: GraphQLClient, userId = people.dana) =>
      client.fails(contract('AssignAccountManager'), { investorId: lead.id, userId });
    expect(await assign(nc)).toBe('FORBIDDEN');
    expect(await assign(germanyViewer)).toBe('FORBIDDEN');
    expect(await assign(provider)).toBe('FORBIDDEN');
    expect(await assign(china)).toBe('NOT_FOUND');
    expect(await assign(almaty)).toBe('NOT_FOUND');
    await createProjectOf(nc, lead.id, 'KZ-75');
    expect(await assign(almaty)).toBe('FORBIDDEN');
  });

  it.each([
    ['an OFFICER of another office', 'daniyar'],
    ['a VIEWER of the owner office', 'viewer'],
    ['a deactivated OFFICER of the owner office', 'gone'],
  ])('refuses %s with BAD_USER_INPUT', async (_case, who) => {
    const lead = await createLead(germany, 'DE');
    expect(await germany.fails(contract('AssignAccountManager'), { investorId: lead.id, userId: people[who] })).toBe('BAD_USER_INPUT');
    const { investor } = await germany.ok('query($id: ID!) { investor(id: $id) { version accountManager { id } } }', { id: lead.id });
    expect(investor).toEqual({ version: 1, accountManager: null });
  });

  it('is cleared when the lead is handed over to another office', async () => {
    const lead = await createLead(germany, 'DE');
    await germany.ok(contract('AssignAccountManager'), { investorId: lead.id, userId: people.dana });
    const { updateInvestor } = await germany.ok(contract('UpdateInvestor'), {
      id: lead.id,
      expectedVersion: 2,
      input: { ownerOfficeId: await officeIdOf(server, 'NC-KI') },
    });
    expect(updateInvestor.version).toBe(3);
    expect(
      (await nc.ok('query($id: ID!) { investor(id: $id) { accountManager { id } } }', { id: lead.id })).investor.accountManager,
    ).toBeNull();
    expect((await changeEventsOf(server, lead.id)).at(-1)!.changed_fields).toEqual(['ownerOfficeId', 'accountManager']);
  });

  it('refuses an unknown person (NOT_FOUND) and a malformed id (BAD_USER_INPUT)', async () => {
    const lead = await createLead(germany, 'DE');
    expect(await germany.fails(contract('AssignAccountManager'), { investorId: lead.id, userId: randomUUID() })).toBe('NOT_FOUND');
    expect(await germany.fails(contract('AssignAccountManager'), { investorId: lead.id, userId: 'nobody' })).toBe('BAD_USER_INPUT');
    expect(await germany.fails(contract('AssignAccountManager'), { investorId: randomUUID(), userId: people.dana })).toBe('NOT_FOUND');
  });
});

describe('statusHistory', () => {
  const history = async (id: string) =>
    (await nc.ok('query($id: ID!) { investor(id: $id) { statusHistory { status at actor { id } } } }', { id })).investor.statusHistory as {
      status: string;
      at: string;
      actor: { id: string } | null;
    }[];

  it('starts with the status at creation and keeps every change with who made it, oldest first', async () => {
    const lead = await createLead(germany, 'DE', { status: 'ENGAGED' });
    expect(await history(lead.id)).toEqual([{ status: 'ENGAGED', at: expect.any(String), actor: { id: people.dana } }]);
    await germany.ok(contract('UpdateInvestor'), { id: lead.id, expectedVersion: 1, input: { name: 'Renamed lead' } });
    expect(await history(lead.id)).toHaveLength(1);
    await germany.ok(contract('UpdateInvestor'), { id: lead.id, expectedVersion: 2, input: { status: 'COMMITTED' } });
    await germany.ok(contract('UpdateInvestor'), { id: lead.id, expectedVersion: 3, input: { status: 'ACTIVE', notes: 'Plant opened' } });
    const h = await history(lead.id);
    expect(h.map((s) => s.status)).toEqual(['ENGAGED', 'COMMITTED', 'ACTIVE']);
    expect(h.every((s) => s.actor?.id === people.dana)).toBe(true);
    expect([...h.map((s) => s.at)].sort()).toEqual(h.map((s) => s.at));
    // A stale update changes nothing, so it records nothing.
    expect(await germany.fails(contract('UpdateInvestor'), { id: lead.id, expectedVersion: 1, input: { status: 'LOST' } })).toBe(
      'CONFLICT',
    );
    expect(await history(lead.id)).toHaveLength(3);
  });

  it('records a change made by any writer, even outside IRM (with no actor)', async () => {
    const lead = await createLead(germany, 'DE');
    await server.irm.dataSource.query(`UPDATE investor SET status = 'LOST' WHERE id = $1`, [lead.id]);
    expect((await history(lead.id)).map((s) => [s.status, s.actor?.id ?? null])).toEqual([
      ['LEAD', people.dana],
      ['LOST', null],
    ]);
  });
});

describe('the pipeline', () => {
  let anchor: string;
  let multinational: string;
  let overdue: string;
  let overdueFollowUp: string;

  beforeAll(async () => {
    anchor = (await createLead(germany, 'DE', { isAnchor: true })).id;
    multinational = (await createLead(germany, 'DE', { isMultinational: true })).id;
    overdue = (await createLead(germany, 'DE')).id;
    await germany.ok(contract('AssignAccountManager'), { investorId: anchor, userId: people.germanAdmin });
    await record(germany, {
      investorId: overdue,
      occurredOn: addCalendarDays(today, -10),
      followUp: { action: 'Late reply', dueOn: addCalendarDays(today, -2) },
    });
    const r = await record(germany, {
      investorId: overdue,
      occurredOn: addCalendarDays(today, -1),
      followUp: { action: 'Due later', dueOn: addCalendarDays(today, 5) },
    });
    overdueFollowUp = r.followUp!.id;
  });

  const ids = async (filter: Record<string, unknown>, client = germany) => {
    const { investors } = await client.ok(contract('InvestorPipeline'), { filter, first: 100 });
    return { total: investors.totalCount as number, ids: investors.edges.map((e: { node: { id: string } }) => e.node.id) as string[] };
  };

  it('filters by anchor, multinational and account manager', async () => {
    expect((await ids({ isAnchor: true })).ids).toContain(anchor);
    expect((await ids({ isAnchor: true })).ids).not.toContain(multinational);
    expect((await ids({ isAnchor: false })).ids).toContain(multinational);
    expect((await ids({ isMultinational: true })).ids).toContain(multinational);
    expect((await ids({ isMultinational: true })).ids).not.toContain(anchor);
    const managed = (await germany.ok(contract('InvestorPipeline'), { filter: { accountManagerId: people.germanAdmin }, first: 100 }))
      .investors;
    expect(managed.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(anchor);
    expect(managed.edges.every((e: { node: { accountManager: { id: string } } }) => e.node.accountManager.id === people.germanAdmin)).toBe(
      true,
    );
    expect((await ids({ accountManagerId: randomUUID() })).total).toBe(0);
  });

  it('shows the last interaction and the open follow-ups, and filters by an overdue one with an exact total', async () => {
    const { investors } = await germany.ok(contract('InvestorPipeline'), { filter: { followUpOverdue: true }, first: 100 });
    const node = investors.edges.find((e: { node: { id: string } }) => e.node.id === overdue).node;
    expect(node.lastInteractionOn).toBe(addCalendarDays(today, -1));
    expect(node.openFollowUps.map((f: { action: string; overdue: boolean }) => [f.action, f.overdue])).toEqual([
      ['Late reply', true],
      ['Due later', false],
    ]);
    expect((await ids({ followUpOverdue: false })).ids).not.toContain(overdue);
    expect((await ids({ followUpOverdue: true }, china)).ids).not.toContain(overdue);
    // Completing the overdue one changes the (cached) total at once.
    const before = await ids({ followUpOverdue: true });
    const late = node.openFollowUps.find((f: { overdue: boolean }) => f.overdue).id;
    await germany.ok(contract('CompleteFollowUp'), { id: late });
    const after = await ids({ followUpOverdue: true });
    expect(after.total).toBe(before.total - 1);
    expect(after.ids).not.toContain(overdue);
    expect(overdueFollowUp).toBeTruthy();
  });

  it('costs a bounded number of SQL statements whatever the page size', async () => {
    const count = async (first: number) => {
      const res = await nc.request(contract('InvestorPipeline'), { first });
      expect(res.errors).toBeUndefined();
      return res.extensions?.sqlStatements;
    };
    // At most: viewer, page, count, account managers, status histories, their actors, last interactions, open follow-ups.
    expect(await count(50)).toBeLessThanOrEqual(8);
    expect(await count(100)).toBeLessThanOrEqual(8);
  });

  it('downloads as CSV with the same filter, permission and scope', async () => {
    const download = (query: string, client: GraphQLClient | null) =>
      fetch(`${server.url}/investors/pipeline.csv${query}`, { headers: client?.token ? { authorization: `Bearer ${client.token}` } : {} });
    const res = await download(`?accountManagerId=${people.germanAdmin}&isAnchor=true`, germany);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe(
      'investor_id,name,country_code,status,is_anchor,is_multinational,owner_office,account_manager,last_interaction_on,open_follow_ups,overdue_follow_ups,next_follow_up_due_on',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^${anchor},Engagement [0-9a-f]{8},DE,LEAD,true,false,EMB-DE,lead-admin-.*@irm.test,,0,0,$`));
    const all = await (await download('', germany)).text();
    expect(all).toContain(overdue);
    expect(await (await download('', china)).text()).not.toContain(overdue);
    expect((await download('?followUpOverdue=maybe', germany)).status).toBe(400);
    expect((await download('?colour=red', germany)).status).toBe(400);
    expect((await download('?accountManagerId=x', germany)).status).toBe(400);
    expect((await download('', null)).status).toBe(401);
    expect((await download('', provider)).status).toBe(403);
  });
});

describe('demo data', () => {
  it('shows interactions, overdue follow-ups and account managers at once', async () => {
    const { interactions } = await nc.ok(contract('Interactions'), { first: 1 });
    expect(interactions.totalCount).toBeGreaterThan(0);
    const demo = await nc.ok(contract('InvestorPipeline'), {
      filter: { followUpOverdue: true, accountManagerId: await meId(germany) },
      first: 10,
    });
    expect(demo.investors.totalCount).toBeGreaterThan(0);
  });
});
