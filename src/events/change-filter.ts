import { ArrayMaxSize, IsOptional, IsUUID, Length, validate } from 'class-validator';
import { badInput } from '../common/errors';
import { Field, ID, InputType } from 'type-graphql';
import type { SelectQueryBuilder } from 'typeorm';
import type { ChangeEvent } from './change-event.entity';
import { EntityKind, type ChangeKind } from './change-kinds';

@InputType({ description: 'Which changes to read; every given criterion must hold (each list: any of its values).' })
export class ChangeFilter {
  @Field(() => [EntityKind], { nullable: true, description: 'Only changes to these kinds of record.' })
  @IsOptional()
  @ArrayMaxSize(20)
  entities?: ChangeKind[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Only changes in these regions (codes such as KZ-75): to records of the region or read by its regional offices, a record leaving it included.',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Length(1, 6, { each: true })
  regionCodes?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Only changes naming one of these offices among their readers (an owner, an assigned or accepting office).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  officeIds?: string[];

  @Field(() => ID, { nullable: true, description: 'Only changes to this one record.' })
  @IsOptional()
  @IsUUID('all')
  entityId?: string;
}

type Filtered = Pick<ChangeEvent, 'entity' | 'entityId' | 'regionCode' | 'audience'>;

/** Whether the event is in one of these regions: the record's own, or one whose regional offices read it (before or after the change). */
export function inRegions(regionCodes: readonly string[], e: Pick<ChangeEvent, 'regionCode' | 'audience'>): boolean {
  return regionCodes.some((code) => code === e.regionCode || e.audience.includes(`region:${code}`));
}

/** Whether one of these offices is named among the event's readers. */
export function namesOffices(officeIds: readonly string[], e: Pick<ChangeEvent, 'audience'>): boolean {
  return officeIds.some((id) => e.audience.includes(`office:${id}`));
}

const given = <T>(list: T[] | null | undefined): list is T[] => Array.isArray(list) && list.length > 0;

/** Whether an event passes the filter (subscriptions; the same criteria as `applyChangeFilter`). */
export function matchesFilter(filter: ChangeFilter | null | undefined, e: Filtered): boolean {
  if (!filter) return true;
  if (given(filter.entities) && !filter.entities.includes(e.entity)) return false;
  if (given(filter.regionCodes) && !inRegions(filter.regionCodes, e)) return false;
  if (given(filter.officeIds) && !namesOffices(filter.officeIds, e)) return false;
  if (filter.entityId && filter.entityId !== e.entityId) return false;
  return true;
}

/** The filter as SQL on the change_event alias (the changeLog query and subscription replay). */
export function applyChangeFilter(qb: SelectQueryBuilder<ChangeEvent>, filter: ChangeFilter | null | undefined): void {
  if (!filter) return;
  const alias = qb.alias;
  if (given(filter.entities)) qb.andWhere(`${alias}.entity IN (:...fEntities)`, { fEntities: filter.entities });
  if (given(filter.regionCodes)) {
    qb.andWhere(`(${alias}.region_code IN (:...fRegions) OR ${alias}.audience && :fRegionTokens::text[])`, {
      fRegions: filter.regionCodes,
      fRegionTokens: filter.regionCodes.map((code) => `region:${code}`),
    });
  }
  if (given(filter.officeIds))
    qb.andWhere(`${alias}.audience && :fOffices::text[]`, { fOffices: filter.officeIds.map((id) => `office:${id}`) });
  if (filter.entityId) qb.andWhere(`${alias}.entity_id = :fEntityId`, { fEntityId: filter.entityId });
}

/**
 * A subscription's input, validated as a query's would be: type-graphql validates the
 * arguments of resolvers, not those a `subscribe` function receives.
 */
export async function validatedInput<T extends object>(type: new () => T, raw: T | null | undefined, argument: string): Promise<T | null> {
  if (!raw) return null;
  const input = Object.assign(new type(), raw);
  const problems = await validate(input);
  if (problems.length > 0) {
    throw badInput(`Invalid ${argument}: ${problems.flatMap((p) => Object.values(p.constraints ?? {})).join('; ')}`, { argument });
  }
  return input;
}
