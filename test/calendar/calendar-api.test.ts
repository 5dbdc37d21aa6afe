import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';

const IS_WORKING_DAY = `query($on: Date!) { isWorkingDay(on: $on) }`;
const DAYS_OFF = `query($year: Int!) { daysOff(year: $year) { date reason } }`;
const KURBAN_AIT = `{ calendarKurbanAit { year date source } }`;
const TRANSFERS = `query($year: Int) { calendarDayTransfers(year: $year) { workedOn dayOff source verified } }`;
const SET_KURBAN_AIT = `mutation($year: Int!, $date: Date!, $source: String!) { setKurbanAit(year: $year, date: $date, source: $source) { year date source } }`;
const ADD_TRANSFER = `mutation($workedOn: Date!, $dayOff: Date!, $source: String!) {
  addDayTransfer(workedOn: $workedOn, dayOff: $dayOff, source: $source) { workedOn dayOff source verified } }`;
const REMOVE_TRANSFER = `mutation($workedOn: Date!) { removeDayTransfer(workedOn: $workedOn) { workedOn dayOff } }`;
const SOURCE = 'Order of the Minister of Labour (test)';

// Fri 20 Jun 2098, 10:00 in Almaty: far from any seeded calendar fact, so the transfers below are alone.
const clock = new ManualClock('2098-06-20T10:00:00+05:00');
let server: TestServer;
let nc: GraphQLClient;
let admin: GraphQLClient;

beforeAll(async () => {
  server = await startTestServer({ clock });
  [nc, admin] = await Promise.all([server.as('NC-KI'), server.as('AB-MFA', 'ADMIN')]);
});
afterAll(() => server.stop());

const addWorkingDays = async (from: string, days: number): Promise<string> =>
  (await nc.ok(contract('WorkingDays'), { from, days })).addWorkingDays;
const isWorkingDay = async (on: string): Promise<boolean> => (await nc.ok(IS_WORKING_DAY, { on })).isWorkingDay;

describe('working-day questions', () => {
  it('counts working days over the 2026 Nauryz block and its two moved days (official example)', async () => {
    // Sat 21, Sun 22 and Mon 23 Mar are Nauryz; the weekend ones move to Tue 24 and Wed 25.
    expect(await addWorkingDays('2026-03-20', 1)).toBe('2026-03-26');
    expect(await addWorkingDays('2026-03-20', 5)).toBe('2026-04-01');
    expect(await addWorkingDays('2026-03-21', 0)).toBe('2026-03-26');
    expect(await addWorkingDays('2026-03-26', 0)).toBe('2026-03-26');
  });

  it('answers whether a day is a working day, with transfers and non-moving days', async () => {
    expect(await isWorkingDay('2026-03-24')).toBe(false); // moved Nauryz
    expect(await isWorkingDay('2026-03-26')).toBe(true);
    expect(await isWorkingDay('2025-01-05')).toBe(true); // Sunday worked (Order No. 436)
    expect(await isWorkingDay('2025-01-03')).toBe(false); // its day off
    expect(await isWorkingDay('2024-06-17')).toBe(true); // Kurban Ait on Sun 16 Jun 2024 does not move
    expect(await isWorkingDay('2022-10-24')).toBe(false); // transfer around the restored 25 Oct
  });

  it('lists the weekday days off of a year with their reasons', async () => {
    const { daysOff } = await nc.ok(DAYS_OFF, { year: 2026 });
    const byDate = new Map<string, string>(daysOff.map((d: { date: string; reason: string }) => [d.date, d.reason]));
    expect(byDate.get('2026-03-09')).toMatch(/moved holiday: International Women's Day/);
    expect(byDate.get('2026-03-23')).toMatch(/holiday: Nauryz/);
    expect(byDate.get('2026-03-25')).toMatch(/moved holiday: Nauryz/);
    expect(byDate.get('2026-05-27')).toMatch(/Kurban Ait/);
    expect(byDate.get('2026-10-26')).toMatch(/moved holiday: Republic Day/);
    expect(byDate.has('2026-12-17')).toBe(false); // not a holiday since 2022
    expect(daysOff.map((d: { date: string }) => d.date)).toEqual([...byDate.keys()].sort());
  });

  it('lists the stored Kurban Ait days and day transfers', async () => {
    const { calendarKurbanAit } = await nc.ok(KURBAN_AIT);
    expect(calendarKurbanAit.find((k: { year: number }) => k.year === 2026)).toMatchObject({ date: '2026-05-27' });
    expect((await nc.ok(TRANSFERS, { year: 2025 })).calendarDayTransfers).toEqual([
      expect.objectContaining({ workedOn: '2025-01-05', dayOff: '2025-01-03', verified: true }),
    ]);
    const all = (await nc.ok(TRANSFERS, {})).calendarDayTransfers.map((t: { workedOn: string }) => t.workedOn);
    expect(all).toEqual([...all].sort());
    expect(all).toContain('2018-03-03');
  });

  it('refuses bad input and anonymous callers', async () => {
    expect(await nc.fails(contract('WorkingDays'), { from: '2026-03-20', days: -1 })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('WorkingDays'), { from: '2026-03-20', days: 3651 })).toBe('BAD_USER_INPUT');
    expect(await addWorkingDays('2026-03-20', 3650)).toMatch(/^20[34]\d-\d\d-\d\d$/);
    expect(await nc.fails(contract('WorkingDays'), { from: '2026-02-30', days: 1 })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('WorkingDays'), { from: '1850-01-01', days: 1 })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(IS_WORKING_DAY, { on: '9999-12-31' })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(DAYS_OFF, { year: 12000 })).toBe('BAD_USER_INPUT');
    expect(await server.anonymous.fails(contract('WorkingDays'), { from: '2026-03-20', days: 1 })).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(IS_WORKING_DAY, { on: '2026-03-20' })).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(DAYS_OFF, { year: 2026 })).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(KURBAN_AIT)).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(TRANSFERS, {})).toBe('UNAUTHENTICATED');
  });
});

