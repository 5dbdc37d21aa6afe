#!/usr/bin/env node
// npm start's first step. With dev dependencies (a clone after `npm install`) it builds dist/ so
// that start always runs the current sources; a production install (`npm ci --omit=dev`) has no
// TypeScript and runs the dist/ built before the prune.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
let tsc = null;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  // No dev dependencies: this is a production install.
}
if (tsc) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  process.exit(build.status ?? 1);
}
if (!existsSync(path.join(root, 'dist', 'src', 'main.js'))) {
  console.error('No build in dist/ and no TypeScript to make one: run `npm ci && npm run build`, then `npm ci --omit=dev`');
  process.exit(1);
}
