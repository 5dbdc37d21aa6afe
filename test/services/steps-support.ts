import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import type { GraphQLClient, TestServer } from '../support/server';
import type { ManualClock } from '../support/clock';
import { accept } from './fixtures';

/** An application's steps with everything the API gives about them. */
export const STEPS = `query($id: ID!) { serviceApplication(id: $id) { id status round resultReceivedAt handedOverAt
  steps { order name duration startedAt dueAt completedAt onTime deliveryMethod completedBy { id } assignee { id } }
  currentStep { order dueAt overdue } } }`;

export const COMPLETE = contract('CompleteServiceStep');

export interface Step {
  order: number;
  startedAt: string | null;
  dueAt: string | null;
  completedAt: string | null;
  onTime: boolean | null;
  deliveryMethod: string | null;
  completedBy: { id: string } | null;
  assignee: { id: string } | null;
}

export async function stepsOf(
  client: GraphQLClient,
  id: string,
): Promise<{ status: string; round: number; steps: Step[]; currentStep: { order: number; dueAt: string; overdue: boolean } | null }> {
  return (await client.ok(STEPS, { id })).serviceApplication;
}

/** Accepted at the clock's time and forwarded at `forwardAt` (the clock is left there). */
export async function forwardedAt(clock: ManualClock, nc: GraphQLClient, investorId: string, forwardAt: string): Promise<string> {
  clock.set(forwardAt);
  const { id } = await accept(nc, investorId, { acceptedAt: new Date(new Date(forwardAt).getTime() - 60_000).toISOString() });
  await nc.ok(contract('ForwardServiceApplication'), { id });
  return id;
}

/** A new person of an office, created by the system administrator; signed in unless deactivated later. */
export async function newPerson(
  server: TestServer,
  admin: GraphQLClient,
  officeCode: string,
  role: string,
): Promise<{ id: string; client: GraphQLClient }> {
  const { offices } = await admin.ok('{ offices { id code } }');
  const officeId = offices.find((o: { code: string }) => o.code === officeCode).id as string;
  const email = `steps-${randomUUID()}@irm.test`;
  const password = 'steps-password-0123';
  const { createUser } = await admin.ok('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
    input: { email, password, name: `Steps ${role}`, role, officeId },
  });
  return { id: createUser.id as string, client: await server.login(email, password) };
}

export async function deactivate(admin: GraphQLClient, id: string): Promise<void> {
  await admin.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id });
}

/** Almaty wall-clock time with an explicit offset (+06:00 before 1 March 2024, +05:00 since). */
export const at = (local: string, offset = '+05:00'): string => new Date(`${local}${offset}`).toISOString();
