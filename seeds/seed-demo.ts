import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../src/auth/password';
import { recordCreations } from '../src/db/transactions';
import { INVESTOR_POLICY } from '../src/investors/investor.policy';
import { OFFICE_POLICY } from '../src/offices/office.policy';
import { PROJECT_POLICY } from '../src/projects/project.policy';
import { INDUSTRIAL_SITE_POLICY } from '../src/sites/industrial-site.policy';
import { USER_POLICY } from '../src/users/user.policy';
import { Investor } from '../src/investors/investor.entity';
import { Office } from '../src/offices/office.entity';
import { Project } from '../src/projects/project.entity';
import { IndustrialSite } from '../src/sites/industrial-site.entity';
import { User } from '../src/users/user.entity';
import { seedEngagementDemo } from './engagement-demo';
import { DEMO_INVESTORS, DEMO_OFFICES, DEMO_PASSWORD, DEMO_PROJECTS, DEMO_SITES, DEMO_USERS } from './demo-data';

/** True when the database has no offices yet: demo data goes only into an empty database. */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(Office).count()) === 0;
}

function byKey<T extends { id: string }>(rows: T[], keys: string[]): Map<string, string> {
  return new Map(keys.map((k, i) => [k, rows[i].id]));
}

async function insertAll<T extends { id: string }>(m: EntityManager, target: new () => T, rows: object[]): Promise<T[]> {
  const repo = m.getRepository(target);
  return repo.save(rows.map((r) => repo.create(r as T)));
}

/**
 * Loads the demo offices, people, sites, investors and projects (seeds/demo-data.ts) in one
 * transaction, with a change-log entry for each record as if it had been entered.
 */
export async function seedDemoData(dataSource: DataSource): Promise<void> {
  const passwordHashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  await dataSource.transaction(async (m) => {
    const offices = await insertAll(
      m,
      Office,
      DEMO_OFFICES.map((o) => ({ ...o, countryCode: o.countryCode ?? null, regionCode: o.regionCode ?? null })),
    );
    const officeId = byKey(
      offices,
      DEMO_OFFICES.map((o) => o.code),
    );
    const users = await insertAll(
      m,
      User,
      DEMO_USERS.map((u, i) => ({
        email: u.email,
        name: u.name,
        role: u.role,
        officeId: officeId.get(u.officeCode),
        passwordHash: passwordHashes[i],
      })),
    );
    const sites = await insertAll(
      m,
      IndustrialSite,
      DEMO_SITES.map(({ key: _key, ...s }) => s),
    );
    const siteId = byKey(
      sites,
      DEMO_SITES.map((s) => s.key),
    );
    const investors = await insertAll(
      m,
      Investor,
      DEMO_INVESTORS.map(({ key: _key, sectorCodes: _sectors, ownerOfficeCode, ...i }) => ({
        ...i,
        ownerOfficeId: officeId.get(ownerOfficeCode),
      })),
    );
    const investorId = byKey(
      investors,
      DEMO_INVESTORS.map((i) => i.key),
    );
    for (const [i, demo] of DEMO_INVESTORS.entries()) {
      await m.query(`INSERT INTO investor_sector (investor_id, sector_code) SELECT $1, unnest($2::varchar[])`, [
        investors[i].id,
        demo.sectorCodes,
      ]);
    }
    const projects = await insertAll(
      m,
      Project,
      DEMO_PROJECTS.map(({ initiatorKey, siteKey, ...p }) => ({
        ...p,
        initiatorId: initiatorKey ? investorId.get(initiatorKey) : null,
        siteId: siteKey ? siteId.get(siteKey) : null,
      })),
    );
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    await recordCreations(m, OFFICE_POLICY, ids(offices));
    await recordCreations(m, USER_POLICY, ids(users));
    await recordCreations(m, INDUSTRIAL_SITE_POLICY, ids(sites));
    await recordCreations(m, INVESTOR_POLICY, ids(investors));
    await recordCreations(m, PROJECT_POLICY, ids(projects));
    await seedEngagementDemo(m);
  });
}
