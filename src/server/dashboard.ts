import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';

/** public/dashboard, found from the source tree (src/server) or the build (dist/src/server). */
function assetsDir(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'public', 'dashboard');
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('public/dashboard is missing');
}

/** GET /dashboard: the live dashboard, static files served by IRM itself (nothing from other hosts). */
export function dashboard(): express.Handler {
  return express.static(assetsDir(), { index: 'index.html', maxAge: '5m' });
}
