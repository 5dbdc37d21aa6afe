import { randomUUID } from 'node:crypto';
import { policies, readerOf } from '../../src/auth/audience';
import type { Viewer } from '../../src/auth/viewer';
import { UserRole } from '../../src/users/user.entity';
import type { TestServer } from './server';

/** A change event as the log holds it, with the codes of the offices it reaches (as their administrators: every permission to read). */
export interface LoggedChange {
  entity: string;
  action: string;
  changed_fields: string[];
  region_code: string | null;
  actor_id: string | null;
  audience: string[];
  readers: string[];
}

/** An office as the office table holds it. */
export interface OfficeRow {
  id: string;
  code: string;
  kind: Viewer['office']['kind'];
  level: Viewer['office']['level'];
  region_code: string | null;
  country_code: string | null;
}

/** A signed-in person of `office` with `role`, as a token would give it (a new object each time). */
export const viewerOf = (o: OfficeRow, role: UserRole): Viewer => ({
  userId: randomUUID(),
  email: `${o.code}@irm.test`,
  role,
  office: { id: o.id, code: o.code, kind: o.kind, level: o.level, regionCode: o.region_code, countryCode: o.country_code },
  tokenExpiresAt: new Date(Date.now() + 3_600_000),
  tokenEpoch: 0,
});

/** The change events of one record, oldest first, read straight from the test database. */
export async function changesOf(server: TestServer, entityId: string, entity?: string): Promise<LoggedChange[]> {
  const db = server.irm.app.dataSource;
  const rows: Omit<LoggedChange, 'readers'>[] = await db.query(
    `SELECT entity, action, changed_fields, region_code, actor_id, audience FROM change_event
      WHERE entity_id = $1 AND ($2::text IS NULL OR entity = $2) ORDER BY seq`,
    [entityId, entity ?? null],
  );
  const offices: OfficeRow[] = await db.query(`SELECT id, code, kind, level, region_code, country_code FROM office ORDER BY code`);
  return rows.map((row) => {
    const policy = policies().find((p) => p.kind === row.entity);
    if (!policy) throw new Error(`No policy for ${row.entity}`);
    const readers = offices.filter((o) => policy.reaches(readerOf(viewerOf(o, UserRole.ADMIN)), row.audience)).map((o) => o.code);
    return { ...row, readers };
  });
}
