import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { graphqlExecutions } from '../observability/metrics';

/** Uses of a document before it is compiled: one sent once (hostile or not) never pays for compiling. */
const USES_BEFORE_COMPILING = 2;

type Compiled = CompiledQuery<unknown, Record<string, unknown>>;
type Result = ExecutionResult<Record<string, unknown>>;

/** One operation of a document: how often graphql-js ran it so far, its compiled query, or null when it does not compile. */
type Entry = { uses: number } | { query: Compiled } | null;

const compiledRuns = graphqlExecutions.labels('compiled');
const interpretedRuns = graphqlExecutions.labels('graphql-js');

/**
 * graphql-jit's error as graphql-js makes it: Apollo and formatError read `extensions`, which
 * graphql-js always sets and graphql-jit leaves out when the thrown error has none.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const { message, path, originalError, extensions, locations } = error;
  const converted = new GraphQLError(message, { path, originalError, extensions });
  Object.defineProperty(converted, 'locations', { value: locations, enumerable: true });
  return converted;
}

/**
 * Executes operations as compiled functions (graphql-jit) instead of graphql-js's walk of the
 * document on every request, which builds an argument object and a resolve info for every field
 * of every row (issue 12). The same schema, resolvers, context, validation and plugins run; only
 * the execution step changes. Apollo Server takes its executor from a "gateway": this is one,
 * serving IRM's own schema.
 *
 * Compiled queries are kept per parsed document (Apollo keeps one DocumentNode per query text in
 * its bounded document store, and they go with it). graphql-js still runs: a document's first use;
 * a document graphql-jit cannot compile; and a request whose variables do not coerce, which
 * graphql-jit reports before any resolver runs, so that the error is graphql-js's own (it names the
 * variable's definition, which Apollo answers as BAD_USER_INPUT).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const documents = new WeakMap<DocumentNode, Map<string, Entry>>();

  function compiledFor(document: DocumentNode, operationName: string | undefined): Compiled | null {
    let operations = documents.get(document);
    if (!operations) documents.set(document, (operations = new Map()));
    const key = operationName ?? '';
    const entry = operations.get(key) ?? { uses: 0 };
    if (entry === null || 'query' in entry) return entry?.query ?? null;
    if (++entry.uses < USES_BEFORE_COMPILING) {
      operations.set(key, entry);
      return null;
    }
    const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    const query = isCompiledQuery(compiled) ? (compiled as Compiled) : null;
    operations.set(key, query && { query });
    return query;
  }

  const executor: GatewayExecutor = async ({ document, request, context }) => {
    const { operationName } = request;
    const variableValues = request.variables ?? {};
    const compiled = compiledFor(document, operationName);
    if (compiled) {
      const result = (await compiled.query(undefined, context, variableValues)) as Result;
      if (result.data !== undefined) {
        compiledRuns.inc();
        return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
      }
    }
    interpretedRuns.inc();
    return (await execute({ schema, document, contextValue: context, variableValues, operationName })) as Result;
  };

  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}
