import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config';

/** Where log lines go: standard output, or pino-pretty in development. */
let output: DestinationStream = pino.destination({ dest: 1, sync: false });
/** A stream that takes every line instead (tests read the log in-process). */
let captured: DestinationStream | null = null;

const sink: DestinationStream = { write: (line: string) => (captured ?? output).write(line) };

/**
 * The one logger of the process: JSON lines with an ISO time, the process and host (several
 * instances), a level name. Request lines are written by observeRequests (http-observability.ts).
 */
export const log: Logger = pino(
  {
    level: 'info',
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  },
  sink,
);

/** pino-pretty, when installed (a dev dependency): a production install has plain JSON. */
function prettyStream(): DestinationStream | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pretty = require('pino-pretty') as (options: object) => DestinationStream;
    return pretty({ translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
  } catch {
    return null;
  }
}

let pretty = false;

/** Applies LOG_LEVEL, and human-readable output in development. Called by main and again by each server: idempotent. */
export function configureLogging(config: Pick<Config, 'LOG_LEVEL' | 'NODE_ENV'>): void {
  log.level = config.LOG_LEVEL;
  if (config.NODE_ENV === 'development' && !pretty) {
    const stream = prettyStream();
    if (stream) [output, pretty] = [stream, true];
  }
}

/** Sends every line to `stream` until the returned function is called. */
export function captureLogs(stream: DestinationStream): () => void {
  captured = stream;
  return () => {
    captured = null;
  };
}
