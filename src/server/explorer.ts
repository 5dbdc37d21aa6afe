import path from 'node:path';
import type express from 'express';

/** The prebuilt browser files of GraphiQL and React, served from the installed packages. */
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));
const ASSETS: Record<string, string> = {
  'react.js': path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.js': path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.js': path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.css': path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>IRM GraphQL explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer"></div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    // Sign in with the login mutation, then put {"Authorization": "Bearer <token>"} in Headers.
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultEditorToolsVisibility: true,
        defaultQuery: 'mutation SignIn {\\n  login(email: "daniyar.sadykov@irm.demo", password: "irm-demo-2026") { token }\\n}\\n',
        defaultHeaders: '{ "Authorization": "Bearer <token from login>" }',
      }),
    );
  </script>
</body>
</html>`;

/**
 * GraphiQL for browsers at GET /graphql, bundled (offices run on closed networks: nothing from a
 * CDN). A GET that asks for HTML without a query gets the explorer; everything else goes on to
 * the GraphQL endpoint.
 */
export function registerExplorer(web: express.Express): void {
  web.get('/graphql', (req, res, next) => {
    if (req.query.query || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    res.type('html').send(PAGE);
  });
  web.get('/explorer/:asset', (req, res, next) => {
    const file = ASSETS[req.params.asset];
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
}
