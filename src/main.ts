import { startIrm } from './bootstrap';
import { loadConfig } from './config/config';
import { loadDotEnv } from './config/dotenv';
import { startFailureMessage } from './startup-error';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const irm = await startIrm(config);
  const where = config.DATABASE_URL ? 'PostgreSQL' : `embedded PostgreSQL (${config.EMBEDDED_DB_DIR})`;
  console.info(`IRM is serving GraphQL at ${irm.server.url}/graphql on ${where}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.info(`${signal}: finishing requests in flight, then stopping`);
    const timer = setTimeout(() => {
      console.error('Shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    irm.stop().then(
      () => {
        clearTimeout(timer);
        process.exit(0);
      },
      (e: unknown) => {
        console.error('Shutdown failed', e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((e: unknown) => {
  console.error(startFailureMessage(e));
  process.exit(1);
});
