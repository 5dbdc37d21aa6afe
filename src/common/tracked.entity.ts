import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/**
 * Identity, optimistic version and timestamps shared by every editable record.
 * Millisecond precision so that a timestamp survives the round trip through a cursor.
 */
@ObjectType()
export abstract class TrackedEntity {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field(() => Int, { description: 'Optimistic version; pass it as expectedVersion when updating.' })
  @VersionColumn({ default: 1 })
  version!: number;

  @Field({ description: 'When the record was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3, name: 'created_at' })
  createdAt!: Date;

  @Field({ description: 'When the record last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3, name: 'updated_at' })
  updatedAt!: Date;
}
