import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { TIMEOUT } from './failures';

/**
 * A time limit per operation: once it has passed, every field still to resolve fails with
 * TIMEOUT, so the operation ends instead of running on (a single SQL statement is bounded by
 * PostgreSQL's statement_timeout, db/data-source.ts).
 */
export function deadlinePlugin(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart() {
          const deadline = Date.now() + timeoutMs;
          return {
            willResolveField() {
              if (Date.now() > deadline) {
                throw new GraphQLError(`The operation ran longer than ${timeoutMs} ms and was stopped`, { extensions: { code: TIMEOUT } });
              }
            },
          };
        },
      };
    },
  };
}
