import { randomUUID } from 'node:crypto';
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { createSchema } from '../../src/schema';
import { startTestServer, type GraphQLClient, type GraphQLResponse, type TestServer } from '../support/server';
import { CREATE_PROJECT, PROJECT, UPDATE_PROJECT, buildWorld, changeEventCount, type World } from './fixtures';

/**
 * Issue 7, defects 2 and 8: every mutation input that references another record. A reference
 * the caller may not read answers exactly as a record that does not exist, and writes nothing.
 */
interface Case {
  caller: (w: MatrixWorld) => GraphQLClient;
  /** A record of that kind the caller may not read; null where every office reads them all (offices, users for the system administrator). */
  hidden: (w: MatrixWorld) => string | null;
  send: (client: GraphQLClient, ref: string, w: MatrixWorld) => Promise<GraphQLResponse>;
}

/**
 * The world, plus what the provider-step cases need (an application forwarded to the provider and
 * a person of another office) and those of investment events and agreements (issue 9).
 */
type MatrixWorld = World & {
  germanOfficeId: string;
  forwardedApplication: string;
  ncUserId: string;
  almatyEvent: string;
  germanCommitment: string;
};

const gql = (query: string, variables: Record<string, unknown>) => (client: GraphQLClient) => client.request(query, variables);
const almatyProjectInput = (w: World, input: Record<string, unknown>) =>
  gql(UPDATE_PROJECT, { id: w.almatyProject.id, v: w.almatyProject.version, input });
const newProject = (extra: Record<string, unknown>) => ({
  ...PROJECT,
  title: 'Matrix',
  regionCode: 'KZ-75',
  investmentVolumeKzt: '1000.00',
  ...extra,
});
const request = { kind: 'INFORMATION', subject: 'Matrix' };
const application = (investorId: string) => ({
  investorId,
  serviceCode: 'INVESTOR_VISA_PETITION',
  applicantName: 'Matrix',
  identityDocument: 'Passport',
  documents: [{ title: 'Letter' }],
  consentToDataUse: true,
});
const interaction = { kind: 'MEETING', occurredOn: '2026-01-15', summary: 'Matrix' };
const RECORD_INTERACTION = 'mutation($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }';
const RECORD_AGREEMENT = 'mutation($input: RecordAgreementInput!) { recordAgreement(input: $input) { id commitments { id } } }';
const agreement = (investorId: string) => ({
  kind: 'MEMORANDUM',
  title: 'Matrix',
  investorId,
  signedOn: '2026-01-15',
  parties: ['Matrix'],
  commitments: [{ description: 'Matrix', dueOn: '2026-12-31' }],
});
const byId = (mutation: string, extra = '') => `mutation($id: ID!) { ${mutation}(id: $id${extra}) { id } }`;

const RECORD_PROGRESS = 'mutation($input: RecordProjectProgressInput!) { recordProjectProgress(input: $input) { id } }';
const RAISE_ISSUE = 'mutation($input: RaiseInvestorIssueInput!) { raiseInvestorIssue(input: $input) { id } }';
const ADD_ITEM = 'mutation($m: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }';
const DECIDE =
  'mutation($a: ID!, $input: HeadquartersDecisionInput!) { recordHeadquartersDecision(agendaItemId: $a, input: $input) { id } }';
const issue = (extra: Record<string, unknown>) => ({
  title: 'Matrix',
  description: 'Matrix',
  category: 'OTHER',
  systemic: false,
  ...extra,
});

const almaty = (w: World) => w.almaty;
const openly = () => null;

