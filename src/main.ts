import { startIrm } from './bootstrap';
import { loadConfig } from './config/config';
import { loadDotEnv } from './config/dotenv';
import { configureLogging, log } from './observability/logger';
import { startFailureMessage } from './startup-error';

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  // First, so that every start-up line (database retries included) honours LOG_LEVEL and NODE_ENV.
  configureLogging(config);
  // The handlers go in before anything is announced: a signal that arrives before them would end
  // the process at once (the operating system's default), without a clean stop.
  const starting = startIrm(config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, `${signal}: finishing requests in flight, then stopping`);
    const timer = setTimeout(() => {
      log.error({ timeoutMs: config.SHUTDOWN_TIMEOUT_MS }, 'Shutdown took too long; exiting');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    starting
      .then((irm) => irm.stop())
      .then(
        () => {
          clearTimeout(timer);
          process.exit(0);
        },
        (e: unknown) => {
          log.error({ err: e }, 'Shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  const irm = await starting;
  const where = config.DATABASE_URL ? 'PostgreSQL' : `embedded PostgreSQL (${config.EMBEDDED_DB_DIR})`;
  log.info({ url: `${irm.server.url}/graphql` }, `IRM is serving GraphQL at ${irm.server.url}/graphql on ${where}`);
}

main().catch((e: unknown) => {
  const message = startFailureMessage(e);
  if (typeof message === 'string') {
    // What an operator can fix (a setting, the database, the port, the data folder) stays one plain
    // line on stderr, the last thing the process prints, even when the logger is not configured
    // yet (a bad setting) or writes JSON.
    process.stderr.write(`${message}\n`);
  } else {
    // Anything else is a defect: the whole error, stack included, in the log; a pointer on stderr.
    log.fatal({ err: message }, 'IRM could not start');
    process.stderr.write(`IRM could not start: ${message instanceof Error ? message.message : String(message)} (details in the log)\n`);
  }
  process.exit(1);
});
