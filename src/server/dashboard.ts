import express from 'express';
import { publicDir } from './public-dir';

/** GET /dashboard: the live dashboard, static files served by IRM itself (nothing from other hosts). */
export function dashboard(): express.Handler {
  return express.static(publicDir('dashboard'), { index: 'index.html', maxAge: '5m' });
}
