import path from 'node:path';
import type express from 'express';
import { publicDir } from './public-dir';

/** The prebuilt browser files of GraphiQL and React, served from the installed packages. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
  'explorer.js': path.join(publicDir('explorer'), 'explorer.js'),
  'explorer.css': path.join(publicDir('explorer'), 'explorer.css'),
};

/**
 * GraphiQL for browsers at GET /graphql, bundled (offices run on closed networks: nothing from a
 * CDN), with a sign-in bar (public/explorer). A GET that asks for HTML without a query gets the
 * explorer; everything else goes on to the GraphQL endpoint.
 */
export function registerExplorer(web: express.Express): void {
  const page = path.join(publicDir('explorer'), 'index.html');
  web.get('/graphql', (req, res, next) => {
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.sendFile(page);
  });
  web.get('/explorer/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
}
