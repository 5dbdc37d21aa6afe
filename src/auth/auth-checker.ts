import type { AuthChecker } from 'type-graphql';
import { unauthenticated } from '../common/errors';
import type { Context } from '../context/context';
import { assertPermitted, type Permission } from './permissions';

/** Every guarded root field: no viewer → UNAUTHENTICATED, a missing permission → FORBIDDEN. */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, required) => {
  if (!context.viewer) throw unauthenticated();
  assertPermitted(context.viewer, ...required);
  return true;
};
