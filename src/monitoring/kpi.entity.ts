import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DecimalScalar } from '../common/scalars';
import { TrackedEntity } from '../common/tracked.entity';
import { changeKind } from '../events/change-kinds';
import { Office } from '../offices/office.entity';

/** The front offices' key performance indicators (paragraphs 8.3, 8.4); how each is counted: kpi-figures.ts. */
export enum KpiIndicator {
  MEETINGS = 'MEETINGS',
  VISITS = 'VISITS',
  NEW_INVESTORS = 'NEW_INVESTORS',
  AGREEMENTS_SIGNED = 'AGREEMENTS_SIGNED',
  EVENTS_HELD = 'EVENTS_HELD',
  REQUESTS_ANSWERED_ON_TIME = 'REQUESTS_ANSWERED_ON_TIME',
  SERVICE_VIOLATIONS = 'SERVICE_VIOLATIONS',
}
registerEnumType(KpiIndicator, {
  name: 'KpiIndicator',
  description: "A front office's key performance indicator (paragraphs 8.3, 8.4).",
  valuesConfig: {
    MEETINGS: { description: 'Its interactions of kind meeting, by the day they took place.' },
    VISITS: { description: 'Its interactions of kind visit, by the day they took place.' },
    NEW_INVESTORS: { description: 'Investors it owns that were created in the period.' },
    AGREEMENTS_SIGNED: { description: 'Its agreements, by the day they were signed.' },
    EVENTS_HELD: { description: 'Approved events it organized that ended in the period.' },
    REQUESTS_ANSWERED_ON_TIME: {
      description:
        "Investor requests assigned to it that it answered in the period (by the answer time in Asia/Almaty, whenever they were received) within their term: on or before the due time, 5 working days from receipt (paragraphs 12.7, 15-1.6). Its quarterly report's requestsAnsweredOnTime.",
    },
    SERVICE_VIOLATIONS: { description: 'Violations on the state-service applications it handles, detected in the period.' },
  },
});

/** Paragraph 8.3: the authorized body sets an office's target for a year, or for a quarter of it. */
@ObjectType({ description: "The authorized body's target for one indicator of a front office, for a year or a quarter (paragraph 8.3)." })
@Entity('kpi_target')
@Index('kpi_target_one_per_year', ['officeId', 'year', 'indicator'], { unique: true, where: 'quarter IS NULL' })
@Index('kpi_target_one_per_quarter', ['officeId', 'year', 'quarter', 'indicator'], { unique: true, where: 'quarter IS NOT NULL' })
export class KpiTarget extends TrackedEntity {
  @Column({ type: 'uuid', name: 'office_id' })
  officeId!: string;

  @ManyToOne(() => Office, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'office_id' })
  officeRef?: Relation<Office>;

  @Field(() => Int, { description: 'The year.' })
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The quarter, 1 to 4; null for a target for the whole year.' })
  @Column({ type: 'int', nullable: true })
  quarter!: number | null;

  @Field(() => KpiIndicator, { description: 'The indicator.' })
  @Column({ type: 'enum', enum: KpiIndicator, enumName: 'kpi_indicator' })
  indicator!: KpiIndicator;

  @Field(() => DecimalScalar, { description: 'The target value, exact.' })
  @Column({ type: 'numeric', precision: 20, scale: 2 })
  target!: string;
}

@ObjectType({ description: 'One indicator of an office for a period: target, actual and how much of the target was achieved.' })
export class KpiResult {
  @Field(() => KpiIndicator, { description: 'The indicator.' })
  indicator!: KpiIndicator;

  @Field(() => DecimalScalar, { nullable: true, description: 'The target set for exactly this period, or null.' })
  target!: string | null;

  @Field(() => DecimalScalar, { description: "The actual value, computed from IRM's records exactly as in the quarterly reports." })
  actual!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'actual ÷ target × 100, rounded half up to 2 decimals; null without a target (or with a target of 0).',
  })
  achievedPercent!: string | null;
}

@ObjectType({ description: "A front office's performance for a year or a quarter against its targets (paragraph 8.4)." })
export class OfficePerformance {
  officeId!: string;

  @Field(() => Int, { description: 'The year.' })
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The quarter; null for the whole year.' })
  quarter!: number | null;

  @Field(() => [KpiResult], { description: 'Every indicator, in a fixed order.' })
  indicators!: KpiResult[];
}

/** Changes to this record in the change log. */
export const KPI_TARGET_CHANGES = changeKind('KPI_TARGET', "A front office's key performance indicator target (paragraph 8.3).");
