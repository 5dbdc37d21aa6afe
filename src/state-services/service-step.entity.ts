import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ServiceApplication } from './service-application.entity';

/** Order 489, paragraph 5.9: the result goes to the service recipient by courier or by mail. */
export enum DeliveryMethod {
  COURIER = 'COURIER',
  MAIL = 'MAIL',
}
registerEnumType(DeliveryMethod, {
  name: 'DeliveryMethod',
  description: 'How the provider sent the result on (Order 489, paragraph 5.9): by courier or by mail.',
  valuesConfig: {
    COURIER: { description: 'Sent by courier (Order 489, paragraph 5.9).' },
    MAIL: { description: 'Sent by mail (Order 489, paragraph 5.9).' },
  },
});

/**
 * One regulated step of an application inside the service provider (Order 489, paragraphs 5
 * and 8), from when its clock started. A row exists once the step has started: step 1 at the
 * forwarding, each next one at the completion of the step before it. Each forwarding round
 * starts the procedure again (the provider had returned the documents).
 */
@Entity('service_step')
@Index('service_step_once', ['applicationId', 'round', 'order'], { unique: true })
@Index('service_step_open_due', ['dueAt'], { where: 'completed_at IS NULL' })
@Index(['completedAt'])
export class ServiceStepRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'application_id' })
  applicationId!: string;

  @ManyToOne(() => ServiceApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  applicationRef?: Relation<ServiceApplication>;

  /** The application's forwarding round the step belongs to. */
  @Column({ type: 'int' })
  round!: number;

  /** The step's position in the service's catalogue, from 1. */
  @Column({ type: 'int', name: 'step_order' })
  order!: number;

  @Column({ type: 'timestamptz', precision: 3, name: 'started_at' })
  startedAt!: Date;

  /** startedAt plus the regulated duration on the provider office's working-time clock, fixed when the step starts. */
  @Column({ type: 'timestamptz', precision: 3, name: 'due_at' })
  dueAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ type: 'uuid', name: 'completed_by_id', nullable: true })
  completedById!: string | null;

  /** The person the step handed the work to (the responsible executive at step 4). */
  @Column({ type: 'uuid', name: 'assignee_id', nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'enum', enum: DeliveryMethod, enumName: 'delivery_method', name: 'delivery_method', nullable: true })
  deliveryMethod!: DeliveryMethod | null;

  /** Working minutes from start to completion on the provider's clock, fixed at completion ("where the time goes"). */
  @Column({ type: 'double precision', name: 'working_minutes', nullable: true })
  workingMinutes!: number | null;

  /** When the deadline sweeper found the step open past dueAt (its change event is written once). */
  @Column({ type: 'timestamptz', precision: 3, name: 'overdue_noted_at', nullable: true })
  overdueNotedAt!: Date | null;
}

@ObjectType({
  description:
    "One regulated step of an application inside the service provider (Order 489, paragraphs 5 and 8), on the provider's working-time clock.",
})
export class ApplicationStep {
  @Field(() => Int, { description: 'Position in the procedure, from 1.' })
  order!: number;

  @Field({ description: 'What is done.' })
  name!: string;

  @Field({ description: 'Regulated duration, ISO-8601 where D counts working days: "PT15M", "P9D".' })
  duration!: string;

  @Field(() => Date, {
    nullable: true,
    description: "When the step's clock started: the forwarding for step 1, the previous step's completion after; null until then.",
  })
  startedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "startedAt plus the duration, counted on the provider office's working hours and working days.",
  })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the step was done.' })
  completedAt!: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'completedAt <= dueAt; null while open.' })
  onTime!: boolean | null;

  @Field(() => DeliveryMethod, { nullable: true, description: 'How the result was sent on (the last step only).' })
  deliveryMethod!: DeliveryMethod | null;

  /** Resolved to `completedBy` and `assignee`. */
  completedById!: string | null;
  assigneeId!: string | null;
}

@ObjectType({ description: 'The step the provider is on, and whether its time is up.' })
export class CurrentApplicationStep {
  @Field(() => Int, { description: 'Position in the procedure.' })
  order!: number;

  @Field({ description: 'When the step is due.' })
  dueAt!: Date;

  @Field({ description: 'The step is open past dueAt.' })
  overdue!: boolean;
}

@ObjectType({ description: "Where a provider's time goes: one step of a service over a period." })
export class ServiceStepPerformance {
  @Field(() => Int, { description: 'Position in the procedure.' })
  order!: number;

  @Field({ description: 'What is done.' })
  name!: string;

  @Field(() => Int, { description: 'Steps completed in the period.' })
  completed!: number;

  @Field(() => Int, { description: 'Of those, completed after their dueAt.' })
  late!: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median working minutes from the step's start to its completion on the provider's clock; null when none was completed.",
  })
  medianWorkingMinutes!: number | null;
}
