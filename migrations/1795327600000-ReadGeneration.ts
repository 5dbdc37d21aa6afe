import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A generation per kind of list whose totals IRM caches (src/common/count-cache.ts): bumped by
 * the database in every transaction that writes a table the list's rows or filters read, so a
 * cached total is valid exactly while its generation is unchanged, on every instance.
 * - investor lists read investor, investor_sector (sector filter) and project (a regional
 *   office's scope);
 * - project lists read project only (tier and pool eligibility are re-derived onto the row by
 *   the project_assess triggers, which therefore bump it too).
 * The bump is a deferred constraint trigger: it runs at commit, once per kind and transaction
 * (a transaction-local setting remembers it), so a writer holds the generation row's lock only
 * while committing and never while waiting for other row locks (no deadlocks). Kinds are
 * always bumped in the order investor, project, so two committers never wait on each other in
 * a cycle.
 */
export class ReadGeneration1795327600000 implements MigrationInterface {
  name = 'ReadGeneration1795327600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE read_generation (kind text PRIMARY KEY, value bigint NOT NULL DEFAULT 0)`);
    await q.query(`INSERT INTO read_generation (kind) VALUES ('investor'), ('project')`);
    await q.query(`
      CREATE FUNCTION bump_read_generation() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE k text;
      BEGIN
        FOREACH k IN ARRAY TG_ARGV LOOP
          IF current_setting('irm.read_generation_' || k, true) IS DISTINCT FROM 'bumped' THEN
            UPDATE read_generation SET value = value + 1 WHERE kind = k;
            PERFORM set_config('irm.read_generation_' || k, 'bumped', true);
          END IF;
        END LOOP;
        RETURN NULL;
      END $$`);
    for (const [table, kinds] of TRIGGERS) {
      const args = kinds.map((k) => `'${k}'`).join(', ');
      await q.query(`CREATE CONSTRAINT TRIGGER ${table}_read_generation AFTER INSERT OR UPDATE OR DELETE ON ${table}
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_read_generation(${args})`);
      // Constraint triggers cannot fire on TRUNCATE: a plain statement trigger covers it.
      await q.query(`CREATE TRIGGER ${table}_read_generation_truncate AFTER TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION bump_read_generation(${args})`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const [table] of TRIGGERS) {
      await q.query(`DROP TRIGGER ${table}_read_generation_truncate ON ${table}`);
      await q.query(`DROP TRIGGER ${table}_read_generation ON ${table}`);
    }
    await q.query(`DROP FUNCTION bump_read_generation()`);
    await q.query(`DROP TABLE read_generation`);
  }
}

/** Which generations a write to each table bumps, in the fixed order investor, project. */
const TRIGGERS: [string, string[]][] = [
  ['investor', ['investor']],
  ['investor_sector', ['investor']],
  ['project', ['investor', 'project']],
];
