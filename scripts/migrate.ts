// npm run migrate: applies pending migrations to DATABASE_URL (or the embedded database).
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { loadDotEnv } from '../src/config/dotenv';
import { configureLogging } from '../src/observability/logger';
import { startFailureMessage } from '../src/startup-error';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  configureLogging(config);
  const db = await openDatabase(config);
  console.info('migrations applied');
  await db.close();
}

main().catch((e: unknown) => {
  console.error(startFailureMessage(e));
  process.exit(1);
});
