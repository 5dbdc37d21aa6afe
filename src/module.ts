import type { Express } from 'express';
import type { App } from './app';
import type { Viewer } from './auth/viewer';
import type { SweepTask } from './deadlines/deadline-sweeper';
import type { QuarterFigureSource } from './reports/quarter-figure-source';

/** A TypeORM entity or type-graphql resolver class. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;

/**
 * What a domain brings to IRM, declared once in `src/<domain>/<domain>.module.ts` and named in
 * `src/modules.ts`. The composition root, the schema, the entity list, the per-request loaders,
 * the deadline sweeps, the quarterly figures and the HTTP routes are all built by walking the
 * module list, so a new domain is one folder and one line there.
 *
 * A module's services join the `App` by declaration merging: the module file adds its
 * services to `AppServices` (and repositories to `Repositories`, loaders to `Loaders`).
 */
export interface IrmModule {
  name: string;
  entities?: Class[];
  resolvers?: Class[];
  /** Builds the domain's repositories and services; modules listed earlier are already built. */
  provide?(app: App): ModuleServices;
  /** The domain's DataLoaders for one operation, scoped to what the viewer may read. */
  loaders?(app: App, viewer: Viewer | null): object;
  /** The domain's figures in the quarterly reports (chapter 5). */
  figureSources?(app: App): QuarterFigureSource[];
  /** Deadline sweeps run by the single sweeper (src/deadlines), by name. */
  sweeps?(app: App): Record<string, SweepTask>;
  /** Plain HTTP routes (CSV downloads), with the API's token and permissions. */
  routes?(web: Express, app: App): void;
}

type ModuleServices = { repos?: object } & object;

export const defineModule = (module: IrmModule): IrmModule => module;
