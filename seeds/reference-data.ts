import type { DataSource } from 'typeorm';
import { recordCreations } from '../src/db/transactions';
import { OFFICE_POLICY } from '../src/offices/office.policy';
import { Office, OfficeKind, OfficeLevel } from '../src/offices/office.entity';

/**
 * Paragraph 2: the authorized body is part of the system itself, not demo data: the first
 * administrator (ADMIN_EMAIL) belongs there, so a production database needs it from the start.
 * Same code and name as the demo office, so demo data loaded first is left alone.
 */
export const AUTHORIZED_BODY = {
  code: 'AB-MFA',
  name: 'Investment Committee of the Ministry of Foreign Affairs of the Republic of Kazakhstan',
  kind: OfficeKind.AUTHORIZED_BODY,
  level: OfficeLevel.CENTRAL,
} as const;

/** Inserts the authorized body unless one exists; safe when several instances start at once. */
export async function ensureReferenceOffices(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (m) => {
    // The partial unique index on kind makes a concurrent second insert a no-op.
    const result = await m.createQueryBuilder().insert().into(Office).values(AUTHORIZED_BODY).orIgnore().returning(['id']).execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (id) await recordCreations(m, OFFICE_POLICY, [id]);
  });
}
