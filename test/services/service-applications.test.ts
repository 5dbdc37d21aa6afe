import { contract } from '../support/contract';
import { ManualClock } from '../support/clock';
import { startTestServer, type GraphQLClient, type TestServer } from '../support/server';
import { accept, almaty, applicationInput, completeSteps, createInvestor, endOfDay } from './fixtures';

const clock = new ManualClock(almaty('2026-03-20T10:00:00'));
let server: TestServer;
let nc: GraphQLClient;
let provider: GraphQLClient;
let ab: GraphQLClient;
let investorId: string;

const APPLICATION = contract('ServiceApplication');
const FORWARD = contract('ForwardServiceApplication');
const RETURN = contract('ReturnServiceApplication');
const NOTIFY = contract('NotifyInvestorOfReturn');
const RESUBMIT = contract('ResubmitServiceApplication');
const RESULT = contract('RecordServiceResult');

beforeAll(async () => {
  server = await startTestServer({ clock, env: { DEADLINE_SWEEP_INTERVAL_MS: '3600000' } });
  [nc, provider, ab] = await Promise.all([server.as('NC-KI'), server.as('SP-VISA'), server.as('AB-MFA', 'ADMIN')]);
  investorId = await createInvestor(nc, 'Visa Applicant GmbH');
});
afterAll(() => server.stop());

async function read(client: GraphQLClient, id: string) {
  return (await client.ok(APPLICATION, { id })).serviceApplication;
}

describe('the state-service catalogue', () => {
  it('has the investor-visa petition with the nine steps of Order 489, paragraph 5, and its term', async () => {
    const { stateServices } = await nc.ok(contract('StateServices'));
    const visa = stateServices.find((s: { code: string }) => s.code === 'INVESTOR_VISA_PETITION');
    expect(visa.termWorkingDays).toBe(10);
    expect(visa.steps.map((s: { order: number; duration: string }) => [s.order, s.duration])).toEqual([
      [1, 'PT15M'],
      [2, 'PT1H'],
      [3, 'PT2H'],
      [4, 'PT2H'],
      [5, 'P9D'],
      [6, 'PT2H'],
      [7, 'PT2H'],
      [8, 'PT1H'],
      [9, 'PT1H'],
    ]);
    const { stateServices: withProvider } = await provider.ok('{ stateServices { code source providerOffice { code kind } } }');
    expect(withProvider[0]).toMatchObject({ providerOffice: { code: 'SP-VISA', kind: 'SERVICE_PROVIDER' } });
    expect(withProvider[0].source).toMatch(/paragraph 5.*10 working\s+days/s);
    expect(await server.anonymous.fails(contract('StateServices'))).toBe('UNAUTHENTICATED');
  });

  it('lets only an administrator of the authorized body change the provider', async () => {
    const set =
      'mutation($code: String!, $office: String!) { setStateServiceProvider(code: $code, providerOfficeCode: $office) { providerOffice { code } } }';
    expect(await nc.fails(set, { code: 'INVESTOR_VISA_PETITION', office: 'SP-VISA' })).toBe('FORBIDDEN');
    expect(await provider.fails(set, { code: 'INVESTOR_VISA_PETITION', office: 'SP-VISA' })).toBe('FORBIDDEN');
    expect(await ab.fails(set, { code: 'INVESTOR_VISA_PETITION', office: 'NC-KI' })).toBe('BAD_USER_INPUT');
    expect(await ab.fails(set, { code: 'NO_SUCH_SERVICE', office: 'SP-VISA' })).toBe('BAD_USER_INPUT');
    const { setStateServiceProvider } = await ab.ok(set, { code: 'INVESTOR_VISA_PETITION', office: 'SP-VISA' });
    expect(setStateServiceProvider.providerOffice.code).toBe('SP-VISA');
  });
});

