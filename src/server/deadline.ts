import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context/context';

/**
 * A time limit per operation. Time is spent in SQL, so the limit is enforced there: once it has
 * passed, the next statement the operation would send fails with TIMEOUT instead (the check is in
 * db/sql-counter.ts, before each statement), so the operation ends instead of running on; a
 * single statement is bounded by PostgreSQL's statement_timeout (db/data-source.ts). Nothing runs
 * per resolved field: a willResolveField hook would make Apollo wrap every field (issue 12).
 */
export function deadlinePlugin(timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue }) {
          const tally = contextValue.sqlTally;
          if (tally) {
            tally.deadline = Date.now() + timeoutMs;
            tally.timeoutMs = timeoutMs;
          }
        },
      };
    },
  };
}
