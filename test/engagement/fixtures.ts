import { randomUUID } from 'node:crypto';
import { contract } from '../support/contract';
import type { GraphQLClient, TestServer } from '../support/server';

/** A foreign investor owned by the caller's office. */
export async function createLead(
  client: GraphQLClient,
  countryCode: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; version: number }> {
  const input = {
    name: `Engagement ${randomUUID().slice(0, 8)}`,
    origin: countryCode === 'KZ' ? 'DOMESTIC' : 'FOREIGN',
    countryCode,
    ...extra,
  };
  const { createInvestor } = await client.ok(contract('CreateInvestor'), { input });
  return { id: createInvestor.id, version: createInvestor.version };
}

/** A project in a region initiated by the investor: that region's offices then read the investor. */
export async function createProjectOf(client: GraphQLClient, initiatorId: string, regionCode: string): Promise<string> {
  const input = {
    title: `Engagement project ${randomUUID().slice(0, 8)}`,
    kind: 'NEW',
    stage: 'PREPARATION',
    sectorCode: '10',
    regionCode,
    investmentVolumeKzt: '1000000.00',
    initiatorId,
  };
  return (await client.ok(contract('CreateProject'), { input })).createProject.id;
}

export interface Recorded {
  id: string;
  followUp: { id: string; dueOn: string; doneAt: string | null; overdue: boolean } | null;
  [k: string]: unknown;
}

export async function record(client: GraphQLClient, input: Record<string, unknown>): Promise<Recorded> {
  return (
    await client.ok(contract('RecordInteraction'), {
      input: { kind: 'MEETING', summary: 'Discussed the plant', participants: [], ...input },
    })
  ).recordInteraction;
}

export async function meId(client: GraphQLClient): Promise<string> {
  return (await client.ok('{ me { id } }')).me.id;
}

export { changesOf as changeEventsOf } from '../support/change-events';

export async function officeIdOf(server: TestServer, code: string): Promise<string> {
  const [row] = (await server.irm.dataSource.query(`SELECT id FROM office WHERE code = $1`, [code])) as { id: string }[];
  return row!.id;
}
