import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse, print, type OperationDefinitionNode } from 'graphql';

const CONTRACT_DIR = path.join(__dirname, '..', '..', '..', 'shared', 'contract');

const operations = new Map<string, string>();
for (const file of readdirSync(CONTRACT_DIR).filter((f) => f.endsWith('.graphql'))) {
  const doc = parse(readFileSync(path.join(CONTRACT_DIR, file), 'utf8'));
  for (const def of doc.definitions) {
    if (def.kind === 'OperationDefinition' && def.name) operations.set(def.name.value, print(def as OperationDefinitionNode));
  }
}

/** The text of a client-contract operation (../shared/contract), by name. */
export function contract(name: string): string {
  const op = operations.get(name);
  if (!op) throw new Error(`No contract operation ${name}`);
  return op;
}
