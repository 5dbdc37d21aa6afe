// npm run schema: writes schema/schema.graphql; with --check, fails when it is stale.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { printSdl } from '../src/schema';

const file = path.join(__dirname, '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const sdl = `${await printSdl()}\n`;
  if (process.argv.includes('--check')) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== sdl) {
      console.error('schema/schema.graphql is stale: run `npm run schema` and commit it');
      process.exit(1);
    }
    console.info('schema/schema.graphql is current');
    return;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, sdl);
  console.info(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
