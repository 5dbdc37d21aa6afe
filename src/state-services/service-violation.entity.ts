import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ServiceApplication } from './service-application.entity';

/** Paragraph 28 (the provider's term) and paragraph 24 (the front office's hand-offs). */
export enum ServiceViolationKind {
  PROVIDER_TERM_BREACHED = 'PROVIDER_TERM_BREACHED',
  LATE_FORWARDING = 'LATE_FORWARDING',
  LATE_INVESTOR_NOTICE = 'LATE_INVESTOR_NOTICE',
}
registerEnumType(ServiceViolationKind, {
  name: 'ServiceViolationKind',
  description: "A missed deadline: the provider's term (paragraph 28) or a front-office hand-off (paragraph 24).",
  valuesConfig: {
    PROVIDER_TERM_BREACHED: {
      description: 'The service provider broke the state service term; notice goes to it and to the authorized body (paragraph 28).',
    },
    LATE_FORWARDING: { description: 'The front office forwarded the documents to the provider later than one working day (paragraph 24).' },
    LATE_INVESTOR_NOTICE: { description: 'The front office told the investor of a return later than one working day (paragraph 24).' },
  },
});

/**
 * A missed deadline of an application, recorded once per kind and forwarding round (the
 * unique index), whether the deadline sweeper or a late transition finds it first.
 */
@ObjectType({ description: 'A missed deadline of a state-service application, with the notices it sent (paragraph 28).' })
@Entity('service_violation')
@Index('service_violation_once', ['applicationId', 'kind', 'round'], { unique: true })
export class ServiceViolation {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @ManyToOne(() => ServiceApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  applicationRef?: Relation<ServiceApplication>;

  @Field(() => ServiceViolationKind, { description: 'Which deadline was missed.' })
  @Column({ type: 'enum', enum: ServiceViolationKind, enumName: 'service_violation_kind' })
  kind!: ServiceViolationKind;

  @Field(() => Int, { description: 'The forwarding round of the application it happened in.' })
  @Column({ type: 'int' })
  round!: number;

  @Field({ description: 'The deadline that was missed.' })
  @Column({ type: 'timestamptz', precision: 3, name: 'due_at' })
  dueAt!: Date;

  @Index()
  @Field({ description: 'When IRM recorded it (and sent the notices).' })
  @Column({ type: 'timestamptz', precision: 3, name: 'detected_at' })
  detectedAt!: Date;

  /** Resolved to `noticeSentTo`: the office that must act and the authorized body. */
  @Column({ type: 'uuid', array: true, name: 'notice_office_ids' })
  noticeOfficeIds!: string[];
}
