import type { App } from '../src/app';
import type { Viewer } from '../src/auth/viewer';
import { addCalendarDays, almatyDateOf } from '../src/calendar/almaty-time';
import { AgreementKind } from '../src/engagement/agreement.entity';
import type { CommitmentInput } from '../src/engagement/agreement.inputs';
import { CommitmentStatus } from '../src/engagement/commitment.entity';
import { InvestmentEventKind } from '../src/engagement/investment-event.entity';
import type { ProposeInvestmentEventInput } from '../src/engagement/investment-event.inputs';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Investment events and agreements on top of the demo records (issue 9), entered through the
 * services and dated from the app's clock, so that a new user sees at once: events awaiting the
 * authorized body's decision (paragraph 8.9), approved, rejected and held ones with participants,
 * and agreements with commitments met, open, overdue, and one agreement breached.
 */
export async function seedDemoEventsAndAgreements(app: App): Promise<void> {
  const now = app.clock.now();
  const today = almatyDateOf(now);
  const day = (offset: number) => addCalendarDays(today, offset);
  const as = async (email: string): Promise<Viewer> => {
    const [{ id }] = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as { id: string }[];
    const facts = await app.repos.users.viewerFacts(id);
    if (!facts) throw new Error(`demo user ${email} is missing`);
    return { ...facts, tokenExpiresAt: new Date(now.getTime() + DAY) };
  };
  const investor = async (name: string): Promise<string> =>
    ((await app.dataSource.query(`SELECT id FROM investor WHERE name = $1`, [name])) as { id: string }[])[0].id;

  const [authorizedBody, nc, taskForce, almaty, turkistan, beijing, berlin] = await Promise.all(
    [
      'aigerim.nurlanova@irm.demo',
      'daniyar.sadykov@irm.demo',
      'yerlan.abenov@irm.demo',
      'aliya.serikbayeva@irm.demo',
      'nurlan.tokhtarov@irm.demo',
      'bauyrzhan.ospanov@irm.demo',
      'dana.kassymova@irm.demo',
    ].map(as),
  );

  // Events. The National Company's, the Task Force's and the regional organizations' start PROPOSED.
  const events = app.investmentEvents;
  const event = (viewer: Viewer, input: Omit<ProposeInvestmentEventInput, 'description'> & { description?: string }) =>
    events.propose(viewer, input);
  await event(nc, {
    kind: InvestmentEventKind.BUSINESS_FORUM,
    title: 'Astana International Investment Forum',
    countryCode: 'KZ',
    city: 'Astana',
    startsOn: day(45),
    endsOn: day(46),
  });
  await event(turkistan, {
    kind: InvestmentEventKind.ROUND_TABLE,
    title: 'Turkistan textile cluster round table',
    countryCode: 'KZ',
    city: 'Turkistan',
    startsOn: day(20),
    endsOn: day(20),
  });
  await event(taskForce, {
    kind: InvestmentEventKind.ROAD_SHOW,
    title: 'Road show: Kazakhstan energy transition',
    countryCode: 'GB',
    city: 'London',
    startsOn: day(60),
    endsOn: day(62),
  });
  const seminar = await event(almaty, {
    kind: InvestmentEventKind.SEMINAR,
    title: 'Alatau IT city: incentives for software centres',
    countryCode: 'KZ',
    city: 'Almaty',
    startsOn: day(12),
    endsOn: day(12),
  });
  await events.decide(authorizedBody, { id: seminar.id, approve: true, note: 'Subject, date and place agreed.' });
  const webinar = await event(nc, {
    kind: InvestmentEventKind.WEBINAR,
    title: 'Webinar: special economic zones',
    countryCode: 'KZ',
    startsOn: day(40),
    endsOn: day(40),
  });
  await events.decide(authorizedBody, {
    id: webinar.id,
    approve: false,
    note: 'Overlaps with the Astana forum: fold it into the forum programme.',
  });
  // Embassies' events need no coordination: one held last month, one coming.
  const council = await event(berlin, {
    kind: InvestmentEventKind.BUSINESS_COUNCIL,
    title: 'Kazakhstan–Germany business council',
    countryCode: 'DE',
    city: 'Berlin',
    startsOn: day(-31),
    endsOn: day(-30),
    description: 'Agriculture machinery, pharmaceuticals and wind power.',
  });
  for (const name of ['Rheinfeld Agrartechnik GmbH', 'Elbmark Pharma AG', 'Nordstrand Windkraft GmbH']) {
    await events.addParticipant(berlin, { eventId: council.id, investorId: await investor(name) });
  }
  const roadShow = await event(beijing, {
    kind: InvestmentEventKind.ROAD_SHOW,
    title: 'Kazakhstan investment road show in Shanghai',
    countryCode: 'CN',
    city: 'Shanghai',
    startsOn: day(25),
    endsOn: day(26),
  });
  for (const name of ['Longqiao Automotive Components Co., Ltd.', 'Xinlu Silk Road Logistics Co., Ltd.']) {
    await events.addParticipant(beijing, { eventId: roadShow.id, investorId: await investor(name) });
  }

  // Agreements and their commitments.
  const agreements = app.agreements;
  const commitment = (
    description: string,
    dueIn: number,
    amountKzt: string | null = null,
    jobs: number | null = null,
  ): CommitmentInput => ({
    description,
    dueOn: day(dueIn),
    amountKzt,
    jobs,
  });
  const settle = async (viewer: Viewer, agreementId: string, position: number, status: CommitmentStatus, note?: string) => {
    const [c] = (await app.dataSource.query(`SELECT id, version FROM commitment WHERE agreement_id = $1 AND position = $2`, [
      agreementId,
      position,
    ])) as {
      id: string;
      version: number;
    }[];
    await agreements.updateCommitment(viewer, { id: c.id, status, note, expectedVersion: c.version });
  };

  const polymer = await agreements.record(beijing, {
    kind: AgreementKind.MEMORANDUM,
    title: 'Memorandum on a polymer plant in SEZ Astana – New City',
    investorId: await investor('Tianshan Northern Polymer Co., Ltd.'),
    signedOn: day(-200),
    parties: [
      'Tianshan Northern Polymer Co., Ltd.',
      'Embassy of the Republic of Kazakhstan in China',
      'Kazakh Invest National Company JSC',
    ],
    commitments: [
      commitment('Feasibility study delivered', -100),
      commitment('Register a local subsidiary', -20),
      commitment('Invest in phase 1', 300, '18500000000.00', 420),
    ],
  });
  await settle(beijing, polymer.id, 0, CommitmentStatus.MET, 'Study received and reviewed.');

  await agreements.record(berlin, {
    kind: AgreementKind.LETTER_OF_INTENT,
    title: 'Letter of intent on a wind farm in Jetisu region',
    investorId: await investor('Nordstrand Windkraft GmbH'),
    signedOn: day(-30),
    parties: ['Nordstrand Windkraft GmbH', 'Embassy of the Republic of Kazakhstan in Germany'],
    commitments: [commitment('Site visit and land plot reservation', -5), commitment('Create jobs', 400, null, 150)],
  });

  const energy = await agreements.record(nc, {
    kind: AgreementKind.INVESTMENT_AGREEMENT,
    title: 'Investment agreement on a gas-fired power plant',
    investorId: await investor('Ulttyq Energy Holding JSC'),
    signedOn: day(-420),
    parties: ['Ulttyq Energy Holding JSC', 'Kazakh Invest National Company JSC'],
    commitments: [
      commitment('Financial close', -240, '95000000000.00'),
      commitment('Commission the first unit', -60),
      commitment('Create jobs', 120, null, 300),
    ],
  });
  await settle(nc, energy.id, 0, CommitmentStatus.MET);
  await settle(nc, energy.id, 1, CommitmentStatus.MISSED, 'Turbine delivery slipped; the investor asks for a new date.');

  const software = await agreements.record(almaty, {
    kind: AgreementKind.ROADMAP,
    title: 'Roadmap for a software development centre',
    investorId: await investor('Alatau Soft LLP'),
    signedOn: day(-150),
    parties: ['Alatau Soft LLP', 'Almaty City Investment Attraction Centre'],
    commitments: [commitment('Lease office space', -120), commitment('Hire the first 50 engineers', -30, null, 50)],
  });
  await settle(almaty, software.id, 0, CommitmentStatus.MET);
  await settle(almaty, software.id, 1, CommitmentStatus.WAIVED, 'Replaced by an internship programme.');
}
