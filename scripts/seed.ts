// npm run seed: loads the demo data into an empty database (migrating it first).
import { openDatabase } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { loadDotEnv } from '../src/config/dotenv';
import { startFailureMessage } from '../src/startup-error';
import { isEmpty, seedDemoData } from '../seeds/seed-demo';

async function main(): Promise<void> {
  loadDotEnv();
  const db = await openDatabase(loadConfig());
  try {
    if (!(await isEmpty(db.dataSource))) {
      console.info('the database already has offices: demo data is only loaded into an empty database');
      return;
    }
    await seedDemoData(db.dataSource);
    console.info('demo data loaded');
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(startFailureMessage(e));
  process.exit(1);
});
