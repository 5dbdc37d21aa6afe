import { In } from 'typeorm';
import { MciPurpose, MciRate } from './mci-rate.entity';
import { Region } from './region.entity';
import { RuleSet } from './rule-set.entity';
import { Sector } from './sector.entity';
import type { Db } from '../db/transactions';

/** All SQL about reference data: regions, sectors, MCI values and rule sets. */
export class ReferenceRepository {
  constructor(private readonly db: Db) {}

  listRegions(): Promise<Region[]> {
    return this.db.manager.getRepository(Region).find({ order: { kind: 'ASC', code: 'ASC' } });
  }

  regionsByCodes(codes: readonly string[]): Promise<Region[]> {
    return this.db.manager.getRepository(Region).findBy({ code: In([...codes]) });
  }

  async regionExists(code: string): Promise<boolean> {
    return this.db.manager.getRepository(Region).existsBy({ code });
  }

  listSectors(): Promise<Sector[]> {
    return this.db.manager.getRepository(Sector).find({ order: { code: 'ASC' } });
  }

  sectorsByCodes(codes: readonly string[]): Promise<Sector[]> {
    return this.db.manager.getRepository(Sector).findBy({ code: In([...codes]) });
  }

  sectorForUpdate(code: string): Promise<Sector | null> {
    return this.db.manager.getRepository(Sector).findOne({ where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  saveSector(sector: Sector): Promise<Sector> {
    return this.db.manager.getRepository(Sector).save(sector);
  }

  /** The general MCI in force on a day: the latest value that took effect on or before it. */
  mciOn(date: string): Promise<MciRate | null> {
    return this.db.manager
      .getRepository(MciRate)
      .createQueryBuilder('m')
      .where('m.purpose = :purpose AND m.valid_from <= :date', { purpose: MciPurpose.GENERAL, date })
      .orderBy('m.valid_from', 'DESC')
      .getOne();
  }

  listMci(): Promise<MciRate[]> {
    return this.db.manager.getRepository(MciRate).find({ order: { validFrom: 'ASC', purpose: 'ASC' } });
  }

  /** The rule set in force on a day; before the first one, the first one. */
  async ruleSetOn(date: string): Promise<RuleSet> {
    const repo = this.db.manager.getRepository(RuleSet);
    const inForce = await repo
      .createQueryBuilder('r')
      .where('r.effective_from <= :date', { date })
      .orderBy('r.effective_from', 'DESC')
      .getOne();
    const ruleSet = inForce ?? (await repo.findOne({ where: {}, order: { effectiveFrom: 'ASC' } }));
    if (!ruleSet) throw new Error('No rule set is loaded: run the migrations');
    return ruleSet;
  }

  listRuleSets(): Promise<RuleSet[]> {
    return this.db.manager.getRepository(RuleSet).find({ order: { effectiveFrom: 'ASC' } });
  }

  ruleSetsByCodes(codes: readonly string[]): Promise<RuleSet[]> {
    return this.db.manager.getRepository(RuleSet).findBy({ code: In([...codes]) });
  }
}
