import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { ANSWER, FORWARD, GET, LIST, SUBMIT, createInvestor, officeIdsByCode, submit } from './requests-support';

const clock = new ManualClock('2026-06-15T10:00:00+05:00');
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
let server: TestServer;
let c: Record<'admin' | 'nc' | 'ncViewer' | 'tf' | 'ro75' | 'ro61' | 'embCn' | 'embDe' | 'sp', GraphQLClient>;
let office: Record<string, string>;
let cnInvestor: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  const [admin, nc, ncViewer, tf, ro75, ro61, embCn, embDe, sp] = await Promise.all([
    server.as('AB-MFA', 'ADMIN'),
    server.as('NC-KI'),
    server.as('NC-KI', 'VIEWER'),
    server.as('TF-KI'),
    server.as('RO-KZ-75'),
    server.as('RO-KZ-61'),
    server.as('EMB-CN'),
    server.as('EMB-DE'),
    server.as('SP-VISA'),
  ]);
  c = { admin, nc, ncViewer, tf, ro75, ro61, embCn, embDe, sp };
  office = await officeIdsByCode(nc);
  cnInvestor = await createInvestor(embCn, 'Harbin Agro Machinery', 'CN');
});
afterAll(() => server.stop());

const input = (fields: Record<string, unknown> = {}) => ({
  input: { investorId: cnInvestor, kind: 'OTHER', subject: 'Visa questions', ...fields },
});

describe('who may submit', () => {
  it('OFFICERs and ADMINs of offices that can read the investor', async () => {
    for (const who of ['embCn', 'nc', 'tf', 'admin'] as const) {
      const r = await submit(c[who], { investorId: cnInvestor });
      expect(r.status).toBe('OPEN');
    }
  });

  it('not VIEWERs, service providers or the anonymous', async () => {
    expect(await c.ncViewer.fails(SUBMIT, input())).toBe('FORBIDDEN');
    expect(await c.sp.fails(SUBMIT, input())).toBe('FORBIDDEN');
    expect(await server.anonymous.fails(SUBMIT, input())).toBe('UNAUTHENTICATED');
  });

  it('not offices that cannot read the investor', async () => {
    expect(await c.embDe.fails(SUBMIT, input())).toBe('NOT_FOUND');
    expect(await c.ro61.fails(SUBMIT, input())).toBe('NOT_FOUND');
    expect(await c.ro61.fails(SUBMIT, input({ assignedOfficeId: office['RO-KZ-61'] }))).toBe('NOT_FOUND');
  });
});

