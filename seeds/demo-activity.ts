import type { App } from '../src/app';
import type { Viewer } from '../src/auth/viewer';
import { RequestKind } from '../src/requests/investor-request.entity';
import { ServiceOutcome } from '../src/state-services/service-application.entity';
import { seedDemoEventsAndAgreements } from './demo-events-and-agreements';

const DAY = 24 * 60 * 60 * 1000;

/** The quarter that ended last before `now` (the one being pooled and reported on). */
export function lastEndedQuarter(now: Date): { year: number; quarter: number } {
  const q = Math.floor(now.getUTCMonth() / 3);
  return q === 0 ? { year: now.getUTCFullYear() - 1, quarter: 4 } : { year: now.getUTCFullYear(), quarter: q };
}

/**
 * Work in progress on top of the demo records, entered through the services (so deadlines,
 * violations and change events come out as they would), dated back from the app's clock: investor
 * requests (some overdue, one answered), investor-visa petitions at every stage (one forwarded late,
 * a violation), a formed unified pool and a submitted report for the last quarter that ended.
 */
export async function seedDemoActivity(app: App): Promise<void> {
  const now = app.clock.now();
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
  const as = async (email: string): Promise<Viewer> => {
    const [{ id }] = (await app.dataSource.query(`SELECT id FROM app_user WHERE email = $1`, [email])) as { id: string }[];
    const facts = await app.repos.users.viewerFacts(id);
    if (!facts) throw new Error(`demo user ${email} is missing`);
    return { ...facts, tokenExpiresAt: new Date(now.getTime() + DAY) };
  };
  const investor = async (name: string): Promise<string> =>
    ((await app.dataSource.query(`SELECT id FROM investor WHERE name = $1`, [name])) as { id: string }[])[0].id;

  const almaty = await as('aliya.serikbayeva@irm.demo');
  const turkistan = await as('nurlan.tokhtarov@irm.demo');
  const provider = await as('askar.zhumabekov@irm.demo');

  const alatau = await investor('Alatau Soft LLP');
  const requests: [Viewer, string, RequestKind, string, number][] = [
    [almaty, alatau, RequestKind.SITE_SELECTION, 'Office space in the Alatau IT city', 1],
    [almaty, alatau, RequestKind.STATE_SUPPORT, 'Investment preferences for a software centre', 18],
    [almaty, alatau, RequestKind.PERMITS, 'Work permits for foreign engineers', 25],
    [almaty, alatau, RequestKind.PARTNER_SEARCH, 'Local universities for an internship programme', 40],
  ];
  const submitted = [];
  for (const [viewer, investorId, kind, subject, daysAgo] of requests) {
    submitted.push(await app.investorRequests.submit(viewer, { investorId, kind, subject, receivedAt: ago(daysAgo) }));
  }
  await app.investorRequests.answer(almaty, { id: submitted[3].id, answer: 'Three universities introduced; meetings held.', at: ago(35) });

  const petition = (applicantName: string, acceptedAt: Date) => ({
    investorId: alatau,
    serviceCode: 'INVESTOR_VISA_PETITION',
    applicantName,
    identityDocument: 'Passport, issued 2022-03-14',
    documents: [{ title: 'Petition letter' }, { title: 'Copy of the passport' }],
    consentToDataUse: true,
    acceptedAt,
  });
  const accept = (name: string, daysAgo: number) => app.serviceApplications.accept(almaty, petition(name, ago(daysAgo)));
  const t = app.serviceTransitions;
  await accept('Rahul Mehta, lead engineer', 0.1);
  const forwarded = await accept('Chen Wei, project manager', 6);
  await t.forward(almaty, forwarded.id, ago(6, -2));
  const issued = await accept('Anna Schmidt, chief executive', 30);
  await t.forward(almaty, issued.id, ago(30, -2));
  // Order 489, paragraph 5.7: the provider records the result once its head has signed (step 7).
  for (let order = 1; order <= 7; order++)
    await app.serviceSteps.complete(provider, { applicationId: issued.id, order, at: ago(29 - order) });
  await t.recordResult(provider, issued.id, ServiceOutcome.ISSUED, 'Visa petition supported', ago(22));
  const returned = await accept('Omar Haddad, finance director', 10);
  await t.forward(almaty, returned.id, ago(10, -2));
  await t.return(provider, returned.id, 'The passport copy is illegible', ago(8));
  // Paragraph 24: forwarded a week after acceptance, past the one-working-day hand-off: a violation.
  const late = await accept('Lukas Weber, plant manager', 12);
  await t.forward(almaty, late.id, ago(5));

  const { year, quarter } = lastEndedQuarter(now);
  for (const viewer of [almaty, turkistan, await as('daniyar.sadykov@irm.demo')]) await app.pools.submitContribution(viewer, year, quarter);
  await app.pools.formPool(await as('aigerim.nurlanova@irm.demo'), year, quarter);
  await app.reports.submit(await as('bauyrzhan.ospanov@irm.demo'), year, quarter);
  await seedDemoEventsAndAgreements(app);
}
