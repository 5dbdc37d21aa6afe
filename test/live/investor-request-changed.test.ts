import { contract } from '../support/contract';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { ANSWER, createInvestor, officeIdsByCode, submit } from '../requests/requests-support';
import { sleep } from './fixtures';
import { LiveClient, listeners, subscribersReach } from './live-client';

let server: TestServer;
let china: GraphQLClient;
let germany: GraphQLClient;
const open: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [china, germany] = await Promise.all([server.as('EMB-CN'), server.as('EMB-DE')]);
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.dispose()));
  await server.stop();
});

interface RequestChange {
  investorRequestChanged: { cursor: string; action: string; request: { id: string; status: string; assignedOffice: { code: string } } };
}

describe('investorRequestChanged', () => {
  it('delivers request changes to the offices in scope, with the request as it is now', async () => {
    const offices = await officeIdsByCode(china);
    const before = listeners(server);
    const ownLive = new LiveClient(server, china.token);
    const otherLive = new LiveClient(server, germany.token);
    open.push(ownLive, otherLive);
    const own = ownLive.subscribe<RequestChange>(contract('InvestorRequestChanged'), { filter: { officeIds: [offices['EMB-CN']] } });
    const other = otherLive.subscribe<RequestChange>(contract('InvestorRequestChanged'));
    await subscribersReach(server, before + 2);

    const investorId = await createInvestor(china, 'Live request investor', 'CN');
    const request = await submit(china, { investorId });
    await china.ok(ANSWER, { id: request.id, answer: 'Answered.' });

    const seen = await own.received(2);
    expect(seen.map((d) => [d.investorRequestChanged.action, d.investorRequestChanged.request.id])).toEqual([
      ['CREATED', request.id],
      ['UPDATED', request.id],
    ]);
    expect(seen[1].investorRequestChanged.request).toMatchObject({ status: 'ANSWERED', assignedOffice: { code: 'EMB-CN' } });
    await sleep(200);
    expect(other.data).toEqual([]);
  });
});
