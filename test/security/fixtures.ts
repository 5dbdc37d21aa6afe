import { randomUUID } from 'node:crypto';
import type { GraphQLClient, TestServer } from '../support/server';

/** The offices of the scenarios and records each may or may not read (issue 7, defects 2, 3, 8, 9). */
export interface World {
  nc: GraphQLClient;
  almaty: GraphQLClient;
  germany: GraphQLClient;
  china: GraphQLClient;
  provider: GraphQLClient;
  admin: GraphQLClient;
  /** Owned by the embassy in Germany: the Almaty regional organization may not read it. */
  germanInvestor: string;
  /** Owned by the Almaty regional organization. */
  almatyInvestor: string;
  /** A small Almaty project the Almaty regional organization writes. */
  almatyProject: { id: string; version: number };
  /** A Turkistan region (KZ-61) project and site: out of Almaty's scope. */
  turkistanProject: string;
  turkistanSite: string;
  /** A request of the German investor, assigned to the embassy. */
  germanRequest: string;
  /** A request of the Almaty investor, assigned to Almaty. */
  almatyRequest: string;
  /** An investor-visa application of the German investor the National Company accepted and has not forwarded yet. */
  pendingApplication: string;
  /** The follow-up of the embassy's meeting with the German investor. */
  germanFollowUp: string;
  /** An issue of the German investor, raised by the embassy in Germany. */
  germanIssue: string;
  /** A Headquarters meeting and agenda item, and a decision the embassy in Germany must carry out (Almaty may not read it). */
  meeting: string;
  agendaItem: string;
  germanDecision: string;
}

export const PROJECT = { kind: 'NEW', stage: 'PREPARATION', sectorCode: '10', isPublicPrivatePartnership: false };

export const CREATE_PROJECT =
  'mutation($input: CreateProjectInput!) { createProject(input: $input) { id version supportTier region { code } } }';
export const UPDATE_PROJECT =
  'mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { id version supportTier region { code } } }';

export async function changeEventCount(server: TestServer): Promise<number> {
  const [row] = (await server.irm.dataSource.query('SELECT COUNT(*)::int AS n FROM change_event')) as { n: number }[];
  return row!.n;
}

async function investor(client: GraphQLClient, countryCode: string): Promise<string> {
  const input = {
    name: `Scope test ${randomUUID()}`,
    origin: countryCode === 'KZ' ? 'DOMESTIC' : 'FOREIGN',
    countryCode,
    sectorCodes: ['10'],
  };
  return (await client.ok('mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }', { input })).createInvestor.id;
}

async function request(client: GraphQLClient, investorId: string): Promise<string> {
  const input = { investorId, kind: 'INFORMATION', subject: 'Scope test' };
  return (await client.ok('mutation($input: SubmitInvestorRequestInput!) { submitInvestorRequest(input: $input) { id } }', { input }))
    .submitInvestorRequest.id;
}

async function followUp(client: GraphQLClient, investorId: string): Promise<string> {
  const input = {
    kind: 'MEETING',
    investorId,
    occurredOn: '2026-01-15',
    summary: 'Scope test',
    followUp: { action: 'Scope test', dueOn: '2026-01-20' },
  };
  return (await client.ok('mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { followUp { id } } }', { input }))
    .recordInteraction.followUp.id;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const [nc, almaty, germany, china, provider, admin] = await Promise.all([
    server.as('NC-KI'),
    server.as('RO-KZ-75'),
    server.as('EMB-DE'),
    server.as('EMB-CN'),
    server.as('SP-VISA'),
    server.as('AB-MFA', 'ADMIN'),
  ]);
  const germanInvestor = await investor(germany, 'DE');
  const almatyInvestor = await investor(almaty, 'KZ');
  const almatyProject = (
    await almaty.ok(CREATE_PROJECT, {
      input: { ...PROJECT, title: 'Almaty scope test', regionCode: 'KZ-75', investmentVolumeKzt: '1000000.00' },
    })
  ).createProject;
  const turkistanProject = (
    await nc.ok(CREATE_PROJECT, {
      input: { ...PROJECT, title: 'Turkistan scope test', regionCode: 'KZ-61', investmentVolumeKzt: '1000000.00' },
    })
  ).createProject.id;
  const site = { name: 'Turkistan scope test site', kind: 'INDUSTRIAL_ZONE', status: 'READY', regionCode: 'KZ-61', areaHa: '10' };
  const turkistanSite = (
    await nc.ok('mutation($input: CreateIndustrialSiteInput!) { createIndustrialSite(input: $input) { id } }', { input: site })
  ).createIndustrialSite.id;
  const application = {
    investorId: germanInvestor,
    serviceCode: 'INVESTOR_VISA_PETITION',
    applicantName: 'Hans Müller',
    identityDocument: 'Passport C01X00T47',
    documents: [{ title: 'Petition letter' }],
    consentToDataUse: true,
  };
  const pendingApplication = (
    await nc.ok('mutation($input: AcceptServiceApplicationInput!) { acceptServiceApplication(input: $input) { id } }', {
      input: application,
    })
  ).acceptServiceApplication.id;
  const germanIssue = (
    await germany.ok('mutation($input: RaiseInvestorIssueInput!) { raiseInvestorIssue(input: $input) { id } }', {
      input: { investorId: germanInvestor, title: 'Scope test', description: 'Scope test', category: 'OTHER', systemic: false },
    })
  ).raiseInvestorIssue.id;
  const meeting = (await admin.ok('mutation { scheduleHeadquartersMeeting(heldOn: "2026-01-15") { id } }')).scheduleHeadquartersMeeting.id;
  const agendaItem = (
    await admin.ok('mutation($m: ID!) { addAgendaItem(meetingId: $m, input: { summary: "Scope test" }) { id } }', { m: meeting })
  ).addAgendaItem.id;
  const germanOffice = (await germany.ok('{ me { office { id } } }')).me.office.id;
  const germanDecision = (
    await admin.ok(
      'mutation($a: ID!, $o: ID!) { recordHeadquartersDecision(agendaItemId: $a, input: { decision: "Scope test", responsibleOfficeId: $o, dueOn: "2026-02-01" }) { id } }',
      {
        a: agendaItem,
        o: germanOffice,
      },
    )
  ).recordHeadquartersDecision.id;
  return {
    germanIssue,
    meeting,
    agendaItem,
    germanDecision,
    nc,
    almaty,
    germany,
    china,
    provider,
    admin,
    germanInvestor,
    almatyInvestor,
    almatyProject,
    turkistanProject,
    turkistanSite,
    germanRequest: await request(germany, germanInvestor),
    almatyRequest: await request(almaty, almatyInvestor),
    pendingApplication,
    germanFollowUp: await followUp(germany, germanInvestor),
  };
}
