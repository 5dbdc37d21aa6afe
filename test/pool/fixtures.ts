import { Client } from 'pg';
import { contract } from '../support/contract';
import type { GraphQLClient } from '../support/server';

let serial = 0;

/** A private foreign investor owned by the caller's office. */
export async function createInvestor(client: GraphQLClient, name = 'Pool Fixture Investor'): Promise<string> {
  const { createInvestor } = await client.ok(contract('CreateInvestor'), {
    input: { name: `${name} ${++serial}`, origin: 'FOREIGN', countryCode: 'DE' },
  });
  return createInvestor.id;
}

export interface ProjectFixture {
  id: string;
  version: number;
  supportTier: string;
  eligible: boolean;
}

/** A new project; eligible for the pool when private, non-resource and over KZT 500 million. */
export async function createProject(
  client: GraphQLClient,
  input: { title: string; regionCode: string; sectorCode: string; investmentVolumeKzt: string; initiatorId: string; stage?: string },
): Promise<ProjectFixture> {
  const { createProject } = await client.ok(contract('CreateProject'), { input: { kind: 'NEW', stage: 'PREPARATION', ...input } });
  return {
    id: createProject.id,
    version: createProject.version,
    supportTier: createProject.supportTier,
    eligible: createProject.poolEligibility.eligible,
  };
}

/** The Almaty quarter an instant falls in. */
export function quarterContaining(instant: Date): { year: number; quarter: number } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit' })
    .format(instant)
    .split('-')
    .map(Number);
  return { year, quarter: Math.ceil(month / 3) };
}

export interface ChangeRow {
  entity: string;
  action: string;
  region_code: string | null;
  audience: string[];
}

/** The change log of a record, oldest first, read straight from the test database. */
export async function changeEventsOf(entityId: string): Promise<ChangeRow[]> {
  const db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query<ChangeRow>(
      'SELECT entity, action, region_code, audience FROM change_event WHERE entity_id = $1 ORDER BY seq',
      [entityId],
    );
    return rows;
  } finally {
    await db.end();
  }
}
