import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { readerKeyOf } from '../auth/audience';
import type { Context } from '../context/context';
import type { Delivery } from '../events/event-batch';

/** Results per event, per operation and viewer class; gone with the event. */
const results = new WeakMap<Delivery, Map<string, Promise<ExecutionResult>>>();

/**
 * What decides a subscription payload: the document, its variables, and what the viewer may
 * read and do (its reader key: office tokens and permissions). Subscribers that share it get the same payload.
 */
function payloadKey(args: ExecutionArgs): string {
  const viewer = (args.contextValue as Context).viewer;
  return JSON.stringify([readerKeyOf(viewer), print(args.document), args.operationName ?? null, args.variableValues ?? null]);
}

/**
 * graphql-ws's `subscribe`: like graphql's, but an event's payload is executed once per
 * payload key and shared by every subscriber with that key (issue "Live IRM", Fan-out:
 * per-subscriber work is a filter, a check of the viewer, and a send).
 */
export async function subscribeShared(args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in stream)) return stream;
  const source = stream as AsyncIterableIterator<Delivery>;
  const key = payloadKey(args);
  const payloadOf = (delivery: Delivery): Promise<ExecutionResult> => {
    let byKey = results.get(delivery);
    if (!byKey) results.set(delivery, (byKey = new Map()));
    let result = byKey.get(key);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: delivery }));
      byKey.set(key, result);
    }
    return result;
  };
  const shared: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done ? step : { done: false, value: await payloadOf(step.value) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(e?: unknown) {
      await source.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return shared;
    },
  };
  return shared;
}
