import type { Viewer } from '../auth/viewer';
import type { App } from '../app';
import { MODULES } from '../modules';

/** Every module adds its loaders here by declaration merging (`declare module '../context/loaders'`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** One DataLoader set per operation, scoped to what the viewer's office may read: every module's. */
export function createLoaders(app: App, viewer: Viewer | null): Loaders {
  return Object.assign({}, ...MODULES.map((module) => module.loaders?.(app, viewer) ?? {})) as Loaders;
}
