import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context/context';
import { graphqlErrors, graphqlOperationDuration } from './metrics';
import { operationLabel } from './operation-label';
import { currentRequestScope } from './request-scope';

/** A client's operation name in the log: as sent, but never a long string. */
const MAX_LOGGED_NAME = 100;

const codeOf = (error: { extensions?: { code?: unknown } }): string =>
  typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';

function recordErrors(errors: readonly { extensions?: { code?: unknown } }[]): void {
  if (errors.length === 0) return;
  const codes = errors.map(codeOf);
  for (const code of codes) graphqlErrors.inc({ code });
  const scope = currentRequestScope();
  if (scope) scope.facts.errors = codes;
}

/**
 * GraphQL over HTTP as logs and metrics see it: the operation name, the viewer and the error
 * codes go onto the request's log line; the operation's duration is timed under a bounded label.
 */
export function observabilityPlugin(): ApolloServerPlugin<Context> {
  return {
    // A refused token fails before the request starts (401).
    async contextCreationDidFail({ error }) {
      recordErrors([error as { extensions?: { code?: unknown } }]);
    },
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      const facts = currentRequestScope()?.facts;
      if (facts) {
        facts.operation = request.operationName?.slice(0, MAX_LOGGED_NAME);
        facts.userId = contextValue.viewer?.userId;
        facts.office = contextValue.viewer?.office.code;
      }
      let label = operationLabel(null, false);
      let type = 'unknown';
      return {
        async didResolveOperation({ operation, operationName }) {
          label = operationLabel(operationName, true);
          type = operation?.operation ?? type;
          if (facts) facts.operation = operationName?.slice(0, MAX_LOGGED_NAME);
        },
        async willSendResponse({ response }) {
          const errors: readonly GraphQLFormattedError[] = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          recordErrors(errors);
          graphqlOperationDuration.observe({ operation: label, type }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
