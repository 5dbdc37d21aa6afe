import { MODULES } from '../modules';

/** Every TypeORM entity, from the modules; the migrations must match these (checked in CI). */
export const ENTITIES = MODULES.flatMap((module) => module.entities ?? []);