describe('who may read', () => {
  let id: string;
  beforeAll(async () => {
    id = (await submit(c.embCn, { investorId: cnInvestor, assignedOfficeId: office['RO-KZ-75'] })).id;
  });

  it('the offices that read the investor, and the assigned office', async () => {
    for (const who of ['embCn', 'nc', 'ncViewer', 'tf', 'admin', 'ro75'] as const) {
      expect((await c[who].ok(GET, { id })).investorRequest.id).toBe(id);
      const { investorRequests } = await c[who].ok(LIST, { filter: { assignedOfficeId: office['RO-KZ-75'] }, first: 100 });
      expect(investorRequests.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    }
  });

  it('by investor only for offices that read the investor (issue 7, defect 8)', async () => {
    const listed = async (who: 'embCn' | 'ro75') =>
      (await c[who].ok(LIST, { filter: { investorId: cnInvestor }, first: 100 })).investorRequests.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await listed('embCn')).toContain(id);
    expect(await listed('ro75')).toEqual([]);
  });

  it('not other offices, service providers or the anonymous', async () => {
    for (const who of ['embDe', 'ro61'] as const) {
      expect(await c[who].fails(GET, { id })).toBe('NOT_FOUND');
      expect((await c[who].ok(LIST, { filter: { investorId: cnInvestor } })).investorRequests.totalCount).toBe(0);
    }
    expect(await c.sp.fails(GET, { id })).toBe('FORBIDDEN');
    expect(await c.sp.fails(LIST, {})).toBe('FORBIDDEN');
    expect(await server.anonymous.fails(LIST, {})).toBe('UNAUTHENTICATED');
    expect(await c.nc.fails(GET, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');
    expect(await c.nc.fails(GET, { id: UNKNOWN_ID })).toBe('NOT_FOUND');
  });
});

describe('who may answer and forward', () => {
  it('only OFFICERs and ADMINs of the assigned office', async () => {
    const r = await submit(c.embCn, { investorId: cnInvestor });
    for (const who of ['nc', 'admin', 'tf'] as const) {
      expect(await c[who].fails(ANSWER, { id: r.id, answer: 'x' })).toBe('FORBIDDEN');
      expect(await c[who].fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-61'] })).toBe('FORBIDDEN');
    }
    // Offices that may not read the request: it looks absent (issue 7, defect 8).
    for (const who of ['embDe', 'ro75'] as const) {
      expect(await c[who].fails(ANSWER, { id: r.id, answer: 'x' })).toBe('NOT_FOUND');
      expect(await c[who].fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-61'] })).toBe('NOT_FOUND');
    }
    for (const who of ['ncViewer', 'sp'] as const) {
      expect(await c[who].fails(ANSWER, { id: r.id, answer: 'x' })).toBe('FORBIDDEN');
      expect(await c[who].fails(FORWARD, { id: r.id, toOfficeId: office['RO-KZ-61'] })).toBe('FORBIDDEN');
    }
    expect(await server.anonymous.fails(ANSWER, { id: r.id, answer: 'x' })).toBe('UNAUTHENTICATED');
    expect((await c.embCn.ok(GET, { id: r.id })).investorRequest).toMatchObject({ status: 'OPEN', handoffs: [] });
    expect((await c.embCn.ok(ANSWER, { id: r.id, answer: 'Done.' })).answerInvestorRequest.status).toBe('ANSWERED');
  });

  it('an ADMIN of the assigned office too', async () => {
    const r = await submit(c.admin, { investorId: cnInvestor });
    expect((await c.admin.ok(FORWARD, { id: r.id, toOfficeId: office['NC-KI'] })).forwardInvestorRequest.assignedOffice.code).toBe('NC-KI');
    expect((await c.nc.ok(ANSWER, { id: r.id, answer: 'Done.' })).answerInvestorRequest.answeredOnTime).toBe(true);
  });

  it('an unknown request is NOT_FOUND and a malformed id BAD_USER_INPUT', async () => {
    expect(await c.nc.fails(ANSWER, { id: UNKNOWN_ID, answer: 'x' })).toBe('NOT_FOUND');
    expect(await c.nc.fails(FORWARD, { id: UNKNOWN_ID, toOfficeId: office['RO-KZ-61'] })).toBe('NOT_FOUND');
    expect(await c.nc.fails(ANSWER, { id: 'nope', answer: 'x' })).toBe('BAD_USER_INPUT');
  });
});

describe('bad input', () => {
  it('is BAD_USER_INPUT and records nothing', async () => {
    const before = (await c.nc.ok(LIST, { filter: { investorId: cnInvestor } })).investorRequests.totalCount;
    expect(await c.embCn.fails(SUBMIT, input({ subject: '' }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ subject: 'x'.repeat(501) }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ body: 'x'.repeat(20001) }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ kind: 'GOSSIP' }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ investorId: 'nope' }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ assignedOfficeId: office['SP-VISA'] }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ assignedOfficeId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    expect(await c.embCn.fails(SUBMIT, input({ receivedAt: '2026-06-15T10:00:01+05:00' }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ receivedAt: '2026-06-15' }))).toBe('BAD_USER_INPUT');
    // Before Resolution 585 took effect there was no answer term.
    expect(await c.embCn.fails(SUBMIT, input({ receivedAt: '2019-01-10T10:00:00+06:00' }))).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(SUBMIT, input({ investorId: UNKNOWN_ID }))).toBe('NOT_FOUND');
    const r = await submit(c.embCn, { investorId: cnInvestor });
    expect(await c.embCn.fails(ANSWER, { id: r.id, answer: '' })).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(ANSWER, { id: r.id, answer: 'x', at: 'yesterday' })).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(LIST, { filter: { assignedOfficeId: 'EMB-CN' } })).toBe('BAD_USER_INPUT');
    expect(await c.embCn.fails(LIST, { first: 101 })).toBe('BAD_USER_INPUT');
    expect((await c.nc.ok(LIST, { filter: { investorId: cnInvestor } })).investorRequests.totalCount).toBe(before + 1);
  });
});
