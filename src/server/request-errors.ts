import type express from 'express';
import { log } from '../observability/logger';
import { scopeOfRequest } from '../observability/request-scope';

/** A GraphQL-shaped JSON error for a request that never reached GraphQL: no HTML, no stack. */
function answer(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** POST /graphql takes JSON only (the contract's clients send nothing else). */
export const requireJson: express.Handler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  answer(res, 400, 'BAD_REQUEST', 'Send the operation as JSON with Content-Type: application/json');
};

const BODY_PROBLEMS: Record<string, [number, string]> = {
  'entity.parse.failed': [400, 'The request body is not valid JSON'],
  'entity.too.large': [413, 'The request body is too large'],
  'encoding.unsupported': [415, 'The request body encoding is not supported'],
  'charset.unsupported': [415, 'The request body charset is not supported'],
  'request.aborted': [400, 'The request body was not received in full'],
};

/**
 * The last express handler: body-parser's refusals become client errors (BAD_REQUEST with
 * 400/413/415), anything else is logged and masked. Express's own handler would answer HTML with
 * a stack trace unless NODE_ENV=production.
 */
export const jsonErrors: express.ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const type = (err as { type?: unknown }).type;
  const known = typeof type === 'string' ? BODY_PROBLEMS[type] : undefined;
  if (known) return answer(res, known[0], 'BAD_REQUEST', known[1]);
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) return answer(res, status, 'BAD_REQUEST', 'The request is not valid');
  // The request's own logger (observeRequests): the line carries the request id.
  (scopeOfRequest(req)?.log ?? log).error({ err }, 'internal error in an HTTP request');
  answer(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
};

/** Unknown paths answer JSON too. */
export const notFoundJson: express.Handler = (_req, res) => answer(res, 404, 'NOT_FOUND', 'No such path');
