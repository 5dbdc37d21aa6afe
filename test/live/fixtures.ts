import { randomUUID } from 'node:crypto';
import { createDataSource } from '../../src/db/data-source';
import type { DataSource } from 'typeorm';
import type { GraphQLClient } from '../support/server';

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
export async function createProject(client: GraphQLClient, regionCode: string, title = `Live ${randomUUID().slice(0, 8)}`): Promise<{ id: string; version: number }> {
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
