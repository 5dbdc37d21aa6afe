// npm run migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';

openDatabase(loadConfig())
  .then(async (db) => {
    console.info('migrations applied');
    await db.close();
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