describe('accepting an application (paragraphs 23-25)', () => {
  it('issues a receipt whose result date is the forwarding deadline plus the term, across the Nauryz holidays', async () => {
    clock.set(almaty('2026-03-20T10:00:00')); // Friday; 21-25 March are days off in 2026
    const accepted = await accept(nc, investorId);
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.acceptedAt).toBe(almaty('2026-03-20T10:00:00'));
    // Paragraph 24: one working day; the next one after Fri 20 March is Thu 26 March.
    expect(accepted.forwardDueAt).toBe(endOfDay('2026-03-26'));
    // Paragraph 27: the term (10 working days) runs from the forwarding deadline.
    expect(accepted.receipt).toMatchObject({ issuedAt: accepted.acceptedAt, expectedResultOn: '2026-04-09' });
    expect(accepted.receipt.number).toMatch(/^2026-\d{6}$/);
    const full = await nc.ok(contract('AcceptServiceApplication'), { input: applicationInput(investorId) });
    expect(full.acceptServiceApplication).toMatchObject({ service: { code: 'INVESTOR_VISA_PETITION' }, investor: { id: investorId } });
    expect(full.acceptServiceApplication.documents).toEqual([{ title: 'Petition letter' }, { title: 'Copy of the passport' }]);
  });

  it('numbers receipts sequentially within a year and starts each year on its own', async () => {
    clock.set(almaty('2026-03-20T11:00:00'));
    const a = await accept(nc, investorId);
    const b = await accept(nc, investorId);
    const [yearA, seqA] = a.receipt.number.split('-');
    expect(b.receipt.number).toBe(`${yearA}-${String(Number(seqA) + 1).padStart(6, '0')}`);
    // Paper that arrived late: accepted on 31 Dec 2025 (Almaty), numbered in 2025.
    const late = await accept(nc, investorId, { acceptedAt: almaty('2025-12-31T18:00:00') });
    expect(late.receipt.number).toMatch(/^2025-\d{6}$/);
    expect(late.forwardDueAt).toBe(endOfDay('2026-01-05')); // 1-2 Jan holidays, then a weekend
    const c = await accept(nc, investorId);
    expect(c.receipt.number).toBe(`${yearA}-${String(Number(seqA) + 2).padStart(6, '0')}`);
  });

  it('refuses an application without the consent of the form, or dated in the future', async () => {
    expect(await nc.fails(contract('AcceptServiceApplication'), { input: applicationInput(investorId, { consentToDataUse: false }) })).toBe(
      'BAD_USER_INPUT',
    );
    const future = applicationInput(investorId, { acceptedAt: new Date(clock.now().getTime() + 60_000).toISOString() });
    expect(await nc.fails(contract('AcceptServiceApplication'), { input: future })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(contract('AcceptServiceApplication'), { input: applicationInput(investorId, { serviceCode: 'NO_SUCH' }) })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await nc.fails(contract('AcceptServiceApplication'), { input: applicationInput(investorId, { documents: [] }) })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('is done by the front offices only, for investors they may read', async () => {
    const input = applicationInput(investorId);
    for (const [office, role] of [
      ['SP-VISA', 'OFFICER'],
      ['NC-KI', 'VIEWER'],
      ['AB-MFA', 'ADMIN'],
      ['TF-KI', 'OFFICER'],
      ['EMB-CN', 'OFFICER'],
    ]) {
      const client = await server.as(office, role);
      expect([office, role, await client.fails(contract('AcceptServiceApplication'), { input })]).toEqual([office, role, 'FORBIDDEN']);
    }
    const regional = await server.as('RO-KZ-75');
    // The National Company's own foreign investor is outside the regional organization's scope.
    expect(await regional.fails(contract('AcceptServiceApplication'), { input })).toBe('NOT_FOUND');
    const own = await createInvestor(regional, 'Almaty Visa Applicant');
    expect((await accept(regional, own)).status).toBe('ACCEPTED');
    expect(await server.anonymous.fails(contract('AcceptServiceApplication'), { input })).toBe('UNAUTHENTICATED');
  });
});

describe('the hand-offs of paragraph 24, on time', () => {
  it('forwards, returns, notifies, re-sends and issues, each recorded with who and when', async () => {
    clock.set(almaty('2026-03-20T10:00:00'));
    const { id } = await accept(nc, investorId);
    clock.set(almaty('2026-03-26T18:00:00'));
    const { forwardServiceApplication: forwarded } = await nc.ok(FORWARD, { id });
    expect(forwarded).toMatchObject({ status: 'FORWARDED', forwardedAt: almaty('2026-03-26T18:00:00'), forwardedOnTime: true });

    clock.set(almaty('2026-04-01T12:00:00'));
    const { returnServiceApplication: returned } = await provider.ok(RETURN, {
      id,
      reason: 'The passport copy is not certified',
      at: almaty('2026-04-01T10:00:00'),
    });
    expect(returned).toMatchObject({ status: 'RETURNED', returnedAt: almaty('2026-04-01T10:00:00'), notifyDueAt: endOfDay('2026-04-02') });

    clock.set(almaty('2026-04-02T17:00:00'));
    const { notifyInvestorOfReturn: notified } = await nc.ok(NOTIFY, { id });
    expect(notified).toMatchObject({
      status: 'INVESTOR_NOTIFIED',
      investorNotifiedAt: almaty('2026-04-02T17:00:00'),
      notifiedOnTime: true,
    });

    // The corrected documents came in on Friday afternoon and were re-sent on Monday morning: on time.
    clock.set(almaty('2026-04-06T09:00:00'));
    const resent = await nc.request(
      'mutation($id: ID!, $documents: [ServiceDocumentInput!]!, $receivedAt: DateTime) { resubmitServiceApplication(id: $id, documents: $documents, receivedAt: $receivedAt) { status forwardDueAt forwardedAt forwardedOnTime round resultDueAt documents { title } } }',
      { id, documents: [{ title: 'Certified passport copy' }], receivedAt: almaty('2026-04-03T15:00:00') },
    );
    expect(resent.data?.resubmitServiceApplication).toEqual({
      status: 'FORWARDED',
      forwardDueAt: endOfDay('2026-04-06'),
      forwardedAt: almaty('2026-04-06T09:00:00'),
      forwardedOnTime: true,
      round: 2,
      resultDueAt: endOfDay('2026-04-20'),
      documents: [{ title: 'Certified passport copy' }],
    });

    clock.set(almaty('2026-04-20T16:00:00'));
    await completeSteps(provider, id, 7); // Order 489: the result exists once signed (step 7)
    const { recordServiceResult: result } = await provider.ok(RESULT, { id, outcome: 'ISSUED' });
    expect(result).toMatchObject({ status: 'RESULT_ISSUED', outcome: 'ISSUED', resultAt: almaty('2026-04-20T16:00:00'), violations: [] });

    const application = await read(nc, id);
    expect(application.history.map((h: { status: string }) => h.status)).toEqual([
      'ACCEPTED',
      'FORWARDED',
      'RETURNED',
      'INVESTOR_NOTIFIED',
      'FORWARDED',
      'RESULT_ISSUED',
    ]);
    const [ncUser, providerUser] = await Promise.all([nc.ok(contract('Me')), provider.ok(contract('Me'))]);
    expect(application.history.map((h: { actor: { id: string } }) => h.actor.id)).toEqual([
      ncUser.me.id,
      ncUser.me.id,
      providerUser.me.id,
      ncUser.me.id,
      ncUser.me.id,
      providerUser.me.id,
    ]);
    expect(application.history[2].at).toBe(almaty('2026-04-01T10:00:00'));
    expect(application.violations).toEqual([]);
  });

  it('takes a motivated refusal only with its note', async () => {
    clock.set(almaty('2026-04-21T10:00:00'));
    const { id } = await accept(nc, investorId);
    await nc.ok(FORWARD, { id });
    await completeSteps(provider, id, 7);
    expect(await provider.fails(RESULT, { id, outcome: 'REFUSED' })).toBe('BAD_USER_INPUT');
    expect(await provider.fails(RESULT, { id, outcome: 'REFUSED', note: '   ' })).toBe('BAD_USER_INPUT');
    const { recordServiceResult } = await provider.ok(RESULT, { id, outcome: 'REFUSED', note: 'The investment contract is not concluded' });
    expect(recordServiceResult).toMatchObject({ status: 'REFUSED', outcome: 'REFUSED' });
  });
});

describe('the hand-offs of paragraph 24, late', () => {
  it('records each missed deadline once, with notices to the office that missed it and the authorized body', async () => {
    clock.set(almaty('2026-05-08T10:00:00')); // Friday; 9 May (Sat) moves to Monday 11 May
    const { id, forwardDueAt } = await accept(nc, investorId);
    expect(forwardDueAt).toBe(endOfDay('2026-05-12'));

    clock.set(almaty('2026-05-13T10:00:00'));
    const { forwardServiceApplication } = await nc.ok(FORWARD, { id });
    expect(forwardServiceApplication).toMatchObject({ status: 'FORWARDED', forwardedOnTime: false });

    clock.set(almaty('2026-05-14T10:00:00'));
    const { returnServiceApplication } = await provider.ok(RETURN, { id, reason: 'Missing the investment contract' });
    expect(returnServiceApplication.notifyDueAt).toBe(endOfDay('2026-05-15'));

    clock.set(almaty('2026-05-19T09:00:00'));
    const { notifyInvestorOfReturn } = await nc.ok(NOTIFY, { id, at: almaty('2026-05-18T09:00:00') });
    expect(notifyInvestorOfReturn).toMatchObject({ notifiedOnTime: false, investorNotifiedAt: almaty('2026-05-18T09:00:00') });

    // Came in on Tuesday 19 May, re-sent on Thursday 21 May: a second late forwarding, in round 2.
    clock.set(almaty('2026-05-21T09:00:00'));
    const resent = await nc.ok(
      'mutation($id: ID!, $documents: [ServiceDocumentInput!]!, $receivedAt: DateTime) { resubmitServiceApplication(id: $id, documents: $documents, receivedAt: $receivedAt) { forwardDueAt forwardedOnTime resultDueAt } }',
      { id, documents: [{ title: 'Investment contract' }], receivedAt: almaty('2026-05-19T11:00:00') },
    );
    // Ten working days from 21 May skip Kurban Ait (27 May 2026).
    expect(resent.resubmitServiceApplication).toEqual({
      forwardDueAt: endOfDay('2026-05-20'),
      forwardedOnTime: false,
      resultDueAt: endOfDay('2026-06-05'),
    });

    clock.set(almaty('2026-06-08T10:00:00'));
    await completeSteps(provider, id, 7);
    const { recordServiceResult } = await provider.ok(RESULT, { id, outcome: 'ISSUED' });
    expect(recordServiceResult.violations.map((v: { kind: string }) => v.kind).sort()).toEqual([
      'LATE_FORWARDING',
      'LATE_FORWARDING',
      'LATE_INVESTOR_NOTICE',
      'PROVIDER_TERM_BREACHED',
    ]);

    const { violations } = await read(ab, id);
    const noticed = (kind: string) =>
      violations
        .filter((v: { kind: string }) => v.kind === kind)
        .map((v: { noticeSentTo: { code: string }[] }) => v.noticeSentTo.map((o) => o.code).sort());
    expect(noticed('PROVIDER_TERM_BREACHED')).toEqual([['AB-MFA', 'SP-VISA']]);
    expect(noticed('LATE_FORWARDING')).toEqual([
      ['AB-MFA', 'NC-KI'],
      ['AB-MFA', 'NC-KI'],
    ]);
    expect(noticed('LATE_INVESTOR_NOTICE')).toEqual([['AB-MFA', 'NC-KI']]);
    const termBreach = violations.find((v: { kind: string }) => v.kind === 'PROVIDER_TERM_BREACHED');
    expect(termBreach.detectedAt).toBe(almaty('2026-06-08T10:00:00'));
  });
});

describe('a return after the term', () => {
  it("breaks the provider's term, and the reason is kept in the history", async () => {
    clock.set(almaty('2026-06-01T10:00:00'));
    const { id } = await accept(nc, investorId);
    await nc.ok(FORWARD, { id });
    // Ten working days from Monday 1 June end on Monday 15 June.
    clock.set(almaty('2026-06-16T09:00:00'));
    const { returnServiceApplication } = await provider.ok(RETURN, { id, reason: 'Photographs missing' });
    expect(returnServiceApplication.notifyDueAt).toBe(endOfDay('2026-06-17'));
    const { serviceApplication } = await nc.ok(
      'query($id: ID!) { serviceApplication(id: $id) { resultDueAt history { status note } violations { kind } } }',
      { id },
    );
    expect(serviceApplication.resultDueAt).toBe(endOfDay('2026-06-15'));
    expect(serviceApplication.history[2]).toEqual({ status: 'RETURNED', note: 'Photographs missing' });
    expect(serviceApplication.violations).toEqual([{ kind: 'PROVIDER_TERM_BREACHED' }]);
  });
});

describe('illegal steps', () => {
  it('are BAD_USER_INPUT and change nothing', async () => {
    clock.set(almaty('2026-06-10T10:00:00'));
    const { id } = await accept(nc, investorId);
    const before = await read(nc, id);
    // Not yet forwarded, the application is not the provider's to see (issue 7, defect 9).
    expect(await provider.fails(RETURN, { id, reason: 'Too early' })).toBe('NOT_FOUND');
    expect(await nc.fails(NOTIFY, { id })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(RESUBMIT, { id, documents: [{ title: 'x' }] })).toBe('BAD_USER_INPUT');
    expect(await provider.fails(RESULT, { id, outcome: 'ISSUED' })).toBe('NOT_FOUND');
    // Never in the future, never before the previous step.
    expect(await nc.fails(FORWARD, { id, at: almaty('2026-06-10T10:01:00') })).toBe('BAD_USER_INPUT');
    expect(await nc.fails(FORWARD, { id, at: almaty('2026-06-10T09:59:00') })).toBe('BAD_USER_INPUT');
    expect(await read(nc, id)).toEqual(before);

    await nc.ok(FORWARD, { id });
    expect(await nc.fails(FORWARD, { id })).toBe('BAD_USER_INPUT');
    expect(await provider.fails(RETURN, { id, reason: '  ' })).toBe('BAD_USER_INPUT');
    await completeSteps(provider, id, 7);
    await provider.ok(RESULT, { id, outcome: 'ISSUED' });
    const done = await read(nc, id);
    expect(await provider.fails(RESULT, { id, outcome: 'REFUSED', note: 'again' })).toBe('BAD_USER_INPUT');
    expect(await provider.fails(RETURN, { id, reason: 'late' })).toBe('BAD_USER_INPUT');
    expect(await read(nc, id)).toEqual(done);
  });
});

describe('who sees and acts on applications', () => {
  let id: string;
  beforeAll(async () => {
    clock.set(almaty('2026-06-15T10:00:00'));
    ({ id } = await accept(nc, investorId));
  });

  it('lets only the accepting front office do its steps and only the provider do its own', async () => {
    const [viewer, regional, taskForce] = await Promise.all([server.as('NC-KI', 'VIEWER'), server.as('RO-KZ-75'), server.as('TF-KI')]);
    expect(await viewer.fails(FORWARD, { id })).toBe('FORBIDDEN');
    expect(await provider.fails(FORWARD, { id })).toBe('FORBIDDEN');
    expect(await regional.fails(FORWARD, { id })).toBe('NOT_FOUND');
    expect(await taskForce.fails(FORWARD, { id })).toBe('FORBIDDEN');
    await nc.ok(FORWARD, { id });
    expect(await nc.fails(RETURN, { id, reason: 'x' })).toBe('FORBIDDEN');
    expect(await nc.fails(RESULT, { id, outcome: 'ISSUED' })).toBe('FORBIDDEN');
    expect(await viewer.fails(RETURN, { id, reason: 'x' })).toBe('FORBIDDEN');
    await provider.ok(RETURN, { id, reason: 'Unsigned petition' });
    expect(await provider.fails(NOTIFY, { id })).toBe('FORBIDDEN');
    expect(await viewer.fails(NOTIFY, { id })).toBe('FORBIDDEN');
    await nc.ok(NOTIFY, { id });
    expect(await provider.fails(RESUBMIT, { id, documents: [{ title: 'Signed petition' }] })).toBe('FORBIDDEN');
    expect(await regional.fails(RESUBMIT, { id, documents: [{ title: 'Signed petition' }] })).toBe('NOT_FOUND');
    await nc.ok(RESUBMIT, { id, documents: [{ title: 'Signed petition' }] });
    await completeSteps(provider, id, 7);
    await provider.ok(RESULT, { id, outcome: 'ISSUED' });
  });

  it('shows an application to its front office, its provider, the authorized body and the National Company only', async () => {
    for (const [office, role] of [
      ['NC-KI', 'VIEWER'],
      ['AB-MFA', 'ADMIN'],
      ['TF-KI', 'OFFICER'],
      ['SP-VISA', 'OFFICER'],
    ]) {
      const client = await server.as(office, role);
      expect((await read(client, id)).id).toBe(id);
    }
    for (const office of ['RO-KZ-75', 'RO-KZ-61', 'EMB-CN']) {
      expect(await (await server.as(office)).fails(APPLICATION, { id })).toBe('NOT_FOUND');
    }
    expect(await server.anonymous.fails(APPLICATION, { id })).toBe('UNAUTHENTICATED');
    // The provider does not read the investor's record.
    const { serviceApplication } = await provider.ok(
      'query($id: ID!) { serviceApplication(id: $id) { investor { id } providerOffice { code } acceptedByOffice { code } } }',
      { id },
    );
    expect(serviceApplication).toEqual({ investor: null, providerOffice: { code: 'SP-VISA' }, acceptedByOffice: { code: 'NC-KI' } });
  });

  it('shows a service provider only the applications addressed to its office', async () => {
    const code = `SP-T${Date.now() % 100000}`;
    const { createOffice } = await ab.ok(contract('CreateOffice'), {
      input: { code, name: 'Test provider of investor visas', kind: 'SERVICE_PROVIDER', level: 'CENTRAL' },
    });
    const email = `${code.toLowerCase()}@irm.test`;
    await ab.ok(contract('CreateUser'), {
      input: { email, name: 'Test Provider', role: 'OFFICER', officeId: createOffice.id, password: 'test-password-123' },
    });
    const other = await server.login(email, 'test-password-123');
    const set =
      'mutation($office: String!) { setStateServiceProvider(code: "INVESTOR_VISA_PETITION", providerOfficeCode: $office) { code } }';
    await ab.ok(set, { office: code });
    let theirs: string;
    try {
      ({ id: theirs } = await accept(nc, investorId));
    } finally {
      await ab.ok(set, { office: 'SP-VISA' });
    }
    // A provider reads an application once it is forwarded to it (issue 7, defect 9).
    expect(await other.fails(APPLICATION, { id: theirs })).toBe('NOT_FOUND');
    await nc.ok(FORWARD, { id: theirs });
    expect((await read(other, theirs)).id).toBe(theirs);
    expect(await other.fails(APPLICATION, { id })).toBe('NOT_FOUND');
    expect(await provider.fails(APPLICATION, { id: theirs })).toBe('NOT_FOUND');
    expect(await provider.fails(FORWARD, { id: theirs })).toBe('FORBIDDEN');
    expect(await provider.fails(RETURN, { id: theirs, reason: 'not ours' })).toBe('NOT_FOUND');
    const list = 'query { serviceApplications(first: 100) { totalCount edges { node { id providerOffice { code } } } } }';
    const mine = (await other.ok(list)).serviceApplications;
    expect(mine.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([theirs]);
    expect(await server.anonymous.fails(list)).toBe('UNAUTHENTICATED');
    const visa = (await provider.ok(list)).serviceApplications.edges.map(
      (e: { node: { providerOffice: { code: string } } }) => e.node.providerOffice.code,
    );
    expect(new Set(visa)).toEqual(new Set(['SP-VISA']));
  });

  it('lists violations to the offices that see the applications', async () => {
    const q = contract('ServiceViolations');
    const all = (await ab.ok(q, { first: 100 })).serviceViolations;
    expect(all.totalCount).toBeGreaterThanOrEqual(4);
    expect(all.edges[0].node.noticeSentTo.some((o: { kind: string }) => o.kind === 'AUTHORIZED_BODY')).toBe(true);
    const ofProvider = (await provider.ok(q, { first: 100 })).serviceViolations;
    expect(ofProvider.edges.every((e: { node: { application: { id: string } | null } }) => e.node.application !== null)).toBe(true);
    // Another front office sees exactly the violations of the applications it accepted (other test files share the database).
    const shymkent = await server.as('RO-KZ-61');
    const seen = (await shymkent.ok(q, { first: 100 })).serviceViolations.edges.map(
      (e: { node: { application: { id: string } } }) => e.node.application.id,
    );
    const accepted = (await shymkent.ok('query { serviceApplications(first: 100) { edges { node { id acceptedByOffice { code } } } } }'))
      .serviceApplications.edges;
    const ownIds = new Set(
      accepted
        .filter((e: { node: { acceptedByOffice: { code: string } } }) => e.node.acceptedByOffice.code === 'RO-KZ-61')
        .map((e: { node: { id: string } }) => e.node.id),
    );
    expect(seen.every((id: string) => ownIds.has(id))).toBe(true);
    expect(seen.length).toBeLessThan(all.totalCount);
    expect(await server.anonymous.fails(q, { first: 10 })).toBe('UNAUTHENTICATED');
  });
});
