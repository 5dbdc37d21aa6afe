import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EntityKind, type ChangeKind } from './change-kinds';

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
  @Column({ type: 'varchar', length: 40 })
  entity!: ChangeKind;

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

  /** The record's own region, where it has one (a project's, a site's, an office's). */
  @Column({ type: 'varchar', length: 6, name: 'region_code', nullable: true })
  regionCode!: string | null;

  /**
   * Who may see it: the tokens of its readers (auth/audience.ts), derived from the row by its
   * domain's policy in the writing transaction, with those who read it before the change.
   */
  @Index('change_event_audience', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  audience!: string[];
}
