#!/usr/bin/env node
// npm run lock:complete — adds package-lock entries for the optional platform binaries (other
// OSes and CPUs) that the registry mirror here does not serve: without them `npm ci` refuses the
// lock as out of sync. Run it after `npm install` changes the lock.
const fs = require('fs');
const file = process.argv[2];
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pk = lock.packages;
let added = 0;
const OS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  android: 'android',
  freebsd: 'freebsd',
  wasm32: null,
  openharmony: 'openharmony',
  sunos: 'sunos',
  aix: 'aix',
};
for (const [path, entry] of Object.entries(pk)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies || {})) {
    const base = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    if (pk[base] || pk[`node_modules/${name}`]) continue;
    const m = /-(darwin|linux|win32|android|freebsd|openharmony|sunos|aix|wasm32)-([a-z0-9]+)/.exec(name);
    const e = { version: range.replace(/^[\^~=]/, ''), optional: true };
    if (m && OS[m[1]]) {
      e.os = [OS[m[1]]];
      e.cpu = [m[2].replace(/^(x64|arm64|arm|ia32|ppc64|s390x|riscv64|loong64).*/, '$1')];
    }
    if (m && m[1] === 'wasm32') e.cpu = ['wasm32'];
    pk[`node_modules/${name}`] = e;
    added++;
  }
}
fs.writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`added ${added} optional platform entries`);
