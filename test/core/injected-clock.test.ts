import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { CalendarService } from '../../src/calendar/calendar.service';
import type { CalendarRepository } from '../../src/calendar/calendar.repository';

// Business times come from the injected clock, never from the system's (issue 8 drift).

describe('the calendar copy', () => {
  const clock = new ManualClock('2026-03-02T10:00:00+05:00');
  let loads = 0;
  const repository = {
    loadData: async () => {
      loads += 1;
      return { holidays: [], kurbanAit: [], transfers: [] };
    },
  } as unknown as CalendarRepository;
  const calendar = new CalendarService(repository, clock);

  it('is read again once a minute has passed on the injected clock, or when the clock went back', async () => {
    await calendar.current();
    expect(loads).toBe(1);
    clock.advance(59_999);
    await calendar.current();
    expect(loads).toBe(1);
    clock.advance(1);
    await calendar.current();
    expect(loads).toBe(2);
    clock.advance(-1);
    await calendar.current();
    expect(loads).toBe(3);
    await calendar.current();
    expect(loads).toBe(3);
  });
});

describe('an investor update', () => {
  const clock = new ManualClock('2026-03-02T10:00:00+05:00');
  let server: TestServer;
  let china: GraphQLClient;

  beforeAll(async () => {
    server = await startTestServer({ clock });
    china = await server.as('EMB-CN');
  });
  afterAll(() => server.stop());

  it('is stamped with the injected clock', async () => {
    const input = { name: 'Anhui Clock Parts', origin: 'FOREIGN', countryCode: 'CN', sectorCodes: ['27'] };
    const { createInvestor } = await china.ok(contract('CreateInvestor'), { input });
    clock.set('2031-05-06T07:08:09.123Z');
    const { updateInvestor } = await china.ok(contract('UpdateInvestor'), {
      id: createInvestor.id,
      expectedVersion: 1,
      input: { sectorCodes: ['24'] },
    });
    expect(updateInvestor).toMatchObject({ version: 2, updatedAt: '2031-05-06T07:08:09.123Z' });
  });
});