const MATRIX: Record<string, Case> = {
  'createInvestor input.ownerOfficeId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref) =>
      c.request('mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }', {
        input: { name: 'Matrix', origin: 'DOMESTIC', countryCode: 'KZ', ownerOfficeId: ref },
      }),
  },
  'updateInvestor id': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) =>
      c.request('mutation($id: ID!) { updateInvestor(id: $id, expectedVersion: 1, input: { name: "Matrix" }) { id } }', { id: ref }),
  },
  'updateInvestor input.ownerOfficeId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) =>
      c.request('mutation($id: ID!, $ref: ID!) { updateInvestor(id: $id, expectedVersion: 1, input: { ownerOfficeId: $ref }) { id } }', {
        id: w.almatyInvestor,
        ref,
      }),
  },
  'createProject input.initiatorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) => gql(CREATE_PROJECT, { input: newProject({ initiatorId: ref }) })(c),
  },
  'createProject input.siteId': {
    caller: almaty,
    hidden: (w) => w.turkistanSite,
    send: (c, ref) => gql(CREATE_PROJECT, { input: newProject({ siteId: ref }) })(c),
  },
  'updateProject id': {
    caller: almaty,
    hidden: (w) => w.turkistanProject,
    send: (c, ref) => gql(UPDATE_PROJECT, { id: ref, v: 1, input: { title: 'Matrix' } })(c),
  },
  'updateProject input.initiatorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref, w) => almatyProjectInput(w, { initiatorId: ref })(c),
  },
  'updateProject input.siteId': {
    caller: almaty,
    hidden: (w) => w.turkistanSite,
    send: (c, ref, w) => almatyProjectInput(w, { siteId: ref })(c),
  },
  'updateIndustrialSite id': {
    caller: almaty,
    hidden: (w) => w.turkistanSite,
    send: (c, ref) =>
      c.request('mutation($id: ID!) { updateIndustrialSite(id: $id, expectedVersion: 1, input: { name: "Matrix" }) { id } }', { id: ref }),
  },
  'submitInvestorRequest input.investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) =>
      c.request('mutation($input: SubmitInvestorRequestInput!) { submitInvestorRequest(input: $input) { id } }', {
        input: { ...request, investorId: ref },
      }),
  },
  'submitInvestorRequest input.assignedOfficeId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) =>
      c.request('mutation($input: SubmitInvestorRequestInput!) { submitInvestorRequest(input: $input) { id } }', {
        input: { ...request, investorId: w.almatyInvestor, assignedOfficeId: ref },
      }),
  },
  'answerInvestorRequest id': {
    caller: almaty,
    hidden: (w) => w.germanRequest,
    send: (c, ref) => c.request(byId('answerInvestorRequest', ', answer: "Matrix"'), { id: ref }),
  },
  'forwardInvestorRequest id': {
    caller: almaty,
    hidden: (w) => w.germanRequest,
    send: (c, ref, w) =>
      c.request('mutation($id: ID!, $to: ID!) { forwardInvestorRequest(id: $id, toOfficeId: $to) { id } }', {
        id: ref,
        to: w.germanOfficeId,
      }),
  },
  'forwardInvestorRequest toOfficeId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) =>
      c.request('mutation($id: ID!, $to: ID!) { forwardInvestorRequest(id: $id, toOfficeId: $to) { id } }', {
        id: w.almatyRequest,
        to: ref,
      }),
  },
  'acceptServiceApplication input.investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) =>
      c.request('mutation($input: AcceptServiceApplicationInput!) { acceptServiceApplication(input: $input) { id } }', {
        input: application(ref),
      }),
  },
  'forwardServiceApplication id': {
    caller: almaty,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('forwardServiceApplication'), { id: ref }),
  },
  'notifyInvestorOfReturn id': {
    caller: almaty,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('notifyInvestorOfReturn'), { id: ref }),
  },
  'resubmitServiceApplication id': {
    caller: almaty,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('resubmitServiceApplication', ', documents: [{ title: "Matrix" }]'), { id: ref }),
  },
  // The provider may not read an application not yet forwarded to it (defect 9).
  'returnServiceApplication id': {
    caller: (w) => w.provider,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('returnServiceApplication', ', reason: "Matrix"'), { id: ref }),
  },
  'recordServiceResult id': {
    caller: (w) => w.provider,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('recordServiceResult', ', outcome: ISSUED'), { id: ref }),
  },
  'completeServiceStep applicationId': {
    caller: (w) => w.provider,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request('mutation($id: ID!) { completeServiceStep(applicationId: $id, order: 1) { id } }', { id: ref }),
  },
  // Only people of the provider office may be assigned: anyone else looks like no one.
  'completeServiceStep assigneeId': {
    caller: (w) => w.provider,
    hidden: (w) => (w as MatrixWorld).ncUserId,
    send: (c, ref, w) =>
      c.request('mutation($id: ID!, $ref: ID!) { completeServiceStep(applicationId: $id, order: 1, assigneeId: $ref) { id } }', {
        id: w.forwardedApplication,
        ref,
      }),
  },
  'receiveServiceResult id': {
    caller: almaty,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('receiveServiceResult'), { id: ref }),
  },
  'handOverServiceResult id': {
    caller: almaty,
    hidden: (w) => w.pendingApplication,
    send: (c, ref) => c.request(byId('handOverServiceResult', ', receiptNumber: "2026-000001", identityDocument: "Passport"'), { id: ref }),
  },
  'setOfficeWorkingHours officeId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) =>
      c.request(
        'mutation($id: ID!) { setOfficeWorkingHours(officeId: $id, input: { startsAt: "09:00", endsAt: "18:00", breakStartsAt: "13:00", breakEndsAt: "14:00" }) { id } }',
        { id: ref },
      ),
  },
  'createUser input.officeId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) =>
      c.request('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
        input: { email: `matrix-${randomUUID()}@irm.test`, name: 'Matrix', role: 'OFFICER', password: 'matrix-password-1', officeId: ref },
      }),
  },
  'updateUser id': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) => c.request('mutation($id: ID!) { updateUser(id: $id, input: { name: "Matrix" }) { id } }', { id: ref }),
  },
  'updateUser input.officeId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: async (c, ref, w) => {
      const { me } = await w.almaty.ok<{ me: { id: string } }>('{ me { id } }');
      return c.request('mutation($id: ID!, $ref: ID!) { updateUser(id: $id, input: { officeId: $ref }) { id } }', { id: me.id, ref });
    },
  },
  'setUserActive id': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) => c.request(byId('setUserActive', ', active: false'), { id: ref }),
  },
  'assignAccountManager investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) =>
      c.request('mutation($id: ID!) { assignAccountManager(investorId: $id, userId: "00000000-0000-4000-8000-000000000000") { id } }', {
        id: ref,
      }),
  },
  // People are not scoped (every office sees who acted); an unknown one is NOT_FOUND.
  'assignAccountManager userId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) =>
      c.request('mutation($id: ID!, $ref: ID!) { assignAccountManager(investorId: $id, userId: $ref) { id } }', {
        id: w.almatyInvestor,
        ref,
      }),
  },
  'recordInteraction input.investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) => c.request(RECORD_INTERACTION, { input: { ...interaction, investorId: ref } }),
  },
  'recordInteraction input.projectId': {
    caller: almaty,
    hidden: (w) => w.turkistanProject,
    send: (c, ref, w) => c.request(RECORD_INTERACTION, { input: { ...interaction, investorId: w.almatyInvestor, projectId: ref } }),
  },
  // Every front office reads every investment event (issue 9): a missing one is NOT_FOUND.
  'recordInteraction input.eventId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) => c.request(RECORD_INTERACTION, { input: { ...interaction, investorId: w.almatyInvestor, eventId: ref } }),
  },
  'completeFollowUp id': {
    caller: almaty,
    hidden: (w) => w.germanFollowUp,
    send: (c, ref) => c.request(byId('completeFollowUp'), { id: ref }),
  },
  // Monitoring (issue 10).
  'recordProjectProgress input.projectId': {
    caller: almaty,
    hidden: (w) => w.turkistanProject,
    send: (c, ref) => c.request(RECORD_PROGRESS, { input: { projectId: ref, asOf: '2026-01-10', spentKzt: '1.00', jobsCreated: 1 } }),
  },
  'raiseInvestorIssue input.investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) => c.request(RAISE_ISSUE, { input: issue({ investorId: ref }) }),
  },
  'raiseInvestorIssue input.projectId': {
    caller: almaty,
    hidden: (w) => w.turkistanProject,
    send: (c, ref, w) => c.request(RAISE_ISSUE, { input: issue({ investorId: w.almatyInvestor, projectId: ref }) }),
  },
  'updateInvestorIssue id': {
    caller: almaty,
    hidden: (w) => w.germanIssue,
    send: (c, ref) =>
      c.request('mutation($id: ID!) { updateInvestorIssue(id: $id, input: { systemic: true, expectedVersion: 1 }) { id } }', { id: ref }),
  },
  'addAgendaItem meetingId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) => c.request(ADD_ITEM, { m: ref, input: { summary: 'Matrix' } }),
  },
  'addAgendaItem input.projectId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref, w) => c.request(ADD_ITEM, { m: w.meeting, input: { summary: 'Matrix', projectId: ref } }),
  },
  'addAgendaItem input.issueId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref, w) => c.request(ADD_ITEM, { m: w.meeting, input: { summary: 'Matrix', issueId: ref } }),
  },
  'recordHeadquartersDecision agendaItemId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref, w) =>
      c.request(DECIDE, { a: ref, input: { decision: 'Matrix', responsibleOfficeId: w.germanOfficeId, dueOn: '2026-02-01' } }),
  },
  'recordHeadquartersDecision input.responsibleOfficeId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref, w) =>
      c.request(DECIDE, { a: w.agendaItem, input: { decision: 'Matrix', responsibleOfficeId: ref, dueOn: '2026-02-01' } }),
  },
  'completeHeadquartersDecision id': {
    caller: almaty,
    hidden: (w) => w.germanDecision,
    send: (c, ref) => c.request(byId('completeHeadquartersDecision', ', report: "Matrix"'), { id: ref }),
  },
  'setKpiTarget input.officeId': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) =>
      c.request('mutation($input: KpiTargetInput!) { setKpiTarget(input: $input) { id } }', {
        input: { officeId: ref, year: 2025, indicator: 'VISITS', target: '1' },
      }),
  },
  // Issue 9: every front office reads every investment event; agreements are read with their investor.
  'decideInvestmentEvent id': {
    caller: (w) => w.admin,
    hidden: openly,
    send: (c, ref) => c.request(byId('decideInvestmentEvent', ', approve: true'), { id: ref }),
  },
  'cancelInvestmentEvent id': { caller: almaty, hidden: openly, send: (c, ref) => c.request(byId('cancelInvestmentEvent'), { id: ref }) },
  'addEventParticipant eventId': {
    caller: almaty,
    hidden: openly,
    send: (c, ref, w) =>
      c.request('mutation($e: ID!, $i: ID!) { addEventParticipant(eventId: $e, investorId: $i) { id } }', { e: ref, i: w.almatyInvestor }),
  },
  'addEventParticipant investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref, w) =>
      c.request('mutation($e: ID!, $i: ID!) { addEventParticipant(eventId: $e, investorId: $i) { id } }', { e: w.almatyEvent, i: ref }),
  },
  'recordAgreement input.investorId': {
    caller: almaty,
    hidden: (w) => w.germanInvestor,
    send: (c, ref) => c.request(RECORD_AGREEMENT, { input: agreement(ref) }),
  },
  'recordAgreement input.projectId': {
    caller: almaty,
    hidden: (w) => w.turkistanProject,
    send: (c, ref, w) => c.request(RECORD_AGREEMENT, { input: { ...agreement(w.almatyInvestor), projectId: ref } }),
  },
  'updateCommitment id': {
    caller: almaty,
    hidden: (w) => w.germanCommitment,
    send: (c, ref) => c.request('mutation($id: ID!) { updateCommitment(id: $id, status: MET, expectedVersion: 1) { id } }', { id: ref }),
  },
};

