import type { Viewer } from '../auth/viewer';
import type { App } from '../app';
import type { IrmModule } from '../module';
import { MODULES } from '../modules';

/** Every module adds its loaders here by declaration merging (`declare module '../context/loaders'`). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

type Built = Record<string, unknown>;

/**
 * The loaders of one operation: a module's set is built the first time one of its loaders is
 * used (issue 12: an operation uses two or three modules' loaders, and building every module's
 * DataLoaders for every request was a cost of its own). A built set is kept for the operation.
 */
interface LazyLoaders {
  readonly app: App;
  readonly viewer: Viewer | null;
  readonly built: (Built | undefined)[];
}

let LoadersClass: (new (app: App, viewer: Viewer | null) => LazyLoaders) | undefined;

/**
 * One class per process whose prototype has a getter per loader name. The names are learned by
 * building each module's set once for no viewer (what an unauthenticated request gets anyway);
 * a module's set has the same names whoever the viewer.
 */
function loadersClass(app: App): new (app: App, viewer: Viewer | null) => LazyLoaders {
  if (LoadersClass) return LoadersClass;
  const Class = class implements LazyLoaders {
    readonly built: (Built | undefined)[] = new Array<Built | undefined>(MODULES.length);
    constructor(
      readonly app: App,
      readonly viewer: Viewer | null,
    ) {}
  };
  MODULES.forEach((module: IrmModule, index) => {
    const build = module.loaders;
    if (!build) return;
    for (const name of Object.keys(build(app, null))) {
      if (Object.prototype.hasOwnProperty.call(Class.prototype, name)) throw new Error(`Two modules declare the loader ${name}`);
      Object.defineProperty(Class.prototype, name, {
        get(this: LazyLoaders) {
          const set = (this.built[index] ??= build(this.app, this.viewer) as Built);
          return set[name];
        },
        enumerable: true,
      });
    }
  });
  return (LoadersClass = Class);
}

/** One DataLoader set per operation, scoped to what the viewer's office may read: every module's. */
export function createLoaders(app: App, viewer: Viewer | null): Loaders {
  const Class = loadersClass(app);
  return new Class(app, viewer) as unknown as Loaders;
}
