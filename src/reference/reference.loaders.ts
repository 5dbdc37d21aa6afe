import { oneByKey } from '../common/batch';
import type { ReferenceCache } from './reference-cache';

/** Served from the process's reference cache: no statement per request (issue 12). */
export function referenceLoaders(cache: ReferenceCache) {
  const pick =
    <V>(map: (s: Awaited<ReturnType<ReferenceCache['get']>>) => Map<string, V>) =>
    async (codes: readonly string[]) => {
      const byCode = map(await cache.get());
      return codes.flatMap((c) => byCode.get(c) ?? []);
    };
  return {
    regionByCode: oneByKey(
      pick((s) => s.regionByCode),
      (r) => r.code,
    ),
    sectorByCode: oneByKey(
      pick((s) => s.sectorByCode),
      (s) => s.code,
    ),
    ruleSetByCode: oneByKey(
      pick((s) => s.ruleSetByCode),
      (r) => r.code,
    ),
  };
}
