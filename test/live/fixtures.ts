import { randomUUID } from 'node:crypto';
import { createDataSource } from '../../src/db/data-source';
import type { DataSource } from 'typeorm';
import type { GraphQLClient, TestServer } from '../support/server';

/** A second connection pool on the test database, for writers that bypass the API. */
export async function directDataSource(poolSize: number): Promise<DataSource> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const ds = createDataSource({ url, poolSize });
  await ds.initialize();
  return ds;
}

export const CREATE_PROJECT = `mutation($input: CreateProjectInput!) { createProject(input: $input) { id version } }`;
export const UPDATE_PROJECT = `mutation($id: ID!, $v: Int!, $input: UpdateProjectInput!) { updateProject(id: $id, expectedVersion: $v, input: $input) { id version } }`;

/** A small regional project (served by the region's organization) through the API. */
export async function createProject(
  client: GraphQLClient,
  regionCode: string,
  title = `Live ${randomUUID().slice(0, 8)}`,
): Promise<{ id: string; version: number }> {
  const { createProject: p } = await client.ok(CREATE_PROJECT, {
    input: { title, kind: 'NEW', stage: 'PROPOSED', sectorCode: '10', regionCode, investmentVolumeKzt: '1000000.00' },
  });
  return p;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, polling; fails after `ms`. */
export async function eventually(check: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A foreign investor owned by the caller's office, through the API. */
export async function createInvestor(client: GraphQLClient, countryCode: string): Promise<{ id: string }> {
  const { createInvestor: i } = await client.ok(`mutation($input: CreateInvestorInput!) { createInvestor(input: $input) { id } }`, {
    input: { name: `Live investor ${randomUUID().slice(0, 8)}`, origin: 'FOREIGN', countryCode },
  });
  return i;
}

export interface LogEdge {
  cursor: string;
  node: { entity: string; entityId: string; action: string; changedFields: string[]; actor: { id: string } | null };
}

/** Every change after `after` a client may read, following pages to the end. */
export async function readLog(client: GraphQLClient, after: string | null, filter?: Record<string, unknown>): Promise<LogEdge[]> {
  const edges: LogEdge[] = [];
  let cursor = after;
  for (;;) {
    const { changeLog } = await client.ok(
      `query($after: String, $filter: ChangeFilter) { changeLog(after: $after, first: 100, filter: $filter) { pageInfo { hasNextPage endCursor } edges { cursor node { entity entityId action changedFields actor { id } } } } }`,
      { after: cursor, filter },
    );
    edges.push(...(changeLog.edges as LogEdge[]));
    if (!changeLog.pageInfo.hasNextPage) return edges;
    cursor = changeLog.pageInfo.endCursor;
  }
}

/** The cursor of the newest change the client may read now. */
export async function logHead(client: GraphQLClient): Promise<string | null> {
  const edges = await readLog(client, null);
  return edges.length > 0 ? edges[edges.length - 1].cursor : null;
}

/**
 * Waits until every committed change is readable: the log is read only below the oldest
 * transaction still running anywhere in the cluster, which on a shared server may briefly be
 * someone else's.
 */
export async function settled(server: TestServer): Promise<void> {
  const log = server.irm.app.repos.changeLog;
  while (await log.hasUnsettledAfter(null)) await sleep(10);
}
