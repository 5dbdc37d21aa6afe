import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Investor, InvestorStatus } from '../investors/investor.entity';
import { User } from '../users/user.entity';

/**
 * One status a lead has had. Written only by the database (trigger `investor_status_history`,
 * migration Engagement) on every insert of an investor and every change of its status, by
 * whatever writes it, with the acting user the transaction names (src/db/transactions.ts).
 */
@ObjectType({ description: 'A status the investor has had: since when and who set it.' })
@Entity('investor_status_change')
@Index('investor_status_change_of_investor', ['investorId', 'seq'])
export class InvestorStatusChange {
  /** Insertion order: changes made in one instant still list in the order made. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq!: string;

  @Column({ type: 'uuid', name: 'investor_id' })
  investorId!: string;

  @ManyToOne(() => Investor, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'investor_id' })
  investorRef?: Relation<Investor>;

  @Field(() => InvestorStatus, { description: 'The status set.' })
  @Column({ type: 'enum', enum: InvestorStatus, enumName: 'investor_status' })
  status!: InvestorStatus;

  @Field({ description: 'When it was set (the first: when the investor was created).' })
  @Column({ type: 'timestamptz', precision: 3 })
  at!: Date;

  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actorRef?: Relation<User>;
}
