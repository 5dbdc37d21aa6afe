import http from 'node:http';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface RawAnswer {
  status: number;
  text: string;
  /** The parsed body when it is JSON. */
  json: { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } | null;
  ms: number;
}

/**
 * Keep-alive connections for the hostile suites: node:http costs the test process far less CPU
 * per request than fetch (undici's web streams), and the client shares the event loop with the
 * server it measures.
 */
const agent = new http.Agent({ keepAlive: true });

/** POSTs a body as is (any string, any content type) and keeps the raw answer. */
export function post(url: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: RawAnswer['json'];
          try {
            json = JSON.parse(text) as RawAnswer['json'];
          } catch {
            json = null;
          }
          resolve({ status: res.statusCode ?? 0, text, json, ms: performance.now() - started });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const operation = (query: string, variables: Record<string, unknown> = {}, token?: string | null, url?: string) =>
  post(url as string, JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});

/** Signs of internals leaking: stack frames, file paths, HTML error pages. */
export const LEAK = /\bat [\w$.<>]+ \(|node_modules|\/src\/|\.ts:\d+|stacktrace|<html|<pre>/i;

/** Asserts a hostile answer is a clean client error or a clean success. */
export function clean(answer: RawAnswer): string[] {
  const problems: string[] = [];
  if (answer.status >= 500) problems.push(`HTTP ${answer.status}`);
  if (!answer.json) problems.push('not JSON');
  if (answer.json?.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) problems.push('INTERNAL_SERVER_ERROR');
  if (answer.json?.errors?.some((e) => !e.extensions?.code)) problems.push('an error without a code');
  if (LEAK.test(answer.text)) problems.push('internals leaked');
  return problems;
}

export interface WsOutcome {
  /** Codes of the errors the operation ended with, or [] when it succeeded. */
  codes: string[];
  text: string;
  closed: number | null;
}

/** Runs one operation over graphql-ws and reports how it ended. */
export async function overWebSocket(
  url: string,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<WsOutcome> {
  let closed: number | null = null;
  const client = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    on: { closed: (event) => void (closed = (event as { code: number }).code) },
  });
  const texts: string[] = [];
  const codes: string[] = [];
  try {
    for await (const result of client.iterate({ query, variables })) {
      texts.push(JSON.stringify(result));
      for (const e of result.errors ?? []) codes.push(String(e.extensions?.code));
    }
  } catch (e) {
    texts.push(JSON.stringify(e));
    if (Array.isArray(e)) for (const err of e as { extensions?: { code?: string } }[]) codes.push(String(err.extensions?.code));
  } finally {
    await client.dispose();
  }
  return { codes, text: texts.join('\n'), closed };
}