/** Every `mutation arg.path` whose type is ID, from the schema the server runs. */
async function idBearingMutationInputs(): Promise<string[]> {
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>): string[] => {
    const named = getNamedType(type);
    if (named.name === 'ID') return [path];
    if (!isInputObjectType(named) || seen.has(named.name)) return [];
    return Object.values(named.getFields()).flatMap((f) => walk(f.type, `${path}.${f.name}`, new Set([...seen, named.name])));
  };
  const mutation = (await createSchema()).getMutationType()!;
  return Object.values(mutation.getFields()).flatMap((field) =>
    field.args.flatMap((arg) => walk(arg.type, arg.name, new Set())).map((p) => `${field.name} ${p}`),
  );
}

let server: TestServer;
let world: MatrixWorld;

beforeAll(async () => {
  server = await startTestServer();
  const w = await buildWorld(server);
  const application = {
    investorId: w.germanInvestor,
    serviceCode: 'INVESTOR_VISA_PETITION',
    applicantName: 'Matrix',
    identityDocument: 'Passport',
    documents: [{ title: 'Letter' }],
    consentToDataUse: true,
  };
  const { acceptServiceApplication } = await w.nc.ok(
    'mutation($input: AcceptServiceApplicationInput!) { acceptServiceApplication(input: $input) { id } }',
    { input: application },
  );
  await w.nc.ok(byId('forwardServiceApplication'), { id: acceptServiceApplication.id });
  const almatyEvent = (
    await w.almaty.ok('mutation($input: ProposeInvestmentEventInput!) { proposeInvestmentEvent(input: $input) { id } }', {
      input: { kind: 'SEMINAR', title: 'Matrix', countryCode: 'KZ', startsOn: '2099-01-10', endsOn: '2099-01-10' },
    })
  ).proposeInvestmentEvent.id;
  const germanCommitment = (await w.germany.ok(RECORD_AGREEMENT, { input: agreement(w.germanInvestor) })).recordAgreement.commitments[0].id;
  world = {
    ...w,
    germanOfficeId: (await w.germany.ok('{ me { office { id } } }')).me.office.id,
    forwardedApplication: acceptServiceApplication.id,
    ncUserId: (await w.nc.ok('{ me { id } }')).me.id,
    almatyEvent,
    germanCommitment,
  };
});
afterAll(() => server.stop());

it('covers every mutation input that references a record', async () => {
  expect(Object.keys(MATRIX).sort()).toEqual((await idBearingMutationInputs()).sort());
});

/** What a client can tell apart: the code and the message with the id taken out. */
function answer(res: GraphQLResponse, ref: string) {
  const error = res.errors?.[0];
  return { code: error?.extensions?.code, message: error?.message.replaceAll(ref, '<id>'), data: res.data ?? null };
}

describe.each(Object.entries(MATRIX))('%s', (_name, c) => {
  it('answers a record the caller may not read exactly as a missing one, and writes nothing', async () => {
    const client = c.caller(world);
    const missing = randomUUID();
    const before = await changeEventCount(server);
    const absent = answer(await c.send(client, missing, world), missing);
    expect(absent.code).toMatch(/^(NOT_FOUND|FORBIDDEN|BAD_USER_INPUT)$/);
    const hidden = c.hidden(world);
    if (hidden) expect(answer(await c.send(client, hidden, world), hidden)).toEqual(absent);
    expect(await changeEventCount(server)).toBe(before);
  });
});
