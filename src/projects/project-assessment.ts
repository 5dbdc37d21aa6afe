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
  valuesConfig: {
    TASK_FORCE: { description: 'Investment volume of 7,500,000 MCI or more: supported by the Task Force (paragraph 5).' },
    NATIONAL_COMPANY: {
      description:
        'Investment volume of 150,000 MCI or more: supported by the National Company, its regional representatives and representative offices (paragraph 5).',
    },
    REGIONAL_ORGANIZATION: { description: 'Investment volume under 150,000 MCI: supported by the regional organization (paragraph 5).' },
  },
});

/** Paragraph 2.8-1: why a project is not in the unified pool. */
export enum PoolIneligibility {
  RESOURCE_SECTOR = 'RESOURCE_SECTOR',
  VOLUME_NOT_OVER_500M = 'VOLUME_NOT_OVER_500M',
  NOT_PRIVATE_INITIATIVE = 'NOT_PRIVATE_INITIATIVE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PoolIneligibility, {
  name: 'PoolIneligibility',
  description: 'A failed condition of the unified pool (paragraph 2.8-1).',
  valuesConfig: {
    RESOURCE_SECTOR: { description: 'In a resource sector: the pool takes non-resource sectors only (paragraph 2.8-1).' },
    VOLUME_NOT_OVER_500M: {
      description: 'Worth KZT 500 million or less: the pool takes projects worth over KZT 500 million (paragraph 2.8-1).',
    },
    NOT_PRIVATE_INITIATIVE: {
      description: 'Not initiated by a private enterprise (no initiator, or a state-owned one) (paragraph 2.8-1).',
    },
    CANCELLED: { description: 'Cancelled: the pool lists implemented and developed projects only (paragraph 2.8-1).' },
  },
});

@ObjectType({ description: 'Whether a project belongs in the unified pool (paragraph 2.8-1), and every reason if not.' })
export class PoolEligibility {
  @Field({ description: 'True when no condition fails.' })
  eligible!: boolean;

  @Field(() => [PoolIneligibility], { description: 'Every failed condition.' })
  reasons!: PoolIneligibility[];
}