describe('extending the calendar (ADMIN of the authorized body)', () => {
  it("sets and corrects a year's Kurban Ait, and the calendar follows at once", async () => {
    expect(await isWorkingDay('2099-06-10')).toBe(true);
    const set = await admin.ok(SET_KURBAN_AIT, { year: 2099, date: '2099-06-10', source: SOURCE });
    expect(set.setKurbanAit).toEqual({ year: 2099, date: '2099-06-10', source: SOURCE });
    expect(await isWorkingDay('2099-06-10')).toBe(false);
    await admin.ok(SET_KURBAN_AIT, { year: 2099, date: '2099-06-11', source: SOURCE });
    expect(await isWorkingDay('2099-06-10')).toBe(true);
    expect(await isWorkingDay('2099-06-11')).toBe(false);
    const { calendarKurbanAit } = await nc.ok(KURBAN_AIT);
    expect(calendarKurbanAit.filter((k: { year: number }) => k.year === 2099)).toEqual([
      { year: 2099, date: '2099-06-11', source: SOURCE },
    ]);
  });

  it('moves a deadline computed after a new transfer, and back when it is removed', async () => {
    const { investors } = await nc.ok(`{ investors(first: 1) { edges { node { id } } } }`);
    const submit = (receivedAt: string) =>
      nc.ok(contract('SubmitInvestorRequest'), {
        input: { investorId: investors.edges[0].node.id, kind: 'INFORMATION', subject: 'Calendar follow-up', receivedAt },
      });
    // Received Fri 20 Jun 2098: five working days end on Fri 27 Jun.
    expect(await addWorkingDays('2098-06-20', 1)).toBe('2098-06-23');
    expect((await submit('2098-06-20T09:00:00+05:00')).submitInvestorRequest.dueAt).toBe('2098-06-27T18:59:59.999Z');

    // Sat 14 Jun worked, Mon 23 Jun off.
    const added = await admin.ok(ADD_TRANSFER, { workedOn: '2098-06-14', dayOff: '2098-06-23', source: SOURCE });
    expect(added.addDayTransfer).toEqual({ workedOn: '2098-06-14', dayOff: '2098-06-23', source: SOURCE, verified: true });
    expect(await isWorkingDay('2098-06-14')).toBe(true);
    expect(await isWorkingDay('2098-06-23')).toBe(false);
    expect(await addWorkingDays('2098-06-13', 1)).toBe('2098-06-14');
    expect(await addWorkingDays('2098-06-20', 1)).toBe('2098-06-24');
    expect((await submit('2098-06-20T09:00:00+05:00')).submitInvestorRequest.dueAt).toBe('2098-06-30T18:59:59.999Z');
    expect((await nc.ok(DAYS_OFF, { year: 2098 })).daysOff).toContainEqual({
      date: '2098-06-23',
      reason: 'day transfer: worked on 2098-06-14',
    });

    expect((await admin.ok(REMOVE_TRANSFER, { workedOn: '2098-06-14' })).removeDayTransfer).toEqual({
      workedOn: '2098-06-14',
      dayOff: '2098-06-23',
    });
    expect(await addWorkingDays('2098-06-20', 1)).toBe('2098-06-23');
    expect((await submit('2098-06-20T09:00:00+05:00')).submitInvestorRequest.dueAt).toBe('2098-06-27T18:59:59.999Z');
    expect(await admin.fails(REMOVE_TRANSFER, { workedOn: '2098-06-14' })).toBe('NOT_FOUND');
  });

  it('validates transfers: weekend to weekday of the same year, once', async () => {
    const add = (workedOn: string, dayOff: string, source = SOURCE) => admin.fails(ADD_TRANSFER, { workedOn, dayOff, source });
    expect(await add('2098-06-13', '2098-06-23')).toBe('BAD_USER_INPUT'); // Friday worked
    expect(await add('2098-06-14', '2098-06-21')).toBe('BAD_USER_INPUT'); // Saturday off
    expect(await add('2098-12-27', '2099-01-05')).toBe('BAD_USER_INPUT'); // across a year
    expect(await add('2098-06-14', '2098-07-06')).toBe('BAD_USER_INPUT'); // Capital Day is already off
    expect(await add('2098-06-14', '2098-06-23', '')).toBe('BAD_USER_INPUT');
    expect(await add('1999-06-12', '1999-06-14')).toBe('BAD_USER_INPUT'); // outside the years answered
    await admin.ok(ADD_TRANSFER, { workedOn: '2098-06-14', dayOff: '2098-06-23', source: SOURCE });
    expect(await add('2098-06-14', '2098-06-24')).toBe('CONFLICT');
    expect(await add('2098-06-15', '2098-06-23')).toBe('BAD_USER_INPUT'); // already a day off
    await admin.ok(REMOVE_TRANSFER, { workedOn: '2098-06-14' });
  });

  it('validates Kurban Ait: the date lies in its year', async () => {
    expect(await admin.fails(SET_KURBAN_AIT, { year: 2099, date: '2098-06-11', source: SOURCE })).toBe('BAD_USER_INPUT');
    expect(await admin.fails(SET_KURBAN_AIT, { year: 2099, date: '2099-06-11', source: '' })).toBe('BAD_USER_INPUT');
    expect(await admin.fails(SET_KURBAN_AIT, { year: 3000, date: '3000-06-11', source: SOURCE })).toBe('BAD_USER_INPUT');
  });

  it('lets only ADMINs of the authorized body change the calendar', async () => {
    const { offices } = await admin.ok(`{ offices { id code } }`);
    const ncOfficeId = offices.find((o: { code: string }) => o.code === 'NC-KI').id;
    await admin.ok(contract('CreateUser'), {
      input: {
        email: 'calendar.admin@nc.irm.test',
        password: 'calendar-admin-1',
        name: 'NC Administrator',
        role: 'ADMIN',
        officeId: ncOfficeId,
      },
    });
    const ncAdmin = await server.login('calendar.admin@nc.irm.test', 'calendar-admin-1');
    const callers = [nc, ncAdmin, await server.as('NC-KI', 'VIEWER'), await server.as('RO-KZ-75'), await server.as('SP-VISA')];
    for (const caller of callers) {
      expect(await caller.fails(SET_KURBAN_AIT, { year: 2099, date: '2099-06-12', source: SOURCE })).toBe('FORBIDDEN');
      expect(await caller.fails(ADD_TRANSFER, { workedOn: '2098-06-14', dayOff: '2098-06-23', source: SOURCE })).toBe('FORBIDDEN');
      expect(await caller.fails(REMOVE_TRANSFER, { workedOn: '2025-01-05' })).toBe('FORBIDDEN');
      // Everyone signed in may ask.
      expect((await caller.ok(IS_WORKING_DAY, { on: '2099-06-11' })).isWorkingDay).toBe(false);
    }
    expect(await server.anonymous.fails(SET_KURBAN_AIT, { year: 2099, date: '2099-06-12', source: SOURCE })).toBe('UNAUTHENTICATED');
    expect(await server.anonymous.fails(ADD_TRANSFER, { workedOn: '2098-06-14', dayOff: '2098-06-23', source: SOURCE })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await server.anonymous.fails(REMOVE_TRANSFER, { workedOn: '2025-01-05' })).toBe('UNAUTHENTICATED');
    expect(await isWorkingDay('2025-01-05')).toBe(true);
    expect(await isWorkingDay('2099-06-12')).toBe(true);
  });
});
