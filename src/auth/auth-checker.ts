import type { AuthChecker } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors';
import type { Context } from '../context/context';
import { permissionsOf, type Permission } from './permissions';

/** Every guarded root field: no viewer → UNAUTHENTICATED, a missing permission → FORBIDDEN. */
export const authChecker: AuthChecker<Context, Permission> = ({ context }, required) => {
  if (!context.viewer) throw unauthenticated();
  const granted = permissionsOf(context.viewer);
  if (!required.every((p) => granted.has(p))) throw forbidden(`Your role may not do this (needs ${required.join(', ')})`);
  return true;
};
