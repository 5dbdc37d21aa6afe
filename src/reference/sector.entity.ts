import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@ObjectType({ description: 'An OKED (NACE Rev. 2) division.' })
@Entity('sector')
export class Sector {
  @Field({ description: 'Two-digit division code, e.g. "10".' })
  @PrimaryColumn({ type: 'varchar', length: 2 })
  code!: string;

  @Field({ description: 'Division name.' })
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: 'OKED section letter, e.g. "C".' })
  @Column({ type: 'varchar', length: 1 })
  section!: string;

  /** Data, not code: an administrator may move a grey-zone division (facts/sectors.md). */
  @Field({ description: 'Resource (raw-materials) sector: section B, mining and quarrying, by default.' })
  @Column({ type: 'boolean' })
  resource!: boolean;
}
