import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { collectProcessMetrics, registry } from './metrics';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set, only a scraper sending
 * `Authorization: Bearer <token>` reads it (operation names and volumes are not for everyone);
 * without it, keep the path off the public proxy (docs/operations.md).
 */
export function metricsEndpoint(token: string | undefined): RequestHandler {
  collectProcessMetrics();
  const expected = token ? digest(`Bearer ${token}`) : null;
  return async (req, res) => {
    if (expected && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res.status(401).set('www-authenticate', 'Bearer').json({ error: 'metrics need Authorization: Bearer <METRICS_TOKEN>' });
      return;
    }
    res.set('content-type', registry.contentType).send(await registry.metrics());
  };
}
