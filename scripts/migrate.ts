// npm run migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { loadDotEnv } from '../src/config/dotenv';
import { startFailureMessage } from '../src/startup-error';

async function main(): Promise<void> {
  loadDotEnv();
  const db = await openDatabase(loadConfig());
  console.info('migrations applied');
  await db.close();
}

main().catch((e: unknown) => {
  console.error(startFailureMessage(e));
  process.exit(1);
});
