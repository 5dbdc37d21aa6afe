import { existsSync } from 'node:fs';
import path from 'node:path';

/** public/<name>, found from the source tree (src/server) or the build (dist/src/server). */
export function publicDir(name: string): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'public', name);
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`public/${name} is missing`);
}
