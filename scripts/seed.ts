// npm run seed: loads the demo data into an empty database (migrating it first).
import { createApp } from '../src/app';
import { openDatabase } from '../src/bootstrap';
import { systemClock } from '../src/common/clock';
import { seedDemoActivity } from '../seeds/demo-activity';
import { seedDemoMonitoring } from '../seeds/demo-monitoring';
import { loadConfig } from '../src/config/config';
import { loadDotEnv } from '../src/config/dotenv';
import { startFailureMessage } from '../src/startup-error';
import { isEmpty, seedDemoData } from '../seeds/seed-demo';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    if (!(await isEmpty(db.dataSource))) {
      console.info('the database already has offices: demo data is only loaded into an empty database');
      return;
    }
    await seedDemoData(db.dataSource);
    const app = createApp({ dataSource: db.dataSource, config, clock: systemClock });
    await seedDemoActivity(app);
    await seedDemoMonitoring(app);
    console.info('demo data loaded');
  } finally {
    await db.close();
  }
}

main().catch((e: unknown) => {
  console.error(startFailureMessage(e));
  process.exit(1);
});
