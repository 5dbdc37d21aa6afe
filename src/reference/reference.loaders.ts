import { oneByKey } from '../common/batch';
import type { ReferenceRepository } from './reference.repository';

export function referenceLoaders(reference: ReferenceRepository) {
  return {
    regionByCode: oneByKey((codes: readonly string[]) => reference.regionsByCodes(codes), (r) => r.code),
    sectorByCode: oneByKey((codes: readonly string[]) => reference.sectorsByCodes(codes), (s) => s.code),
    ruleSetByCode: oneByKey((codes: readonly string[]) => reference.ruleSetsByCodes(codes), (r) => r.code),
  };
}
