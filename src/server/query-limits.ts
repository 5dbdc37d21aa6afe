import {
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { ApolloServerPlugin } from '@apollo/server';
import { measureOperation, type OperationMeasure } from './query-cost';

/**
 * Bytes of a request body, the same over HTTP (express.json) and WebSocket (ws maxPayload).
 * The largest contract operation is about 2 KB; a megabyte leaves room for big variables.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Lexical tokens of a document: the parser stops there, before building a huge tree. */
export const MAX_TOKENS = 5_000;

/** Deepest field nesting; the graph has cycles (investor → projects → initiator → projects …). */
const MAX_DEPTH = 10;

/** Aliases and directives in one document. */
const MAX_ALIASES = 30;
const MAX_DIRECTIVES = 50;

/**
 * Budget of an operation in fields resolved, each multiplied by the items of the lists around it
 * (see query-cost.ts). The costliest contract operation (InvestorLeads with pages of 100) uses under a fifth of it.
 */
export const MAX_COST = 100_000;

const refused = (message: string, reason: string, details: Record<string, number>): GraphQLError =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason, ...details, http: { status: 400 } } });

/** What the limits found in one document, kept while Apollo keeps the parsed document (issue 12). */
interface DocumentFacts {
  schema: GraphQLSchema;
  aliases: number;
  directives: number;
  /** Per operation name: the variables its measure reads, and its measures by their values. */
  operations: Map<string | null, { variablesRead: string[]; measures: Map<string, OperationMeasure> }>;
}

/**
 * Apollo hands every request with the same text the same parsed document (its document store,
 * after the standard rules), so what the limits measured in a document is looked up by the
 * document, not measured again on every request. A measure depends on the document, the
 * operation and the values of the variables it reads (page sizes), nothing else: every limit
 * is still checked on every request, against the same figures.
 */
const facts = new WeakMap<DocumentNode, DocumentFacts>();
/** Measures kept per operation (page sizes a client varies); beyond, measured afresh. */
const MAX_MEASURES = 64;
const MAX_KEY_LENGTH = 200;

function documentFacts(schema: GraphQLSchema, document: DocumentNode): DocumentFacts {
  let known = facts.get(document);
  if (!known || known.schema !== schema) {
    let aliases = 0;
    let directives = 0;
    visit(document, {
      Field: (node) => void (node.alias && aliases++),
      Directive: () => void directives++,
    });
    known = { schema, aliases, directives, operations: new Map() };
    facts.set(document, known);
  }
  return known;
}

function measured(
  schema: GraphQLSchema,
  document: DocumentNode,
  known: DocumentFacts,
  operation: OperationDefinitionNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): OperationMeasure {
  const keyOf = (names: readonly string[]) => JSON.stringify(names.map((name) => variables?.[name] ?? null));
  let entry = known.operations.get(operationName ?? null);
  const hit = entry?.measures.get(keyOf(entry.variablesRead));
  if (hit) return hit;
  const variablesRead = new Set<string>();
  const measure = measureOperation(schema, document, operation, variables, variablesRead);
  if (!entry) known.operations.set(operationName ?? null, (entry = { variablesRead: [...variablesRead], measures: new Map() }));
  const key = keyOf(entry.variablesRead);
  // Variables are not yet coerced here: a value that is not a small page size is not kept.
  if (key.length > MAX_KEY_LENGTH) return measure;
  if (entry.measures.size >= MAX_MEASURES) entry.measures.clear();
  entry.measures.set(key, measure);
  return measure;
}

/**
 * The limits of one operation of a document that graphql's standard rules accepted: aliases and
 * directives counted in the text, depth and cost measured without expanding fragments.
 */
export function limitErrors(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError[] {
  const known = documentFacts(schema, document);
  const { aliases, directives } = known;
  if (aliases > MAX_ALIASES)
    return [refused(`The document has ${aliases} aliases; at most ${MAX_ALIASES} are allowed`, 'TOO_MANY_ALIASES', { aliases })];
  if (directives > MAX_DIRECTIVES) {
    return [
      refused(`The document has ${directives} directives; at most ${MAX_DIRECTIVES} are allowed`, 'TOO_MANY_DIRECTIVES', { directives }),
    ];
  }
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const { cost, depth } = measured(schema, document, known, operation, operationName, variables);
  if (depth > MAX_DEPTH)
    return [refused(`The operation nests ${depth} levels deep; at most ${MAX_DEPTH} are allowed`, 'TOO_DEEP', { depth })];
  if (cost > MAX_COST) {
    return [
      refused(
        `The operation would cost ${cost}; at most ${MAX_COST} is allowed: ask for smaller pages or fewer nested lists`,
        'TOO_COSTLY',
        { cost },
      ),
    ];
  }
  return [];
}

/** Apollo (HTTP): parse and the standard rules ran already; the limits run before execution. */
export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const errors = limitErrors(schema, document, request.operationName, request.variables);
          if (errors.length) throw errors[0];
        },
      };
    },
  };
}

export interface OperationPayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** graphql-ws: the same parse, standard rules and limits as over HTTP, in the same order. */
export function prepareOperation(schema: GraphQLSchema, payload: OperationPayload): ExecutionArgs | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query, { maxTokens: MAX_TOKENS });
  } catch (e) {
    if (e instanceof GraphQLError)
      return [
        new GraphQLError(e.message, {
          nodes: e.nodes,
          source: e.source,
          positions: e.positions,
          extensions: { code: 'GRAPHQL_PARSE_FAILED' },
        }),
      ];
    throw e;
  }
  const invalid = validate(schema, document, specifiedRules);
  if (invalid.length) return invalid;
  const limited = limitErrors(schema, document, payload.operationName, payload.variables);
  if (limited.length) return limited;
  // Apollo answers variables of the wrong type with BAD_USER_INPUT; graphql-ws would leave them without a code.
  const operation = getOperationAST(document, payload.operationName);
  const coerced = operation && getVariableValues(schema, operation.variableDefinitions ?? [], payload.variables ?? {}, { maxErrors: 1 });
  if (coerced?.errors)
    return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
}
