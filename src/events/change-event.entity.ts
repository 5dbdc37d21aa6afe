import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum EntityKind {
  INVESTOR = 'INVESTOR',
  PROJECT = 'PROJECT',
  INDUSTRIAL_SITE = 'INDUSTRIAL_SITE',
  INVESTOR_REQUEST = 'INVESTOR_REQUEST',
  SERVICE_APPLICATION = 'SERVICE_APPLICATION',
  POOL_CONTRIBUTION = 'POOL_CONTRIBUTION',
  UNIFIED_POOL = 'UNIFIED_POOL',
  QUARTERLY_REPORT = 'QUARTERLY_REPORT',
  OFFICE = 'OFFICE',
  USER = 'USER',
}
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of record a change is about.',
  valuesConfig: {
    INVESTOR: { description: 'An investor or potential investor (paragraph 2.10).' },
    PROJECT: { description: 'An investment project (paragraph 2.9).' },
    INDUSTRIAL_SITE: { description: 'A ready or planned industrial site (paragraph 10.2.d).' },
    INVESTOR_REQUEST: { description: 'An investor\'s request for information (paragraphs 12.7, 15-1.6).' },
    SERVICE_APPLICATION: { description: 'An application for state services filed through a front office (paragraphs 23-28).' },
    POOL_CONTRIBUTION: { description: 'A front office\'s quarterly list of projects for the unified pool (paragraphs 12.4, 15-1.4).' },
    UNIFIED_POOL: { description: 'The quarterly unified pool of investment projects (paragraph 2.8-1).' },
    QUARTERLY_REPORT: { description: 'A quarterly report on the accomplished work (paragraphs 18, 19).' },
    OFFICE: { description: 'A front office or service provider (paragraphs 2, 3).' },
    USER: { description: 'A person who signs in to IRM.' },
  },
});

export enum ChangeAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(ChangeAction, {
  name: 'ChangeAction',
  description: 'What happened to the record.',
  valuesConfig: {
    CREATED: { description: 'The record was created.' },
    UPDATED: { description: 'The record was changed.' },
    DELETED: { description: 'The record was removed.' },
  },
});

/**
 * The change log: one row per committed change, written in the change's own transaction.
 * `tx_id` is the writing transaction's id; readers only read below the oldest transaction
 * still running, so an event can never appear behind a cursor already passed.
 */
@ObjectType({ description: 'One committed change: what changed, who changed it, when. Read in commit order.' })
@Entity('change_event')
@Index('change_event_order', ['txId', 'seq'])
export class ChangeEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column({ type: 'bigint', name: 'tx_id', default: () => 'current_tx_id()' })
  txId!: string;

  @Field(() => EntityKind, { description: 'The kind of record that changed.' })
  @Column({ type: 'enum', enum: EntityKind, enumName: 'entity_kind' })
  entity!: EntityKind;

  @Field(() => ID, { description: 'The id of the record that changed.' })
  @Index()
  @Column({ type: 'uuid', name: 'entity_id' })
  entityId!: string;

  @Field(() => ChangeAction, { description: 'Created, updated or deleted.' })
  @Column({ type: 'enum', enum: ChangeAction, enumName: 'change_action' })
  action!: ChangeAction;

  @Field(() => [String], { description: 'The fields an update changed (empty for creations and deletions).' })
  @Column({ type: 'text', array: true, name: 'changed_fields', default: () => `'{}'` })
  changedFields!: string[];

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Field({ description: 'When the change was written.' })
  @Index()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  at!: Date;

  /** Scope: who may see it (region, offices involved, host country of the investor). */
  @Column({ type: 'varchar', length: 6, name: 'region_code', nullable: true })
  regionCode!: string | null;

  /** The region a project left, whose offices still see the move (issue 7, defect 3). */
  @Column({ type: 'varchar', length: 6, name: 'previous_region_code', nullable: true })
  previousRegionCode!: string | null;

  @Column({ type: 'uuid', array: true, name: 'office_ids', default: () => `'{}'` })
  officeIds!: string[];

  @Column({ type: 'varchar', length: 2, name: 'country_code', nullable: true })
  countryCode!: string | null;
}
