import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** Paragraph 5: who serves a project, by its volume in MCI. */
export enum SupportTier {
  TASK_FORCE = 'TASK_FORCE',
  NATIONAL_COMPANY = 'NATIONAL_COMPANY',
  REGIONAL_ORGANIZATION = 'REGIONAL_ORGANIZATION',
}
registerEnumType(SupportTier, {
  name: 'SupportTier',
  description: 'Paragraph 5: Task Force from 7,500,000 MCI, National Company from 150,000 MCI, else the regional organization.',
});

/** Paragraph 2.8-1: why a project is not in the unified pool. */
export enum PoolIneligibility {
  RESOURCE_SECTOR = 'RESOURCE_SECTOR',
  VOLUME_NOT_OVER_500M = 'VOLUME_NOT_OVER_500M',
  NOT_PRIVATE_INITIATIVE = 'NOT_PRIVATE_INITIATIVE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PoolIneligibility, { name: 'PoolIneligibility', description: 'A failed condition of the unified pool (paragraph 2.8-1).' });

@ObjectType({ description: 'Whether a project belongs in the unified pool (paragraph 2.8-1), and every reason if not.' })
export class PoolEligibility {
  @Field({ description: 'True when no condition fails.' })
  eligible!: boolean;

  @Field(() => [PoolIneligibility], { description: 'Every failed condition.' })
  reasons!: PoolIneligibility[];
}
